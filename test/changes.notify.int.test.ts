/**
 * A committed write wakes the change feed at once (server/app.ts wires
 * executor.onCommit to feed.notify): with a feed that polls only every
 * 20 s, a subscriber still gets a mutation's change within a few seconds.
 * A control shows the long poll interval holds: a change committed through
 * another instance (whose commit listeners are not this feed's) does not
 * arrive until this instance's own next commit wakes its feed.
 */
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { startApp } from '../server/app';
import type { RunningApp } from '../server/app';
import { getSdk, OnChangesDocument } from '../sdk/generated';
import type { OnChangesSubscription } from '../sdk/generated';
import { resetGraph, testDriver, testExecutor } from './support/api';
import { ok } from './support/expect';
import { WsTestClient } from './support/ws';

jest.setTimeout(60_000);

/** The feed's poll interval: far longer than any wait below, so only a commit notification can deliver in time. */
const POLL_MS = 20_000;
/** How soon a notified change must arrive. */
const PROMPT_MS = 3_000;
/** How long the control waits for a change nobody told this feed about. */
const QUIET_MS = 1_500;
/**
 * The webhook dispatcher renews its leases every leaseMs / 3 (5 s by default) in a write transaction; with
 * an active webhook in the graph (another test's) that commit changes something and wakes the feed too; a
 * long lease keeps that from waking it during the test.
 */
const LEASE_MS = 600_000;

let driver: Driver;
const apps: RunningApp[] = [];
let client: WsTestClient | undefined;

/** An Estate server with its own Executor (so its own commit listeners), open settings and a slow-polling feed. */
async function startInstance() {
  const executor = testExecutor(driver);
  const app = await startApp({
    executor,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: true,
    maxBody: '1mb',
    changes: { feed: { pollMs: POLL_MS }, webhooks: { leaseMs: LEASE_MS } },
  });
  apps.push(app);
  return { app, executor, sdk: getSdk(new GraphQLClient(app.url, { errorPolicy: 'all' })) };
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(testExecutor(driver));
});

afterAll(async () => {
  await client?.close();
  await Promise.all(apps.map((app) => app.stop()));
  await driver.close();
});

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it(`delivers a mutation's change to a subscriber at once, not at the feed's next ${POLL_MS} ms poll`, async () => {
  const here = await startInstance();
  const elsewhere = await startInstance();
  client = await WsTestClient.connect(here.app.wsUrl, 5_000, {});
  // From now on (no cursor): live changes only, nothing replayed from the log.
  client.subscribe('live', print(OnChangesDocument));
  await until(() => here.app.services.feed.subscriberCount === 1);

  // Control: a commit through the other instance notifies its feed, not this one, and this feed's next poll
  // is 20 s away, so nothing arrives.
  ok(await elsewhere.sdk.CreateItem({ input: { class: 'Team', id: 'notify-elsewhere', name: 'notify-elsewhere' } }));
  await client.expectSilence('live', QUIET_MS);

  // A commit here wakes this feed at once; its poll reads everything after its head, the other change too.
  const started = performance.now();
  ok(await here.sdk.CreateItem({ input: { class: 'Team', id: 'notify-here', name: 'notify-here' } }));
  const got = await client.take<OnChangesSubscription>('live', 2, PROMPT_MS);
  const elapsed = performance.now() - started;
  expect(got.map((d) => [d.changes.op, d.changes.ciId])).toEqual([
    ['CREATE', 'notify-elsewhere'],
    ['CREATE', 'notify-here'],
  ]);
  expect(got[1].changes.seq).toBe(got[0].changes.seq + 1);
  expect(elapsed).toBeLessThan(PROMPT_MS);
});
