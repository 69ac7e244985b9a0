/**
 * Exporting relationships as the CSV that the relationship import
 * (relationships.import.ts) reads back unchanged:
 *
 *   source, type, target, <known properties>, properties
 *
 * - `source` and `target` are CI ids, which an import keeps, so the file
 *   imports on another instance that holds the same CIs;
 * - the known properties are every property the rule table names
 *   (`knownProperties`, `requiredProperties`: localPort, rackUnit, side…),
 *   one column each, the same columns whatever the filter or the data;
 * - `properties` is a JSON object of the rest: free-form properties, and a
 *   known one whose cell would not read back as the same value (the text
 *   `"12"`, which a cell would turn into the number 12), so types survive;
 * - rows are sorted by source id, type and target id.
 *
 * Stock and checkouts (STOCKED_AT, CHECKED_OUT_TO) are kept by the
 * catalogue through recorded movements, which the relationship import
 * refuses; they are not exported here (the whole-estate archive carries
 * them in their own file).
 *
 * Sources are read a page at a time in id order (keyset paging on the id
 * index), each page with its relationships in one query, and written through
 * csv-stringify with backpressure, so memory stays flat.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Executor } from '../../graph/platform/executor';
import { badInput } from '../../graph/platform/errors';
import { CLASS_NAMES } from '../../graph/model/classes';
import { RELATIONSHIP_RULES } from '../../graph/model/relationships.rules';
import type { RelationshipRule, RelationshipType } from '../../graph/model/relationships.rules';
import { escapeFormula } from './formula.escape';
import { inferAttribute } from './normalise';

/** Sources read per query. */
const PAGE = 500;

type PropValue = string | number | boolean;

/** The types the relationship import writes (not those one domain keeps), in table order. */
export const EXPORTABLE_TYPES: readonly RelationshipType[] = RELATIONSHIP_RULES.filter((r) => !r.writtenBy).map(
  (r) => r.type,
);

/** Every property the rule table names for the exportable types, once each, in table order. */
export const PROPERTY_COLUMNS: readonly string[] = [
  ...new Set(
    RELATIONSHIP_RULES.filter((r) => !r.writtenBy).flatMap((r: RelationshipRule) => [
      ...(r.knownProperties ?? []),
      ...Object.keys(r.requiredProperties ?? {}),
    ]),
  ),
];

export const RELATIONSHIP_HEADER: readonly string[] = ['source', 'type', 'target', ...PROPERTY_COLUMNS, 'properties'];

export interface RelationshipExportRequest {
  /** Only these types (default: every exportable type). */
  types?: readonly string[];
  /** Only relationships whose source is of one of these classes. */
  sourceClasses?: readonly string[];
  /** Only relationships whose target is of one of these classes. */
  targetClasses?: readonly string[];
}

interface CheckedRequest {
  types: readonly RelationshipType[];
  sourceClasses: readonly string[] | null;
  targetClasses: readonly string[] | null;
}

/** The request with its types and classes checked against the model's tables (a bad one names itself). */
export function checkRelationshipExport(request: RelationshipExportRequest): CheckedRequest {
  const types = request.types?.length ? request.types : EXPORTABLE_TYPES;
  for (const type of types) {
    const rule = RELATIONSHIP_RULES.find((r) => r.type === type);
    if (!rule)
      throw badInput('type', `unknown relationship type ${type}; expected one of ${EXPORTABLE_TYPES.join(', ')}`);
    if (rule.writtenBy)
      throw badInput(
        'type',
        `${type} is kept by the ${rule.writtenBy} through recorded stock movements, which the relationship import refuses; it is not exported as a relationship (estate export --all carries stock in its own file)`,
      );
  }
  const classes = (field: string, list: readonly string[] | undefined) => {
    if (!list?.length) return null;
    for (const c of list)
      if (!CLASS_NAMES.includes(c))
        throw badInput(field, `unknown class ${c}; expected one of ${CLASS_NAMES.join(', ')}`);
    return list;
  };
  return {
    // Table order, whatever order they were given in: the query text (and its plan) is the same.
    types: EXPORTABLE_TYPES.filter((t) => types.includes(t)),
    sourceClasses: classes('sourceClass', request.sourceClasses),
    targetClasses: classes('targetClass', request.targetClasses),
  };
}

/** Types come from the rule table only (checked above), never from the request's text. */
const pageQuery = (types: readonly RelationshipType[]) => `
MATCH (a:CI) WHERE ($after IS NULL OR a.id > $after) AND ($sourceClasses IS NULL OR a.class IN $sourceClasses)
WITH a ORDER BY a.id LIMIT $page
OPTIONAL MATCH (a)-[r:${types.join('|')}]->(b:CI) WHERE $targetClasses IS NULL OR b.class IN $targetClasses
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props
ORDER BY source, type, target`;

/** Whether a cell holding this value reads back as the very same value (see inferAttribute). */
const survivesCell = (value: PropValue) => {
  const text = String(value);
  return text !== '' && text.trim() === text && inferAttribute(text) === value;
};

/** The record of one relationship: known properties in their columns, the rest as one sorted JSON object. */
export function relationshipRecord(source: string, type: string, target: string, props: Record<string, PropValue>) {
  const rest: Record<string, PropValue> = {};
  const columns = PROPERTY_COLUMNS.map(() => '');
  for (const name of Object.keys(props).sort()) {
    const at = PROPERTY_COLUMNS.indexOf(name);
    if (at >= 0 && survivesCell(props[name])) columns[at] = String(props[name]);
    else rest[name] = props[name];
  }
  const json = Object.keys(rest).length ? JSON.stringify(rest) : '';
  return [source, type, target, ...columns, json].map(escapeFormula);
}

/** Write the CSV to `out` (which is not ended); returns how many relationships were written. `onRows` hears each page's count. */
export async function exportRelationshipsCsv(
  db: Executor,
  request: RelationshipExportRequest,
  out: Writable,
  onRows?: (rows: number) => void,
): Promise<number> {
  const checked = checkRelationshipExport(request);
  const csv = stringify({ header: false });
  csv.pipe(out, { end: false });
  const finished = once(csv, 'end');
  const write = async (record: string[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await write([...RELATIONSHIP_HEADER]);
  const query = pageQuery(checked.types);
  let written = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await db.read('exportRelationships', query, {
      after,
      page: PAGE,
      sourceClasses: checked.sourceClasses,
      targetClasses: checked.targetClasses,
    });
    for (const r of rows) {
      if (r.type === null) continue;
      await write(relationshipRecord(r.source as string, r.type as string, r.target as string, r.props as never));
      written += 1;
    }
    onRows?.(rows.filter((r) => r.type !== null).length);
    const sources = new Set(rows.map((r) => r.source as string));
    if (sources.size < PAGE) break;
    after = rows[rows.length - 1].source as string;
  }
  csv.end();
  await finished;
  return written;
}
