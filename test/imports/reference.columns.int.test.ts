/**
 * Columns that name another CI (issue 18): a Snipe-IT asset export's
 * "Location" and "Checked Out To" become LOCATED_IN and OWNED_BY, so DEPLOYED
 * assets import as they are once their places and people exist (imported
 * first from Snipe-IT's own locations and users exports, as a user would). A
 * location is identified within its parent. Fixtures under
 * test/fixtures/imports, imported through the CLI command, checked through
 * the SDK and by Cypher.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { fixture, graphCounts, tempDir, testCli, writeCsv } from './import.support';

jest.setTimeout(300_000);

let api: TestApi;
let dir: string;
const file = (name: string) => fixture(`imports/${name}`);

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  dir = tempDir();
});
afterAll(() => api.stop());

const idOf = async (label: string, where: string, params: Record<string, unknown>) =>
  (await cypher(api.executor, `MATCH (n:${label}) WHERE ${where} RETURN n.id AS id`, params)).map(
    (r) => r.id as string,
  );

/** `name → parent name` of every Location, and each asset's location and owner by name. */
const places = async () =>
  (
    await cypher(
      api.executor,
      `MATCH (n:Location) OPTIONAL MATCH (n)-[:LOCATED_IN]->(p) RETURN n.name + ' in ' + coalesce(p.name, '-') AS l ORDER BY l`,
    )
  ).map((r) => r.l as string);
const placed = async (serial: string) =>
  (
    await cypher(
      api.executor,
      `MATCH (s:Server {serialNumber: $serial})
       OPTIONAL MATCH (s)-[:LOCATED_IN]->(l)-[:LOCATED_IN]->(p)
       OPTIONAL MATCH (s)-[:OWNED_BY]->(o)
       RETURN s.lifecycleState AS state, l.id AS locationId, p.name + ' / ' + l.name AS location, o.name AS owner,
              COUNT { (s)-[:LOCATED_IN]->() } AS locations`,
      { serial },
    )
  )[0];

const cli = () => testCli(api.executor);
const errorsFile = (name: string) => `${dir}/${name}.errors.csv`;

