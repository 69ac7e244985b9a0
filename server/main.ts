/**
 * The `estate` command line: `serve` (the default, what `npm start` runs)
 * and `seed`. Every command prints one clear line and exits non-zero when
 * something it needs is missing.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import pino from 'pino';
import { loadConfig } from './config';
import type { Config } from './config';
import { openDatabase } from './database';
import type { Database } from './database';
import type { EstateSize } from '../graph/seed/estate.generator';
import { processContext } from './cli/cli.database';
import { registerExportCommand } from './cli/export.command';
import { registerImportCommands } from './cli/import.command';
import { announceBootstrapToken, registerTokenCommands } from './cli/token.command';
import { securityFromEnv } from './security';

const SIZES = ['tiny', 'small', 'medium', 'large'];
/** Longest a graceful shutdown may take before the process exits regardless. */
const SHUTDOWN_DEADLINE_MS = 30_000;

function databaseOptions(config: Config, dataDir = config.ESTATE_DATA_DIR) {
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

async function serve(opts: { demo?: boolean; port?: string }): Promise<void> {
  const config = loadConfig();
  const security = securityFromEnv();
  const logger = pino({ level: config.LOG_LEVEL });
  // The demo estate lives in a data folder of its own, never in the user's.
  const dataDir = opts.demo ? join(process.cwd(), '.estate', 'demo') : config.ESTATE_DATA_DIR;
  if (opts.demo && config.NEO4J_URI) throw new Error('--demo uses its own embedded Neo4j; unset NEO4J_URI to use it');
  const db = await openDatabase(databaseOptions(config, dataDir), logger);
  if (opts.demo) await loadDemo(db, logger);
  // Loaded here, not at the top: the API (Apollo, type-graphql, express) is ~20 MB of a CLI command's RSS.
  const { startApp } = await import('./app');
  const app = await startApp({
    executor: db.executor,
    logger,
    port: opts.port ? Number(opts.port) : config.PORT,
    host: config.HOST,
    introspection: config.ESTATE_INTROSPECTION === 'true',
    maxBody: config.ESTATE_MAX_BODY,
    security,
  });
  // The first admin token (made once) before the "serves" line, so the line a person waits for comes last.
  if (!security.auth.enabled)
    logger.warn('ESTATE_AUTH=off: every caller is the local admin; never run like this in production');
  else if (db.embedded) await announceBootstrapToken(db.executor);
  console.log(
    `Estate serves GraphQL at ${app.url} (WebSocket ${app.wsUrl})${db.embedded ? ` on the embedded Neo4j at ${db.uri}` : ''}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Draining waits up to 10 s for in-flight requests; past this deadline, exit anyway (the embedded
    // Neo4j child is told to stop on exit and when its stdin closes).
    setTimeout(() => {
      logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const started = Date.now();
    await app.stop();
    logger.info({ ms: Date.now() - started }, 'API stopped');
    await db.close();
    logger.info({ ms: Date.now() - started }, 'Neo4j connection closed; bye');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function loadDemo(db: Database, logger: pino.Logger): Promise<void> {
  const rows = await db.executor.read('demo', 'MATCH (n:CI) RETURN count(n) AS n');
  if ((rows[0].n as number) > 0) return;
  const { generateEstate } = await import('../graph/seed/estate.generator');
  const { seedEstate } = await import('../graph/seed/seed');
  const result = await seedEstate(db.executor, generateEstate('small', 42));
  logger.info(result, 'loaded the demo estate');
}

async function seed(opts: { size: string; seed: string; clear?: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const db = await openDatabase(databaseOptions(config), logger);
  const { generateEstate } = await import('../graph/seed/estate.generator');
  const { clearEstate, seedEstate } = await import('../graph/seed/seed');
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
  const program = new Command('estate').description('Estate: a GraphQL CMDB on Neo4j');
  program
    .command('serve', { isDefault: true })
    .description('serve the GraphQL API (embedded Neo4j unless NEO4J_URI is set)')
    .option('--demo', 'serve a small demo estate from its own data folder')
    .option('--port <port>', 'HTTP port (default PORT or 4000)')
    .action(serve);
  program
    .command('seed')
    .description('write a generated estate into the database')
    .addOption(new Option('--size <size>', 'estate size').choices(SIZES).default('small'))
    .option('--seed <n>', 'random seed', '42')
    .option('--clear', 'delete every CI first')
    .action(seed);
  registerImportCommands(program, () => processContext(databaseOptions));
  registerExportCommand(program, () => processContext(databaseOptions));
  registerTokenCommands(program, () => processContext(databaseOptions));
  return program;
}

if (require.main === module) {
  cli()
    .parseAsync(process.argv)
    .catch((error: Error) => {
      console.error(`estate: ${error.message}`);
      process.exit(1);
    });
}
