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
  const groups = new Map<string, InputGroup>();
  for (const input of node.inputs) {
    const rule = impactRule(input.type);
    const key = rule.alternatives === 'sameTargetClass' ? `${input.type}:${input.class}` : input.type;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { combine: rule.combine, carriesDegraded: rule.carriesDegraded, inputs: [] }));
    group.inputs.push(input);
  }
  const built = [...groups.values()];
  GROUPED.set(node, built);
  return built;
}

/**
 * The state a CI gets from its inputs, the rank of each looked up with
 * `rankOf`. Per group: `any` is DOWN with one input DOWN; `all` is DOWN
 * with every input DOWN and DEGRADED with some; `quorum` is DOWN when fewer
 * than `min` inputs are up and DEGRADED with any DOWN. A DEGRADED input
 * counts only where the rule carries DEGRADED.
 */
function rankFromInputs(groups: readonly InputGroup[], min: number, rankOf: (input: ImpactInput) => number): number {
  let worst = OK;
  for (const group of groups) {
    let down = 0;
    let degraded = false;
    for (const input of group.inputs) {
      const rank = rankOf(input);
      if (rank === DOWN) down += 1;
      else if (rank === DEGRADED && group.carriesDegraded) degraded = true;
    }
    let rank: number;
    if (group.combine === 'any') rank = down > 0 ? DOWN : degraded ? DEGRADED : OK;
    else if (group.combine === 'all') rank = down === group.inputs.length ? DOWN : down > 0 || degraded ? DEGRADED : OK;
    else rank = down === 0 ? OK : group.inputs.length - down < min ? DOWN : DEGRADED;
    if (rank > worst && (worst = rank) === DOWN) return DOWN;
  }
  return worst;
}

interface Receiver {
  readonly id: string;
  readonly type: RelationshipType;
}

/**
 * CIs loaded so far and their states. `add` more CIs at any time; states
 * are brought back to the fixpoint before it returns.
 */
export class ImpactEvaluation {
  private readonly nodes = new Map<string, ImpactNode>();
  private readonly groups = new Map<string, InputGroup[]>();
  private readonly ranks = new Map<string, number>();
  /** For every input id (loaded or not), the loaded CIs that list it. */
  private readonly receivers = new Map<string, Receiver[]>();
  private readonly failed: ReadonlySet<string>;

  constructor(
    failed: Iterable<string>,
    private readonly baseline: Baseline | BaselineFn,
  ) {
    this.failed = new Set(failed);
  }

  get size(): number {
    return this.nodes.size;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): ImpactNode | undefined {
    return this.nodes.get(id);
  }

  allNodes(): IterableIterator<ImpactNode> {
    return this.nodes.values();
  }

  /** The state of a loaded CI (its baseline for one not loaded, when its reported status is given). */
  state(id: string, status?: string | null): ImpactState {
    return RANKED[this.rank(id, status)];
  }

  private rank(id: string, status: string | null | undefined): number {
    return this.ranks.get(id) ?? STATE_RANK[this.baselineOf(id, status)];
  }

  /** Whether a loaded CI is worse off than before the failures (a failed CI always is). */
  raised(id: string): boolean {
    const node = this.nodes.get(id);
    return (
      node !== undefined && (this.failed.has(id) || this.ranks.get(id)! > STATE_RANK[this.baselineOf(id, node.status)])
    );
  }

  /** Loaded CIs that list `id` as an input, and along which type. */
  receiversOf(id: string): readonly Receiver[] {
    return this.receivers.get(id) ?? [];
  }

  private baselineOf(id: string, status: string | null | undefined): ImpactState {
    if (this.failed.has(id)) return 'DOWN';
    if (typeof this.baseline === 'function') return this.baseline(id, status);
    return this.baseline === 'REPORTED' ? reportedState(status) : 'OK';
  }

  /** Add CIs (ones already loaded are ignored) and re-evaluate until nothing changes. */
  add(nodes: Iterable<ImpactNode>): void {
    const work: string[] = [];
    for (const node of nodes) {
      if (this.nodes.has(node.id)) continue;
      this.nodes.set(node.id, node);
      this.groups.set(node.id, groupInputs(node));
      for (const input of node.inputs) {
        let list = this.receivers.get(input.id);
        if (!list) this.receivers.set(input.id, (list = []));
        list.push({ id: node.id, type: input.type });
      }
      work.push(node.id);
    }
    // A CI's baseline counts from the moment it is loaded, so set them all before evaluating any.
    for (const id of work) this.ranks.set(id, STATE_RANK[this.baselineOf(id, this.nodes.get(id)!.status)]);
    const rankOf = (input: ImpactInput) => this.rank(input.id, input.status);
    while (work.length > 0) {
      const id = work.pop()!;
      const current = this.ranks.get(id)!;
      if (current === DOWN) continue;
      const node = this.nodes.get(id)!;
      const next = rankFromInputs(this.groups.get(id)!, node.minHealthyMembers ?? DEFAULT_MIN_HEALTHY_MEMBERS, rankOf);
      if (next > current) {
        this.ranks.set(id, next);
        for (const receiver of this.receivers.get(id) ?? []) work.push(receiver.id);
      }
    }
  }

  /**
   * Shortest explaining paths: a breadth-first walk from the failed CIs
   * through hit CIs, along relationships that carry their source's state.
   * Ties go to the smaller id, so the answer does not depend on load order.
   */
  paths(maxDepth: number = Number.MAX_SAFE_INTEGER): Map<string, { distance: number; parent?: PathStep }> {
    const found = new Map<string, { distance: number; parent?: { id: string; via: RelationshipType } }>();
    let level = [...this.failed].filter((id) => this.nodes.has(id)).sort();
    for (const id of level) found.set(id, { distance: 0 });
    for (let distance = 1; level.length > 0 && distance <= maxDepth; distance++) {
      const next: string[] = [];
      for (const from of level) {
        const fromState = this.state(from);
        for (const r of this.receivers.get(from) ?? []) {
          if (!carries(r.type, fromState) || this.state(r.id) === 'OK') continue;
          const seen = found.get(r.id);
          if (!seen) {
            found.set(r.id, { distance, parent: { id: from, via: r.type } });
            next.push(r.id);
          } else if (seen.parent?.id === from && compare(r.type, seen.parent.via) < 0) {
            // Two relationships from the same parent: the answer must not depend on load order.
            seen.parent = { id: from, via: r.type };
          }
        }
      }
      level = next.sort();
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
