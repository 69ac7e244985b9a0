/**
 * The feed imports as an operator runs them (`estate import --osv | --kev | --eol`, the CLI
 * command against this worker's Neo4j), checked by re-reading the graph: OSV from a file, a
 * zip and a folder, idempotent; KEV facts reaching the GHSA advisory by its CVE alias, in
 * either order; release cycles with their EOL dates and flags; a bad file of each kind
 * refused with the file, the place in it and the reason, and nothing written.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import type { CliContext } from '../../server/cli/cli.database';
import { runFeedImportCommand, type FeedKind } from '../../server/cli/feeds.command';
import { cypher, resetGraph, startTestApi, type TestApi } from '../support/api';
import { fixture, tempDir } from '../imports/import.support';

jest.setTimeout(240_000);

let api: TestApi;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** `estate import --<kind> PATH` against the test database: exit code and output. */
async function importFeed(kind: FeedKind, path: string, flags: { product?: string; json?: boolean } = {}) {
  const out = new Capture();
  const err = new Capture();
  const context: CliContext = {
    openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
    stdout: out,
    stderr: err,
  };
  const code = await runFeedImportCommand(kind, path, { progress: false, ...flags }, context);
  return { code, out: out.text, err: err.text };
}

const security = (name: string) => fixture(join('security', name));
const count = async (label: string) =>
  Number((await cypher(api.executor, `MATCH (n:${label}) RETURN count(n) AS n`))[0].n);

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

describe('estate import --osv', () => {
  it('stores an advisory with its aliases, severities, CWEs and package keys', async () => {
    const run = await importFeed('osv', security('osv-GHSA-jfh8-c2jq-xv3f.json'));
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      'osv: 1 advisories: 1 new, 0 changed, 0 unchanged\n  matching: 0 affected edges added, 0 removed, 0 kept\n',
    );
    const [v] = await cypher(api.executor, "MATCH (v:Vulnerability {id: 'GHSA-jfh8-c2jq-xv3f'}) RETURN v {.*} AS v");
    expect(v.v).toMatchObject({
      aliases: ['CVE-2021-44228'],
      summary: 'Remote code injection in Log4j',
      cwes: ['CWE-20', 'CWE-400', 'CWE-502', 'CWE-917'],
      published: '2021-12-10T00:40:56Z',
      packageKeys: ['maven|org.apache.logging.log4j:log4j-core', 'maven|org.ops4j.pax.logging:pax-logging-log4j2'],
    });
    expect(JSON.parse((v.v as { severities: string }).severities)).toEqual([
      { source: 'GHSA', type: 'CVSS_V3', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', score: 10 },
    ]);
  });

  it('reads a zip, and the same advisories again change nothing', async () => {
    const first = await importFeed('osv', security('osv-advisories.zip'), { json: true });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ records: 3, created: 2, updated: 0, unchanged: 1 });
    const again = await importFeed('osv', security('osv-advisories.zip'), { json: true });
    expect(JSON.parse(again.out)).toMatchObject({ records: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('Vulnerability')).toBe(3);
  });

  it('reads a folder of folders', async () => {
    const dir = tempDir('estate-osv-');
    mkdirSync(join(dir, 'npm'));
    copyFileSync(security('osv-GHSA-p6mc-m468-83gw.json'), join(dir, 'npm', 'GHSA-p6mc-m468-83gw.json'));
    const run = await importFeed('osv', dir, { json: true });
    expect(JSON.parse(run.out)).toMatchObject({ records: 1, unchanged: 1 });
  });

  it('refuses a broken advisory naming file, JSON pointer and reason, and writes nothing', async () => {
    const dir = tempDir('estate-osv-bad-');
    copyFileSync(security('osv-GHSA-h5c8-rqwp-cp95.json'), join(dir, 'a-good.json'));
    copyFileSync(security('osv-bad.json'), join(dir, 'b-bad.json'));
    const before = await count('Vulnerability');
    const run = await importFeed('osv', dir);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'OSV import: 2 problems, nothing was written; b-bad.json /affected/0/ranges/1/type: must be one of ECOSYSTEM, SEMVER, GIT (and 1 more)\n' +
        '  b-bad.json /affected/0/ranges/1/type: must be one of ECOSYSTEM, SEMVER, GIT\n' +
        '  b-bad.json /affected/0/ranges/1/events/0: an event must have exactly one of introduced, fixed, last_affected, limit\n',
    );
    expect(await count('Vulnerability')).toBe(before);
  });
});

