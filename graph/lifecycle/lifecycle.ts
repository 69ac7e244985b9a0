/**
 * Carrying out lifecycle transitions, one or many in one write transaction
 * (all or nothing). The steps, each one query for the whole request:
 * lock and read the CIs; plan each move against the table (state, version,
 * details); check referenced CIs, unique values and guards; then set the
 * state and fields, move relationships, append the Change records and the
 * immutable lifecycle events. Any refusal throws before the first write,
 * and the transaction rolls back whatever happens, so a refused request
 * writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { WriteContext, ChangeInput } from '../platform/changelog.writer';
import { appendChanges } from '../platform/changelog.writer';
import { badInput, EstateError } from '../platform/errors';
import type { Executor, Tx } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { checkRelationship } from '../model/relationships.rules';
import type { RelationshipType } from '../model/relationships.rules';
import { today as todayUtc } from './dates';
import { runGuards } from './lifecycle.guards';
import {
  EVENTS_OF,
  LOCK_ITEMS,
  RECORD_EVENTS,
  REFERENCED_CLASSES,
  replaceTarget,
  SET_STATE,
  UNRELATE_TYPES,
  uniqueHolders,
} from './lifecycle.cypher';
import { planTransition } from './lifecycle.plan';
import type { Plan, TransitionRequest } from './lifecycle.plan';
import { inBulk, refuse, SINGLE } from './refusals';

export type { TransitionRequest } from './lifecycle.plan';

/** Most transitions one bulk request may carry. */
export const MAX_BULK_TRANSITIONS = 500;

export async function transitionLifecycle(db: Executor, ctx: WriteContext, request: TransitionRequest): Promise<Item> {
  const [item] = await run(db, ctx, [request], false);
  return item;
}

/** Many transitions in one transaction: all happen or none does; a refusal names the request's index and id. */
export async function transitionMany(
  db: Executor,
  ctx: WriteContext,
  requests: readonly TransitionRequest[],
): Promise<Item[]> {
  if (requests.length === 0) throw badInput('requests', 'give at least one transition');
  if (requests.length > MAX_BULK_TRANSITIONS) {
    throw new EstateError('LIMIT_EXCEEDED', `at most ${MAX_BULK_TRANSITIONS} transitions per request`, [
      { field: 'requests', reason: `got ${requests.length}; split them (bulk transition limit)` },
    ]);
  }
  const seen = new Map<string, number>();
  requests.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) {
      throw badInput(
        `requests.${i}.id`,
        `${r.id} is already moved by request ${first}; one transition per CI per request`,
      );
    }
    seen.set(r.id, i);
  });
  return run(db, ctx, requests, true);
}

async function run(
  db: Executor,
  ctx: WriteContext,
  requests: readonly TransitionRequest[],
  bulk: boolean,
): Promise<Item[]> {
  const now = new Date();
  const today = todayUtc(now);
  return db.writeTx('transitionLifecycle', async (tx) => {
    const ids = [...new Set(requests.map((r) => r.id))].sort();
    const rows = await tx.run(LOCK_ITEMS, { ids });
    const current = new Map(rows.map((r) => [(r.n as { id: string }).id, r.n as Record<string, unknown>]));
    const plans = requests.map((r, i) =>
      planTransition(i, bulk ? inBulk(i, r.id) : SINGLE, r, current.get(r.id), today),
    );
    await checkReferences(tx, plans);
    await checkUnique(tx, plans);
    await runGuards(tx, plans);
    return apply(tx, ctx, plans, now.toISOString());
  });
}

/**
 * The lifecycle side of creating a CI past PLANNED (lifecycle.creation.ts), in the create's transaction
 * once the node and its CREATE change are written: the referenced CIs checked and related, the path's
 * guards run, and one event (from null) linked to the CREATE change. Refusals throw, so nothing commits.
 */
export async function recordCreation(tx: Tx, ctx: WriteContext, plan: Plan, createSeq: number, at: string) {
  await checkReferences(tx, [plan]);
  await runGuards(tx, [plan]);
  await appendChanges(tx, ctx, await relate(tx, [plan]), at);
  await tx.run(RECORD_EVENTS, {
    events: [creationEvent(plan, createSeq)],
    actor: ctx.actor,
    source: ctx.source,
    requestId: ctx.requestId,
    at,
  });
}

/** The event that records a CI created in a later state: no `from`, the details of the path. */
export function creationEvent(
  plan: { id: string; transition: { to: string }; details: Readonly<Record<string, unknown>> },
  createSeq: number,
) {
  return {
    id: randomUUID(),
    ciId: plan.id,
    from: null,
    to: plan.transition.to,
    details: JSON.stringify(plan.details),
    changeSeq: createSeq,
  };
}

async function checkReferences(tx: Tx, plans: readonly Plan[]): Promise<void> {
  const refs = plans.flatMap((p) => p.references.map((r) => ({ i: p.index, detail: r.detail, targetId: r.targetId })));
  if (refs.length === 0) return;
  const rows = await tx.run(REFERENCED_CLASSES, { refs });
  for (const row of rows) {
    const plan = plans[row.i as number];
    const ref = plan.references.find((r) => r.detail === row.detail)!;
    const field = `details.${ref.detail}`;
    if (row.cls === null) {
      throw refuse(plan.where, 'reference', [{ field, reason: `no CI with id ${ref.targetId}` }], 'NOT_FOUND');
    }
    const broken = checkRelationship(ref.type, plan.className, row.cls as string, ref.targetId === plan.id);
    if (broken) throw refuse(plan.where, 'reference', [{ field, reason: `${ref.targetId}: ${broken.reason}` }]);
  }
}

