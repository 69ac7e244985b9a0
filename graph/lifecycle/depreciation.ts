/**
 * Depreciation and cost of ownership, as pure functions on integer minor
 * units (cents). A schedule has one period per month of useful life; the
 * charge of period k falls on the start date plus k months.
 *
 * Rounding:
 * - Straight line: after k of N months the accumulated depreciation is
 *   ⌊(cost − salvage) · k / N⌋, so monthly charges differ by at most one
 *   minor unit and add up exactly to cost − salvage.
 * - Declining balance: each month charges book value · factor / N, rounded
 *   to the nearest minor unit (halves up), switching to straight line over
 *   the remaining months as soon as that charges more, and never going
 *   below salvage; the last month lands exactly on the salvage value.
 */
import type { DepreciationMethod } from '../model/enums';
import type { Item } from '../items/items.mapping';
import { addMonths } from './dates';
import { DEPRECIATION_DEFAULTS } from './depreciation.rules';

export interface Money {
  amount: number;
  currency: string;
}

export interface DepreciationBasis {
  method: DepreciationMethod;
  usefulLifeMonths: number;
  decliningBalanceFactor: number;
  cost: number;
  salvage: number;
  currency: string;
  /** Depreciation starts here: the received date, else the purchase date. */
  startDate: string;
}

export interface DepreciationPeriod {
  period: number;
  date: string;
  charge: number;
  accumulated: number;
  bookValue: number;
}

function straightLineAccumulated(depreciable: number, k: number, n: number): number {
  return Number((BigInt(depreciable) * BigInt(k)) / BigInt(n));
}

export function depreciationSchedule(b: DepreciationBasis): DepreciationPeriod[] {
  const n = b.usefulLifeMonths;
  const depreciable = b.cost - b.salvage;
  const periods: DepreciationPeriod[] = [];
  let accumulated = 0;
  for (let k = 1; k <= n; k++) {
    let charge: number;
    if (b.method === 'STRAIGHT_LINE') {
      charge = straightLineAccumulated(depreciable, k, n) - accumulated;
    } else {
      const book = b.cost - accumulated;
      const declining = Math.round((book * b.decliningBalanceFactor) / n);
      const straight = Math.round((book - b.salvage) / (n - k + 1));
      charge = Math.min(Math.max(declining, straight), book - b.salvage);
    }
    accumulated += charge;
    periods.push({ period: k, date: addMonths(b.startDate, k), charge, accumulated, bookValue: b.cost - accumulated });
  }
  return periods;
}

/** Book value on a date: the cost less every charge that has fallen due by then. */
export function bookValueOn(b: DepreciationBasis, asOf: string): number {
  let value = b.cost;
  for (const p of depreciationSchedule(b)) {
    if (p.date > asOf) break;
    value = p.bookValue;
  }
  return value;
}

export type BasisResult =
  | { kind: 'basis'; basis: DepreciationBasis }
  /** Bought but not yet received or dated: worth its cost. */
  | { kind: 'undated'; cost: Money }
  | { kind: 'noCost' }
  | { kind: 'invalid'; field: string; reason: string };

