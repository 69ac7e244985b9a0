/**
 * Issue 18's typed cells through the CLI import against a real Neo4j, one fixture per failure:
 * custom fields (mixed-case booleans beside `sometimes`, an enum, a URL), Excel's damage (serial
 * numbers in scientific notation, dates as serial numbers) and the day/month order of date columns
 * (inferred from a cell only one order can read; refused when nothing in the column tells).
 * Outcomes are checked exactly, through the job record, the API and by re-reading the graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import type { CustomFieldInput } from '../../sdk/generated';
import { graphCounts, tempDir, testCli, writeCsv } from './import.support';

/** The fixtures live in examples/typed, one copy for these tests and docs/imports.md's examples. */
const fixture = (name: string) => join(__dirname, '..', '..', 'examples', 'typed', name);

jest.setTimeout(300_000);

let api: TestApi;
let dir: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await dropCustomFields();
  dir = tempDir();
});
afterAll(async () => {
  // Definitions outlive resetGraph: the next test file on this worker's Neo4j must not meet them.
  await dropCustomFields();
  await api.stop();
});

const dropCustomFields = () => api.executor.writeTx('test.reset', (tx) => tx.run('MATCH (f:CustomField) DELETE f'));

const servers = async (prefix: string) =>
  (
    await cypher(api.executor, 'MATCH (n:Server) WHERE n.name STARTS WITH $prefix RETURN n {.*} AS n ORDER BY n.name', {
      prefix,
    })
  ).map((r) => r.n as Record<string, unknown>);

/** The CLI import, its error report in the temporary folder (never beside the shared example file). */
let reports = 0;
const importFile = (file: string, flags: Parameters<ReturnType<typeof testCli>['import']>[1]) =>
  testCli(api.executor).import(file, { errors: join(dir, `errors-${++reports}.csv`), ...flags });

const SCIENTIFIC = (text: string) =>
  `"${text}" is a number in scientific notation: Excel turned a long number into it and dropped its last digits, which cannot be recovered; export again with the column formatted as text`;

describe('custom fields: mixed-case booleans, an enum, a URL (hot-swap.csv)', () => {
  const FILE = fixture('hot-swap.csv');

  beforeAll(async () => {
    const define = (input: CustomFieldInput) => api.sdk.DefineCustomField({ input });
    ok(await define({ class: 'Server', name: 'hotSwap', label: 'Hot Swap', type: 'BOOLEAN' }));
    ok(
      await define({
        class: 'Server',
        name: 'supportTier',
        label: 'Support Tier',
        type: 'ENUM',
        choices: ['Gold', 'Silver', 'Bronze'],
      }),
    );
    ok(await define({ class: 'Server', name: 'runbook', type: 'URL' }));
    ok(await define({ class: 'Server', name: 'audited', type: 'DATE' }));
  });

  it('atomic: refuses `sometimes` and the bad enum and URL naming row, column and reason, and writes nothing', async () => {
    const before = await graphCounts(api.executor);
    const job = await importFile(FILE, { class: 'Server' });
    expect(job).toMatchObject({ status: 'REJECTED', rowsRead: 11, errors: 2, created: 0 });
    expect(job.errorSample).toEqual([
      {
        row: 10,
        line: 11,
        column: 'Hot Swap',
        reason: '"sometimes" is not a yes/no value; expected true/false, yes/no, y/n or 1/0',
      },
      { row: 11, line: 12, column: 'Support Tier', reason: '"Platinum" is not one of Gold, Silver, Bronze' },
      { row: 11, line: 12, column: 'Runbook', reason: '"wiki/cf-11" is not an http or https URL' },
    ]);
    expect(job.columns).toEqual(
      expect.arrayContaining([
        '"Hot Swap" → attributes.hotSwap (custom field, BOOLEAN)',
        '"Support Tier" → attributes.supportTier (custom field, ENUM)',
        '"Runbook" → attributes.runbook (custom field, URL)',
        '"Audited" → attributes.audited (custom field, DATE)',
      ]),
    );
    expect(await graphCounts(api.executor)).toEqual(before);
  });

  it('partial: TRUE/true/yes/Y/1 and FALSE/no/N/0 are stored as booleans, the enum as its choice', async () => {
    const job = await importFile(FILE, { class: 'Server', mode: 'partial' });
    expect(job).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 9, errors: 2 });
    const stored = await servers('cf-');
    expect(stored.map((n) => [n.name, JSON.parse(n.attributes as string)])).toEqual([
      [
        'cf-01',
        { hotSwap: true, supportTier: 'Gold', runbook: 'https://wiki.example.com/cf-01', audited: '2024-03-01' },
      ],
      ['cf-02', { hotSwap: true, supportTier: 'Silver' }],
      ['cf-03', { hotSwap: false }],
      ['cf-04', { hotSwap: true }],
      ['cf-05', { hotSwap: true }],
      ['cf-06', { hotSwap: true }],
      ['cf-07', { hotSwap: false }],
      ['cf-08', { hotSwap: false }],
      ['cf-09', { hotSwap: false }],
    ]);
    // Through the API, as typed JSON.
    const item = ok(await api.sdk.Item({ id: stored[0].id as string })).item!;
    expect(item.attributes).toEqual({
      hotSwap: true,
      supportTier: 'Gold',
      runbook: 'https://wiki.example.com/cf-01',
      audited: '2024-03-01',
    });
  });

  it('estate export carries the typed values, and the exported file imports back unchanged', async () => {
    const output = `${dir}/servers.csv`;
    await testCli(api.executor).export({ class: 'Server', output });
    const rows = parse<Record<string, string>>(readFileSync(output), { columns: true, bom: true });
    const cf01 = rows.find((r) => r.name === 'cf-01')!;
    expect(JSON.parse(cf01.attributes)).toEqual({
      hotSwap: true,
      supportTier: 'Gold',
      runbook: 'https://wiki.example.com/cf-01',
      audited: '2024-03-01',
    });
    expect(rows.find((r) => r.name === 'cf-03')!.attributes).toBe('{"hotSwap":false}');
    const again = await importFile(output, { class: 'Server' });
    expect(again).toMatchObject({ status: 'SUCCEEDED', unchanged: 9, created: 0, updated: 0, errors: 0 });
  });

  it('an attributes JSON column is held to the definitions too', async () => {
    const file = writeCsv(dir, 'json.csv', 'name,serialNumber,attributes\ncf-03,CF-003,"{""hotSwap"":""NO""}"\n');
    const job = await importFile(file, { class: 'Server' });
    expect(job.status).toBe('REJECTED');
    expect(job.errorSample).toEqual([
      { row: 1, line: 2, column: 'attributes', reason: 'Hot Swap: expected true or false, got "NO"' },
    ]);
  });
});

