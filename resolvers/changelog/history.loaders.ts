/**
 * Loaders for CI histories and point-in-time views, and the
 * marking that keeps a query in the past: a CI read with `asOf` is marked
 * with that instant, and its neighbour fields (and theirs) and its history
 * are read as of the same instant.
 */
import DataLoader from 'dataloader';
import { readHistories } from '../../graph/changelog/changes.read';
import type { Executor } from '../../graph/platform/executor';
import type { HistoryRequest } from '../../graph/changelog/changes.read';
import type { ChangeRecord } from '../../graph/changelog/change.record';
import { itemsAsOf, relationshipsAsOf } from '../../graph/changelog/history';
import type { HistoricRelationship } from '../../graph/changelog/history';
import type { Item } from '../../graph/items/items.mapping';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { Direction, Neighbour } from '../../graph/items/relationships';
import type { Context } from '../platform/context';
import { memo } from '../platform/loaders';

interface AsOfLoaders {
  items: DataLoader<string, Item | undefined>;
  relationships: DataLoader<string, HistoricRelationship[]>;
}

interface HistoryLoaders {
  /** History pages by the arguments they were asked with: one loader (one query per batch) per distinct request. */
  pages: (request: HistoryRequest) => DataLoader<string, ChangeRecord[]>;
  /** CIs and their relationships as they were at one instant. */
  at: (asOf: string) => AsOfLoaders;
}

/** The instant each CI object was read at; keyed on the object, so it goes with the answer it belongs to. */
const marks = new WeakMap<object, string>();

function makeHistoryLoaders(db: Executor): HistoryLoaders {
  const pages = new Map<string, DataLoader<string, ChangeRecord[]>>();
  return {
    pages(request) {
      const key = JSON.stringify(request);
      let loader = pages.get(key);
      if (!loader) pages.set(key, (loader = new DataLoader((ids) => readHistories(db, ids, request))));
      return loader;
    },
    at: memo((asOf) => ({
      items: new DataLoader(async (ids: readonly string[]) => {
        const items = await itemsAsOf(db, ids, asOf);
        for (const item of items) if (item) marks.set(item, asOf);
        return items;
      }),
      relationships: new DataLoader((ids: readonly string[]) => relationshipsAsOf(db, ids, asOf)),
    })),
  };
}

const historyLoaders = (ctx: Context): HistoryLoaders => ctx.loaders.of(makeHistoryLoaders);

/** The history pages of many CIs asked with the same arguments, loaded in one query per request. */
export function historyLoader(ctx: Context, request: HistoryRequest): DataLoader<string, ChangeRecord[]> {
  return historyLoaders(ctx).pages(request);
}

/** The instant a CI was read at, when it was read in the past. */
export function asOfOf(item: object): string | undefined {
  return marks.get(item);
}

function loadersAt(ctx: Context, asOf: string): AsOfLoaders {
  return historyLoaders(ctx).at(asOf);
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
