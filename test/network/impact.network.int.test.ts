/**
 * Impact that follows cables and power, through the API against a real
 * Neo4j: the branch of issue 17 built with createItem/relate (interfaces
 * COMPONENT_OF devices, cables TERMINATES {side}, power ports and outlets,
 * FED_BY, circuits with terminations at a provider network), with a
 * business service on a server cabled to the branch switch. Expected
 * answers are worked by hand from the rules of graph/network (power.ts,
 * connectivity.ts), in the comments.
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import type { CiClass, RelationshipType } from '../../sdk/generated';

// The branch is built call by call through the API: a minute on a loaded machine.
jest.setTimeout(240_000);

let api: TestApi;

/**
 * PN, a provider network (a root). R, the router (not upstream): R:wan1 – cab-w1 – W1:A and R:wan2 – cab-w2 –
 * W2:A, with W1:Z and W2:Z at PN → uplinks(R) = 2. S, the switch: S:up – cab-sr – R:lan → uplinks(S) = 1.
 * SRV, the server: SRV:eth0 – cab-srv – S:srv → uplinks(SRV) = 1 (its power is not modelled).
 * PANEL → F → cab-f → PDU:in; PDU:o1 – cab-pr – R:psu; PDU:o2 – cab-ps – S:psu (one PSU each).
 * app RUNS_ON SRV; svc (a BusinessService) DEPENDS_ON app.
 */
const ITEMS: [string, CiClass, Record<string, unknown>?][] = [
  ['PN', 'ProviderNetwork'],
  ['R', 'NetworkDevice', { role: 'ROUTER' }],
  ['S', 'NetworkDevice', { role: 'SWITCH' }],
  ['SRV', 'Server'],
  ['PDU', 'NetworkDevice', { role: 'PDU' }],
  ['PANEL', 'PowerPanel'],
  ['F', 'PowerFeed'],
  ['W1', 'Circuit', { cid: 'W1' }],
  ['W2', 'Circuit', { cid: 'W2' }],
  ['app', 'Application'],
  ['svc', 'BusinessService', { criticality: 'HIGH' }],
];

/** Components `owner:name` and their class. */
const COMPONENTS: [string, string, CiClass, Record<string, unknown>?][] = [
  ['R', 'wan1', 'Interface'],
  ['R', 'wan2', 'Interface'],
  ['R', 'lan', 'Interface'],
  ['R', 'psu', 'PowerPort'],
  ['S', 'up', 'Interface'],
  ['S', 'srv', 'Interface'],
  ['S', 'psu', 'PowerPort'],
  ['SRV', 'eth0', 'Interface'],
  ['PDU', 'in', 'PowerPort'],
  ['PDU', 'o1', 'PowerOutlet'],
  ['PDU', 'o2', 'PowerOutlet'],
  ['W1', 'A', 'CircuitTermination', { termSide: 'A' }],
  ['W1', 'Z', 'CircuitTermination', { termSide: 'Z' }],
  ['W2', 'A', 'CircuitTermination', { termSide: 'A' }],
  ['W2', 'Z', 'CircuitTermination', { termSide: 'Z' }],
];

const CABLES: [string, string, string][] = [
  ['cab-w1', 'R:wan1', 'W1:A'],
  ['cab-w2', 'W2:A', 'R:wan2'],
  ['cab-sr', 'S:up', 'R:lan'],
  ['cab-srv', 'SRV:eth0', 'S:srv'],
  ['cab-f', 'F', 'PDU:in'],
  ['cab-pr', 'PDU:o1', 'R:psu'],
  ['cab-ps', 'PDU:o2', 'S:psu'],
];

const RELATIONS: [string, RelationshipType, string][] = [
  ['W1:Z', 'TERMINATES_AT', 'PN'],
  ['W2:Z', 'TERMINATES_AT', 'PN'],
  ['F', 'FED_BY', 'PANEL'],
  ['PDU:o1', 'FED_BY', 'PDU:in'],
  ['PDU:o2', 'FED_BY', 'PDU:in'],
  ['app', 'RUNS_ON', 'SRV'],
  ['svc', 'DEPENDS_ON', 'app'],
];

