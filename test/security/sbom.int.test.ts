/**
 * SBOM import and the component queries (issue 19), through the CLI command
 * and the SDK, on hand-made CycloneDX files (test/fixtures/security/sbom-*):
 *
 *   svc-shop (BusinessService, HIGH) ─DEPENDS_ON→ app-shop "shop-web" (Application)
 *   svc-portal (BusinessService)     ─DEPENDS_ON→ app-portal "portal" (Application)
 *   app-legacy "legacy", fw-1 "edge router" (NetworkDevice), dup-1 and dup-2 both named "twin"
 *
 * shop-web 1.2: log4j-core 2.14.1 → log4j-api 2.14.1; jackson-databind 2.9.10; the root needs
 * core and jackson directly. shop-web 1.6 v2 (same serial, version 2): log4j-core 2.17.1,
 * log4j-api now MIT, guava 24.1.1-jre; jackson gone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { resetGraph, startTestApi, cypher } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass } from '../../sdk/generated';
import type { CliContext } from '../../server/cli/cli.database';
import { runSbomImportCommand } from '../../server/cli/security.command';
import type { SbomImportFlags } from '../../server/cli/security.command';
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

/** `estate import --sbom FILE …` against the test database: exit code and output. */
async function importSbom(file: string, flags: SbomImportFlags = {}) {
  const out = new Capture();
  const err = new Capture();
  const context: CliContext = {
    openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
    stdout: out,
    stderr: err,
  };
  const code = await runSbomImportCommand(file, { progress: false, ...flags }, context);
  return { code, out: out.text, err: err.text };
}

const sbomFile = (name: string) => fixture(join('security', `sbom-${name}.json`));
const create = async (cls: CiClass, id: string, fields: Record<string, unknown> = {}) =>
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name: id, ...fields } }));
const counts = async () =>
  (
    await cypher(
      api.executor,
      'RETURN COUNT { (:Component) } AS components, COUNT { (:Sbom) } AS sboms, COUNT { (:Change) } AS changes, COUNT { ()-[:HAS_COMPONENT]->() } AS uses',
    )
  )[0];
const MAVEN = 'pkg:maven/org.apache.logging.log4j';

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await create('BusinessService', 'svc-shop', { criticality: 'HIGH' });
  await create('BusinessService', 'svc-portal', { criticality: 'LOW' });
  await create('Application', 'app-shop', { name: 'shop-web' });
  await create('Application', 'app-portal', { name: 'portal' });
  await create('Application', 'app-legacy', { name: 'legacy' });
  await create('NetworkDevice', 'fw-1', { name: 'edge router' });
  await create('Application', 'dup-1', { name: 'twin' });
  await create('Application', 'dup-2', { name: 'twin' });
  await create('Person', 'p-1');
  ok(await api.sdk.Relate({ input: { from: 'svc-shop', type: 'DEPENDS_ON', to: 'app-shop' } }));
  ok(await api.sdk.Relate({ input: { from: 'svc-portal', type: 'DEPENDS_ON', to: 'app-portal' } }));
});
afterAll(() => api.stop());

