/**
 * Per-request DataLoaders: every item and neighbour list a request needs is
 * fetched in one query per batch, whatever the shape of the query tree —
 * and, where a root field looked ahead (resolvers/lookahead.ts), the
 * neighbour lists arrive primed with the items and cost no query at all.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../graph/executor';
import { getItems } from '../graph/items';
import type { Item } from '../graph/items.mapping';
import type { Lookahead, PrefetchedNeighbours } from '../graph/prefetch';
import { neighbours } from '../graph/relationships';
import type { Direction, Neighbour } from '../graph/relationships';
import type { RelationshipType } from '../graph/model/relationships.rules';

export interface Loaders {
  item: DataLoader<string, Item | undefined>;
  /** Items as a look-ahead shapes them (properties, neighbours); one loader per shape, so aliases batch. */
  itemWith(shape: Pick<Lookahead, 'properties' | 'selections'>): DataLoader<string, Item | undefined>;
  neighbours(type: RelationshipType, direction: Direction): DataLoader<string, Neighbour[]>;
  /** Neighbour lists read ahead: later loads of them cost nothing. */
  prime(found: readonly PrefetchedNeighbours[]): void;
  /** A neighbour list read ahead, there and then (no promise: the field resolves synchronously), or undefined. */
  primed(type: RelationshipType, direction: Direction, id: string): Neighbour[] | undefined;
}

/** A loader per key, made on first use. */
function memo<L>(make: (key: string) => L): (key: string) => L {
  const made = new Map<string, L>();
  return (key) => {
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(key)));
    return loader;
  };
}

export function createLoaders(db: Executor): Loaders {
  const neighbourLoader = memo((key) => {
    const [type, direction] = key.split(':') as [RelationshipType, Direction];
    return new DataLoader((ids: readonly string[]) => neighbours(db, type, direction, ids));
  });
  const ready = new Map<string, Neighbour[]>();
  const loaders: Loaders = {
    item: new DataLoader((ids) => getItems(db, ids)),
    itemWith({ properties, selections }) {
      const everything = properties === undefined && selections.length === 0;
      return everything ? loaders.item : itemWithLoader(JSON.stringify({ properties, selections }));
    },
    neighbours: (type, direction) => neighbourLoader(`${type}:${direction}`),
    prime(found) {
      for (const { type, direction, id, neighbours: list } of found) {
        const key = `${type}:${direction}:${id}`;
        if (ready.has(key)) continue;
        ready.set(key, list);
        loaders.neighbours(type, direction).prime(id, list);
      }
    },
    primed: (type, direction, id) => ready.get(`${type}:${direction}:${id}`),
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
