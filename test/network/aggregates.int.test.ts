/**
 * The operator's aggregates through the API (issue 17): devices per class,
 * role, site and rack, and power per rack, against figures worked out by
 * hand on a small estate built through the SDK.
 *
 *   eu (REGION)
 *   ├─ lon "London" (SITE)
 *   │   └─ lon-b1 (BUILDING) ── panels lon-pp-a, lon-pp-b
 *   │       └─ lon-r1 (ROOM) ── lon-ap1 (ACCESS_POINT, no rack)
 *   │           ├─ lon-cc "Comms closet" (RACK): lon-core1, lon-fw1, lon-srv1, lon-pdu-a (PDU)
 *   │           │    feeds lon-cc-fa PRIMARY 230 V 32 A 80% = 5888 W, lon-cc-fb REDUNDANT (same)
 *   │           └─ lon-r2 "Rack 2" (RACK): lon-srv2, lon-srv3
 *   │                feed lon-r2-f PRIMARY 230 V 16 A (80% by default) = 2944 W
 *   └─ par "Paris" (SITE) ── panel par-pp
 *       └─ par-cc "Comms closet" (RACK): par-rtr1, par-sw1, par-srv1
 *            feed par-cc-f PRIMARY three-phase 400 V 32 A 80% = 400 × 32 × 0.8 × 1.732 = 17735.68 → 17736 W
 *   unplaced: spare1 (Server), lap1 (EndUserDevice)
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass } from '../../sdk/generated';

jest.setTimeout(240_000);

let api: TestApi;

const create = async (cls: CiClass, id: string, fields: Record<string, unknown> = {}) =>
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name: id, ...fields } }));
const relate = async (from: string, type: string, to: string, properties: Record<string, unknown> = {}) =>
  ok(await api.sdk.Relate({ input: { from, type: type as never, to, properties } }));
async function place(id: string, kind: string, name: string, parent?: string) {
  await create('Location', id, { name, locationKind: kind });
  if (parent) await relate(id, 'LOCATED_IN', parent);
}

/** A device in a place, with power ports `[name, allocatedDrawW, maximumDrawW]`. */
async function device(
  cls: CiClass,
  id: string,
  where: string | null,
  fields: Record<string, unknown>,
  psus: [string, number | null, number | null][] = [],
) {
  await create(cls, id, fields);
  if (where) await relate(id, 'LOCATED_IN', where, { rackUnit: 10, rackFace: 'FRONT' });
  for (const [name, allocatedDrawW, maximumDrawW] of psus) {
    const port = `${id}:${name}`;
    // A draw not recorded is left out (null is refused on create).
    const draws = Object.entries({ allocatedDrawW, maximumDrawW }).filter(([, w]) => w !== null);
    await create('PowerPort', port, { name, ...Object.fromEntries(draws) });
    await relate(port, 'COMPONENT_OF', id);
  }
}

async function feed(id: string, panel: string, rack: string, fields: Record<string, unknown>) {
  await create('PowerFeed', id, { supply: 'AC', ...fields });
  await relate(id, 'FED_BY', panel);
  await relate(id, 'SERVES', rack);
}