describe('estate import --kev', () => {
  it('marks the CVE and the advisory that aliases it as known exploited', async () => {
    const run = await importFeed('kev', security('kev-excerpt.json'));
    expect([run.code, run.out]).toEqual([0, 'kev: 3 entries, 3 new or changed; 1 advisories marked by alias\n']);
    const rows = await cypher(
      api.executor,
      `MATCH (v:Vulnerability) WHERE v.knownExploited RETURN v.id AS id, v.kevDateAdded AS added, v.kevDueDate AS due,
       v.kevRansomware AS ransomware ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'CVE-2021-44228', added: '2021-12-10', due: '2021-12-24', ransomware: true },
      { id: 'CVE-2021-45046', added: '2023-05-01', due: '2023-05-22', ransomware: false },
      { id: 'CVE-2023-4966', added: '2023-10-18', due: '2023-11-08', ransomware: true },
      { id: 'GHSA-jfh8-c2jq-xv3f', added: '2021-12-10', due: '2021-12-24', ransomware: true },
    ]);
  });

  it('gives an advisory imported later the KEV facts of its CVE alias', async () => {
    const dir = tempDir('estate-osv-kev-');
    writeFileSync(
      join(dir, 'citrix.json'),
      JSON.stringify({ id: 'TEST-CITRIX-BLEED', modified: '2024-01-01T00:00:00Z', aliases: ['CVE-2023-4966'] }),
    );
    expect((await importFeed('osv', dir)).code).toBe(0);
    const [row] = await cypher(
      api.executor,
      "MATCH (v:Vulnerability {id: 'TEST-CITRIX-BLEED'}) RETURN v.knownExploited AS known, v.kevDueDate AS due",
    );
    expect(row).toEqual({ known: true, due: '2023-11-08' });
  });

  it('reads the CSV export to the same facts, changing nothing', async () => {
    const run = await importFeed('kev', security('kev-excerpt.csv'));
    expect(run.out).toBe('kev: 3 entries, 0 new or changed; 2 advisories marked by alias\n');
  });

  it('refuses a date that does not exist at its row and column, writing nothing', async () => {
    const run = await importFeed('kev', security('kev-bad.csv'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('  kev-bad.csv row 2, column dueDate: must be a calendar date (YYYY-MM-DD)\n');
    const [{ n }] = await cypher(
      api.executor,
      "MATCH (v:Vulnerability {id: 'CVE-2021-44228'}) RETURN v.kevDueDate AS n",
    );
    expect(n).toBe('2021-12-24');
  });
});

describe('estate import --eol', () => {
  it('stores release cycles with EOL dates or flags, idempotently', async () => {
    const first = await importFeed('eol', security('eol/ubuntu.json'));
    expect(first.out).toBe('eol: 5 release cycles: 5 new, 0 changed, 0 unchanged\n');
    const csv = await importFeed('eol', security('eol-cycles.csv'));
    expect(csv.out).toBe('eol: 5 release cycles: 5 new, 0 changed, 0 unchanged\n');
    const again = await importFeed('eol', security('eol/ubuntu.json'));
    expect(again.out).toBe('eol: 5 release cycles: 0 new, 0 changed, 5 unchanged\n');
    const rows = await cypher(
      api.executor,
      `MATCH (c:ReleaseCycle) WHERE c.key IN ['ubuntu|18.04', 'rhel|6', 'go|1.23']
       RETURN c.key AS key, c.eolDate AS eolDate, c.eol AS eol, c.lts AS lts, c.extendedSupportEnd AS ext ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'go|1.23', eolDate: null, eol: false, lts: false, ext: null },
      { key: 'rhel|6', eolDate: null, eol: true, lts: false, ext: '2024-06-30' },
      { key: 'ubuntu|18.04', eolDate: '2023-05-31', eol: null, lts: true, ext: '2028-04-01' },
    ]);
  });

  it('refuses an eol that is neither a date nor a flag, writing nothing', async () => {
    const before = await count('ReleaseCycle');
    const run = await importFeed('eol', security('eol-bad.csv'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('  eol-bad.csv row 2, column eol: must be a date (YYYY-MM-DD), true or false\n');
    expect(await count('ReleaseCycle')).toBe(before);
  });
});
