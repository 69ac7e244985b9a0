/**
 * A real Estate server for one test file: HTTP and WebSocket on a free
 * port, over the test run's Neo4j, with authentication on and the
 * generated SDK pointed at it, sending an admin token named `local` (so
 * changes are recorded under the actor `local`). `api.as(role)` gives
 * clients with tokens of other roles; WsTestClient sends the token in
 * connection_init.
 */
import { GraphQLClient } from 'graphql-request';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import type { Logger } from 'pino';
import { createDriver, Executor } from '../../graph/platform/executor';
import { START_NEW_EPOCH } from '../../graph/platform/changelog.writer';
import { createToken } from '../../graph/access/tokens';
import type { Role } from '../../graph/model/roles';
import { startApp } from '../../server/app';
import type { AppOptions, RunningApp } from '../../server/app';
import { securitySettings } from '../../server/access/security';
import type { AuthSettings } from '../../server/access/auth';
import type { LimitSettings } from '../../server/limits';
import { getSdk } from '../../sdk/generated';
import { WsTestClient } from './ws';

export interface TestApiOptions {
  /** Role of the default client's token (default admin). */
  role?: Role;
  /** Name of the default client's token, the actor of its changes (default `local`). */
  name?: string;
  /** Authentication settings (default: on, tokens remembered 0 ms so revocations bite at once). */
  auth?: Partial<AuthSettings>;
  /** Limits (default: the server's defaults, without a rate limit). */
  limits?: Partial<LimitSettings>;
  introspection?: boolean;
  maxBody?: string;
  logger?: Logger;
  /** Change feed and webhook tuning (e.g. webhook targets allowed on 127.0.0.1). */
  changes?: AppOptions['changes'];
}

/** An SDK client with a token of its own. */
export interface TestClient {
  token: string;
  client: GraphQLClient;
  sdk: ReturnType<typeof getSdk>;
}

export interface TestApi {
  app: RunningApp;
  sdk: ReturnType<typeof getSdk>;
  client: GraphQLClient;
  /** Direct access for seeding and for re-reading the graph behind the API's back. */
  executor: Executor;
  /** The default client's bearer token. */
  token: string;
  /** A client with a new token of this role (named `name`, default `test-<role>`). */
  as(role: Role, name?: string): Promise<TestClient>;
  stop(): Promise<void>;
}

/** A driver to the test Neo4j; close it when done. */
export function testDriver(): Driver {
  return createDriver({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
  });
}

/** How the API's executor is set up in tests. */
export const TEST_EXECUTOR_OPTIONS = { database: process.env.NEO4J_DATABASE, timeoutMs: 30_000 };

/** An executor over `driver`, set up as the API's is in tests. */
export function testExecutor(driver: Driver): Executor {
  return new Executor(driver, TEST_EXECUTOR_OPTIONS);
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const driver = testDriver();
  const executor = testExecutor(driver);
  const appOptions: AppOptions = {
    executor,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: options.introspection ?? true,
    maxBody: options.maxBody ?? '1mb',
    changes: options.changes,
    security: securitySettings({
      auth: { cacheMs: 0, ...options.auth },
      limits: { rateLimit: 0, ...options.limits },
    }),
  };
  const app = await startApp(appOptions);
  const clientWith = async (role: Role, name: string): Promise<TestClient> => {
    const { secret } = await createToken(executor, { name, role, createdBy: 'test' });
    const client = new GraphQLClient(app.url, { errorPolicy: 'all', headers: { authorization: `Bearer ${secret}` } });
    return { token: secret, client, sdk: getSdk(client) };
  };
  const main = await clientWith(options.role ?? 'admin', options.name ?? 'local');
  WsTestClient.defaultInitPayload = { authorization: `Bearer ${main.token}` };
  return {
    app,
    client: main.client,
    sdk: main.sdk,
    executor,
    token: main.token,
    as: (role, name = `test-${role}`) => clientWith(role, name),
    stop: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

/**
 * Node kinds the application and the tests create, which resetGraph clears.
 * Kept: `Migration` (the applied schema), `Sequence` counters (the change
 * sequence never goes back, as in production: running servers' change feeds
 * outlive a reset) and `ApiToken` (the test API's own admin token lives there,
 * made before the reset).
 */
export const RESET_LABELS = [
  'CI',
  'Change',
  'LifecycleEvent',
  'StockMovement',
  'Incident',
  'ImportJob',
  'Webhook',
  // The security model's nodes (graph/model/security.classes.ts).
  'Component',
  'Sbom',
  'Vulnerability',
  'VexStatement',
  'ReleaseCycle',
] as const;

/** Nodes deleted per reset transaction: one transaction for a big graph would pass Neo4j's transaction memory limit. */
const RESET_BATCH = 5000;

/** Empty the graph but keep the schema: each test file starts from nothing. */
export async function resetGraph(executor: Executor): Promise<void> {
  // Labels from the constant above, never from input.
  const batch = `MATCH (n) WHERE ${RESET_LABELS.map((l) => `n:${l}`).join(' OR ')}
    WITH n LIMIT ${RESET_BATCH} DETACH DELETE n RETURN count(*) AS deleted`;
  for (;;) {
    const [{ deleted }] = await executor.writeTx('test.reset', (tx) => tx.run(batch));
    if ((deleted as number) < RESET_BATCH) break;
  }
  await executor.writeTx('test.reset.epoch', (tx) => tx.run(START_NEW_EPOCH));
}

/** Run a Cypher read directly against the graph. */
export function cypher(executor: Executor, query: string, params: Record<string, unknown> = {}) {
  return executor.read('test.cypher', query, params);
}
