/**
 * Relationship export and the whole-estate archive, through the CLI commands'
 * bodies and the HTTP endpoint, against the real Neo4j:
 *
 * - `estate export --relationships`: stable columns, sorted rows, properties
 *   (typed ones that a cell would change go to the JSON column), `--type` and
 *   class filters, refusals; `GET /export?relationships=…` gives the same CSV;
 *   the file imports back unchanged.
 * - `estate export --all` / `estate import --all`: a small estate (several
 *   classes, locations within parents, relationships with properties, a
 *   custom field, stock and a checkout) exported as a .tar.gz, imported into
 *   the emptied graph, and exported again byte for byte; an archive with a
 *   wrong count or a missing file is refused and writes nothing.
 * - error reports go where the import says, never beside the input.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer } from '../support/http';
import type { CreateItemInput } from '../../sdk/generated';
import type { CliContext } from '../../server/cli/cli.database';
import { runExportAction } from '../../server/cli/export.command';
import { runEstateImportCommand } from '../../server/cli/estate.import.command';
import { RELATIONSHIP_HEADER } from '../../importers/imports/export.relationships';
import { unpackTarball } from '../../importers/imports/estate.tarball';
import { graphCounts, tempDir, testCli, writeCsv } from './import.support';

jest.setTimeout(300_000);

let api: TestApi;
let dir: string;
let base: string;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** The CLI's context on the test database, its output captured. */
function cli() {
  const out = new Capture();
  const err = new Capture();
  const ctx: CliContext = {
    openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
    stdout: out,
    stderr: err,
  };
  return {
    out,
    err,
    export: (flags: Parameters<typeof runExportAction>[1]) => runExportAction(undefined, flags, ctx),
    importAll: (path: string) =>
      runEstateImportCommand(path, ctx, { actor: 'cli', errorsDir: join(dir, 'archive-errors') }),
  };
}

const ITEMS: CreateItemInput[] = [
  { class: 'Team', id: 'x-team-ops', name: 'Ops' },
  { class: 'Person', id: 'x-ana', name: 'Ana Lopez', email: 'ana@example.org' },
  { class: 'Vendor', id: 'x-dell', name: 'Dell' },
  { class: 'Location', id: 'x-eu', name: 'Region EU', locationKind: 'REGION' },
  { class: 'Location', id: 'x-dc1', name: 'DC1', locationKind: 'SITE' },
  { class: 'Location', id: 'x-dc2', name: 'DC2', locationKind: 'SITE' },
  // Two rooms of one name, each within its own site.
  { class: 'Location', id: 'x-dc1-comms', name: 'Comms', locationKind: 'ROOM' },
  { class: 'Location', id: 'x-dc2-comms', name: 'Comms', locationKind: 'ROOM' },
  {
    class: 'Server',
    id: 'x-srv-a',
    name: 'web-a',
    serialNumber: 'X-SN-A',
    lifecycleState: 'IN_STOCK',
    purchaseCost: { amount: 129999, currency: 'EUR' },
    attributes: { hotSwap: true },
  },
  { class: 'Server', id: 'x-srv-b', name: 'web-b', serialNumber: 'X-SN-B', attributes: { hotSwap: false } },
  // In service: created with the location and owner its state needs, which its class file must carry again.
  {
    class: 'Server',
    id: 'x-srv-c',
    name: 'web-c',
    serialNumber: 'X-SN-C',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'x-dc2-comms', ownerId: 'x-ana' },
  },
  { class: 'NetworkDevice', id: 'x-sw-1', name: 'core-1', serialNumber: 'X-SN-SW', role: 'SWITCH' },
  { class: 'Application', id: 'x-app', name: 'Shop' },
  { class: 'BusinessService', id: 'x-svc', name: 'Online shop', criticality: 'HIGH' },
  { class: 'Accessory', id: 'x-kbd', name: 'Keyboard', category: 'Keyboards' },
];

