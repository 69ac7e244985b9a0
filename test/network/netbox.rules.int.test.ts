/**
 * The NetBox folder import on the CSV import's rules (issue 18): each file's encoding detected from
 * the whole file (an ambiguous one refused with its candidates, never guessed); custom field columns
 * (`cf_<name>`) typed by the class's definitions; and a device created past PLANNED held to the
 * lifecycle's creation rule: an active device is DEPLOYED, placed and owned in the same write (its
 * site/rack and its tenant) with one lifecycle event, and refused with the rule when it lacks either.
 * Fixtures are copies of examples/netbox, changed as the case needs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import type { CliContext } from '../../server/cli/cli.database';
import { runNetboxImportCommand } from '../../server/cli/netbox.command';
import type { NetboxFileResult, NetboxLoadResult } from '../../importers/network/netbox.load';
import { defineCustomField } from '../../graph/items/custom.fields';
import { tempDir } from '../imports/import.support';

jest.setTimeout(300_000);

const FIXTURES = join(__dirname, '..', '..', 'examples', 'netbox');
/** The files a device needs, and the devices. */
const DEVICE_SET = ['tenants.csv', 'sites.csv', 'racks.csv', 'manufacturers.csv', 'device-types.csv', 'devices.csv'];

let api: TestApi;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function importFolder(folder: string, encoding?: string): Promise<{ result: NetboxLoadResult; out: string }> {
  const out = new Capture();
  const context: CliContext = {
    openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
    stdout: out,
    stderr: new Capture(),
  };
  const result = await runNetboxImportCommand(folder, { progress: false, encoding }, context);
  return { result, out: out.text };
}

/** A folder holding these files of examples/netbox, each passed through `change`. */
function folderOf(prefix: string, files: readonly string[], change: (file: string, text: string) => string | Buffer) {
  const dir = tempDir(`estate-netbox-${prefix}-`);
  for (const file of files) {
    const text = readFileSync(join(FIXTURES, file), 'utf8').replace(/^\uFEFF/, '');
    writeFileSync(join(dir, file), change(file, text));
  }
  return dir;
}

