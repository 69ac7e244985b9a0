/** Depreciation and cost of ownership against schedules worked out by hand. */
import type { Item } from '../items/items.mapping';
import { addDays, addMonths, daysBetween } from './dates';
import {
  assetBookValue,
  basisOf,
  bookValueOn,
  costOfOwnership,
  depreciationSchedule,
  sumByCurrency,
} from './depreciation';
import type { DepreciationBasis } from './depreciation';

const basis = (over: Partial<DepreciationBasis>): DepreciationBasis => ({
  method: 'STRAIGHT_LINE',
  usefulLifeMonths: 12,
  decliningBalanceFactor: 2,
  cost: 120000,
  salvage: 0,
  currency: 'EUR',
  startDate: '2026-01-15',
  ...over,
});

const item = (over: Record<string, unknown>): Item => ({
  id: 'a',
  class: 'Server',
  name: 'a',
  version: 1,
  lifecycleState: 'DEPLOYED',
  operationalStatus: 'OPERATIONAL',
  createdAt: '',
  updatedAt: '',
  attributes: {},
  ...over,
});

describe('dates', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });
});

describe('straight line', () => {
  it('charges 1,200.00 over 12 months at 100.00 a month, due a month after each other', () => {
    const s = depreciationSchedule(basis({}));
    expect(s).toHaveLength(12);
    expect(s[0]).toEqual({ period: 1, date: '2026-02-15', charge: 10000, accumulated: 10000, bookValue: 110000 });
    expect(s[11]).toEqual({ period: 12, date: '2027-01-15', charge: 10000, accumulated: 120000, bookValue: 0 });
  });

  it('spreads an uneven amount by flooring the running total: 1,000.00 over 3 months is 333.33, 333.33, 333.34', () => {
    const s = depreciationSchedule(basis({ cost: 100000, usefulLifeMonths: 3 }));
    expect(s.map((p) => p.charge)).toEqual([33333, 33333, 33334]);
    expect(s.map((p) => p.bookValue)).toEqual([66667, 33334, 0]);
  });

  it('stops at the salvage value', () => {
    const s = depreciationSchedule(basis({ cost: 100000, salvage: 10000, usefulLifeMonths: 4 }));
    expect(s.map((p) => p.charge)).toEqual([22500, 22500, 22500, 22500]);
    expect(s.at(-1)!.bookValue).toBe(10000);
  });

  it('gives the book value on a date: the cost before the first charge, then after each charge due', () => {
    const b = basis({});
    expect(bookValueOn(b, '2026-01-01')).toBe(120000);
    expect(bookValueOn(b, '2026-02-14')).toBe(120000);
    expect(bookValueOn(b, '2026-02-15')).toBe(110000);
    expect(bookValueOn(b, '2026-06-20')).toBe(70000);
    expect(bookValueOn(b, '2040-01-01')).toBe(0);
  });

  it('keeps exact minor units for amounts too large for floating point products', () => {
    const cost = 9_000_000_000_000_000;
    const s = depreciationSchedule(basis({ cost, usefulLifeMonths: 7 }));
    expect(s.reduce((sum, p) => sum + p.charge, 0)).toBe(cost);
    expect(s.at(-1)!.bookValue).toBe(0);
  });
});

describe('declining balance', () => {
  it('double-declines 1,000.00 with 100.00 salvage over 5 months: 400, 240, 144, 86.40, then down to salvage', () => {
    const s = depreciationSchedule(
      basis({ method: 'DECLINING_BALANCE', cost: 100000, salvage: 10000, usefulLifeMonths: 5 }),
    );
    expect(s.map((p) => p.charge)).toEqual([40000, 24000, 14400, 8640, 2960]);
    expect(s.map((p) => p.bookValue)).toEqual([60000, 36000, 21600, 12960, 10000]);
  });

  it('switches to straight line once that charges more: 1,000.00 over 5 months', () => {
    // Month 4: declining 216.00 × 0.4 = 86.40 < straight line 216.00 / 2 = 108.00.
    const s = depreciationSchedule(basis({ method: 'DECLINING_BALANCE', cost: 100000, usefulLifeMonths: 5 }));
    expect(s.map((p) => p.charge)).toEqual([40000, 24000, 14400, 10800, 10800]);
    expect(s.at(-1)!.bookValue).toBe(0);
  });

  it('rounds each charge to the nearest minor unit, halves up, with a 1.5 factor', () => {
    // 1,000.01 × 1.5 / 3 = 500.005 → 500.01; then 500.00 × 0.5 = 250.00, then the remaining 250.00.
    const s = depreciationSchedule(
      basis({ method: 'DECLINING_BALANCE', cost: 100001, usefulLifeMonths: 3, decliningBalanceFactor: 1.5 }),
    );
    expect(s.map((p) => p.charge)).toEqual([50001, 25000, 25000]);
  });
});