describe('Snipe-IT exports, in the order a user imports them', () => {
  it('locations: each parent named by an earlier row, and two Comms closets told apart by their parents', async () => {
    const job = await cli().import(file('snipeit-locations.csv'), {
      class: 'Location',
      errors: errorsFile('locations'),
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 5, errors: 0 });
    expect(job.columns).toContain('"Parent" → LOCATED_IN (by name or "Parent / Child" path) (Snipe-IT column name)');
    expect(await places()).toEqual([
      'Comms closet in Site A',
      'Comms closet in Site B',
      'DC1 in Site A',
      'Site A in -',
      'Site B in -',
    ]);
    // Again: each row finds its CI within its parent, and nothing is written.
    const before = await graphCounts(api.executor);
    const again = await cli().import(file('snipeit-locations.csv'), {
      class: 'Location',
      errors: errorsFile('locations'),
    });
    expect(again).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 5 });
    expect(await graphCounts(api.executor)).toEqual(before);
  });

  it('users', async () => {
    const job = await cli().import(file('snipeit-users.csv'), { class: 'Person', errors: errorsFile('users') });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2 });
  });

  it('assets: Deployed ones checked out to users, with locations, import unchanged and record their lifecycle', async () => {
    const job = await cli().import(file('snipeit-assets-deployed.csv'), {
      class: 'Server',
      currency: 'EUR',
      errors: errorsFile('assets'),
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3, errors: 0 });
    expect(job.columns).toEqual(
      expect.arrayContaining([
        '"Location" → LOCATED_IN (by name or "Parent / Child" path) (Snipe-IT column name)',
        '"Checked Out To" → OWNED_BY or LOCATED_IN, as "Checkout Type" says (user: by name or username) (Snipe-IT column name)',
      ]),
    );
    const [dc1] = await idOf('Location', "n.name = 'DC1'", {});
    const [closetB] = await idOf(
      'Location',
      "n.name = 'Comms closet' AND EXISTS { (n)-[:LOCATED_IN]->(:Location {name: 'Site B'}) }",
      {},
    );
    const [ana] = await idOf('Person', "n.username = 'alopez'", {});
    expect(await placed('SN-3001')).toMatchObject({ state: 'DEPLOYED', location: 'Site A / DC1', owner: 'Ana Lopez' });
    // "Site B / Comms closet" names the one in Site B; "bokafor" is Ben Okafor's username.
    expect(await placed('SN-3002')).toMatchObject({
      state: 'DEPLOYED',
      locationId: closetB,
      location: 'Site B / Comms closet',
      owner: 'Ben Okafor',
    });
    // Not checked out: its default location places it.
    expect(await placed('SN-3003')).toMatchObject({ state: 'IN_STOCK', location: 'Site A / DC1', owner: null });

    const [web01] = await idOf('Server', "n.serialNumber = 'SN-3001'", {});
    const item = ok(await api.sdk.Lifecycle({ id: web01 })).item!;
    expect(item).toMatchObject({ lifecycleState: 'DEPLOYED', operationalStatus: 'OPERATIONAL' });
    // One event from null, carrying the details DEPLOYED needs (and the fields the path records).
    expect(item.lifecycle.map((e) => [e.from, e.to, e.source])).toEqual([[null, 'DEPLOYED', 'import']]);
    expect(item.lifecycle[0].details).toMatchObject({ locationId: dc1, ownerId: ana, serialNumber: 'SN-3001' });
    // The relationships are in the change log beside the CREATE, as relate records them.
    const changes = await cypher(
      api.executor,
      'MATCH (c:Change {ciId: $id}) RETURN c.op AS op, c.relType AS type, c.otherId AS to ORDER BY c.seq',
      { id: web01 },
    );
    expect(changes).toEqual([
      { op: 'CREATE', type: null, to: null },
      { op: 'RELATE', type: 'LOCATED_IN', to: dc1 },
      { op: 'RELATE', type: 'OWNED_BY', to: ana },
    ]);
  });

  it('a re-import writes nothing', async () => {
    const before = await graphCounts(api.executor);
    const job = await cli().import(file('snipeit-assets-deployed.csv'), {
      class: 'Server',
      currency: 'EUR',
      errors: errorsFile('assets'),
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 3 });
    expect(await graphCounts(api.executor)).toEqual(before);
  });

  it('a dangling and an ambiguous location refuse their rows, naming row, column and value, and nothing is written', async () => {
    const before = await graphCounts(api.executor);
    const job = await cli().import(file('snipeit-assets-unresolved.csv'), {
      class: 'Server',
      currency: 'EUR',
      errors: errorsFile('unresolved'),
    });
    expect(job).toMatchObject({ status: 'REJECTED', errors: 2 });
    const closets = await idOf('Location', "n.name = 'Comms closet'", {});
    const [siteA, siteB] = [
      ...(await idOf('Location', "n.name = 'Site A'", {})),
      ...(await idOf('Location', "n.name = 'Site B'", {})),
    ];
    const inSite = async (id: string) =>
      (await cypher(api.executor, 'MATCH (:CI {id: $id})-[:LOCATED_IN]->(p) RETURN p.id AS p', { id }))[0].p;
    const candidates = (
      await Promise.all(closets.map(async (id) => `${id} in ${(await inSite(id)) === siteA ? 'Site A' : 'Site B'}`))
    ).sort((a, b) => a.localeCompare(b));
    expect([siteA, siteB].every(Boolean)).toBe(true);
    expect(job.errorSample.map((e) => [e.row, e.column, e.reason])).toEqual([
      [
        2,
        'Location',
        'no Location is "Nowhere": LOCATED_IN names a CI that must exist; import or create it first (nothing is created on the fly)',
      ],
      [
        3,
        'Location',
        `"Comms closet" is ambiguous: 2 CIs match (${candidates.join('; ')}); give its parent, "Parent / Child", or its id, nothing was guessed`,
      ],
    ]);
    expect(await graphCounts(api.executor)).toEqual(before);
  });

  it('a moved location: the dry run shows it, the import moves the one LOCATED_IN and history records it', async () => {
    const moved = writeCsv(
      dir,
      'moved.csv',
      `Asset Tag,Serial,Asset Name,Status,Location,Checked Out To\nAT-3001,SN-3001,ref-web-01,Deployed,Site B / Comms closet,Ana Lopez\n`,
    );
    const [web01] = await idOf('Server', "n.serialNumber = 'SN-3001'", {});
    const [dc1] = await idOf('Location', "n.name = 'DC1'", {});
    const [closetB] = await idOf(
      'Location',
      "n.name = 'Comms closet' AND EXISTS { (n)-[:LOCATED_IN]->(:Location {name: 'Site B'}) }",
      {},
    );
    const dry = cli();
    const plan = await dry.import(moved, {
      class: 'Server',
      dryRun: true,
      from: 'snipe-it',
      errors: errorsFile('moved'),
    });
    expect(plan).toMatchObject({ status: 'SUCCEEDED', updated: 1 });
    expect(dry.out.text).toContain(`LOCATED_IN "${dc1}" → "${closetB} (Site B / Comms closet)"`);

    const job = await cli().import(moved, { class: 'Server', from: 'snipe-it', errors: errorsFile('moved') });
    expect(job).toMatchObject({ status: 'SUCCEEDED', updated: 1 });
    expect(await placed('SN-3001')).toMatchObject({ location: 'Site B / Comms closet', locations: 1 });
    const history = ok(await api.sdk.ItemHistory({ id: web01, first: 10, order: 'DESC' })).item!.history.edges.map(
      (e) => e.node,
    );
    expect(history.slice(0, 2).map((c) => [c.op, c.source, c.relationship])).toEqual([
      ['RELATE', 'IMPORT', expect.objectContaining({ type: 'LOCATED_IN', toId: closetB })],
      ['UNRELATE', 'IMPORT', expect.objectContaining({ type: 'LOCATED_IN', toId: dc1 })],
    ]);
  });
});

