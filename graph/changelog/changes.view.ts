/**
 * A change as clients see it (GraphQL's Change type and webhook payloads
 * alike): the log's record plus its cursor, the CI version, the field
 * changes one by one and the relationship with both ends.
 */
import type { ChangeRecord } from './change.record';

export interface FieldChangeView {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeView {
  seq: number;
  cursor: string;
  at: string;
  actor: string;
  source: string;
  requestId: string;
  jobId: string | null;
  op: string;
  ciId: string;
  ciClass: string;
  version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  fields: FieldChangeView[];
  relationship: {
    type: string;
    fromId: string;
    fromClass: string;
    toId: string;
    toClass: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  } | null;
}

/** Stored attributes are JSON text; show them as the object they are. */
function readable(values: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!values || typeof values.attributes !== 'string') return values;
  try {
    return { ...values, attributes: JSON.parse(values.attributes) as unknown };
  } catch {
    return values;
  }
}

export function changeView(c: ChangeRecord): ChangeView {
  const before = readable(c.before);
  const after = readable(c.after);
  const rel = c.relationship;
  const fields = rel
    ? []
    : [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
        .sort()
        .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
  const properties = (v: Record<string, unknown> | null) =>
    v ? ((v.properties as Record<string, unknown> | undefined) ?? {}) : null;
  return {
    seq: c.seq,
    cursor: String(c.seq),
    at: c.at,
    actor: c.actor,
    source: c.source,
    requestId: c.requestId,
    jobId: c.jobId,
    op: c.op,
    ciId: c.ciId,
    ciClass: c.ciClass,
    version: c.ciVersion,
    before,
    after,
    fields,
    relationship: rel && {
      type: rel.type,
      fromId: c.ciId,
      fromClass: c.ciClass,
      toId: rel.toId,
      toClass: rel.toClass,
      before: properties(c.before),
      after: properties(c.after),
    },
  };
}
