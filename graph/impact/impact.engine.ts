/**
 * The pure core of impact analysis: given some CIs (each with its inputs,
 * the CIs whose failure can reach it) and a set of failed CIs, compute every
 * CI's state by the rules of impact.rules.ts, then the shortest explaining
 * path from each hit CI back to a failed one.
 *
 * States only ever get worse as inputs get worse, so evaluation is a
 * worklist fixpoint: it terminates on cycles and gives the same answer
 * whatever order CIs arrive in. CIs can be added in several rounds (the
 * traversal loads them lazily); an input not loaded counts at its baseline
 * state (its reported status, or OK when assuming a healthy estate).
 */
import type { RelationshipType } from '../model/relationships.rules';
import { carries, DEFAULT_MIN_HEALTHY_MEMBERS, impactRule, reportedState, STATE_RANK } from './impact.rules';
import type { Combine, ImpactState } from './impact.rules';

/** A CI whose failure can reach the CI that lists it, and along which relationship type. */
export interface ImpactInput {
  readonly id: string;
  readonly type: RelationshipType;
  readonly class: string;
  /** The input's reported operationalStatus. */
  readonly status?: string | null;
}

/** A CI as impact analysis sees it. */
export interface ImpactNode {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  readonly criticality?: string | null;
  readonly minHealthyMembers?: number | null;
  readonly status?: string | null;
  readonly inputs: readonly ImpactInput[];
}

/**
 * What every CI is worth before the failures: HEALTHY assumes all up (a
 * pure what-if); REPORTED starts from each CI's reported operationalStatus
 * (for a CI not loaded, that is its own report only: an alternative that
 * reports OPERATIONAL counts as up even if something below it is down).
 */
export type Baseline = 'HEALTHY' | 'REPORTED';

/** A baseline as a function: the state a CI (given its reported status) has before the failures. */
export type BaselineFn = (id: string, status: string | null | undefined) => ImpactState;

/** One step of an explaining path; `via` links this CI to the next step (null on the failed CI at the end). */
export interface PathStep {
  readonly id: string;
  readonly via: RelationshipType | null;
}

/** States as ranks inside the engine (OK 0, DEGRADED 1, DOWN 2): compared and stored without strings. */
const RANKED: readonly ImpactState[] = ['OK', 'DEGRADED', 'DOWN'];
const OK = 0;
const DEGRADED = 1;
const DOWN = 2;

/** How a group's inputs combine, as a small integer (compared in the hot loop without strings). */
const ANY = 0;
const ALL = 1;
const QUORUM = 2;
const COMBINE: Readonly<Record<Combine, number>> = { any: ANY, all: ALL, quorum: QUORUM };

/**
 * The inputs of every loaded CI, grouped by the rule each combines by (those of one type; of one type and
 * class for some), each input as the index of its CI in the evaluation. Everything sits in flat arrays of
 * numbers, with no objects per CI: a site outage loads tens of thousands of CIs, and objects that many,
 * all kept to the end, cost more in garbage collection than the evaluation itself.
 */
class InputGroups {
  /** By CI index: its groups are [groupStart, groupEnd). */
  private readonly groupStart: number[] = [];
  private readonly groupEnd: number[] = [];
  /** By group: how it combines, whether DEGRADED counts, and its inputs [inputStart, inputEnd). */
  private readonly combine: number[] = [];
  private readonly carriesDegraded: boolean[] = [];
  private readonly inputStart: number[] = [];
  private readonly inputEnd: number[] = [];
  /** The inputs of all groups, as CI indexes. */
  private readonly inputs: number[] = [];

  /** Room for one more CI index, with no groups until it is loaded. */
  grow(): void {
    this.groupStart.push(0);
    this.groupEnd.push(0);
  }

  /** Records a loaded CI's inputs (`inputIx[k]` is the index of `node.inputs[k]`). */
  set(ix: number, node: ImpactNode, inputIx: readonly number[]): void {
    const { inputs } = node;
    this.groupStart[ix] = this.combine.length;
    const placed = new Uint8Array(inputs.length);
    for (let k = 0; k < inputs.length; k++) {
      if (placed[k]) continue;
      // A new group: this input and every later one of the same type (and class, where alternatives go by class).
      const rule = impactRule(inputs[k].type);
      const byClass = rule.alternatives === 'sameTargetClass';
      this.combine.push(COMBINE[rule.combine]);
      this.carriesDegraded.push(rule.carriesDegraded);
      this.inputStart.push(this.inputs.length);
      for (let j = k; j < inputs.length; j++) {
        if (placed[j] || inputs[j].type !== inputs[k].type || (byClass && inputs[j].class !== inputs[k].class))
          continue;
        placed[j] = 1;
        this.inputs.push(inputIx[j]);
      }
      this.inputEnd.push(this.inputs.length);
    }
    this.groupEnd[ix] = this.combine.length;
  }

