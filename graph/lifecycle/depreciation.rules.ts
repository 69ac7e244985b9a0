/**
 * Depreciation policy defaults per hardware class, used when an asset does
 * not set its own method, useful life or declining-balance factor.
 */
import type { DepreciationMethod } from '../model/enums';

export interface DepreciationPolicy {
  readonly method: DepreciationMethod;
  readonly usefulLifeMonths: number;
  /** Declining balance only: the multiple of the straight-line rate (2 = double declining). */
  readonly decliningBalanceFactor: number;
}

export const DEPRECIATION_DEFAULTS: Readonly<Record<string, DepreciationPolicy>> = {
  Server: { method: 'STRAIGHT_LINE', usefulLifeMonths: 60, decliningBalanceFactor: 2 },
  NetworkDevice: { method: 'STRAIGHT_LINE', usefulLifeMonths: 60, decliningBalanceFactor: 2 },
  StorageDevice: { method: 'STRAIGHT_LINE', usefulLifeMonths: 60, decliningBalanceFactor: 2 },
  EndUserDevice: { method: 'DECLINING_BALANCE', usefulLifeMonths: 36, decliningBalanceFactor: 2 },
};

/** Useful life by class, for Cypher that works out end-of-life dates. */
export const USEFUL_LIFE_MONTHS_BY_CLASS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(DEPRECIATION_DEFAULTS).map(([cls, p]) => [cls, p.usefulLifeMonths]),
);
