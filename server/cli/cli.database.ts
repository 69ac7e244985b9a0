/**
 * What the short-lived commands (import, export, token, seed) need from the
 * process: the database a running server uses (server/data.folder.ts picks
 * it: NEO4J_URI, or the embedded Neo4j of the data folder that --demo,
 * --data-dir, ESTATE_DATA_DIR or the default names), opened the way `serve`
 * opens it, and the output streams. Every command says on stderr which
 * database it used. Tests pass their own context, pointed at the test Neo4j.
 */
import type { Executor } from '../../graph/platform/executor';
import { loadConfig } from '../config';
import type { Config } from '../config';
import { chooseDatabase, describeTarget } from '../data.folder';
import type { DatabaseTarget, FolderFlags } from '../data.folder';
import { openDatabase } from '../database';
import type { DatabaseOptions } from '../database';
import { createLogger } from '../logging';
import { reachNeo4jUri } from '../neo4j.reach';

export interface CliDatabase {
  executor: Executor;
  close(): Promise<void>;
}

export interface CliContext {
  openDatabase(): Promise<CliDatabase>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** How `estate` turns its configuration into database options (server/main.ts's, so every command opens Neo4j alike). */
export type DatabaseOptionsOf = (config: Config, dataDir: string) => DatabaseOptions;

/** Open the database a command uses, after one line on stderr saying which it is. */
export async function openCommandDatabase(
  optionsOf: DatabaseOptionsOf,
  flags: FolderFlags,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<CliDatabase & { target: DatabaseTarget }> {
  const config = loadConfig();
  const target = chooseDatabase(flags, { uri: config.NEO4J_URI, database: config.NEO4J_DATABASE });
  stderr.write(`${describeTarget(target)}\n`);
  // Quieter than the server: a command's own lines are what a person reads.
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', fd: 2, format: config.ESTATE_LOG_FORMAT });
  const options = optionsOf(config, target.kind === 'uri' ? '' : target.dataDir);
  if (target.kind === 'uri') {
    await reachNeo4jUri(
      { uri: target.uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD },
      config.ESTATE_NEO4J_WAIT_SECONDS,
      (line) => stderr.write(`${line}\n`),
    );
  }
  const db = await openDatabase(
    target.kind === 'running'
      ? { ...options, uri: target.uri }
      : // A command's own embedded Neo4j is private to it: any free Bolt port will do.
        { ...options, boltPort: target.kind === 'own' ? 0 : options.boltPort },
    logger,
  );
  return { executor: db.executor, close: () => db.close(), target };
}

/** The real process: logs on stderr so stdout stays clean for CSV and tokens. */
export function processContext(optionsOf: DatabaseOptionsOf, flags: FolderFlags): CliContext {
  return {
    openDatabase: () => openCommandDatabase(optionsOf, flags),
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
