/**
 * Outage records: `(:Incident {id, title, description, severity, status,
 * openedAt, mitigatedAt, resolvedAt, updatedAt})-[:AFFECTS]->(:CI)`.
 * Incidents are not CIs; each write is one transaction that also appends a
 * Change (ciClass 'Incident', ciId the incident's id). The services an
 * incident hits are not stored but computed from the graph when asked.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Executor, Tx } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { badInput, EstateError, notFound } from '../platform/errors';
import { idSchema } from '../items/items.validation';
import {
  INCIDENT_LIMITS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  STATUS_TIMESTAMP,
  transitionRefusal,
} from './incident.rules';
import type { IncidentStatus } from './incident.rules';

export interface Incident {
  id: string;
  title: string;
  description: string | null;
  severity: string;
  status: IncidentStatus;
  openedAt: string;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  updatedAt: string;
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const instant = z.iso.datetime({ offset: true, message: 'expected an ISO-8601 instant' });
const ids = z
  .array(idSchema)
  .max(INCIDENT_LIMITS.maxAffects, `at most ${INCIDENT_LIMITS.maxAffects} CIs`)
  .refine((list) => new Set(list).size === list.length, 'lists a CI twice');

const openSchema = z.strictObject({
  id: idSchema.optional(),
  title: text(INCIDENT_LIMITS.maxTitle),
  description: text(INCIDENT_LIMITS.maxDescription).optional(),
  severity: z.enum(INCIDENT_SEVERITIES),
  affects: ids.min(1, 'name at least one affected CI'),
  openedAt: instant.optional(),
});

const patchSchema = z
  .strictObject({
    title: text(INCIDENT_LIMITS.maxTitle).optional(),
    description: text(INCIDENT_LIMITS.maxDescription).nullable().optional(),
    severity: z.enum(INCIDENT_SEVERITIES).optional(),
    status: z.enum(INCIDENT_STATUSES).optional(),
    addAffects: ids.optional(),
    removeAffects: ids.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'give at least one field to change');

export type OpenIncidentInput = z.input<typeof openSchema>;
export type IncidentPatch = z.input<typeof patchSchema> & { at?: string };

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(
    Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== undefined)),
  );
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: [path, ...issue.path.map(String)].join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
    reason: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message,
  }));
  throw new EstateError('BAD_USER_INPUT', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
}

const INCIDENT_FIELDS =
  'i {.id, .title, .description, .severity, .status, .openedAt, .mitigatedAt, .resolvedAt, .updatedAt}';

function incidentFrom(value: unknown): Incident {
  const i = value as Record<string, unknown>;
  return {
    id: i.id as string,
    title: i.title as string,
    description: (i.description as string | null) ?? null,
    severity: i.severity as string,
    status: i.status as IncidentStatus,
    openedAt: i.openedAt as string,
    mitigatedAt: (i.mitigatedAt as string | null) ?? null,
    resolvedAt: (i.resolvedAt as string | null) ?? null,
    updatedAt: i.updatedAt as string,
  };
}

/** Refuse CI ids that do not exist, naming the first by its position in the list. */
async function checkCIsExist(tx: Tx, list: readonly string[], field: string): Promise<void> {
  if (list.length === 0) return;
  const rows = await tx.run('UNWIND $ids AS id MATCH (n:CI {id: id}) RETURN collect(n.id) AS found', { ids: list });
  const found = new Set(rows[0].found as string[]);
  const missing = list.findIndex((id) => !found.has(id));
  if (missing >= 0) throw notFound('CI', list[missing], `${field}[${missing}]`);
}

