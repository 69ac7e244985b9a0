/** Estate servers started inside a test, for tests that need two instances on one Neo4j. */
import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import type { Executor } from '../../graph/platform/executor';
import { startApp } from '../../server/app';
import type { AppOptions, RunningApp } from '../../server/app';
import { getSdk } from '../../sdk/generated';

export interface Instance {
  app: RunningApp;
  executor: Executor;
  sdk: ReturnType<typeof getSdk>;
}

/**
 * An Estate server on `executor` (give it its own, `testExecutor(driver)`, for its own commit listeners),
 * with open settings and the given change-feed and webhook tuning. The caller stops it.
 */
export async function startInstance(executor: Executor, changes?: AppOptions['changes']): Promise<Instance> {
  const app = await startApp({
    executor,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: true,
    maxBody: '1mb',
    changes,
  });
  return { app, executor, sdk: getSdk(new GraphQLClient(app.url, { errorPolicy: 'all' })) };
}

/** Waits until `condition` holds, checking every 10 ms; fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
