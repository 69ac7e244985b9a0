/**
 * Loaders live for one request or one subscription event, never longer: a
 * subscription's context lasts as long as the subscription, so a loader
 * cached on it would answer every later event with the first event's
 * values. Each test changes the state between two events of one
 * subscription over a real WebSocket and checks the second event shows the
 * new state, for every kind of loader a subscription's selection can reach
 * (health, history, lifecycle, neighbours, items).
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { WsTestClient } from '../support/ws';

const WAIT = 30_000;

jest.setTimeout(120_000);

let api: TestApi;
const clients: WsTestClient[] = [];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await api.stop();
});

async function connect() {
  const client = await WsTestClient.connect(api.app.wsUrl);
  clients.push(client);
  return client;
}

const create = async (cls: string, id: string) =>
  ok(await api.sdk.CreateItem({ input: { class: cls as never, id, name: id } }));
const relate = async (from: string, type: string, to: string) =>
  ok(await api.sdk.Relate({ input: { from, type: type as never, to } }));
const report = async (id: string, status: string) => ok(await api.sdk.ReportStatus({ id, status: status as never }));

interface HealthOf {
  state: string;
  causes: { id: string }[];
}

it("a service's health watcher reads the service's health afresh at each event", async () => {
  await create('BusinessService', 'lsub-svc');
  await create('Database', 'lsub-db');
  await relate('lsub-svc', 'DEPENDS_ON', 'lsub-db');
  const client = await connect();
  client.subscribe(
    'h',
    `subscription ($id: ID!) {
      serviceHealthChanged(serviceId: $id) { health { state } service { id health { state causes { id } } } }
    }`,
    { id: 'lsub-svc' },
  );
  type Event = { serviceHealthChanged: { health: { state: string }; service: { id: string; health: HealthOf } } };
  const next = async () => (await client.take<Event>('h', 1, WAIT))[0].serviceHealthChanged;

  const first = await next();
  expect(first.service.health).toEqual({ state: 'OPERATIONAL', causes: [] });
  await report('lsub-db', 'DOWN');
  const second = await next();
  // The event's own health and the service's health field, read through the loaders, agree.
  expect(second.health.state).toBe('DOWN');
  expect(second.service.health).toEqual({ state: 'DOWN', causes: [{ id: 'lsub-db' }] });
  await report('lsub-db', 'OPERATIONAL');
  expect((await next()).service.health).toEqual({ state: 'OPERATIONAL', causes: [] });
});

it('a change stream selecting health, history, lifecycle and neighbours shows each event the state after it', async () => {
  await create('BusinessService', 'lsub-app');
  await create('Server', 'lsub-host');
  await relate('lsub-app', 'DEPENDS_ON', 'lsub-host');
  // From a cursor taken now, so a write that reaches the server before the
  // subscription does is replayed rather than missed.
  const after = ok(await api.sdk.ChangeCursor()).changeCursor;
  const client = await connect();
  client.subscribe(
    'c',
    `subscription ($ids: [ID!], $after: String) {
      changes(filter: { ciIds: $ids }, after: $after) {
        seq
        item {
          id
          version
          operationalStatus
          health { state causes { id } }
          history(first: 50) { edges { node { seq } } }
          lifecycle { to }
          dependents { id health { state } }
          supportedBy { id }
        }
      }
    }`,
    { ids: ['lsub-host'], after },
  );
  interface Event {
    changes: {
      seq: number;
      item: {
        version: number;
        operationalStatus: string;
        health: HealthOf;
        history: { edges: { node: { seq: number } }[] };
        lifecycle: { to: string }[];
        dependents: { id: string; health: { state: string } }[];
        supportedBy: { id: string }[];
      };
    };
  }
  const next = async () => (await client.take<Event>('c', 1, WAIT))[0].changes;

  await report('lsub-host', 'DEGRADED');
  const first = await next();
  expect(first.item).toMatchObject({
    operationalStatus: 'DEGRADED',
    health: { state: 'DEGRADED', causes: [{ id: 'lsub-host' }] },
    dependents: [{ id: 'lsub-app', health: { state: 'DEGRADED' } }],
  });
  expect(first.item.history.edges.map((e) => e.node.seq)).toContain(first.seq);

  await report('lsub-host', 'DOWN');
  const second = await next();
  expect(second.item).toMatchObject({
    operationalStatus: 'DOWN',
    health: { state: 'DOWN', causes: [{ id: 'lsub-host' }] },
    dependents: [{ id: 'lsub-app', health: { state: 'DOWN' } }],
  });
  expect(second.item.history.edges.map((e) => e.node.seq)).toContain(second.seq);
  expect(second.item.history.edges).toHaveLength(first.item.history.edges.length + 1);

  // A new neighbour and a lifecycle transition between two events show in the second.
  expect(second.item.supportedBy).toEqual([]);
  await create('Team', 'lsub-team');
  await relate('lsub-host', 'SUPPORTED_BY', 'lsub-team');
  const third = await next();
  expect(third.item.supportedBy).toEqual([{ id: 'lsub-team' }]);
  expect(third.item.lifecycle).toEqual([]);
  ok(
    await api.sdk.TransitionLifecycle({
      id: 'lsub-host',
      to: 'CANCELLED',
      expectedVersion: third.item.version,
      details: { reason: 'not needed after all' },
    }),
  );
  const fourth = await next();
  expect(fourth.item.lifecycle).toEqual([{ to: 'CANCELLED' }]);
});
