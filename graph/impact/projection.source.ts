/**
 * The traversal's NodeSource answered from the projection (issue 21): the
 * same CIs, inputs and receivers the Cypher source reads, with no round
 * trip. CIs the projection does not hold (classes no propagating
 * relationship can join: an interface, a cable) have no inputs and no
 * receivers by the rule table; asked for by id, they come from `fallback`
 * (one query for the lot, in the request's transaction), so unknown ids
 * stay unknown and known ones keep their names.
 */
import type { ImpactNode } from './impact.engine';
import type { Expansion, NodeSource } from './impact.traversal';
import type { ProjectionStore } from './projection.store';

export class ProjectionSource implements NodeSource {
  constructor(
    private readonly store: ProjectionStore,
    private readonly fallback: (ids: readonly string[]) => Promise<ImpactNode[]>,
  ) {}

  /**
   * The fallback's query comes first: every other answer is synchronous, so once it is back the walk
   * reads the store with no await in between, and a catch-up by another request (which awaits its own
   * query) cannot move the store under a walk half done.
   */
  async load(ids: readonly string[]): Promise<ImpactNode[]> {
    const missing = ids.filter((id) => !this.store.has(id));
    const fetched = missing.length === 0 ? [] : await this.fallback(missing);
    const held = ids.flatMap((id) => this.store.node(id) ?? []);
    return [...held, ...fetched.filter((n) => !this.store.has(n.id))];
  }

  async receivers(expansions: readonly Expansion[], known: ReadonlySet<string>): Promise<ImpactNode[]> {
    const out = new Map<string, ImpactNode>();
    for (const e of expansions) {
      for (const id of this.store.receiverIds(e.id, new Set(e.types))) {
        if (!known.has(id) && !out.has(id)) out.set(id, this.store.node(id) as ImpactNode);
      }
    }
    return [...out.values()];
  }

  async hasReceivers(expansions: readonly Expansion[]): Promise<boolean> {
    return expansions.some((e) => this.store.receiverIds(e.id, new Set(e.types)).length > 0);
  }

  /** Breadth-first along every propagating relationship, `depth` hops from `ids`, leaving out `known`. */
  async reachable(ids: readonly string[], depth: number, known: ReadonlySet<string>): Promise<ImpactNode[]> {
    const seen = new Set<string>(ids);
    const out = new Map<string, ImpactNode>();
    let frontier = [...seen];
    for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const r of this.store.receiverIds(id, null)) {
          // A start reached from another start is reached too (as the Cypher walk finds it).
          if (!known.has(r) && !out.has(r)) out.set(r, this.store.node(r) as ImpactNode);
          if (!seen.has(r)) {
            seen.add(r);
            next.push(r);
          }
        }
      }
      frontier = next;
    }
    return [...out.values()];
  }
}
