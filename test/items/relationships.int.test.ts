/** relate/unrelate obey the relationship rule table, through the API. */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

let api: TestApi;

const create = async (cls: string, id: string) =>
  ok(await api.sdk.CreateItem({ input: { class: cls as never, id, name: id } })).createItem;
const relate = (from: string, type: string, to: string, properties?: Record<string, unknown>) =>
  api.sdk.Relate({ input: { from, type: type as never, to, properties } });
const changeCount = async () => (await cypher(api.executor, 'MATCH (c:Change) RETURN count(c) AS n'))[0].n;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const [cls, id] of [
    ['Server', 'host-1'],
    ['Server', 'host-2'],
    ['VirtualMachine', 'vm-1'],
    ['Application', 'app-1'],
    ['BusinessService', 'svc-a'],
    ['BusinessService', 'svc-b'],
    ['BusinessService', 'svc-c'],
    ['Team', 'team-1'],
    ['Location', 'site-1'],
    ['Location', 'room-1'],
    ['NetworkDevice', 'sw-1'],
  ]) {
    await create(cls, id);
  }
});
afterAll(() => api.stop());

it('makes a relationship with properties and reads it from both ends', async () => {
  const made = ok(await relate('host-1', 'CONNECTED_TO', 'sw-1', { localPort: 'eth0', remotePort: 'ge-0/0/1' })).relate;
  expect(made).toEqual({
    type: 'CONNECTED_TO',
    properties: { localPort: 'eth0', remotePort: 'ge-0/0/1' },
    from: { id: 'host-1' },
    to: { id: 'sw-1' },
  });
  const back = ok(await api.sdk.Related({ id: 'sw-1', direction: 'IN' })).item!.related;
  expect(back).toEqual([
    {
      type: 'CONNECTED_TO',
      direction: 'IN',
      properties: { localPort: 'eth0', remotePort: 'ge-0/0/1' },
      item: { id: 'host-1', class: 'Server', name: 'host-1' },
    },
  ]);
});

it('is idempotent: relating twice keeps one relationship and one change', async () => {
  ok(await relate('app-1', 'OWNED_BY', 'team-1'));
  const changes = await changeCount();
  ok(await relate('app-1', 'OWNED_BY', 'team-1'));
  expect(await changeCount()).toBe(changes);
  const rows = await cypher(api.executor, "MATCH (:CI {id: 'app-1'})-[r:OWNED_BY]->() RETURN count(r) AS n");
  expect(rows[0].n).toBe(1);
});

it.each([
  [
    'a class the type does not allow as source',
    'team-1',
    'RUNS_ON',
    'host-1',
    'from',
    /Team cannot be the source of RUNS_ON/,
  ],
  ['a class the type does not allow as target', 'vm-1', 'RUNS_ON', 'team-1', 'to', /cannot point to a Team/],
  ['a self-loop', 'svc-a', 'PART_OF', 'svc-a', 'to', /to itself/],
])('refuses %s and writes nothing', async (_what, from, type, to, field, reason) => {
  const changes = await changeCount();
  const error = await refused(relate(from, type, to), 'BAD_USER_INPUT', field);
  expect(error.extensions?.reason).toMatch(reason);
  expect(await changeCount()).toBe(changes);
});

it('refuses an unknown endpoint with NOT_FOUND naming the end', async () => {
  await refused(relate('vm-1', 'RUNS_ON', 'ghost'), 'NOT_FOUND', 'to');
  await refused(relate('ghost', 'RUNS_ON', 'host-1'), 'NOT_FOUND', 'from');
});

it('lets a VM run on exactly one host', async () => {
  ok(await relate('vm-1', 'RUNS_ON', 'host-1'));
  const error = await refused(relate('vm-1', 'RUNS_ON', 'host-2'), 'BAD_USER_INPUT', 'to');
  expect(error.extensions?.reason).toMatch(/at most 1 RUNS_ON.*host-1/);
  ok(await api.sdk.Unrelate({ from: 'vm-1', type: 'RUNS_ON', to: 'host-1' }));
  ok(await relate('vm-1', 'RUNS_ON', 'host-2'));
});

it('lets an application run on several VMs (redundancy)', async () => {
  await create('VirtualMachine', 'vm-2');
  ok(await relate('app-1', 'RUNS_ON', 'vm-1'));
  ok(await relate('app-1', 'RUNS_ON', 'vm-2'));

  // Both edges are there (the second did not replace the first): through the API from both ends…
  const runsOn = ok(await api.sdk.Related({ id: 'app-1', direction: 'OUT', types: ['RUNS_ON'] })).item!.related;
  expect(runsOn.map((r) => [r.type, r.item.id])).toEqual([
    ['RUNS_ON', 'vm-1'],
    ['RUNS_ON', 'vm-2'],
  ]);
  for (const vm of ['vm-1', 'vm-2']) {
    const hosted = ok(await api.sdk.Related({ id: vm, direction: 'IN', types: ['RUNS_ON'] })).item!.related;
    expect(hosted.map((r) => r.item.id)).toEqual(['app-1']);
  }
  // …and in the graph, exactly once each.
  const rows = await cypher(
    api.executor,
    "MATCH (:CI {id: 'app-1'})-[:RUNS_ON]->(vm:CI) RETURN vm.id AS id ORDER BY id",
  );
  expect(rows.map((r) => r.id)).toEqual(['vm-1', 'vm-2']);

  // And they count as redundancy: one VM down degrades the application, both take it down.
  const stateOfApp = async (failed: string[]) => {
    const answer = ok(await api.sdk.Impact({ failed })).impact.impacted.edges;
    return answer.find((e) => e.id === 'app-1')?.state;
  };
  expect(await stateOfApp(['vm-1'])).toBe('DEGRADED');
  expect(await stateOfApp(['vm-1', 'vm-2'])).toBe('DOWN');
});

it('refuses a PART_OF cycle and a LOCATED_IN cycle', async () => {
  ok(await relate('svc-a', 'PART_OF', 'svc-b'));
  ok(await relate('svc-b', 'PART_OF', 'svc-c'));
  const error = await refused(relate('svc-c', 'PART_OF', 'svc-a'), 'BAD_USER_INPUT', 'to');
  expect(error.extensions?.reason).toMatch(/cycle/);
  ok(await relate('room-1', 'LOCATED_IN', 'site-1'));
  await refused(relate('site-1', 'LOCATED_IN', 'room-1'), 'BAD_USER_INPUT', 'to');
});

it('refuses properties that are not flat scalars', async () => {
  await refused(relate('host-2', 'CONNECTED_TO', 'sw-1', { nested: { a: 1 } }), 'BAD_USER_INPUT');
  await refused(relate('host-2', 'CONNECTED_TO', 'sw-1', { 'bad name': 1 }), 'BAD_USER_INPUT');
});

it('unrelate removes the relationship, records it, and answers false when there was none', async () => {
  ok(await relate('svc-c', 'DEPENDS_ON', 'app-1'));
  expect(ok(await api.sdk.Unrelate({ from: 'svc-c', type: 'DEPENDS_ON', to: 'app-1' })).unrelate).toBe(true);
  expect(ok(await api.sdk.Unrelate({ from: 'svc-c', type: 'DEPENDS_ON', to: 'app-1' })).unrelate).toBe(false);
  const [last] = await cypher(api.executor, 'MATCH (c:Change) RETURN c {.*} AS c ORDER BY c.seq DESC LIMIT 1');
  expect(last.c).toMatchObject({ op: 'UNRELATE', ciId: 'svc-c', relType: 'DEPENDS_ON', otherId: 'app-1' });
});
