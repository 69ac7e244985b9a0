/**
 * Starts one throwaway embedded Neo4j for the whole test run (unless
 * NEO4J_URI points at one) and applies the migrations. Test files reach it
 * through NEO4J_URI, which the workers inherit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../../graph/embedded/embedded';
import type { EmbeddedNeo4j } from '../../graph/embedded/embedded';
import { createDriver, Executor } from '../../graph/executor';
import { migrate } from '../../graph/migrations';

declare global {
  var __ESTATE_NEO4J__: { neo4j?: EmbeddedNeo4j; dataDir?: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(join(tmpdir(), 'estate-test-'));
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      boltPort: 0,
      heap: '1g',
      pageCache: '256m',
      startTimeoutMs: 300_000,
    });
    process.env.NEO4J_URI = neo4j.uri;
    globalThis.__ESTATE_NEO4J__ = { neo4j, dataDir };
  }
  const driver = createDriver({
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
  });
  try {
    await migrate(new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 60_000 }));
  } finally {
    await driver.close();
  }
}
