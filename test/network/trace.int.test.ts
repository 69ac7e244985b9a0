/**
 * Cable trace, paths and reachability through the API (issue 17), against a
 * real Neo4j, over an estate wired through the API (createItem, relate,
 * connectCable). Expected answers are worked by hand from NetBox's trace
 * rules (graph/network/trace.ts) and the hop rules of graph/network/paths.ts,
 * in the comments.
 *
 * The estate:
 *   sw1:eth1 ─cA─ pp1:f1 ⇢ pp1:r1 (2 positions) ═trunk═ pp2:r1 ⇢ pp2:f1 ─cB─ sw2:eth1
 *   sw1:eth2 ─cA2─ pp1:f2 ⇢ pp1:r1 position 2 ═trunk═ pp2:r1 position 2 ⇢ pp2:f2 (uncabled)
 *   sw2:wan ─cW1─ W:A (at site S1) ~circuit W~ W:Z (at site S2) ─cW2─ rtr2:wan
 *   sw3:eth1 ─p1─ sw4:eth1 and sw3:eth2 ─p2─ sw4:eth2 (two parallel cables)
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass, PathsQuery, RelationshipType } from '../../sdk/generated';

jest.setTimeout(240_000);

let api: TestApi;

const ITEMS: [string, CiClass, Record<string, unknown>?][] = [
  ['S1', 'Location'],
  ['S2', 'Location'],
  ['sw1', 'NetworkDevice', { role: 'SWITCH' }],
  ['sw2', 'NetworkDevice', { role: 'SWITCH' }],
  ['sw3', 'NetworkDevice', { role: 'SWITCH' }],
  ['sw4', 'NetworkDevice', { role: 'SWITCH' }],
  ['rtr2', 'NetworkDevice', { role: 'ROUTER' }],
  ['pp1', 'NetworkDevice', { role: 'PATCH_PANEL' }],
  ['pp2', 'NetworkDevice', { role: 'PATCH_PANEL' }],
  ['W', 'Circuit', { cid: 'W' }],
];

/** Components: owner, name, class, fields; each made as `owner:name` COMPONENT_OF owner. */
const COMPONENTS: [string, string, CiClass, Record<string, unknown>?][] = [
  ['sw1', 'eth1', 'Interface'],
  ['sw1', 'eth2', 'Interface'],
  ['sw2', 'eth1', 'Interface'],
  ['sw2', 'wan', 'Interface'],
  ['sw3', 'eth1', 'Interface'],
  ['sw3', 'eth2', 'Interface'],
  ['sw4', 'eth1', 'Interface'],
  ['sw4', 'eth2', 'Interface'],
  ['rtr2', 'wan', 'Interface'],
  ['pp1', 'f1', 'FrontPort'],
  ['pp1', 'f2', 'FrontPort'],
  ['pp1', 'r1', 'RearPort', { positions: 2 }],
  ['pp2', 'f1', 'FrontPort'],
  ['pp2', 'f2', 'FrontPort'],
  ['pp2', 'r1', 'RearPort', { positions: 2 }],
  ['W', 'A', 'CircuitTermination', { termSide: 'A' }],
  ['W', 'Z', 'CircuitTermination', { termSide: 'Z' }],
];

const RELATIONS: [string, RelationshipType, string, Record<string, unknown>?][] = [
  ['pp1:f1', 'MAPS_TO', 'pp1:r1', { rearPortPosition: 1 }],
  ['pp1:f2', 'MAPS_TO', 'pp1:r1', { rearPortPosition: 2 }],
  ['pp2:f1', 'MAPS_TO', 'pp2:r1', { rearPortPosition: 1 }],
  ['pp2:f2', 'MAPS_TO', 'pp2:r1', { rearPortPosition: 2 }],
  ['W:A', 'TERMINATES_AT', 'S1'],
  ['W:Z', 'TERMINATES_AT', 'S2'],
];

