/**
 * Subscriptions over real WebSockets against real servers: replay then live
 * with no gap, resuming after a reconnect and after a restart, two instances
 * on one Neo4j, rolled-back writes, filters, slow consumers, job progress.
 */
import { print } from 'graphql';
import * as changesView from '../../graph/changelog/changes.view';
import type { AppOptions, RunningApp } from '../../server/app';
import {
  OnChangesDocument,
  OnImportProgressDocument,
  OnItemChangedDocument,
  OnServiceHealthChangedDocument,
} from '../../sdk/generated';
import type {
  OnChangesSubscription,
  OnImportProgressSubscription,
  OnItemChangedSubscription,
  OnServiceHealthChangedSubscription,
} from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import { startInstance } from '../support/instances';
import { WsTestClient } from '../support/ws';

const CHANGES = print(OnChangesDocument);
const ITEM_CHANGED = print(OnItemChangedDocument);
const IMPORT_PROGRESS = print(OnImportProgressDocument);
const SERVICE_HEALTH = print(OnServiceHealthChangedDocument);
const WAIT = 30_000;

jest.setTimeout(180_000);

let api: TestApi;
const clients: WsTestClient[] = [];
const instances: RunningApp[] = [];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(instances.map((i) => i.stop()));
  await api.stop();
});

/** Another Estate instance on the same Neo4j (and executor), with its own feed, HTTP and WebSocket server. */
async function anotherInstance(changes?: AppOptions['changes']) {
  const instance = await startInstance(api.executor, changes);
  instances.push(instance.app);
  return instance;
}

async function connect(wsUrl: string = api.app.wsUrl) {
  const client = await WsTestClient.connect(wsUrl);
  clients.push(client);
  return client;
}

type Sdk = TestApi['sdk'];
const createTeam = async (sdk: Sdk, id: string) =>
  ok(await sdk.CreateItem({ input: { class: 'Team', id, name: id } })).createItem;
const cursorNow = async () => ok(await api.sdk.ChangeCursor()).changeCursor;
const range = (after: number, count: number) => Array.from({ length: count }, (_, i) => after + i + 1);

async function takeChanges(client: WsTestClient, id: string, count: number) {
  return (await client.take<OnChangesSubscription>(id, count, WAIT)).map((d) => d.changes);
}

it('replays the changes after a cursor, then goes on live, with no gap and no duplicate', async () => {
  const start = Number(await cursorNow());
  for (let i = 0; i < 5; i++) await createTeam(api.sdk, `replay-${i}`);
  const client = await connect();
  client.subscribe('all', CHANGES, { after: String(start) });
  // Writes keep arriving while the subscriber replays and switches to live.
  for (let batch = 0; batch < 3; batch++) {
    await Promise.all(range(0, 4).map((i) => createTeam(api.sdk, `live-${batch}-${i}`)));
  }
  const got = await takeChanges(client, 'all', 17);
  expect(got.map((c) => c.seq)).toEqual(range(start, 17));
  expect(got.map((c) => c.cursor)).toEqual(range(start, 17).map(String));
  expect(new Set(got.map((c) => c.ciId)).size).toBe(17);
  await client.expectSilence('all', 500);
});

it('resumes after a reconnect from the cursor of the last change received', async () => {
  const first = await connect();
  first.subscribe('s', CHANGES, { after: await cursorNow() });
  await createTeam(api.sdk, 'reconnect-1');
  await createTeam(api.sdk, 'reconnect-2');
  const seen = await takeChanges(first, 's', 2);
  await first.close();
  const missed = [];
  for (let i = 3; i <= 6; i++) missed.push(await createTeam(api.sdk, `reconnect-${i}`));

  const second = await connect();
  second.subscribe('s', CHANGES, { after: seen[1].cursor });
  await createTeam(api.sdk, 'reconnect-7');
  const resumed = await takeChanges(second, 's', 5);
  expect(resumed.map((c) => c.ciId)).toEqual([
    'reconnect-3',
    'reconnect-4',
    'reconnect-5',
    'reconnect-6',
    'reconnect-7',
  ]);
  expect(resumed.map((c) => c.seq)).toEqual(range(seen[1].seq, 5));
});

