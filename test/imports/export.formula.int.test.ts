/**
 * CSV formula injection: values a spreadsheet would run (`=…`, `+…`, `-…`,
 * `@…`, tab, CR) go out of `/export`, `estate export` and the import's
 * errors.csv with a leading `'`, plain numbers stay numbers, and the round
 * trip stays lossless: an export imports back with no change, and rebuilds
 * the very same values (a value that itself starts with `'=` included).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CreateItemInput } from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer } from '../support/http';
import { graphCounts, tempDir, testCli, writeCsv } from './import.support';

jest.setTimeout(300_000);

let api: TestApi;
let dir: string;
let base: string;

const HOSTILE: CreateItemInput[] = [
  {
    class: 'Server',
    id: 'fx-1',
    name: '=HYPERLINK("http://evil.example","click")',
    description: '-5',
    hostname: '@SUM(A1)',
    tags: ['=tag', 'plain'],
    attributes: { note: '=1+1' },
  },
  { class: 'Server', id: 'fx-2', name: "'=already quoted", description: '+1+2', serialNumber: '-0.25' },
  { class: 'Server', id: 'fx-3', name: '-2+3', description: '\tcmd', assetTag: "''-x" },
];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  dir = tempDir('estate-formula-test-');
  for (const input of HOSTILE) ok(await api.sdk.CreateItem({ input }));
  base = api.app.url.replace(/\/graphql$/, '');
});
afterAll(() => api.stop());

const rows = (text: string) => parse<Record<string, string>>(text, { columns: true });
const servers = async () =>
  (await cypher(api.executor, 'MATCH (n:Server) RETURN n {.*} AS n ORDER BY n.id')).map((r) => {
    const { createdAt: _c, updatedAt: _u, ...rest } = r.n as Record<string, unknown>;
    return rest;
  });

it('escapes formula cells in /export and `estate export` alike, and leaves plain numbers alone', async () => {
  const res = await fetch(`${base}/export?class=Server`, { headers: bearer(api.token) });
  expect(res.status).toBe(200);
  const text = await res.text();
  const cli = testCli(api.executor);
  await cli.export({ class: 'Server' });
  expect(cli.out.text).toBe(text);
  const [one, two, three] = rows(text);
  expect(one).toMatchObject({
    name: `'=HYPERLINK("http://evil.example","click")`,
    description: '-5',
    hostname: "'@SUM(A1)",
    tags: "'=tag;plain",
  });
  expect(JSON.parse(one.attributes)).toEqual({ note: '=1+1' });
  expect(two).toMatchObject({ name: "''=already quoted", description: "'+1+2", serialNumber: '-0.25' });
  expect(three).toMatchObject({ name: "'-2+3", assetTag: "'''-x" });
  // No cell of the file starts a formula, unless it is a plain number.
  for (const row of rows(text))
    for (const value of Object.values(row))
      if (/^[=+\-@\t\r]/.test(value)) expect(Number.isFinite(Number(value))).toBe(true);
});

it('imports an export back with no change, and rebuilds exactly the same values in an empty graph', async () => {
  const first = `${dir}/first.csv`;
  await testCli(api.executor).export({ class: 'Server', output: first });
  const original = await servers();
  const before = await graphCounts(api.executor);
  const again = await testCli(api.executor).import(first, { class: 'Server' });
  expect(again).toMatchObject({ status: 'SUCCEEDED', unchanged: 3, updated: 0, created: 0 });
  expect(await graphCounts(api.executor)).toEqual(before);

  await resetGraph(api.executor);
  // Over HTTP this time: the upload route reads the file the same way.
  const upload = await fetch(`${base}/import?class=Server`, {
    method: 'POST',
    body: readFileSync(first),
    headers: { ...bearer(api.token), 'content-type': 'text/csv' },
  });
  expect(upload.status).toBe(202);
  const { jobId } = (await upload.json()) as { jobId: string };
  for (let i = 0; i < 300; i++) {
    const job = ok(await api.sdk.ImportJob({ id: jobId })).importJob!;
    if (job.phase === 'DONE' || job.status === 'FAILED') {
      expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3 });
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await servers()).toEqual(original);
  expect((await servers()).find((s) => s.id === 'fx-2')).toMatchObject({ name: "'=already quoted" });
  const second = `${dir}/second.csv`;
  await testCli(api.executor).export({ class: 'Server', output: second });
  expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
});

it("escapes the error report's cells too, and an error report imports back to the values it lists", async () => {
  const file = writeCsv(dir, 'bad.csv', 'Serial,Name,Status\nFX-E1,=cmd|calc,Sparkly\n');
  const errors = `${dir}/bad.errors.csv`;
  const job = await testCli(api.executor).import(file, { class: 'Server', mode: 'partial', errors });
  expect(job.errors).toBe(1);
  const text = readFileSync(errors, 'utf8');
  expect(rows(text)).toEqual([expect.objectContaining({ Serial: 'FX-E1', Name: "'=cmd|calc", Status: 'Sparkly' })]);
  // Fixed in a spreadsheet (only the status) and imported again: the name is the original one.
  const fixed = writeCsv(dir, 'fixed.csv', `Serial,Name,Status\nFX-E1,"'=cmd|calc",In Stock\n`);
  expect(await testCli(api.executor).import(fixed, { class: 'Server' })).toMatchObject({ created: 1 });
  const [made] = await cypher(api.executor, "MATCH (n:Server {serialNumber: 'FX-E1'}) RETURN n.name AS name");
  expect(made.name).toBe('=cmd|calc');
});
