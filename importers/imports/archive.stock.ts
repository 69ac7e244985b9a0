/**
 * Stock and checkouts of quantity items in a whole-estate archive
 * (stock.csv: item, location, quantity, minQuantity; checkouts.csv: item,
 * holder, quantity). The catalogue keeps them only through recorded
 * movements (graph/catalogue/stock.ts), so the import makes the movements
 * that lead to the same counts, each noted as coming from the archive:
 *
 * - each stock line is received (or, for an empty shelf, set by a stocktake);
 * - an item's units out on loan are received too, at its first stocking
 *   location by id, and then checked out from there to each holder, so the
 *   shelf ends with the archive's count.
 *
 * An item whose stock and checkouts here are already the archive's is left
 * alone (a second import writes nothing). One that has other stock here, a
 * checkout with no stocking location, or an id that names nothing, refuses
 * the file before any movement is made. Each movement is one transaction of
 * the catalogue's, under the item's lock; stock lines are few.
 */
import type { Executor } from '../../graph/platform/executor';
import type { WriteContext } from '../../graph/platform/changelog.writer';
import { badInput } from '../../graph/platform/errors';
import { adjustStock, checkoutItem, receiveStock } from '../../graph/catalogue/stock';
import { FIXED_FILES } from './archive.manifest';
import { readCsvFile, writeCsvFile } from './archive.csv';

export interface StockLine {
  item: string;
  location: string;
  quantity: number;
  minQuantity?: number;
}

export interface Checkout {
  item: string;
  holder: string;
  quantity: number;
}

const LINES = `
MATCH (i:CI)-[s:STOCKED_AT]->(l:CI) WHERE $items IS NULL OR i.id IN $items
RETURN i.id AS item, l.id AS location, s.quantity AS quantity, s.minQuantity AS minQuantity
ORDER BY item, location`;

const HELD = `
MATCH (i:CI)-[c:CHECKED_OUT_TO]->(h:CI) WHERE $items IS NULL OR i.id IN $items
RETURN i.id AS item, h.id AS holder, c.quantity AS quantity
ORDER BY item, holder`;

async function readStock(db: Executor, items: string[] | null) {
  const lines = (await db.read('archiveStock', LINES, { items })).map((r): StockLine => ({
    item: r.item as string,
    location: r.location as string,
    quantity: r.quantity as number,
    ...(r.minQuantity === null ? {} : { minQuantity: r.minQuantity as number }),
  }));
  const held = (await db.read('archiveCheckouts', HELD, { items })).map((r): Checkout => ({
    item: r.item as string,
    holder: r.holder as string,
    quantity: r.quantity as number,
  }));
  return { lines, held };
}

/** Write stock.csv and checkouts.csv (when they have rows); returns the row counts. */
export async function exportStock(
  db: Executor,
  stockPath: string,
  checkoutsPath: string,
): Promise<{ stock: number; checkouts: number }> {
  const { lines, held } = await readStock(db, null);
  if (lines.length)
    await writeCsvFile(
      stockPath,
      FIXED_FILES.stock.header,
      lines.map((l) => [
        l.item,
        l.location,
        String(l.quantity),
        l.minQuantity === undefined ? '' : String(l.minQuantity),
      ]),
    );
  if (held.length)
    await writeCsvFile(
      checkoutsPath,
      FIXED_FILES.checkouts.header,
      held.map((h) => [h.item, h.holder, String(h.quantity)]),
    );
  return { stock: lines.length, checkouts: held.length };
}

function count(where: string, text: string, least: number): number {
  if (!/^\d+$/.test(text) || Number(text) < least)
    throw badInput(where, `expected a whole number of at least ${least}, got "${text}"`);
  return Number(text);
}

function id(where: string, text: string): string {
  if (!text.trim()) throw badInput(where, 'is empty');
  return text.trim();
}

