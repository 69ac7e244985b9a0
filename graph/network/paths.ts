/**
 * Paths and reachability between two CIs of the wired network, pure over a
 * Topology: `paths` lists and counts the distinct simple paths within a hop
 * budget, `reachable` answers with a shortest witness path.
 *
 * The graph the paths run on:
 * - vertices are terminations (a multi-position rear port is one vertex per
 *   position, so a trunk keeps its strands apart) and devices;
 * - a hop is one cable (termination ↔ the terminations at its other side),
 *   one pass-through (front port ↔ its rear port's position; circuit
 *   termination A ↔ Z), or one crossing of a device from one of its
 *   interfaces to another. Entering a device from an interface is free, so
 *   sw1 — sw2 — sw3 is 3 hops from sw1 to sw3 (two cables, one crossing);
 * - from or to a device means from or to any of its interfaces; a patch
 *   panel passes signal only front ↔ rear, never between its own ports;
 * - nothing broken is crossed (path.liveness.ts `carries`): a cable not
 *   CONNECTED, anything DOWN or decommissioned, a disabled interface, a
 *   component of a broken device or circuit.
 *
 * Distinct paths differ in at least one vertex or cable, so two parallel
 * cables are two paths. The listing is a depth-first search pruned by the
 * hop distance to the target (a reverse 0-1 BFS first), capped at
 * PATH_LIMITS.maxPaths paths and maxWork expansions (then `truncated`).
 */
import { classesIn } from '../model/classes';
import { badInput, EstateError, notFound } from '../platform/errors';
import { carries } from './path.liveness';
import { otherCircuitEnd } from './topology';
import type { Topology } from './topology';
import { positionsOf } from './trace';

export const PATH_LIMITS = {
  /** Most hops a path may have (server limit). */
  maxHops: 16,
  defaultHops: 6,
  /** Most paths one answer lists; past it the answer says `truncated`. */
  maxPaths: 1000,
  /** Most search steps one listing takes; past it the answer says `truncated`. */
  maxWork: 1_000_000,
} as const;

/** How a step is reached from the one before it. */
export type PathVia = 'CABLE' | 'MAPS_TO' | 'CIRCUIT' | 'COMPONENT_OF';

export interface PathStep {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  /** The rear port position the path uses, for a multi-position rear port; else null. */
  readonly position: number | null;
  /** How this step is reached from the previous one; null on the first. */
  readonly via: PathVia | null;
  /** The cable (CABLE) or circuit (CIRCUIT) crossed to reach this step. */
  readonly through: { readonly id: string; readonly class: string; readonly name: string } | null;
  /** Hops from the start to this step. */
  readonly hops: number;
}

export interface NetworkPath {
  readonly hops: number;
  readonly steps: readonly PathStep[];
}

export interface PathsAnswer {
  /** Paths found (all of them unless truncated). */
  readonly count: number;
  readonly truncated: boolean;
  readonly paths: readonly NetworkPath[];
}

export interface ReachableAnswer {
  readonly reachable: boolean;
  readonly hops: number | null;
  /** A shortest path when reachable, else empty. */
  readonly path: readonly PathStep[];
}

/** A vertex: a CI, and for a rear port of several positions the position (else 0). */
interface Vertex {
  readonly id: string;
  readonly position: number;
}

interface Move {
  readonly to: Vertex;
  readonly hop: 0 | 1;
  readonly via: PathVia;
  readonly through: string | null;
}

const DEVICE_CLASSES: ReadonlySet<string> = new Set([...classesIn('hardware'), 'VirtualMachine']);
const COMPONENT_CLASSES: ReadonlySet<string> = new Set([...classesIn('component'), 'PowerFeed']);

const keyOf = (v: Vertex) => (v.position === 0 ? v.id : `${v.id}\u0000${v.position}`);

