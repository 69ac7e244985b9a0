/**
 * The Cypher a transition runs. Every query takes all the plans of a
 * request at once (UNWIND); relationship types and unique field names come
 * only from the model's tables, never from a request.
 */
import type { RelationshipType } from '../model/relationships.rules';
import { relationshipRule } from '../model/relationships.rules';
import { HARDWARE_FIELDS } from '../model/classes';

/**
 * Lock every CI before reading it, in id order so two bulk requests over
 * the same CIs cannot deadlock (see lockItem in graph/items.ts for why the
 * lock comes before the version check).
 */
export const LOCK_ITEMS = `
UNWIND $ids AS id
MATCH (n:CI {id: id})
SET n._lock = true REMOVE n._lock
RETURN n {.*} AS n`;

/** The class of every CI a reference detail names (null when there is none). */
export const REFERENCED_CLASSES = `
UNWIND $refs AS ref
OPTIONAL MATCH (m:CI {id: ref.targetId})
RETURN ref.i AS i, ref.detail AS detail, m.class AS cls`;

/** Other hardware already holding a value of a unique field (name from the class table). */
export function uniqueHolders(field: string): string {
  const spec = HARDWARE_FIELDS.find((f) => f.name === field && f.unique);
  if (!spec) throw new Error(`not a unique hardware field: ${field}`);
  return `
UNWIND $claims AS c
MATCH (h:Hardware {${spec.name}: c.value}) WHERE h.id <> c.id
RETURN c.i AS i, h.id AS holder`;
}

export const SET_STATE = `
UNWIND $rows AS row
MATCH (n:CI {id: row.id})
SET n += row.props, n.lifecycleState = row.to, n.version = n.version + 1, n.updatedAt = $now
RETURN row.i AS i, n {.*} AS n`;

/** Remove the CIs' outgoing relationships of the given types, reporting what was removed. */
export const UNRELATE_TYPES = `
UNWIND $rows AS row
MATCH (n:CI {id: row.id})-[r]->(m:CI)
WHERE type(r) IN row.types
WITH row, r, m, type(r) AS type, properties(r) AS props
DELETE r
RETURN row.i AS i, type, m.id AS toId, m.class AS toClass, props`;

/**
 * Point each CI's relationship of this type at its new target, removing any
 * other target it had (these types allow one target per source).
 */
export function replaceTarget(type: RelationshipType): string {
  const rule = relationshipRule(type);
  if (!rule) throw new Error(`not a relationship type in the table: ${type}`);
  return `
UNWIND $rows AS row
MATCH (a:CI {id: row.id}), (b:CI {id: row.targetId})
OPTIONAL MATCH (a)-[old:${rule.type}]->(x:CI) WHERE x <> b
WITH a, b, row, collect(old) AS olds, collect(x {.id, .class, props: properties(old)}) AS removed
FOREACH (o IN olds | DELETE o)
WITH a, b, row, removed, EXISTS { (a)-[:${rule.type}]->(b) } AS existed
MERGE (a)-[:${rule.type}]->(b)
RETURN row.i AS i, b.class AS toClass, removed, existed`;
}

/** Append one immutable event per CI, numbered after the CI's earlier events. */
export const RECORD_EVENTS = `
UNWIND $events AS e
MATCH (n:CI {id: e.ciId})
WITH n, e, COUNT { (n)-[:HAD_EVENT]->(:LifecycleEvent) } AS earlier
CREATE (n)-[:HAD_EVENT]->(:LifecycleEvent {
  id: e.id, ciId: e.ciId, seq: earlier + 1, from: e.from, to: e.to, details: e.details,
  actor: $actor, source: $source, requestId: $requestId, at: $at, changeSeq: e.changeSeq
})`;

/** Every CI's events, oldest first, in the order of $ids. */
export const EVENTS_OF = `
UNWIND $ids AS id
OPTIONAL MATCH (:CI {id: id})-[:HAD_EVENT]->(e:LifecycleEvent)
WITH id, e ORDER BY e.seq
RETURN id, collect(e {.*}) AS events`;
