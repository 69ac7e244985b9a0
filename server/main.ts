/**
 * The `estate` command line: `serve` (the default, what `npm start` runs),
 * `seed`, `import`, `export` and `token`. Every command accepts `--demo` and
 * `--data-dir DIR` (server/data.folder.ts: which database), says which
 * database it used, and on failure prints one line that names the cause and
 * what to change, then exits non-zero.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { Logger } from 'pino';
import { runningEmbeddedNeo4j } from '../graph/platform/embedded/embedded';
import { restartLimitFromEnv } from '../graph/platform/embedded/supervisor';
import { targetPolicyFromEnv } from '../graph/changelog/webhooks.targets';
import { loadConfig } from './config';
import type { Config } from './config';
import { chooseDataDir, folderFlagsOf, markServer, projectRoot, runningServer } from './data.folder';
import type { FolderFlags } from './data.folder';
import { openDatabase } from './database';
import type { Database } from './database';
import type { RunningApp } from './app';
import type { EstateSize } from './demo/estate.generator';
import { openCommandDatabase, processContext } from './cli/cli.database';
import { registerExportCommand } from './cli/export.command';
import { registerImportCommands } from './cli/import.command';
import { registerNeo4jCommands, stopWarmNeo4j } from './cli/neo4j.command';
import { readWarmLease } from '../graph/platform/embedded/warm';
import {
  adviseAdminToken,
  announceBootstrapToken,
  registerTokenCommands,
  tokenCreateCommand,
} from './cli/token.command';
import type { TokenScope } from './cli/token.command';
import { createLogger } from './logging';
import { reachNeo4jUri } from './neo4j.reach';
import { securityFromEnv } from './access/security';

const SIZES = ['tiny', 'small', 'medium', 'large'];
/** Longest a graceful shutdown may take before the process exits regardless (a second Ctrl-C exits at once). */
const SHUTDOWN_DEADLINE_MS = 15_000;

function databaseOptions(config: Config, dataDir: string) {
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    dataDir,
    boltPort: config.NEO4J_BOLT_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    txTimeoutMs: config.ESTATE_TX_TIMEOUT_MS,
  };
}

/** The version in the project's package.json. */
export function estateVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Whether nothing listens on host:port (probed by listening on it and closing again). */
function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function portInUse(port: number, fromFlag: boolean, dataDir: string): string {
  const server = runningServer(dataDir);
  const holder = server ? `by the Estate server at ${server.url} (pid ${server.pid})` : 'by another process';
  return fromFlag
    ? `--port ${port} is in use ${holder}; use another --port or stop it`
    : `PORT ${port} is in use ${holder}; set PORT=... (or --port ...) or stop it`;
}