describe('Excel damage (excel-damage.csv)', () => {
  const FILE = fixture('excel-damage.csv');
  const SERIAL_DATE =
    '"45291" looks like an Excel date serial number (day 45291 after 1899-12-30 would be 2023-12-31): the column lost its date format; nothing is guessed: format it as dates and export again, or set "dates": "excel-serial" in the mapping file';

  it('refuses identifiers in scientific notation and a date serial, naming row, column and why', async () => {
    const before = await graphCounts(api.executor);
    const job = await importFile(FILE, { class: 'Server' });
    expect(job).toMatchObject({ status: 'REJECTED', rowsRead: 4, errors: 3 });
    expect(job.errorSample).toEqual([
      { row: 1, line: 2, column: 'Serial Number', reason: SCIENTIFIC('1.23457E+11') },
      { row: 2, line: 3, column: 'Asset Tag', reason: SCIENTIFIC('4.5E+12') },
      { row: 3, line: 4, column: 'Purchase Date', reason: SERIAL_DATE },
    ]);
    expect(await graphCounts(api.executor)).toEqual(before);
  });

  it('reads date serials only when the mapping says "dates": "excel-serial"; the mangled ids stay refused', async () => {
    const map = writeCsv(dir, 'serials.json', JSON.stringify({ dates: 'excel-serial' }));
    const job = await importFile(FILE, { class: 'Server', map, mode: 'partial' });
    expect(job).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 2, errors: 2 });
    expect(job.errorSample.map((e) => [e.row, e.column])).toEqual([
      [1, 'Serial Number'],
      [2, 'Asset Tag'],
    ]);
    expect((await servers('xl-')).map((n) => [n.name, n.purchaseDate])).toEqual([
      ['xl-03', '2023-12-31'],
      ['xl-04', '2024-01-18'],
    ]);
  });
});

describe('date order per column', () => {
  it('reads a column month-first when one of its cells can only be month-first (dates-month-first.csv)', async () => {
    const job = await importFile(fixture('dates-month-first.csv'), { class: 'Server' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3, errors: 0 });
    expect(job.warnings).toEqual(
      expect.arrayContaining([
        'dates in "Purchase Date" are read month-first (MDY): row 2 has 6/16/15, which only that order can read',
        'dates in "Warranty End" are read month-first (MDY): row 3 has 12/31/18, which only that order can read',
      ]),
    );
    expect((await servers('mf-')).map((n) => [n.name, n.purchaseDate, n.warrantyEnd])).toEqual([
      ['mf-01', '2015-03-04', '2018-03-04'],
      ['mf-02', '2015-06-16', '2018-05-01'],
      ['mf-03', '2015-12-01', '2018-12-31'],
    ]);
  });

  it('refuses a cell the inferred order cannot read, naming the row that set it', async () => {
    const file = writeCsv(
      dir,
      'mixed.csv',
      'Name,Serial Number,Purchase Date\nmx-01,MX-001,6/16/15\nmx-02,MX-002,16/6/15\n',
    );
    const job = await importFile(file, { class: 'Server' });
    expect(job.status).toBe('REJECTED');
    expect(job.errorSample).toEqual([
      {
        row: 2,
        line: 3,
        column: 'Purchase Date',
        reason:
          '"16/6/15" is not a valid date in MDY order; "Purchase Date" is read month-first (MDY) because row 1 has 6/16/15 (a column that mixes orders is refused, never guessed)',
      },
    ]);
  });

  it('refuses a column whose dates are all ambiguous, asking for the order; reads it once given (dates-ambiguous.csv)', async () => {
    const file = fixture('dates-ambiguous.csv');
    const ask = (text: string) =>
      `"${text}" is ambiguous (day/month or month/day?) and no date in "Purchase Date" has a day above 12 to tell; give the date order in the mapping file ("dateOrder": "DMY" or "MDY") or with --date-order`;
    const refused = await importFile(file, { class: 'Server' });
    expect(refused.status).toBe('REJECTED');
    expect(refused.errorSample).toEqual([
      { row: 1, line: 2, column: 'Purchase Date', reason: ask('3/4/15') },
      { row: 2, line: 3, column: 'Purchase Date', reason: ask('5/6/15') },
    ]);
    expect(await servers('am-')).toEqual([]);

    const job = await importFile(file, { class: 'Server', dateOrder: 'DMY' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3 });
    expect((await servers('am-')).map((n) => n.purchaseDate)).toEqual(['2015-04-03', '2015-06-05', '2015-07-08']);
  });
});
