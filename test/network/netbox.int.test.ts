/**
 * A NetBox CSV set (examples/netbox: a two-site campus with
 * racks, switches, a patch panel, a dark-fibre circuit, power panel, feeds,
 * a PDU, servers with two PSUs, a VRF, prefixes, addresses, VLANs and a VM)
 * loaded through `estate import --from netbox` against the real Neo4j: it
 * loads with no hand edits, keeps what NetBox keeps apart apart (two racks
 * called "Comms closet", two parallel cables), re-imports and round-trips
 * with no change, and refuses a cable to a cabled port and a front port with
 * no rear port naming the file, row and reason.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import type { CliContext } from '../../server/cli/cli.database';
import { netboxExitCode, runNetboxExportCommand, runNetboxImportCommand } from '../../server/cli/netbox.command';
import type { NetboxLoadResult } from '../../importers/network/netbox.load';
import { tempDir } from '../imports/import.support';

jest.setTimeout(300_000);

const FIXTURES = join(__dirname, '..', '..', 'examples', 'netbox');

let api: TestApi;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

function cli() {
  const out = new Capture();
  const context: CliContext = {
    openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
    stdout: out,
    stderr: new Capture(),
  };
  return {
    out,
    import: (folder: string) => runNetboxImportCommand(folder, { progress: false }, context),
    export: (folder: string) => runNetboxExportCommand(folder, context),
  };
}

const total = (r: NetboxLoadResult, key: 'created' | 'updated' | 'unchanged') =>
  r.files.reduce((n, f) => n + f[key], 0);
const relTotal = (r: NetboxLoadResult) =>
  r.files.reduce((n, f) => n + f.relationships.created + f.relationships.updated + f.relationships.removed, 0);
const count = async (query: string, params: Record<string, unknown> = {}) =>
  Number((await cypher(api.executor, query, params))[0].n);
const changes = () => count('MATCH (c:Change) RETURN count(c) AS n');

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

describe('estate import --from netbox', () => {
  let first: NetboxLoadResult;

  it('loads the set with no hand edits, in dependency order, naming each file’s type', async () => {
    const run = cli();
    first = await run.import(FIXTURES);
    const bad = first.files.filter((f) => f.status !== 'LOADED');
    expect(bad).toEqual([]);
    expect(netboxExitCode(first)).toBe(0);
    const order = first.files.map((f) => f.type);
    const before = (a: string, b: string) => expect(order.indexOf(a as never)).toBeLessThan(order.indexOf(b as never));
    before('sites', 'racks');
    before('racks', 'devices');
    before('device-types', 'devices');
    before('devices', 'interfaces');
    before('vlans', 'interfaces');
    before('rear-ports', 'front-ports');
    before('interfaces', 'cables');
    before('circuit-terminations', 'cables');
    before('vm-interfaces', 'ip-addresses');
    for (const f of first.files) expect(f.type).toBe(f.file.replace(/\.csv$/, ''));
    expect(run.out.text).toContain('devices.csv (devices): LOADED');
    expect(run.out.text).toContain('detected by header');
    expect(total(first, 'created')).toBeGreaterThan(60);
  });

  it('keeps the two racks called "Comms closet" apart, each in its own site', async () => {
    const rows = await cypher(
      api.executor,
      `MATCH (r:Location {name: 'Comms closet', locationKind: 'RACK'})-[:LOCATED_IN]->(s:Location {locationKind: 'SITE'})
       RETURN s.name AS site, [(d:Hardware)-[:LOCATED_IN]->(r) | d.name] AS devices ORDER BY site`,
    );
    expect(rows.map((r) => r.site)).toEqual(['Campus North', 'Campus South']);
    expect((rows[0].devices as string[]).sort()).toEqual(['acc-n1', 'core-n1', 'pp-n1']);
    expect((rows[1].devices as string[]).sort()).toEqual(['acc-s1', 'core-s1']);
  });

  it('keeps the two parallel cables between core-n1 and acc-n1 as two cables, and wires the rest', async () => {
    const parallel = await count(
      `MATCH (a:NetworkDevice {name: 'core-n1'})<-[:COMPONENT_OF]-(:Interface)<-[:TERMINATES]-(c:Cable)
             -[:TERMINATES]->(:Interface)-[:COMPONENT_OF]->(b:NetworkDevice {name: 'acc-n1'})
       RETURN count(DISTINCT c) AS n`,
    );
    expect(parallel).toBe(2);
    expect(await count('MATCH (c:Cable) RETURN count(c) AS n')).toBe(13);
    expect(
      await count(
        `MATCH (:FrontPort {name: 'F1'})-[m:MAPS_TO {rearPortPosition: 1}]->(:RearPort {name: 'R1'}) RETURN count(m) AS n`,
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH (:Cable)-[:TERMINATES {side: 'A'}]->(f:PowerFeed {name: 'Feed A'})-[:FED_BY]->(:PowerPanel {name: 'Panel A'})
         MATCH (f)-[:SERVES]->(:Location {name: 'Server rack A1'}) RETURN count(f) AS n`,
      ),
    ).toBe(1);
    expect(await count(`MATCH (o:PowerOutlet)-[:FED_BY]->(:PowerPort {name: 'Inlet B'}) RETURN count(o) AS n`)).toBe(2);
    expect(
      await count(
        `MATCH (ip:IPAddress {ipAddress: '10.10.20.50/24'})-[:ASSIGNED_TO]->(:Interface)-[:COMPONENT_OF]->(:VirtualMachine {name: 'app-01'})
         MATCH (ip)-[:IN_VRF]->(:VRF {name: 'CAMPUS'}) RETURN count(ip) AS n`,
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH (t:CircuitTermination {termSide: 'Z'})-[:COMPONENT_OF]->(:Circuit {cid: 'MF-1001'})-[:SUPPLIED_BY]->(:Provider)
         MATCH (t)-[:TERMINATES_AT]->(:Location {name: 'Campus South'}) RETURN count(t) AS n`,
      ),
    ).toBe(1);
    const tagged = await cypher(
      api.executor,
      `MATCH (:NetworkDevice {name: 'core-n1'})<-[:COMPONENT_OF]-(:Interface {name: 'Gi1/0/1'})-[:TAGGED_VLAN]->(v:VLAN)
       RETURN v.vid AS vid ORDER BY vid`,
    );
    expect(tagged.map((r) => Number(r.vid))).toEqual([10, 20]);
    const srv = await cypher(
      api.executor,
      `MATCH (s:Server {name: 'srv-n2'}) RETURN s.lifecycleState AS state, s.attributes AS a`,
    );
    expect(srv[0].state).toBe('PLANNED');
    // Quoted commas and the BOM: the first column of devices.csv is read as `name`.
    const core = await cypher(
      api.executor,
      `MATCH (d:NetworkDevice {name: 'core-n1'}) RETURN d.description AS d, d.role AS role`,
    );
    expect(core[0]).toEqual({ d: 'Core, north', role: 'CORE_SWITCH' });
  });

  it('re-imports the unchanged set with zero changes', async () => {
    const before = await changes();
    const again = await cli().import(FIXTURES);
    expect(again.files.every((f) => f.status === 'LOADED')).toBe(true);
    expect(total(again, 'created')).toBe(0);
    expect(total(again, 'updated')).toBe(0);
    expect(relTotal(again)).toBe(0);
    expect(total(again, 'unchanged')).toBe(total(first, 'created'));
    expect(await changes()).toBe(before);
  });

  it('exports the same formats and the export imports back with no change (a round trip)', async () => {
    const out = tempDir('estate-netbox-export-');
    const exported = await cli().export(out);
    expect(exported.files.map((f) => f.file).sort()).toEqual(readdirSync(FIXTURES).sort());
    const before = await changes();
    const back = await cli().import(out);
    expect(back.files.filter((f) => f.status !== 'LOADED')).toEqual([]);
    expect(total(back, 'created') + total(back, 'updated') + relTotal(back)).toBe(0);
    expect(await changes()).toBe(before);
    // Into an empty graph, the export rebuilds what exports to the very same files.
    await resetGraph(api.executor);
    const rebuilt = await cli().import(out);
    expect(rebuilt.files.filter((f) => f.status !== 'LOADED')).toEqual([]);
    const again = tempDir('estate-netbox-export-');
    await cli().export(again);
    for (const f of exported.files) {
      expect(readFileSync(join(again, f.file), 'utf8')).toBe(readFileSync(join(out, f.file), 'utf8'));
    }
  });

  it('refuses a cable to an already cabled port and a front port naming a missing rear port, with file, row and reason, writing nothing of those files', async () => {
    const dir = tempDir('estate-netbox-bad-');
    cpSync(FIXTURES, dir, { recursive: true });
    writeFileSync(
      join(dir, 'cables.csv'),
      readFileSync(join(FIXTURES, 'cables.csv'), 'utf8') +
        ',core-n1,,,dcim.interface,mgmt0,,acc-s1,,,dcim.interface,Gi1/0/49,cat6,connected,BAD-1,,,,\n',
    );
    writeFileSync(
      join(dir, 'front-ports.csv'),
      readFileSync(join(FIXTURES, 'front-ports.csv'), 'utf8') + 'pp-n1,F3,,lc,,R9,1,\n',
    );
    const before = await changes();
    const run = cli();
    const result = await run.import(dir);
    expect(netboxExitCode(result)).toBe(1);
    const cables = result.files.find((f) => f.type === 'cables')!;
    const fronts = result.files.find((f) => f.type === 'front-ports')!;
    expect(fronts.status).toBe('REFUSED');
    expect(fronts.refusals).toEqual([
      {
        file: 'front-ports.csv',
        row: 3,
        line: 4,
        column: 'rear_port',
        reason: expect.stringContaining('no rear port name="R9"'),
      },
    ]);
    // Cables need front ports, whose file was refused: skipped, saying why.
    expect(cables.status).toBe('SKIPPED');
    expect(cables.refusals[0].reason).toContain('front-ports');
    expect(await count(`MATCH (f:FrontPort {name: 'F3'}) RETURN count(f) AS n`)).toBe(0);
    expect(await changes()).toBe(before);
    expect(run.out.text).toContain('front-ports.csv row 3 (line 4), rear_port');

    // With the front ports fixed, the cable to the cabled port is refused on its own.
    writeFileSync(join(dir, 'front-ports.csv'), readFileSync(join(FIXTURES, 'front-ports.csv'), 'utf8'));
    const second = await cli().import(dir);
    const refused = second.files.find((f) => f.type === 'cables')!;
    expect(refused.status).toBe('REFUSED');
    expect(refused.refusals).toEqual([
      {
        file: 'cables.csv',
        row: 14,
        line: 15,
        column: 'side_b_name',
        reason: expect.stringContaining('Gi1/0/49 is already connected'),
      },
    ]);
    expect(await count(`MATCH (c:Cable {label: 'BAD-1'}) RETURN count(c) AS n`)).toBe(0);
    expect(await changes()).toBe(before);
  });
});
