/**
 * Builds a room's compute: servers in its racks (mostly deployed; some in maintenance, on the shelf or
 * retired), storage arrays, hypervisor clusters of the deployed hosts with VMs on them, stand-alone hosts,
 * and a site's servers still on order.
 */
import type { LifecycleState } from '../../graph/model/enums';
import { SERVER_MODELS, STORAGE_MODELS } from './catalogue.hardware';
import { nextIp } from './addressing';
import { cluster } from './cluster.shape';
import type { EstateDraft, RackCtx, RoomCtx, SiteCtx } from './estate.draft';
import { hardware } from './hardware.shape';
import { teamId } from './parties.builder';
import { install } from './software.builder';
import { pad } from './text';
import { buildVm } from './vms.builder';

/** Lifecycle states of racked servers, by weight (network.arithmetic.ts counts the ones in service). */
export const SERVER_STATES: readonly (readonly [LifecycleState, number])[] = [
  ['DEPLOYED', 88],
  ['IN_MAINTENANCE', 3],
  ['IN_STOCK', 5],
  ['RETIRED', 4],
];

/** Mount a device in a rack from the bottom up, cable it to the rack's top-of-rack switch and the management network. */
function rackMount(draft: EstateDraft, site: SiteCtx, id: string, rack: RackCtx, units: number, port: string): void {
  draft.rel('LOCATED_IN', id, rack.id, { rackUnit: rack.nextUnit + 1 });
  rack.nextUnit += units;
  draft.rel('CONNECTED_TO', id, rack.torId, { localPort: port, remotePort: `Ethernet1/${++rack.ports}` });
  rack.devices.push(id);
  draft.rel('CONNECTED_TO', id, site.networks.mgmt);
}

/** A host's operating system: set on the server and installed on it. */
function hostOs(draft: EstateDraft, serverId: string, os: string, productKey: string): void {
  const server = draft.serverIndex.get(serverId)!;
  server.os = os;
  install(draft, productKey, serverId, server.name as string);
}

export function buildRoomCompute(draft: EstateDraft, site: SiteCtx, room: RoomCtx): void {
  const p = draft.profile;
  const compute = teamId(draft, 'Compute Platform');
  const reseller = site.region.spec.reseller;
  const active: string[] = [];
  for (const rack of room.racks) {
    for (let i = 0; i < p.serversPerRack; i++) {
      const state = draft.rng.weighted(SERVER_STATES);
      const n = draft.next('server');
      const id = `srv-${pad(n, 5)}`;
      const inService = state === 'DEPLOYED' || state === 'IN_MAINTENANCE';
      const host = `${site.lower}-srv-${pad(n, 5)}`;
      const node = hardware(
        draft,
        'Server',
        id,
        host,
        state,
        site,
        draft.rng.pick(SERVER_MODELS),
        {
          cpuCores: draft.rng.pick([16, 24, 32, 48, 64, 96]),
          memoryGb: draft.rng.pick([128, 256, 384, 512, 768, 1024]),
        },
        {
          hostname: host,
          ip: inService ? nextIp(site, 'mgmt') : undefined,
          owner: compute,
          supplier: reseller,
          tags: inService ? ['env:prod'] : undefined,
        },
      );
      draft.serverIndex.set(id, node);
      if (inService) {
        rackMount(draft, site, id, rack, 2, 'eno1');
        active.push(id);
        if (!draft.torWithServers) {
          draft.torWithServers = rack.torId;
          draft.rackWithServers = rack.id;
        }
      } else {
        // On the shelf in the room's store, not in a rack.
        draft.rel('LOCATED_IN', id, room.id);
      }
    }
  }

  for (let s = 0; s < p.storagePerRoom; s++) {
    const rack = room.racks[s % room.racks.length];
    const model = draft.rng.pick(STORAGE_MODELS);
    const n = draft.next('storage');
    const id = `stor-${pad(n, 4)}`;
    const host = `${site.lower}-stor-${pad(n, 4)}`;
    hardware(
      draft,
      'StorageDevice',
      id,
      host,
      'DEPLOYED',
      site,
      model,
      {
        capacityTb: draft.rng.pick(model.tb),
        storageType: model.type,
      },
      {
        hostname: host,
        ip: nextIp(site, 'mgmt'),
        owner: teamId(draft, 'Storage Engineering'),
        tags: ['env:prod'],
      },
    );
    rackMount(draft, site, id, rack, 4, 'e0a');
    site.storageIds.push(id);
  }

  // Hypervisor clusters of 'clusterSize' hosts (minHealthyMembers = members - 1); the rest stand alone.
  draft.rng.shuffle(active);
  const standalone = active.splice(0, Math.round(active.length * 0.15));
  const [minSize, maxSize] = p.clusterSize;
  while (active.length > 0) {
    const size = Math.min(active.length, draft.rng.int(minSize, maxSize));
    const members = active.splice(0, size);
    if (members.length < 2) {
      standalone.push(...members);
      continue;
    }
    const n = draft.next('hvCluster');
    const clusterId = `cl-hv-${pad(n, 4)}`;
    cluster(draft, {
      id: clusterId,
      name: `${site.code} vSphere cluster ${pad(n, 4)}`,
      clusterType: 'hypervisor',
      minHealthyMembers: members.length - 1,
      description: `VMware vSphere cluster of ${members.length} hosts in ${room.name}`,
      tags: ['env:prod'],
      owner: compute,
      members,
    });
    for (const m of members) {
      hostOs(draft, m, 'VMware ESXi 8.0 U2', 'esxi');
      site.hypervisorHosts.push({ serverId: m, clusterId });
    }
    const vms = Math.max(1, Math.round(members.length * p.vmsPerHost * (0.7 + draft.rng.next() * 0.6)));
    for (let v = 0; v < vms; v++) buildVm(draft, site, clusterId);
  }
  // Stand-alone hosts: most run a few VMs directly (KVM), the rest are bare-metal Linux boxes.
  for (const serverId of standalone) {
    hostOs(draft, serverId, 'Red Hat Enterprise Linux 9.3', 'rhel');
    if (draft.rng.chance(0.7)) {
      const vms = draft.rng.int(1, 3);
      for (let v = 0; v < vms; v++) buildVm(draft, site, serverId);
    }
  }
}

/** Servers on order: bought but not delivered, so no serial number, asset tag or place yet. */
export function buildServersOnOrder(draft: EstateDraft, site: SiteCtx): void {
  for (let i = 0; i < 2; i++) {
    const n = draft.next('server');
    hardware(
      draft,
      'Server',
      `srv-${pad(n, 5)}`,
      `${site.lower}-srv-${pad(n, 5)}`,
      'ORDERED',
      site,
      draft.rng.pick(SERVER_MODELS),
      { cpuCores: draft.rng.pick([32, 48, 64]), memoryGb: draft.rng.pick([512, 768, 1024]) },
      { owner: teamId(draft, 'Compute Platform'), supplier: site.region.spec.reseller },
    );
  }
}
