/**
 * Reading the change log: pages of Change records in sequence order, with a
 * filter, and the sequence number of the last committed change.
 */
import type { Executor } from '../platform/executor';
import { badInput } from '../platform/errors';
import { changeFromNode } from './change.record';
import type { ChangeRecord } from './change.record';
import { filterCypher } from './changes.filter';
import type { ChangeFilter } from './changes.filter';

export interface ChangePageRequest {
  filter?: ChangeFilter;
  /** ASC: changes after this seq (default 0). DESC: changes before this seq (default: the newest). */
  cursor?: number;
  /** ASC only: no change past this seq (a reader pins the head it has seen). */
  upTo?: number;
  limit: number;
  order?: 'ASC' | 'DESC';
}

/**
 * Where a page's candidates come from: the changes of the given CIs through
 * the ciId and otherId indexes, else the whole log through the seq index
 * (read in seq order, so a page stops after `limit` matches).
 */
const source = (filter: ChangeFilter) =>
  filter.ciIds?.length
    ? `CALL () {
         MATCH (c:Change) WHERE c.ciId IN $ciIds RETURN c
         UNION
         MATCH (c:Change) WHERE c.otherId IN $ciIds RETURN c
       }
       WITH c`
    : 'MATCH (c:Change)';

/** One page of changes, in sequence order (ascending unless asked otherwise). */
export async function readChanges(db: Executor, request: ChangePageRequest): Promise<ChangeRecord[]> {
  const order = request.order ?? 'ASC';
  const filter = request.filter ?? {};
  const { conditions, params } = filterCypher(filter);
  if (order === 'ASC') conditions.unshift('c.seq > $cursor');
  else if (request.cursor !== undefined) conditions.unshift('c.seq < $cursor');
  if (request.upTo !== undefined) conditions.push('c.seq <= $upTo');
  const rows = await db.read(
    'changes.read',
    `${source(filter)} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     WITH c ORDER BY c.seq ${order} LIMIT $limit
     RETURN c {.*} AS c`,
    { ...params, cursor: request.cursor ?? 0, upTo: request.upTo, limit: request.limit },
  );
  return rows.map((r) => changeFromNode(r.c as Record<string, unknown>));
}

/** The sequence number of the last committed change (0 for an empty log). */
export async function readHead(db: Executor): Promise<number> {
  const rows = await db.read('changes.head', "MATCH (s:Sequence {name: 'change'}) RETURN s.value AS head");
  return (rows[0]?.head as number | undefined) ?? 0;
}

/** A change cursor is a change's sequence number in decimal; anything else is refused. */
export function parseCursor(cursor: string | null | undefined, field = 'after'): number | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  if (!/^\d{1,15}$/.test(cursor))
    throw badInput(field, `a change cursor is a sequence number like "42"; got "${cursor}"`);
  return Number(cursor);
}

export interface HistoryRequest {
  /** Changes per CI. */
  limit: number;
  order: 'ASC' | 'DESC';
  /** ASC: after this seq; DESC: before it. */
  cursor?: number;
  /** Only changes at or before this instant (a CI read as of it). */
  until?: string;
}

/**
 * A page of the history of each CI (its changes and those of relationships
 * at either end), in the order of `ids`, in one query for all of them.
 */
export async function readHistories(
  db: Executor,
  ids: readonly string[],
  request: HistoryRequest,
): Promise<ChangeRecord[][]> {
  const order = request.order === 'ASC' ? 'ASC' : 'DESC';
  const rows = await db.read(
    'changes.histories',
    `UNWIND $ids AS id
     CALL (id) {
       CALL (id) {
         MATCH (c:Change {ciId: id}) USING INDEX c:Change(ciId) RETURN c
         UNION
         MATCH (c:Change {otherId: id}) USING INDEX c:Change(otherId) RETURN c
       }
       WITH c WHERE ($cursor IS NULL OR c.seq ${order === 'ASC' ? '>' : '<'} $cursor)
         AND ($until IS NULL OR c.at <= $until)
       WITH c ORDER BY c.seq ${order} LIMIT $limit
       RETURN collect(c {.*}) AS changes
     }
     RETURN id, changes`,
    { ids, cursor: request.cursor ?? null, until: request.until ?? null, limit: request.limit },
  );
  const byId = new Map(rows.map((r) => [r.id as string, (r.changes as Record<string, unknown>[]).map(changeFromNode)]));
  return ids.map((id) => byId.get(id) ?? []);
}
