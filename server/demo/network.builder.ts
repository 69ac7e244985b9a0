/**
 * Builds a site's network: a redundant core switch pair, edge routers, a firewall and a load-balancer pair
 * (each pair a Cluster), a distribution pair per room dual-homed to both cores, a top-of-rack switch per rack,
 * access points per building, spare switches, and the site's four VLAN networks, which need the core pair.
 * CONNECTED_TO always points upstream, so it stays acyclic. It is the simple model's view of the links; the
 * cables, ports, the second top-of-rack switch per rack, power and addresses are laid by wiring.builder.ts,
 * power.builder.ts and ipam.builder.ts after the rest of the estate, on the port numbers recorded here.
 */
import type { LifecycleState, NetworkDeviceRole } from '../../graph/model/enums';
import { FIREWALLS, LOAD_BALANCERS, NETWORK_FAMILIES } from './catalogue.hardware';
import type { HwModel } from './catalogue.hardware';
import { networkCidr, nextIp } from './addressing';
import { cluster } from './cluster.shape';
import type { EstateDraft, RackCtx, SiteCtx, SiteNetwork } from './estate.draft';
import { hardware } from './hardware.shape';
import { teamId } from './parties.builder';
import { pad } from './text';

/** The site's networks: key, label, VLAN. */
const SITE_NETWORKS: readonly (readonly [SiteNetwork, string, number])[] = [
  ['mgmt', 'management', 100],
  ['prod', 'production servers', 200],
  ['dev', 'development servers', 300],
  ['user', 'user access', 400],
];

/** A top-of-rack switch: 48 access ports and 4 uplinks. */
export const TOR_PORTS = 52;

/**
 * A distribution switch's ports: one per top-of-rack switch of its room (two per rack), six for access
 * points, two uplinks to the cores, and spares; a 36-port model while that fits, else a 64-port one.
 */
export function distributionPorts(racksPerRoom: number): number {
  const needed = 2 * racksPerRoom + 6 + 2;
  if (needed > 64) throw new Error(`a room of ${racksPerRoom} racks needs ${needed} distribution ports; at most 64`);
  return needed <= 36 ? 36 : 64;
}

