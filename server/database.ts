/**
 * Reaching Neo4j: the server named by NEO4J_URI, or else the embedded one
 * this project starts itself. Either way the result is a driver that
 * answered, an Executor, and migrations applied.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { runningEmbeddedNeo4j, startEmbeddedNeo4j } from '../graph/platform/embedded/embedded';
import type { EmbeddedOptions } from '../graph/platform/embedded/embedded';
import { Neo4jSupervisor } from '../graph/platform/embedded/supervisor';
import type { Liveness } from '../graph/platform/embedded/supervisor';
import { createDriver, Executor } from '../graph/platform/executor';
import { migrate } from '../graph/platform/migrations';

export interface DatabaseOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  txTimeoutMs: number;
  /** Use the embedded Neo4j a running Estate already serves from this data folder (short-lived commands). */
  shareRunning?: boolean;
  /**
   * Restart a crashed embedded Neo4j, giving up after this many consecutive failed restarts
   * (ESTATE_NEO4J_RESTARTS; the server sets it). Unset: not supervised (short-lived commands).
   */
  restarts?: number;
  /**
   * Leave the embedded Neo4j this starts running, detached, until it has idled this long (a short-lived
   * command's warm Neo4j, graph/platform/embedded/warm.ts); close() then leaves it up. 0 or unset: stop it.
   */
  keepWarmMs?: number;
}

export interface Database {
  driver: Driver;
  executor: Executor;
  /** bolt URI in use (embedded or external). */
  uri: string;
  embedded: boolean;
  /** The warm Neo4j this call started and leaves running (keepWarmMs), and how long its start took. */
  startedWarm?: { pid: number; ms: number };
  /** False, with the reason, once a crashed embedded Neo4j cannot be restarted (/healthz). */
  liveness(): Liveness;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions, logger: Logger): Promise<Database> {
  let uri = options.uri;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let liveness = (): Liveness => ({ alive: true });
  let startedWarm: Database['startedWarm'];
  if (!uri && options.shareRunning) {
    uri = runningEmbeddedNeo4j(options.dataDir);
    if (uri) logger.info({ uri }, 'using the embedded Neo4j a running Estate serves from this data folder');
  }
  if (!uri) {
    logger.info({ dataDir: options.dataDir }, 'NEO4J_URI is unset: starting the embedded Neo4j');
    const embeddedOptions: EmbeddedOptions = {
      dataDir: options.dataDir,
      boltPort: options.boltPort,
      heap: options.heap,
      pageCache: options.pageCache,
      log: (line) => logger.info(line),
    };
    const started = Date.now();
    const embedded = await startEmbeddedNeo4j({ ...embeddedOptions, keepWarmMs: options.keepWarmMs });
    uri = embedded.uri;
    // A warm one stays when this process closes: its idle deadline stops it.
    if (options.keepWarmMs) startedWarm = { pid: embedded.pid, ms: Date.now() - started };
    else stopEmbedded = () => embedded.stop();
    if (options.restarts !== undefined) {
      // Same folder, same port: the driver below keeps its URI and reconnects by itself.
      const supervisor = new Neo4jSupervisor(
        embedded,
        () => startEmbeddedNeo4j({ ...embeddedOptions, boltPort: embedded.port }),
        { restarts: options.restarts, log: logger },
      );
      stopEmbedded = () => supervisor.stop();
      liveness = () => supervisor.liveness();
    }
  }
  const driver = createDriver({ uri, user: options.user, password: options.password });
  try {
    await waitForNeo4j(driver, logger);
    const executor = new Executor(driver, { database: options.database, timeoutMs: options.txTimeoutMs });
    await migrate(executor, (line) => logger.info(line));
    return {
      driver,
      executor,
      uri,
      embedded: stopEmbedded !== undefined || startedWarm !== undefined,
      startedWarm,
      liveness,
      close: async () => {
        await driver.close();
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await driver.close();
    await stopEmbedded?.();
    throw error;
  }
}

/** Retry with backoff while Neo4j comes up; give up with a clear message after ~1 minute. */
async function waitForNeo4j(driver: Driver, logger: Logger, attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (attempt >= attempts) {
        throw new Error(`Neo4j did not answer after ${attempts} attempts: ${(error as Error).message}`);
      }
      const delay = Math.min(500 * 2 ** (attempt - 1), 8000);
      logger.warn({ attempt, retryInMs: delay, reason: (error as Error).message }, 'Neo4j not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
