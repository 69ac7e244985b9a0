/**
 * A committed write wakes the change feed at once (server/app.ts wires
 * executor.onCommit to feed.notify): with a feed that polls only every
 * 20 s, a subscriber still gets a mutation's change within a few seconds.
 * A control shows the long poll interval holds: a change committed through
 * another instance (whose commit listeners are not this feed's) does not
 * arrive until this instance's own next commit wakes its feed.
 */
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { RunningApp } from '../../server/app';
import { OnChangesDocument } from '../../sdk/generated';
import type { OnChangesSubscription } from '../../sdk/generated';
import { resetGraph, testDriver, testExecutor } from '../support/api';
import { startInstance, until } from '../support/instances';
import { ok } from '../support/expect';
import { WsTestClient } from '../support/ws';

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

/** An instance with a slow-polling feed: only a commit notification can wake it in time. */
async function slowInstance() {
  const instance = await startInstance(testExecutor(driver), {
    feed: { pollMs: POLL_MS },
    webhooks: { leaseMs: LEASE_MS },
  });
  apps.push(instance.app);
  return instance;
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

it(`delivers a mutation's change to a subscriber at once, not at the feed's next ${POLL_MS} ms poll`, async () => {
  const here = await slowInstance();
  const elsewhere = await slowInstance();
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