describe('generic files', () => {
  it('location, owner and deviceTypeId columns; a Location row keyed within its parent column', async () => {
    const rooms = writeCsv(
      dir,
      'rooms.csv',
      'name,parent,locationKind\nStore room,Site A,ROOM\nStore room,Site B,ROOM\nStore room,Site B,ROOM\n',
    );
    const job = await cli().import(rooms, { class: 'Location', mode: 'partial', errors: errorsFile('rooms') });
    expect(job).toMatchObject({ created: 2, errors: 1 });
    expect(job.errorSample[0]).toMatchObject({
      row: 3,
      reason: expect.stringMatching(/^row 2 of this file already aims at the same key \(name=Store room in=/),
    });

    ok(
      await api.sdk.CreateItem({
        input: {
          class: 'DeviceType',
          id: 'dt-r650',
          name: 'Dell PowerEdge R650',
          manufacturer: 'Dell',
          model: 'PowerEdge R650',
        } as never,
      }),
    );
    const servers = writeCsv(
      dir,
      'servers.csv',
      'serialNumber,name,lifecycleState,location,owner,deviceTypeId\nSN-G1,gen-01,DEPLOYED,Site A / Store room,ben.okafor@example.org,dt-r650\n',
    );
    const created = await cli().import(servers, { class: 'Server', errors: errorsFile('servers') });
    expect(created).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const [row] = await cypher(
      api.executor,
      `MATCH (s:Server {serialNumber: 'SN-G1'})-[:LOCATED_IN]->(l)-[:LOCATED_IN]->(p), (s)-[:OWNED_BY]->(o), (s)-[:OF_TYPE]->(t)
       RETURN p.name AS site, l.name AS room, o.name AS owner, t.id AS type`,
    );
    expect(row).toEqual({ site: 'Site A', room: 'Store room', owner: 'Ben Okafor', type: 'dt-r650' });
  });
});
