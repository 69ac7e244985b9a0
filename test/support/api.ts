/**
 * A real Estate server for one test file: HTTP and WebSocket on a free
 * port, over the test run's Neo4j, with the generated SDK pointed at it.
 */
import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import { createDriver, Executor } from '../../graph/executor';
import { startApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { getSdk } from '../../sdk/generated';

export interface TestApi {
  app: RunningApp;
  sdk: ReturnType<typeof getSdk>;
  client: GraphQLClient;
  /** Direct access for seeding and for re-reading the graph behind the API's back. */
  executor: Executor;
  stop(): Promise<void>;
}

export async function startTestApi(): Promise<TestApi> {
  const driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
  });
  const executor = new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 30_000 });
  const app = await startApp({
    executor,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: true,
    maxBody: '1mb',
  });
  const client = new GraphQLClient(app.url, { errorPolicy: 'all' });
  return {
    app,
    client,
    sdk: getSdk(client),
    executor,
    stop: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

/** Empty the graph but keep the schema: each test file starts from nothing. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.writeTx('test.reset', async (tx) => {
    await tx.run('MATCH (n) WHERE n:CI OR n:Change DETACH DELETE n');
    await tx.run("MATCH (s:Sequence {name: 'change'}) SET s.value = 0");
  });
}

/** Run a Cypher read directly against the graph. */
export function cypher(executor: Executor, query: string, params: Record<string, unknown> = {}) {
  return executor.read('test.cypher', query, params);
}
