/**
 * Per-request DataLoaders: every item and neighbour list a request needs is
 * fetched in one query per batch, whatever the shape of the query tree.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../graph/executor';
import { getItems } from '../graph/items';
import type { Item } from '../graph/items.mapping';
import { neighbours } from '../graph/relationships';
import type { Direction, Neighbour } from '../graph/relationships';
import type { RelationshipType } from '../graph/model/relationships.rules';

export interface Loaders {
  item: DataLoader<string, Item | undefined>;
  neighbours(type: RelationshipType, direction: Direction): DataLoader<string, Neighbour[]>;
}

export function createLoaders(db: Executor): Loaders {
  const byTypeAndDirection = new Map<string, DataLoader<string, Neighbour[]>>();
  return {
    item: new DataLoader((ids) => getItems(db, ids)),
    neighbours(type, direction) {
      const key = `${type}:${direction}`;
      let loader = byTypeAndDirection.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => neighbours(db, type, direction, ids));
        byTypeAndDirection.set(key, loader);
      }
      return loader;
    },
  };
}
