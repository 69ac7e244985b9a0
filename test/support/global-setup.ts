/**
 * Starts one throwaway embedded Neo4j per jest worker (unless NEO4J_URI
 * points at one database, which every worker then shares one file at a
 * time) and applies the migrations. Each worker finds its own through
 * ESTATE_TEST_NEO4J_URI_<worker id>, which test/support/worker-neo4j.ts
 * turns into NEO4J_URI before a test file loads. A Neo4j per worker, not a
 * shared graph with per-file id prefixes, because tests assert whole-graph
 * facts: the change log's gap-free sequence, counts of Change nodes, a reset.
 *
 * Jest calls this once per project that runs tests (integration, slow); the
 * second call finds the instances already started in this process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../../graph/platform/embedded/embedded';
import type { EmbeddedNeo4j } from '../../graph/platform/embedded/embedded';
import { createDriver, Executor } from '../../graph/platform/executor';
import { migrate } from '../../graph/platform/migrations';

declare global {
  var __ESTATE_NEO4J__: { started: { neo4j: EmbeddedNeo4j; dataDir: string }[] } | undefined;
}

interface JestGlobalConfig {
  maxWorkers: number;
}

export const workerUriVariable = (worker: number | string) => `ESTATE_TEST_NEO4J_URI_${worker}`;

async function startOne(worker: number): Promise<{ neo4j: EmbeddedNeo4j; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), `estate-test-w${worker}-`));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: 0,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 300_000,
  });
  process.env[workerUriVariable(worker)] = neo4j.uri;
  return { neo4j, dataDir };
}

async function migrateAt(uri: string): Promise<void> {
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    await migrate(new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 60_000 }));
  } finally {
    await driver.close();
  }
}

export default async function globalSetup(config: JestGlobalConfig): Promise<void> {
  if (globalThis.__ESTATE_NEO4J__) return;
  if (process.env.NEO4J_URI) {
    globalThis.__ESTATE_NEO4J__ = { started: [] };
    await migrateAt(process.env.NEO4J_URI);
    return;
  }
  const workers = Array.from({ length: Math.max(1, config.maxWorkers) }, (_, i) => i + 1);
  const started = await Promise.all(workers.map(startOne));
  globalThis.__ESTATE_NEO4J__ = { started };
  await Promise.all(started.map(({ neo4j }) => migrateAt(neo4j.uri)));
}