export function buildSiteNetwork(draft: EstateDraft, site: SiteCtx): void {
  const fam = draft.rng.pick(NETWORK_FAMILIES);
  site.networkFamily = NETWORK_FAMILIES.indexOf(fam);
  const distPorts = distributionPorts(draft.profile.racksPerRoom);
  const netOps = teamId(draft, 'Network Operations');
  const firstRoom = site.buildings[0].rooms[0];
  const rackFor = (i: number) => firstRoom.racks[i % firstRoom.racks.length];
  // Network gear fills racks from the top down.
  const place = (deviceId: string, rack: RackCtx, units: number) => {
    draft.rel('LOCATED_IN', deviceId, rack.id, { rackUnit: 43 - rack.nextUnit - units });
    rack.nextUnit += units;
    rack.devices.push(deviceId);
  };
  const device = (
    id: string,
    host: string,
    role: NetworkDeviceRole,
    model: HwModel,
    firmware: string,
    ports: number,
    state: LifecycleState = 'DEPLOYED',
    tags?: string[],
  ) =>
    hardware(
      draft,
      'NetworkDevice',
      id,
      host,
      state,
      site,
      model,
      {
        role,
        portCount: ports,
        firmware: state === 'DEPLOYED' || state === 'IN_MAINTENANCE' ? firmware : undefined,
        // Routers are the site's egress: a device is connected while a path of cables reaches one.
        upstream: role === 'ROUTER' ? true : undefined,
      },
      {
        hostname: host,
        ip: state === 'RETIRED' || state === 'IN_STOCK' ? undefined : nextIp(site, 'mgmt'),
        owner: netOps,
        tags,
      },
    );
  const pair = (clusterId: string, name: string, clusterType: string, members: string[]) =>
    cluster(draft, {
      id: clusterId,
      name,
      clusterType,
      minHealthyMembers: 1,
      description: `${name}: either member can carry the load`,
      owner: netOps,
      members,
    });
  const netModel = (model: string, cost: readonly [number, number]): HwModel => ({ vendor: fam.vendor, model, cost });
  const uplinks = (from: string, localBase: number, remote: string[], remoteStart: number) => {
    remote.forEach((to, i) => {
      const link = { localPort: `Ethernet1/${localBase + i}`, remotePort: `Ethernet1/${remoteStart}` };
      draft.rel('CONNECTED_TO', from, to, link);
      site.uplinks.push({ from, to, ...link });
    });
  };

  // Core: a redundant pair in a Cluster; everything else hangs below it.
  for (const ab of ['a', 'b']) {
    const coreId = `sw-core-${pad(site.index, 3)}-${ab}`;
    device(
      coreId,
      `${site.lower}-core-${ab}`,
      'CORE_SWITCH',
      netModel(fam.core, [40_000, 90_000]),
      fam.firmware,
      64,
      'DEPLOYED',
      ['network:core'],
    );
    place(coreId, rackFor(ab === 'a' ? 0 : 1), 2);
    site.coreIds.push(coreId);
  }
  pair(site.coreClusterId, `${site.code} core pair`, 'network-redundancy-pair', site.coreIds);

  // Edge pairs (routers, firewalls, load balancers), each member uplinked to both cores.
  let corePort = 1;
  const edge = (
    id: string,
    host: string,
    role: NetworkDeviceRole,
    model: HwModel,
    firmware: string,
    ports: number,
    i: number,
  ) => {
    device(id, host, role, model, firmware, ports);
    place(id, rackFor(i), 1);
    uplinks(id, ports - 1, site.coreIds, corePort++);
    return id;
  };
  for (const [i, ab] of ['a', 'b'].entries()) {
    edge(
      `rtr-${pad(site.index, 3)}-${ab}`,
      `${site.lower}-rtr-${ab}`,
      'ROUTER',
      netModel(fam.router, [25_000, 60_000]),
      fam.firmware,
      8,
      i,
    );
  }
  const fw = draft.rng.pick(FIREWALLS);
  const fwIds = ['a', 'b'].map((ab, i) =>
    edge(`fw-${pad(site.index, 3)}-${ab}`, `${site.lower}-fw-${ab}`, 'FIREWALL', fw, fw.firmware, 16, i),
  );
  pair(site.fwClusterId, `${site.code} firewall HA pair`, 'firewall-ha-pair', fwIds);
  const lb = draft.rng.pick(LOAD_BALANCERS);
  const lbIds = ['a', 'b'].map((ab, i) =>
    edge(`lb-${pad(site.index, 3)}-${ab}`, `${site.lower}-lb-${ab}`, 'LOAD_BALANCER', lb, lb.firmware, 8, i),
  );
  pair(site.lbClusterId, `${site.code} load balancer pair`, 'load-balancer-pair', lbIds);

  // Distribution pairs per room (dual-homed to both cores), a top-of-rack switch per rack (single-homed).
  for (const building of site.buildings) {
    for (const room of building.rooms) {
      for (const ab of ['a', 'b']) {
        const n = draft.next('dist');
        const distId = `sw-dist-${pad(n, 4)}`;
        device(
          distId,
          `${site.lower}-dist-${pad(n, 4)}`,
          'DISTRIBUTION_SWITCH',
          netModel(fam.dist, [18_000, 40_000]),
          fam.firmware,
          distPorts,
        );
        place(distId, room.racks[ab === 'a' ? 0 : room.racks.length - 1], 1);
        uplinks(distId, distPorts - 1, site.coreIds, corePort++);
        room.distIds.push(distId);
      }
      room.racks.forEach((rack, k) => {
        const n = draft.next('tor');
        const torId = `sw-tor-${pad(n, 5)}`;
        const state: LifecycleState = draft.rng.chance(0.02) ? 'IN_MAINTENANCE' : 'DEPLOYED';
        device(
          torId,
          `${site.lower}-tor-${pad(n, 5)}`,
          'TOR_SWITCH',
          netModel(fam.tor, [9_000, 22_000]),
          fam.firmware,
          TOR_PORTS,
          state,
        );
        draft.rel('LOCATED_IN', torId, rack.id, { rackUnit: 42 });
        rack.devices.push(torId);
        draft.rel('CONNECTED_TO', torId, room.distIds[k % 2], {
          localPort: 'Ethernet1/49',
          remotePort: `Ethernet1/${k + 1}`,
        });
        rack.torId = torId;
      });
    }
    for (let i = 0; i < draft.profile.apsPerBuilding; i++) {
      const n = draft.next('ap');
      const apId = `ap-${pad(n, 5)}`;
      const state: LifecycleState = draft.rng.chance(0.05) ? 'IN_MAINTENANCE' : 'DEPLOYED';
      device(
        apId,
        `${site.lower}-ap-${pad(n, 5)}`,
        'ACCESS_POINT',
        netModel(fam.ap, [600, 1_400]),
        fam.firmware,
        1,
        state,
      );
      draft.rel('LOCATED_IN', apId, building.id);
      const ap = { localPort: 'mgmt0', remotePort: `Ethernet1/${distPorts - 2 - (i % 6)}` };
      draft.rel('CONNECTED_TO', apId, building.rooms[0].distIds[i % 2], ap);
      site.accessPoints.push({ id: apId, building: building.id, to: building.rooms[0].distIds[i % 2], ...ap });
    }
  }

  // A spare switch on the shelf and, from medium up, a retired one awaiting disposal.
  const spareStates: LifecycleState[] =
    draft.size === 'tiny' || draft.size === 'small' ? ['IN_STOCK'] : ['IN_STOCK', 'RETIRED'];
  for (const state of spareStates) {
    const n = draft.next('spare');
    const spareId = `sw-spare-${pad(n, 4)}`;
    device(
      spareId,
      `${site.lower}-spare-${pad(n, 4)}`,
      'TOR_SWITCH',
      netModel(fam.tor, [9_000, 22_000]),
      fam.firmware,
      TOR_PORTS,
      state,
    );
    draft.rel('LOCATED_IN', spareId, firstRoom.id);
  }

  // Networks: each needs the core pair (through its Cluster, so one core failing does not take it down).
  for (const [key, label, vlan] of SITE_NETWORKS) {
    const netId = site.networks[key];
    const cidr = networkCidr(site, key);
    draft.ci(
      'Network',
      netId,
      `${site.code} ${label}`,
      'DEPLOYED',
      { cidr, vlan, gateway: cidr.replace(/0\/18$/, '1') },
      {
        description: `${label} VLAN ${vlan} at ${site.code}`,
        tags: key === 'prod' ? ['env:prod'] : key === 'dev' ? ['env:dev'] : undefined,
      },
    );
    draft.rel('DEPENDS_ON', netId, site.coreClusterId);
    draft.rel('OWNED_BY', netId, netOps);
  }
}
