/**
 * `estate import --from netbox` and `estate export --to netbox` as an
 * operator runs them: the built CLI (bin/estate.js) as a child process
 * against this jest worker's Neo4j (NEO4J_URI), on the fixture set
 * (examples/netbox) and on copies of it damaged the way real
 * files are: saved by Excel (BOM and CRLF; windows-1252), a duplicated
 * device row, a cable to a device that does not exist, a cable to a port
 * already cabled, a front port naming a missing rear port, a file that is
 * not CSV. Each refusal is checked word for word where it is read by a
 * person, and "nothing written" by counting the graph before and after.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../graph/platform/executor';
import { cypher, resetGraph, testDriver, testExecutor } from '../support/api';
import { tempDir } from '../imports/import.support';

// Each run starts a node process and reaches Neo4j; the build may run first, on two busy cores.
jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'estate.js');
const FIXTURES = join(__dirname, '..', '..', 'examples', 'netbox');
const FILES = readdirSync(FIXTURES).sort();

let driver: Driver;
let db: Executor;
/** The graph as the fixture set leaves it. */
let loaded: Awaited<ReturnType<typeof snapshot>>;

/** Run `estate …` to its end, on this worker's Neo4j (NEO4J_URI is set by test/support/worker-neo4j.ts). */
function estate(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    // A dry run is one transaction for the whole set, each write query compiled afresh by this worker's
    // new Neo4j, on two cores other test files share: more than the default 30 s is headroom, not a target.
    env: { ...process.env, LOG_LEVEL: 'warn', ESTATE_ACTOR: 'netbox-cli-test', ESTATE_TX_TIMEOUT_MS: '180000' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const importSet = (folder: string, ...flags: string[]) =>
  estate('import', '--from', 'netbox', folder, '--no-progress', ...flags);

/** A file's summary line: `  devices.csv (devices): LOADED; 7 rows: …`. */
function fileLine(stdout: string, file: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith(`  ${file} (`));
  if (!line) throw new Error(`no summary line for ${file} in:\n${stdout}`);
  return line.trim();
}

/** The indented lines under a file's summary line (detection, warnings, refusals). */
function fileDetails(stdout: string, file: string): string[] {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  ${file} (`));
  const out: string[] = [];
  for (let i = at + 1; i < lines.length && lines[i].startsWith('    '); i++) out.push(lines[i].trim());
  return out.filter((l) => !l.startsWith('detected by'));
}

/** What the graph holds, by label and by relationship type, and the change log's length. */
async function snapshot() {
  const [row] = await cypher(
    db,
    `CALL { MATCH (n:CI) RETURN count(n) AS cis }
     CALL { MATCH (:CI)-[r]->(:CI) RETURN count(r) AS rels }
     CALL { MATCH (c:Change) RETURN count(c) AS changes }
     RETURN cis, rels, changes`,
  );
  return { cis: Number(row.cis), rels: Number(row.rels), changes: Number(row.changes) };
}

/** A copy of the fixture set to damage. */
function copySet(prefix: string): string {
  const dir = tempDir(`estate-netbox-${prefix}-`);
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const append = (dir: string, file: string, line: string) => writeFileSync(join(dir, file), read(dir, file) + line);
/** As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends. */
const asExcelUtf8 = (text: string) => `\uFEFF${text.replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n')}`;
/** As Excel on Windows saves "CSV (Comma delimited)": windows-1252 and CRLF, no byte-order mark. */
const asExcel1252 = (text: string) =>
  iconv.encode(text.replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n'), 'windows-1252');

beforeAll(async () => {
  // bin/estate.js runs dist/: build it (a no-op when current, as in CI after `npm run build`).
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // tsc emits despite type errors (npm run check reports them); only a build that emitted nothing is fatal.
  if (build.status !== 0 && !existsSync(join(ROOT, 'dist', 'server', 'main.js'))) {
    throw new Error(`npm run build made no dist/server/main.js:\n${build.stdout}${build.stderr}`);
  }
  driver = testDriver();
  db = testExecutor(driver);
  await resetGraph(db);
});
afterAll(() => driver.close());

describe('the command line', () => {
  it('refuses a source it does not know, naming the ones it does', () => {
    const run = estate('import', '--from', 'jira', FIXTURES);
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toBe(
      "error: option '--from <source>' argument 'jira' is invalid. Allowed choices are snipe-it, netbox, servicenow, generic.\n",
    );
  });

  it('refuses the CSV pipeline’s flags with --from, a missing folder, and export without --class or --to', () => {
    expect(estate('import', '--from', 'netbox', FIXTURES, '--class', 'Server', '--mode', 'partial')).toMatchObject({
      code: 1,
      stderr:
        "estate: --class, --mode: not read by a netbox folder import (each file's type comes from its header); give one CSV file instead to import it with the CSV pipeline's flags\n",
    });
    expect(estate('import', '--from', 'netbox', join(FIXTURES, 'nope'))).toMatchObject({
      code: 1,
      stderr: `estate: ${join(FIXTURES, 'nope')}: no such folder (give the folder of NetBox CSV files)\n`,
    });
    expect(estate('import', '--from', 'netbox')).toMatchObject({
      code: 1,
      stderr: 'estate: give the folder of netbox CSV files: estate import --from netbox <folder>\n',
    });
    expect(estate('export')).toMatchObject({
      code: 1,
      stderr:
        'estate: give --class <class> (one class as CSV), --relationships, --all <folder|file.tar.gz> (the whole estate) or --to netbox <folder> (NetBox CSV files)\n',
    });
    const help = estate('import', '--help').stdout;
    expect(help).toContain('--from <source>');
    expect(help).toContain('estate import --from netbox FOLDER --dry-run');
    expect(estate('export', '--help').stdout).toContain('estate export --to netbox FOLDER');
  });
});

describe('estate import --from netbox on the fixture set', () => {
  let dryRun: string;

  it('--dry-run says what it would do and writes nothing', async () => {
    const run = importSet(FIXTURES, '--dry-run');
    expect(run).toMatchObject({ code: 0, stderr: expect.stringContaining('NEO4J_URI') });
    expect(run.stdout).toMatch(/^netbox import \S+ from \S+ \(dry run: nothing was written\)\n/);
    dryRun = run.stdout;
    expect(await snapshot()).toEqual({ cis: 0, rels: 0, changes: 0 });
  });

  it('loads the set: exit 0, one summary line per file, each as the dry run said', async () => {
    const run = importSet(FIXTURES);
    expect(run).toMatchObject({ code: 0 });
    for (const file of FILES) {
      const line = fileLine(run.stdout, file);
      expect(line).toMatch(/^\S+ \([a-z-]+\): LOADED; (\d+) rows: \1 created, 0 updated, 0 unchanged; relationships/);
      expect(line).toBe(fileLine(dryRun, file));
    }
    expect(fileLine(run.stdout, 'sites.csv')).toBe(
      'sites.csv (sites): LOADED; 2 rows: 2 created, 0 updated, 0 unchanged; relationships 0 created, 0 updated, 0 removed',
    );
    expect(fileLine(run.stdout, 'cables.csv')).toBe(
      'cables.csv (cables): LOADED; 13 rows: 13 created, 0 updated, 0 unchanged; relationships 26 created, 0 updated, 0 removed',
    );
    loaded = await snapshot();
    expect(loaded.cis).toBeGreaterThan(60);
    const [actor] = await cypher(db, 'MATCH (c:Change) RETURN collect(DISTINCT c.actor) AS actors');
    expect(actor.actors).toEqual(['netbox-cli-test']);
  });

  it('re-runs with everything unchanged: 0 created, 0 updated, nothing written', async () => {
    const run = importSet(FIXTURES);
    expect(run).toMatchObject({ code: 0 });
    for (const file of FILES) {
      expect(fileLine(run.stdout, file)).toMatch(
        /: LOADED; (\d+) rows: 0 created, 0 updated, \1 unchanged; relationships 0 created, 0 updated, 0 removed$/,
      );
    }
    expect(await snapshot()).toEqual(loaded);
  });

  it('exports the set, and the export rebuilds the same graph in an empty database, which exports the same files', async () => {
    const out = tempDir('estate-netbox-cli-export-');
    const exported = estate('export', '--to', 'netbox', out);
    expect(exported).toMatchObject({ code: 0 });
    expect(readdirSync(out).sort()).toEqual(FILES);
    expect(exported.stdout).toContain('devices.csv: 8 devices\n');
    await resetGraph(db);
    const rebuilt = importSet(out);
    expect(rebuilt).toMatchObject({ code: 0 });
    const after = await snapshot();
    expect({ cis: after.cis, rels: after.rels }).toEqual({ cis: loaded.cis, rels: loaded.rels });
    const again = tempDir('estate-netbox-cli-export-');
    expect(estate('export', '--to', 'netbox', again).code).toBe(0);
    for (const file of FILES) expect({ file, text: read(again, file) }).toEqual({ file, text: read(out, file) });
    loaded = after;
  });
});

describe('damaged copies of the set', () => {
  it('reads the set as Excel saves "CSV UTF-8" (BOM, CRLF) exactly as the original: all unchanged', async () => {
    const dir = copySet('excel-utf8');
    for (const file of FILES) writeFileSync(join(dir, file), asExcelUtf8(read(FIXTURES, file)));
    expect(readFileSync(join(dir, 'cables.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const run = importSet(dir);
    expect(run).toMatchObject({ code: 0 });
    for (const file of FILES)
      expect(fileLine(run.stdout, file)).toMatch(/: LOADED; (\d+) rows: 0 created, 0 updated, \1 unchanged;/);
    expect(run.stdout).not.toContain('warning');
    expect(await snapshot()).toEqual(loaded);
  });

  describe('a site named "Campus Süd" saved by Excel as windows-1252', () => {
    const renamed = (text: string) => text.replace(/Campus South/g, 'Campus Süd');

    it('without --encoding: one "ü" does not tell windows-1252 from Mac Roman, so sites.csv is refused naming the candidates; nothing garbled stored', async () => {
      const dir = copySet('cp1252-one');
      for (const file of FILES) writeFileSync(join(dir, file), renamed(read(FIXTURES, file)));
      writeFileSync(join(dir, 'sites.csv'), asExcel1252(renamed(read(FIXTURES, 'sites.csv'))));
      const before = await snapshot();
      const run = importSet(dir);
      expect(run).toMatchObject({ code: 1 });
      expect(fileLine(run.stdout, 'sites.csv')).toMatch(/^sites\.csv \(sites\): REFUSED; 2 rows: 0 created/);
      // The other files are ASCII (or UTF-8 with a byte-order mark), and say how they were read.
      expect(run.stdout).toMatch(/detected by header: .*; read as \S+ \((every byte is ASCII|byte-order mark)\)\n/);
      expect(fileDetails(run.stdout, 'sites.csv')).toEqual([
        expect.stringMatching(
          /^sites\.csv row 0 \(line 1\): the file's encoding is not clear: the file is not valid UTF-8 and its encoding is ambiguous: windows-1252 \(0\.\d{3}\) is less than 10% ahead of macintosh .* name the one it is in with --encoding <name>/,
        ),
      ]);
      // What needs the sites is skipped, saying why; the rest loads as before (unchanged).
      expect(fileLine(run.stdout, 'racks.csv')).toMatch(/^racks\.csv \(racks\): SKIPPED;/);
      expect(fileDetails(run.stdout, 'racks.csv')).toEqual([
        'racks.csv row 0 (line 1): it needs sites, whose file did not load (refused, or skipped in turn)',
      ]);
      expect(fileLine(run.stdout, 'manufacturers.csv')).toMatch(
        /LOADED; (\d+) rows: 0 created, 0 updated, \1 unchanged/,
      );
      expect(await snapshot()).toEqual(before);
      expect(await cypher(db, `MATCH (s:Location) WHERE s.name STARTS WITH 'Campus S' RETURN s.name AS name`)).toEqual([
        { name: 'Campus South' },
      ]);
    });

    it('with --encoding windows-1252, the whole set saved so loads into an empty database with the name intact', async () => {
      const dir = copySet('cp1252-all');
      for (const file of FILES) writeFileSync(join(dir, file), asExcel1252(renamed(read(FIXTURES, file))));
      await resetGraph(db);
      const run = importSet(dir, '--encoding', 'windows-1252');
      expect(run).toMatchObject({ code: 0 });
      const after = await snapshot();
      expect({ cis: after.cis, rels: after.rels }).toEqual({ cis: loaded.cis, rels: loaded.rels });
      const devices = await cypher(
        db,
        `MATCH (d:Hardware)-[:LOCATED_IN]->(:Location {name: 'Comms closet'})-[:LOCATED_IN]->(:Location {name: 'Campus Süd', locationKind: 'SITE'})
         RETURN d.name AS name ORDER BY name`,
      );
      expect(devices.map((d) => d.name)).toEqual(['acc-s1', 'core-s1']);
      // Back to the original set for the cases below.
      await resetGraph(db);
      expect(importSet(FIXTURES).code).toBe(0);
      loaded = await snapshot();
    });
  });

  it('a duplicated device row: devices.csv refused naming both rows, what needs devices skipped, nothing written', async () => {
    const dir = copySet('dup-device');
    const first = read(FIXTURES, 'devices.csv').split('\n')[1];
    append(dir, 'devices.csv', `${first}\n`);
    const rows = read(FIXTURES, 'devices.csv').trim().split('\n').length - 1;
    const before = await snapshot();
    const run = importSet(dir);
    expect(run).toMatchObject({ code: 1 });
    expect(fileDetails(run.stdout, 'devices.csv')).toEqual([
      `devices.csv row ${rows + 1} (line ${rows + 2}), name: row 1 of this file already describes device name="core-n1"`,
    ]);
    expect(fileLine(run.stdout, 'interfaces.csv')).toMatch(/SKIPPED/);
    expect(fileLine(run.stdout, 'cables.csv')).toMatch(/SKIPPED/);
    expect(await snapshot()).toEqual(before);
  });

  it('a cable to a device that does not exist: refused naming file, row, column and reason; nothing written', async () => {
    const dir = copySet('dangling');
    append(
      dir,
      'cables.csv',
      ',core-n1,,,dcim.interface,mgmt0,,ghost-sw,,,dcim.interface,eth0,cat6,connected,BAD-2,,,,\n',
    );
    const before = await snapshot();
    const run = importSet(dir);
    expect(run).toMatchObject({ code: 1 });
    expect(fileLine(run.stdout, 'cables.csv')).toMatch(/^cables\.csv \(cables\): REFUSED; 14 rows: 0 created/);
    expect(fileDetails(run.stdout, 'cables.csv')).toEqual([
      'cables.csv row 14 (line 15), side_b_device: side B: no device name="ghost-sw"',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a cable to a port already cabled, in the graph or by an earlier row: refused naming the row and the port; nothing written', async () => {
    const bad = ',core-n1,,,dcim.interface,mgmt0,,acc-s1,,,dcim.interface,Gi1/0/49,cat6,connected,BAD-1,,,,\n';
    const header = read(FIXTURES, 'cables.csv').split('\n')[0];
    const before = await snapshot();
    // Only the new cable: the port is held by a cable in the graph.
    const alone = copySet('cabled-graph');
    writeFileSync(join(alone, 'cables.csv'), `${header}\n${bad}`);
    const run = importSet(alone);
    expect(run).toMatchObject({ code: 1 });
    expect(fileDetails(run.stdout, 'cables.csv')).toEqual([
      'cables.csv row 1 (line 2), side_b_name: side B: acc-s1 Gi1/0/49 is already connected (cable core-s1 Gi1/0/1 – acc-s1 Gi1/0/49); remove that cable first',
    ]);
    // The whole set and the new cable: row 6 claims the port first.
    const whole = copySet('cabled-file');
    append(whole, 'cables.csv', bad);
    const again = importSet(whole);
    expect(again).toMatchObject({ code: 1 });
    expect(fileDetails(again.stdout, 'cables.csv')).toEqual([
      'cables.csv row 14 (line 15), side_b_name: side B: acc-s1 Gi1/0/49 is already connected by row 6 of this file',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a front port whose rear port does not exist: refused naming the row and the rear port; cables skipped; nothing written', async () => {
    const dir = copySet('no-rear');
    append(dir, 'front-ports.csv', 'pp-n1,F3,,lc,,R9,1,\n');
    const before = await snapshot();
    const run = importSet(dir);
    expect(run).toMatchObject({ code: 1 });
    expect(fileDetails(run.stdout, 'front-ports.csv')).toEqual([
      'front-ports.csv row 3 (line 4), rear_port: no rear port name="R9" in device name="pp-n1"',
    ]);
    expect(fileDetails(run.stdout, 'cables.csv')).toEqual([
      'cables.csv row 0 (line 1): it needs front-ports, whose file did not load (refused, or skipped in turn)',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a file that is not CSV (an unclosed quote) is named, and the rest of the set still loads', async () => {
    const dir = copySet('not-csv');
    writeFileSync(join(dir, 'notes.csv'), 'name,comment\nx,"never closed\n');
    const before = await snapshot();
    const run = importSet(dir);
    expect(run).toMatchObject({ code: 1 });
    expect(fileLine(run.stdout, 'notes.csv')).toMatch(/^notes\.csv \(\?\): UNRECOGNISED;/);
    expect(fileDetails(run.stdout, 'notes.csv')).toEqual([
      expect.stringMatching(
        /^notes\.csv row 0 \(line 1\): not a NetBox file this import knows: the file is not well-formed CSV/,
      ),
    ]);
    for (const file of FILES) expect(fileLine(run.stdout, file)).toMatch(/: LOADED;/);
    expect(await snapshot()).toEqual(before);
  });
});