const fileOf = (r: NetboxLoadResult, file: string): NetboxFileResult => r.files.find((f) => f.file === file)!;
const snapshot = async () => {
  const [row] = await cypher(
    api.executor,
    `CALL { MATCH (n:CI) RETURN count(n) AS cis }
     CALL { MATCH (:CI)-[r]->(:CI) RETURN count(r) AS rels }
     CALL { MATCH (c:Change) RETURN count(c) AS changes }
     CALL { MATCH (e:LifecycleEvent) RETURN count(e) AS events }
     RETURN cis, rels, changes, events`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
};

/** As Excel on Windows saves "CSV (Comma delimited)": windows-1252 and CRLF, no byte-order mark. */
const asExcel1252 = (text: string) => iconv.encode(text.replace(/\r?\n/g, '\r\n'), 'windows-1252');

beforeAll(async () => {
  api = await startTestApi();
});
beforeEach(() => resetGraph(api.executor));
afterAll(() => api.stop());

describe('encodings, detected per file from the whole file', () => {
  /** The south campus renamed "Campus Süd" everywhere; its site row says more, in German, as a real export would. */
  const german = (file: string, text: string) => {
    const renamed = text.replace(/Campus South/g, 'Campus Süd');
    return file === 'sites.csv'
      ? renamed.replace(
          'South campus,,campus',
          'Südcampus – Gebäude für Rechenzentrum und Büros,"Königstraße 12, München",campus',
        )
      : renamed;
  };

  it('reads a windows-1252 set without --encoding where the bytes tell, and refuses a file where they do not, naming the candidates', async () => {
    const dir = folderOf('cp1252', DEVICE_SET, (file, text) => asExcel1252(german(file, text)));
    const before = await snapshot();
    const { result, out } = await importFolder(dir);
    expect(result.encoding).toBe('detected');
    // sites.csv says enough for a clear detection.
    const sites = fileOf(result, 'sites.csv');
    expect(sites).toMatchObject({ status: 'LOADED', encoding: 'windows-1252', created: 2 });
    expect(sites.encodingNote).toMatch(/^detected from the whole file, confidence 0\.\d{3}$/);
    expect(out).toContain(`; read as windows-1252 (${sites.encodingNote})`);
    // Files of pure ASCII say so.
    expect(fileOf(result, 'tenants.csv')).toMatchObject({ status: 'LOADED', encodingNote: 'every byte is ASCII' });
    // racks.csv holds one "ü": windows-1252 and Mac Roman read it alike well, and differently: refused, not guessed.
    const racks = fileOf(result, 'racks.csv');
    expect(racks.status).toBe('REFUSED');
    expect(racks.refusals).toEqual([
      {
        file: 'racks.csv',
        row: 0,
        line: 1,
        reason: expect.stringMatching(
          /^the file's encoding is not clear: the file is not valid UTF-8 and its encoding is ambiguous: windows-1252 \(0\.\d{3}\) is less than 10% ahead of macintosh .*name the one it is in with --encoding <name>/,
        ),
      },
    ]);
    // devices.csv names "Campus Süd" twice: as unclear, and refused the same way.
    expect(fileOf(result, 'devices.csv')).toMatchObject({
      status: 'REFUSED',
      refusals: [{ row: 0, reason: expect.stringMatching(/^the file's encoding is not clear: /) }],
    });
    const after = await snapshot();
    expect(after.cis - before.cis).toBe(2 + 2 + 4 + 5); // tenants, sites, manufacturers, device types
    expect(
      await cypher(api.executor, `MATCH (s:Location {locationKind: 'SITE'}) RETURN s.name AS name ORDER BY name`),
    ).toEqual([{ name: 'Campus North' }, { name: 'Campus Süd' }]);
  });

  it('with --encoding windows-1252 the whole set loads, "Campus Süd" intact and its devices placed in it', async () => {
    const dir = folderOf('cp1252-named', DEVICE_SET, (file, text) => asExcel1252(german(file, text)));
    const { result } = await importFolder(dir, 'windows-1252');
    expect(result.files.map((f) => [f.file, f.status, f.encoding, f.encodingNote])).toEqual(
      result.files.map((f) => [f.file, 'LOADED', 'windows-1252', 'named']),
    );
    expect(result.files).toHaveLength(DEVICE_SET.length);
    const placed = await cypher(
      api.executor,
      `MATCH (d:Hardware)-[:LOCATED_IN]->(:Location {name: 'Comms closet'})-[:LOCATED_IN]->(s:Location {name: 'Campus Süd'})
       RETURN d.name AS name, s.description AS description ORDER BY name`,
    );
    expect(placed).toEqual([
      { name: 'acc-s1', description: 'Südcampus – Gebäude für Rechenzentrum und Büros' },
      { name: 'core-s1', description: 'Südcampus – Gebäude für Rechenzentrum und Büros' },
    ]);
  });
});

describe('custom field columns, typed by the class definitions', () => {
  const withColumns = (cells: (name: string) => [string, string]) => (file: string, text: string) => {
    if (file !== 'devices.csv') return text;
    const [header, ...rows] = text.trimEnd().split('\n');
    return [
      `${header},cf_monitored,cf_support_until,cf_rack_label`,
      ...rows.map((r) => `${r},${cells(r.split(',')[0]).join(',')},label ${r.split(',')[0]}`),
    ].join('\n');
  };

  beforeEach(async () => {
    for (const cls of ['NetworkDevice', 'Server']) {
      await defineCustomField(api.executor, 'test', {
        class: cls,
        name: 'monitored',
        label: 'Monitored',
        type: 'BOOLEAN',
      });
      await defineCustomField(api.executor, 'test', {
        class: cls,
        name: 'support_until',
        label: 'Support until',
        type: 'DATE',
      });
    }
  });

  it('refuses a cell its field does not take, naming row and column, and writes nothing of the file', async () => {
    const cells = (name: string): [string, string] =>
      name === 'acc-n1' ? ['sometimes', '2027-03-31'] : name === 'pdu-n1' ? ['True', '31 June 2027'] : ['no', ''];
    const dir = folderOf('cf-bad', DEVICE_SET, withColumns(cells));
    const { result } = await importFolder(dir);
    const devices = fileOf(result, 'devices.csv');
    expect(devices.status).toBe('REFUSED');
    expect(devices.refusals.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, 'cf_monitored', expect.stringContaining('"sometimes"')],
      [6, 'cf_support_until', expect.stringContaining('31 June 2027')],
    ]);
    expect(await cypher(api.executor, 'MATCH (d:Hardware) RETURN count(d) AS n')).toEqual([{ n: 0 }]);
  });

  it('stores true/false and dates as typed values, and a column with no definition as written', async () => {
    const cells = (name: string): [string, string] => (name.startsWith('core') ? ['TRUE', '2027-03-31'] : ['no', '']);
    const dir = folderOf('cf-good', DEVICE_SET, withColumns(cells));
    const { result } = await importFolder(dir);
    expect(fileOf(result, 'devices.csv')).toMatchObject({ status: 'LOADED', warnings: [] });
    const rows = await cypher(
      api.executor,
      `MATCH (d:Hardware) WHERE d.name IN ['core-n1', 'acc-n1'] RETURN d.name AS name, d.attributes AS attributes ORDER BY name`,
    );
    expect(rows.map((r) => [r.name, JSON.parse(r.attributes as string)])).toEqual([
      ['acc-n1', expect.objectContaining({ monitored: false, rack_label: 'label acc-n1' })],
      [
        'core-n1',
        expect.objectContaining({ monitored: true, support_until: '2027-03-31', rack_label: 'label core-n1' }),
      ],
    ]);
  });
});

describe('the lifecycle: an active device is DEPLOYED, placed and owned in the same write', () => {
  it('records one event from null to DEPLOYED carrying its place and owner, linked to its CREATE change', async () => {
    const { result } = await importFolder(FIXTURES);
    expect(result.files.every((f) => f.status === 'LOADED')).toBe(true);
    const rows = await cypher(
      api.executor,
      `MATCH (d:Hardware {name: 'core-n1'})-[:LOCATED_IN]->(rack:Location), (d)-[:OWNED_BY]->(team:Team)
       MATCH (d)-[:HAD_EVENT]->(e:LifecycleEvent)
       MATCH (c:Change {seq: e.changeSeq})
       RETURN d.lifecycleState AS state, d.operationalStatus AS status, rack.id AS rack, team.id AS team, team.name AS teamName,
              e.from AS from, e.to AS to, e.details AS details, c.op AS op, c.ciId = d.id AS same`,
    );
    expect(rows).toHaveLength(1);
    const [r] = rows;
    expect(r).toMatchObject({
      state: 'DEPLOYED',
      status: 'OPERATIONAL',
      teamName: 'Network team',
      from: null,
      to: 'DEPLOYED',
      op: 'CREATE',
      same: true,
    });
    // The place and owner the deployment needs, and the fields the path's receipt records.
    expect(JSON.parse(r.details as string)).toEqual({
      locationId: r.rack,
      ownerId: r.team,
      assetTag: 'AT-1001',
      serialNumber: 'FDO2301A001',
    });
    // The planned server makes no move: no event.
    expect(
      await cypher(
        api.executor,
        `MATCH (d:Hardware {name: 'srv-n2'}) RETURN d.lifecycleState AS state, COUNT { (d)-[:HAD_EVENT]->() } AS events`,
      ),
    ).toEqual([{ state: 'PLANNED', events: 0 }]);
  });

  it('refuses an active device without a site or without a tenant with the rule, naming the column; a planned one needs neither', async () => {
    const edit = (file: string, text: string) => {
      if (file !== 'devices.csv') return text;
      return text
        .replace('acc-n1,Access Switch,Network team,', 'acc-n1,Access Switch,,')
        .replace('Campus North,,Server rack A1,,,Zero-U PDU', ',,,,,Zero-U PDU')
        .replace('planned,Campus North,,Server rack A1,12,front', 'planned,,,,,');
    };
    const dir = folderOf('lifecycle', DEVICE_SET, edit);
    const before = await snapshot();
    const { result } = await importFolder(dir);
    const devices = fileOf(result, 'devices.csv');
    expect(devices.status).toBe('REFUSED');
    const path = 'PLANNED → ORDERED → RECEIVED → IN_STOCK → DEPLOYED';
    expect(devices.refusals.map((r) => [r.row, r.column, r.reason])).toEqual([
      [
        3,
        'tenant',
        `refused by rule details: creating a NetworkDevice in DEPLOYED (${path}) needs ownerId (OWNED_BY), which the row does not give: give it a tenant (a row of tenants.csv, or a Team of that name), or give it status inventory and make the move with transitionLifecycle`,
      ],
      [
        6,
        'site',
        `refused by rule details: creating a NetworkDevice in DEPLOYED (${path}) needs locationId (LOCATED_IN), which the row does not give: give it a site (and rack or location), or give it status inventory and make the move with transitionLifecycle`,
      ],
    ]);
    // Nothing of devices.csv was written: no device, no event of one.
    expect(await cypher(api.executor, 'MATCH (d:Hardware) RETURN count(d) AS n')).toEqual([{ n: 0 }]);
    const after = await snapshot();
    expect(after.cis - before.cis).toBe(2 + 2 + 3 + 4 + 5); // tenants, sites, racks, manufacturers, device types
  });
});
