/**
 * What the short-lived commands (import, export, token, seed) need from the
 * process: the database a running server uses (server/data.folder.ts picks
 * it: NEO4J_URI, or the embedded Neo4j of the data folder that --demo,
 * --data-dir, ESTATE_DATA_DIR or the default names), opened the way `serve`
 * opens it, and the output streams. Every command says on stderr which
 * database it used. Tests pass their own context, pointed at the test Neo4j.
 *
 * With no server on the data folder, the first command starts its embedded
 * Neo4j and leaves it warm (ESTATE_NEO4J_KEEP_WARM, 15 min idle by default;
 * graph/platform/embedded/warm.ts), and the next ones use it: ~40 s once,
 * then about a second per command.
 */
import type { Executor } from '../../graph/platform/executor';
import { loadConfig } from '../config';
import type { Config } from '../config';
import {
  describeDuration,
  EXPIRING_MS,
  holdLease,
  keepWarmFromEnv,
  readWarmLease,
  stopWarm,
  WarmNeo4jTaken,
} from '../../graph/platform/embedded/warm';
import { chooseDatabase, describeTarget, folderFlagsOf } from '../data.folder';
import type { DatabaseTarget, FolderFlags } from '../data.folder';
import { openDatabase } from '../database';
import type { Database, DatabaseOptions } from '../database';
import type { WarmLease } from '../../graph/platform/embedded/warm';
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
  const keepWarmMs = keepWarmFromEnv(process.env);
  let target = chooseDatabase(flags, { uri: config.NEO4J_URI, database: config.NEO4J_DATABASE });
  if (target.kind === 'warm' && target.lease.deadline - Date.now() < EXPIRING_MS) {
    // About to stop itself for idling: stopping it now beats racing its shutdown.
    stderr.write(`estate: the warm Neo4j of ${target.dataDir} is stopping (idle): starting it again\n`);
    await stopWarm(target.dataDir, target.lease);
    target = { kind: 'own', dataDir: target.dataDir, demo: target.demo };
  }
  stderr.write(`${describeTarget(target, keepWarmMs)}\n`);
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
  // Held before connecting, so the warm Neo4j's deadline cannot pass while this command uses it.
  let release = target.kind === 'warm' ? holdLease(target.dataDir) : undefined;
  let db: Database;
  try {
    db = await openDatabase(
      target.kind === 'running' || target.kind === 'warm'
        ? { ...options, uri: target.uri }
        : // A command's own embedded Neo4j is private to it: any free Bolt port will do.
          { ...options, boltPort: target.kind === 'own' ? 0 : options.boltPort, keepWarmMs },
      logger,
    );
  } catch (error) {
    release?.();
    if (!(error instanceof WarmNeo4jTaken) || target.kind !== 'own') throw error;
    // Another command claimed the folder a moment ago: use its Neo4j (the driver waits until it is up).
    const lease = await leaseOf(target.dataDir);
    if (!lease) throw error;
    stderr.write(`estate: another estate command is starting Neo4j for ${target.dataDir}: using that one\n`);
    target = { kind: 'warm', dataDir: target.dataDir, uri: lease.uri, lease, demo: target.demo };
    release = holdLease(target.dataDir);
    db = await openDatabase({ ...options, uri: lease.uri }, logger).catch((e: unknown) => {
      release?.();
      throw e;
    });
  }
  if (db.startedWarm && target.kind !== 'uri') {
    release = holdLease(target.dataDir);
    stderr.write(
      `estate: started Neo4j for this folder in ${(db.startedWarm.ms / 1000).toFixed(1)} s (pid ${db.startedWarm.pid}, ${db.uri}; kept warm for ${describeDuration(keepWarmMs)}: \`estate neo4j stop${folderFlagsOf(target)}\` stops it)\n`,
    );
  }
  return {
    executor: db.executor,
    close: async () => {
      await db.close();
      release?.();
    },
    target,
  };
}

/** The lease another command has just claimed (its launcher's pid lands in it right after the claim). */
async function leaseOf(dataDir: string): Promise<WarmLease | undefined> {
  for (let i = 0; i < 20; i++) {
    const lease = readWarmLease(dataDir);
    if (lease) return lease;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/** The real process: logs on stderr so stdout stays clean for CSV and tokens. */
export function processContext(optionsOf: DatabaseOptionsOf, flags: FolderFlags): CliContext {
  return {
    openDatabase: () => openCommandDatabase(optionsOf, flags),
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
