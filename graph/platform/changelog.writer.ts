/**
 * The change log, written as a transactional outbox: every write appends its
 * Change records in the same transaction, so a change is visible exactly
 * when the write committed. `seq` comes from one counter node whose write
 * lock is held until commit, which makes the sequence gap-free and in commit
 * order: a reader that has seen N has seen everything up to N.
 *
 * `at` goes forward with `seq`: each transaction's changes share one
 * instant, later than every earlier transaction's (the write's own time, or
 * a millisecond after the previous one's, decided under the same lock), so a
 * point in time selects a prefix of the log and the `at` of any change
 * names the state just after its transaction. Each change also records the
 * CI's `version` and `updatedAt` as they stand when it is appended, so call
 * `appendChanges` after the write it describes (a delete: before removing).
 */
import type { Tx } from './executor';

/** SBOM: a CI's components replaced by an SBOM import (after: the diff; before: null, so history folds skip it). */
export const CHANGE_OPS = ['CREATE', 'UPDATE', 'DELETE', 'RELATE', 'UNRELATE', 'TRANSITION', 'STATUS', 'SBOM'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

export const CHANGE_SOURCES = ['api', 'import', 'system'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

/** Who is writing, carried from the request into every Change it leaves. */
export interface WriteContext {
  actor: string;
  source: ChangeSource;
  requestId: string;
  /** Import job id, when the write comes from an import. */
  jobId?: string;
}

export interface ChangeInput {
  op: ChangeOp;
  ciId: string;
  ciClass: string;
  /** Field values before the write (only the fields that changed), null for a create. */
  before: Record<string, unknown> | null;
  /** Field values after the write, null for a delete. */
  after: Record<string, unknown> | null;
  /** For RELATE/UNRELATE: the relationship, with `ciId` as its source. */
  relationship?: { type: string; toId: string; toClass: string };
}

/**
 * An epoch-millisecond integer as ISO-8601 UTC with milliseconds, exactly as
 * JS's toISOString writes it (Neo4j's own toString drops zero fractions, and
 * `at` must compare as text).
 */
export function isoMillisCypher(ms: string): string {
  const d = `datetime({epochMillis: ${ms}})`;
  const pad = (part: string, width: number) => `right('000' + toString(${d}.${part}), ${width})`;
  return `toString(${d}.year) + '-' + ${pad('month', 2)} + '-' + ${pad('day', 2)} + 'T' + ${pad('hour', 2)} + ':' + ${pad('minute', 2)} + ':' + ${pad('second', 2)} + '.' + ${pad('millisecond', 3)} + 'Z'`;
}

/**
 * A CALL subquery that appends the change maps in the list variable `list`
 * (shaped like `changeRows`' output) and yields `first`, the first sequence
 * number taken (null when the list is empty). It expects the parameters of
 * `changeParams`. The counter's write lock, taken by its first SET and held
 * to commit, is the last thing a write should take: every writer queues on it.
 */
export function appendChangesCypher(list: string): string {
  return `CALL (${list}) {
  WITH ${list} AS changes WHERE size(changes) > 0
  MATCH (s:Sequence {name: 'change'})
  SET s.value = s.value + size(changes)
  WITH changes, s, s.value - size(changes) AS base,
       CASE WHEN s.lastAtMs IS NULL OR s.lastAtMs < $atMs THEN $atMs ELSE s.lastAtMs + 1 END AS atMs
  SET s.lastAtMs = atMs
  WITH changes, base, CASE WHEN atMs = $atMs THEN $at ELSE ${isoMillisCypher('atMs')} END AS at
  UNWIND range(0, size(changes) - 1) AS i
  WITH base + i + 1 AS seq, at, changes[i] AS c
  OPTIONAL MATCH (self:CI {id: c.ciId})
  CREATE (ch:Change {
    seq: seq, at: at, actor: $actor, source: $source, requestId: $requestId, jobId: $jobId,
    op: c.op, ciId: c.ciId, ciClass: c.ciClass, before: c.before, after: c.after,
    relType: c.relType, otherId: c.otherId, otherClass: c.otherClass,
    ciVersion: self.version, ciUpdatedAt: self.updatedAt
  })
  // Found once, the CI gives the change both its version and its link.
  FOREACH (n IN CASE WHEN self IS NULL THEN [] ELSE [self] END | CREATE (ch)-[:CHANGED]->(n))
  WITH ch, c
  CALL (ch, c) {
    MATCH (other:CI {id: c.otherId}) WHERE c.otherId <> c.ciId
    CREATE (ch)-[:CHANGED]->(other)
  }
  RETURN min(ch.seq) AS first
}`;
}

/** One statement, so the lock is held for as little as possible. */
const APPEND = `WITH $changes AS changes
${appendChangesCypher('changes')}
RETURN first`;

/**
 * A Cypher expression for the JSON text of `expr`, a string or null (for a
 * change's before/after built inside a statement). Quotes and backslashes
 * are escaped; the values it is used for hold no control characters.
 */
export function jsonStringCypher(expr: string): string {
  return String.raw`CASE WHEN ${expr} IS NULL THEN 'null' ELSE '"' + replace(replace(${expr}, '\\', '\\\\'), '"', '\\"') + '"' END`;
}

/** The parameters `appendChangesCypher` reads besides the list: who writes, and when. */
export function changeParams(ctx: WriteContext, at: string = new Date().toISOString()): Record<string, unknown> {
  const wanted = Date.parse(at);
  const atMs = Number.isNaN(wanted) ? Date.now() : wanted;
  return {
    atMs,
    at: new Date(atMs).toISOString(),
    actor: ctx.actor,
    source: ctx.source,
    requestId: ctx.requestId,
    jobId: ctx.jobId ?? null,
  };
}

/** Change inputs as the maps `appendChangesCypher` appends (before/after as JSON text). */
export function changeRows(changes: readonly ChangeInput[]): Record<string, unknown>[] {
  return changes.map((c) => ({
    op: c.op,
    ciId: c.ciId,
    ciClass: c.ciClass,
    before: c.before === null ? null : JSON.stringify(c.before),
    after: c.after === null ? null : JSON.stringify(c.after),
    relType: c.relationship?.type ?? null,
    otherId: c.relationship?.toId ?? null,
    otherClass: c.relationship?.toClass ?? null,
  }));
}

/**
 * Append change records inside the caller's write transaction; returns the
 * sequence numbers taken. `at` is the write's time (pass the `updatedAt` it
 * stamped, so that a point-in-time view at that instant includes the write);
 * it is moved forward when an earlier transaction already has that time or
 * a later one.
 */
export async function appendChanges(
  tx: Tx,
  ctx: WriteContext,
  changes: readonly ChangeInput[],
  at: string = new Date().toISOString(),
): Promise<number[]> {
  if (changes.length === 0) return [];
  const params = changeParams(ctx, at);
  const rows = await tx.run(APPEND, { ...params, changes: changeRows(changes) });
  const first = rows[0].first as number;
  return changes.map((_, i) => first + i);
}

/**
 * Bulk writes that bypass the change log (seeding an estate, clearing it, a
 * test reset) start a new epoch on the change counter, so what is kept in
 * step with the log (graph/network/wired.cache.ts) knows to start over.
 */
export const START_NEW_EPOCH = "MATCH (s:Sequence {name: 'change'}) SET s.epoch = randomUUID()";
