/**
 * The loader registry: one per request and one per subscription event
 * (dataloader's rule, a new instance per request; a subscription's context
 * outlives its events, so the subscription resolvers make a new registry for
 * each). Every item and neighbour list a request needs is fetched in one
 * query per batch, whatever the shape of the query tree — and, where a root
 * field looked ahead (resolvers/items/lookahead.ts), the neighbour lists arrive
 * primed with the items and cost no query at all. Each feature's own loaders
 * (impact, lifecycle, history) hang off the same registry through `of`, so
 * they live exactly as long as these and no cache is keyed on anything else.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../graph/platform/executor';
import { getItems } from '../../graph/items/items';
import type { Item } from '../../graph/items/items.mapping';
import type { Lookahead, PrefetchedNeighbours } from '../../graph/items/prefetch';
import { neighbours } from '../../graph/items/relationships';
import type { Direction, Neighbour } from '../../graph/items/relationships';
import type { RelationshipType } from '../../graph/model/relationships.rules';

/** Makes one feature's set of loaders over a request's executor; `Loaders.of` calls it once per registry. */
export type LoaderSet<T> = (db: Executor) => T;

export interface Loaders {
  item: DataLoader<string, Item | undefined>;
  /** Items as a look-ahead shapes them (properties, neighbours); one loader per shape, so aliases batch. */
  itemWith(shape: Pick<Lookahead, 'properties' | 'selections'>): DataLoader<string, Item | undefined>;
  neighbours(type: RelationshipType, direction: Direction): DataLoader<string, Neighbour[]>;
  /** Neighbour lists read ahead: later loads of them cost nothing. */
  prime(found: readonly PrefetchedNeighbours[]): void;
  /** A neighbour list read ahead, there and then (no promise: the field resolves synchronously), or undefined. */
  primed(type: RelationshipType, direction: Direction, id: string): Neighbour[] | undefined;
  /** A feature's loaders, made by `make` on first use and kept as long as this registry (one request or event). */
  of<T>(make: LoaderSet<T>): T;
}

/** A loader per key, made on first use (for loaders that depend on arguments: a shape, an instant, a page). */
export function memo<L>(make: (key: string) => L): (key: string) => L {
  const made = new Map<string, L>();
  return (key) => {
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(key)));
    return loader;
  };
}

/**
 * Neighbour lists read ahead, by type, direction and CI id: nested maps, so that the lookup every neighbour
 * field makes (once per CI of an answer, at every level) builds no key string.
 */
class ReadAhead {
  private readonly lists = new Map<RelationshipType, Map<Direction, Map<string, Neighbour[]>>>();

  of(type: RelationshipType, direction: Direction): Map<string, Neighbour[]> {
    let byDirection = this.lists.get(type);
    if (!byDirection) this.lists.set(type, (byDirection = new Map<Direction, Map<string, Neighbour[]>>()));
    let byId = byDirection.get(direction);
    if (!byId) byDirection.set(direction, (byId = new Map<string, Neighbour[]>()));
    return byId;
  }

  get(type: RelationshipType, direction: Direction, id: string): Neighbour[] | undefined {
    return this.lists.get(type)?.get(direction)?.get(id);
  }
}

export function createLoaders(db: Executor): Loaders {
  const ready = new ReadAhead();
  const sets = new Map<LoaderSet<unknown>, unknown>();
  const neighbourLoader = memo((key) => {
    const [type, direction] = key.split(':') as [RelationshipType, Direction];
    const readAhead = ready.of(type, direction);
    // Lists read ahead are answered from there; only the others are queried.
    return new DataLoader(async (ids: readonly string[]) => {
      const missing = ids.filter((id) => !readAhead.has(id));
      const found = missing.length > 0 ? await neighbours(db, type, direction, missing) : [];
      const byId = new Map(missing.map((id, i) => [id, found[i]]));
      return ids.map((id) => readAhead.get(id) ?? byId.get(id)!);
    });
  });
  const loaders: Loaders = {
    item: new DataLoader((ids) => getItems(db, ids)),
    itemWith({ properties, selections }) {
      const everything = properties === undefined && selections.length === 0;
      return everything ? loaders.item : itemWithLoader(JSON.stringify({ properties, selections }));
    },
    neighbours: (type, direction) => neighbourLoader(`${type}:${direction}`),
    prime(found) {
      for (const { type, direction, id, neighbours: list } of found) {
        const lists = ready.of(type, direction);
        if (!lists.has(id)) lists.set(id, list);
      }
    },
    primed: (type, direction, id) => ready.get(type, direction, id),
    of<T>(make: LoaderSet<T>): T {
      if (!sets.has(make)) sets.set(make, make(db));
      return sets.get(make) as T;
    },
  };
  const itemWithLoader = memo(
    (key) =>
      new DataLoader(async (ids: readonly string[]) => {
        const ahead: Lookahead = { ...(JSON.parse(key) as Pick<Lookahead, 'properties' | 'selections'>), found: [] };
        const items = await getItems(db, ids, ahead);
        loaders.prime(ahead.found);
        return items;
      }),
  );
  return loaders;
}
