/**
 * Reading OSV records from a file, a folder and a zip, and refusing broken ones with the file,
 * the JSON pointer and the reason.
 */
import { mkdtemp, mkdir, writeFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isAffected } from '../../graph/security/osv.ranges';

import { ProblemLog } from './feed.errors';
import { readOsv, type OsvEntry } from './osv.source';

const FIXTURES = join(__dirname, '../../test/fixtures/security');

const readAll = async (path: string): Promise<{ entries: OsvEntry[]; problems: ProblemLog }> => {
  const problems = new ProblemLog();
  const entries: OsvEntry[] = [];
  for await (const entry of readOsv(path, problems)) entries.push(entry);
  return { entries, problems };
};

describe('one OSV file', () => {
  it('reads the log4shell record and its ranges answer as the advisory says', async () => {
    const { entries, problems } = await readAll(join(FIXTURES, 'osv-GHSA-jfh8-c2jq-xv3f.json'));
    expect(problems.count).toBe(0);
    const [{ file, record }] = entries;
    expect(file).toBe('osv-GHSA-jfh8-c2jq-xv3f.json');
    expect(record.id).toBe('GHSA-jfh8-c2jq-xv3f');
    expect(record.aliases).toEqual(['CVE-2021-44228']);
    expect(record.database_specific?.cwe_ids).toContain('CWE-502');
    const core = (record.affected ?? []).filter((a) => a.package.name === 'org.apache.logging.log4j:log4j-core');
    expect(core).toHaveLength(3);
    const affected = (v: string): boolean => core.some((a) => isAffected(v, a).affected);
    expect(['2.14.1', '2.10.0', '2.0-beta9', '2.3'].map(affected)).toEqual([true, true, true, true]);
    expect(['2.15.0', '2.12.2', '2.3.1', '2.0-alpha2'].map(affected)).toEqual([false, false, false, false]);
  });

  it('refuses a broken record naming the file, the JSON pointer and the reason', async () => {
    const { entries, problems } = await readAll(join(FIXTURES, 'osv-bad.json'));
    expect(entries).toEqual([]);
    expect(problems.problems).toEqual([
      { file: 'osv-bad.json', at: '/affected/0/ranges/1/type', reason: 'must be one of ECOSYSTEM, SEMVER, GIT' },
      {
        file: 'osv-bad.json',
        at: '/affected/0/ranges/1/events/0',
        reason: 'an event must have exactly one of introduced, fixed, last_affected, limit',
      },
    ]);
  });
});

describe('a folder and a zip', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osv-'));
    await mkdir(join(dir, '2021/12'), { recursive: true });
    await mkdir(join(dir, '2024/01'), { recursive: true });
    await copyFile(join(FIXTURES, 'osv-GHSA-jfh8-c2jq-xv3f.json'), join(dir, '2021/12/GHSA-jfh8-c2jq-xv3f.json'));
    await copyFile(join(FIXTURES, 'osv-GHSA-h5c8-rqwp-cp95.json'), join(dir, '2024/01/GHSA-h5c8-rqwp-cp95.json'));
    await writeFile(join(dir, 'README.md'), 'not an advisory');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks a folder in name order, skipping files that are not JSON', async () => {
    const { entries, problems } = await readAll(dir);
    expect(problems.count).toBe(0);
    expect(entries.map((e) => [e.file, e.record.id])).toEqual([
      [join('2021/12/GHSA-jfh8-c2jq-xv3f.json'), 'GHSA-jfh8-c2jq-xv3f'],
      [join('2024/01/GHSA-h5c8-rqwp-cp95.json'), 'GHSA-h5c8-rqwp-cp95'],
    ]);
  });

  it('streams the entries of a zip, folders inside it included', async () => {
    const { entries, problems } = await readAll(join(FIXTURES, 'osv-advisories.zip'));
    expect(problems.count).toBe(0);
    expect(entries.map((e) => e.file)).toEqual([
      'osv-advisories.zip!/GHSA-jfh8-c2jq-xv3f.json',
      'osv-advisories.zip!/npm/GHSA-p6mc-m468-83gw.json',
      'osv-advisories.zip!/pypi/GHSA-h5c8-rqwp-cp95.json',
    ]);
  });

  it('says so when the path is missing, not JSON, or holds nothing', async () => {
    expect((await readAll(join(dir, 'nope'))).problems.problems[0].reason).toBe('no such file or folder');
    expect((await readAll(join(dir, 'README.md'))).problems.problems[0].reason).toMatch(/^not JSON: /);
    await mkdir(join(dir, 'empty'));
    expect((await readAll(join(dir, 'empty'))).problems.problems[0].reason).toBe('holds no .json OSV file');
  });

  it('keeps memory bounded over 10,000 advisories', async () => {
    const big = join(dir, 'big');
    await mkdir(big);
    const record = (i: number): string =>
      JSON.stringify({
        id: `TEST-${i}`,
        modified: '2024-01-01T00:00:00Z',
        details: 'x'.repeat(4000),
        affected: [
          { package: { ecosystem: 'npm', name: `p${i}` }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] },
        ],
      });
    for (let i = 0; i < 10_000; i += 500) {
      await Promise.all(
        Array.from({ length: 500 }, (_, j) => writeFile(join(big, `TEST-${i + j}.json`), record(i + j))),
      );
    }
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let peak = 0;
    const problems = new ProblemLog();
    for await (const entry of readOsv(big, problems)) {
      count += entry.record.id.startsWith('TEST-') ? 1 : 0;
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect([count, problems.count]).toEqual([10_000, 0]);
    // 10k records of ~4 KB held at once would be > 40 MB of strings; one at a time stays far below.
    expect(peak).toBeLessThan(40 * 1024 * 1024);
  }, 120_000);
});
