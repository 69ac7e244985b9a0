/**
 * The change feed polls the log quickly only while someone follows it. With
 * nobody subscribed it reads the log at its idle rhythm (here one minute), so
 * an idle server does not query Neo4j twenty times a second; a subscriber
 * makes it poll quickly at once (a change written through another instance
 * reaches it in well under the idle interval) and its leaving makes it idle
 * again. A subscriber without a cursor starts at the log's head as read when
 * it subscribes, however stale the idle feed's own head is. A health watcher
 * and a webhook held by this instance make it poll quickly too.
 */
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { RunningApp } from '../server/app';
import type { Executor } from '../graph/executor';
import { OnChangesDocument, OnServiceHealthChangedDocument } from '../sdk/generated';
import type { OnChangesSubscription, OnServiceHealthChangedSubscription } from '../sdk/generated';
import { resetGraph, testDriver, testExecutor } from './support/api';
import { startInstance, until } from './support/instances';
import { ok } from './support/expect';
import { WsTestClient } from './support/ws';

jest.setTimeout(60_000);

const POLL_MS = 20;
/** Far longer than the test: an idle feed does not poll again while it runs. */
const IDLE_POLL_MS = 60_000;
/** How long the log reads are counted. */
const WINDOW_MS = 600;
/** A long lease keeps the webhook dispatcher's renewals (writes) from waking the feed. */
const LEASE_MS = 600_000;

let driver: Driver;
const apps: RunningApp[] = [];
const clients: WsTestClient[] = [];

/** An instance whose feed polls every 20 ms while followed and every minute while not, its log reads counted. */
async function countedInstance() {
  const executor = testExecutor(driver);
  const reads = countLogReads(executor);
  const feed = { pollMs: POLL_MS, idlePollMs: IDLE_POLL_MS };
  const instance = await startInstance(executor, {
    feed,
    // Its webhook points at 127.0.0.1, allowed only with private targets.
    webhooks: { leaseMs: LEASE_MS, targets: { allowPrivate: true, allowHosts: [] } },
  });
  apps.push(instance.app);
  return { ...instance, reads };
}

/** Counts the feed's reads of the log through this executor. */
function countLogReads(executor: Executor): { count: number } {
  const reads = { count: 0 };
  const read = executor.read.bind(executor);
  jest.spyOn(executor, 'read').mockImplementation((op, query, params) => {
    if (op === 'changes.read') reads.count += 1;
    return read(op, query, params);
  });
  return reads;
}

/** Log reads during WINDOW_MS from now. */
async function readsInWindow(reads: { count: number }): Promise<number> {
  const before = reads.count;
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  return reads.count - before;
}

async function connect(app: RunningApp): Promise<WsTestClient> {
  const client = await WsTestClient.connect(app.wsUrl, 5_000, {});
  clients.push(client);
  return client;
}

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(testExecutor(driver));
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(apps.map((app) => app.stop()));
  await driver.close();
});

it('polls the log only at its idle rhythm while nobody follows it, quickly while someone does', async () => {
  const here = await countedInstance();
  const elsewhere = await countedInstance();
  await new Promise((resolve) => setTimeout(resolve, 100)); // the first poll after start
  expect(await readsInWindow(here.reads)).toBe(0);

  const client = await connect(here.app);
  client.subscribe('live', print(OnChangesDocument));
  await until(() => here.app.services.feed.subscriberCount === 1);
  // At 20 ms a poll, about 30 in the window; a loaded machine still manages several.
  expect(await readsInWindow(here.reads)).toBeGreaterThan(5);

  // A change written through the other instance (which does not notify this feed) arrives at the quick
  // rhythm, not after the idle minute.
  ok(await elsewhere.sdk.CreateItem({ input: { class: 'Team', id: 'idle-elsewhere', name: 'idle-elsewhere' } }));
  const got = await client.take<OnChangesSubscription>('live', 1, 5_000);
  expect(got.map((d) => [d.changes.op, d.changes.ciId])).toEqual([['CREATE', 'idle-elsewhere']]);

  client.complete('live');
  await until(() => here.app.services.feed.subscriberCount === 0);
  await new Promise((resolve) => setTimeout(resolve, 100)); // the poll already scheduled
  expect(await readsInWindow(here.reads)).toBe(0);
});

it("starts a subscriber without a cursor at the log's head, not at an idle feed's stale one", async () => {
  const here = await countedInstance();
  const elsewhere = await countedInstance();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const staleHead = here.app.services.feed.head;

  // Written through the other instance before anyone subscribes here: this idle feed does not see it.
  ok(await elsewhere.sdk.CreateItem({ input: { class: 'Team', id: 'before-subscribing', name: 'before' } }));
  expect(here.app.services.feed.head).toBe(staleHead);

  const client = await connect(here.app);
  client.subscribe('live', print(OnChangesDocument));
  await until(() => here.app.services.feed.subscriberCount === 1);
  ok(await elsewhere.sdk.CreateItem({ input: { class: 'Team', id: 'after-subscribing', name: 'after' } }));
  const got = await client.take<OnChangesSubscription>('live', 1, 5_000);
  expect(got.map((d) => d.changes.ciId)).toEqual(['after-subscribing']);
  await client.expectSilence('live', 300);
});

it("polls quickly while a service's health is watched here, or a webhook is held here, and idly after", async () => {
  const here = await countedInstance();
  ok(await here.sdk.CreateItem({ input: { class: 'BusinessService', id: 'idle-svc', name: 'idle-svc' } }));
  await new Promise((resolve) => setTimeout(resolve, 100)); // the poll the write asked for
  expect(await readsInWindow(here.reads)).toBe(0);

  // A health watch is no change stream: only its listener's wish makes the feed quick.
  const client = await connect(here.app);
  client.subscribe('health', print(OnServiceHealthChangedDocument), { serviceId: 'idle-svc' });
  await client.take<OnServiceHealthChangedSubscription>('health', 1, 5_000);
  expect(await readsInWindow(here.reads)).toBeGreaterThan(5);
  client.complete('health');
  await new Promise((resolve) => setTimeout(resolve, 300)); // the watch ends, the poll already scheduled runs
  expect(await readsInWindow(here.reads)).toBe(0);

  // A webhook registered here is leased by this instance's dispatcher, which follows the feed while it holds it.
  const { webhook } = ok(
    await here.sdk.RegisterWebhook({ input: { url: 'http://127.0.0.1:9/hook', filter: { classes: ['Team'] } } }),
  ).registerWebhook;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await readsInWindow(here.reads)).toBeGreaterThan(5);
  ok(await here.sdk.DeleteWebhook({ id: webhook.id }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await readsInWindow(here.reads)).toBe(0);
});