const RELATIONSHIPS: { from: string; type: string; to: string; properties?: Record<string, unknown> }[] = [
  { from: 'x-dc1', type: 'LOCATED_IN', to: 'x-eu' },
  { from: 'x-dc2', type: 'LOCATED_IN', to: 'x-eu' },
  { from: 'x-dc1-comms', type: 'LOCATED_IN', to: 'x-dc1' },
  { from: 'x-dc2-comms', type: 'LOCATED_IN', to: 'x-dc2' },
  { from: 'x-srv-a', type: 'LOCATED_IN', to: 'x-dc1-comms', properties: { rackUnit: 12, rackFace: 'FRONT' } },
  // The text "12", which a cell would read as the number 12: it goes to the JSON column.
  { from: 'x-srv-b', type: 'LOCATED_IN', to: 'x-dc2-comms', properties: { rackUnit: '12' } },
  { from: 'x-srv-a', type: 'OWNED_BY', to: 'x-team-ops' },
  { from: 'x-srv-a', type: 'SUPPLIED_BY', to: 'x-dell' },
  {
    from: 'x-srv-a',
    type: 'CONNECTED_TO',
    to: 'x-sw-1',
    properties: { localPort: 'eth0', remotePort: 'ge-0/0/1', cableColour: 'blue' },
  },
  { from: 'x-app', type: 'RUNS_ON', to: 'x-srv-a' },
  { from: 'x-svc', type: 'DEPENDS_ON', to: 'x-app' },
];

async function seed() {
  ok(
    await api.sdk.DefineCustomField({
      input: { class: 'Server', name: 'hotSwap', label: 'Hot swap', type: 'BOOLEAN', required: false },
    }),
  );
  for (const input of ITEMS) ok(await api.sdk.CreateItem({ input }));
  for (const input of RELATIONSHIPS) ok(await api.sdk.Relate({ input: input as never }));
  ok(await api.sdk.ReceiveStock({ input: { itemId: 'x-kbd', locationId: 'x-dc1', quantity: 10, minQuantity: 2 } }));
  ok(await api.sdk.CheckoutItem({ input: { itemId: 'x-kbd', locationId: 'x-dc1', toId: 'x-ana', quantity: 3 } }));
}

/** Empty the graph as a new instance is: no CIs, no custom field definitions. */
async function emptyGraph() {
  await resetGraph(api.executor);
  await api.executor.writeTx('test.clearFields', (tx) => tx.run('MATCH (f:CustomField) DELETE f'));
}

beforeAll(async () => {
  api = await startTestApi();
  await emptyGraph();
  dir = tempDir('estate-archive-test-');
  base = api.app.url.replace(/\/graphql$/, '');
  await seed();
});
afterAll(async () => {
  await api.executor.writeTx('test.clearFields', (tx) => tx.run('MATCH (f:CustomField) DELETE f'));
  await api.stop();
});