export async function openIncident(db: Executor, ctx: WriteContext, input: OpenIncidentInput): Promise<Incident> {
  const valid = parse(openSchema, input, 'input');
  const now = new Date().toISOString();
  const props = {
    id: valid.id ?? `inc-${randomUUID()}`,
    title: valid.title,
    description: valid.description ?? null,
    severity: valid.severity,
    status: 'OPEN',
    openedAt: valid.openedAt ? new Date(valid.openedAt).toISOString() : now,
    updatedAt: now,
  };
  return db.writeTx('openIncident', async (tx) => {
    await checkCIsExist(tx, valid.affects, 'input.affects');
    if ((await tx.run('MATCH (i:Incident {id: $id}) RETURN i.id AS id', { id: props.id })).length > 0) {
      throw new EstateError('CONFLICT', `incident ${props.id} already exists`, [
        { field: 'input.id', reason: 'another incident has this id' },
      ]);
    }
    const rows = await tx.run(
      `CREATE (i:Incident) SET i = $props
       WITH i
       CALL (i) { UNWIND $affects AS ciId MATCH (n:CI {id: ciId}) CREATE (i)-[:AFFECTS]->(n) }
       RETURN ${INCIDENT_FIELDS} AS i`,
      { props, affects: valid.affects },
    );
    await appendChanges(
      tx,
      ctx,
      [
        {
          op: 'CREATE',
          ciId: props.id,
          ciClass: 'Incident',
          before: null,
          after: { ...props, affects: valid.affects },
        },
      ],
      now,
    );
    return incidentFrom(rows[0].i);
  });
}

export async function updateIncident(
  db: Executor,
  ctx: WriteContext,
  id: string,
  patch: IncidentPatch,
): Promise<Incident> {
  const { at, ...fields } = patch;
  const valid = parse(patchSchema, fields, 'patch');
  const now = new Date().toISOString();
  return db.writeTx('updateIncident', async (tx) => {
    const locked = await tx.run(
      `MATCH (i:Incident {id: $id}) SET i._lock = true REMOVE i._lock RETURN ${INCIDENT_FIELDS} AS i`,
      {
        id,
      },
    );
    if (locked.length === 0) throw notFound('incident', id, 'id');
    const current = incidentFrom(locked[0].i);
    const set: Record<string, unknown> = {};
    for (const key of ['title', 'description', 'severity'] as const) {
      if (valid[key] !== undefined && valid[key] !== current[key]) set[key] = valid[key];
    }
    if (valid.status !== undefined && valid.status !== current.status) {
      const refusal = transitionRefusal(current.status, valid.status);
      if (refusal) throw badInput('patch.status', refusal);
      set.status = valid.status;
      const stamp = STATUS_TIMESTAMP[valid.status];
      const when = at ? new Date(at).toISOString() : now;
      if (stamp) {
        if (at && when < current.openedAt) {
          throw badInput(stamp, `${when} is before the incident opened (${current.openedAt})`);
        }
        set[stamp] = when;
      }
      if (valid.status === 'OPEN') set.resolvedAt = null;
    }
    const add = valid.addAffects ?? [];
    const remove = valid.removeAffects ?? [];
    await checkCIsExist(tx, add, 'patch.addAffects');
    const links = await tx.run(
      `MATCH (i:Incident {id: $id})
       CALL (i) {
         UNWIND $add AS ciId MATCH (n:CI {id: ciId}) WHERE NOT (i)-[:AFFECTS]->(n)
         CREATE (i)-[:AFFECTS]->(n) RETURN count(*) AS added
       }
       CALL (i) {
         UNWIND $remove AS ciId MATCH (i)-[r:AFFECTS]->(:CI {id: ciId})
         DELETE r RETURN collect(ciId) AS removed
       }
       RETURN added, removed, COUNT { (i)-[:AFFECTS]->(:CI) } AS left`,
      { id, add, remove },
    );
    const { added, removed, left } = links[0] as { added: number; removed: string[]; left: number };
    if (left === 0) throw badInput('patch.removeAffects', 'an incident must keep at least one affected CI');
    if (Object.keys(set).length === 0 && added === 0 && removed.length === 0) return current;
    const rows = await tx.run(
      `MATCH (i:Incident {id: $id}) SET i += $set, i.updatedAt = $now RETURN ${INCIDENT_FIELDS} AS i`,
      {
        id,
        set,
        now,
      },
    );
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, current[k as keyof Incident]]));
    await appendChanges(
      tx,
      ctx,
      [
        {
          op: 'UPDATE',
          ciId: id,
          ciClass: 'Incident',
          before,
          after: {
            ...set,
            ...(add.length ? { addAffects: add } : {}),
            ...(removed.length ? { removeAffects: removed } : {}),
          },
        },
      ],
      now,
    );
    return incidentFrom(rows[0].i);
  });
}