/** The depreciation basis of an asset: its own settings, else its class's defaults. */
export function basisOf(item: Item): BasisResult {
  const cost = item.purchaseCost as Money | undefined;
  if (!cost) return { kind: 'noCost' };
  const policy = DEPRECIATION_DEFAULTS[item.class];
  const method = (item.depreciationMethod as DepreciationMethod | undefined) ?? policy?.method;
  const usefulLifeMonths = (item.usefulLifeMonths as number | undefined) ?? policy?.usefulLifeMonths;
  const decliningBalanceFactor =
    (item.decliningBalanceFactor as number | undefined) ?? policy?.decliningBalanceFactor ?? 2;
  const salvage = (item.salvageValue as Money | undefined) ?? { amount: 0, currency: cost.currency };
  if (!method || usefulLifeMonths === undefined) {
    return { kind: 'invalid', field: 'depreciationMethod', reason: `no depreciation policy for ${item.class}` };
  }
  if (!Number.isInteger(usefulLifeMonths) || usefulLifeMonths < 1 || usefulLifeMonths > 1200) {
    return { kind: 'invalid', field: 'usefulLifeMonths', reason: 'must be a whole number of months, 1 to 1200' };
  }
  if (!(decliningBalanceFactor > 0 && decliningBalanceFactor <= 10)) {
    return { kind: 'invalid', field: 'decliningBalanceFactor', reason: 'must be above 0 and at most 10' };
  }
  if (salvage.currency !== cost.currency) {
    return {
      kind: 'invalid',
      field: 'salvageValue',
      reason: `salvage value is in ${salvage.currency} but the purchase cost in ${cost.currency}`,
    };
  }
  if (salvage.amount > cost.amount) {
    return { kind: 'invalid', field: 'salvageValue', reason: 'salvage value is more than the purchase cost' };
  }
  const startDate = (item.receivedDate as string | undefined) ?? (item.purchaseDate as string | undefined);
  if (!startDate) return { kind: 'undated', cost };
  return {
    kind: 'basis',
    basis: {
      method,
      usefulLifeMonths,
      decliningBalanceFactor,
      cost: cost.amount,
      salvage: salvage.amount,
      currency: cost.currency,
      startDate,
    },
  };
}

export type ValueResult =
  { kind: 'value'; value: Money } | { kind: 'noCost' } | Extract<BasisResult, { kind: 'invalid' }>;

/**
 * An asset's book value on a date. A disposed asset is worth nothing from
 * its disposal date on, a cancelled one nothing at all, and none before its
 * received (else purchase) date; one with neither date is worth its cost.
 */
export function assetBookValue(item: Item, asOf: string): ValueResult {
  const found = basisOf(item);
  if (found.kind === 'noCost' || found.kind === 'invalid') return found;
  const currency = found.kind === 'basis' ? found.basis.currency : found.cost.currency;
  const disposedOn = item.disposedDate as string | undefined;
  const gone = item.lifecycleState === 'DISPOSED' && (!disposedOn || disposedOn <= asOf);
  if (gone || item.lifecycleState === 'CANCELLED') {
    return { kind: 'value', value: { amount: 0, currency } };
  }
  if (found.kind === 'undated') return { kind: 'value', value: found.cost };
  // Before it was bought (or received) it was not on the books at all.
  if (asOf < found.basis.startDate) return { kind: 'value', value: { amount: 0, currency } };
  return { kind: 'value', value: { amount: bookValueOn(found.basis, asOf), currency } };
}

/** Sums per currency, in currency order. */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.amount);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

export interface ContractCost {
  contractId: string;
  cost: Money;
  /** How many CIs the contract covers; its cost is shared equally among them. */
  coveredCount: number;
}

export interface CostOfOwnership<C extends ContractCost = ContractCost> {
  purchaseCost: Money | null;
  contractShares: (C & { share: Money })[];
  totals: Money[];
}

/**
 * Purchase cost plus this CI's share of every contract covering it: a
 * contract's whole cost divided equally among the CIs it covers, rounded to
 * the nearest minor unit. Not pro-rated by time: a contract counts in full.
 */
export function costOfOwnership<C extends ContractCost>(
  purchaseCost: Money | undefined,
  contracts: readonly C[],
): CostOfOwnership<C> {
  const contractShares = contracts.map((c) => ({
    ...c,
    share: { amount: Math.round(c.cost.amount / Math.max(1, c.coveredCount)), currency: c.cost.currency },
  }));
  const all = [...(purchaseCost ? [purchaseCost] : []), ...contractShares.map((s) => s.share)];
  return { purchaseCost: purchaseCost ?? null, contractShares, totals: sumByCurrency(all) };
}
