/**
 * The blast-radius walk: load the failed CIs, then, round by round, only
 * the receivers of CIs whose state can reach them (a DEGRADED CI is not
 * followed along types that stop DEGRADED), evaluating as CIs arrive. Work
 * is proportional to what is hit, not to everything reachable: a core
 * switch whose partner carries on stops at its cluster and its dual-homed
 * neighbours.
 *
 * Where CIs come from is a `NodeSource`: Neo4j in production
 * (impact.source.ts), a map in memory for unit tests and for analyses that
 * replay many failures over one loaded closure.
 */
import { ImpactEvaluation, pathOf } from './impact.engine';
import type { Baseline, BaselineFn, ImpactNode, PathStep } from './impact.engine';
import { carryingTypes } from './impact.rules';
import type { ImpactState } from './impact.rules';
import type { RelationshipType } from '../model/relationships.rules';

/** Follow CI `id`'s receivers along these types. */
export interface Expansion {
  readonly id: string;
  readonly types: readonly RelationshipType[];
}

export interface NodeSource {
  /** CIs by id with their inputs; unknown ids are left out. */
  load(ids: readonly string[]): Promise<ImpactNode[]>;
  /** The receivers of the given CIs along the given types, with their inputs, leaving out `known` ids. */
  receivers(expansions: readonly Expansion[], known: ReadonlySet<string>): Promise<ImpactNode[]>;
  /** Whether any of the given CIs has a receiver along the given types. */
  hasReceivers(expansions: readonly Expansion[]): Promise<boolean>;
  /**
   * Every CI a failure of `ids` can reach within `depth` hops, ignoring
   * redundancy, with its inputs, leaving out `known` ids. Optional: a source
   * without it is always walked round by round.
   */
  reachable?(ids: readonly string[], depth: number, known: ReadonlySet<string>): Promise<ImpactNode[]>;
}

export interface TraversalOptions {
  /** Hops to follow; Infinity for no limit (in-memory replays), which also skips per-round distances. */
  maxDepth: number;
  baseline: Baseline | BaselineFn;
  /**
   * Most CIs one round may expand lazily; a wider frontier loads the whole
   * reachable set in one query instead (default LAZY_LIMIT).
   */
  lazyLimit?: number;
  /** Stop as soon as this holds after a round (the answer is then partial): for callers that need one fact. */
  stopWhen?: (evaluation: ImpactEvaluation) => boolean;
  /** Build `hit` (default true); callers that only read the evaluation skip the paths. */
  hits?: boolean;
  /** More CIs to start from, in the state they start in (the devices a failure unpowers or cuts off, graph/network). */
  starts?: ReadonlyMap<string, 'DOWN' | 'DEGRADED'>;
}

/**
 * A round expanding more CIs than this switches to loading everything
 * reachable at once: a blast radius that wide costs fewer, larger queries
 * that way, while a small one (a switch whose partner carries on) stays a
 * few tiny queries.
 */
export const LAZY_LIMIT = 48;

export interface HitCI {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  readonly criticality: string | null;
  readonly state: Exclude<ImpactState, 'OK'>;
  readonly distance: number;
  /** From this CI back to a failed one. */
  readonly path: readonly PathStep[];
}

export interface Traversal {
  /** Failed ids that exist, in the order given. */
  readonly failed: string[];
  readonly unknownIds: string[];
  readonly duplicateIds: string[];
  /** Every CI hit, the failed ones included (distance 0), by distance, class, name, id. */
  readonly hit: HitCI[];
  /** True when CIs at maxDepth have receivers that were not followed. */
  readonly truncated: boolean;
  /** CIs loaded to answer (hit or not). */
  readonly loaded: number;
  readonly rounds: number;
  /** The evaluation, for callers that read states of CIs not hit. */
  readonly evaluation: ImpactEvaluation;
}

export function dedupe(ids: readonly string[]): { unique: string[]; duplicates: string[] } {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  return { unique: [...seen], duplicates: [...duplicates] };
}

