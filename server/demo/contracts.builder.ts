/**
 * Builds contracts: one per (kind, vendor, site, subject), made the first time an asset or product needs
 * covering, SUPPLIED_BY its vendor and OWNED_BY procurement.
 */
import type { ContractKind } from '../../graph/model/enums';
import { VENDORS } from './catalogue.vendors';
import { AS_OF_MS, DAY, isoDate } from './clock';
import type { EstateDraft, SiteCtx } from './estate.draft';
import { teamId, vendorId } from './parties.builder';
import { pad } from './text';

/** The id of the contract for (kind, vendor, site, subject), made on first use. */
export function contractId(
  draft: EstateDraft,
  kind: ContractKind,
  vendorKey: string,
  site: SiteCtx | undefined,
  subject: string,
): string {
  const key = `${kind}|${vendorKey}|${site?.id ?? ''}|${subject}`;
  let id = draft.contractIds.get(key);
  if (id) return id;
  const n = draft.next('contract');
  id = `ctr-${pad(n, 5)}`;
  const spec = VENDORS[vendorKey];
  const start = AS_OF_MS - draft.rng.int(30, 3 * 365) * DAY;
  const years = kind === 'LEASE' ? 3 : draft.rng.pick([1, 3, 5]);
  const where = site ? ` ${site.code}` : '';
  const currency = site?.region.spec.currency ?? 'USD';
  const node = draft.ci(
    'Contract',
    id,
    `${spec.name} ${kind.toLowerCase()} ${subject}${where} #${n}`,
    'DEPLOYED',
    {
      contractKind: kind,
      contractNumber: `${spec.contractPrefix}-${kind.slice(0, 3)}-${isoDate(start).slice(0, 4)}-${pad(n, 6)}`,
      startDate: isoDate(start),
      endDate: isoDate(start + years * 365 * DAY - DAY),
      costAmount: draft.rng.int(5_000, 500_000) * 100,
      costCurrency: currency,
    },
    { description: `${kind.toLowerCase()} contract for ${subject}${site ? ` at ${site.code}` : ''}` },
  );
  draft.rel('SUPPLIED_BY', id, vendorId(draft, vendorKey));
  draft.rel('OWNED_BY', id, teamId(draft, 'IT Procurement'));
  draft.contractIds.set(key, id);
  draft.contractNodes.set(id, node);
  return id;
}
