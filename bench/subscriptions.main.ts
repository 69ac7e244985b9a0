/**
 * The subscription scenario on its own, without seeding an estate or
 * starting the peer: on a throwaway embedded Neo4j (or NEO4J_URI), for a
 * quick figure while the full bench's store is busy.
 *
 *   npx ts-node --transpile-only bench/subscriptions.main.ts   (or node dist/bench/subscriptions.main.js)
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedNeo4j } from '../graph/platform/embedded/embedded';
import { createDriver, Executor } from '../graph/platform/executor';
import { migrate } from '../graph/platform/migrations';
import { startApp } from '../server/app';
import { OPEN_SETTINGS } from '../server/access/security';
import type { BenchContext } from './context';
import { estateApi } from './context';
import { subscriptionsScenario } from './scenarios/changelog/subscriptions.scenario';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const dataDir = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'estate-sub-bench-'));
  const neo4j = dataDir ? await startEmbeddedNeo4j({ dataDir, boltPort: 0, heap: '1g', pageCache: '256m' }) : undefined;
  const driver = createDriver({
    uri: neo4j?.uri ?? process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
  });
  const executor = new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 60_000 });
  try {
    await migrate(executor);
    const app = await startApp({
      executor,
      logger: pino({ level: 'warn' }),
      port: 0,
      host: '127.0.0.1',
      introspection: false,
      maxBody: '1mb',
      security: OPEN_SETTINGS,
    });
    try {
      const ctx = { api: estateApi(app), executor, driver, log } as unknown as BenchContext;
      log(`load average ${loadavg()[0].toFixed(1)} before`);
      const result = await subscriptionsScenario.run(ctx, { runs: 1, warmup: 0, maxSeconds: 20 });
      const e = result.estate;
      console.log(`${result.name}: median ${e.median.toFixed(0)} ms, p95 ${e.p95?.toFixed(0)} ms over ${e.samples}`);
      for (const note of result.notes) console.log(`- ${note}`);
      for (const warning of result.warnings) console.log(`⚠ ${warning}`);
      log(`load average ${loadavg()[0].toFixed(1)} after`);
    } finally {
      await app.stop();
    }
  } finally {
    await driver.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(`bench: ${error.stack ?? error.message}`);
      process.exit(1);
    },
  );
}