it('resumes across a server restart from the cursor it had', async () => {
  const before = await anotherInstance();
  const client = await connect(before.app.wsUrl);
  client.subscribe('s', CHANGES, { after: await cursorNow() });
  await createTeam(before.sdk, 'restart-1');
  const [last] = await takeChanges(client, 's', 1);
  instances.splice(instances.indexOf(before.app), 1);
  await before.app.stop();
  expect((await client.waitForClose(WAIT)).code).toBe(1001);

  for (let i = 2; i <= 4; i++) await createTeam(api.sdk, `restart-${i}`);
  const after = await anotherInstance();
  const again = await connect(after.app.wsUrl);
  again.subscribe('s', CHANGES, { after: last.cursor });
  const resumed = await takeChanges(again, 's', 3);
  expect(resumed.map((c) => c.ciId)).toEqual(['restart-2', 'restart-3', 'restart-4']);
  expect(resumed.map((c) => c.seq)).toEqual(range(last.seq, 3));
});

it('two instances on one Neo4j each deliver every change, whoever wrote it, in sequence order', async () => {
  const other = await anotherInstance();
  const start = Number(await cursorNow());
  const onA = await connect();
  const onB = await connect(other.app.wsUrl);
  onA.subscribe('a', CHANGES, { after: String(start) });
  onB.subscribe('b', CHANGES, { after: String(start) });
  const ids = range(0, 16).map((i) => `multi-${i}`);
  await Promise.all(ids.map((id, i) => createTeam(i % 2 ? other.sdk : api.sdk, id)));
  const [a, b] = await Promise.all([takeChanges(onA, 'a', 16), takeChanges(onB, 'b', 16)]);
  expect(a.map((c) => c.seq)).toEqual(range(start, 16));
  expect(b.map((c) => [c.seq, c.ciId])).toEqual(a.map((c) => [c.seq, c.ciId]));
  expect(new Set(a.map((c) => c.ciId))).toEqual(new Set(ids));
  await Promise.all([onA.expectSilence('a', 300), onB.expectSilence('b', 300)]);
});

it('emits nothing for a write that was rolled back', async () => {
  await createTeam(api.sdk, 'rollback-team');
  const client = await connect();
  client.subscribe('s', CHANGES, { after: await cursorNow() });
  const start = Number(await cursorNow());
  await refused(api.sdk.UpdateItem({ id: 'rollback-team', expectedVersion: 7, patch: { name: 'x' } }), 'CONFLICT');
  await refused(
    api.sdk.Relate({ input: { from: 'rollback-team', type: 'RUNS_ON', to: 'rollback-team' } }),
    'BAD_USER_INPUT',
  );
  await client.expectSilence('s', 500);
  ok(await api.sdk.UpdateItem({ id: 'rollback-team', expectedVersion: 1, patch: { name: 'kept' } }));
  const [change] = await takeChanges(client, 's', 1);
  expect(change).toMatchObject({ seq: start + 1, op: 'UPDATE', ciId: 'rollback-team', version: 2 });
  const rows = await cypher(api.executor, 'MATCH (c:Change) WHERE c.seq > $start RETURN c.seq AS seq', { start });
  expect(rows.map((r) => r.seq)).toEqual([start + 1]);
});

it('filters: itemChanged follows one CI at either end of its relationships, and a filtered stream matches the query', async () => {
  const client = await connect();
  const start = await cursorNow();
  client.subscribe('item', ITEM_CHANGED, { id: 'filter-srv' });
  const filter = { classes: ['Application'], ops: ['RELATE', 'UNRELATE'] };
  client.subscribe('filtered', CHANGES, { filter });
  // Both streams are live once the first change reaches them.
  ok(await api.sdk.CreateItem({ input: { class: 'Server', id: 'filter-srv', name: 'filter-srv' } }));
  const [created] = await client.take<OnItemChangedSubscription>('item', 1, WAIT);
  expect(created.itemChanged).toMatchObject({ op: 'CREATE', ciId: 'filter-srv', item: { version: 1 } });

  ok(await api.sdk.CreateItem({ input: { class: 'Application', id: 'filter-app', name: 'filter-app' } }));
  await createTeam(api.sdk, 'filter-team');
  ok(await api.sdk.Relate({ input: { from: 'filter-app', type: 'RUNS_ON', to: 'filter-srv' } }));
  ok(await api.sdk.Relate({ input: { from: 'filter-app', type: 'OWNED_BY', to: 'filter-team' } }));
  ok(await api.sdk.UpdateItem({ id: 'filter-srv', expectedVersion: 1, patch: { name: 'renamed' } }));
  ok(await api.sdk.Unrelate({ from: 'filter-app', type: 'OWNED_BY', to: 'filter-team' }));

  const item = (await client.take<OnItemChangedSubscription>('item', 2, WAIT)).map((d) => d.itemChanged);
  expect(item.map((c) => [c.op, c.relationship?.toId ?? null])).toEqual([
    ['RELATE', 'filter-srv'],
    ['UPDATE', null],
  ]);
  expect(item[1]).toMatchObject({
    item: { name: 'renamed', version: 2 },
    fields: [{ field: 'name', after: 'renamed' }],
  });

  const queried = ok(await api.sdk.Changes({ filter: filter as never, after: start })).changes.edges.map((e) => e.node);
  expect(queried.map((c) => c.op)).toEqual(['RELATE', 'RELATE', 'UNRELATE']);
  const streamed = await takeChanges(client, 'filtered', queried.length);
  expect(streamed.map((c) => c.seq)).toEqual(queried.map((c) => c.seq));
  await client.expectSilence('item', 300);
});

