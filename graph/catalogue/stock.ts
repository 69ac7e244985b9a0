/**
 * Stock movements of quantity items: receive, adjust (a stocktake), check
 * out and check in. Each is one write transaction that locks the item first,
 * so movements of one item run one after another and a checkout reads the
 * stock the previous one left: two clerks taking the last three chargers at
 * once cannot both succeed (the second is refused, naming what is left).
 * The write changes the STOCKED_AT and CHECKED_OUT_TO counts, appends their
 * RELATE/UNRELATE changes, and records a StockMovement linked to the item
 * (who, when, how many, where, to or from whom, the counts before and after).
 */
import type { Executor, Tx } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { ChangeInput, WriteContext } from '../platform/changelog.writer';
import { badInput, notFound } from '../platform/errors';
import { lockItem } from '../items/item.lock';
import {
  afterCheckin,
  afterCheckout,
  checkCount,
  checkHolder,
  checkLocation,
  checkNote,
  named,
  quantityRule,
} from './stock.rules';
import type { Named, QuantityRule, StockMovementKind } from './stock.rules';
import { movementFromNode } from './stock.query';
import type { StockMovement } from './stock.query';

export interface ReceiveStockInput {
  itemId: string;
  locationId: string;
  quantity: number;
  /** The location's own minimum for this item; absent: left as it is. */
  minQuantity?: number;
  note?: string | null;
}

export interface AdjustStockInput {
  itemId: string;
  locationId: string;
  /** The count found: the stock at the location from now on. */
  quantity: number;
  /** The location's own minimum; absent: left as it is, null: removed (the item's minimum applies). */
  minQuantity?: number | null;
  note: string;
}

export interface CheckoutInput {
  itemId: string;
  locationId: string;
  /** The person or asset the units go to. */
  toId: string;
  quantity: number;
  note?: string | null;
}

export interface CheckinInput {
  itemId: string;
  /** The person or asset giving the units back. */
  fromId: string;
  /** Where they go back on the shelf. */
  locationId: string;
  quantity: number;
  note?: string | null;
}

type EdgeProps = Record<string, number>;

/** What the movement reads under the item's lock: the place, the holder and the two counts between them. */
interface Scene {
  item: Named & { minQuantity?: number };
  rule: QuantityRule;
  location: Named;
  stock: EdgeProps | null;
  holder: Named | null;
  held: EdgeProps | null;
}

async function lockScene(tx: Tx, itemId: string, locationId: string, holderId: string | null): Promise<Scene> {
  const item = (await lockItem(tx, itemId)) as (Named & { minQuantity?: number }) | undefined;
  if (!item) throw notFound('CI', itemId, 'itemId');
  const rule = quantityRule(item, 'itemId');
  const [row] = await tx.run(
    `MATCH (i:CI {id: $itemId})
     OPTIONAL MATCH (l:CI {id: $locationId})
     OPTIONAL MATCH (i)-[s:STOCKED_AT]->(l)
     OPTIONAL MATCH (h:CI {id: $holderId})
     OPTIONAL MATCH (i)-[c:CHECKED_OUT_TO]->(h)
     RETURN l {.id, .class, .name} AS location, properties(s) AS stock,
            h {.id, .class, .name} AS holder, properties(c) AS held`,
    { itemId, locationId, holderId },
  );
  const location = row.location as Named | null;
  if (!location) throw notFound('CI', locationId, 'locationId');
  checkLocation(location, 'locationId');
  return {
    item,
    rule,
    location,
    stock: row.stock as EdgeProps | null,
    holder: row.holder as Named | null,
    held: row.held as EdgeProps | null,
  };
}

/** The holder a checkout or check-in names, checked against what the item may be checked out to. */
function holderOf(scene: Scene, holderId: string, field: string): Named {
  if (!scene.holder) throw notFound('CI', holderId, field);
  checkHolder(scene.item, scene.rule, scene.holder, field);
  return scene.holder;
}

interface Plan {
  kind: StockMovementKind;
  quantity: number;
  note: string | null;
  /** The stock line after the movement. */
  stock: EdgeProps;
  /** The holding after it (quantity 0: removed), for movements that touch one. */
  held?: number;
}

/**
 * Writes the planned counts, appends their changes and records the movement, returning it. The counts
 * are absolute, worked out from what lockScene read: sound because the item's lock is held from that
 * read to commit (without it, ten concurrent checkouts of the last three units all succeed; the
 * integration test shows it).
 */