/** maxHops within 1..PATH_LIMITS.maxHops, or a clear error naming the limit. */
export function checkHops(maxHops: number | undefined, field = 'maxHops'): number {
  const hops = maxHops ?? PATH_LIMITS.defaultHops;
  if (!Number.isInteger(hops) || hops < 1) throw badInput(field, `must be a whole number of at least 1; got ${hops}`);
  if (hops > PATH_LIMITS.maxHops) {
    throw new EstateError('LIMIT_EXCEEDED', `${field} ${hops} is over the server limit of ${PATH_LIMITS.maxHops}`, [
      { field, reason: `at most ${PATH_LIMITS.maxHops} (server limit); got ${hops}` },
    ]);
  }
  return hops;
}

/** The moves out of each vertex, and the ends of a question. */
class PathGraphView {
  constructor(readonly topology: Topology) {}

  /** The vertices of a termination: a multi-position rear port has one per position. */
  verticesOf(id: string): Vertex[] {
    const node = this.topology.nodes.get(id);
    if (node?.class !== 'RearPort') return [{ id, position: 0 }];
    const positions = positionsOf(this.topology, id);
    if (positions === 1) return [{ id, position: 0 }];
    return Array.from({ length: positions }, (_, i) => ({ id, position: i + 1 }));
  }

  /**
   * Moves out of `v`. `reversed` gives the moves of the reversed graph (into v), for distances to a target:
   * the same moves with the device crossing's costs swapped (into a device free, out of it one hop).
   */
  moves(v: Vertex, reversed = false): Move[] {
    const { topology } = this;
    const node = topology.nodes.get(v.id);
    if (!node) return [];
    const out: Move[] = [];
    if (DEVICE_CLASSES.has(node.class) && !topology.ownerOf.has(v.id)) {
      for (const c of topology.componentsOf.get(v.id) ?? []) {
        if (topology.nodes.get(c)?.class === 'Interface' && carries(topology, c)) {
          out.push({ to: { id: c, position: 0 }, hop: reversed ? 0 : 1, via: 'COMPONENT_OF', through: null });
        }
      }
      return out;
    }
    // Across its cable.
    const at = topology.cableAt.get(v.id);
    if (at && carries(topology, at.cable)) {
      const ends = topology.cables.get(at.cable);
      for (const far of (at.side === 'A' ? ends?.B : ends?.A) ?? []) {
        if (!carries(topology, far)) continue;
        for (const to of this.acrossCable(v, far)) out.push({ to, hop: 1, via: 'CABLE', through: at.cable });
      }
    }
    switch (node.class) {
      case 'FrontPort': {
        const rear = topology.rearOf.get(v.id);
        if (rear && carries(topology, rear.rear)) {
          const positions = positionsOf(topology, rear.rear);
          const to = { id: rear.rear, position: positions === 1 ? 0 : rear.position };
          out.push({ to, hop: 1, via: 'MAPS_TO', through: null });
        }
        break;
      }
      case 'RearPort': {
        const front = topology.frontsOf.get(v.id)?.get(v.position === 0 ? 1 : v.position);
        if (front !== undefined && carries(topology, front)) {
          out.push({ to: { id: front, position: 0 }, hop: 1, via: 'MAPS_TO', through: null });
        }
        break;
      }
      case 'CircuitTermination': {
        const circuit = topology.ownerOf.get(v.id);
        const other = otherCircuitEnd(topology, v.id);
        if (circuit !== undefined && other !== undefined && carries(topology, circuit) && carries(topology, other)) {
          out.push({ to: { id: other, position: 0 }, hop: 1, via: 'CIRCUIT', through: circuit });
        }
        break;
      }
      case 'Interface': {
        const owner = topology.ownerOf.get(v.id);
        if (
          owner !== undefined &&
          DEVICE_CLASSES.has(topology.nodes.get(owner)?.class ?? '') &&
          carries(topology, owner)
        ) {
          out.push({ to: { id: owner, position: 0 }, hop: reversed ? 1 : 0, via: 'COMPONENT_OF', through: null });
        }
        break;
      }
      default:
        break;
    }
    return out;
  }

  /** Where a cable from `v` lands on `far`: a trunk keeps its position, a single strand reaches every position. */
  private acrossCable(v: Vertex, far: string): Vertex[] {
    const targets = this.verticesOf(far);
    if (targets.length === 1 || v.position === 0) return targets;
    const mine = positionsOf(this.topology, v.id);
    return mine === targets.length ? [targets[v.position - 1]] : [];
  }

