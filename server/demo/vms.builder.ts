/**
 * Builds virtual machines and hands them out: a VM is made on a hypervisor cluster or stand-alone host as a
 * free slot, taken by a database or application (nearest site first), and finished once every workload is
 * placed, when it learns its environment, network, address and the software installed on it.
 */
import { VM_OSES } from './catalogue.software';
import { nextIp } from './addressing';
import type { EstateDraft, SiteCtx, VmEnv, VmSlot } from './estate.draft';
import { install } from './software.builder';
import { pad } from './text';

/** A free VM RUNS_ON the host (a hypervisor cluster or server); its environment is decided later. */
export function buildVm(draft: EstateDraft, site: SiteCtx, hostId: string): void {
  const n = draft.next('vm');
  const id = `vm-${pad(n, 6)}`;
  const host = `${site.lower}-vm-${pad(n, 6)}`;
  const node = draft.ci(
    'VirtualMachine',
    id,
    host,
    'DEPLOYED',
    {
      hostname: host,
      domain: site.domain,
      ipAddresses: [] as string[],
      os: draft.rng.weighted(VM_OSES),
      vcpu: draft.rng.pick([2, 2, 4, 4, 8, 16]),
      memoryGb: draft.rng.pick([4, 8, 8, 16, 32, 64]),
    },
    { tags: ['env:dev'] },
  );
  draft.rel('RUNS_ON', id, hostId);
  site.vms.push({ node, site, used: false, env: 'dev' });
}

/** The site's next free VM (its VMs are shuffled once, on first use, to spread load over its clusters). */
function freeVm(draft: EstateDraft, site: SiteCtx): VmSlot | undefined {
  if (site.vmCursor === 0 && site.vms.length > 0) draft.rng.shuffle(site.vms);
  return site.vmCursor < site.vms.length ? site.vms[site.vmCursor++] : undefined;
}

/** A free VM at the site, else elsewhere in its region, else anywhere; shared when none is free. */
export function takeVm(draft: EstateDraft, site: SiteCtx, env: VmEnv): VmSlot {
  let free = freeVm(draft, site);
  for (let i = 0; !free && i < site.region.sites.length; i++) free = freeVm(draft, site.region.sites[i]);
  for (let i = 0; !free && i < draft.sites.length; i++) free = freeVm(draft, draft.sites[i]);
  if (free) {
    free.used = true;
    free.env = env;
    return free;
  }
  // Every VM is taken: co-host on one already in use (realistic enough for a busy estate).
  const pool = site.vms.length > 0 ? site.vms : draft.sites.find((s) => s.vms.length > 0)!.vms;
  return draft.rng.pick(pool);
}

/** VMs learn their environment, network, address and installed software once workloads are placed. */
export function finishVms(draft: EstateDraft): void {
  for (const site of draft.sites) {
    for (const slot of site.vms) {
      const env = slot.used ? slot.env : draft.rng.chance(0.5) ? 'dev' : 'test';
      const net = env === 'prod' ? 'prod' : 'dev';
      const vm = slot.node;
      const id = vm.id as string;
      vm.tags = draft.tagSet([`env:${env}`]);
      vm.ipAddresses = [nextIp(site, net)];
      if (!slot.used) vm.description = 'Not assigned to an application (build agent, jump host or spare)';
      draft.rel('CONNECTED_TO', id, site.networks[net]);
      if (!slot.used) continue;
      const name = vm.name as string;
      const os = vm.os as string;
      if (os.startsWith('Windows')) install(draft, 'winsrv', id, name);
      else if (os.startsWith('Red Hat')) install(draft, 'rhel', id, name);
      if (slot.engine) install(draft, slot.engine, id, name);
      if (draft.rng.chance(draft.profile.agentChance))
        install(draft, draft.rng.chance(0.6) ? 'falcon' : 'splunkuf', id, name);
    }
  }
}