it('runs a change once for the subscribers that ask the same as the same caller; each still gets only its own', async () => {
  // Only this test's subscribers listen (the earlier tests' would run the changes for their own operations).
  await Promise.all(clients.splice(0).map((c) => c.close()));
  const viewer = await api.as('viewer', 'shared-viewer');
  const asViewer = await WsTestClient.connect(api.app.wsUrl, 5000, { authorization: `Bearer ${viewer.token}` });
  clients.push(asViewer);
  const [a, b] = [await connect(), await connect()];
  await createTeam(api.sdk, 'shared-1');
  await createTeam(api.sdk, 'shared-2');
  const after = await cursorNow();
  for (const client of [a, b, asViewer]) client.subscribe('one', ITEM_CHANGED, { id: 'shared-1', after });
  b.subscribe('two', ITEM_CHANGED, { id: 'shared-2', after });
  const report = async (status: 'DEGRADED' | 'OPERATIONAL') =>
    ok(await api.sdk.ReportStatuses({ reports: ['shared-1', 'shared-2'].map((id) => ({ id, status })) }));
  const next = async (client: WsTestClient, id: string) =>
    (await client.take<OnItemChangedSubscription>(id, 1, WAIT))[0].itemChanged;
  // A first report each stream takes (replayed or live), so that all are live for the one that counts.
  await report('DEGRADED');
  await Promise.all([next(a, 'one'), next(b, 'one'), next(asViewer, 'one'), next(b, 'two')]);
  await new Promise((resolve) => setTimeout(resolve, 300));

  const views = jest.spyOn(changesView, 'changeView');
  try {
    await report('OPERATIONAL');
    const [fromA, fromB, fromViewer, two] = await Promise.all([
      next(a, 'one'),
      next(b, 'one'),
      next(asViewer, 'one'),
      next(b, 'two'),
    ]);
    expect(fromA).toMatchObject({
      op: 'STATUS',
      ciId: 'shared-1',
      fields: [{ field: 'operationalStatus', before: 'DEGRADED', after: 'OPERATIONAL' }],
      item: { id: 'shared-1' },
    });
    expect(fromB).toEqual(fromA);
    expect(fromViewer).toEqual(fromA);
    expect(two).toMatchObject({ op: 'STATUS', ciId: 'shared-2', seq: fromA.seq + 1 });
    // shared-1: once for the two admin subscriptions, once for the viewer's; shared-2: once.
    const executed = views.mock.calls.map(([c]) => c.ciId).filter((id) => id.startsWith('shared-'));
    expect(executed.sort()).toEqual(['shared-1', 'shared-1', 'shared-2']);
  } finally {
    views.mockRestore();
  }
  await Promise.all([a.expectSilence('one', 300), asViewer.expectSilence('one', 300), b.expectSilence('two', 300)]);
});