  /** A CI as an end of a question: its vertices, and for a device the device itself. */
  ends(id: string, field: string): { vertices: Vertex[]; device: string | null } {
    const node = this.topology.nodes.get(id);
    if (!node) throw notFound('CI', id, field);
    if (COMPONENT_CLASSES.has(node.class)) return { vertices: this.verticesOf(id), device: null };
    if (DEVICE_CLASSES.has(node.class)) {
      const interfaces = (this.topology.componentsOf.get(id) ?? []).filter(
        (c) => this.topology.nodes.get(c)?.class === 'Interface',
      );
      return { vertices: interfaces.map((c) => ({ id: c, position: 0 })), device: id };
    }
    throw badInput(field, `paths run between interfaces, ports and devices; ${id} is a ${node.class}`);
  }

  step(v: Vertex, move: Move | null, hops: number): PathStep {
    const node = this.topology.nodes.get(v.id)!;
    const through = move?.through == null ? null : this.topology.nodes.get(move.through);
    return {
      id: v.id,
      class: node.class,
      name: node.name,
      position: v.position === 0 ? null : v.position,
      via: move?.via ?? null,
      through: through ? { id: through.id, class: through.class, name: through.name } : null,
      hops,
    };
  }
}

interface Question {
  readonly view: PathGraphView;
  readonly from: { vertices: Vertex[]; device: string | null };
  readonly to: { vertices: Vertex[]; device: string | null };
  readonly targets: ReadonlySet<string>;
}

function question(topology: Topology, from: string, to: string): Question {
  const view = new PathGraphView(topology);
  const a = view.ends(from, 'from');
  const b = view.ends(to, 'to');
  if (from === to) throw badInput('to', 'from and to are the same CI');
  const targets = new Set(b.vertices.map(keyOf));
  if (a.vertices.some((v) => targets.has(keyOf(v)))) throw badInput('to', `${to} is part of ${from}`);
  return { view, from: a, to: b, targets };
}

/** The first steps of a path from a start vertex: through the device first when the question starts at one. */
function startSteps(q: Question, v: Vertex): PathStep[] {
  const steps: PathStep[] = [];
  if (q.from.device !== null) steps.push(q.view.step({ id: q.from.device, position: 0 }, null, 0));
  steps.push(q.view.step(v, q.from.device === null ? null : { to: v, hop: 0, via: 'COMPONENT_OF', through: null }, 0));
  return steps;
}

/** The last step of a path ending at a device's interface: the device. */
function endSteps(q: Question, hops: number): PathStep[] {
  if (q.to.device === null) return [];
  const device = { id: q.to.device, position: 0 };
  return [q.view.step(device, { to: device, hop: 0, via: 'COMPONENT_OF', through: null }, hops)];
}

/** Whether a start or end vertex itself carries (a broken interface has no paths). */
const live = (q: Question, v: Vertex) => carries(q.view.topology, v.id);

/** A double-ended queue for the 0-1 BFS: free moves go to the front, one-hop moves to the back. */
class Deque<T> {
  private readonly front: T[] = [];
  private readonly back: T[] = [];
  private head = 0;

  get size(): number {
    return this.front.length + this.back.length - this.head;
  }

  pushFront(value: T): void {
    this.front.push(value);
  }

  pushBack(value: T): void {
    this.back.push(value);
  }

  popFront(): T {
    return this.front.length > 0 ? this.front.pop()! : this.back[this.head++];
  }
}

/** Hop distance from every vertex (within `limit`) to the targets, over the reversed graph (0-1 BFS). */
function distancesToTargets(q: Question, limit: number): Map<string, number> {
  const dist = new Map<string, number>();
  const deque = new Deque<Vertex>();
  for (const v of q.to.vertices) {
    if (!live(q, v)) continue;
    dist.set(keyOf(v), 0);
    deque.pushBack(v);
  }
  const blocked = blockedKeys(q);
  while (deque.size > 0) {
    const v = deque.popFront();
    const d = dist.get(keyOf(v))!;
    for (const move of q.view.moves(v, true)) {
      const key = keyOf(move.to);
      const nd = d + move.hop;
      if (blocked.has(key) || nd > limit || nd >= (dist.get(key) ?? Infinity)) continue;
      dist.set(key, nd);
      if (move.hop === 0) deque.pushFront(move.to);
      else deque.pushBack(move.to);
    }
  }
  return dist;
}