/** Cables: id (also the label, so the name), side A, side B. */
const CABLES: [string, string, string][] = [
  ['cA', 'sw1:eth1', 'pp1:f1'],
  ['cA2', 'sw1:eth2', 'pp1:f2'],
  ['trunk', 'pp1:r1', 'pp2:r1'],
  ['cB', 'pp2:f1', 'sw2:eth1'],
  ['cW1', 'sw2:wan', 'W:A'],
  ['cW2', 'W:Z', 'rtr2:wan'],
  ['p1', 'sw3:eth1', 'sw4:eth1'],
  ['p2', 'sw3:eth2', 'sw4:eth2'],
];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const [id, cls, fields] of ITEMS)
    ok(await api.sdk.CreateItem({ input: { id, class: cls, name: id, ...fields } }));
  for (const [owner, name, cls, fields] of COMPONENTS) {
    const id = `${owner}:${name}`;
    ok(await api.sdk.CreateItem({ input: { id, class: cls, name, ...fields } }));
    ok(await api.sdk.Relate({ input: { from: id, type: 'COMPONENT_OF', to: owner } }));
  }
  for (const [from, type, to, properties] of RELATIONS) {
    ok(await api.sdk.Relate({ input: { from, type, to, ...(properties ? { properties } : {}) } }));
  }
  for (const [id, a, b] of CABLES) {
    ok(
      await api.sdk.ConnectCable({ input: { id, label: id, aTerminations: [{ id: a }], bTerminations: [{ id: b }] } }),
    );
  }
});
afterAll(() => api.stop());

const trace = async (from: string, asOf?: string) => ok(await api.sdk.CableTrace({ from, asOf })).cableTrace;
const paths = async (from: string, to: string, maxHops?: number, asOf?: string) =>
  ok(await api.sdk.Paths({ from, to, maxHops, asOf })).paths;
const reachable = async (from: string, to: string, asOf?: string) =>
  ok(await api.sdk.Reachable({ from, to, asOf })).reachable;

/** A trace's segments as ids: [near, cables, far, circuit]. */
const segmentIds = (t: Awaited<ReturnType<typeof trace>>) =>
  t.segments.map((s) => [
    s.near.map((c) => c.id),
    s.cables.map((c) => c.cable.id),
    s.far.map((c) => c.id),
    s.circuit?.id ?? null,
  ]);

/** Path steps as [id, via, through, hops, position]. */
const stepsOf = (steps: PathsQuery['paths']['paths'][number]['steps']) =>
  steps.map((s) => [s.ci.id, s.via, s.through?.id ?? null, s.hops, s.position]);