export function resolveIncident(db: Executor, ctx: WriteContext, id: string, resolvedAt?: string): Promise<Incident> {
  if (resolvedAt !== undefined && !instant.safeParse(resolvedAt).success) {
    throw badInput('resolvedAt', 'expected an ISO-8601 instant');
  }
  return updateIncident(db, ctx, id, { status: 'RESOLVED', at: resolvedAt });
}

export async function getIncidents(db: Executor, idList: readonly string[]): Promise<(Incident | undefined)[]> {
  const rows = await db.read(
    'incidents.byId',
    `UNWIND $ids AS id MATCH (i:Incident {id: id}) RETURN ${INCIDENT_FIELDS} AS i`,
    {
      ids: idList,
    },
  );
  const byId = new Map(rows.map((r) => [(r.i as Incident).id, incidentFrom(r.i)]));
  return idList.map((id) => byId.get(id));
}

/** The ids of the CIs each incident affects, in the order of `incidentIds` (for DataLoader). */
export async function affectedIds(db: Executor, incidentIds: readonly string[]): Promise<string[][]> {
  const rows = await db.read(
    'incidents.affects',
    `UNWIND $ids AS id MATCH (i:Incident {id: id})
     RETURN id, COLLECT { MATCH (i)-[:AFFECTS]->(n:CI) RETURN n.id ORDER BY n.id } AS affects`,
    { ids: incidentIds },
  );
  const byId = new Map(rows.map((r) => [r.id as string, r.affects as string[]]));
  return incidentIds.map((id) => byId.get(id) ?? []);
}

export interface IncidentFilter {
  statuses?: readonly string[];
  severities?: readonly string[];
  /** Incidents that affect this CI. */
  affectsId?: string;
  openedAfter?: string;
  openedBefore?: string;
}

function compileFilter(filter: IncidentFilter) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.statuses?.length) {
    where.push('i.status IN $statuses');
    params.statuses = filter.statuses;
  }
  if (filter.severities?.length) {
    where.push('i.severity IN $severities');
    params.severities = filter.severities;
  }
  if (filter.affectsId !== undefined) {
    where.push('EXISTS { (i)-[:AFFECTS]->(:CI {id: $affectsId}) }');
    params.affectsId = filter.affectsId;
  }
  for (const [key, op] of [
    ['openedAfter', '>='],
    ['openedBefore', '<'],
  ] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    if (!instant.safeParse(value).success) throw badInput(`filter.${key}`, 'expected an ISO-8601 instant');
    where.push(`i.openedAt ${op} $${key}`);
    params[key] = new Date(value).toISOString();
  }
  return { where, params };
}

function encodeCursor(i: Incident): string {
  return Buffer.from(JSON.stringify([i.openedAt, i.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // refused below
  }
  throw badInput('after', 'not a cursor this API returned');
}

/** Incidents matching a filter, newest opened first, a page at a time (keyset cursors). */
export async function listIncidents(db: Executor, filter: IncidentFilter, first: number, after?: string) {
  const { where, params } = compileFilter(filter);
  if (after !== undefined) {
    const [openedAt, id] = decodeCursor(after);
    where.push('(i.openedAt < $afterOpenedAt OR (i.openedAt = $afterOpenedAt AND i.id < $afterId))');
    Object.assign(params, { afterOpenedAt: openedAt, afterId: id });
  }
  const rows = await db.read(
    'incidents.list',
    `MATCH (i:Incident) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     RETURN ${INCIDENT_FIELDS} AS i ORDER BY i.openedAt DESC, i.id DESC LIMIT $limit`,
    { ...params, limit: first + 1 },
  );
  const items = rows.slice(0, first).map((r) => {
    const incident = incidentFrom(r.i);
    return { incident, cursor: encodeCursor(incident) };
  });
  return { items, hasNextPage: rows.length > first };
}

export async function countIncidents(db: Executor, filter: IncidentFilter): Promise<number> {
  const { where, params } = compileFilter(filter);
  const rows = await db.read(
    'incidents.count',
    `MATCH (i:Incident) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(i) AS n`,
    params,
  );
  return rows[0].n as number;
}