async function carryOut(tx: Tx, ctx: WriteContext, scene: Scene, plan: Plan): Promise<StockMovement> {
  const { item, location, holder } = scene;
  const stockBefore = scene.stock?.quantity ?? 0;
  const heldBefore = scene.held?.quantity ?? 0;
  await tx.run(
    `MATCH (i:CI {id: $itemId}), (l:CI {id: $locationId})
     MERGE (i)-[s:STOCKED_AT]->(l)
     SET s = $stock`,
    { itemId: item.id, locationId: location.id, stock: plan.stock },
  );
  const changes: ChangeInput[] = [relateChange(item, 'STOCKED_AT', location, scene.stock, plan.stock)];
  if (plan.held !== undefined && holder && scene.rule.returns) {
    await tx.run(
      `MATCH (i:CI {id: $itemId}), (h:CI {id: $holderId})
       MERGE (i)-[c:CHECKED_OUT_TO]->(h)
       SET c.quantity = $held
       WITH c WHERE $held = 0
       DELETE c`,
      { itemId: item.id, holderId: holder.id, held: plan.held },
    );
    changes.push(
      relateChange(item, 'CHECKED_OUT_TO', holder, scene.held, plan.held > 0 ? { quantity: plan.held } : null),
    );
  }
  const [seq] = await appendChanges(tx, ctx, changes);
  const [row] = await tx.run(
    `MATCH (i:CI {id: $itemId}), (c:Change {seq: $seq})
     CREATE (m:StockMovement {
       id: randomUUID(), kind: $kind, at: c.at, changeSeq: $seq, actor: $actor, source: $source, requestId: $requestId,
       itemId: i.id, itemClass: i.class, itemName: i.name, quantity: $quantity, note: $note,
       locationId: $location.id, locationName: $location.name, stockBefore: $stockBefore, stockAfter: $stockAfter,
       holderId: $holder.id, holderClass: $holder.class, holderName: $holder.name,
       heldBefore: $heldBefore, heldAfter: $heldAfter
     })-[:MOVED]->(i)
     RETURN m {.*} AS m`,
    {
      itemId: item.id,
      seq,
      kind: plan.kind,
      actor: ctx.actor,
      source: ctx.source,
      requestId: ctx.requestId,
      quantity: plan.quantity,
      note: plan.note,
      location,
      stockBefore,
      stockAfter: plan.stock.quantity,
      holder: holder ?? {},
      heldBefore: plan.held === undefined ? null : heldBefore,
      heldAfter: plan.held ?? null,
    },
  );
  return movementFromNode(row.m as Record<string, unknown>);
}

function relateChange(
  from: Named,
  type: 'STOCKED_AT' | 'CHECKED_OUT_TO',
  to: Named,
  before: EdgeProps | null,
  after: EdgeProps | null,
): ChangeInput {
  return {
    op: after === null ? 'UNRELATE' : 'RELATE',
    ciId: from.id,
    ciClass: from.class,
    before: before === null ? null : { type, properties: before },
    after: after === null ? null : { type, properties: after },
    relationship: { type, toId: to.id, toClass: to.class },
  };
}

/** The stock line's properties with a new count, keeping or replacing the location's own minimum. */
function stockLine(current: EdgeProps | null, quantity: number, minQuantity: number | null | undefined): EdgeProps {
  const min = minQuantity === undefined ? current?.minQuantity : minQuantity;
  return min === null || min === undefined ? { quantity } : { quantity, minQuantity: min };
}

export async function receiveStock(db: Executor, ctx: WriteContext, input: ReceiveStockInput): Promise<StockMovement> {
  checkCount('quantity', input.quantity, 1);
  if (input.minQuantity !== undefined) checkCount('minQuantity', input.minQuantity, 0);
  checkNote('note', input.note, false);
  return db.writeTx('receiveStock', async (tx) => {
    const scene = await lockScene(tx, input.itemId, input.locationId, null);
    const before = scene.stock?.quantity ?? 0;
    return carryOut(tx, ctx, scene, {
      kind: 'RECEIVE',
      quantity: input.quantity,
      note: input.note ?? null,
      stock: stockLine(scene.stock, before + input.quantity, input.minQuantity),
    });
  });
}

export async function adjustStock(db: Executor, ctx: WriteContext, input: AdjustStockInput): Promise<StockMovement> {
  checkCount('quantity', input.quantity, 0);
  if (input.minQuantity !== undefined && input.minQuantity !== null) checkCount('minQuantity', input.minQuantity, 0);
  checkNote('note', input.note, true);
  return db.writeTx('adjustStock', async (tx) => {
    const scene = await lockScene(tx, input.itemId, input.locationId, null);
    const stock = stockLine(scene.stock, input.quantity, input.minQuantity);
    if (JSON.stringify(stock) === JSON.stringify(scene.stock)) {
      throw badInput(
        'quantity',
        `nothing to adjust: ${named(scene.item)} at ${named(scene.location)} already has ${input.quantity} in stock and that minimum`,
      );
    }
    return carryOut(tx, ctx, scene, {
      kind: 'ADJUST',
      quantity: Math.abs(input.quantity - (scene.stock?.quantity ?? 0)),
      note: input.note,
      stock,
    });
  });
}

export async function checkoutItem(db: Executor, ctx: WriteContext, input: CheckoutInput): Promise<StockMovement> {
  checkCount('quantity', input.quantity, 1);
  checkNote('note', input.note, false);
  return db.writeTx('checkoutItem', async (tx) => {
    const scene = await lockScene(tx, input.itemId, input.locationId, input.toId);
    holderOf(scene, input.toId, 'toId');
    const left = afterCheckout(scene.item, scene.location, scene.stock?.quantity ?? 0, input.quantity);
    return carryOut(tx, ctx, scene, {
      kind: 'CHECKOUT',
      quantity: input.quantity,
      note: input.note ?? null,
      stock: stockLine(scene.stock, left, undefined),
      held: scene.rule.returns ? (scene.held?.quantity ?? 0) + input.quantity : undefined,
    });
  });
}

export async function checkinItem(db: Executor, ctx: WriteContext, input: CheckinInput): Promise<StockMovement> {
  checkCount('quantity', input.quantity, 1);
  checkNote('note', input.note, false);
  return db.writeTx('checkinItem', async (tx) => {
    const scene = await lockScene(tx, input.itemId, input.locationId, input.fromId);
    const holder = holderOf(scene, input.fromId, 'fromId');
    const held = afterCheckin(scene.item, scene.rule, holder, scene.held?.quantity ?? 0, input.quantity);
    return carryOut(tx, ctx, scene, {
      kind: 'CHECKIN',
      quantity: input.quantity,
      note: input.note ?? null,
      stock: stockLine(scene.stock, (scene.stock?.quantity ?? 0) + input.quantity, undefined),
      held,
    });
  });
}
