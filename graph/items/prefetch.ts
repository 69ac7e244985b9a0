/**
 * Reading CIs together with the neighbours a request will ask for next, in
 * the same Cypher statement. A GraphQL query names its neighbour fields up
 * front (`location`, `dependsOn { runsOn { … } }`); resolvers/lookahead.ts
 * turns that selection into a tree of relationship types and directions, and
 * the projection below fetches the whole tree with nested COLLECT subqueries,
 * so a page of services three levels deep is one round trip instead of one
 * per level and relationship type. The neighbour lists come back flattened,
 * ready to prime the request's DataLoaders; the field resolvers then find
 * them there.
 *
 * Relationship types come only from the rule table (never from the request),
 * and lists are in the same order as graph/relationships.ts `neighbours`.
 */
import { itemFromNode } from './items.mapping';
import type { Item } from './items.mapping';
import type { RelationshipType } from '../model/relationships.rules';
import { neighbourPattern } from './relationships';
import type { Direction, Neighbour } from './relationships';

/** One neighbour field asked for, and what is asked of its neighbours in turn. */
export interface NeighbourSelection {
  readonly type: RelationshipType;
  readonly direction: Direction;
  /**
   * The stored properties to read of each neighbour (id, class and name always come too), or undefined for
   * all of them and the relationship's properties. Reading only what the query selects is most of what
   * look-ahead saves.
   */
  readonly properties?: readonly string[];
  readonly children: readonly NeighbourSelection[];
}

/** The neighbours of one CI along one type and direction, as the neighbours loader would return them. */
export interface PrefetchedNeighbours {
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly id: string;
  readonly neighbours: Neighbour[];
}

/**
 * Levels fetched ahead at most. Deeper fields still resolve, through the loaders (one query per level);
 * the cap keeps one statement's size and the work per row bounded.
 */
export const PREFETCH_MAX_DEPTH = 4;

/** What a compiled projection returns per CI: its properties and the neighbour lists keyed `f0`, `f1`, … */
interface Fetched {
  node: Record<string, unknown>;
  properties?: Record<string, unknown>;
  next?: Record<string, Fetched[]>;
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A map projection of `variable`: every property, or id, class, name and the ones asked for. */
function nodeProjection(variable: string, properties: readonly string[] | undefined): string {
  if (!properties) return `${variable} {.*}`;
  const names = new Set(['id', 'class', 'name', ...properties]);
  for (const name of names) if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  return `${variable} {${[...names].map((n) => `.${n}`).join(', ')}}`;
}

/** The `next` map for `variable`: one ordered COLLECT subquery per selected neighbour field. */
function nextMap(variable: string, selections: readonly NeighbourSelection[], depth: number): string {
  const entries = selections.map((selection, i) => {
    const m = `${variable}_${i}`;
    const r = `${m}r`;
    // Relationship properties only matter to `related`, which reads whole lists (properties undefined).
    const inner = [`node: ${nodeProjection(m, selection.properties)}`];
    if (!selection.properties) inner.push(`properties: properties(${r})`);
    if (selection.children.length > 0 && depth + 1 < PREFETCH_MAX_DEPTH) {
      inner.push(`next: ${nextMap(m, selection.children, depth + 1)}`);
    }
    return `f${i}: COLLECT { MATCH ${neighbourPattern(selection.type, selection.direction, variable, r, m)}
      WITH ${m}, ${r} ORDER BY ${m}.name, ${m}.id
      RETURN {${inner.join(', ')}} }`;
  });
  return `{${entries.join(',\n')}}`;
}

/**
 * The RETURN items for a CI bound to `variable`: `n` (its properties) and, when neighbours are selected,
 * `next` (the neighbour tree). `alsoRead` names properties the read itself needs (the order field of a
 * cursor). Read the rows back with `prefetchedRow`.
 */
export function returnItem(variable: string, ahead: Lookahead, alsoRead: readonly string[] = []): string {
  const node = `${nodeProjection(variable, ahead.properties && [...ahead.properties, ...alsoRead])} AS n`;
  return ahead.selections.length === 0 ? node : `${node}, ${nextMap(variable, ahead.selections, 0)} AS next`;
}

function flatten(
  id: string,
  selections: readonly NeighbourSelection[],
  next: Record<string, Fetched[]> | undefined,
  depth: number,
  out: PrefetchedNeighbours[],
): void {
  if (!next) return;
  selections.forEach((selection, i) => {
    const found = next[`f${i}`] ?? [];
    out.push({
      type: selection.type,
      direction: selection.direction,
      id,
      neighbours: found.map((f) => ({ item: itemFromNode(f.node), properties: f.properties ?? {} })),
    });
    if (depth + 1 >= PREFETCH_MAX_DEPTH) return;
    for (const f of found) flatten(f.node.id as string, selection.children, f.next, depth + 1, out);
  });
}

/**
 * What a read should fetch ahead, and where it puts what it found: pass one to `listItems`, `searchItems`
 * or `readItems`, then prime the loaders from `found`.
 */
export interface Lookahead {
  /** The stored properties to read of the CIs themselves (undefined: all). Such CIs are partial: keep them out of shared caches. */
  readonly properties?: readonly string[];
  readonly selections: readonly NeighbourSelection[];
  readonly found: PrefetchedNeighbours[];
}

/** Fetch no neighbours ahead (its `found` is frozen: nothing is ever added to it). */
export const NO_LOOKAHEAD: Lookahead = {
  selections: [],
  found: Object.freeze([]) as unknown as PrefetchedNeighbours[],
};

/** One row of a query that used `returnItem`: the CI, and every neighbour list fetched with it (appended to `out`). */
export function prefetchedRow(row: Record<string, unknown>, ahead: Lookahead): Item {
  const item = itemFromNode(row.n as Record<string, unknown>);
  flatten(item.id, ahead.selections, row.next as Record<string, Fetched[]> | undefined, 0, ahead.found);
  return item;
}
