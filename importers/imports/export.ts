/**
 * Exporting a filtered list of CIs of one class as CSV that the import
 * reads back unchanged. Columns are stable — the same for every export of
 * a class, whatever the data — and named after the API's fields:
 *
 *   id, name, description, tags, lifecycleState, operationalStatus,
 *   <the class's fields in table order>, <reference ids>, attributes
 *
 * - the reference ids are the by-id reference columns the import reads
 *   (reference.columns.ts: `locationId`, `ownerId`, `deviceTypeId`) for the
 *   relationships the class may hold, so a DEPLOYED server comes back with
 *   the location and owner its state needs; one that would point into the
 *   class's own file (a location's parent) is left to the relationships
 *   export, since the row it names may come later in the file;
 * - money takes two columns, `purchaseCost.amount` (minor units, as the API
 *   gives it) and `purchaseCost.currency`;
 * - lists (tags, IP addresses) are joined with `;`;
 * - attributes are one JSON object column, so their types survive;
 * - an absent field is an empty cell, which the import (by default) reads
 *   as "no change";
 * - a cell a spreadsheet would run as a formula (`=…`, `+…`, `-…` that is not a
 *   plain number, `@…`, tab, CR) gets a leading `'` (importers/formula.escape.ts),
 *   which the import takes off again.
 *
 * Rows come a page at a time through graph/items.query.ts (keyset paging by
 * id) and go out through csv-stringify with backpressure, so memory stays
 * flat for any number of CIs.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Executor } from '../../graph/platform/executor';
import { badInput } from '../../graph/platform/errors';
import { listItems } from '../../graph/items/items.query';
import type { ItemFilter } from '../../graph/items/items.query';
import type { Item } from '../../graph/items/items.mapping';
import { classSpec, CLASS_NAMES } from '../../graph/model/classes';
import { relationshipRule } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import { escapeFormula } from './formula.escape';
import { REFERENCE_COLUMNS, REFERENCE_SLOTS } from './reference.columns';

const PAGE = 1000;
const LIST_SEPARATOR = ';';

/** A CI's one target along each reference type, by type. */
type References = Partial<Record<RelationshipType, string>>;

interface ExportColumn {
  name: string;
  value: (item: Item, refs: References) => unknown;
}

/** The by-id reference columns a class's export carries (see above), with their relationship types. */
export function referenceColumns(className: string): { name: string; type: RelationshipType }[] {
  return Object.entries(REFERENCE_COLUMNS)
    .filter(([, c]) => c.byId)
    .map(([name, c]) => ({ name, type: REFERENCE_SLOTS[c.slot].type }))
    .filter(({ type }) => {
      const rule = relationshipRule(type)!;
      return rule.from.includes(className) && !(rule.toByFrom?.[className] ?? rule.to).includes(className);
    });
}

const COMMON: ExportColumn[] = ['id', 'name', 'description', 'tags', 'lifecycleState', 'operationalStatus'].map(
  (name) => ({
    name,
    value: (item) => item[name],
  }),
);

export function exportColumns(className: string): ExportColumn[] {
  const spec = classSpec(className);
  if (!spec) throw badInput('class', `unknown class ${className}; expected one of ${CLASS_NAMES.join(', ')}`);
  const own = spec.fields.flatMap((f): ExportColumn[] =>
    f.kind === 'money'
      ? [
          { name: `${f.name}.amount`, value: (item) => (item[f.name] as { amount?: number } | undefined)?.amount },
          {
            name: `${f.name}.currency`,
            value: (item) => (item[f.name] as { currency?: string } | undefined)?.currency,
          },
        ]
      : [{ name: f.name, value: (item) => item[f.name] }],
  );
  const references = referenceColumns(className).map(({ name, type }): ExportColumn => ({
    name,
    value: (_item, refs) => refs[type],
  }));
  const attributes: ExportColumn = {
    name: 'attributes',
    value: (item) => (Object.keys(item.attributes ?? {}).length ? JSON.stringify(item.attributes) : undefined),
  };
  return [...COMMON, ...own, ...references, attributes];
}

/** Types come from the reference table only; each type is capped at one target, the least id kept if ever two. */
const referencesQuery = (types: readonly RelationshipType[]) => `
UNWIND $ids AS id MATCH (n:CI {id: id})
RETURN id, [${types.map((t) => `COLLECT { MATCH (n)-[:${t}]->(t:CI) RETURN t.id ORDER BY t.id LIMIT 1 }[0]`).join(', ')}] AS refs`;

/** Each CI's reference targets, one query for the page. */
async function readReferences(
  db: Executor,
  types: readonly RelationshipType[],
  ids: readonly string[],
): Promise<Map<string, References>> {
  if (types.length === 0 || ids.length === 0) return new Map();
  const rows = await db.read('exportReferences', referencesQuery(types), { ids });
  return new Map(
    rows.map((r) => [
      r.id as string,
      Object.fromEntries(types.map((t, i) => [t, (r.refs as (string | null)[])[i] ?? undefined])),
    ]),
  );
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return escapeFormula(value.map(String).join(LIST_SEPARATOR));
  return escapeFormula(String(value));
}

export interface ExportRequest {
  className: string;
  filter?: Omit<ItemFilter, 'classes'>;
}

/** Write the CSV to `out` (which is not ended); returns how many CIs were written. `onRows` hears each page's count. */
export async function exportCsv(
  db: Executor,
  request: ExportRequest,
  out: Writable,
  onRows?: (rows: number) => void,
): Promise<number> {
  const columns = exportColumns(request.className);
  const types = referenceColumns(request.className).map((c) => c.type);
  const csv = stringify({ header: false });
  csv.pipe(out, { end: false });
  const write = async (record: string[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  const finished = once(csv, 'end');
  await write(columns.map((c) => c.name));
  const filter: ItemFilter = { ...request.filter, classes: [request.className] };
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const page = await listItems(db, filter, { field: 'ID', direction: 'ASC' }, PAGE, after);
    const refs = await readReferences(
      db,
      types,
      page.items.map(({ item }) => item.id),
    );
    for (const { item } of page.items) {
      const mine = refs.get(item.id) ?? {};
      await write(columns.map((c) => cell(c.value(item, mine))));
    }
    written += page.items.length;
    onRows?.(page.items.length);
    if (!page.hasNextPage || page.items.length === 0) break;
    after = page.items[page.items.length - 1].cursor;
  }
  csv.end();
  await finished;
  return written;
}
