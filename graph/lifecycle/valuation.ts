/**
 * An asset's value as the API hands it out: book value, depreciation
 * schedule and cost of ownership, refusing with a clear error when the
 * asset's depreciation settings do not add up.
 */
import { badInput } from '../platform/errors';
import type { Item } from '../items/items.mapping';
import type { CoveringContract } from './contracts.query';
import { assetBookValue, basisOf, costOfOwnership, depreciationSchedule } from './depreciation';
import type { CostOfOwnership, DepreciationBasis, DepreciationPeriod, Money } from './depreciation';

export function bookValue(item: Item, asOf: string): Money | null {
  const value = assetBookValue(item, asOf);
  if (value.kind === 'invalid') throw badInput(value.field, `${item.id}: ${value.reason}`);
  return value.kind === 'value' ? value.value : null;
}

export interface ScheduleView extends DepreciationBasis {
  periods: DepreciationPeriod[];
}

/** The monthly schedule, or null while the asset has no cost or no received/purchase date. */
export function scheduleOf(item: Item): ScheduleView | null {
  const found = basisOf(item);
  if (found.kind === 'invalid') throw badInput(found.field, `${item.id}: ${found.reason}`);
  if (found.kind !== 'basis') return null;
  return { ...found.basis, periods: depreciationSchedule(found.basis) };
}

export function ownershipCost(item: Item, contracts: readonly CoveringContract[]): CostOfOwnership<CoveringContract> {
  return costOfOwnership(item.purchaseCost as Money | undefined, contracts);
}
