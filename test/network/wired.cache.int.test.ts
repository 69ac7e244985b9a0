/**
 * The wired-network cache (graph/network/wired.cache.ts) through the API:
 * each answer must be the one the graph gives at the time of asking, though
 * the network it reads was loaded by an earlier question. Every step asks
 * the same questions again after one kind of write, so a cache that missed
 * that write answers as before and the step fails.
 *
 * The network, by hand: UP1 and UP2 are upstream (roots). The access switch
 * A has two uplinks, A:u1 – c1 – UP1:d and A:u2 – c2 – UP2:d, and the server
 * SRV hangs off it, SRV:eth0 – c3 – A:s.
 * - UP1 lost: A keeps UP2, so it loses redundancy (DEGRADED); SRV still
 *   reaches a root through A, so it is not hit.
 * - UP1 lost with c2 unusable: A and SRV are cut off (DOWN).
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import type { CiClass } from '../../sdk/generated';

jest.setTimeout(240_000);

let api: TestApi;
/** A second instance over the same Neo4j: its own cache, the same log. */
let other: TestApi;

const DEVICES: [string, CiClass, Record<string, unknown>][] = [
  ['UP1', 'NetworkDevice', { role: 'CORE_SWITCH', upstream: true }],
  ['UP2', 'NetworkDevice', { role: 'CORE_SWITCH', upstream: true }],
  ['A', 'NetworkDevice', { role: 'ACCESS_SWITCH' }],
  ['SRV', 'Server', {}],
];
const INTERFACES: [string, string][] = [
  ['UP1', 'd'],
  ['UP2', 'd'],
  ['UP2', 'd2'],
  ['A', 'u1'],
  ['A', 'u2'],
  ['A', 'u3'],
  ['A', 's'],
  ['SRV', 'eth0'],
];

async function createDevices(): Promise<void> {
  for (const [id, cls, fields] of DEVICES) {
    ok(await api.sdk.CreateItem({ input: { id, class: cls, name: id, ...fields } }));
  }
}

async function cable(id: string, a: string, b: string): Promise<void> {
  ok(await api.sdk.ConnectCable({ input: { id, label: id, aTerminations: [{ id: a }], bTerminations: [{ id: b }] } }));
}

/** {id: state} of the devices hit (the failed left out), from one instance. */
async function hitBy(failed: string, on: TestApi = api, asOf?: string): Promise<Record<string, string>> {
  const report = ok(await on.sdk.Impact({ failed: [failed], asOf })).impact;
  return Object.fromEntries(report.impacted.edges.filter((e) => e.id !== failed).map((e) => [e.id, e.state]));
}

async function reachable(from: string, to: string, on: TestApi = api): Promise<boolean> {
  return ok(await on.sdk.Reachable({ from, to })).reachable.reachable;
}

async function version(id: string): Promise<number> {
  return ok(await api.sdk.Item({ id })).item!.version;
}

/** An instant before anything was wired. */
let startedAt: string;

beforeAll(async () => {
  api = await startTestApi();
  other = await startTestApi();
  await resetGraph(api.executor);
  await createDevices();
  await new Promise((resolve) => setTimeout(resolve, 20));
  startedAt = new Date().toISOString();
  for (const [device, name] of INTERFACES) {
    const id = `${device}:${name}`;
    ok(await api.sdk.CreateItem({ input: { id, class: 'Interface', name } }));
    ok(await api.sdk.Relate({ input: { from: id, type: 'COMPONENT_OF', to: device } }));
  }
  await cable('c1', 'A:u1', 'UP1:d');
  await cable('c2', 'A:u2', 'UP2:d');
  await cable('c3', 'SRV:eth0', 'A:s');
});
afterAll(async () => {
  await api.stop();
  await other.stop();
});

describe('answers follow every write, though the network they read is kept between questions', () => {
  it('first answers (and both instances keep the network)', async () => {
    expect(await hitBy('UP1')).toEqual({ A: 'DEGRADED' });
    expect(await hitBy('UP1', other)).toEqual({ A: 'DEGRADED' });
    expect(await reachable('SRV', 'UP2')).toBe(true);
  });

  it('a field change (cable c2 unplugged in the field: cableStatus PLANNED) is seen by the next question', async () => {
    ok(await api.sdk.UpdateItem({ id: 'c2', expectedVersion: await version('c2'), patch: { cableStatus: 'PLANNED' } }));
    expect(await hitBy('UP1')).toEqual({ A: 'DOWN', SRV: 'DOWN' });
    expect(await reachable('SRV', 'UP2')).toBe(false);
  });

  it('a status report made on the other instance is seen here, and the other way round', async () => {
    ok(
      await api.sdk.UpdateItem({ id: 'c2', expectedVersion: await version('c2'), patch: { cableStatus: 'CONNECTED' } }),
    );
    expect(await hitBy('UP1', other)).toEqual({ A: 'DEGRADED' });
    ok(await other.sdk.ReportStatus({ id: 'UP2', status: 'DOWN' }));
    expect(await hitBy('UP1')).toEqual({ A: 'DOWN', SRV: 'DOWN' });
    expect(await reachable('SRV', 'UP2')).toBe(false);
    ok(await api.sdk.ReportStatus({ id: 'UP2', status: 'OPERATIONAL' }));
    expect(await hitBy('UP1', other)).toEqual({ A: 'DEGRADED' });
    expect(await reachable('SRV', 'UP2', other)).toBe(true);
  });

  it('a cable disconnected, then another connected, changes the wiring the next question reads', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const whileWired = new Date().toISOString();
    ok(await api.sdk.DisconnectCable({ id: 'c2' }));
    expect(await hitBy('UP1')).toEqual({ A: 'DOWN', SRV: 'DOWN' });
    // As of before the disconnect, the wiring is rebuilt from the change log: c2 was still there.
    expect(await hitBy('UP1', other, whileWired)).toEqual({ A: 'DEGRADED' });
    expect(await hitBy('UP1', other, startedAt)).toEqual({});
    expect(await reachable('SRV', 'UP2', other)).toBe(false);
    await cable('c4', 'A:u3', 'UP2:d2');
    expect(await hitBy('UP1')).toEqual({ A: 'DEGRADED' });
    expect(await reachable('SRV', 'UP2', other)).toBe(true);
  });

  it('an application put on the server leaves the wiring as it is, and its impact is still answered', async () => {
    ok(await api.sdk.CreateItem({ input: { id: 'app', class: 'Application', name: 'app' } }));
    ok(await api.sdk.Relate({ input: { from: 'app', type: 'RUNS_ON', to: 'SRV' } }));
    expect(await hitBy('UP1')).toEqual({ A: 'DEGRADED' });
    expect(await hitBy('A')).toEqual({ SRV: 'DOWN', app: 'DOWN' });
  });

  it('a reset that writes no change records (a new epoch) empties what was kept', async () => {
    await resetGraph(api.executor);
    await createDevices();
    // Same ids, no cables: nothing is wired to UP1 any more.
    expect(await hitBy('UP1')).toEqual({});
    expect(await hitBy('UP1', other)).toEqual({});
  });
});
