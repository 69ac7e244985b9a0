/**
 * Release cycles from endoflife.date's JSON (v0 and v1 shapes) and from CSV.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ProblemLog } from './feed.errors';
import { readEol, type EolOptions, type EolRecord } from './eol.source';

const FIXTURES = join(__dirname, '../../test/fixtures/security');

const readAll = async (
  path: string,
  options: EolOptions = {},
): Promise<{ records: EolRecord[]; problems: ProblemLog }> => {
  const problems = new ProblemLog();
  const records: EolRecord[] = [];
  for await (const record of readEol(path, options, problems)) records.push(record);
  return { records, problems };
};

it('reads the v0 JSON, the product named by the file', async () => {
  const { records, problems } = await readAll(join(FIXTURES, 'eol/ubuntu.json'));
  expect(problems.count).toBe(0);
  expect(records.map((r) => [r.cycle.product, r.cycle.cycle, r.cycle.eol])).toEqual([
    ['ubuntu', '24.04', '2029-05-31'],
    ['ubuntu', '22.04', '2027-04-01'],
    ['ubuntu', '20.04', '2025-05-29'],
    ['ubuntu', '18.04', '2023-05-31'],
    ['ubuntu', '23.10', '2024-07-11'],
  ]);
  expect(records[3].cycle).toEqual({
    product: 'ubuntu',
    cycle: '18.04',
    releaseDate: '2018-04-26',
    eol: '2023-05-31',
    lts: true,
    support: '2020-09-30',
    extendedSupport: '2028-04-01',
    latest: '18.04.6',
  });
  expect(records[4].cycle.extendedSupport).toBe(false);
});

it('reads a CSV with a product column, booleans and dates alike', async () => {
  const { records, problems } = await readAll(join(FIXTURES, 'eol-cycles.csv'));
  expect(problems.count).toBe(0);
  expect(records.map((r) => [r.at, r.cycle.product, r.cycle.cycle, r.cycle.eol, r.cycle.lts])).toEqual([
    ['row 1', 'postgresql', '16', '2028-11-09', false],
    ['row 2', 'postgresql', '12', '2024-11-21', false],
    ['row 3', 'rhel', '6', true, false],
    ['row 4', 'nodejs', '22', '2027-04-30', true],
    ['row 5', 'go', '1.23', false, false],
  ]);
  expect(records[2].cycle.extendedSupport).toBe('2024-06-30');
  expect(records[0].cycle.extendedSupport).toBeUndefined();
});

it('refuses an eol that is neither a date nor a boolean, at its row and column', async () => {
  const { problems } = await readAll(join(FIXTURES, 'eol-bad.csv'));
  expect(problems.problems).toEqual([
    { file: 'eol-bad.csv', at: 'row 2, column eol', reason: 'must be a date (YYYY-MM-DD), true or false' },
  ]);
});

describe('the v1 shape and products', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eol-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads v1 releases: dates where known, else the flags', async () => {
    const path = join(dir, 'v1.json');
    await writeFile(
      path,
      JSON.stringify({
        schema_version: '1.0.0',
        result: {
          name: 'postgresql',
          releases: [
            {
              name: '12',
              releaseDate: '2019-10-03',
              isLts: false,
              isEol: true,
              eolFrom: '2024-11-21',
              isEoas: true,
              eoasFrom: '2024-11-21',
              latest: { name: '12.22' },
            },
            { name: '9.0', isEol: true, eolFrom: null },
          ],
        },
      }),
    );
    const { records, problems } = await readAll(path);
    expect(problems.count).toBe(0);
    expect(records.map((r) => r.cycle)).toEqual([
      {
        product: 'postgresql',
        cycle: '12',
        releaseDate: '2019-10-03',
        eol: '2024-11-21',
        lts: false,
        support: '2024-11-21',
        extendedSupport: undefined,
        latest: '12.22',
      },
      {
        product: 'postgresql',
        cycle: '9.0',
        releaseDate: undefined,
        eol: true,
        lts: undefined,
        support: undefined,
        extendedSupport: undefined,
        latest: undefined,
      },
    ]);
  });

  it('needs a product for a CSV without the column, and takes the one given', async () => {
    const path = join(dir, 'cycles.csv');
    await writeFile(path, 'cycle,eol\n7,2024-06-30\n');
    expect((await readAll(path)).problems.problems[0]).toEqual({
      file: 'cycles.csv',
      at: 'row 0',
      reason: 'missing column product',
    });
    expect((await readAll(path, { product: 'rhel' })).records.map((r) => r.cycle.product)).toEqual(['rhel']);
  });

  it('points into the JSON at a bad value', async () => {
    const path = join(dir, 'debian.json');
    await writeFile(
      path,
      JSON.stringify([
        { cycle: '12', eol: '2028-06-10' },
        { cycle: '11', eol: '2026-13-01' },
      ]),
    );
    expect((await readAll(path)).problems.problems).toEqual([
      { file: 'debian.json', at: '/1/eol', reason: 'must be a date (YYYY-MM-DD), true or false' },
    ]);
  });
});