async function checkUnique(tx: Tx, plans: readonly Plan[]): Promise<void> {
  const fields = [...new Set(plans.flatMap((p) => p.claims.map((c) => c.field)))];
  for (const field of fields) {
    const claims = plans.flatMap((p) =>
      p.claims.filter((c) => c.field === field).map((c) => ({ i: p.index, id: p.id, value: c.value })),
    );
    const claimedBy = new Map<string, string>();
    for (const claim of claims) {
      const other = claimedBy.get(claim.value);
      if (other !== undefined) throw uniqueRefusal(plans[claim.i], field, claim.value, other);
      claimedBy.set(claim.value, claim.id);
    }
    const [held] = await tx.run(uniqueHolders(field), { claims });
    if (held) {
      const plan = plans[held.i as number];
      throw uniqueRefusal(plan, field, claims.find((c) => c.i === plan.index)!.value, held.holder as string);
    }
  }
}

function uniqueRefusal(plan: Plan, field: string, value: string, holder: string): EstateError {
  const reason = `${value} is already the ${field} of ${holder}`;
  return refuse(plan.where, 'unique', [{ field: `details.${field}`, reason }], 'CONFLICT');
}

async function apply(tx: Tx, ctx: WriteContext, plans: readonly Plan[], at: string): Promise<Item[]> {
  const updated = await tx.run(SET_STATE, {
    rows: plans.map((p) => ({ i: p.index, id: p.id, to: p.transition.to, props: p.props })),
    now: at,
  });
  const changes: ChangeInput[] = plans.map((p) => ({
    op: 'TRANSITION',
    ciId: p.id,
    ciClass: p.className,
    before: { lifecycleState: p.transition.from, ...p.before },
    after: { lifecycleState: p.transition.to, ...p.props },
  }));
  changes.push(...(await unrelate(tx, plans)), ...(await relate(tx, plans)));
  // Stamped with the write's own time, so a point-in-time view at updatedAt includes it.
  const seqs = await appendChanges(tx, ctx, changes, at);
  await tx.run(RECORD_EVENTS, {
    events: plans.map((p) => ({
      id: randomUUID(),
      ciId: p.id,
      from: p.transition.from,
      to: p.transition.to,
      details: JSON.stringify(p.details),
      changeSeq: seqs[p.index],
    })),
    actor: ctx.actor,
    source: ctx.source,
    requestId: ctx.requestId,
    at,
  });
  const byIndex = new Map(updated.map((r) => [r.i as number, itemFromNode(r.n as Record<string, unknown>)]));
  return plans.map((p) => byIndex.get(p.index)!);
}

function unrelateChange(plan: Plan, type: string, toId: string, toClass: string, props: unknown): ChangeInput {
  return {
    op: 'UNRELATE',
    ciId: plan.id,
    ciClass: plan.className,
    before: { type, properties: props },
    after: null,
    relationship: { type, toId, toClass },
  };
}

async function unrelate(tx: Tx, plans: readonly Plan[]): Promise<ChangeInput[]> {
  const rows = plans
    .filter((p) => p.transition.unrelates.length > 0)
    .map((p) => ({ i: p.index, id: p.id, types: p.transition.unrelates }));
  if (rows.length === 0) return [];
  const removed = await tx.run(UNRELATE_TYPES, { rows });
  return removed.map((r) =>
    unrelateChange(plans[r.i as number], r.type as string, r.toId as string, r.toClass as string, r.props),
  );
}

/** One query per relationship type the reference details make (at most three), never one per CI. */
async function relate(tx: Tx, plans: readonly Plan[]): Promise<ChangeInput[]> {
  const types = [...new Set(plans.flatMap((p) => p.references.map((r) => r.type)))];
  const changes: ChangeInput[] = [];
  for (const type of types) {
    const rows = plans.flatMap((p) =>
      p.references.filter((r) => r.type === type).map((r) => ({ i: p.index, id: p.id, targetId: r.targetId })),
    );
    for (const row of await tx.run(replaceTarget(type), { rows })) {
      const plan = plans[row.i as number];
      const targetId = rows.find((r) => r.i === plan.index)!.targetId;
      for (const old of row.removed as { id: string; class: string; props: unknown }[]) {
        changes.push(unrelateChange(plan, type, old.id, old.class, old.props));
      }
      if (!row.existed) changes.push(relateChange(plan, type, targetId, row.toClass as string));
    }
  }
  return changes;
}

function relateChange(plan: Plan, type: RelationshipType, toId: string, toClass: string): ChangeInput {
  return {
    op: 'RELATE',
    ciId: plan.id,
    ciClass: plan.className,
    before: null,
    after: { type, properties: {} },
    relationship: { type, toId, toClass },
  };
}

/** One recorded transition, as read back. */
export interface LifecycleEvent {
  id: string;
  ciId: string;
  seq: number;
  /** null for the event of a CI created in a later state (lifecycle.creation.ts). */
  from: string | null;
  to: string;
  details: Record<string, unknown>;
  actor: string;
  source: string;
  requestId: string;
  at: string;
  changeSeq: number;
}

/** Every CI's lifecycle events, oldest first, in the order of `ids` (for DataLoader). */
export async function lifecycleEvents(db: Executor, ids: readonly string[]): Promise<LifecycleEvent[][]> {
  const rows = await db.read('lifecycle.events', EVENTS_OF, { ids });
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.events as Record<string, unknown>[]).map(
        (e) => ({ ...e, details: JSON.parse(e.details as string) as Record<string, unknown> }) as LifecycleEvent,
      ),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
