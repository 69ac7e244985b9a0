/**
 * Reading the catalogue: hardware models by manufacturer, category and end
 * of life, and the manufacturers and categories the models and quantity
 * items name (a manufacturer with the Vendor of the same name, when there is
 * one). Each answer is one query.
 */
import type { Executor } from '../platform/executor';
import { badInput } from '../platform/errors';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { QUANTITY_CLASSES } from './stock.rules';

export interface ModelFilter {
  manufacturer?: string | null;
  category?: string | null;
  /** Models whose end of life is on or before this date (YYYY-MM-DD). */
  endOfLifeBefore?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Hardware models (DeviceType) matching every condition given, by manufacturer then model. */
export async function hardwareModels(db: Executor, filter: ModelFilter, first: number): Promise<Item[]> {
  if (filter.endOfLifeBefore && !ISO_DATE.test(filter.endOfLifeBefore)) {
    throw badInput('endOfLifeBefore', `expected a date YYYY-MM-DD, got ${JSON.stringify(filter.endOfLifeBefore)}`);
  }
  const rows = await db.read(
    'catalogue.hardwareModels',
    `MATCH (d:DeviceType)
     WHERE ($manufacturer IS NULL OR d.manufacturer = $manufacturer)
       AND ($category IS NULL OR d.category = $category)
       AND ($eol IS NULL OR d.endOfLife <= $eol)
     RETURN d {.*} AS d ORDER BY d.manufacturer, d.model, d.name, d.id LIMIT $first`,
    {
      manufacturer: filter.manufacturer ?? null,
      category: filter.category ?? null,
      eol: filter.endOfLifeBefore ?? null,
      first,
    },
  );
  return rows.map((r) => itemFromNode(r.d as Record<string, unknown>));
}

/** A name the catalogue groups by, with how many models and quantity items carry it. */
export interface CatalogueName {
  name: string;
  modelCount: number;
  quantityItemCount: number;
  /** For a manufacturer: the Vendor of that name, if any. */
  vendorId: string | null;
}

/** Which field a CatalogueName groups by; the Cypher property comes from this closed list only. */
export type CatalogueGrouping = 'manufacturer' | 'category';

/** The labels of models and quantity items, from the class tables (never from input). */
const CATALOGUE_LABELS = ['DeviceType', ...QUANTITY_CLASSES].join('|');

export async function catalogueNames(db: Executor, by: CatalogueGrouping): Promise<CatalogueName[]> {
  const field = by === 'manufacturer' ? 'manufacturer' : 'category';
  const rows = await db.read(
    `catalogue.${field}`,
    `MATCH (n:${CATALOGUE_LABELS}) WHERE n.${field} IS NOT NULL
     WITH n.${field} AS name, sum(CASE WHEN n:DeviceType THEN 1 ELSE 0 END) AS models, count(*) AS all
     OPTIONAL CALL (name) {
       MATCH (v:Vendor {name: name}) WHERE $withVendor
       RETURN v.id AS vendorId ORDER BY v.id LIMIT 1
     }
     RETURN name, models, all - models AS quantityItems, vendorId
     ORDER BY name`,
    { withVendor: by === 'manufacturer' },
  );
  return rows.map((r) => ({
    name: r.name as string,
    modelCount: r.models as number,
    quantityItemCount: r.quantityItems as number,
    vendorId: (r.vendorId as string | null) ?? null,
  }));
}
