/**
 * Turns a finished draft into the GeneratedEstate callers see: the node and relationship lists, their
 * counts, and the well-known ids tests, benchmarks and the README's examples start from.
 */
import { AS_OF_MS, isoInstant } from './clock';
import type { EstateDraft } from './estate.draft';
import type { GeneratedEstate, NetworkCounts } from './estate.types';
import { componentId } from './wiring.shape';

export function summarise(draft: EstateDraft): GeneratedEstate {
  const byClass: Record<string, number> = {};
  let nodes = 0;
  for (const [className, list] of draft.nodes) {
    byClass[className] = list.length;
    nodes += list.length;
  }
  const byType: Record<string, number> = {};
  let relationships = 0;
  for (const [type, list] of draft.rels) {
    byType[type] = list.length;
    relationships += list.length;
  }
  const roles: Record<string, number> = {};
  for (const device of draft.nodes.get('NetworkDevice')!)
    roles[device.role as string] = (roles[device.role as string] ?? 0) + 1;
  const network: NetworkCounts = {
    interfaces: byClass.Interface,
    frontPorts: byClass.FrontPort,
    rearPorts: byClass.RearPort,
    powerPorts: byClass.PowerPort,
    powerOutlets: byClass.PowerOutlet,
    cables: byClass.Cable,
    patchPanels: roles.PATCH_PANEL ?? 0,
    pdus: roles.PDU ?? 0,
    circuits: byClass.Circuit,
    powerFeeds: byClass.PowerFeed,
    prefixes: byClass.Prefix,
    ipAddresses: byClass.IPAddress,
  };
  const critical = draft.businessServices.find((b) => b.criticality === 'CRITICAL') ?? draft.businessServices[0];
  const sampleApplicationId = critical.apps[0];
  const vmIds = new Set(draft.appVms.get(sampleApplicationId));
  const sampleVmId = [...vmIds][0];
  // A deployed host whose cluster carries VMs that applications use.
  const usedVmIds = new Set(draft.sites.flatMap((s) => s.vms.filter((v) => v.used).map((v) => v.node.id as string)));
  const usedOn = new Set<string>();
  for (const rel of draft.rels.get('RUNS_ON')!) {
    if (rel.from.startsWith('vm-') && usedVmIds.has(rel.from)) usedOn.add(rel.to);
  }
  const hosts = draft.sites.flatMap((s) => s.hypervisorHosts);
  const host =
    hosts.find((h) => usedOn.has(h.clusterId) && draft.serverIndex.get(h.serverId)?.lifecycleState === 'DEPLOYED') ??
    hosts[0];
  return {
    size: draft.size,
    seed: draft.seed,
    asOf: isoInstant(AS_OF_MS),
    nodes: draft.nodes,
    relationships: draft.rels,
    counts: { nodes, relationships, byClass, byType, network },
    regionIds: draft.regions.map((r) => r.id),
    siteIds: draft.sites.map((s) => s.id),
    coreSwitchIds: draft.sites.flatMap((s) => s.coreIds),
    coreClusterIds: draft.sites.map((s) => s.coreClusterId),
    businessServiceIds: draft.businessServices.map((b) => b.id),
    technicalServiceIds: draft.nodes.get('TechnicalService')!.map((n) => n.id as string),
    sampleServerId: host.serverId,
    sampleClusterId: host.clusterId,
    sampleVmId,
    sampleApplicationId,
    sampleDatabaseId: draft.dbUsers.find((d) => d.startsWith('db-')) ?? (draft.nodes.get('Database')![0].id as string),
    sampleBusinessServiceId: critical.id,
    sampleTorSwitchId: draft.torWithServers,
    sampleRackId: draft.rackWithServers,
    sampleInterfaceId: componentId(host.serverId, 'eno1'),
    samplePduId: `pdu-${draft.rackWithServers.slice(draft.rackWithServers.indexOf('-') + 1)}-a`,
  };
}