/** sw1 to sw2: into sw1:eth1 free, cA 1, front→rear 2, trunk on strand 1 3, rear→front 4, cB 5, into sw2 free. */
const SW1_TO_SW2 = [
  ['sw1', null, null, 0, null],
  ['sw1:eth1', 'COMPONENT_OF', null, 0, null],
  ['pp1:f1', 'CABLE', 'cA', 1, null],
  ['pp1:r1', 'MAPS_TO', null, 2, 1],
  ['pp2:r1', 'CABLE', 'trunk', 3, 1],
  ['pp2:f1', 'MAPS_TO', null, 4, null],
  ['sw2:eth1', 'CABLE', 'cB', 5, null],
  ['sw2', 'COMPONENT_OF', null, 5, null],
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An instant between two writes: every change before it is older, every change after it newer. */
async function instant(): Promise<string> {
  await pause(50);
  const at = new Date().toISOString();
  await pause(50);
  return at;
}

describe('cableTrace', () => {
  it('follows front → rear, the trunk on the strand it came in on, and rear → front to the far switch', async () => {
    const t = await trace('sw1:eth1');
    // f1 is position 1 of r1 (2 positions): [1] is pushed; across the trunk r1 of pp2 pops 1 → pp2:f1.
    expect(segmentIds(t)).toEqual([
      [['sw1:eth1'], ['cA'], ['pp1:f1'], null],
      [['pp1:r1'], ['trunk'], ['pp2:r1'], null],
      [['pp2:f1'], ['cB'], ['sw2:eth1'], null],
    ]);
    expect(t.segments[1].cables).toEqual([
      {
        cableStatus: 'CONNECTED',
        cable: { id: 'trunk', class: 'Cable', name: 'trunk', operationalStatus: 'OPERATIONAL' },
      },
    ]);
    expect(t.origin).toMatchObject({ id: 'sw1:eth1', class: 'Interface', name: 'eth1' });
    expect(t).toMatchObject({
      isComplete: true,
      isActive: true,
      isSplit: false,
      loop: false,
      breaks: [],
      brokenAt: null,
      asOf: null,
    });
  });

  it('keeps the second strand apart: sw1:eth2 comes out at pp2:f2, which is uncabled, so the trace is incomplete', async () => {
    const t = await trace('sw1:eth2');
    expect(segmentIds(t)).toEqual([
      [['sw1:eth2'], ['cA2'], ['pp1:f2'], null],
      [['pp1:r1'], ['trunk'], ['pp2:r1'], null],
    ]);
    // Every cable connected and nothing broken: active, but it ends at an uncabled front port.
    expect(t).toMatchObject({ isComplete: false, isActive: true, isSplit: false });
  });

  it('crosses the circuit A → Z and on through its Z-side cable; the circuit named on the segment after it', async () => {
    const t = await trace('sw2:wan');
    expect(segmentIds(t)).toEqual([
      [['sw2:wan'], ['cW1'], ['W:A'], null],
      [['W:Z'], ['cW2'], ['rtr2:wan'], 'W'],
    ]);
    expect(t.segments[1].circuit).toMatchObject({ id: 'W', class: 'Circuit' });
    expect(t).toMatchObject({ isComplete: true, isActive: true });
  });

  it('loads the items of every CI a trace names in one batch: one query more than the trace alone', async () => {
    const queries = async (fields: string) => {
      const answer = await api.client.rawRequest<unknown>(
        `{ cableTrace(from: "sw1:eth1") { segments { near { ${fields} } cables { cable { ${fields} } } far { ${fields} } } } }`,
      );
      return (answer.extensions as { estate: { queries: number } }).estate.queries;
    };
    const bare = await queries('id');
    expect(await queries('id item { id name }')).toBe(bare + 1);
  });

  it('is open to viewers', async () => {
    const viewer = await api.as('viewer');
    expect(ok(await viewer.sdk.CableTrace({ from: 'sw1:eth1' })).cableTrace.segments).toHaveLength(3);
  });
});

describe('paths and reachable', () => {
  it('counts two parallel cables between two switches as two distinct paths of one hop each', async () => {
    const answer = await paths('sw3', 'sw4');
    expect(answer).toMatchObject({ count: 2, truncated: false, maxHops: 6, asOf: null });
    expect(answer.paths.map((p) => p.hops)).toEqual([1, 1]);
    const byCable = Object.fromEntries(answer.paths.map((p) => [p.steps[2].through!.id, stepsOf(p.steps)]));
    expect(byCable).toEqual({
      p1: [
        ['sw3', null, null, 0, null],
        ['sw3:eth1', 'COMPONENT_OF', null, 0, null],
        ['sw4:eth1', 'CABLE', 'p1', 1, null],
        ['sw4', 'COMPONENT_OF', null, 1, null],
      ],
      p2: [
        ['sw3', null, null, 0, null],
        ['sw3:eth2', 'COMPONENT_OF', null, 0, null],
        ['sw4:eth2', 'CABLE', 'p2', 1, null],
        ['sw4', 'COMPONENT_OF', null, 1, null],
      ],
    });
    // A page of one: count still says 2.
    const page = ok(await api.sdk.Paths({ from: 'sw3', to: 'sw4', first: 1 })).paths;
    expect([page.count, page.paths.length]).toEqual([2, 1]);
  });

  it('finds the one path through the patch panels (the second strand dead-ends at pp2:f2)', async () => {
    const answer = await paths('sw1', 'sw2');
    expect(answer.count).toBe(1);
    expect(stepsOf(answer.paths[0].steps)).toEqual(SW1_TO_SW2);
  });

  it('reaches across the panels, the switch and the circuit in 9 hops; a budget of 8 finds no path', async () => {
    // … sw2:eth1 5, into sw2 free, out to sw2:wan 6, cW1 7, the circuit A → Z 8, cW2 9.
    const r = await reachable('sw1:eth1', 'rtr2:wan');
    expect([r.reachable, r.hops]).toEqual([true, 9]);
    expect(stepsOf(r.path)).toEqual([
      ...SW1_TO_SW2.slice(1, 8).map((s, i) => (i === 0 ? ['sw1:eth1', null, null, 0, null] : s)),
      ['sw2:wan', 'COMPONENT_OF', null, 6, null],
      ['W:A', 'CABLE', 'cW1', 7, null],
      ['W:Z', 'CIRCUIT', 'W', 8, null],
      ['rtr2:wan', 'CABLE', 'cW2', 9, null],
    ]);
    expect((await paths('sw1', 'rtr2', 9)).count).toBe(1);
    expect((await paths('sw1', 'rtr2', 8)).count).toBe(0);
  });

  it('answers reachable between the switches with the same shortest path', async () => {
    const r = await reachable('sw1', 'sw2');
    expect([r.reachable, r.hops]).toEqual([true, 5]);
    expect(stepsOf(r.path)).toEqual(SW1_TO_SW2);
  });
});

describe('breaks', () => {
  it('a trunk reported DOWN: the trace names it (and goes on), reachable is false; asOf still sees it DOWN after repair', async () => {
    ok(await api.sdk.ReportStatus({ id: 'trunk', status: 'DOWN' }));
    const t = await trace('sw1:eth1');
    expect(t.breaks).toEqual([{ ci: { id: 'trunk', class: 'Cable' }, reason: 'DOWN', segment: 1 }]);
    expect(t.brokenAt).toEqual({
      ci: { id: 'trunk', class: 'Cable', name: 'trunk', item: { id: 'trunk', operationalStatus: 'DOWN' } },
      reason: 'DOWN',
      segment: 1,
    });
    expect(t.segments).toHaveLength(3);
    expect(t).toMatchObject({ isComplete: true, isActive: false });
    expect(await reachable('sw1', 'sw2')).toEqual({ reachable: false, hops: null, path: [], asOf: null });
    expect((await paths('sw1', 'sw2')).count).toBe(0);

    const whileDown = await instant();
    ok(await api.sdk.ReportStatus({ id: 'trunk', status: 'OPERATIONAL' }));
    expect((await trace('sw1:eth1')).brokenAt).toBeNull();
    expect((await reachable('sw1', 'sw2')).reachable).toBe(true);
    const then = await trace('sw1:eth1', whileDown);
    expect(then.asOf).toBe(whileDown);
    // The break as it was, and its item read as of then too.
    expect(then.brokenAt?.ci.item).toEqual({ id: 'trunk', operationalStatus: 'DOWN' });
    expect((await reachable('sw1', 'sw2', whileDown)).reachable).toBe(false);
  });

  it('a cable decommissioning: the trace names it DECOMMISSIONED with its status, reachable is false', async () => {
    const cable = ok(await api.sdk.Item({ id: 'cB' })).item!;
    const updated = ok(
      await api.sdk.UpdateItem({ id: 'cB', expectedVersion: cable.version, patch: { cableStatus: 'DECOMMISSIONING' } }),
    ).updateItem;
    const t = await trace('sw1:eth1');
    expect(t.brokenAt).toMatchObject({ ci: { id: 'cB' }, reason: 'DECOMMISSIONED', segment: 2 });
    expect(t.segments[2].cables[0].cableStatus).toBe('DECOMMISSIONING');
    expect(t.isActive).toBe(false);
    expect((await reachable('sw1', 'sw2')).reachable).toBe(false);
    ok(await api.sdk.UpdateItem({ id: 'cB', expectedVersion: updated.version, patch: { cableStatus: 'CONNECTED' } }));
    expect((await reachable('sw1', 'sw2')).reachable).toBe(true);
  });
});

describe('asOf', () => {
  it('before a cable was disconnected: asOf answers still show the old path, live answers do not', async () => {
    const before = await instant();
    ok(await api.sdk.DisconnectCable({ id: 'p2' }));

    // Live: only p1 is left; sw3:eth2 is uncabled.
    const live = await paths('sw3', 'sw4');
    expect([live.count, live.paths.map((p) => p.steps[2].through!.id)]).toEqual([1, ['p1']]);
    expect((await trace('sw3:eth2')).segments).toEqual([]);
    // sw3:eth2 still reaches sw4:eth2 the long way: into sw3 free, out to eth1 1, p1 2, into sw4 free, out to eth2 3.
    const around = await reachable('sw3:eth2', 'sw4:eth2');
    expect([around.reachable, around.hops, around.path.map((s) => s.through?.id ?? null)]).toEqual([
      true,
      3,
      [null, null, null, 'p1', null, null],
    ]);

    // As of before: both cables, the trace across p2, and reachable in one hop.
    const then = await paths('sw3', 'sw4', undefined, before);
    expect(then).toMatchObject({ count: 2, asOf: before });
    expect(then.paths.map((p) => p.steps[2].through!.id).sort()).toEqual(['p1', 'p2']);
    const traced = await trace('sw3:eth2', before);
    expect(segmentIds(traced)).toEqual([[['sw3:eth2'], ['p2'], ['sw4:eth2'], null]]);
    expect(traced).toMatchObject({ isComplete: true, isActive: true, asOf: before });
    const r = await reachable('sw3:eth2', 'sw4:eth2', before);
    expect([r.reachable, r.hops, r.path.map((s) => s.through?.id ?? null), r.asOf]).toEqual([
      true,
      1,
      [null, 'p2'],
      before,
    ]);
  });
});

describe('bad input', () => {
  it('an unknown id: NOT_FOUND naming the argument, live and asOf', async () => {
    const e1 = await refused(api.sdk.CableTrace({ from: 'nosuch' }), 'NOT_FOUND', 'from');
    expect(e1.message).toBe('CI nosuch does not exist');
    await refused(api.sdk.Paths({ from: 'sw1', to: 'nosuch' }), 'NOT_FOUND', 'to');
    await refused(api.sdk.Reachable({ from: 'nosuch', to: 'sw1' }), 'NOT_FOUND', 'from');
    await refused(api.sdk.Paths({ from: 'sw1', to: 'nosuch', asOf: new Date().toISOString() }), 'NOT_FOUND', 'to');
    // A CI that did not exist yet at asOf is unknown then.
    await refused(api.sdk.CableTrace({ from: 'sw1:eth1', asOf: '2000-01-01T00:00:00.000Z' }), 'NOT_FOUND', 'from');
  });

  it('a CI of the wrong class: BAD_USER_INPUT naming the argument and the class', async () => {
    const front = await refused(api.sdk.CableTrace({ from: 'pp1:f1' }), 'BAD_USER_INPUT', 'from');
    expect(front.extensions?.reason).toMatch(/pp1:f1 is a FrontPort \(trace from an endpoint the panel joins\)$/);
    await refused(api.sdk.CableTrace({ from: 'sw1' }), 'BAD_USER_INPUT', 'from');
    const site = await refused(api.sdk.Paths({ from: 'sw1', to: 'S1' }), 'BAD_USER_INPUT', 'to');
    expect(site.extensions?.reason).toBe('paths run between interfaces, ports and devices; S1 is a Location');
    await refused(api.sdk.Reachable({ from: 'sw1', to: 'sw1' }), 'BAD_USER_INPUT', 'to');
    await refused(api.sdk.Reachable({ from: 'sw1', to: 'sw1:eth1' }), 'BAD_USER_INPUT', 'to');
  });

  it('maxHops over the server limit: LIMIT_EXCEEDED naming maxHops; below 1 and a page past 500: BAD_USER_INPUT', async () => {
    const over = await refused(api.sdk.Paths({ from: 'sw1', to: 'sw2', maxHops: 17 }), 'LIMIT_EXCEEDED', 'maxHops');
    expect(over.extensions?.reason).toBe('at most 16 (server limit); got 17');
    await refused(api.sdk.Paths({ from: 'sw1', to: 'sw2', maxHops: 0 }), 'BAD_USER_INPUT', 'maxHops');
    await refused(api.sdk.Paths({ from: 'sw1', to: 'sw2', first: 501 }), 'BAD_USER_INPUT', 'first');
  });
});
