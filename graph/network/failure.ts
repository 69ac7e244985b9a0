/**
 * What is broken in the wired network, before and after a failure: the
 * rule power.ts and connectivity.ts both start from.
 *
 * An element is dead when
 * - it is in the failed set, or (baseline REPORTED) its reported status is DOWN;
 * - its place (the LOCATED_IN chain: rack, room, building, site) is dead;
 * - it is a component (interface, port, outlet, circuit termination) whose owner is dead;
 * - it is a cable whose cableStatus is not CONNECTED (planned and decommissioning cables carry nothing).
 *
 * "Before" is the baseline alone (HEALTHY: nothing reported counts;
 * REPORTED: what is reported DOWN); "after" adds the failed set. The after
 * scenario only ever removes, so whatever was lost was alive before.
 */
import type { PathStep } from '../impact/impact.engine';
import type { Topology } from './topology';

export type NetworkBaseline = 'HEALTHY' | 'REPORTED';

export interface Failures {
  /** Whether the element is dead in this scenario. */
  readonly dead: (id: string) => boolean;
  /** Why it is dead: from it to the failed CI (its place, its owner) as explaining steps; [] when alive. */
  readonly deadPath: (id: string) => PathStep[];
}

/**
 * The dead elements of `topology` when `failed` have failed (none: the
 * baseline alone). Found downward from the causes (what is inside a dead
 * place, the components of a dead owner), so the work is the size of what
 * died, not of the network.
 */
export function failuresOf(topology: Topology, failed: Iterable<string>, baseline: NetworkBaseline): Failures {
  const index = failureIndex(topology);
  const direct = new Set(failed);
  if (baseline === 'REPORTED') for (const id of index.reportedDown) direct.add(id);
  const deadSet = new Set<string>();
  const work = [...direct, ...index.cablesOff];
  while (work.length > 0) {
    const id = work.pop()!;
    if (deadSet.has(id)) continue;
    deadSet.add(id);
    for (const inside of index.placeChildren.get(id) ?? []) work.push(inside);
    for (const part of topology.componentsOf.get(id) ?? []) work.push(part);
  }
  const dead = (id: string): boolean => deadSet.has(id);
  const deadPath = (id: string): PathStep[] => {
    if (!dead(id)) return [];
    if (direct.has(id) || cableOff(topology, id)) return [{ id, via: null }];
    const place = topology.locatedIn.get(id);
    if (place !== undefined && dead(place)) return [{ id, via: 'LOCATED_IN' }, ...deadPath(place)];
    return [{ id, via: 'COMPONENT_OF' }, ...deadPath(topology.ownerOf.get(id)!)];
  };
  return { dead, deadPath };
}

interface FailureIndex {
  /** What is LOCATED_IN each place. */
  readonly placeChildren: ReadonlyMap<string, readonly string[]>;
  readonly reportedDown: readonly string[];
  /** Cables that are not CONNECTED. */
  readonly cablesOff: readonly string[];
}

const INDEXES = new WeakMap<Topology, FailureIndex>();

/** Built once per topology: every scenario on it (before, after, each what-if) shares it. */
function failureIndex(topology: Topology): FailureIndex {
  let index = INDEXES.get(topology);
  if (index) return index;
  const placeChildren = new Map<string, string[]>();
  for (const [id, place] of topology.locatedIn) {
    const list = placeChildren.get(place);
    if (list) list.push(id);
    else placeChildren.set(place, [id]);
  }
  const reportedDown: string[] = [];
  const cablesOff: string[] = [];
  for (const node of topology.nodes.values()) {
    if (node.status === 'DOWN') reportedDown.push(node.id);
    if (cableOff(topology, node.id)) cablesOff.push(node.id);
  }
  index = { placeChildren, reportedDown, cablesOff };
  INDEXES.set(topology, index);
  return index;
}

/** A cable that is not CONNECTED (unset counts as connected). */
function cableOff(topology: Topology, id: string): boolean {
  const node = topology.nodes.get(id);
  if (node?.class !== 'Cable') return false;
  const status = node.fields?.cableStatus;
  return status !== undefined && status !== null && status !== 'CONNECTED';
}
