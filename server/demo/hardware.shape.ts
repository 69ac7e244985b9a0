/**
 * The one shape every hardware asset shares (servers, network and storage devices, end-user devices): asset
 * fields consistent with its lifecycle state, SUPPLIED_BY, COVERED_BY (support while in service, warranty on
 * the shelf) and OWNED_BY. Builders add only their class's own fields and where the asset sits.
 */
import type { DepreciationMethod, LifecycleState, SanitisationMethod } from '../../graph/model/enums';
import { DISPOSAL_METHODS } from '../../graph/model/enums';
import { RETIREMENT_REASONS } from './catalogue.hardware';
import type { HwModel } from './catalogue.hardware';
import { VENDORS } from './catalogue.vendors';
import { AS_OF_MS, DAY, isoDate } from './clock';
import { contractId } from './contracts.builder';
import type { EstateDraft, SiteCtx } from './estate.draft';
import type { StoredNode } from './estate.types';
import { vendorId } from './parties.builder';
import { pad } from './text';

export interface HardwareOptions {
  hostname?: string;
  ip?: string;
  owner: string;
  /** The vendor key it was bought from, when not the manufacturer (a reseller). */
  supplier?: string;
  tags?: string[];
  /** false: a hostname outside the site's domain (end-user devices). */
  domain?: boolean;
}

/**
 * One hardware asset. Asset tags and serials come from one global counter (serials through a bijection of
 * it), so both are unique across all hardware.
 */
export function hardware(
  draft: EstateDraft,
  className: string,
  id: string,
  name: string,
  state: LifecycleState,
  site: SiteCtx,
  model: HwModel,
  own: Record<string, unknown>,
  opts: HardwareOptions,
): StoredNode {
  const rng = draft.rng;
  const n = draft.next('hw');
  const vendor = VENDORS[model.vendor];
  const gone = state === 'RETIRED' || state === 'DISPOSED';
  const ageDays = gone
    ? rng.int(5 * 365, 9 * 365)
    : state === 'ORDERED'
      ? rng.int(1, 20)
      : state === 'IN_STOCK'
        ? rng.int(14, 180)
        : rng.int(60, 5 * 365);
  const purchased = AS_OF_MS - ageDays * DAY;
  const year = isoDate(purchased).slice(0, 4);
  // Until it arrives an asset has no serial number, asset tag, invoice or receipt date.
  const received = state === 'ORDERED' ? undefined : Math.min(purchased + rng.int(7, 40) * DAY, AS_OF_MS - DAY);
  const retired = gone ? AS_OF_MS - rng.int(30, 700) * DAY : undefined;
  const disposed = state === 'DISPOSED' && retired !== undefined ? retired + rng.int(7, 25) * DAY : undefined;
  const costAmount = rng.int(model.cost[0], model.cost[1]) * 100;
  const currency = site.region.spec.currency;
  // Most assets follow their class's depreciation policy; a few carry their own.
  const ownPolicy = rng.chance(0.15);
  const method = ownPolicy ? rng.pick<DepreciationMethod>(['STRAIGHT_LINE', 'DECLINING_BALANCE']) : undefined;
  const serial = `${vendor.serialPrefix}${((Math.imul(n, 0x9e3779b1) ^ draft.serialMix) >>> 0).toString(36).toUpperCase().padStart(7, '0')}`;
  const node = draft.ci(
    className,
    id,
    name,
    state,
    {
      assetTag: received !== undefined ? `AT-${pad(n, 7)}` : undefined,
      serialNumber: received !== undefined ? serial : undefined,
      manufacturer: vendor.name,
      model: model.model,
      hostname: opts.hostname,
      domain: opts.hostname && opts.domain !== false ? site.domain : undefined,
      ipAddresses: opts.ip ? [opts.ip] : undefined,
      purchaseDate: isoDate(purchased),
      purchaseOrder: `PO-${year}-${pad(rng.int(1, 99_999), 5)}`,
      purchaseCostAmount: costAmount,
      purchaseCostCurrency: currency,
      expectedDelivery: isoDate(purchased + rng.int(10, 30) * DAY),
      invoiceNumber: received !== undefined ? `INV-${year}-${pad(rng.int(1, 999_999), 6)}` : undefined,
      receivedDate: received !== undefined ? isoDate(received) : undefined,
      warrantyEnd: isoDate(purchased + rng.pick([3, 3, 5]) * 365 * DAY),
      endOfLife: isoDate(purchased + (className === 'EndUserDevice' ? 4 : rng.pick([5, 6, 7])) * 365 * DAY),
      depreciationMethod: method,
      usefulLifeMonths: ownPolicy ? rng.pick([36, 48, 60, 84]) : undefined,
      decliningBalanceFactor: method === 'DECLINING_BALANCE' ? rng.pick([1.5, 2]) : undefined,
      salvageValueAmount: ownPolicy ? Math.round((costAmount * rng.int(0, 10)) / 100) : undefined,
      salvageValueCurrency: ownPolicy ? currency : undefined,
      retiredDate: retired !== undefined ? isoDate(retired) : undefined,
      retirementReason: gone ? rng.pick(RETIREMENT_REASONS) : undefined,
      disposedDate: disposed !== undefined ? isoDate(disposed) : undefined,
      disposalMethod: disposed !== undefined ? rng.pick(DISPOSAL_METHODS) : undefined,
      // Every hardware class here bears storage (configurations at least), so none is disposed unsanitised.
      sanitisationMethod:
        disposed !== undefined ? rng.pick<SanitisationMethod>(['CLEAR', 'PURGE', 'DESTROY']) : undefined,
      disposalCertificate: disposed !== undefined ? `CERT-${isoDate(disposed).slice(0, 4)}-${pad(n, 7)}` : undefined,
      ...own,
    },
    {
      tags: opts.tags,
      since: purchased - 30 * DAY,
      attributes: { costCentre: `CC-${1000 + site.index * 10 + (n % 7)}` },
    },
  );
  draft.rel('SUPPLIED_BY', id, vendorId(draft, opts.supplier ?? model.vendor));
  if (state === 'DEPLOYED' || state === 'IN_MAINTENANCE') {
    draft.rel(
      'COVERED_BY',
      id,
      contractId(draft, 'SUPPORT', model.vendor, site, className === 'EndUserDevice' ? 'devices' : 'hardware'),
    );
  } else if (state === 'IN_STOCK') {
    draft.rel('COVERED_BY', id, contractId(draft, 'WARRANTY', model.vendor, site, 'hardware'));
  }
  draft.rel('OWNED_BY', id, opts.owner);
  return node;
}