describe('an asset', () => {
  const cost = { amount: 120000, currency: 'EUR' };

  it('takes its class defaults: a Server is straight line over 60 months, an EndUserDevice double declining over 36', () => {
    const server = basisOf(item({ purchaseCost: cost, purchaseDate: '2026-01-01' }));
    expect(server).toMatchObject({ kind: 'basis', basis: { method: 'STRAIGHT_LINE', usefulLifeMonths: 60 } });
    const laptop = basisOf(item({ class: 'EndUserDevice', purchaseCost: cost, purchaseDate: '2026-01-01' }));
    expect(laptop).toMatchObject({
      kind: 'basis',
      basis: { method: 'DECLINING_BALANCE', usefulLifeMonths: 36, decliningBalanceFactor: 2 },
    });
  });

  it('starts depreciating when received, else when bought; its own settings win over the class', () => {
    const own = basisOf(
      item({
        purchaseCost: cost,
        purchaseDate: '2026-01-01',
        receivedDate: '2026-02-10',
        usefulLifeMonths: 12,
        salvageValue: { amount: 1000, currency: 'EUR' },
      }),
    );
    expect(own).toMatchObject({
      kind: 'basis',
      basis: { startDate: '2026-02-10', usefulLifeMonths: 12, salvage: 1000 },
    });
  });

  it('is worth its cost until dated, nothing once disposed or cancelled, and has no value without a cost', () => {
    expect(assetBookValue(item({ purchaseCost: cost }), '2030-01-01')).toEqual({ kind: 'value', value: cost });
    const disposed = item({
      purchaseCost: cost,
      purchaseDate: '2026-01-15',
      usefulLifeMonths: 12,
      lifecycleState: 'DISPOSED',
      disposedDate: '2026-06-01',
    });
    expect(assetBookValue(disposed, '2026-05-31')).toEqual({
      kind: 'value',
      value: { amount: 80000, currency: 'EUR' },
    });
    expect(assetBookValue(disposed, '2026-06-01')).toEqual({ kind: 'value', value: { amount: 0, currency: 'EUR' } });
    // Not on the books before it was bought.
    expect(assetBookValue(disposed, '2026-01-14')).toEqual({ kind: 'value', value: { amount: 0, currency: 'EUR' } });
    expect(assetBookValue(disposed, '2026-01-15')).toEqual({ kind: 'value', value: cost });
    expect(assetBookValue(item({ purchaseCost: cost, lifecycleState: 'CANCELLED' }), '2026-01-01')).toMatchObject({
      value: { amount: 0 },
    });
    expect(assetBookValue(item({}), '2026-01-01')).toEqual({ kind: 'noCost' });
  });

  it.each([
    [{ salvageValue: { amount: 1, currency: 'USD' } }, 'salvageValue', /in USD but the purchase cost in EUR/],
    [{ salvageValue: { amount: 200000, currency: 'EUR' } }, 'salvageValue', /more than the purchase cost/],
    [{ usefulLifeMonths: 0 }, 'usefulLifeMonths', /whole number of months/],
    [{ decliningBalanceFactor: -1 }, 'decliningBalanceFactor', /above 0/],
  ])('says which setting does not add up: %o', (over, field, reason) => {
    expect(basisOf(item({ purchaseCost: cost, purchaseDate: '2026-01-01', ...over }))).toEqual({
      kind: 'invalid',
      field,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('cost of ownership', () => {
  it('adds the purchase cost to an equal share of each contract, per currency', () => {
    const tco = costOfOwnership({ amount: 100000, currency: 'EUR' }, [
      { contractId: 'support', cost: { amount: 30000, currency: 'EUR' }, coveredCount: 3 },
      { contractId: 'lease', cost: { amount: 1000, currency: 'USD' }, coveredCount: 1 },
      { contractId: 'odd', cost: { amount: 100, currency: 'EUR' }, coveredCount: 3 },
    ]);
    expect(tco.contractShares.map((s) => s.share)).toEqual([
      { amount: 10000, currency: 'EUR' },
      { amount: 1000, currency: 'USD' },
      { amount: 33, currency: 'EUR' },
    ]);
    expect(tco.totals).toEqual([
      { amount: 110033, currency: 'EUR' },
      { amount: 1000, currency: 'USD' },
    ]);
  });

  it('sums by currency in currency order', () => {
    expect(
      sumByCurrency([
        { amount: 1, currency: 'USD' },
        { amount: 2, currency: 'EUR' },
        { amount: 3, currency: 'USD' },
      ]),
    ).toEqual([
      { amount: 2, currency: 'EUR' },
      { amount: 4, currency: 'USD' },
    ]);
  });
});
