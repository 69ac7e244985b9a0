/**
 * Per-request loaders for CI histories and point-in-time views, and the
 * marking that keeps a query in the past: a CI read with `asOf` is marked
 * with that instant, and its neighbour fields (and theirs) and its history
 * are read as of the same instant.
 */
import DataLoader from 'dataloader';
import { readHistories } from '../graph/changes.read';
import type { ChangeRecord, HistoryRequest } from '../graph/changes.read';
import { itemsAsOf, relationshipsAsOf } from '../graph/history';
import type { HistoricRelationship } from '../graph/history';
import type { Item } from '../graph/items.mapping';
import type { RelationshipType } from '../graph/model/relationships.rules';
import type { Direction, Neighbour } from '../graph/relationships';
import type { Context } from './context';

interface AsOfLoaders {
  items: DataLoader<string, Item | undefined>;
  relationships: DataLoader<string, HistoricRelationship[]>;
}

const marks = new WeakMap<object, string>();
const perRequest = new WeakMap<object, Map<string, AsOfLoaders>>();
const histories = new WeakMap<object, Map<string, DataLoader<string, ChangeRecord[]>>>();

/** The history pages of many CIs asked with the same arguments, loaded in one query per request. */
export function historyLoader(ctx: Context, request: HistoryRequest): DataLoader<string, ChangeRecord[]> {
  let byRequest = histories.get(ctx.loaders);
  if (!byRequest) histories.set(ctx.loaders, (byRequest = new Map<string, DataLoader<string, ChangeRecord[]>>()));
  const key = JSON.stringify(request);
  let loader = byRequest.get(key);
  if (!loader) {
    loader = new DataLoader((ids) => readHistories(ctx.db, ids, request));
    byRequest.set(key, loader);
  }
  return loader;
}

/** The instant a CI was read at, when it was read in the past. */
export function asOfOf(item: object): string | undefined {
  return marks.get(item);
}

function loadersAt(ctx: Context, asOf: string): AsOfLoaders {
  let byInstant = perRequest.get(ctx.loaders);
  if (!byInstant) perRequest.set(ctx.loaders, (byInstant = new Map<string, AsOfLoaders>()));
  let loaders = byInstant.get(asOf);
  if (!loaders) {
    loaders = {
      items: new DataLoader(async (ids) => {
        const items = await itemsAsOf(ctx.db, ids, asOf);
        for (const item of items) if (item) marks.set(item, asOf);
        return items;
      }),
      relationships: new DataLoader((ids) => relationshipsAsOf(ctx.db, ids, asOf)),
    };
    byInstant.set(asOf, loaders);
  }
  return loaders;
}

/** A CI as it was at `asOf` (fields; its neighbour fields follow at the same instant), or undefined. */
export function loadItemAsOf(ctx: Context, id: string, asOf: string): Promise<Item | undefined> {
  return loadersAt(ctx, asOf).items.load(id);
}

/**
 * The neighbours of a CI along one type and direction: now, or at the
 * instant the CI was read at. Ordered by name, like the present ones.
 */
export async function loadNeighbours(
  ctx: Context,
  item: Item,
  type: RelationshipType,
  direction: Direction,
): Promise<Neighbour[]> {
  const asOf = asOfOf(item);
  if (asOf === undefined) return ctx.loaders.neighbours(type, direction).load(item.id);
  const loaders = loadersAt(ctx, asOf);
  const edges = (await loaders.relationships.load(item.id)).filter((r) => r.type === type && r.direction === direction);
  const others = await loaders.items.loadMany(edges.map((e) => e.otherId));
  const found: Neighbour[] = [];
  edges.forEach((edge, i) => {
    const other = others[i];
    if (other && !(other instanceof Error)) found.push({ item: other, properties: edge.properties });
  });
  return found.sort((a, b) => byCodePoint(a.item.name, b.item.name) || byCodePoint(a.item.id, b.item.id));
}

/** Cypher's string order, so past and present lists sort alike. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
