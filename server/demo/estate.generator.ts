/**
 * A deterministic, realistic estate for demos, tests and benchmarks. Pure: no
 * I/O, no clock, no Math.random. The same size and seed always give the same
 * nodes, ids, properties and relationships, in the same order.
 *
 * Shape, per site: a location tree (region → site → building → room → rack),
 * a redundant core switch pair, edge routers, a firewall and a load-balancer
 * pair, distribution switches per room, a top-of-rack switch per rack,
 * servers in racks grouped into hypervisor clusters, VMs on those clusters,
 * storage arrays, networks, people and their devices. Across sites:
 * business services made of applications and databases on VMs, shared
 * technical services (DNS, identity, backup, …), teams and people who own
 * things, vendors who supply them and contracts that cover them.
 *
 * Every relationship obeys graph/model/relationships.rules.ts, and the
 * generator keeps even the types that may cycle (DEPENDS_ON, CONNECTED_TO)
 * acyclic, so impact analysis over generated data always terminates cleanly.
 *
 * Redundancy is always visible as a Cluster: the core pair, firewall and
 * load-balancer pairs (minHealthyMembers 1), hypervisor clusters (members - 1),
 * database primary/replica pairs and the VM pairs of redundant applications
 * ('application-pool', 1). Where a CI has two parallel links to the members of
 * one such Cluster (a distribution switch CONNECTED_TO both cores, an
 * application RUNS_ON both VMs of its pool) the links back each other up.
 *
 * Hardware follows the asset lifecycle: mostly DEPLOYED, some IN_MAINTENANCE,
 * IN_STOCK (on a room's shelf), ORDERED (no serial, tag or place yet), RETIRED
 * and DISPOSED (gone: no place), each with the dates and details its state
 * implies, and nothing in service depends on anything out of service.
 *
 * This file only composes the parts, in the order that fixes every random
 * draw (so changing the order changes every estate): catalogue.*.ts hold the
 * names and models as data, random.ts the seeded PRNG, estate.draft.ts the
 * estate under construction, *.shape.ts the shapes several builders share,
 * and *.builder.ts one part of the estate each.
 */
import { buildRoomCompute, buildServersOnOrder } from './compute.builder';
import { EstateDraft } from './estate.draft';
import { PROFILES } from './estate.profiles';
import { summarise } from './estate.summary';
import { ESTATE_SIZES } from './estate.types';
import type { EstateSize, GeneratedEstate } from './estate.types';
import { buildSitePeople } from './endusers.builder';
import { buildRegion, buildSitePlaces, siteRooms } from './locations.builder';
import { buildSiteNetwork } from './network.builder';
import { buildTeams } from './parties.builder';
import { buildBusinessServices, buildSandboxApps, buildTechnicalServices } from './services.builder';
import { finishProducts } from './software.builder';
import { finishVms } from './vms.builder';
import { addressSite, buildVrfs } from './ipam.builder';
import { powerSite } from './power.builder';
import { wireSite } from './wiring.builder';
import { Wiring } from './wiring.shape';

export { ESTATE_SIZES } from './estate.types';
export type { EstateCounts, EstateSize, GeneratedEstate, GeneratedRelationship, StoredNode } from './estate.types';

/**
 * Generate an estate of about 150 (tiny), 1k (small), 20k (medium) or 200k (large) CIs. Pure and
 * deterministic: the same size and seed give identical output, ids included.
 */
export function generateEstate(size: EstateSize, seed = 42): GeneratedEstate {
  const profile = PROFILES[size];
  if (!profile) throw new Error(`unknown estate size ${String(size)}; expected one of ${ESTATE_SIZES.join(', ')}`);
  if (!Number.isFinite(seed)) throw new Error(`the seed must be a number, not ${String(seed)}`);
  const draft = new EstateDraft(size, seed, profile);
  // Teams first: everything made after has an owner.
  buildTeams(draft);
  for (let r = 0; r < profile.regions; r++) {
    const region = buildRegion(draft, r);
    for (let s = 0; s < profile.sitesPerRegion; s++) {
      const site = buildSitePlaces(draft, region, s);
      buildSiteNetwork(draft, site);
      for (const room of siteRooms(site)) buildRoomCompute(draft, site, room);
      buildServersOnOrder(draft, site);
      buildSitePeople(draft, site);
    }
  }
  // Workloads, once every site's VMs exist to place them on.
  buildTechnicalServices(draft);
  buildBusinessServices(draft);
  buildSandboxApps(draft);
  finishVms(draft);
  finishProducts(draft);
  // The wiring last, so that it changes nothing made before it (the same ids, serials and placements as
  // before the estate had ports): interfaces, panels, cables and circuits, power, then addresses.
  const wiring = new Wiring(draft);
  buildVrfs(draft);
  for (const site of draft.sites) {
    wireSite(wiring, site);
    powerSite(wiring, site);
    addressSite(wiring, site);
  }
  return summarise(draft);
}