const cable = async (a: { device: string; name: string }, b: { id: string } | { device: string; name: string }) =>
  ok(await api.sdk.ConnectCable({ input: { aTerminations: [a], bTerminations: [b], cableType: 'power' } }));

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await place('eu', 'REGION', 'Europe');
  await place('lon', 'SITE', 'London', 'eu');
  await place('lon-b1', 'BUILDING', 'London B1', 'lon');
  await place('lon-r1', 'ROOM', 'Room 1', 'lon-b1');
  await place('lon-cc', 'RACK', 'Comms closet', 'lon-r1');
  await place('lon-r2', 'RACK', 'Rack 2', 'lon-r1');
  await place('par', 'SITE', 'Paris', 'eu');
  await place('par-cc', 'RACK', 'Comms closet', 'par');

  await device('NetworkDevice', 'lon-core1', 'lon-cc', { role: 'CORE_SWITCH' }, [
    ['PSU1', 400, 650],
    ['PSU2', 400, 650],
  ]);
  await device('NetworkDevice', 'lon-fw1', 'lon-cc', { role: 'FIREWALL' }, [['PSU1', null, 300]]);
  await device('Server', 'lon-srv1', 'lon-cc', {}, [
    ['PSU1', 500, 750],
    ['PSU2', 500, 750],
  ]);
  // The PDU's inlet budget (17600 W) is what its outlets pass on: not counted again.
  await device('NetworkDevice', 'lon-pdu-a', 'lon-cc', { role: 'PDU' }, [['Inlet', 17_600, 22_000]]);
  for (const n of [1, 2, 3]) {
    await create('PowerOutlet', `lon-pdu-a:Out${n}`, { name: `Out${n}` });
    await relate(`lon-pdu-a:Out${n}`, 'COMPONENT_OF', 'lon-pdu-a');
    await relate(`lon-pdu-a:Out${n}`, 'FED_BY', 'lon-pdu-a:Inlet');
  }
  await device('NetworkDevice', 'lon-ap1', 'lon-r1', { role: 'ACCESS_POINT' }, [['PoE', 20, 25]]);
  await device('Server', 'lon-srv2', 'lon-r2', {}, [['PSU1', 1600, 2000]]);
  await device('Server', 'lon-srv3', 'lon-r2', {}, [
    ['PSU1', 1500, null],
    ['PSU2', null, 200],
  ]);
  await device('NetworkDevice', 'par-rtr1', 'par-cc', { role: 'ROUTER' }, [['PSU1', 300, 450]]);
  await device('NetworkDevice', 'par-sw1', 'par-cc', { role: 'ACCESS_SWITCH' }, [['PSU1', 150, 250]]);
  await device('Server', 'par-srv1', 'par-cc', {});
  await device('Server', 'spare1', null, {});
  await device('EndUserDevice', 'lap1', null, {});

  await create('PowerPanel', 'lon-pp-a');
  await relate('lon-pp-a', 'LOCATED_IN', 'lon-b1');
  await create('PowerPanel', 'lon-pp-b');
  await relate('lon-pp-b', 'LOCATED_IN', 'lon-b1');
  await create('PowerPanel', 'par-pp');
  await relate('par-pp', 'LOCATED_IN', 'par');
  const a32 = { phase: 'SINGLE_PHASE', voltage: 230, amperage: 32, maxUtilisation: 80 };
  await feed('lon-cc-fa', 'lon-pp-a', 'lon-cc', { feedType: 'PRIMARY', ...a32 });
  await feed('lon-cc-fb', 'lon-pp-b', 'lon-cc', { feedType: 'REDUNDANT', ...a32 });
  await feed('lon-r2-f', 'lon-pp-a', 'lon-r2', { feedType: 'PRIMARY', voltage: 230, amperage: 16 });
  await feed('par-cc-f', 'par-pp', 'par-cc', {
    feedType: 'PRIMARY',
    phase: 'THREE_PHASE',
    voltage: 400,
    amperage: 32,
    maxUtilisation: 80,
  });
  // Wired as it would be (the figures do not depend on the cables).
  await cable({ device: 'lon-pdu-a', name: 'Inlet' }, { id: 'lon-cc-fa' });
  await cable({ device: 'lon-core1', name: 'PSU1' }, { device: 'lon-pdu-a', name: 'Out1' });
  await cable({ device: 'lon-srv1', name: 'PSU1' }, { device: 'lon-pdu-a', name: 'Out2' });
}, 240_000);
afterAll(() => api.stop());

const counts = async (by: 'CLASS' | 'ROLE' | 'SITE' | 'RACK', site?: string) =>
  ok(await api.sdk.DeviceCounts({ by, site })).deviceCounts.map((g) => [g.key, g.name, g.siteName, g.count]);

describe('deviceCounts', () => {
  it('counts by class, every hardware CI placed or not', async () => {
    expect(await counts('CLASS')).toEqual([
      ['EndUserDevice', 'EndUserDevice', null, 1],
      ['NetworkDevice', 'NetworkDevice', null, 6],
      ['Server', 'Server', null, 5],
    ]);
  });

  it('counts by role, the devices with no role last', async () => {
    expect(await counts('ROLE')).toEqual([
      ['ACCESS_POINT', 'ACCESS_POINT', null, 1],
      ['ACCESS_SWITCH', 'ACCESS_SWITCH', null, 1],
      ['CORE_SWITCH', 'CORE_SWITCH', null, 1],
      ['FIREWALL', 'FIREWALL', null, 1],
      ['PDU', 'PDU', null, 1],
      ['ROUTER', 'ROUTER', null, 1],
      [null, null, null, 6],
    ]);
  });

  it('counts by the nearest site, not the region above it', async () => {
    // London: core1, fw1, srv1, pdu-a, srv2, srv3 and ap1 (in a room); Paris: rtr1, sw1, srv1.
    expect(await counts('SITE')).toEqual([
      ['lon', 'London', 'London', 7],
      ['par', 'Paris', 'Paris', 3],
      [null, null, null, 2],
    ]);
  });

  it('keeps the two racks called "Comms closet" apart', async () => {
    // Devices in no rack are grouped by their site: ap1 in a London room; spare1 and lap1 nowhere.
    expect(await counts('RACK')).toEqual([
      ['lon-cc', 'Comms closet', 'London', 4],
      ['par-cc', 'Comms closet', 'Paris', 3],
      ['lon-r2', 'Rack 2', 'London', 2],
      [null, null, 'London', 1],
      [null, null, null, 2],
    ]);
  });

  it('counts one site only when given one', async () => {
    expect(await counts('RACK', 'lon')).toEqual([
      ['lon-cc', 'Comms closet', 'London', 4],
      ['lon-r2', 'Rack 2', 'London', 2],
      [null, null, 'London', 1],
    ]);
    expect(await counts('ROLE', 'par')).toEqual([
      ['ACCESS_SWITCH', 'ACCESS_SWITCH', null, 1],
      ['ROUTER', 'ROUTER', null, 1],
      [null, null, null, 1],
    ]);
  });

  it('refuses a site that does not exist or is not a site', async () => {
    const missing = await refused(api.sdk.DeviceCounts({ by: 'RACK', site: 'nowhere' }), 'NOT_FOUND', 'site');
    expect(missing.extensions?.reason).toBe('no Location with id nowhere');
    const building = await refused(api.sdk.DeviceCounts({ by: 'RACK', site: 'lon-b1' }), 'BAD_USER_INPUT', 'site');
    expect(building.extensions?.reason).toBe('lon-b1 is a BUILDING, not a SITE');
    const server = await refused(api.sdk.DeviceCounts({ by: 'SITE', site: 'spare1' }), 'BAD_USER_INPUT', 'site');
    expect(server.extensions?.reason).toBe('spare1 is a Server, not a SITE');
  });
});

