/**
 * Which database a command picks: the data folder comes from the project root,
 * not the working directory; without a flag a command joins whatever server
 * runs (the default folder's, else the demo's); the flags say which folder
 * again in the commands Estate prints.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chooseDatabase,
  chooseDataDir,
  defaultDataDir,
  demoDataDir,
  describeTarget,
  folderFlagsOf,
  projectRoot,
} from './data.folder';

describe('data folder', () => {
  let tmp: string;
  const cwd = process.cwd();

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'estate-folder-'));
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(tmp, { recursive: true, force: true });
  });

  /** What a running embedded Neo4j leaves in its folder (graph/platform/embedded/embedded.ts), naming a live pid. */
  const markRunning = (dataDir: string, uri: string) => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'estate-neo4j.json'), JSON.stringify({ uri, pid: process.pid }));
  };

  it('is found from the project root whatever the working directory (regression: cd examples made a new database)', () => {
    process.chdir(tmp);
    const root = projectRoot();
    expect(root).toBe(cwd);
    expect(chooseDataDir({}, {})).toEqual({ dataDir: join(root, '.estate', 'data'), explicit: false, demo: false });
    expect(chooseDataDir({ demo: true }, {}).dataDir).toBe(join(root, '.estate', 'demo'));
    // A path typed on the command line or in the variable is read from where it was typed.
    expect(chooseDataDir({ dataDir: 'x' }, {}).dataDir).toBe(join(tmp, 'x'));
    expect(chooseDataDir({}, { ESTATE_DATA_DIR: 'y' }).dataDir).toBe(join(tmp, 'y'));
  });

  it('refuses --demo with --data-dir, and either with NEO4J_URI', () => {
    expect(() => chooseDataDir({ demo: true, dataDir: 'x' }, {})).toThrow(
      '--demo and --data-dir name two data folders',
    );
    expect(() => chooseDatabase({ demo: true }, { uri: 'bolt://h:7687' }, {})).toThrow(
      "--demo names an embedded Neo4j's data folder but NEO4J_URI=bolt://h:7687 is set: unset NEO4J_URI to use it",
    );
  });

  it('joins the running demo server when no flag is given and only the demo runs (regression: port in use)', () => {
    markRunning(demoDataDir(tmp), 'bolt://127.0.0.1:7999');
    const target = chooseDatabase({}, {}, {}, tmp);
    expect(target).toMatchObject({
      kind: 'running',
      dataDir: demoDataDir(tmp),
      uri: 'bolt://127.0.0.1:7999',
      demo: true,
    });
    expect(describeTarget(target)).toBe(
      `estate: using the embedded Neo4j of ${demoDataDir(tmp)} (bolt://127.0.0.1:7999, already started by another estate command)`,
    );
    expect(folderFlagsOf(target, tmp)).toBe(' --demo');
    // The default folder wins when it runs too.
    markRunning(defaultDataDir(tmp), 'bolt://127.0.0.1:7998');
    expect(chooseDatabase({}, {}, {}, tmp)).toMatchObject({
      kind: 'running',
      uri: 'bolt://127.0.0.1:7998',
      demo: false,
    });
    // A folder named explicitly is never swapped for another.
    expect(chooseDatabase({ dataDir: join(tmp, 'other') }, {}, {}, tmp)).toMatchObject({
      kind: 'own',
      dataDir: join(tmp, 'other'),
    });
  });

  it('names NEO4J_URI, or a folder no server runs on', () => {
    expect(describeTarget(chooseDatabase({}, { uri: 'bolt://db:7687', database: 'cmdb' }, {}, tmp))).toBe(
      'estate: using NEO4J_URI=bolt://db:7687 (database cmdb)',
    );
    const own = chooseDatabase({}, {}, {}, tmp);
    expect(own).toEqual({ kind: 'own', dataDir: defaultDataDir(tmp), demo: false });
    expect(describeTarget(own)).toBe(
      `estate: using the embedded Neo4j of ${defaultDataDir(tmp)} (no server runs on it: started for this command and stopped when it ends)`,
    );
    expect(folderFlagsOf(own, tmp)).toBe('');
    expect(folderFlagsOf({ kind: 'own', dataDir: '/a b/c', demo: false }, tmp)).toBe(` --data-dir '/a b/c'`);
  });
});
