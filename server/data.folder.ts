/**
 * Which Neo4j a command uses, decided in one place so that `estate serve` and
 * every other command agree on it. NEO4J_URI when it is set; otherwise the
 * embedded Neo4j of a data folder, found from the project root (never the
 * working directory, so `cd examples && npx estate import …` still writes
 * where the server reads), and shared with a server that already runs on it.
 * Each data folder is its own database, with its own CIs and its own tokens.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runningEmbeddedNeo4j } from '../graph/platform/embedded/embedded';
import { describeDuration, readWarmLease } from '../graph/platform/embedded/warm';
import type { WarmLease } from '../graph/platform/embedded/warm';

/** The global flags every command accepts. */
export interface FolderFlags {
  demo?: boolean;
  dataDir?: string;
}

/** Where a command's database is. */
export type DatabaseTarget =
  /** An external Neo4j named by NEO4J_URI. */
  | { kind: 'uri'; uri: string; database?: string }
  /** An embedded Neo4j another Estate process runs on this data folder. */
  | { kind: 'running'; dataDir: string; uri: string; server?: ServerMark; demo: boolean }
  /** The warm Neo4j an earlier command started on this data folder and left running (warm.ts). */
  | { kind: 'warm'; dataDir: string; uri: string; lease: WarmLease; demo: boolean }
  /** No one runs this data folder: the command starts its own embedded Neo4j on it. */
  | { kind: 'own'; dataDir: string; demo: boolean };

/** What a running `estate serve` leaves in its data folder, so commands can name it. */
export interface ServerMark {
  pid: number;
  url: string;
}

/** The Estate checkout: the folder whose package.json sits beside bin/estate.js (from server/ or dist/server/). */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'estate.js'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export function defaultDataDir(root = projectRoot()): string {
  return join(root, '.estate', 'data');
}

export function demoDataDir(root = projectRoot()): string {
  return join(root, '.estate', 'demo');
}

/**
 * The data folder the flags and ESTATE_DATA_DIR name (`--data-dir` and the variable are read from the
 * working directory, as a path typed there is meant); `explicit` is false for the default one.
 */
export function chooseDataDir(
  flags: FolderFlags,
  env: NodeJS.ProcessEnv = process.env,
  root = projectRoot(),
): { dataDir: string; explicit: boolean; demo: boolean } {
  if (flags.demo && flags.dataDir) throw new Error('--demo and --data-dir name two data folders: give one of them');
  if (flags.demo) return { dataDir: demoDataDir(root), explicit: true, demo: true };
  if (flags.dataDir) return { dataDir: resolve(flags.dataDir), explicit: true, demo: false };
  if (env.ESTATE_DATA_DIR) return { dataDir: resolve(env.ESTATE_DATA_DIR), explicit: true, demo: false };
  return { dataDir: defaultDataDir(root), explicit: false, demo: false };
}

/**
 * The database a short-lived command (import, export, token, seed) uses. Without a flag it is the one a
 * running server uses: the default data folder's, or else the demo's when only `--demo` is running.
 */
export function chooseDatabase(
  flags: FolderFlags,
  neo4j: { uri?: string; database?: string },
  env: NodeJS.ProcessEnv = process.env,
  root = projectRoot(),
): DatabaseTarget {
  if (neo4j.uri) {
    if (flags.demo || flags.dataDir) {
      throw new Error(
        `${flags.demo ? '--demo' : '--data-dir'} names an embedded Neo4j's data folder but NEO4J_URI=${neo4j.uri} is set: unset NEO4J_URI to use it`,
      );
    }
    return { kind: 'uri', uri: neo4j.uri, database: neo4j.database };
  }
  const chosen = chooseDataDir(flags, env, root);
  const candidates = chosen.explicit ? [chosen] : [chosen, { dataDir: demoDataDir(root), demo: true }];
  for (const { dataDir, demo } of candidates) {
    const lease = readWarmLease(dataDir);
    if (lease) return { kind: 'warm', dataDir, uri: lease.uri, lease, demo };
    const uri = runningEmbeddedNeo4j(dataDir);
    if (uri) return { kind: 'running', dataDir, uri, server: runningServer(dataDir), demo };
  }
  return { kind: 'own', dataDir: chosen.dataDir, demo: chosen.demo };
}

/** The flags that name this target's data folder again, for a command a person is told to run. */
export function folderFlagsOf(target: DatabaseTarget, root = projectRoot()): string {
  if (target.kind === 'uri') return '';
  if (target.demo) return ' --demo';
  if (target.dataDir === defaultDataDir(root) && !process.env.ESTATE_DATA_DIR) return '';
  return ` --data-dir ${shellQuote(target.dataDir)}`;
}

/**
 * One line saying which database a command used (the CLI prints it on stderr). `keepWarmMs`: how long
 * a Neo4j this command starts stays up idle afterwards (0: it stops with the command).
 */
export function describeTarget(target: DatabaseTarget, keepWarmMs = 0, now = Date.now()): string {
  switch (target.kind) {
    case 'uri':
      return `estate: using NEO4J_URI=${target.uri}${target.database ? ` (database ${target.database})` : ''}`;
    case 'running':
      return `estate: using the embedded Neo4j of ${target.dataDir} (${target.uri}, ${
        target.server
          ? `started by the running server at ${target.server.url}`
          : 'already started by another estate command'
      })`;
    case 'warm':
      return `estate: using the warm Neo4j of ${target.dataDir} started ${describeAge(now - target.lease.startedAt)} ago (${target.uri}, pid ${target.lease.pid}; kept warm for ${describeDuration(target.lease.idleMs)} after each command: \`estate neo4j stop${folderFlagsOf(target)}\` stops it)`;
    case 'own':
      return keepWarmMs > 0
        ? `estate: starting Neo4j for ${target.dataDir} (no server runs on it; kept warm for ${describeDuration(keepWarmMs)} after this command: \`estate neo4j stop${folderFlagsOf(target)}\` stops it)`
        : `estate: using the embedded Neo4j of ${target.dataDir} (no server runs on it: started for this command and stopped when it ends)`;
  }
}

/** "40 s", "3 min", "2 h 5 min": how long ago a warm Neo4j started. */
export function describeAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
}

function serverMarkFile(dataDir: string): string {
  return join(dataDir, 'estate-server.json');
}

/** Written by `estate serve` once it listens; removed when it stops. */
export function markServer(dataDir: string, mark: ServerMark): () => void {
  const file = serverMarkFile(dataDir);
  writeFileSync(file, JSON.stringify(mark));
  return () => rmSync(file, { force: true });
}

/** The server that runs on this data folder, if its mark names a live process. */
export function runningServer(dataDir: string): ServerMark | undefined {
  try {
    const mark = JSON.parse(readFileSync(serverMarkFile(dataDir), 'utf8')) as ServerMark;
    process.kill(mark.pid, 0); // throws when no such process
    return mark;
  } catch {
    return undefined;
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