describe('rackPower', () => {
  const LON_CC = {
    rack: { id: 'lon-cc', name: 'Comms closet' },
    site: { id: 'lon', name: 'London' },
    feeds: [
      {
        feed: { id: 'lon-cc-fa', feedType: 'PRIMARY', phase: 'SINGLE_PHASE', voltage: 230, amperage: 32 },
        panel: { id: 'lon-pp-a' },
        capacityW: 5888,
        counted: true,
      },
      {
        feed: { id: 'lon-cc-fb', feedType: 'REDUNDANT' },
        panel: { id: 'lon-pp-b' },
        capacityW: 5888,
        counted: false,
      },
    ],
    // Only the primary counts (N+1). Allocated: core1 400 + 400, fw1 300 (its maximum: no allocation),
    // srv1 500 + 500 = 2100; the PDU's inlet is left out. Maximum: 650 + 650 + 300 + 750 + 750 = 3100.
    // 2100 / 5888 = 35.67%.
    capacityW: 5888,
    allocatedDrawW: 2100,
    maximumDrawW: 3100,
    utilisationPercent: 35.7,
    overloaded: false,
  };
  const LON_R2 = {
    rack: { id: 'lon-r2', name: 'Rack 2' },
    site: { id: 'lon' },
    feeds: [{ feed: { id: 'lon-r2-f', maxUtilisation: null }, capacityW: 2944, counted: true }],
    // Allocated: srv2 1600, srv3 1500 + 200 (PSU2's maximum) = 3300 > 2944: overloaded, 112.09%.
    // Maximum: 2000 + 1500 (PSU1's allocation) + 200 = 3700.
    capacityW: 2944,
    allocatedDrawW: 3300,
    maximumDrawW: 3700,
    utilisationPercent: 112.1,
    overloaded: true,
  };
  const PAR_CC = {
    rack: { id: 'par-cc', name: 'Comms closet' },
    site: { id: 'par', name: 'Paris' },
    feeds: [{ feed: { id: 'par-cc-f', phase: 'THREE_PHASE' }, panel: { id: 'par-pp' }, capacityW: 17736 }],
    // 300 + 150 = 450 allocated, 450 + 250 = 700 maximum; par-srv1 has no power ports. 450 / 17736 = 2.54%.
    capacityW: 17736,
    allocatedDrawW: 450,
    maximumDrawW: 700,
    utilisationPercent: 2.5,
    overloaded: false,
  };

  const power = async (args: { site?: string; racks?: string[] }) => ok(await api.sdk.RackPower(args)).rackPower;

  it("answers a site's racks by name, an overloaded one flagged", async () => {
    expect(await power({ site: 'lon' })).toMatchObject([LON_CC, LON_R2]);
  });

  it('answers the racks asked for in their order, and every rack when none is asked for', async () => {
    expect(await power({ racks: ['par-cc', 'lon-r2'] })).toMatchObject([PAR_CC, LON_R2]);
    const all = await power({});
    expect(all.map((r) => r.rack.id)).toEqual(['lon-cc', 'par-cc', 'lon-r2']);
    expect(all).toMatchObject([LON_CC, PAR_CC, LON_R2]);
  });

  it('refuses unknown racks, places that are not racks, a non-site, and racks with a site', async () => {
    const missing = await refused(api.sdk.RackPower({ racks: ['lon-cc', 'nope'] }), 'NOT_FOUND', 'racks[1]');
    expect(missing.extensions?.reason).toBe('no Location with id nope');
    const room = await refused(api.sdk.RackPower({ racks: ['lon-r1'] }), 'BAD_USER_INPUT', 'racks[0]');
    expect(room.extensions?.reason).toBe('lon-r1 is a ROOM, not a RACK');
    const server = await refused(api.sdk.RackPower({ racks: ['lon-srv1'] }), 'BAD_USER_INPUT', 'racks[0]');
    expect(server.extensions?.reason).toBe('lon-srv1 is a Server, not a RACK');
    await refused(api.sdk.RackPower({ site: 'eu' }), 'BAD_USER_INPUT', 'site');
    await refused(api.sdk.RackPower({ site: 'lon', racks: ['lon-cc'] }), 'BAD_USER_INPUT', 'racks');
  });
});
