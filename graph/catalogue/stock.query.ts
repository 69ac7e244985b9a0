/**
 * Reading stock: the lines (an item at a location, with its count and the
 * minimum it is held to), the low ones, and an item's movements, newest
 * first. Each answer is one query.
 */
import type { Executor } from '../platform/executor';
import { effectiveMinimum, isLow, shortfall } from './stock.rules';
import type { StockMovementKind } from './stock.rules';

export interface StockLevel {
  itemId: string;
  locationId: string;
  quantity: number;
  /** The location's own minimum, when it sets one. */
  ownMinimum: number | null;
  /** The minimum the line is held to: the location's own, else the item's. */
  minimum: number | null;
  low: boolean;
  shortfall: number;
}

/** A stock line from the STOCKED_AT properties and the item's own minimum. */
export function stockLevel(
  itemId: string,
  itemMinimum: unknown,
  locationId: string,
  properties: Record<string, unknown>,
): StockLevel {
  const quantity = (properties.quantity as number | undefined) ?? 0;
  const ownMinimum = (properties.minQuantity as number | undefined) ?? null;
  const minimum = effectiveMinimum(ownMinimum, itemMinimum as number | null | undefined);
  return {
    itemId,
    locationId,
    quantity,
    ownMinimum,
    minimum,
    low: isLow(quantity, minimum),
    shortfall: shortfall(quantity, minimum),
  };
}

export interface StockFilter {
  itemId?: string | null;
  /** This location or any place inside it (down LOCATED_IN). */
  locationId?: string | null;
  lowOnly?: boolean;
}

/** Stock lines by item name then location name; with lowOnly, the low ones, largest shortfall first. */
export async function stockLevels(db: Executor, filter: StockFilter): Promise<StockLevel[]> {
  const rows = await db.read(
    'catalogue.stockLevels',
    `MATCH (i:CI)-[s:STOCKED_AT]->(l:CI)
     WHERE ($itemId IS NULL OR i.id = $itemId)
       AND ($locationId IS NULL OR EXISTS { (l)-[:LOCATED_IN*0..]->(:CI {id: $locationId}) })
     RETURN i.id AS itemId, i.minQuantity AS itemMinimum, l.id AS locationId, properties(s) AS props
     ORDER BY i.name, i.id, l.name, l.id`,
    { itemId: filter.itemId ?? null, locationId: filter.locationId ?? null },
  );
  const levels = rows.map((r) =>
    stockLevel(r.itemId as string, r.itemMinimum, r.locationId as string, r.props as Record<string, unknown>),
  );
  if (!filter.lowOnly) return levels;
  // A stable sort: equal shortfalls keep the item and location order.
  return levels.filter((l) => l.low).sort((a, b) => b.shortfall - a.shortfall);
}

export interface StockMovement {
  id: string;
  kind: StockMovementKind;
  at: string;
  /** The first Change the movement appended (its STOCKED_AT change). */
  changeSeq: number;
  actor: string;
  source: string;
  itemId: string;
  itemClass: string;
  itemName: string;
  /** Units moved (for an adjustment, how far the count moved). */
  quantity: number;
  note: string | null;
  locationId: string;
  locationName: string;
  stockBefore: number;
  stockAfter: number;
  holderId: string | null;
  holderClass: string | null;
  holderName: string | null;
  heldBefore: number | null;
  heldAfter: number | null;
}

export function movementFromNode(node: Record<string, unknown>): StockMovement {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const count = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: node.id as string,
    kind: node.kind as StockMovementKind,
    at: node.at as string,
    changeSeq: node.changeSeq as number,
    actor: node.actor as string,
    source: node.source as string,
    itemId: node.itemId as string,
    itemClass: node.itemClass as string,
    itemName: node.itemName as string,
    quantity: node.quantity as number,
    note: text(node.note),
    locationId: node.locationId as string,
    locationName: node.locationName as string,
    stockBefore: node.stockBefore as number,
    stockAfter: node.stockAfter as number,
    holderId: text(node.holderId),
    holderClass: text(node.holderClass),
    holderName: text(node.holderName),
    heldBefore: count(node.heldBefore),
    heldAfter: count(node.heldAfter),
  };
}

/** The movements of each item, newest first (change-log order), at most `first` each, in the order of `itemIds`. */
export async function stockMovements(
  db: Executor,
  itemIds: readonly string[],
  first: number,
): Promise<StockMovement[][]> {
  const rows = await db.read(
    'catalogue.stockMovements',
    `UNWIND $itemIds AS itemId
     CALL (itemId) {
       MATCH (m:StockMovement)-[:MOVED]->(:CI {id: itemId})
       WITH m ORDER BY m.changeSeq DESC LIMIT $first
       RETURN collect(m {.*}) AS found
     }
     RETURN itemId, found`,
    { itemIds, first },
  );
  const byId = new Map(rows.map((r) => [r.itemId as string, r.found as Record<string, unknown>[]]));
  return itemIds.map((id) => (byId.get(id) ?? []).map(movementFromNode));
}
