/**
 * What stops a signal on the way, as the cable trace, paths and
 * reachability see it (pure, over a Topology): an element reported DOWN, or
 * decommissioned (a retired or disposed CI, a cable whose cableStatus is
 * DECOMMISSIONING). The trace reports these as breaks and keeps going (it
 * shows the whole wire); paths and reachable do not cross them.
 *
 * Kept apart from the impact rules (failure.ts) on purpose: impact plays a
 * hypothetical failure out, while these answer "is this wire carrying now
 * (or at asOf)", from what is recorded alone.
 */
import type { Topology } from './topology';

/** Why an element carries nothing. */
export type BreakReason = 'DOWN' | 'DECOMMISSIONED';

/** Lifecycle states of a CI that has left service. */
const DECOMMISSIONED_STATES: ReadonlySet<string> = new Set(['RETIRED', 'DISPOSED']);

/** Why this element itself is broken (its owner not considered), or undefined. */
export function breakOf(topology: Topology, id: string): BreakReason | undefined {
  const node = topology.nodes.get(id);
  if (!node) return undefined;
  if (node.status === 'DOWN') return 'DOWN';
  if (node.lifecycleState && DECOMMISSIONED_STATES.has(node.lifecycleState)) return 'DECOMMISSIONED';
  if (node.class === 'Cable' && node.fields?.cableStatus === 'DECOMMISSIONING') return 'DECOMMISSIONED';
  return undefined;
}

/** A cable's NetBox status: CONNECTED when none is recorded. */
export function cableStatusOf(topology: Topology, cable: string): string {
  const status = topology.nodes.get(cable)?.fields?.cableStatus;
  return typeof status === 'string' ? status : 'CONNECTED';
}

/**
 * Whether a path may cross this element: not broken, its owner (the device
 * or circuit a component belongs to) not broken, an interface not disabled,
 * and a cable CONNECTED (a planned cable carries nothing yet).
 */
export function carries(topology: Topology, id: string): boolean {
  if (breakOf(topology, id)) return false;
  const node = topology.nodes.get(id);
  if (!node) return false;
  if (node.class === 'Cable') return cableStatusOf(topology, id) === 'CONNECTED';
  if (node.fields?.enabled === false) return false;
  const owner = topology.ownerOf.get(id);
  return owner === undefined || breakOf(topology, owner) === undefined;
}
