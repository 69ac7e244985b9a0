/**
 * One record of the change log as read back: its shape and how a stored
 * Change node becomes one. Beneath both the reader and the filters.
 */
import type { ChangeOp, ChangeSource } from '../platform/changelog.writer';

/** One Change as graph/ hands it out, with its recorded values parsed. */
export interface ChangeRecord {
  seq: number;
  at: string;
  actor: string;
  source: ChangeSource;
  requestId: string;
  jobId: string | null;
  op: ChangeOp;
  ciId: string;
  ciClass: string;
  /** Stored values before the write (only those that changed; the whole CI for a delete). */
  before: Record<string, unknown> | null;
  /** Stored values after the write (the whole CI for a create). */
  after: Record<string, unknown> | null;
  /** For RELATE/UNRELATE: the relationship, from `ciId` to `toId`. */
  relationship: { type: string; toId: string; toClass: string } | null;
  /** The CI's version and updatedAt when the change was appended. */
  ciVersion: number | null;
  ciUpdatedAt: string | null;
}

export function changeFromNode(node: Record<string, unknown>): ChangeRecord {
  const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null);
  return {
    seq: node.seq as number,
    at: node.at as string,
    actor: node.actor as string,
    source: node.source as ChangeSource,
    requestId: node.requestId as string,
    jobId: (node.jobId as string | undefined) ?? null,
    op: node.op as ChangeOp,
    ciId: node.ciId as string,
    ciClass: node.ciClass as string,
    before: json(node.before),
    after: json(node.after),
    relationship:
      typeof node.relType === 'string'
        ? { type: node.relType, toId: node.otherId as string, toClass: node.otherClass as string }
        : null,
    ciVersion: (node.ciVersion as number | undefined) ?? null,
    ciUpdatedAt: (node.ciUpdatedAt as string | undefined) ?? null,
  };
}
