/**
 * Contracts and warranties running out. An asset's warranty ends on the
 * later of its own `warrantyEnd` and the end of the latest WARRANTY contract
 * covering it. Each report is one query.
 */
import type { Executor } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { addDays, daysBetween } from './dates';
import { HELD_STATES } from './lifecycle.rules';
import { reportDate, reportDays } from './report.inputs';

export interface ExpiringContract {
  contract: Item;
  endDate: string;
  daysLeft: number;
  /** How many CIs the contract covers. */
  coveredCount: number;
}

const EXPIRING_CONTRACTS = `
MATCH (c:Contract)
WHERE c.endDate >= $asOf AND c.endDate <= $until AND ($kinds IS NULL OR c.contractKind IN $kinds)
RETURN c {.*} AS contract, COUNT { (c)<-[:COVERED_BY]-(:CI) } AS coveredCount
ORDER BY c.endDate, c.name, c.id
LIMIT $limit`;

export async function expiringContracts(
  db: Executor,
  args: { withinDays: number; kinds?: readonly string[] | null; asOf?: string | null; first: number },
): Promise<ExpiringContract[]> {
  const asOf = reportDate(args.asOf);
  const until = addDays(asOf, reportDays('withinDays', args.withinDays));
  const kinds = args.kinds?.length ? args.kinds : null;
  const rows = await db.read('reports.expiringContracts', EXPIRING_CONTRACTS, {
    asOf,
    until,
    kinds,
    limit: args.first,
  });
  return rows.map((r) => {
    const contract = itemFromNode(r.contract as Record<string, unknown>);
    const endDate = contract.endDate as string;
    return { contract, endDate, daysLeft: daysBetween(asOf, endDate), coveredCount: r.coveredCount as number };
  });
}

export interface AssetWarranty {
  asset: Item;
  /** When the asset's warranty ends (or ended); null when it has none recorded. */
  warrantyEnd: string | null;
  /** Days from the report date to warrantyEnd: negative once it has passed. */
  daysLeft: number | null;
  /** The WARRANTY contract the end date comes from, when it is not the asset's own warrantyEnd. */
  contract: Item | null;
}

/** Hardware in the given states with its effective warranty end, for a WHERE on `warrantyEnd` to follow. */
const EFFECTIVE_WARRANTY = `
MATCH (a:Hardware) WHERE a.lifecycleState IN $states
OPTIONAL MATCH (a)-[:COVERED_BY]->(w:Contract {contractKind: 'WARRANTY'}) WHERE w.endDate IS NOT NULL
WITH a, w ORDER BY w.endDate DESC
WITH a, collect(w)[0] AS w
WITH a, CASE WHEN w IS NOT NULL AND (a.warrantyEnd IS NULL OR w.endDate > a.warrantyEnd) THEN w ELSE null END AS w
WITH a, coalesce(w.endDate, a.warrantyEnd) AS warrantyEnd, w {.*} AS contract`;

const ORDER_WARRANTIES = `
RETURN a {.*} AS asset, warrantyEnd, contract
ORDER BY warrantyEnd, a.name, a.id
LIMIT $limit`;

function warrantyRows(rows: Record<string, unknown>[], asOf: string): AssetWarranty[] {
  return rows.map((r) => {
    const warrantyEnd = (r.warrantyEnd as string | null) ?? null;
    return {
      asset: itemFromNode(r.asset as Record<string, unknown>),
      warrantyEnd,
      daysLeft: warrantyEnd === null ? null : daysBetween(asOf, warrantyEnd),
      contract: r.contract ? itemFromNode(r.contract as Record<string, unknown>) : null,
    };
  });
}

/** Assets (held, by default) whose warranty ends within the window. */
export async function expiringWarranties(
  db: Executor,
  args: { withinDays: number; asOf?: string | null; lifecycleStates?: readonly string[] | null; first: number },
): Promise<AssetWarranty[]> {
  const asOf = reportDate(args.asOf);
  const until = addDays(asOf, reportDays('withinDays', args.withinDays));
  const rows = await db.read(
    'reports.expiringWarranties',
    `${EFFECTIVE_WARRANTY} WHERE warrantyEnd >= $asOf AND warrantyEnd <= $until ${ORDER_WARRANTIES}`,
    { asOf, until, states: args.lifecycleStates?.length ? args.lifecycleStates : HELD_STATES, limit: args.first },
  );
  return warrantyRows(rows, asOf);
}

/** DEPLOYED assets whose warranty has ended (longest ago first), then those with none recorded. */
export async function assetsOutOfWarranty(
  db: Executor,
  args: { asOf?: string | null; first: number },
): Promise<AssetWarranty[]> {
  const asOf = reportDate(args.asOf);
  const rows = await db.read(
    'reports.assetsOutOfWarranty',
    `${EFFECTIVE_WARRANTY} WHERE warrantyEnd IS NULL OR warrantyEnd < $asOf ${ORDER_WARRANTIES}`,
    { asOf, states: ['DEPLOYED'], limit: args.first },
  );
  return warrantyRows(rows, asOf);
}