/** The question's own devices are ends, never crossed. */
function blockedKeys(q: Question): Set<string> {
  const blocked = new Set<string>();
  if (q.from.device !== null) blocked.add(q.from.device);
  if (q.to.device !== null) blocked.add(q.to.device);
  return blocked;
}

/** The distinct simple paths from `from` to `to` of at most `maxHops` hops (checkHops applies). */
export function paths(topology: Topology, from: string, to: string, maxHops?: number): PathsAnswer {
  const budget = checkHops(maxHops);
  const q = question(topology, from, to);
  const toTarget = distancesToTargets(q, budget);
  const found: NetworkPath[] = [];
  const blocked = blockedKeys(q);
  const onPath = new Set<string>();
  const steps: PathStep[] = [];
  let work = 0;
  let truncated = false;

  const walk = (v: Vertex, hops: number): void => {
    if (q.targets.has(keyOf(v))) {
      found.push({ hops, steps: [...steps, ...endSteps(q, hops)] });
      if (found.length >= PATH_LIMITS.maxPaths) truncated = true;
      return;
    }
    for (const move of q.view.moves(v)) {
      if (truncated) return;
      const key = keyOf(move.to);
      const next = hops + move.hop;
      if (onPath.has(key) || blocked.has(key) || next + (toTarget.get(key) ?? Infinity) > budget) continue;
      if (++work > PATH_LIMITS.maxWork) {
        truncated = true;
        return;
      }
      onPath.add(key);
      steps.push(q.view.step(move.to, move, next));
      walk(move.to, next);
      steps.pop();
      onPath.delete(key);
    }
  };

  for (const start of q.from.vertices) {
    if (truncated) break;
    if (!live(q, start) || !toTarget.has(keyOf(start))) continue;
    onPath.add(keyOf(start));
    steps.push(...startSteps(q, start));
    walk(start, 0);
    steps.length = 0;
    onPath.delete(keyOf(start));
  }
  return { count: found.length, truncated, paths: found };
}

/** Whether `to` can be reached from `from` over what carries, with a shortest path (fewest hops). */
export function reachable(topology: Topology, from: string, to: string): ReachableAnswer {
  const q = question(topology, from, to);
  const blocked = blockedKeys(q);
  const dist = new Map<string, number>();
  const parent = new Map<string, { from: Vertex; move: Move } | null>();
  const deque = new Deque<Vertex>();
  for (const v of q.from.vertices) {
    if (!live(q, v)) continue;
    dist.set(keyOf(v), 0);
    parent.set(keyOf(v), null);
    deque.pushBack(v);
  }
  const done = new Set<string>();
  while (deque.size > 0) {
    const v = deque.popFront();
    const key = keyOf(v);
    if (done.has(key)) continue;
    done.add(key);
    if (q.targets.has(key)) return { reachable: true, hops: dist.get(key)!, path: witness(q, v, parent, dist) };
    const d = dist.get(key)!;
    for (const move of q.view.moves(v)) {
      const next = keyOf(move.to);
      const nd = d + move.hop;
      if (blocked.has(next) || nd >= (dist.get(next) ?? Infinity)) continue;
      dist.set(next, nd);
      parent.set(next, { from: v, move });
      if (move.hop === 0) deque.pushFront(move.to);
      else deque.pushBack(move.to);
    }
  }
  return { reachable: false, hops: null, path: [] };
}

function witness(
  q: Question,
  end: Vertex,
  parent: Map<string, { from: Vertex; move: Move } | null>,
  dist: Map<string, number>,
): PathStep[] {
  const back: PathStep[] = [];
  let v = end;
  for (let link = parent.get(keyOf(v)); link; link = parent.get(keyOf(v))) {
    back.push(q.view.step(v, link.move, dist.get(keyOf(v))!));
    v = link.from;
  }
  return [...startSteps(q, v), ...back.reverse(), ...endSteps(q, dist.get(keyOf(end))!)];
}
