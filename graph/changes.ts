/**
 * The change log, written as a transactional outbox: every write appends its
 * Change records in the same transaction, so a change is visible exactly
 * when the write committed. `seq` comes from one counter node whose write
 * lock is held until commit, which makes the sequence gap-free and in commit
 * order: a reader that has seen N has seen everything up to N.
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

const APPEND = `
MATCH (s:Sequence {name: 'change'})
SET s.value = s.value + size($changes)
WITH s.value - size($changes) AS base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, $changes[i] AS c
CREATE (ch:Change {
  seq: seq, at: $at, actor: $actor, source: $source, requestId: $requestId, jobId: $jobId,
  op: c.op, ciId: c.ciId, ciClass: c.ciClass, before: c.before, after: c.after,
  relType: c.relType, otherId: c.otherId, otherClass: c.otherClass
})
WITH ch, c
CALL (ch, c) {
  MATCH (n:CI) WHERE n.id IN [c.ciId, c.otherId]
  CREATE (ch)-[:CHANGED]->(n)
}
RETURN min(ch.seq) AS first, max(ch.seq) AS last`;

/** Append change records inside the caller's write transaction; returns the sequence numbers taken. */
export async function appendChanges(tx: Tx, ctx: WriteContext, changes: readonly ChangeInput[]): Promise<number[]> {
  if (changes.length === 0) return [];
  const rows = await tx.run(APPEND, {
    at: new Date().toISOString(),
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
  const first = rows[0]?.first as number;
  return changes.map((_, i) => first + i);
}