async function relate(from: string, type: RelationshipType, to: string, properties?: Record<string, unknown>) {
  ok(await api.sdk.Relate({ input: { from, type, to, ...(properties ? { properties } : {}) } }));
}

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const [id, cls, fields] of ITEMS) {
    ok(await api.sdk.CreateItem({ input: { id, class: cls, name: id, ...fields } }));
  }
  for (const [owner, name, cls, fields] of COMPONENTS) {
    const id = `${owner}:${name}`;
    ok(await api.sdk.CreateItem({ input: { id, class: cls, name, ...fields } }));
    await relate(id, 'COMPONENT_OF', owner);
  }
  for (const [id, a, b] of CABLES) {
    ok(await api.sdk.CreateItem({ input: { id, class: 'Cable', name: id, label: id } }));
    await relate(id, 'TERMINATES', a, { side: 'A' });
    await relate(id, 'TERMINATES', b, { side: 'B' });
  }
  for (const [from, type, to] of RELATIONS) await relate(from, type, to);
});
afterAll(() => api.stop());

/** The impact of `failed`: {id: state} of every CI hit but the failed, the services, and each CI's path ids. */
async function impact(failed: string[]) {
  const report = ok(await api.sdk.Impact({ failed })).impact;
  const others = report.impacted.edges.filter((e) => !failed.includes(e.id));
  return {
    states: Object.fromEntries(others.map((e) => [e.id, e.state])),
    services: report.summary.businessServices.map((s) => [s.id, s.state]),
    path: (id: string) => report.impacted.edges.find((e) => e.id === id)!.path,
    down: report.summary.down,
  };
}

describe('impact follows power and cables: the branch', () => {
  it('PDU lost → router and switch unpowered, the server cut off, its application and the service DOWN', async () => {
    const { states, services, path } = await impact(['PDU']);
    expect(states).toEqual({ R: 'DOWN', S: 'DOWN', SRV: 'DOWN', app: 'DOWN', svc: 'DOWN' });
    expect(services).toEqual([['svc', 'DOWN']]);
    // svc → app → SRV, then SRV's network path: its cable to the switch, the switch's power through the outlet.
    expect(path('svc').map((s) => s.id)).toEqual([
      'svc',
      'app',
      'SRV',
      'SRV:eth0',
      'cab-srv',
      'S:srv',
      'S',
      'S:psu',
      'cab-ps',
      'PDU:o2',
      'PDU',
    ]);
    expect(path('svc').map((s) => s.via)).toEqual([
      'DEPENDS_ON',
      'RUNS_ON',
      'COMPONENT_OF',
      'TERMINATES',
      'TERMINATES',
      'COMPONENT_OF',
      'COMPONENT_OF',
      'TERMINATES',
      'TERMINATES',
      'COMPONENT_OF',
      null,
    ]);
  });

  it('router lost → switch and server cut off, the service DOWN through the cables to the router', async () => {
    const { states, services, path } = await impact(['R']);
    expect(states).toEqual({ S: 'DOWN', SRV: 'DOWN', app: 'DOWN', svc: 'DOWN' });
    expect(services).toEqual([['svc', 'DOWN']]);
    expect(path('SRV').map((s) => s.id)).toEqual([
      'SRV',
      'SRV:eth0',
      'cab-srv',
      'S:srv',
      'S',
      'S:up',
      'cab-sr',
      'R:lan',
      'R',
    ]);
  });

  it('one WAN circuit lost → nothing DOWN, the router DEGRADED naming its cable and the circuit; the service unaffected', async () => {
    const { states, services, path, down } = await impact(['W1']);
    expect(states).toEqual({ R: 'DEGRADED' });
    expect(services).toEqual([]);
    expect(down).toBe(1); // W1 itself
    expect(path('R')).toEqual([
      { id: 'R', via: 'COMPONENT_OF' },
      { id: 'R:wan1', via: 'TERMINATES' },
      { id: 'cab-w1', via: 'TERMINATES' },
      { id: 'W1:A', via: 'COMPONENT_OF' },
      { id: 'W1', via: null },
    ]);
  });

  it('both WAN circuits lost → the branch is cut off; the service path names the router, its WAN cable and the circuit', async () => {
    const { states, services, path } = await impact(['W1', 'W2']);
    expect(states).toEqual({ R: 'DOWN', S: 'DOWN', SRV: 'DOWN', app: 'DOWN', svc: 'DOWN' });
    expect(services).toEqual([['svc', 'DOWN']]);
    expect(
      path('svc')
        .map((s) => s.id)
        .slice(-6),
    ).toEqual(['R:lan', 'R', 'R:wan1', 'cab-w1', 'W1:A', 'W1']);
  });
});
