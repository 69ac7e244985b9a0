/**
 * The rules of quantity items, as data and pure functions: what each kind
 * may be checked out to and whether it comes back, when a stock line is
 * low, and the refusals of a movement that does not add up. graph/catalogue/
 * stock.ts carries them out inside one locked write; the unit tests beside
 * this file work the arithmetic by hand.
 */
import { classesIn } from '../model/classes';
import { badInput, EstateError } from '../platform/errors';

export const STOCK_MOVEMENT_KINDS = ['RECEIVE', 'ADJUST', 'CHECKOUT', 'CHECKIN'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

const HARDWARE = classesIn('hardware');

export interface QuantityRule {
  /** Classes a unit may be checked out to. */
  readonly checkoutTo: readonly string[];
  /** Whether checked-out units stay held (and can be checked in) or are used up. */
  readonly returns: boolean;
  /** How a refusal names the holder classes. */
  readonly holders: string;
}

/**
 * One row per quantity class (catalogue.classes.ts). Those that return are
 * held along CHECKED_OUT_TO, whose rule allows the same targets (the unit
 * test holds the two tables to each other).
 */
export const QUANTITY_RULES: Readonly<Record<string, QuantityRule>> = {
  Accessory: { checkoutTo: ['Person', ...HARDWARE], returns: true, holders: 'a person or an asset' },
  Consumable: { checkoutTo: ['Person', ...HARDWARE], returns: false, holders: 'a person or an asset' },
  Part: { checkoutTo: HARDWARE, returns: true, holders: 'an asset (a part is fitted into one)' },
};

export const QUANTITY_CLASSES: readonly string[] = Object.keys(QUANTITY_RULES);

/** Longest note a movement keeps. */
export const NOTE_MAX = 500;

/** A CI as a refusal names it: `Accessory 'USB-C dock' (acc-1)`. */
export interface Named {
  id: string;
  class: string;
  name: string;
}
/** `an Accessory`, `a Part`. */
const aOrAn = (cls: string) => `${/^[AEIOU]/.test(cls) ? 'an' : 'a'} ${cls}`;

export const named = (n: Named): string => `${n.class} '${n.name}' (${n.id})`;

/** The minimum a stock line is held to: the location's own, else the item's, else none. */
export function effectiveMinimum(locationMin: number | null | undefined, itemMin: number | null | undefined) {
  return locationMin ?? itemMin ?? null;
}

/** Low, as Snipe-IT alerts: at or below the minimum. A line with no minimum is never low. */
export function isLow(quantity: number, minimum: number | null): boolean {
  return minimum !== null && quantity <= minimum;
}

/** Units to receive to bring a line back above its minimum (0 when it is not low). */
export function shortfall(quantity: number, minimum: number | null): number {
  return isLow(quantity, minimum) ? minimum! - quantity + 1 : 0;
}

/** Refuses a count that is not a whole number at least `least` (1 for a movement, 0 for a stocktake). */
export function checkCount(field: string, value: number, least: 0 | 1): void {
  if (!Number.isInteger(value) || value < least) {
    throw badInput(field, `expected a whole number of at least ${least}, got ${value}`);
  }
}

export function checkNote(field: string, note: string | null | undefined, required: boolean): void {
  if (required && !note?.trim()) throw badInput(field, 'say why the count changed (a stocktake, breakage, loss…)');
  if (note && note.length > NOTE_MAX) throw badInput(field, `at most ${NOTE_MAX} characters, got ${note.length}`);
}

/** The quantity rule of an item, or a refusal naming what it is instead. */
export function quantityRule(item: Named, field: string): QuantityRule {
  const rule = QUANTITY_RULES[item.class];
  if (!rule) {
    throw badInput(field, `${named(item)} is not a quantity item; expected one of ${QUANTITY_CLASSES.join(', ')}`);
  }
  return rule;
}

export function checkLocation(location: Named, field: string): void {
  if (location.class !== 'Location') throw badInput(field, `${named(location)} is not a Location`);
}

export function checkHolder(item: Named, rule: QuantityRule, holder: Named, field: string): void {
  if (!rule.checkoutTo.includes(holder.class)) {
    throw badInput(field, `${aOrAn(item.class)} is checked out to ${rule.holders}, not to ${named(holder)}`);
  }
}

/** Stock left at the location after checking `quantity` out, or the refusal naming item, place and counts. */
export function afterCheckout(item: Named, location: Named, inStock: number, quantity: number): number {
  if (quantity > inStock) {
    const reason = `cannot check out ${quantity} of ${named(item)} from ${named(location)}: ${inStock} in stock there`;
    throw new EstateError('BAD_USER_INPUT', `quantity: ${reason}`, [{ field: 'quantity', reason }], {
      requested: quantity,
      inStock,
    });
  }
  return inStock - quantity;
}

/** Units the holder keeps after checking `quantity` in, or the refusal naming item, holder and counts. */
export function afterCheckin(item: Named, rule: QuantityRule, holder: Named, held: number, quantity: number): number {
  if (!rule.returns) {
    throw badInput('itemId', `${aOrAn(item.class)} is used up when checked out; ${named(item)} cannot be checked in`);
  }
  if (quantity > held) {
    const reason = `cannot check in ${quantity} of ${named(item)} from ${named(holder)}, which holds ${held}`;
    throw new EstateError('BAD_USER_INPUT', `quantity: ${reason}`, [{ field: 'quantity', reason }], {
      requested: quantity,
      held,
    });
  }
  return held - quantity;
}

/**
 * An asset's end of life: its own date when it has one (policy or a
 * replacement plan), else its model's (the manufacturer's), else none.
 */
export function effectiveEndOfLife(
  asset: Readonly<Record<string, unknown>>,
  model: Readonly<Record<string, unknown>> | undefined,
): { date: string; from: 'ASSET' | 'MODEL' } | null {
  if (typeof asset.endOfLife === 'string') return { date: asset.endOfLife, from: 'ASSET' };
  if (typeof model?.endOfLife === 'string') return { date: model.endOfLife, from: 'MODEL' };
  return null;
}
