/**
 * The network questions the API asks, over the live graph or `asOf`: load
 * the part of the wired network the question needs (topology.load.ts), then
 * answer it in memory (trace.ts, paths.ts), naming every CI in the answer.
 * Arguments are checked before anything is read.
 */
import type { Executor } from '../platform/executor';
import { checkHops, paths, reachable } from './paths';
import type { PathsAnswer, ReachableAnswer } from './paths';
import { loadTopology } from './topology.load';
import { wiredCache } from './wired.cache';
import type { Topology } from './topology';
import { cableTrace } from './trace';
import type { BreakReason } from './path.liveness';

/** A CI as a network answer names it. */
export interface NetworkCI {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  readonly operationalStatus: string | null;
  /** The instant the answer read the graph at (so the CI's own fields can be read then too); undefined for now. */
  readonly asOf?: string;
}

export interface NamedSegment {
  readonly near: readonly NetworkCI[];
  readonly cables: readonly { readonly cable: NetworkCI; readonly cableStatus: string }[];
  readonly far: readonly NetworkCI[];
  readonly circuit: NetworkCI | null;
}

export interface NamedTrace {
  readonly origin: NetworkCI;
  readonly segments: readonly NamedSegment[];
  readonly isComplete: boolean;
  readonly isActive: boolean;
  readonly isSplit: boolean;
  readonly loop: boolean;
  readonly breaks: readonly { readonly ci: NetworkCI; readonly reason: BreakReason; readonly segment: number }[];
  /** The first break, or null when the path is not broken. */
  readonly brokenAt: { readonly ci: NetworkCI; readonly reason: BreakReason; readonly segment: number } | null;
  readonly asOf: string | null;
}

function named(topology: Topology, id: string, asOf: string | undefined): NetworkCI {
  const node = topology.nodes.get(id);
  return {
    id,
    class: node?.class ?? 'Unknown',
    name: node?.name ?? id,
    operationalStatus: node?.status ?? null,
    ...(asOf === undefined ? {} : { asOf }),
  };
}

/** The cable trace from `from` (NetBox's semantics, with breaks). */
export async function traceFrom(db: Executor, from: string, asOf?: string): Promise<NamedTrace> {
  const topology = await loadTopology(db, [from], { reach: 'trace', asOf, fields: ['from'] });
  const trace = cableTrace(topology, from);
  const ci = (id: string) => named(topology, id, asOf);
  const breaks = trace.breaks.map((b) => ({ ci: ci(b.id), reason: b.reason, segment: b.segment }));
  return {
    origin: ci(from),
    segments: trace.segments.map((s) => ({
      near: s.near.map(ci),
      cables: s.cables.map((c) => ({ cable: ci(c.id), cableStatus: c.cableStatus })),
      far: s.far.map(ci),
      circuit: s.circuit === null ? null : ci(s.circuit),
    })),
    isComplete: trace.isComplete,
    isActive: trace.isActive,
    isSplit: trace.isSplit,
    loop: trace.loop,
    breaks,
    brokenAt: breaks[0] ?? null,
    asOf: asOf ?? null,
  };
}

/** The distinct paths from `from` to `to` within `maxHops`. */
export async function pathsBetween(
  db: Executor,
  from: string,
  to: string,
  maxHops?: number,
  asOf?: string,
): Promise<PathsAnswer> {
  const hops = checkHops(maxHops);
  return paths(await componentOf(db, from, to, asOf), from, to, hops);
}

/** Whether `to` is reachable from `from`, with a shortest path. */
export async function reachableBetween(
  db: Executor,
  from: string,
  to: string,
  asOf?: string,
): Promise<ReachableAnswer> {
  return reachable(await componentOf(db, from, to, asOf), from, to);
}

/**
 * The wired network around both ends: now, the kept parts (wired.cache.ts, a superset of the physical
 * component the paths run in); as of an instant, the component rebuilt from the change log.
 */
function componentOf(db: Executor, from: string, to: string, asOf: string | undefined): Promise<Topology> {
  if (asOf !== undefined) return loadTopology(db, [from, to], { reach: 'component', asOf });
  return db.readTx('network.component', (tx) => wiredCache(db).around(tx, [from, to]));
}