/** The rows of stock.csv and checkouts.csv (either may be absent), each checked; a bad cell names its row. */
export function readStockFiles(stockPath?: string, checkoutsPath?: string): { lines: StockLine[]; held: Checkout[] } {
  const { stock, checkouts } = FIXED_FILES;
  const lines = (stockPath ? readCsvFile(stockPath) : []).map(({ row, cells }) => {
    const at = (c: string) => `${stock.path} row ${row}.${c}`;
    return {
      item: id(at('item'), cells.item),
      location: id(at('location'), cells.location),
      quantity: count(at('quantity'), cells.quantity, 0),
      ...(cells.minQuantity ? { minQuantity: count(at('minQuantity'), cells.minQuantity, 0) } : {}),
    };
  });
  const held = (checkoutsPath ? readCsvFile(checkoutsPath) : []).map(({ row, cells }) => {
    const at = (c: string) => `${checkouts.path} row ${row}.${c}`;
    return {
      item: id(at('item'), cells.item),
      holder: id(at('holder'), cells.holder),
      quantity: count(at('quantity'), cells.quantity, 1),
    };
  });
  return { lines, held };
}

const byItem = <T extends { item: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.item, [...(map.get(r.item) ?? []), r]);
  return map;
};

const canonical = (lines: readonly StockLine[], held: readonly Checkout[]) =>
  JSON.stringify([
    [...lines].sort((a, b) => a.location.localeCompare(b.location)).map((l) => [l.location, l.quantity, l.minQuantity]),
    [...held].sort((a, b) => a.holder.localeCompare(b.holder)).map((h) => [h.holder, h.quantity]),
  ]);

/** Make the movements that give each item the archive's stock and checkouts; returns how many items were filled. */
export async function importStock(
  db: Executor,
  ctx: WriteContext,
  archive: { lines: StockLine[]; held: Checkout[] },
): Promise<number> {
  const lines = byItem(archive.lines);
  const held = byItem(archive.held);
  const items = [...new Set([...lines.keys(), ...held.keys()])].sort();
  const here = await readStock(db, items);
  const hereLines = byItem(here.lines);
  const hereHeld = byItem(here.held);
  const todo: string[] = [];
  for (const item of items) {
    const want = canonical(lines.get(item) ?? [], held.get(item) ?? []);
    const have = canonical(hereLines.get(item) ?? [], hereHeld.get(item) ?? []);
    if (want === have) continue;
    if (hereLines.has(item) || hereHeld.has(item))
      throw badInput(
        'stock.csv',
        `${item} already has other stock or checkouts here than the archive gives; the archive fills stock only where there is none (adjust it with adjustStock)`,
      );
    if (held.has(item) && !lines.has(item))
      throw badInput('checkouts.csv', `${item} has units checked out but no stocking location to check them out from`);
    todo.push(item);
  }
  await checkIdsExist(db, todo, lines, held);
  const note = 'moved from another Estate instance (estate import --all)';
  for (const item of todo) {
    const shelves = [...lines.get(item)!].sort((a, b) => a.location.localeCompare(b.location));
    const out = held.get(item) ?? [];
    const lent = out.reduce((n, h) => n + h.quantity, 0);
    for (const [i, line] of shelves.entries()) {
      const quantity = line.quantity + (i === 0 ? lent : 0);
      const base = { itemId: item, locationId: line.location, minQuantity: line.minQuantity };
      if (quantity > 0) await receiveStock(db, ctx, { ...base, quantity, note });
      else await adjustStock(db, ctx, { ...base, quantity: 0, note });
    }
    for (const h of out)
      await checkoutItem(db, ctx, {
        itemId: item,
        locationId: shelves[0].location,
        toId: h.holder,
        quantity: h.quantity,
        note,
      });
  }
  return todo.length;
}

/** Refuse, before any movement, an item, location or holder id that names no CI. */
async function checkIdsExist(
  db: Executor,
  items: string[],
  lines: Map<string, StockLine[]>,
  held: Map<string, Checkout[]>,
): Promise<void> {
  const ids = [
    ...new Set(
      items.flatMap((i) => [
        i,
        ...(lines.get(i) ?? []).map((l) => l.location),
        ...(held.get(i) ?? []).map((h) => h.holder),
      ]),
    ),
  ];
  if (ids.length === 0) return;
  const [row] = await db.read(
    'archiveStockIds',
    'UNWIND $ids AS id OPTIONAL MATCH (n:CI {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing',
    { ids },
  );
  const missing = row.missing as string[];
  if (missing.length)
    throw badInput('stock.csv', `no CI with id ${missing.join(', ')}; nothing of the stock was written`);
}