  /**
   * The rank a CI gets from its inputs. Per group: `any` is DOWN with one
   * input DOWN; `all` is DOWN with every input DOWN and DEGRADED with some;
   * `quorum` is DOWN when fewer than `min` inputs are up and DEGRADED with any
   * DOWN. A DEGRADED input counts only where the rule carries DEGRADED.
   */
  rank(ix: number, min: number, ranks: readonly number[]): number {
    let worst = OK;
    for (let g = this.groupStart[ix]; g < this.groupEnd[ix]; g++) {
      const start = this.inputStart[g];
      const count = this.inputEnd[g] - start;
      const carriesDegraded = this.carriesDegraded[g];
      let down = 0;
      let degraded = false;
      for (let k = start; k < start + count; k++) {
        const rank = ranks[this.inputs[k]];
        if (rank === DOWN) down += 1;
        else if (rank === DEGRADED && carriesDegraded) degraded = true;
      }
      const combine = this.combine[g];
      let rank: number;
      if (combine === ANY) rank = down > 0 ? DOWN : degraded ? DEGRADED : OK;
      else if (combine === ALL) rank = down === count ? DOWN : down > 0 || degraded ? DEGRADED : OK;
      else rank = down === 0 ? OK : count - down < min ? DOWN : DEGRADED;
      if (rank > worst && (worst = rank) === DOWN) return DOWN;
    }
    return worst;
  }
}

/**
 * Who lists each CI as an input, and along which type: a linked list of edges per CI in flat arrays
 * (edges are only ever added, one per input of each loaded CI, and walked whole).
 */
class Receivers {
  /** By CI index: its latest edge, or -1. */
  private readonly first: number[] = [];
  /** By edge: the receiving CI, the type, and the CI's edge before it (or -1). */
  readonly receiver: number[] = [];
  readonly type: RelationshipType[] = [];
  readonly next: number[] = [];

  grow(): void {
    this.first.push(-1);
  }

  add(input: number, receiver: number, type: RelationshipType): void {
    this.receiver.push(receiver);
    this.type.push(type);
    this.next.push(this.first[input]);
    this.first[input] = this.receiver.length - 1;
  }

  /** The first edge of a CI's receivers (walk on with `next` until -1). */
  firstOf(ix: number): number {
    return this.first[ix];
  }
}

/**
 * CIs loaded so far and their states. `add` more CIs at any time; states
 * are brought back to the fixpoint before it returns.
 *
 * Every CI seen, loaded or only named as an input, gets a small integer
 * index; ranks, groups and receivers are arrays by that index. A CI not
 * loaded keeps the rank it was first seen with: its baseline.
 */
export class ImpactEvaluation {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly nodes: (ImpactNode | undefined)[] = [];
  /** By index: the CI's rank (its baseline while it is not loaded). */
  private readonly ranks: number[] = [];
  /** By index: the CI's minHealthyMembers (once loaded). */
  private readonly minHealthy: number[] = [];
  private readonly groups = new InputGroups();
  private readonly receivers = new Receivers();
  private loaded = 0;
  private readonly failed: ReadonlySet<string>;
  /** CIs the walk also starts from, DEGRADED (devices the network analysis left short of redundancy). */
  private readonly degradedStarts: ReadonlySet<string>;

  constructor(
    failed: Iterable<string>,
    private readonly baseline: Baseline | BaselineFn,
    degradedStarts: Iterable<string> = [],
  ) {
    this.failed = new Set(failed);
    this.degradedStarts = new Set(degradedStarts);
  }

  get size(): number {
    return this.loaded;
  }

  has(id: string): boolean {
    return this.loadedIndex(id) !== undefined;
  }

  node(id: string): ImpactNode | undefined {
    const ix = this.index.get(id);
    return ix === undefined ? undefined : this.nodes[ix];
  }

  /** The state of a loaded CI (its baseline for one not loaded, when its reported status is given). */
  state(id: string, status?: string | null): ImpactState {
    const ix = this.loadedIndex(id);
    return RANKED[ix === undefined ? this.baselineRank(id, status) : this.ranks[ix]];
  }

  /** Whether a loaded CI is worse off than before the failures (a failed CI always is). */
  raised(id: string): boolean {
    const ix = this.loadedIndex(id);
    if (ix === undefined) return false;
    if (this.failed.has(id) || this.degradedStarts.has(id)) return true;
    return this.ranks[ix] > this.baselineRank(id, this.nodes[ix]!.status);
  }

  private loadedIndex(id: string): number | undefined {
    const ix = this.index.get(id);
    return ix !== undefined && this.nodes[ix] !== undefined ? ix : undefined;
  }