describe('estate import --sbom', () => {
  it('imports a CycloneDX 1.2 SBOM for the CI its metadata.component names, with its dependencies', async () => {
    const run = await importSbom(sbomFile('shop-web-1.2'));
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('for app-shop (Application): CREATED');
    expect(run.out).toContain('3 components: 3 added, 0 removed, 0 changed');

    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'app-shop' }));
    expect(sbom.sbom).toMatchObject({
      format: 'CycloneDX',
      specVersion: '1.2',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      bomVersion: 1,
      componentCount: 3,
      file: 'sbom-shop-web-1.2.json',
    });
    const byName = Object.fromEntries(sbom.components.map((c) => [c.component.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['jackson-databind', 'log4j-api', 'log4j-core']);
    expect(byName['log4j-core']).toMatchObject({
      component: {
        key: `${MAVEN}/log4j-core@2.14.1`,
        ecosystem: 'maven',
        packageName: 'org.apache.logging.log4j:log4j-core',
        group: 'org.apache.logging.log4j',
        version: '2.14.1',
        type: 'library',
        licences: ['Apache-2.0'],
        hashes: ['SHA-256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
      },
      bomRefs: ['log4j-core-2.14.1'],
      paths: ['/components/0'],
      dependsOn: [`${MAVEN}/log4j-api@2.14.1`],
      direct: true,
    });
    expect(byName['log4j-api']).toMatchObject({ direct: false, dependsOn: [] });
    expect(byName['jackson-databind']).toMatchObject({ direct: true, scope: 'required' });
  });

  it('writes nothing when the same SBOM comes again', async () => {
    const before = await counts();
    const run = await importSbom(sbomFile('shop-web-1.2'));
    expect(run.code).toBe(0);
    expect(run.out).toContain(': UNCHANGED');
    expect(await counts()).toEqual(before);
  });

  it('finds where a component is used by exact name and version, with the services above, and never a namesake', async () => {
    const { softwareComponents } = ok(await api.sdk.WhereUsed({ filter: { name: 'log4j-core', version: '2.14.1' } }));
    expect(softwareComponents).toHaveLength(1);
    expect(softwareComponents[0].usedBy.map((u) => u.ci.id)).toEqual(['app-shop']);
    expect(softwareComponents[0].services).toEqual([
      { service: { id: 'svc-shop', name: 'svc-shop' }, state: 'DOWN', path: ['svc-shop', 'app-shop'] },
    ]);
    // Exact names: log4j-api is not log4j-core, and "log4j" is neither.
    const core = ok(await api.sdk.WhereUsed({ filter: { name: 'log4j-core' } })).softwareComponents;
    expect(core.map((c) => c.name)).toEqual(['log4j-core']);
    expect(ok(await api.sdk.WhereUsed({ filter: { name: 'log4j' } })).softwareComponents).toEqual([]);
    // A purl without a version finds every version; with one, that version.
    const byPurl = ok(await api.sdk.WhereUsed({ filter: { purl: `${MAVEN}/log4j-core` } })).softwareComponents;
    expect(byPurl.map((c) => c.key)).toEqual([`${MAVEN}/log4j-core@2.14.1`]);
    const api214 = ok(await api.sdk.SoftwareComponent({ purl: `${MAVEN}/log4j-api@2.14.1` })).softwareComponent;
    expect(api214?.usedBy.map((u) => u.ci.id)).toEqual(['app-shop']);
    await refused(api.sdk.WhereUsed({ filter: {} }), 'BAD_USER_INPUT', 'filter');
  });

  it('replaces the components with a newer SBOM in one change that lists what was added, removed and changed', async () => {
    const changesBefore = (await counts()).changes as number;
    const run = await importSbom(sbomFile('shop-web-1.6-v2'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('for app-shop (Application): REPLACED');
    expect(run.out).toContain('3 components: 2 added, 2 removed, 1 changed');
    expect((await counts()).changes).toBe(changesBefore + 1);
    const [change] = await cypher(
      api.executor,
      "MATCH (c:Change {op: 'SBOM', ciId: 'app-shop'}) RETURN c.after AS after ORDER BY c.seq DESC LIMIT 1",
    );
    const after = JSON.parse(change.after as string);
    expect(after.counts).toEqual({ added: 2, removed: 2, changed: 1 });
    expect(after.added).toEqual([`${MAVEN}/log4j-core@2.17.1`, 'pkg:maven/com.google.guava/guava@24.1.1-jre'].sort());
    expect(after.removed).toEqual(
      ['pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10', `${MAVEN}/log4j-core@2.14.1`].sort(),
    );
    expect(after.changed).toEqual([{ key: `${MAVEN}/log4j-api@2.14.1`, fields: ['licences'] }]);
    expect(after.sbom).toMatchObject({ specVersion: '1.6', bomVersion: 2 });
    expect(after.previous).toMatchObject({ bomVersion: 1 });
    // No CI uses log4j-core 2.14.1 any more: the component is gone.
    expect(ok(await api.sdk.SoftwareComponent({ purl: `${MAVEN}/log4j-core@2.14.1` })).softwareComponent).toBeNull();
  });

  it('keeps a component listed at two paths once, with both bom-refs, and keys a component without purl by name', async () => {
    const run = await importSbom(sbomFile('portal-1.4-nested'));
    expect(run.code).toBe(0);
    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'app-portal' }));
    expect(sbom.components.map((c) => c.component.key)).toEqual([
      'pkg:npm/%40angular/core@17.0.0',
      'pkg:npm/express@4.17.1',
      'pkg:npm/lodash@4.17.20',
      'x-estate:library/acme/portal-theme@1.0',
    ]);
    const lodash = sbom.components.find((c) => c.component.name === 'lodash')!;
    expect(lodash).toMatchObject({
      bomRefs: ['node_modules/express/node_modules/lodash', 'node_modules/lodash'],
      paths: ['/components/0/components/0', '/components/1'],
      direct: true,
      component: { licences: ['MIT'] },
    });
    const express = sbom.components.find((c) => c.component.name === 'express')!;
    expect(express).toMatchObject({
      dependsOn: ['pkg:npm/lodash@4.17.20'],
      component: { supplier: 'OpenJS Foundation' },
    });
    const angular = sbom.components.find((c) => c.component.name === 'core')!;
    expect(angular.component.packageName).toBe('@angular/core');
    expect(sbom.components.find((c) => c.component.name === 'portal-theme')!.component.purl).toBeNull();
  });

  it('takes an SBOM with no serial number for the CI named with --for (a device and its firmware)', async () => {
    const run = await importSbom(sbomFile('firmware-1.6-no-serial'), { for: 'fw-1' });
    expect(run.code).toBe(0);
    expect(run.out).toContain('no serial number) for fw-1 (NetworkDevice): CREATED');
    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'fw-1' }));
    expect(sbom.sbom?.serialNumber).toBeNull();
    expect(sbom.components.map((c) => c.component.name)).toEqual(['ios-xe', 'openssl']);
    expect((await importSbom(sbomFile('firmware-1.6-no-serial'), { for: 'fw-1' })).out).toContain('UNCHANGED');
  });

  it('refuses a document with a wrong type deep inside, naming the file and the JSON pointer, and writes nothing', async () => {
    const before = await counts();
    const run = await importSbom(sbomFile('bad-deep-type'), { for: 'app-legacy' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('nothing was written');
    expect(run.err).toContain('sbom-bad-deep-type.json /components/1/components/0/version: ');
    expect(run.err).toMatch(/expected string, received number/);
    expect(await counts()).toEqual(before);
  });

  it('imports the good parts of that document with --mode partial and lists what it left out', async () => {
    const run = await importSbom(sbomFile('bad-deep-type'), { for: 'app-legacy', mode: 'partial' });
    expect(run.code).toBe(2);
    expect(run.out).toContain('1 left out (--mode partial):');
    expect(run.out).toContain('sbom-bad-deep-type.json /components/1/components/0/version');
    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'app-legacy' }));
    expect(sbom.components.map((c) => c.component.name)).toEqual(['log4j-api', 'spring-core']);
  });

  it('refuses what it cannot place: two CIs of the name, a CI of a class an SBOM cannot describe, an unknown CI, no JSON', async () => {
    const dir = tempDir('estate-sbom-');
    const doc = (name: string) => ({
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      metadata: { component: { type: 'application', name } },
      components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }],
    });
    const twin = join(dir, 'twin.json');
    writeFileSync(twin, JSON.stringify(doc('twin')));
    const before = await counts();
    let run = await importSbom(twin);
    expect(run.code).toBe(1);
    expect(run.err).toContain('2 CIs are named twin (dup-1 Application, dup-2 Application)');
    expect((await importSbom(twin, { for: 'p-1' })).err).toContain('p-1 is a Person');
    expect((await importSbom(twin, { for: 'nobody' })).err).toContain('CI nobody does not exist');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"bomFormat": "CycloneDX", "components": [');
    run = await importSbom(broken, { for: 'dup-1' });
    expect(run.err).toContain('broken.json: not valid JSON');
    const spdx = join(dir, 'other.json');
    writeFileSync(spdx, JSON.stringify({ ...doc('twin'), bomFormat: 'SPDX', specVersion: '2.0' }));
    run = await importSbom(spdx, { for: 'dup-1' });
    expect(run.err).toContain('other.json /bomFormat: expected "CycloneDX"');
    expect(run.err).toContain('other.json /specVersion: expected one of 1.2, 1.3, 1.4, 1.5, 1.6');
    expect(await counts()).toEqual(before);
    expect((await importSbom(twin, { for: 'dup-2' })).code).toBe(0);
  });

  it('streams a 2 MB SBOM of 1,500 components', async () => {
    const dir = tempDir('estate-sbom-big-');
    const file = join(dir, 'big.json');
    const padding = 'x'.repeat(1200);
    const components = Array.from({ length: 1500 }, (_, i) => ({
      type: 'library',
      'bom-ref': `c${i}`,
      name: `pkg-${i}`,
      version: `1.0.${i}`,
      purl: `pkg:npm/pkg-${i}@1.0.${i}`,
      description: padding,
    }));
    const dependencies = components.slice(1).map((c, i) => ({ ref: `c${i}`, dependsOn: [c['bom-ref']] }));
    writeFileSync(
      file,
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components, dependencies }),
    );
    const started = performance.now();
    const run = await importSbom(file, { for: 'app-legacy' });
    const ms = Math.round(performance.now() - started);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1500 components: 1500 added, 2 removed, 0 changed');
    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'app-legacy' }));
    expect(sbom.components).toHaveLength(1500);
    console.log(`2 MB SBOM (1,500 components): imported in ${ms} ms`);
  });

  it('takes an upload over HTTP (POST /import/sbom), with the same refusals', async () => {
    const base = api.app.url.replace(/\/graphql$/, '');
    const post = async (query: string, body: string, token = api.token) => {
      const res = await fetch(`${base}/import/sbom${query}`, {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const firmware = readFileSync(sbomFile('firmware-1.6-no-serial'), 'utf8');
    const done = await post('?for=fw-1&fileName=fw.cdx.json', firmware);
    expect(done).toMatchObject({ status: 200, body: { ciId: 'fw-1', components: 2 } });
    const bad = await post('?for=app-legacy&fileName=bad.cdx.json', readFileSync(sbomFile('bad-deep-type'), 'utf8'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('bad.cdx.json /components/1/components/0/version');
    expect((await post('?for=nobody', firmware)).status).toBe(404);
    const viewer = await api.as('viewer');
    expect((await post('?for=fw-1', firmware, viewer.token)).status).toBe(403);
  });

  it('imports an SPDX 2.3 SBOM: the described package is the subject, DEPENDS_ON and DEPENDENCY_OF its dependencies', async () => {
    await create('Application', 'app-billing', { name: 'billing-api' });
    const run = await importSbom(sbomFile('billing-spdx-2.3'));
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('(SPDX SPDX-2.3, https://example.com/spdx/billing-api-2.0.0-5b3e) for app-billing');
    const { sbom } = ok(await api.sdk.Sbom({ ciId: 'app-billing' }));
    expect(sbom.sbom).toMatchObject({ format: 'SPDX', bomVersion: null, componentCount: 3 });
    const byName = Object.fromEntries(sbom.components.map((c) => [c.component.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['billing-scripts', 'log4j-api', 'log4j-core']);
    expect(byName['log4j-core']).toMatchObject({
      direct: true,
      dependsOn: [`${MAVEN}/log4j-api@2.14.1`],
      bomRefs: ['SPDXRef-core'],
      component: {
        supplier: 'Apache Software Foundation',
        licences: ['Apache-2.0'],
        hashes: ['SHA256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
      },
    });
    expect(byName['log4j-api']).toMatchObject({ direct: false, component: { licences: [] } });
    expect(byName['billing-scripts'].component).toMatchObject({
      key: 'x-estate:library//billing-scripts',
      version: null,
      purl: null,
    });
    // Where-used spans formats: log4j-core 2.14.1 is in the SPDX SBOM (shop-web moved to 2.17.1).
    const where = ok(await api.sdk.WhereUsed({ filter: { purl: `${MAVEN}/log4j-core@2.14.1` } })).softwareComponents;
    expect(where.flatMap((c) => c.usedBy.map((u) => u.ci.id))).toEqual(['app-billing']);
  });

  it('refuses an SPDX package with a wrong type, naming its pointer', async () => {
    const dir = tempDir('estate-spdx-');
    const file = join(dir, 'bad.spdx.json');
    const doc = JSON.parse(readFileSync(sbomFile('billing-spdx-2.3'), 'utf8')) as {
      packages: Record<string, unknown>[];
    };
    doc.packages[2].versionInfo = 2.14;
    writeFileSync(file, JSON.stringify(doc));
    const run = await importSbom(file, { for: 'app-billing' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('bad.spdx.json /packages/2/versionInfo: ');
  });

  it('reports a service that reaches the component only through one member of a redundant pair as DEGRADED', async () => {
    // svc-ledger → DEPENDS_ON → cl-db (Cluster, 1 of 2 members needed) ← MEMBER_OF ← db-a, db-b; only db-a has the SBOM.
    await create('BusinessService', 'svc-ledger', { criticality: 'CRITICAL' });
    await create('Cluster', 'cl-db', { minHealthyMembers: 1 });
    await create('Database', 'db-a');
    await create('Database', 'db-b');
    ok(await api.sdk.Relate({ input: { from: 'svc-ledger', type: 'DEPENDS_ON', to: 'cl-db' } }));
    ok(await api.sdk.Relate({ input: { from: 'db-a', type: 'MEMBER_OF', to: 'cl-db' } }));
    ok(await api.sdk.Relate({ input: { from: 'db-b', type: 'MEMBER_OF', to: 'cl-db' } }));
    const dir = tempDir('estate-sbom-db-');
    const file = join(dir, 'db-a.json');
    writeFileSync(
      file,
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [{ type: 'library', name: 'libpq', version: '15.4', purl: 'pkg:generic/libpq@15.4' }],
      }),
    );
    expect((await importSbom(file, { for: 'db-a' })).code).toBe(0);
    const [libpq] = ok(await api.sdk.WhereUsed({ filter: { name: 'libpq' } })).softwareComponents;
    expect(libpq.services).toEqual([
      { service: { id: 'svc-ledger', name: 'svc-ledger' }, state: 'DEGRADED', path: ['svc-ledger', 'cl-db', 'db-a'] },
    ]);
  });
});
