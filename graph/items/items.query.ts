/**
 * Listing and searching CIs: a filter, a stable order and keyset cursors,
 * compiled to one parameterised Cypher query. Labels come from the class
 * table and the order field from a fixed map, never from request strings.
 */
import type { Executor } from '../platform/executor';
import { badInput } from '../platform/errors';
import { FULLTEXT_INDEX } from '../platform/migrations';
import type { Item } from './items.mapping';
import { NO_LOOKAHEAD, prefetchedRow, returnItem } from './prefetch';
import type { Lookahead } from './prefetch';
import { classSpec } from '../model/classes';

export interface ItemFilter {
  classes?: readonly string[];
  lifecycleStates?: readonly string[];
  operationalStatuses?: readonly string[];
  /** The CI carries every one of these tags. */
  tags?: readonly string[];
  /** The CI is in this location or anywhere below it. */
  locationId?: string;
  /** The CI is OWNED_BY this team or person. */
  ownerId?: string;
  /** Words matched through the full-text index (prefix match, all words). */
  text?: string;
}

export const ORDER_FIELDS = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', ID: 'id' } as const;
export type OrderField = keyof typeof ORDER_FIELDS;
export interface ItemOrder {
  field: OrderField;
  direction: 'ASC' | 'DESC';
}

export interface Page {
  items: { item: Item; cursor: string }[];
  hasNextPage: boolean;
}

/** Deepest location nesting a subtree filter follows (region → … → rack → device). */
const MAX_LOCATION_DEPTH = 12;

/** How much search text Lucene takes: more words (clauses) or longer ones (automata) make it fail. */
export const SEARCH_LIMITS = { maxWords: 32, maxWordLength: 255 } as const;

/**
 * Lucene query for user words: only letters and digits survive, so nothing can be injected or mis-parsed.
 * Too many words, or a word longer than any indexed token, is refused naming the limit.
 */
export function luceneQuery(text: string, field = 'text'): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  if (words.length > SEARCH_LIMITS.maxWords) {
    throw badInput(field, `at most ${SEARCH_LIMITS.maxWords} words (search limit); got ${words.length}`);
  }
  const long = words.find((w) => w.length > SEARCH_LIMITS.maxWordLength);
  if (long) {
    throw badInput(
      field,
      `a word of at most ${SEARCH_LIMITS.maxWordLength} characters (search limit); got one of ${long.length}`,
    );
  }
  return words.map((w) => `${w}*`).join(' AND ');
}

interface Compiled {
  match: string;
  where: string[];
  params: Record<string, unknown>;
}

function compileFilter(filter: ItemFilter): Compiled {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let match = 'MATCH (n:CI)';
  for (const cls of filter.classes ?? []) {
    if (!classSpec(cls)) throw badInput('filter.classes', `unknown class ${cls}`);
  }
  if (filter.text !== undefined) {
    const lucene = luceneQuery(filter.text, 'filter.text');
    if (!lucene) throw badInput('filter.text', 'give at least one letter or digit to search for');
    match = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node AS n`;
    params.lucene = lucene;
  }
  if (filter.classes?.length === 1 && filter.text === undefined) {
    // One class: its label alone narrows the scan.
    match = `MATCH (n:${classSpec(filter.classes[0])!.name})`;
  } else if (filter.classes?.length) {
    where.push('n.class IN $classes');
    params.classes = filter.classes;
  }
  if (filter.lifecycleStates?.length) {
    where.push('n.lifecycleState IN $lifecycleStates');
    params.lifecycleStates = filter.lifecycleStates;
  }
  if (filter.operationalStatuses?.length) {
    where.push('n.operationalStatus IN $operationalStatuses');
    params.operationalStatuses = filter.operationalStatuses;
  }
  if (filter.tags?.length) {
    where.push('all(t IN $tags WHERE t IN coalesce(n.tags, []))');
    params.tags = filter.tags;
  }
  if (filter.locationId !== undefined) {
    where.push(`EXISTS { (n)-[:LOCATED_IN*0..${MAX_LOCATION_DEPTH}]->(:Location {id: $locationId}) }`);
    params.locationId = filter.locationId;
  }
  if (filter.ownerId !== undefined) {
    where.push('EXISTS { (n)-[:OWNED_BY]->(:CI {id: $ownerId}) }');
    params.ownerId = filter.ownerId;
  }
  return { match, where, params };
}

function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((v) => typeof v === 'string')) {
      return decoded as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'not a cursor this API returned');
}

export async function listItems(
  db: Executor,
  filter: ItemFilter,
  order: ItemOrder,
  first: number,
  after?: string,
  ahead: Lookahead = NO_LOOKAHEAD,
): Promise<Page> {
  const { match, where, params } = compileFilter(filter);
  const field = ORDER_FIELDS[order.field];
  const cmp = order.direction === 'ASC' ? '>' : '<';
  if (after !== undefined) {
    const [value, id] = decodeCursor(after);
    where.push(`(n.${field} ${cmp} $afterValue OR (n.${field} = $afterValue AND n.id ${cmp} $afterId))`);
    Object.assign(params, { afterValue: value, afterId: id });
  }
  // Order and cut first, then project: projecting every property of every match before the sort would
  // build a map for each of thousands of CIs to return a page of them.
  const query = `${match}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    WITH n ORDER BY n.${field} ${order.direction}, n.id ${order.direction}
    LIMIT $limit
    RETURN ${returnItem('n', ahead, [field])}`;
  const rows = await db.read('items.list', query, { ...params, limit: first + 1 });
  const items = rows.slice(0, first).map((r) => {
    const item = prefetchedRow(r, ahead);
    return { item, cursor: encodeCursor(item[field], item.id) };
  });
  return { items, hasNextPage: rows.length > first };
}

export async function countItems(db: Executor, filter: ItemFilter): Promise<number> {
  const { match, where, params } = compileFilter(filter);
  const rows = await db.read(
    'items.count',
    `${match} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS total`,
    params,
  );
  return rows[0].total as number;
}

export interface SearchHit {
  item: Item;
  score: number;
}

/** Ranked full-text search across every CI. */
export async function searchItems(
  db: Executor,
  text: string,
  first: number,
  ahead: Lookahead = NO_LOOKAHEAD,
): Promise<SearchHit[]> {
  const lucene = luceneQuery(text);
  if (!lucene) throw badInput('text', 'give at least one letter or digit to search for');
  const rows = await db.read(
    'items.search',
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $limit}) YIELD node, score
     RETURN ${returnItem('node', ahead)}, score`,
    { lucene, limit: first },
  );
  return rows.map((r) => ({ item: prefetchedRow(r, ahead), score: r.score as number }));
}
