/**
 * Point-in-time views, reconstructed from the change log: a CI's stored
 * properties and its relationships as they were at an instant, and the
 * difference between two instants.
 *
 * Reconstruction runs backwards from the graph as it is now, undoing the
 * changes made after the instant (their `before` values). So a recent
 * instant costs a few changes, and CIs written without a change record
 * (the bulk seed) still have a past: as they are now, back to their first
 * recorded change. A deleted CI starts from its DELETE record, which keeps
 * the whole node. `at` never goes backwards along the sequence, so "the
 * changes after an instant" is a suffix of each CI's history.
 */
import type { Executor } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import type { Direction } from '../items/relationships';
import { history } from './history.fold';
import type { LaterChange, RelationshipKey } from './history.fold';

export interface HistoricRelationship {
  type: string;
  direction: Direction;
  otherId: string;
  otherClass: string;
  properties: Record<string, unknown>;
}

/** The log's ciId and otherId indexes, named: an old instant must not send the planner down the at index. */
const STATE_AS_OF = `
UNWIND $ids AS id
OPTIONAL MATCH (n:CI {id: id})
CALL (id) {
  OPTIONAL MATCH (c:Change {ciId: id}) USING INDEX c:Change(ciId) WHERE c.at > $asOf AND c.relType IS NULL
  WITH c ORDER BY c.seq DESC
  RETURN collect(c {.op, .before, .seq}) AS later
}
CALL (id) {
  OPTIONAL MATCH (c:Change {ciId: id}) USING INDEX c:Change(ciId) WHERE c.at <= $asOf
  WITH c ORDER BY c.seq DESC LIMIT 1
  RETURN c {.op, .ciVersion, .ciUpdatedAt} AS last
}
RETURN id, n {.*} AS current, later, last`;

/** Stored properties of each CI at `asOf` (undefined where it did not exist), in the order of `ids`. */
export async function statesAsOf(
  db: Executor,
  ids: readonly string[],
  asOf: string,
): Promise<(Record<string, unknown> | undefined)[]> {
  const rows = await db.read('history.stateAsOf', STATE_AS_OF, { ids, asOf });
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      history.stateAt(
        (r.current as Record<string, unknown> | null) ?? undefined,
        (r.later as LaterChange[]).map(parseJson),
        (r.last as { op: string; ciVersion?: number; ciUpdatedAt?: string } | null) ?? undefined,
        asOf,
      ),
    ]),
  );
  return ids.map((id) => byId.get(id));
}

export async function itemsAsOf(db: Executor, ids: readonly string[], asOf: string): Promise<(Item | undefined)[]> {
  return (await statesAsOf(db, ids, asOf)).map((s) => (s ? itemFromNode(s) : undefined));
}

const RELATIONSHIPS_AS_OF = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (n:CI {id: id})-[r]-(m:CI)
  RETURN collect({type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
                  fromClass: startNode(r).class, toClass: endNode(r).class, properties: properties(r)}) AS current
}
CALL (id) {
  CALL (id) {
    MATCH (c:Change {ciId: id}) USING INDEX c:Change(ciId) WHERE c.relType IS NOT NULL AND c.at > $asOf RETURN c
    UNION
    MATCH (c:Change {otherId: id}) USING INDEX c:Change(otherId) WHERE c.at > $asOf RETURN c
  }
  WITH c ORDER BY c.seq DESC
  RETURN collect(c {.op, .before, .after, .seq, .relType, .ciId, .ciClass, .otherId, .otherClass}) AS later
}
RETURN id, current, later`;

/** Every relationship at either end of each CI at `asOf`, in the order of `ids`. */
export async function relationshipsAsOf(
  db: Executor,
  ids: readonly string[],
  asOf: string,
): Promise<HistoricRelationship[][]> {
  const rows = await db.read('history.relationshipsAsOf', RELATIONSHIPS_AS_OF, { ids, asOf });
  const byId = new Map(
    rows.map((r) => {
      const id = r.id as string;
      const edges = history.relationshipsAt(
        r.current as (RelationshipKey & { properties: Record<string, unknown> })[],
        (r.later as LaterChange[]).map(parseJson),
      );
      return [id, edges.flatMap((e) => seenFrom(id, e))];
    }),
  );
  return ids.map((id) => byId.get(id) ?? []);
}

/** A relationship as one of its ends sees it (both, for a loop). */
function seenFrom(id: string, e: RelationshipKey & { properties: Record<string, unknown> }): HistoricRelationship[] {
  const seen: HistoricRelationship[] = [];
  if (e.fromId === id) {
    seen.push({ type: e.type, direction: 'OUT', otherId: e.toId, otherClass: e.toClass, properties: e.properties });
  }
  if (e.toId === id) {
    seen.push({ type: e.type, direction: 'IN', otherId: e.fromId, otherClass: e.fromClass, properties: e.properties });
  }
  return seen;
}

function parseJson(c: LaterChange): LaterChange {
  const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : v);
  return { ...c, before: parse(c.before) as LaterChange['before'], after: parse(c.after) as LaterChange['after'] };
}

export interface FieldDifference {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RelationshipDifference {
  type: string;
  direction: Direction;
  otherId: string;
  otherClass: string;
  /** Properties at `from`; null when the relationship did not exist then. */
  before: Record<string, unknown> | null;
  /** Properties at `to`; null when it no longer existed. */
  after: Record<string, unknown> | null;
}

export interface ItemDiff {
  id: string;
  from: string;
  to: string;
  existedAtFrom: boolean;
  existedAtTo: boolean;
  fields: FieldDifference[];
  relationships: RelationshipDifference[];
}

/** How a CI differs between two instants: its fields (API form) and its relationships. */
export async function diffItem(db: Executor, id: string, from: string, to: string): Promise<ItemDiff> {
  const [[a], [b], [relsA], [relsB]] = await Promise.all([
    itemsAsOf(db, [id], from),
    itemsAsOf(db, [id], to),
    relationshipsAsOf(db, [id], from),
    relationshipsAsOf(db, [id], to),
  ]);
  return {
    id,
    from,
    to,
    existedAtFrom: a !== undefined,
    existedAtTo: b !== undefined,
    fields: history.fieldDifferences(a ?? {}, b ?? {}),
    relationships: history.relationshipDifferences(relsA, relsB),
  };
}
