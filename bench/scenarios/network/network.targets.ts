/**
 * What the network scenarios ask about, picked deterministically from the
 * generated estate's well-known ids (the same size and seed give the same
 * targets): a server's first NIC, the uplink of a top-of-rack switch that
 * runs through two patch panels, the upstream router of the server's site,
 * a core switch and a rack PDU.
 */
import { componentId } from '../../../server/demo/wiring.shape';
import type { BenchContext } from '../../context';
import type { Scenario } from '../../runner';

export interface NetworkTargets {
  /** sampleServerId's eno1, cabled straight to its rack's A switch. */
  serverNic: string;
  /** The sample top-of-rack switch's first uplink: rack panel, MPO trunk, room panel, distribution switch. */
  torUplink: string;
  /** The server's site's first upstream router (routers are the network's roots). */
  siteRouter: string;
  /** One member of the first site's core pair. */
  coreSwitch: string;
  /** The sample rack's A-side PDU (every device there has its other PSU on the B side). */
  pdu: string;
}

/** The upstream router of the site a device is in: first by id, so the pick is stable. */
const SITE_ROUTER = `
MATCH (:CI {id: $device})-[:LOCATED_IN*1..6]->(site:Location {locationKind: 'SITE'})
MATCH (r:NetworkDevice {upstream: true})-[:LOCATED_IN*1..6]->(site)
RETURN r.id AS id ORDER BY id LIMIT 1`;

const known = new WeakMap<BenchContext, Promise<NetworkTargets>>();

async function resolve(ctx: BenchContext): Promise<NetworkTargets> {
  const ids = ctx.ids;
  const [router] = await ctx.floor.read(SITE_ROUTER, { device: ids.sampleServerId });
  if (!router) throw new Error(`no upstream router at the site of ${ids.sampleServerId}: is the estate wired?`);
  return {
    serverNic: ids.sampleInterfaceId,
    torUplink: componentId(ids.sampleTorSwitchId, 'Ethernet1/49'),
    siteRouter: router.id as string,
    coreSwitch: ids.coreSwitchIds[0],
    pdu: ids.samplePduId,
  };
}

/** The targets of this bench run, looked up once. */
export function networkTargets(ctx: BenchContext): Promise<NetworkTargets> {
  let found = known.get(ctx);
  if (!found) {
    found = resolve(ctx);
    known.set(ctx, found);
  }
  return found;
}

/** Issue 17's promise for a scenario, as a note: the median under `ms` (on the large estate). */
export function withLatencyTarget(scenario: Scenario, ms: number): Scenario {
  return {
    ...scenario,
    async run(ctx, options) {
      const result = await scenario.run(ctx, options);
      const median = result.estate.median;
      const met = Number.isFinite(median) && median < ms ? 'met' : 'missed';
      result.notes.push(`target p50 < ${ms} ms (issue 17, on the large estate): ${met} on ${ctx.size}`);
      return result;
    },
  };
}
