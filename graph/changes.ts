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

export const CHANGE_OPS = ['CREATE', 'UPDATE', 'DELETE', 'RELATE', 'UNRELATE', 'TRANSITION', 'STATUS'] as const;
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
 * One statement, so the counter's write lock (taken by its first SET and
 * held to commit) covers as little as possible: every writer queues on it.
 */
const APPEND = `
MATCH (s:Sequence {name: 'change'})
SET s.value = s.value + size($changes)
WITH s, s.value - size($changes) AS base,
     CASE WHEN s.lastAtMs IS NULL OR s.lastAtMs < $atMs THEN $atMs ELSE s.lastAtMs + 1 END AS atMs
SET s.lastAtMs = atMs
WITH base, CASE WHEN atMs = $atMs THEN $at ELSE ${isoMillisCypher('atMs')} END AS at
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, at, $changes[i] AS c
CREATE (ch:Change {
  seq: seq, at: at, actor: $actor, source: $source, requestId: $requestId, jobId: $jobId,
  op: c.op, ciId: c.ciId, ciClass: c.ciClass, before: c.before, after: c.after,
  relType: c.relType, otherId: c.otherId, otherClass: c.otherClass
})
WITH ch, c
OPTIONAL MATCH (self:CI {id: c.ciId})
SET ch.ciVersion = self.version, ch.ciUpdatedAt = self.updatedAt
WITH ch, c
CALL (ch, c) {
  MATCH (n:CI) WHERE n.id IN [c.ciId, c.otherId]
  CREATE (ch)-[:CHANGED]->(n)
}
RETURN min(ch.seq) AS first`;

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
  const wanted = Date.parse(at);
  const atMs = Number.isNaN(wanted) ? Date.now() : wanted;
  const rows = await tx.run(APPEND, {
    atMs,
    at: new Date(atMs).toISOString(),
    actor: ctx.actor,
    source: ctx.source,
    requestId: ctx.requestId,
    jobId: ctx.jobId ?? null,
    changes: changes.map((c) => ({
      op: c.op,
      ciId: c.ciId,
      ciClass: c.ciClass,
      before: c.before === null ? null : JSON.stringify(c.before),
      after: c.after === null ? null : JSON.stringify(c.after),
      relType: c.relationship?.type ?? null,
      otherId: c.relationship?.toId ?? null,
      otherClass: c.relationship?.toClass ?? null,
    })),
  });
  const first = rows[0].first as number;
  return changes.map((_, i) => first + i);
}
