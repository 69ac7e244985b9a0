/** Stops the test run's embedded Neo4j instances (one per worker) and removes their data. */
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__ESTATE_NEO4J__;
  if (!run) return;
  globalThis.__ESTATE_NEO4J__ = undefined;
  await Promise.all(run.started.map(({ neo4j }) => neo4j.stop()));
  for (const { dataDir } of run.started) rmSync(dataDir, { recursive: true, force: true });
}