export async function traverse(
  source: NodeSource,
  failedIds: readonly string[],
  options: TraversalOptions,
): Promise<Traversal> {
  const { unique, duplicates } = dedupe(failedIds);
  const starts = [...(options.starts ?? [])].filter(([id]) => !unique.includes(id));
  const loadedFailed = await source.load([...unique, ...starts.map(([id]) => id)]);
  const present = new Set(loadedFailed.map((n) => n.id));
  const failed = unique.filter((id) => present.has(id));
  const down = starts.flatMap(([id, state]) => (state === 'DOWN' ? [id] : []));
  const degraded = starts.flatMap(([id, state]) => (state === 'DEGRADED' ? [id] : []));
  const evaluation = new ImpactEvaluation([...failed, ...down], options.baseline, degraded);
  evaluation.add(loadedFailed);

  /** Types already followed from each CI. */
  const followed = new Map<string, ReadonlySet<RelationshipType>>();
  const due = (id: string): RelationshipType[] => {
    const done = followed.get(id);
    return carryingTypes(evaluation.state(id)).filter((t) => !done?.has(t));
  };
  const lazyLimit = options.lazyLimit ?? LAZY_LIMIT;
  const bounded = Number.isFinite(options.maxDepth);
  const known = new Set(present);
  const load = (nodes: ImpactNode[]) => {
    evaluation.add(nodes);
    for (const node of nodes) known.add(node.id);
  };
  /**
   * CIs to follow next: with a depth limit, those an explaining path reaches closer than the limit;
   * without one, every CI the failures made worse (no distances needed until the end).
   */
  const frontier = (): Iterable<string> =>
    bounded
      ? [...evaluation.paths(options.maxDepth)].filter(([, f]) => f.distance < options.maxDepth).map(([id]) => id)
      : [...known].filter((id) => evaluation.raised(id));
  let rounds = 0;
  for (;;) {
    if (options.stopWhen?.(evaluation)) break;
    const expansions: Expansion[] = [];
    for (const id of frontier()) {
      const types = due(id);
      if (types.length > 0) expansions.push({ id, types });
    }
    if (expansions.length === 0) break;
    rounds += 1;
    if (expansions.length > lazyLimit && source.reachable && bounded) {
      // Everything within maxDepth of a failed CI, hit or not: every receiver of a CI closer than maxDepth
      // is then loaded, whatever its state turns out to be, so no further round is needed.
      evaluation.add(await source.reachable([...failed, ...down, ...degraded], options.maxDepth, known));
      break;
    }
    for (const { id, types } of expansions) {
      followed.set(id, new Set([...(followed.get(id) ?? []), ...types]));
    }
    load(await source.receivers(expansions, known));
  }
  const found: ReturnType<ImpactEvaluation['paths']> =
    options.hits === false && !bounded
      ? new Map<string, { distance: number; parent?: PathStep }>()
      : evaluation.paths(options.maxDepth);

  // CIs at maxDepth were never followed: do they lead anywhere?
  const edge = [...found]
    .filter(([, f]) => f.distance === options.maxDepth)
    .map(([id]) => ({ id, types: carryingTypes(evaluation.state(id)) }));
  const truncated = edge.length > 0 && (await source.hasReceivers(edge));

  const hit: HitCI[] = [];
  for (const [id, { distance }] of options.hits === false ? [] : found) {
    const node = evaluation.node(id)!;
    hit.push(new Hit(node, evaluation.state(id) as HitCI['state'], distance, found));
  }
  hit.sort((a, b) => a.distance - b.distance || cmp(a.class, b.class) || cmp(a.name, b.name) || cmp(a.id, b.id));
  return {
    failed,
    unknownIds: unique.filter((id) => !present.has(id)),
    duplicateIds: duplicates,
    hit,
    truncated,
    loaded: evaluation.size,
    rounds,
    evaluation,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A hit CI whose explaining path is walked only when read: a site outage
 * hits thousands of CIs, a client reads a page of them.
 */
class Hit implements HitCI {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  readonly criticality: string | null;

  constructor(
    node: ImpactNode,
    readonly state: HitCI['state'],
    readonly distance: number,
    private readonly found: ReadonlyMap<string, { parent?: PathStep }>,
  ) {
    this.id = node.id;
    this.class = node.class;
    this.name = node.name;
    this.criticality = node.criticality ?? null;
  }

  get path(): readonly PathStep[] {
    return pathOf(this.id, this.found);
  }
}

/**
 * A NodeSource over CIs held in memory: a hand-written graph in unit tests,
 * or a dependency closure loaded once and replayed for many failures.
 */
export class MemorySource implements NodeSource {
  /** For every CI, the CIs that list it as an input, by type. */
  private readonly receiverIds = new Map<string, { id: string; type: RelationshipType }[]>();

  constructor(readonly nodes: ReadonlyMap<string, ImpactNode>) {
    for (const node of nodes.values()) {
      for (const input of node.inputs) {
        let list = this.receiverIds.get(input.id);
        if (!list) this.receiverIds.set(input.id, (list = []));
        list.push({ id: node.id, type: input.type });
      }
    }
  }

  async load(ids: readonly string[]): Promise<ImpactNode[]> {
    return ids.flatMap((id) => this.nodes.get(id) ?? []);
  }

  async receivers(expansions: readonly Expansion[], known: ReadonlySet<string>): Promise<ImpactNode[]> {
    const out = new Map<string, ImpactNode>();
    for (const { id, types } of expansions) {
      for (const r of this.receiverIds.get(id) ?? []) {
        if (types.includes(r.type) && !known.has(r.id)) out.set(r.id, this.nodes.get(r.id)!);
      }
    }
    return [...out.values()];
  }

  async hasReceivers(expansions: readonly Expansion[]): Promise<boolean> {
    return expansions.some(({ id, types }) => (this.receiverIds.get(id) ?? []).some((r) => types.includes(r.type)));
  }

  async reachable(ids: readonly string[], depth: number, known: ReadonlySet<string>): Promise<ImpactNode[]> {
    const seen = new Set(ids);
    let level = [...ids];
    for (let d = 0; d < depth && level.length > 0; d++) {
      level = level.flatMap((id) => (this.receiverIds.get(id) ?? []).map((r) => r.id)).filter((id) => !seen.has(id));
      for (const id of level) seen.add(id);
    }
    return [...seen].filter((id) => !known.has(id) && this.nodes.has(id)).map((id) => this.nodes.get(id)!);
  }
}