  /** The index of a CI, given one the first time it is seen, at the baseline of its reported status. */
  private indexOf(id: string, status: string | null | undefined): number {
    let ix = this.index.get(id);
    if (ix === undefined) {
      ix = this.ids.length;
      this.index.set(id, ix);
      this.ids.push(id);
      this.nodes.push(undefined);
      this.ranks.push(this.baselineRank(id, status));
      this.minHealthy.push(DEFAULT_MIN_HEALTHY_MEMBERS);
      this.groups.grow();
      this.receivers.grow();
    }
    return ix;
  }

  private baselineRank(id: string, status: string | null | undefined): number {
    if (this.failed.has(id)) return DOWN;
    const rank =
      typeof this.baseline === 'function'
        ? STATE_RANK[this.baseline(id, status)]
        : this.baseline === 'REPORTED'
          ? STATE_RANK[reportedState(status)]
          : OK;
    return this.degradedStarts.has(id) ? Math.max(rank, DEGRADED) : rank;
  }

  /** Records a loaded CI's inputs against this evaluation's index, and it as its inputs' receiver. */
  private compile(node: ImpactNode, ix: number): void {
    const inputIx = node.inputs.map((input) => {
      const inputIndex = this.indexOf(input.id, input.status);
      this.receivers.add(inputIndex, ix, input.type);
      return inputIndex;
    });
    this.groups.set(ix, node, inputIx);
    this.minHealthy[ix] = node.minHealthyMembers ?? DEFAULT_MIN_HEALTHY_MEMBERS;
  }

  /** Add CIs (ones already loaded are ignored) and re-evaluate until nothing changes. */
  add(nodes: Iterable<ImpactNode>): void {
    const work: number[] = [];
    for (const node of nodes) {
      const ix = this.indexOf(node.id, node.status);
      if (this.nodes[ix] !== undefined) continue;
      this.nodes[ix] = node;
      this.loaded += 1;
      work.push(ix);
    }
    for (const ix of work) this.compile(this.nodes[ix]!, ix);
    // A CI's baseline counts from the moment it is loaded, so set them all before evaluating any.
    for (const ix of work) this.ranks[ix] = this.baselineRank(this.ids[ix], this.nodes[ix]!.status);
    const { ranks, groups, receivers } = this;
    while (work.length > 0) {
      const ix = work.pop()!;
      const current = ranks[ix];
      if (current === DOWN) continue;
      const next = groups.rank(ix, this.minHealthy[ix], ranks);
      if (next > current) {
        ranks[ix] = next;
        for (let e = receivers.firstOf(ix); e >= 0; e = receivers.next[e]) work.push(receivers.receiver[e]);
      }
    }
  }

  /**
   * Shortest explaining paths: a breadth-first walk from the failed CIs
   * through hit CIs, along relationships that carry their source's state.
   * Ties go to the smaller id, so the answer does not depend on load order.
   */
  paths(maxDepth: number = Number.MAX_SAFE_INTEGER): Map<string, { distance: number; parent?: PathStep }> {
    const { ids, ranks, receivers } = this;
    const byId = (a: number, b: number) => compare(ids[a], ids[b]);
    const distance = new Int32Array(ids.length).fill(-1);
    const parent = new Int32Array(ids.length).fill(-1);
    const via = new Array<RelationshipType | undefined>(ids.length);
    const order: number[] = [];
    let level = [...this.failed, ...this.degradedStarts].flatMap((id) => this.loadedIndex(id) ?? []).sort(byId);
    for (const ix of level) distance[ix] = 0;
    order.push(...level);
    for (let d = 1; level.length > 0 && d <= maxDepth; d++) {
      const next: number[] = [];
      for (const from of level) {
        const fromState = RANKED[ranks[from]];
        for (let e = receivers.firstOf(from); e >= 0; e = receivers.next[e]) {
          const r = receivers.receiver[e];
          const type = receivers.type[e];
          if (!carries(type, fromState) || ranks[r] === OK) continue;
          if (distance[r] < 0) {
            distance[r] = d;
            parent[r] = from;
            via[r] = type;
            next.push(r);
          } else if (parent[r] === from && compare(type, via[r]!) < 0) {
            // Two relationships from the same parent: the answer must not depend on load order.
            via[r] = type;
          }
        }
      }
      level = next.sort(byId);
      order.push(...level);
    }
    const found = new Map<string, { distance: number; parent?: PathStep }>();
    for (const ix of order) {
      found.set(ids[ix], {
        distance: distance[ix],
        ...(parent[ix] < 0 ? {} : { parent: { id: ids[parent[ix]], via: via[ix]! } }),
      });
    }
    return found;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The path from `id` back to a failed CI, following the parents `paths()` found. */
export function pathOf(id: string, found: ReadonlyMap<string, { parent?: PathStep }>): PathStep[] {
  const steps: PathStep[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    const parent: PathStep | undefined = found.get(current)?.parent;
    steps.push({ id: current, via: parent?.via ?? null });
    current = parent?.id;
  }
  return steps;
}
