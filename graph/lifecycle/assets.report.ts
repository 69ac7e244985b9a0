/**
 * The asset manager's reports over hardware: counts and value grouped by
 * state, class, location or owner; assets past their end of life; assets
 * sitting in stock. Each is one query; book values are worked out from the
 * rows by the pure depreciation functions.
 */
import type { Executor } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { HARDWARE_FIELDS, storedProperties } from '../model/classes';
import { addDays, daysBetween } from './dates';
import { assetBookValue, sumByCurrency } from './depreciation';
import type { Money } from './depreciation';
import { USEFUL_LIFE_MONTHS_BY_CLASS } from './depreciation.rules';
import { HELD_STATES } from './lifecycle.rules';
import { reportDate, reportDays } from './report.inputs';

/** How assetReport groups: the key and label of each group, and the match that finds them. */
export const ASSET_GROUPINGS = {
  STATE: { match: '', key: 'a.lifecycleState', label: 'a.lifecycleState' },
  CLASS: { match: '', key: 'a.class', label: 'a.class' },
  LOCATION: { match: 'OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Location)', key: 'g.id', label: 'g.name' },
  OWNER: { match: 'OPTIONAL MATCH (a)-[:OWNED_BY]->(g:CI)', key: 'g.id', label: 'g.name' },
} as const;
export type AssetGrouping = keyof typeof ASSET_GROUPINGS;

/** The stored properties valuation reads, projected instead of whole nodes. */
const VALUATION_FIELDS = [
  'purchaseCost',
  'salvageValue',
  'depreciationMethod',
  'usefulLifeMonths',
  'decliningBalanceFactor',
  'receivedDate',
  'purchaseDate',
  'disposedDate',
];
const VALUATION_PROPERTIES = [
  'id',
  'class',
  'lifecycleState',
  ...HARDWARE_FIELDS.filter((f) => VALUATION_FIELDS.includes(f.name)).flatMap(storedProperties),
];
const PROJECTION = `a {${VALUATION_PROPERTIES.map((p) => `.${p}`).join(', ')}}`;

export interface AssetGroup {
  /** The state, class, location id or owner id; null for assets with no location or owner. */
  key: string | null;
  label: string | null;
  count: number;
  /** Purchase cost of the group's assets, per currency. */
  purchaseCost: Money[];
  /** Book value on the report date, per currency. */
  bookValue: Money[];
  /** Assets without a book value: no purchase cost, or depreciation settings that do not add up. */
  unvalued: number;
}

function groupQuery(grouping: AssetGrouping): string {
  const g = ASSET_GROUPINGS[grouping];
  return `
MATCH (a:Hardware) WHERE $states IS NULL OR a.lifecycleState IN $states
${g.match}
WITH ${g.key} AS key, ${g.label} AS label, a
WITH key, label, collect(${PROJECTION}) AS assets
RETURN key, label, size(assets) AS count, assets
ORDER BY count DESC, label, key`;
}

export async function assetReport(
  db: Executor,
  args: { groupBy: AssetGrouping; asOf?: string | null; lifecycleStates?: readonly string[] | null },
): Promise<AssetGroup[]> {
  const asOf = reportDate(args.asOf);
  const rows = await db.read(`reports.assets.${args.groupBy}`, groupQuery(args.groupBy), {
    states: args.lifecycleStates?.length ? args.lifecycleStates : null,
  });
  return rows.map((r) => {
    const assets = (r.assets as Record<string, unknown>[]).map(itemFromNode);
    const values = assets.map((a) => assetBookValue(a, asOf));
    const booked = values.flatMap((v) => (v.kind === 'value' ? [v.value] : []));
    return {
      key: (r.key as string | null) ?? null,
      label: (r.label as string | null) ?? null,
      count: r.count as number,
      purchaseCost: sumByCurrency(assets.flatMap((a) => (a.purchaseCost ? [a.purchaseCost as Money] : []))),
      bookValue: sumByCurrency(booked),
      unvalued: assets.length - booked.length,
    };
  });
}

export interface PastEndOfLife {
  asset: Item;
  endOfLife: string;
  /** END_OF_LIFE_DATE: the asset's own endOfLife; USEFUL_LIFE: its depreciation start plus its useful life. */
  basis: 'END_OF_LIFE_DATE' | 'USEFUL_LIFE';
  daysPast: number;
}

const PAST_END_OF_LIFE = `
MATCH (a:Hardware) WHERE a.lifecycleState IN $states
WITH a, coalesce(a.receivedDate, a.purchaseDate) AS start,
  coalesce(a.usefulLifeMonths, $lifeByClass[a.class]) AS life
WITH a, a.endOfLife IS NOT NULL AS dated, CASE
  WHEN a.endOfLife IS NOT NULL THEN a.endOfLife
  WHEN start IS NOT NULL AND life IS NOT NULL THEN toString(date(start) + duration({months: life}))
END AS endOfLife
WHERE endOfLife < $asOf
RETURN a {.*} AS asset, endOfLife, dated
ORDER BY endOfLife, a.name, a.id
LIMIT $limit`;

/** Held assets (by default) past their end-of-life date, or past their useful life when they have none. */
export async function assetsPastEndOfLife(
  db: Executor,
  args: { asOf?: string | null; lifecycleStates?: readonly string[] | null; first: number },
): Promise<PastEndOfLife[]> {
  const asOf = reportDate(args.asOf);
  const rows = await db.read('reports.assetsPastEndOfLife', PAST_END_OF_LIFE, {
    asOf,
    states: args.lifecycleStates?.length ? args.lifecycleStates : HELD_STATES,
    lifeByClass: USEFUL_LIFE_MONTHS_BY_CLASS,
    limit: args.first,
  });
  return rows.map((r) => ({
    asset: itemFromNode(r.asset as Record<string, unknown>),
    endOfLife: r.endOfLife as string,
    basis: r.dated ? 'END_OF_LIFE_DATE' : 'USEFUL_LIFE',
    daysPast: daysBetween(r.endOfLife as string, asOf),
  }));
}

export interface InStock {
  asset: Item;
  /** When it last went into stock (its latest transition to IN_STOCK, else when it was created). */
  since: string;
  days: number;
}

const IN_STOCK_SINCE = `
MATCH (a:Hardware {lifecycleState: 'IN_STOCK'})
OPTIONAL MATCH (a)-[:HAD_EVENT]->(e:LifecycleEvent {to: 'IN_STOCK'})
WITH a, coalesce(max(e.at), a.createdAt) AS since
WHERE left(since, 10) < $cutoff
RETURN a {.*} AS asset, since
ORDER BY since, a.name, a.id
LIMIT $limit`;

/** Assets that have been IN_STOCK for more than `days` whole days on the report date, longest first. */
export async function assetsInStockLongerThan(
  db: Executor,
  args: { days: number; asOf?: string | null; first: number },
): Promise<InStock[]> {
  const asOf = reportDate(args.asOf);
  const cutoff = addDays(asOf, -reportDays('days', args.days));
  const rows = await db.read('reports.assetsInStock', IN_STOCK_SINCE, { cutoff, limit: args.first });
  return rows.map((r) => ({
    asset: itemFromNode(r.asset as Record<string, unknown>),
    since: r.since as string,
    days: daysBetween((r.since as string).slice(0, 10), asOf),
  }));
}