const rows = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe('estate export --relationships', () => {
  it('writes source, type, target by id, the known properties as columns and the rest as JSON, sorted', async () => {
    const c = cli();
    await c.export({ relationships: true });
    const [header, ...lines] = c.out.text.trimEnd().split('\n');
    expect(header).toBe(RELATIONSHIP_HEADER.join(','));
    expect(header).toBe('source,type,target,localPort,remotePort,rackUnit,rackFace,side,rearPortPosition,properties');
    expect(lines).toEqual([
      'x-app,RUNS_ON,x-srv-a,,,,,,,',
      'x-dc1,LOCATED_IN,x-eu,,,,,,,',
      'x-dc1-comms,LOCATED_IN,x-dc1,,,,,,,',
      'x-dc2,LOCATED_IN,x-eu,,,,,,,',
      'x-dc2-comms,LOCATED_IN,x-dc2,,,,,,,',
      'x-srv-a,CONNECTED_TO,x-sw-1,eth0,ge-0/0/1,,,,,"{""cableColour"":""blue""}"',
      'x-srv-a,LOCATED_IN,x-dc1-comms,,,12,FRONT,,,',
      'x-srv-a,OWNED_BY,x-team-ops,,,,,,,',
      'x-srv-a,SUPPLIED_BY,x-dell,,,,,,,',
      'x-srv-b,LOCATED_IN,x-dc2-comms,,,,,,,"{""rackUnit"":""12""}"',
      'x-srv-c,LOCATED_IN,x-dc2-comms,,,,,,,',
      'x-srv-c,OWNED_BY,x-ana,,,,,,,',
      'x-svc,DEPENDS_ON,x-app,,,,,,,',
    ]);
    expect(c.err.text).toContain('exported 13 relationship(s)');
  });

  it('filters by --type and by source and target class', async () => {
    const byType = cli();
    await byType.export({ relationships: true, type: ['LOCATED_IN', 'OWNED_BY'] });
    expect(rows(byType.out.text).map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'x-dc1 LOCATED_IN x-eu',
      'x-dc1-comms LOCATED_IN x-dc1',
      'x-dc2 LOCATED_IN x-eu',
      'x-dc2-comms LOCATED_IN x-dc2',
      'x-srv-a LOCATED_IN x-dc1-comms',
      'x-srv-a OWNED_BY x-team-ops',
      'x-srv-b LOCATED_IN x-dc2-comms',
      'x-srv-c LOCATED_IN x-dc2-comms',
      'x-srv-c OWNED_BY x-ana',
    ]);
    const byClass = cli();
    await byClass.export({ relationships: true, sourceClass: ['Server'], targetClass: ['Location', 'NetworkDevice'] });
    expect(rows(byClass.out.text).map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'x-srv-a CONNECTED_TO x-sw-1',
      'x-srv-a LOCATED_IN x-dc1-comms',
      'x-srv-b LOCATED_IN x-dc2-comms',
      'x-srv-c LOCATED_IN x-dc2-comms',
    ]);
  });

  it('refuses a type it cannot export, and a filter without --relationships', async () => {
    await expect(cli().export({ relationships: true, type: ['STOCKED_AT'] })).rejects.toThrow(
      /STOCKED_AT is kept by the catalogue through recorded stock movements/,
    );
    await expect(cli().export({ relationships: true, type: ['FLIES_TO'] })).rejects.toThrow(
      /unknown relationship type FLIES_TO/,
    );
    await expect(cli().export({ type: ['LOCATED_IN'] })).rejects.toThrow(/--type filters relationships/);
  });

  it('gives the same CSV over HTTP, with the same token rules', async () => {
    const c = cli();
    await c.export({ relationships: true, type: ['LOCATED_IN', 'CONNECTED_TO'], sourceClass: ['Server'] });
    const res = await fetch(`${base}/export?relationships=LOCATED_IN,CONNECTED_TO&sourceClass=Server`, {
      headers: bearer(api.token),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="?relationships.csv"?/);
    expect(await res.text()).toBe(c.out.text);
    const viewer = await api.as('viewer');
    const asViewer = await fetch(`${base}/export?relationships=all`, { headers: bearer(viewer.token) });
    expect(asViewer.status).toBe(200);
    expect(rows(await asViewer.text())).toHaveLength(13);
    expect((await fetch(`${base}/export?relationships=all`)).status).toBe(401);
    const bad = await fetch(`${base}/export?relationships=FLIES_TO`, { headers: bearer(api.token) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'type' } }],
    });
  });

  it('imports back unchanged: nothing written', async () => {
    const output = join(dir, 'relationships.csv');
    await cli().export({ relationships: true, output });
    const before = await graphCounts(api.executor);
    const job = await testCli(api.executor).import(output, { relationships: true, errorsDir: dir }, 'relationships');
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsRead: 13, unchanged: 13, created: 0, updated: 0 });
    expect(await graphCounts(api.executor)).toEqual(before);
  });
});

/** The files of an archive, by name, manifest without its time and sequence. */
function archiveFiles(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => {
        const text = readFileSync(join(folder, name), 'utf8');
        if (name !== 'manifest.json') return [name, text];
        const { exportedAt: _at, changeSequence: _seq, ...rest } = JSON.parse(text) as Record<string, unknown>;
        return [name, JSON.stringify(rest)];
      }),
  );
}

