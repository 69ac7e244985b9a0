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
import type { ImpactState } from './impact.rules';

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

/** One group of a CI's inputs that combine by one rule (those of one type; of one type and class for some). */
interface InputGroup {
  readonly combine: 'any' | 'all' | 'quorum';
  readonly carriesDegraded: boolean;
  readonly inputs: ImpactInput[];
}

/** Groups already built, per CI object: replaying many failures over one closure groups each CI once. */
const GROUPED = new WeakMap<ImpactNode, InputGroup[]>();

/** A CI's inputs grouped by the rule each combines by. */
function groupInputs(node: ImpactNode): InputGroup[] {
  const cached = GROUPED.get(node);
  if (cached) return cached;
  // A CI has inputs of a few types at most: a linear search beats building string keys.
  const groups: (InputGroup & { readonly type: string; readonly class?: string })[] = [];
  for (const input of node.inputs) {
    const rule = impactRule(input.type);
    const cls = rule.alternatives === 'sameTargetClass' ? input.class : undefined;
    let group = groups.find((g) => g.type === input.type && g.class === cls);
    if (!group) {
      group = {
        type: input.type,
        class: cls,
        combine: rule.combine,
        carriesDegraded: rule.carriesDegraded,
        inputs: [],
      };
      groups.push(group);
    }
    group.inputs.push(input);
  }
  GROUPED.set(node, groups);
  return groups;
}

/**
 * A group compiled against one evaluation: each input as the index of its
 * CI there. Evaluating a CI then reads only arrays, no id lookups: a site
 * outage evaluates tens of thousands of CIs, many of them several times.
 */
interface CompiledGroup {
  readonly combine: InputGroup['combine'];
  readonly carriesDegraded: boolean;
  readonly inputs: readonly number[];
}

/** The loaded CIs that list one CI as an input, and along which type (parallel lists). */
interface Receivers {
  readonly ids: number[];
  readonly types: RelationshipType[];
}

const NONE: readonly never[] = [];

/**
 * The rank a CI gets from its inputs. Per group: `any` is DOWN with one
 * input DOWN; `all` is DOWN with every input DOWN and DEGRADED with some;
 * `quorum` is DOWN when fewer than `min` inputs are up and DEGRADED with any
 * DOWN. A DEGRADED input counts only where the rule carries DEGRADED.
 */
function rankFromInputs(groups: readonly CompiledGroup[], min: number, ranks: readonly number[]): number {
  let worst = OK;
  for (const group of groups) {
    const { inputs } = group;
    let down = 0;
    let degraded = false;
    for (let k = 0; k < inputs.length; k++) {
      const rank = ranks[inputs[k]];
      if (rank === DOWN) down += 1;
      else if (rank === DEGRADED && group.carriesDegraded) degraded = true;
    }
    let rank: number;
    if (group.combine === 'any') rank = down > 0 ? DOWN : degraded ? DEGRADED : OK;
    else if (group.combine === 'all') rank = down === inputs.length ? DOWN : down > 0 || degraded ? DEGRADED : OK;
    else rank = down === 0 ? OK : inputs.length - down < min ? DOWN : DEGRADED;
    if (rank > worst && (worst = rank) === DOWN) return DOWN;
  }
  return worst;
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
  private readonly groups: (readonly CompiledGroup[])[] = [];
  /** By index: the CI's receivers, from the first loaded CI that lists it as an input. */
  private readonly receivers: (Receivers | undefined)[] = [];
  private loaded = 0;
  private readonly failed: ReadonlySet<string>;

  constructor(
    failed: Iterable<string>,
    private readonly baseline: Baseline | BaselineFn,
  ) {
    this.failed = new Set(failed);
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
    return this.failed.has(id) || this.ranks[ix] > this.baselineRank(id, this.nodes[ix]!.status);
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
      this.groups.push(NONE);
      this.receivers.push(undefined);
    }
    return ix;
  }

  private baselineRank(id: string, status: string | null | undefined): number {
    if (this.failed.has(id)) return DOWN;
    if (typeof this.baseline === 'function') return STATE_RANK[this.baseline(id, status)];
    return this.baseline === 'REPORTED' ? STATE_RANK[reportedState(status)] : OK;
  }

  /** A loaded CI's input groups against this evaluation's index; registers it as its inputs' receiver. */
  private compile(node: ImpactNode, ix: number): CompiledGroup[] {
    for (const input of node.inputs) {
      const inputIx = this.indexOf(input.id, input.status);
      const receivers = (this.receivers[inputIx] ??= { ids: [], types: [] });
      receivers.ids.push(ix);
      receivers.types.push(input.type);
    }
    return groupInputs(node).map((group) => ({
      combine: group.combine,
      carriesDegraded: group.carriesDegraded,
      inputs: group.inputs.map((input) => this.index.get(input.id)!),
    }));
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
    for (const ix of work) this.groups[ix] = this.compile(this.nodes[ix]!, ix);
    // A CI's baseline counts from the moment it is loaded, so set them all before evaluating any.
    for (const ix of work) this.ranks[ix] = this.baselineRank(this.ids[ix], this.nodes[ix]!.status);
    const { ranks } = this;
    while (work.length > 0) {
      const ix = work.pop()!;
      const current = ranks[ix];
      if (current === DOWN) continue;
      const min = this.nodes[ix]!.minHealthyMembers ?? DEFAULT_MIN_HEALTHY_MEMBERS;
      const next = rankFromInputs(this.groups[ix], min, ranks);
      if (next > current) {
        ranks[ix] = next;
        for (const receiver of this.receivers[ix]?.ids ?? NONE) work.push(receiver);
      }
    }
  }

  /**
   * Shortest explaining paths: a breadth-first walk from the failed CIs
   * through hit CIs, along relationships that carry their source's state.
   * Ties go to the smaller id, so the answer does not depend on load order.
   */
  paths(maxDepth: number = Number.MAX_SAFE_INTEGER): Map<string, { distance: number; parent?: PathStep }> {
    const { ids, ranks } = this;
    const byId = (a: number, b: number) => compare(ids[a], ids[b]);
    const distance = new Int32Array(ids.length).fill(-1);
    const parent = new Int32Array(ids.length).fill(-1);
    const via = new Array<RelationshipType | undefined>(ids.length);
    const order: number[] = [];
    let level = [...this.failed].flatMap((id) => this.loadedIndex(id) ?? []).sort(byId);
    for (const ix of level) distance[ix] = 0;
    order.push(...level);
    for (let d = 1; level.length > 0 && d <= maxDepth; d++) {
      const next: number[] = [];
      for (const from of level) {
        const receivers = this.receivers[from];
        if (!receivers) continue;
        const { ids: receiverIds, types } = receivers;
        const fromState = RANKED[ranks[from]];
        for (let k = 0; k < receiverIds.length; k++) {
          const r = receiverIds[k];
          if (!carries(types[k], fromState) || ranks[r] === OK) continue;
          if (distance[r] < 0) {
            distance[r] = d;
            parent[r] = from;
            via[r] = types[k];
            next.push(r);
          } else if (parent[r] === from && compare(types[k], via[r]!) < 0) {
            // Two relationships from the same parent: the answer must not depend on load order.
            via[r] = types[k];
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