async function serve(opts: { port?: string }, flags: FolderFlags): Promise<void> {
  const config = loadConfig();
  const security = securityFromEnv();
  const logger = createLogger({ level: config.LOG_LEVEL, fd: 1, format: config.ESTATE_LOG_FORMAT });
  if (config.NEO4J_URI && (flags.demo || flags.dataDir)) {
    throw new Error(`${flags.demo ? '--demo' : '--data-dir'} uses its own embedded Neo4j; unset NEO4J_URI to use it`);
  }
  // The demo estate lives in a data folder of its own, never in the user's.
  const { dataDir, demo } = chooseDataDir(flags);
  const port = opts.port === undefined ? config.PORT : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${opts.port}: use 0..65535`);
  // Checked before Neo4j's slow start, so a taken port costs a second, not a minute.
  if (port !== 0 && !(await portIsFree(config.HOST, port)))
    throw new Error(portInUse(port, opts.port !== undefined, dataDir));
  if (config.NEO4J_URI) {
    await reachNeo4jUri(
      { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD },
      config.ESTATE_NEO4J_WAIT_SECONDS,
      (line) => process.stderr.write(`${line}\n`),
    );
  } else {
    // A warm Neo4j a command left is stopped, so the server runs (and supervises) its own on the store.
    const warm = readWarmLease(dataDir);
    if (warm) {
      const said = await stopWarmNeo4j(dataDir, warm, { flags: folderFlagsOf({ kind: 'own', dataDir, demo }) });
      logger.info({ pid: warm.pid }, `${said}, to serve the folder with a Neo4j of its own`);
    }
    const running = runningEmbeddedNeo4j(dataDir);
    if (running) {
      const server = runningServer(dataDir);
      throw new Error(
        `the embedded Neo4j of ${dataDir} is already running (${running}, started by ${server ? `the Estate server at ${server.url}, pid ${server.pid}` : 'another estate command'}): stop that first, or serve another folder with --data-dir DIR`,
      );
    }
  }
  // Only the server supervises its embedded Neo4j; short-lived commands just fail.
  const db = await openDatabase(
    { ...databaseOptions(config, dataDir), restarts: restartLimitFromEnv(process.env) },
    logger,
  );
  const scope: TokenScope = db.embedded
    ? { where: `the data folder ${dataDir}`, flags: folderFlagsOf({ kind: 'own', dataDir, demo }) }
    : { where: `NEO4J_URI=${db.uri}`, flags: '' };
  let app: RunningApp;
  try {
    if (demo) await loadDemo(db, logger);
    // Loaded here, not at the top: the API (Apollo, type-graphql, express) is ~20 MB of a CLI command's RSS.
    const { startApp } = await import('./app');
    app = await startApp({
      executor: db.executor,
      logger,
      port,
      host: config.HOST,
      introspection: config.ESTATE_INTROSPECTION === 'true',
      maxBody: config.ESTATE_MAX_BODY,
      security,
      // Uploads and import reports stay private to this data folder (0700), with a retention.
      importDir: join(dataDir, 'imports'),
      liveness: () => db.liveness(),
      // Webhooks deliver to public addresses only, unless ESTATE_WEBHOOK_ALLOW_PRIVATE / _ALLOW_HOSTS say otherwise.
      changes: { webhooks: { targets: targetPolicyFromEnv(process.env) } },
    });
  } catch (error) {
    await db.close();
    // Taken between the probe and the listen.
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(portInUse(port, opts.port !== undefined, dataDir));
    throw error;
  }
  const unmark = db.embedded ? markServer(dataDir, { pid: process.pid, url: app.url }) : () => undefined;
  // Token lines before the "serves" line, so the line a person waits for comes last.
  if (!security.auth.enabled) {
    logger.warn('ESTATE_AUTH=off: every caller is the local admin; never run like this in production');
  } else {
    const made = db.embedded ? await announceBootstrapToken(db.executor, process.stdout, scope) : false;
    if (!made && (await adviseAdminToken(db.executor, process.stdout, scope))) {
      console.log(
        `Tokens belong to ${scope.where}; another data folder (or --demo) has its own. New one: ${tokenCreateCommand(scope)}`,
      );
    } else if (made) {
      console.log(`This token works only with ${scope.where}: each data folder (and --demo) has its own tokens.`);
    }
  }
  console.log(
    `Estate serves GraphQL at ${app.url} (WebSocket ${app.wsUrl}) on ${db.embedded ? `the embedded Neo4j of ${dataDir} (${db.uri})` : `NEO4J_URI=${db.uri}`}; Ctrl-C stops it`,
  );
  const running = app;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C: the person does not want to wait (the embedded Neo4j is told to stop on exit).
      logger.warn({ signal }, 'stopping now without waiting');
      process.exit(130);
    }
    stopping = true;
    logger.info(
      { signal },
      `stopping: the API, then Neo4j (${signal === 'SIGINT' ? 'Ctrl-C again' : 'SIGINT'} to exit at once)`,
    );
    setTimeout(() => {
      logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const started = Date.now();
    await running
      .stop()
      .catch((error: Error) => logger.warn({ reason: error.message }, 'the API did not stop cleanly'));
    logger.info({ ms: Date.now() - started }, 'API stopped');
    unmark();
    await db.close().catch((error: Error) => logger.warn({ reason: error.message }, 'Neo4j did not stop cleanly'));
    logger.info(
      { ms: Date.now() - started },
      db.embedded ? 'embedded Neo4j stopped; bye' : 'Neo4j connection closed; bye',
    );
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

async function loadDemo(db: Database, logger: Logger): Promise<void> {
  const rows = await db.executor.read('demo', 'MATCH (n:CI) RETURN count(n) AS n');
  if ((rows[0].n as number) > 0) return;
  const { generateEstate } = await import('./demo/estate.generator');
  const { seedEstate } = await import('./demo/seed');
  const result = await seedEstate(db.executor, generateEstate('small', 42));
  logger.info(result, 'loaded the demo estate');
}

async function seed(opts: { size: string; seed: string; clear?: boolean }, flags: FolderFlags): Promise<void> {
  const db = await openCommandDatabase(databaseOptions, flags);
  const { generateEstate } = await import('./demo/estate.generator');
  const { clearEstate, seedEstate } = await import('./demo/seed');
  try {
    if (opts.clear) await clearEstate(db.executor);
    const estate = generateEstate(opts.size as EstateSize, Number(opts.seed));
    const result = await seedEstate(db.executor, estate, {
      onProgress: (done, total) => process.stderr.write(`\rseeding ${done}/${total}`),
    });
    process.stderr.write('\n');
    console.log(
      `seeded the ${opts.size} estate: ${result.nodes} CIs, ${result.relationships} relationships in ${(result.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.close();
  }
}

export function cli(): Command {
  const program = new Command('estate')
    .description('Estate: a GraphQL CMDB on Neo4j')
    .version(estateVersion(), '-V, --version', 'print the version')
    // Global: accepted before or after any command, e.g. `estate token create --demo ...`.
    .option('--demo', "use the demo estate's database (.estate/demo in the project; `serve --demo` fills it)")
    .option(
      '--data-dir <dir>',
      'use the embedded Neo4j of this data folder (default: ESTATE_DATA_DIR, else .estate/data in the project)',
    );
  const flags = (): FolderFlags => program.opts<FolderFlags>();
  program
    .command('serve', { isDefault: true })
    .description('serve the GraphQL API (embedded Neo4j unless NEO4J_URI is set; --demo: a small demo estate)')
    .option('--port <port>', 'HTTP port (default PORT or 4000)')
    .action((opts: { port?: string }) => serve(opts, flags()));
  program
    .command('seed')
    .description('write a generated estate into the database')
    .addOption(new Option('--size <size>', 'estate size').choices(SIZES).default('small'))
    .option('--seed <n>', 'random seed', '42')
    .option('--clear', 'delete every CI first')
    .action((opts: { size: string; seed: string; clear?: boolean }) => seed(opts, flags()));
  registerImportCommands(program, () => processContext(databaseOptions, flags()));
  registerExportCommand(program, () => processContext(databaseOptions, flags()));
  registerTokenCommands(program, () => processContext(databaseOptions, flags()));
  registerNeo4jCommands(program, flags);
  return program;
}

/** Run the command line; a failure is one line on stderr and exit code 1 (bin/estate.js calls this). */
export function main(argv: readonly string[] = process.argv): void {
  cli()
    .parseAsync(argv)
    .catch((error: Error) => {
      console.error(`estate: ${error.message}`);
      process.exit(1);
    });
}

if (require.main === module) main();
