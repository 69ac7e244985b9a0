/**
 * Matching kept current from both sides (issue 19), checked by re-reading the AFFECTED_BY
 * edges: components from SBOMs imported with `estate import --sbom`, advisories with
 * `estate import --osv`.
 *
 *   app-shop "shop-web": SBOM 1.2 has log4j-core 2.14.1 and log4j-api 2.14.1 (and jackson);
 *   SBOM 1.6 v2 has log4j-core 2.17.1, log4j-api 2.14.1 and guava 24.1.1-jre.
 *
 * A new advisory matches components already there; a new SBOM's components match
 * advisories already there (matchComponents, the entry point the SBOM import calls); a
 * changed or withdrawn advisory loses the edges it no longer supports.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { matchComponents } from '../../graph/security/matching';
import type { CliContext } from '../../server/cli/cli.database';
import { runFeedImportCommand } from '../../server/cli/feeds.command';
import { runSbomImportCommand } from '../../server/cli/security.command';
import { cypher, resetGraph, startTestApi, type TestApi } from '../support/api';
import { ok } from '../support/expect';
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

const context = (out: Capture, err: Capture): CliContext => ({
  openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
  stdout: out,
  stderr: err,
});

async function importOsv(path: string) {
  const [out, err] = [new Capture(), new Capture()];
  const code = await runFeedImportCommand('osv', path, { progress: false, json: true }, context(out, err));
  if (code !== 0) throw new Error(err.text);
  return JSON.parse(out.text) as { matching: { added: number; removed: number; kept: number } };
}

async function importSbom(name: string) {
  const [out, err] = [new Capture(), new Capture()];
  const code = await runSbomImportCommand(
    fixture(join('security', `sbom-${name}.json`)),
    { for: 'app-shop', progress: false },
    context(out, err),
  );
  if (code !== 0) throw new Error(err.text);
}

/** The AFFECTED_BY edges, as purl → advisory. */
const edges = async () =>
  (
    await cypher(
      api.executor,
      'MATCH (c:Component)-[:AFFECTED_BY]->(v:Vulnerability) RETURN c.purl AS purl, v.id AS id ORDER BY purl, id',
    )
  ).map((r) => `${r.purl as string} → ${r.id as string}`);

/** An OSV file of one advisory about one Maven package. */
const advisory = (dir: string, id: string, name: string, events: object[], extra: object = {}): string => {
  const path = join(dir, `${id}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      id,
      modified: '2024-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'Maven', name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
      ...extra,
    }),
  );
  return path;
};

const LOG4SHELL = 'GHSA-jfh8-c2jq-xv3f';
const CORE_2_14 = 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1';
const GUAVA = 'pkg:maven/com.google.guava/guava@24.1.1-jre';

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  ok(await api.sdk.CreateItem({ input: { class: 'Application', id: 'app-shop', name: 'shop-web' } }));
});
afterAll(() => api.stop());

it('a new advisory matches the components already there: log4j-core, never log4j-api', async () => {
  await importSbom('shop-web-1.2');
  const outcome = await importOsv(fixture(join('security', 'osv-GHSA-jfh8-c2jq-xv3f.json')));
  expect(outcome.matching).toMatchObject({ added: 1, removed: 0, kept: 0 });
  expect(await edges()).toEqual([`${CORE_2_14} → ${LOG4SHELL}`]);
  const [edge] = await cypher(
    api.executor,
    'MATCH (:Component {purl: $purl})-[r:AFFECTED_BY]->(:Vulnerability {id: $id}) RETURN r.ranges AS ranges, r.matchedAt AS at',
    { purl: CORE_2_14, id: LOG4SHELL },
  );
  expect(JSON.parse(edge.ranges as string)).toEqual([
    { entry: 0, range: { type: 'ECOSYSTEM', events: [{ introduced: '2.13.0' }, { fixed: '2.15.0' }] } },
  ]);
  expect(edge.at).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
});

it('the same advisory again keeps the edge as it was', async () => {
  const [before] = await cypher(api.executor, 'MATCH ()-[r:AFFECTED_BY]->() RETURN r.matchedAt AS at');
  const outcome = await importOsv(fixture(join('security', 'osv-GHSA-jfh8-c2jq-xv3f.json')));
  expect(outcome.matching).toMatchObject({ added: 0, removed: 0, kept: 0 }); // unchanged: not even rematched
  const [after] = await cypher(api.executor, 'MATCH ()-[r:AFFECTED_BY]->() RETURN r.matchedAt AS at');
  expect(after.at).toBe(before.at);
});

it("a new SBOM's components match the advisories already there", async () => {
  const dir = tempDir('estate-match-');
  // Guava 24.1.1-jre sorts after 24.1.1 in Maven's order: a fix at 24.1.1 leaves it clean, a fix at 25.0 does not.
  await importOsv(
    advisory(dir, 'TEST-GUAVA-FIXED', 'com.google.guava:guava', [{ introduced: '0' }, { fixed: '24.1.1' }]),
  );
  await importOsv(advisory(dir, 'TEST-GUAVA-OPEN', 'com.google.guava:guava', [{ introduced: '0' }, { fixed: '25.0' }]));
  await importSbom('shop-web-1.6-v2');
  const keys = await cypher(api.executor, "MATCH (:CI {id: 'app-shop'})-[:HAS_COMPONENT]->(c) RETURN c.key AS key");
  const summary = await matchComponents(
    api.executor,
    keys.map((k) => k.key as string),
  );
  expect(summary.components).toBe(keys.length);
  // log4j-core 2.17.1 is past every fix; 2.14.1 left with the old SBOM.
  expect(await edges()).toEqual([`${GUAVA} → TEST-GUAVA-OPEN`]);
});

it('a changed advisory drops the edges it no longer supports; a withdrawn one drops them all', async () => {
  const dir = tempDir('estate-match-change-');
  const changed = advisory(
    dir,
    'TEST-GUAVA-OPEN',
    'com.google.guava:guava',
    [{ introduced: '0' }, { last_affected: '24.1.1' }],
    {
      modified: '2024-02-01T00:00:00Z',
    },
  );
  expect((await importOsv(changed)).matching).toMatchObject({ added: 0, removed: 1 });
  expect(await edges()).toEqual([]);
  const reopened = advisory(dir, 'TEST-GUAVA-OPEN', 'com.google.guava:guava', [{ introduced: '24.0' }], {
    modified: '2024-03-01T00:00:00Z',
  });
  expect((await importOsv(reopened)).matching).toMatchObject({ added: 1 });
  const withdrawn = advisory(dir, 'TEST-GUAVA-OPEN', 'com.google.guava:guava', [{ introduced: '24.0' }], {
    modified: '2024-04-01T00:00:00Z',
    withdrawn: '2024-04-01T00:00:00Z',
  });
  expect((await importOsv(withdrawn)).matching).toMatchObject({ added: 0, removed: 1 });
  expect(await edges()).toEqual([]);
});
