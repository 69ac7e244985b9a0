/**
 * The change feed polls the log quickly only while someone follows it. With
 * nobody subscribed it reads the log at its idle rhythm (here one minute), so
 * an idle server does not query Neo4j twenty times a second; a subscriber
 * makes it poll quickly at once (a change written through another instance
 * reaches it in well under the idle interval) and its leaving makes it idle
 * again. A subscriber without a cursor starts at the log's head as read when
 * it subscribes, however stale the idle feed's own head is. A health watcher
 * and a webhook held by this instance make it poll quickly too.
 *
 * The counts are by behaviour with wide margins, not by a fixed window, so a
 * loaded machine does not fail them: quick means QUICK_READS reads arrive
 * within seconds (an idle feed makes at most one a minute), idle means at
 * most one read in a whole second once the poll already scheduled has run
 * (a quick feed makes about fifty).
 */
import { print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { RunningApp } from '../../server/app';
import type { Executor } from '../../graph/platform/executor';
import { OnChangesDocument, OnServiceHealthChangedDocument } from '../../sdk/generated';
import type { OnChangesSubscription, OnServiceHealthChangedSubscription } from '../../sdk/generated';
import { resetGraph, testDriver, testExecutor } from '../support/api';
import { startInstance, until } from '../support/instances';
import { ok } from '../support/expect';
import { WsTestClient } from '../support/ws';

jest.setTimeout(60_000);

const POLL_MS = 20;
/** Far longer than the test: an idle feed does not poll again while it runs. */
const IDLE_POLL_MS = 60_000;
/** Quick: this many log reads… */
const QUICK_READS = 10;
/** …within this long (nominally 200 ms at 20 ms a poll; an idle feed manages at most one). */
const QUICK_WITHIN_MS = 5_000;
/** Idle: time for a poll scheduled while followed to run, then a window that sees at most one read. */
const SETTLE_MS = 300;
const IDLE_WINDOW_MS = 1_000;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The feed polls quickly: QUICK_READS log reads arrive within QUICK_WITHIN_MS. */
async function expectQuick(reads: { count: number }): Promise<void> {
  const before = reads.count;
  const deadline = Date.now() + QUICK_WITHIN_MS;
  while (reads.count - before < QUICK_READS) {
    if (Date.now() > deadline) {
      throw new Error(`${reads.count - before} log reads in ${QUICK_WITHIN_MS} ms: the feed is not polling quickly`);
    }
    await sleep(10);
  }
}

/** The feed is idle: once a poll already scheduled has had time to run, at most one read in a second. */
async function expectIdle(reads: { count: number }): Promise<void> {
  await sleep(SETTLE_MS);
  const before = reads.count;
  await sleep(IDLE_WINDOW_MS);
  expect(reads.count - before).toBeLessThanOrEqual(1);
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
  await expectIdle(here.reads); // after the first poll at start

  const client = await connect(here.app);
  client.subscribe('live', print(OnChangesDocument));
  await until(() => here.app.services.feed.subscriberCount === 1);
  await expectQuick(here.reads);

  // A change written through the other instance (which does not notify this feed) arrives at the quick
  // rhythm, not after the idle minute.
  ok(await elsewhere.sdk.CreateItem({ input: { class: 'Team', id: 'idle-elsewhere', name: 'idle-elsewhere' } }));
  const got = await client.take<OnChangesSubscription>('live', 1, 5_000);
  expect(got.map((d) => [d.changes.op, d.changes.ciId])).toEqual([['CREATE', 'idle-elsewhere']]);

  client.complete('live');
  await until(() => here.app.services.feed.subscriberCount === 0);
  await expectIdle(here.reads);
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
  await expectIdle(here.reads); // after the poll the write asked for

  // A health watch is no change stream: only its listener's wish makes the feed quick.
  const client = await connect(here.app);
  client.subscribe('health', print(OnServiceHealthChangedDocument), { serviceId: 'idle-svc' });
  await client.take<OnServiceHealthChangedSubscription>('health', 1, 5_000);
  await expectQuick(here.reads);
  client.complete('health');
  await expectIdle(here.reads);

  // A webhook registered here is leased by this instance's dispatcher, which follows the feed while it holds it.
  const { webhook } = ok(
    await here.sdk.RegisterWebhook({ input: { url: 'http://127.0.0.1:9/hook', filter: { classes: ['Team'] } } }),
  ).registerWebhook;
  await expectQuick(here.reads);
  ok(await here.sdk.DeleteWebhook({ id: webhook.id }));
  await expectIdle(here.reads);
});
