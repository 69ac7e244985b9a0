/**
 * Impact analysis over the live graph: the blast radius of failed CIs and
 * the dependency tree of one CI. Each runs in one read transaction (one
 * consistent snapshot); the rules are in impact.rules.ts, the evaluation in
 * impact.engine.ts, the walk in impact.traversal.ts.
 */
import type { Executor } from '../platform/executor';
import { badInput, EstateError, notFound } from '../platform/errors';
import type { RelationshipType } from '../model/relationships.rules';
import type { Baseline } from './impact.engine';
import { IMPACT_LIMITS } from './impact.rules';
import { AsOfSource } from './impact.history';
import { CypherSource, loadClosure } from './impact.source';
import { summarise } from './impact.summary';
import type { ImpactSummary } from './impact.summary';
import { dedupe, traverse } from './impact.traversal';
import type { HitCI, Traversal } from './impact.traversal';
import { wiredCache } from '../network/wired.cache';
import { loadTopology } from '../network/topology.load';
import type { Topology } from '../network/topology';
import { networkEffects } from '../network/network.effects';
import type { NetworkHit } from '../network/network.effects';

export interface ImpactOptions {
  maxDepth?: number;
  baseline?: Baseline;
  /**
   * An ISO instant: play the failure out on the graph as it was then (CIs,
   * relationships and reported statuses rebuilt from the change log).
   */
  asOf?: string;
}

/** maxDepth within 1..IMPACT_LIMITS.maxDepth, or a clear error naming the limit. */
export function checkDepth(maxDepth: number | undefined, field = 'maxDepth'): number {
  const depth = maxDepth ?? IMPACT_LIMITS.defaultDepth;
  if (!Number.isInteger(depth) || depth < 1)
    throw badInput(field, `must be a whole number of at least 1; got ${depth}`);
  if (depth > IMPACT_LIMITS.maxDepth) {
    throw new EstateError('LIMIT_EXCEEDED', `${field} ${depth} is over the server limit of ${IMPACT_LIMITS.maxDepth}`, [
      { field, reason: `at most ${IMPACT_LIMITS.maxDepth} (server limit); got ${depth}` },
    ]);
  }
  return depth;
}

/** A list of CI ids: at least one, at most IMPACT_LIMITS.maxIds. */
export function checkIds(ids: readonly string[], field: string): readonly string[] {
  if (ids.length === 0) throw badInput(field, 'give at least one CI id');
  if (ids.length > IMPACT_LIMITS.maxIds) {
    throw new EstateError(
      'LIMIT_EXCEEDED',
      `${field} lists ${ids.length} CIs; the server limit is ${IMPACT_LIMITS.maxIds}`,
      [{ field, reason: `at most ${IMPACT_LIMITS.maxIds} ids (server limit); got ${ids.length}` }],
    );
  }
  return ids;
}

export interface ImpactAnalysis extends Omit<Traversal, 'evaluation'> {
  maxDepth: number;
  /** The instant the graph was read at; null for now. */
  asOf: string | null;
  summary: ImpactSummary;
}

/** Everything that fails or degrades when the `failed` CIs go DOWN. */
export async function analyseImpact(
  db: Executor,
  failed: readonly string[],
  options: ImpactOptions = {},
): Promise<ImpactAnalysis> {
  checkIds(failed, 'failed');
  const maxDepth = checkDepth(options.maxDepth);
  const baseline = options.baseline ?? 'REPORTED';
  const walk = { maxDepth, baseline };
  let network: ReadonlyMap<string, NetworkHit> = new Map();
  const unique = dedupe(failed).unique;
  /** The devices the failure unpowers or cuts off start the walk too. */
  const networkStarts = (topology: Topology) => {
    const hits = networkEffects(topology, failed, baseline);
    network = new Map(hits.map((h) => [h.id, h]));
    return new Map(hits.map((h) => [h.id, h.state]));
  };
  const result = options.asOf
    ? // The wiring as it was, rebuilt from the change log; the past does not change under us, so each
      // round's history queries may run in their own transactions.
      await traverse(new AsOfSource(db, options.asOf), failed, {
        ...walk,
        starts: networkStarts(
          await loadTopology(db, unique, {
            reach: 'impact',
            asOf: options.asOf,
            fields: ['failed'],
            skipMissing: true,
          }),
        ),
      })
    : await db.readTx('impact', async (tx) =>
        // The network part in the same transaction as the walk.
        traverse(new CypherSource(tx), failed, {
          ...walk,
          starts: networkStarts(await wiredCache(db).around(tx, unique)),
        }),
      );
  const hit = network.size === 0 ? result.hit : throughNetwork(result.hit, network);
  return {
    failed: result.failed,
    unknownIds: result.unknownIds,
    duplicateIds: result.duplicateIds,
    hit,
    truncated: result.truncated,
    loaded: result.loaded,
    rounds: result.rounds,
    maxDepth,
    asOf: options.asOf ?? null,
    summary: summarise(hit),
  };
}

/**
 * Hits whose explaining path ends at a device the network analysis hit get
 * that device's network path (through ports, cables, circuits and power to
 * the failed CI) in place of its last step; their distance counts its steps.
 */
function throughNetwork(hits: readonly HitCI[], network: ReadonlyMap<string, NetworkHit>): HitCI[] {
  const out = hits.map((h): HitCI => {
    const path = h.path;
    const via = network.get(path[path.length - 1]?.id);
    if (!via) return h;
    return {
      id: h.id,
      class: h.class,
      name: h.name,
      criticality: h.criticality,
      state: h.state,
      distance: h.distance + via.path.length - 1,
      get path() {
        return [...h.path.slice(0, -1), ...via.path];
      },
    };
  });
  return out.sort((a, b) => a.distance - b.distance || cmp(a.class, b.class) || cmp(a.name, b.name) || cmp(a.id, b.id));
}

export interface Dependency {
  id: string;
  class: string;
  name: string;
  depth: number;
  /** The CI one level up the tree (toward the root) that needs this one. */
  parentId: string;
  /** The relationship between the parent and this CI. */
  via: RelationshipType;
}

export interface DependencyTree {
  rootId: string;
  /** Breadth-first: by depth, then class, name and id; each CI once, under its first parent. */
  dependencies: Dependency[];
  truncated: boolean;
}

/** What a CI stands on: everything whose failure could reach it, as a tree (each CI under one parent). */
export async function dependencies(db: Executor, id: string, maxDepth?: number): Promise<DependencyTree> {
  const depth = checkDepth(maxDepth);
  const closure = await db.readTx('dependencies', (tx) => loadClosure(tx, [id], depth));
  const root = closure.get(id);
  if (!root) throw notFound('CI', id, 'id');
  const seen = new Set([id]);
  const found: Dependency[] = [];
  let level = [root];
  let truncated = false;
  for (let d = 1; level.length > 0; d++) {
    const next: Dependency[] = [];
    for (const parent of level) {
      const inputs = [...parent.inputs].sort((a, b) => cmp(a.id, b.id) || cmp(a.type, b.type));
      for (const input of inputs) {
        if (seen.has(input.id)) continue;
        const node = closure.get(input.id);
        if (!node || d > depth) {
          truncated = true;
          continue;
        }
        seen.add(input.id);
        next.push({ id: node.id, class: node.class, name: node.name, depth: d, parentId: parent.id, via: input.type });
      }
    }
    next.sort((a, b) => cmp(a.class, b.class) || cmp(a.name, b.name) || cmp(a.id, b.id));
    found.push(...next);
    level = next.map((n) => closure.get(n.id)!);
  }
  return { rootId: id, dependencies: found, truncated };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