it('tells a consumer that falls too far behind, with the cursor to resume from', async () => {
  const small = await anotherInstance({ feed: { queueLimit: 2 } });
  ok(await small.sdk.CreateItem({ input: { class: 'Server', id: 'slow-srv', name: 'slow-srv' } }));
  for (const app of ['slow-a', 'slow-b', 'slow-c']) {
    ok(await small.sdk.CreateItem({ input: { class: 'Application', id: app, name: app } }));
    ok(await small.sdk.Relate({ input: { from: app, type: 'RUNS_ON', to: 'slow-srv' } }));
  }
  const client = await connect(small.app.wsUrl);
  client.subscribe('s', CHANGES, { filter: { ciIds: ['slow-srv'] } });
  ok(await small.sdk.UpdateItem({ id: 'slow-srv', expectedVersion: 1, patch: { name: 'slow' } }));
  const [warm] = await takeChanges(client, 's', 1);

  // One transaction, four changes for slow-srv (three UNRELATE and the DELETE): more than the queue holds.
  ok(await small.sdk.DeleteItem({ id: 'slow-srv', force: true }));
  const [error] = await client.waitForError('s', WAIT);
  // The cursor is the last change the consumer took: the warm-up one, or a first change of the delete
  // when the feed happened to read the transaction's records in two polls.
  expect(error.extensions).toMatchObject({ code: 'SUBSCRIBER_TOO_SLOW' });
  const cursor = Number(error.extensions!.cursor);
  expect(cursor).toBeGreaterThanOrEqual(warm.seq);
  expect(cursor).toBeLessThan(warm.seq + 4);

  client.subscribe('again', CHANGES, { filter: { ciIds: ['slow-srv'] }, after: String(cursor) });
  const rest = await takeChanges(client, 'again', warm.seq + 4 - cursor);
  const ops = ['UNRELATE', 'UNRELATE', 'UNRELATE', 'DELETE'];
  expect(rest.map((c) => c.op)).toEqual(ops.slice(ops.length - rest.length));
  expect(rest.map((c) => c.seq)).toEqual(rest.map((_, i) => cursor + 1 + i));
});

it('refuses a cursor that is not one, or is past the end of the log', async () => {
  const client = await connect();
  client.subscribe('bad', CHANGES, { after: 'soon' });
  const bad = await client.nextPayload('bad', WAIT);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  await client.waitForComplete('bad');
  client.subscribe('future', CHANGES, { after: '999999999' });
  const future = await client.nextPayload('future', WAIT);
  expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

it("streams an import job's progress and ends after its last state", async () => {
  const bus = api.app.services.jobProgress;
  bus.publish({ jobId: 'job-1', status: 'RUNNING', phase: 'VALIDATING', totalRows: 3 });
  const client = await connect();
  client.subscribe('p', IMPORT_PROGRESS, { jobId: 'job-1' });
  const [first] = await client.take<OnImportProgressSubscription>('p', 1, WAIT);
  expect(first.importProgress).toMatchObject({ status: 'RUNNING', phase: 'VALIDATING', totalRows: 3, done: false });
  bus.publish({ jobId: 'job-1', status: 'SUCCEEDED', phase: 'DONE', rowsRead: 3, created: 3 });
  const [last] = await client.take<OnImportProgressSubscription>('p', 1, WAIT);
  expect(last.importProgress).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, created: 3, done: true });
  await client.waitForComplete('p', WAIT);
});

it("tells a service's watcher its health, then each change of it, and nothing for unrelated changes", async () => {
  ok(await api.sdk.CreateItem({ input: { class: 'BusinessService', id: 'health-svc', name: 'health-svc' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'Database', id: 'health-db', name: 'health-db' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'Database', id: 'health-other', name: 'health-other' } }));
  ok(await api.sdk.Relate({ input: { from: 'health-svc', type: 'DEPENDS_ON', to: 'health-db' } }));
  const client = await connect();
  client.subscribe('h', SERVICE_HEALTH, { serviceId: 'health-svc' });
  const next = async () =>
    (await client.take<OnServiceHealthChangedSubscription>('h', 1, WAIT))[0].serviceHealthChanged;

  expect(await next()).toMatchObject({
    serviceId: 'health-svc',
    previous: null,
    health: { state: 'OPERATIONAL', causes: [] },
    service: { name: 'health-svc' },
  });
  ok(await api.sdk.ReportStatus({ id: 'health-db', status: 'DOWN' }));
  expect(await next()).toMatchObject({
    previous: 'OPERATIONAL',
    health: { state: 'DOWN', causes: [{ id: 'health-db' }] },
  });
  ok(await api.sdk.ReportStatus({ id: 'health-other', status: 'DOWN' }));
  await client.expectSilence('h', 500);
  ok(await api.sdk.ReportStatus({ id: 'health-db', status: 'OPERATIONAL' }));
  expect(await next()).toMatchObject({ previous: 'DOWN', health: { state: 'OPERATIONAL', causes: [] } });

  client.subscribe('not-a-service', SERVICE_HEALTH, { serviceId: 'health-db' });
  const notService = await client.nextPayload('not-a-service', WAIT);
  expect(notService.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
  client.subscribe('unknown', SERVICE_HEALTH, { serviceId: 'no-such-service' });
  const unknown = await client.nextPayload('unknown', WAIT);
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'serviceId' });
});
