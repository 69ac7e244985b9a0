/**
 * The wire questions: a cable trace and `reachable`, through Estate against
 * one raw Cypher statement each, compared on the same answer.
 *
 * - network-trace: from a top-of-rack switch's uplink port through the
 *   rack's patch panel, the MPO trunk and the room's distribution panel to
 *   the distribution switch (three cables, two front↔rear pairs). The floor
 *   is the same walk as one quantified path pattern: cable, then front↔rear,
 *   repeated, then a last cable, with each panel pair leaving on the position
 *   it entered by; the longest such path. A note times the one-cable trace
 *   from a server's NIC to its switch the same way.
 * - network-reachable: from a server's NIC to its site's upstream router,
 *   across the site (switch, panels, distribution switch, backbone panels,
 *   core). The floor is Cypher's shortestPath over TERMINATES, COMPONENT_OF
 *   and MAPS_TO, kept off power and console ports and never through a patch
 *   panel's body (a panel passes front↔rear only); it counts relationships,
 *   not Estate's hops, so the two are compared on reachable and the number
 *   of cables crossed.
 */
import type { BenchContext } from '../../context';
import { comparison, measureLatency } from '../../runner';
import type { RunOptions, Scenario } from '../../runner';
import { networkTargets, withLatencyTarget } from './network.targets';

interface Segment {
  near: string[];
  cables: string[];
  far: string[];
}

/** Most cable–panel pairs the floor follows before its last cable. */
const MAX_PANEL_HOPS = 8;

/**
 * A trace as one statement: (cable, front↔rear) repeated, then a last cable. MAPS_TO relationships come in
 * pairs, into a panel and out of the one the trunk reaches; each pair keeps its position. Sides differ across
 * a cable, so a trace never comes back along one.
 */
const TRACE_FLOOR = `
MATCH (a:CI {id: $from})
  ((x)<-[t1:TERMINATES]-(c:Cable)-[t2:TERMINATES]->(y)-[m:MAPS_TO]-(z) WHERE t1.side <> t2.side){0,${MAX_PANEL_HOPS}}
  (b)<-[u1:TERMINATES]-(lc:Cable)-[u2:TERMINATES]->(far)
WHERE u1.side <> u2.side
  AND size(m) % 2 = 0
  AND all(k IN range(0, size(m) / 2 - 1) WHERE m[2 * k].rearPortPosition = m[2 * k + 1].rearPortPosition)
WITH x, c, y, b, lc, far ORDER BY size(c) DESC LIMIT 1
RETURN [i IN range(0, size(c) - 1) | {near: [x[i].id], cables: [c[i].id], far: [y[i].id]}]
     + [{near: [b.id], cables: [lc.id], far: [far.id]}] AS segments`;

async function estateTrace(ctx: BenchContext, from: string): Promise<Segment[]> {
  const trace = (await ctx.api.sdk.CableTrace({ from })).data.cableTrace;
  return trace.segments.map((s) => ({
    near: s.near.map((n) => n.id),
    cables: s.cables.map((c) => c.cable.id),
    far: s.far.map((f) => f.id),
  }));
}

async function floorTrace(ctx: BenchContext, from: string): Promise<Segment[]> {
  const [row] = await ctx.floor.read(TRACE_FLOOR, { from });
  return (row?.segments as Segment[] | undefined) ?? [];
}

const traceComparison = comparison({
  name: 'network-trace',
  description: 'cable trace of a top-of-rack uplink through two patch panels and a trunk to its distribution switch',
  variables: async (ctx) => networkTargets(ctx),
  estate: (ctx, v) => estateTrace(ctx, v.torUplink),
  floor: (ctx, v) => floorTrace(ctx, v.torUplink),
});

/** The server-NIC trace (one cable to its switch), timed after the uplink's, Estate then the floor. */
async function serverNicTraceNote(ctx: BenchContext, options: RunOptions): Promise<string> {
  const { serverNic } = await networkTargets(ctx);
  const estate = await measureLatency(() => estateTrace(ctx, serverNic), options);
  const floor = await measureLatency(() => floorTrace(ctx, serverNic), options);
  return (
    `trace from ${serverNic} (one cable to its switch): Estate median ${estate.median.toFixed(1)} ms, ` +
    `p95 ${estate.p95!.toFixed(1)} ms; floor median ${floor.median.toFixed(1)} ms (${estate.samples} runs each)`
  );
}

/** The uplink's comparison with three quarters of the time, the server-NIC trace's note with the rest. */
export const networkTraceScenario: Scenario = withLatencyTarget(
  {
    ...traceComparison,
    async run(ctx, options) {
      const main = Math.max(1, Math.floor((options.maxSeconds * 3) / 4));
      const result = await traceComparison.run(ctx, { ...options, maxSeconds: main });
      const rest = { ...options, maxSeconds: Math.max(1, options.maxSeconds - main) / 2 };
      result.notes.push(await serverNicTraceNote(ctx, rest));
      return result;
    },
  },
  50,
);

/** Off power and console ports (a signal never passes them), and never through a patch panel's body. */
const REACHABLE_FLOOR = `
MATCH (a:CI {id: $from}), (b:CI {id: $to})
MATCH p = shortestPath((a)-[:TERMINATES|COMPONENT_OF|MAPS_TO*..60]-(b))
WHERE all(n IN nodes(p) WHERE NOT (n:PowerPort OR n:PowerOutlet OR n:PowerFeed OR n:ConsolePort
      OR n:ConsoleServerPort OR coalesce(n.role, '') = 'PATCH_PANEL'))
RETURN size([n IN nodes(p) WHERE n:Cable]) AS cables`;

interface Reach {
  reachable: boolean;
  cables: number;
}

export const networkReachableScenario = withLatencyTarget(
  comparison({
    name: 'network-reachable',
    description: "reachable from a server's NIC to its site's upstream router, across the site, with a shortest path",
    variables: async (ctx) => networkTargets(ctx),
    estate: async (ctx, v): Promise<Reach> => {
      const answer = (await ctx.api.sdk.Reachable({ from: v.serverNic, to: v.siteRouter })).data.reachable;
      return { reachable: answer.reachable, cables: answer.path.filter((s) => s.via === 'CABLE').length };
    },
    floor: async (ctx, v): Promise<Reach> => {
      const [row] = await ctx.floor.read(REACHABLE_FLOOR, { from: v.serverNic, to: v.siteRouter });
      return { reachable: row !== undefined, cables: (row?.cables as number | undefined) ?? 0 };
    },
  }),
  50,
);
