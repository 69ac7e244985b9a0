/** Stops the test run's embedded Neo4j and removes its data. */
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__ESTATE_NEO4J__;
  if (!started?.neo4j) return;
  await started.neo4j.stop();
  if (started.dataDir) rmSync(started.dataDir, { recursive: true, force: true });
}