describe('estate export --all and import --all', () => {
  let first: string;
  let unpacked: string;

  beforeAll(async () => {
    first = join(dir, 'estate.tar.gz');
    const c = cli();
    await c.export({ all: first, progress: false });
    unpacked = join(dir, 'first');
    mkdirSync(unpacked);
    await unpackTarball(first, unpacked);
  });

  it('writes the custom fields, one file per class with CIs in parent-first order, relationships, stock and a manifest', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as {
      format: string;
      formatVersion: number;
      files: { path: string; rows: number }[];
    };
    expect(manifest).toMatchObject({ format: 'estate-archive', formatVersion: 1 });
    expect(manifest.files.map((f) => `${f.path} ${f.rows}`)).toEqual([
      'custom-fields.csv 1',
      'Team.csv 1',
      'Person.csv 1',
      'Application.csv 1',
      'BusinessService.csv 1',
      'Location.csv 5',
      'Vendor.csv 1',
      'Server.csv 3',
      'NetworkDevice.csv 1',
      'Accessory.csv 1',
      'relationships.csv 13',
      'stock.csv 1',
      'checkouts.csv 1',
    ]);
    expect(readFileSync(join(unpacked, 'stock.csv'), 'utf8')).toBe(
      'item,location,quantity,minQuantity\nx-kbd,x-dc1,7,2\n',
    );
    expect(readFileSync(join(unpacked, 'checkouts.csv'), 'utf8')).toBe('item,holder,quantity\nx-kbd,x-ana,3\n');
  });

  it('imports into an empty graph and exports again byte for byte; a second import writes nothing', async () => {
    await emptyGraph();
    const c = cli();
    expect(await c.importAll(first)).toBe(0);
    expect(c.out.text).toContain('Server.csv: 3 row(s), 3 created, 0 updated, 0 unchanged');
    expect(c.err.text).toContain('[1/12] custom-fields.csv (1 row(s))');
    const again = join(dir, 'again');
    await cli().export({ all: again, progress: false });
    expect(archiveFiles(again)).toEqual(archiveFiles(unpacked));
    const [stock] = await cypher(
      api.executor,
      "MATCH (:CI {id: 'x-kbd'})-[s:STOCKED_AT]->(:CI {id: 'x-dc1'}) RETURN s.quantity AS q, s.minQuantity AS min",
    );
    expect(stock).toEqual({ q: 7, min: 2 });
    const [deployed] = await cypher(
      api.executor,
      "MATCH (s:Server {id: 'x-srv-c'}) RETURN s.lifecycleState AS state, COUNT { (s)-[:LOCATED_IN]->(:CI {id: 'x-dc2-comms'}) } AS placed",
    );
    expect(deployed).toEqual({ state: 'DEPLOYED', placed: 1 });
    const { customFields } = ok(await api.sdk.CustomFields({ class: 'Server' }));
    expect(customFields).toMatchObject([{ class: 'Server', name: 'hotSwap', label: 'Hot swap', type: 'BOOLEAN' }]);

    const before = await graphCounts(api.executor);
    const second = cli();
    expect(await second.importAll(again)).toBe(0);
    expect(second.out.text).toContain('Server.csv: 3 row(s), 0 created, 0 updated, 3 unchanged');
    expect(second.out.text).toContain('relationships.csv: 13 row(s), 0 created, 0 updated, 13 unchanged');
    expect(await graphCounts(api.executor)).toMatchObject({ cis: before.cis, relationships: before.relationships });
  });

  it('refuses an archive with a wrong count or a missing file, and writes nothing', async () => {
    await emptyGraph();
    const wrong = join(dir, 'wrong-count');
    cpSync(unpacked, wrong, { recursive: true });
    const manifestPath = join(wrong, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: { path: string; rows: number }[] };
    manifest.files.find((f) => f.path === 'Server.csv')!.rows = 4;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const c = cli();
    expect(await c.importAll(wrong)).toBe(1);
    expect(c.err.text).toContain('Server.csv: holds 3 row(s); the manifest says 4');
    expect(c.err.text).toContain('nothing was written');

    const missing = join(dir, 'missing-file');
    cpSync(unpacked, missing, { recursive: true });
    rmSync(join(missing, 'Location.csv'));
    const m = cli();
    expect(await m.importAll(missing)).toBe(1);
    expect(m.err.text).toContain('Location.csv: missing: the manifest lists it with 5 row(s)');
    expect(await graphCounts(api.executor)).toMatchObject({ cis: 0, relationships: 0 });
    const [{ n }] = await cypher(api.executor, 'MATCH (f:CustomField) RETURN count(f) AS n');
    expect(n).toBe(0);
  });
});

describe('error reports', () => {
  it('go to the errors folder, never beside the input, and the path is said on stderr', async () => {
    const inputDir = tempDir('estate-errors-input-');
    const input = writeCsv(inputDir, 'bad.csv', 'name,lifecycleState\nweb-x,Sparkly\n');
    const errorsDir = join(dir, 'errors-here');
    const c = testCli(api.executor);
    const job = await c.import(input, { class: 'Server', errorsDir });
    expect(job).toMatchObject({ created: 0, errors: 1 });
    expect(readdirSync(inputDir)).toEqual(['bad.csv']);
    expect(existsSync(join(errorsDir, 'bad.errors.csv'))).toBe(true);
    expect(c.err.text).toContain(`error report: ${join(errorsDir, 'bad.errors.csv')}`);
  });
});
