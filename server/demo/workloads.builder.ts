/**
 * Builds workloads on VMs: databases (single, or a primary and a replica in two sites as a database Cluster)
 * and applications (on one VM, or on a redundant pair of VMs in two sites as an 'application-pool' Cluster).
 * Redundant parts always live in different sites of a region when the region has more than one.
 */
import { DB_ENGINES } from './catalogue.software';
import { cluster } from './cluster.shape';
import type { EstateDraft, SiteCtx } from './estate.draft';
import { teamId } from './parties.builder';
import { pad, slug } from './text';
import { takeVm } from './vms.builder';

/** Another site of the site's region, for the second half of a redundant pair (the site itself when alone). */
function otherSiteInRegion(draft: EstateDraft, site: SiteCtx): SiteCtx {
  return site.region.sites.length > 1 ? draft.rng.pick(site.region.sites.filter((s) => s !== site)) : site;
}

function database(
  draft: EstateDraft,
  name: string,
  site: SiteCtx,
  owner: string,
  tags: readonly string[],
): { id: string; engine: (typeof DB_ENGINES)[number] } {
  const engine = draft.rng.pick(DB_ENGINES);
  const id = `db-${pad(draft.next('db'), 5)}`;
  draft.ci(
    'Database',
    id,
    name,
    'DEPLOYED',
    { engine: engine.engine, engineVersion: engine.version, port: engine.port },
    {
      description: `${engine.engine} ${engine.version} database ${name}`,
      tags,
    },
  );
  const vm = takeVm(draft, site, tags.includes('env:dev') ? 'dev' : 'prod');
  vm.engine = engine.product;
  draft.rel('RUNS_ON', id, vm.node.id as string);
  draft.rel('OWNED_BY', id, owner);
  if (site.storageIds.length > 0 && draft.rng.chance(0.3)) draft.rel('DEPENDS_ON', id, draft.rng.pick(site.storageIds));
  return { id, engine };
}

/**
 * A database for an application to depend on: one instance, or (a quarter of the time) a primary and a
 * replica that are MEMBER_OF a database Cluster, in which case the application depends on the Cluster.
 */
export function buildDatabaseTarget(
  draft: EstateDraft,
  baseName: string,
  site: SiteCtx,
  tags: readonly string[],
): string {
  const dba = teamId(draft, 'Database Administration');
  if (!draft.rng.chance(0.25)) return database(draft, baseName, site, dba, tags).id;
  const clusterId = `cl-db-${pad(draft.next('dbCluster'), 4)}`;
  const other = otherSiteInRegion(draft, site);
  const primary = database(draft, `${baseName}-a`, site, dba, tags);
  const replica = database(draft, `${baseName}-b`, other, dba, tags);
  cluster(draft, {
    id: clusterId,
    name: `${baseName} cluster`,
    clusterType: 'database',
    minHealthyMembers: 1,
    description: `${primary.engine.engine} primary and replica`,
    tags,
    owner: dba,
    members: [primary.id, replica.id],
  });
  return clusterId;
}

export interface ApplicationOptions {
  /** Run on a redundant pair of VMs. */
  pair: boolean;
  /** Serves users (a URL; behind the load-balancer pair when it is a pair). */
  front: boolean;
  /** The owning team's name, for the repository URL. */
  team: string;
}

/**
 * An application on one VM, or on a redundant pair of VMs in two sites of the region (behind the LB pair
 * when it serves users). A pair's VMs are also MEMBER_OF an 'application-pool' Cluster that needs one
 * member, which tells impact analysis that the two RUNS_ON targets back each other up.
 */
export function buildApplication(
  draft: EstateDraft,
  name: string,
  site: SiteCtx,
  owner: string,
  tags: readonly string[],
  opts: ApplicationOptions,
): string {
  const rng = draft.rng;
  const id = `app-${pad(draft.next('app'), 5)}`;
  draft.ci(
    'Application',
    id,
    name,
    'DEPLOYED',
    {
      deployedVersion: `${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 99)}`,
      repository: `https://git.example.com/${slug(opts.team)}/${name}`,
      url: opts.front ? `https://${name}.apps.example.com` : undefined,
    },
    { tags },
  );
  const env = tags.includes('env:dev') ? 'dev' : tags.includes('env:test') ? 'test' : 'prod';
  const vms = [takeVm(draft, site, env)];
  if (opts.pair) {
    const other = otherSiteInRegion(draft, site);
    let second = takeVm(draft, other, env);
    if (second === vms[0]) second = takeVm(draft, site, env);
    if (second !== vms[0]) vms.push(second);
  }
  const vmIds = vms.map((v) => v.node.id as string);
  for (const vmId of vmIds) draft.rel('RUNS_ON', id, vmId);
  draft.appVms.set(id, vmIds);
  if (vmIds.length > 1) {
    cluster(draft, {
      id: `cl-app-${pad(draft.next('appCluster'), 5)}`,
      name: `${name} pool`,
      clusterType: 'application-pool',
      minHealthyMembers: 1,
      description: `The VMs ${name} runs on; either can carry it`,
      tags,
      owner,
      members: vmIds,
    });
  }
  if (opts.pair && opts.front) draft.rel('DEPENDS_ON', id, site.lbClusterId);
  draft.rel('OWNED_BY', id, owner);
  return id;
}
