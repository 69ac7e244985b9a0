/**
 * Reading and writing configuration items. Every write is one transaction
 * that also appends its Change records.
 */
import { lockItem } from './item.lock';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { conflict, EstateError, forbidden, notFound } from '../platform/errors';
import { classSpec } from '../model/classes';
import { RELATIONSHIP_RULES } from '../model/relationships.rules';
import { itemFromNode } from './items.mapping';
import type { Item } from './items.mapping';
import { NO_LOOKAHEAD, prefetchedRow, returnItem } from './prefetch';
import type { Lookahead } from './prefetch';
import { validateCreate, validatePatch } from './items.validation';
import type { StoredProps } from './items.validation';

/** The labels a CI of this class carries; only ever built from the class table. */
export function labelsFor(className: string): string {
  const spec = classSpec(className);
  if (!spec) throw new Error(`not a class in the table: ${className}`);
  return `:CI:${spec.name}${spec.category === 'hardware' ? ':Hardware' : ''}`;
}

/** Items by id in the order asked (with the neighbours `ahead` selects); a missing id gets undefined. One query for all. */
export async function getItems(
  db: Executor,
  ids: readonly string[],
  ahead: Lookahead = NO_LOOKAHEAD,
): Promise<(Item | undefined)[]> {
  const rows = await db.read('items.byId', `UNWIND $ids AS id MATCH (n:CI {id: id}) RETURN ${returnItem('n', ahead)}`, {
    ids,
  });
  const byId = new Map(rows.map((r) => [(r.n as Item).id, prefetchedRow(r, ahead)]));
  return ids.map((id) => byId.get(id));
}

export async function getItem(db: Executor, id: string): Promise<Item | undefined> {
  return (await getItems(db, [id]))[0];
}

const DELETED_BEFORE = "MATCH (c:Change {ciId: $id, op: 'DELETE'}) RETURN c.seq AS seq LIMIT 1";

export async function createItem(db: Executor, ctx: WriteContext, input: Record<string, unknown>): Promise<Item> {
  const valid = validateCreate(input);
  const id = valid.id ?? randomUUID();
  const now = new Date().toISOString();
  const lifecycleState = (valid.props.lifecycleState as string | undefined) ?? defaultLifecycle(valid.className);
  const props: StoredProps = {
    operationalStatus: lifecycleState === 'DEPLOYED' ? 'OPERATIONAL' : 'UNKNOWN',
    ...valid.props,
    id,
    class: valid.className,
    lifecycleState,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return db.writeTx('createItem', async (tx) => {
    if ((await tx.run(DELETED_BEFORE, { id })).length > 0) {
      throw conflict(`id ${id} belonged to a deleted CI and is never reused`, {}, 'input.id');
    }
    const rows = await tx.run(`CREATE (n${labelsFor(valid.className)}) SET n = $props RETURN n {.*} AS n`, {
      props: withoutNulls(props),
    });
    const item = itemFromNode(rows[0].n as Record<string, unknown>);
    await appendChanges(tx, ctx, [
      { op: 'CREATE', ciId: id, ciClass: valid.className, before: null, after: withoutNulls(props) },
    ]);
    return item;
  });
}

/** Assets begin as planned; everything else is recorded once it exists. */
function defaultLifecycle(className: string): string {
  return classSpec(className)?.category === 'hardware' ? 'PLANNED' : 'DEPLOYED';
}

export async function updateItem(
  db: Executor,
  ctx: WriteContext,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
): Promise<Item> {
  return db.writeTx('updateItem', async (tx) => {
    const current = await lockItem(tx, id);
    if (!current) throw notFound('CI', id, 'id');
    const props = validatePatch(current.class as string, patch);
    if (current.version !== expectedVersion) {
      throw conflict(
        `CI ${id} is at version ${String(current.version)}, not ${expectedVersion}: someone changed it; re-read and retry`,
        { currentVersion: current.version },
        'expectedVersion',
      );
    }
    const { before, after } = fieldDiff(current, props);
    if (Object.keys(after).length === 0) return itemFromNode(current);
    const rows = await tx.run(
      'MATCH (n:CI {id: $id}) SET n += $props, n.version = n.version + 1, n.updatedAt = $now RETURN n {.*} AS n',
      { id, props, now: new Date().toISOString() },
    );
    await appendChanges(tx, ctx, [{ op: 'UPDATE', ciId: id, ciClass: current.class as string, before, after }]);
    return itemFromNode(rows[0].n as Record<string, unknown>);
  });
}

/** The stored properties a patch really changes, before and after. */
export function fieldDiff(current: Record<string, unknown>, props: StoredProps) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const old = current[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      before[key] = old;
      after[key] = value;
    }
  }
  return { before, after };
}

const PROTECTING_TYPES = RELATIONSHIP_RULES.filter((r) => r.protectsTarget).map((r) => r.type);

export interface DeleteOptions {
  force: boolean;
  /** Whether the caller may force (admins only). */
  mayForce: boolean;
}

export async function deleteItem(db: Executor, ctx: WriteContext, id: string, options: DeleteOptions): Promise<Item> {
  if (options.force && !options.mayForce) throw forbidden('only an admin may force a delete');
  return db.writeTx('deleteItem', async (tx) => {
    const current = await lockItem(tx, id);
    if (!current) throw notFound('CI', id, 'id');
    const links = await tx.run(
      `MATCH (n:CI {id: $id})-[r]-(m:CI)
       RETURN type(r) AS type, startNode(r) = n AS outgoing, m.id AS otherId, m.class AS otherClass`,
      { id },
    );
    const needed = links.filter((l) => !l.outgoing && PROTECTING_TYPES.includes(l.type as never));
    if (needed.length > 0 && !options.force) {
      throw new EstateError(
        'CONFLICT',
        `CI ${id} is still needed by ${needed.length} relationship(s): ${summarise(needed)}; remove them first or delete with force (admin)`,
        [{ field: 'id', reason: `still needed by ${summarise(needed)}` }],
      );
    }
    await appendChanges(tx, ctx, [
      ...links.map((l) => unrelateChange(current, l)),
      { op: 'DELETE', ciId: id, ciClass: current.class as string, before: current, after: null },
    ]);
    await tx.run('MATCH (n:CI {id: $id}) DETACH DELETE n', { id });
    return itemFromNode(current);
  });
}

function summarise(links: Record<string, unknown>[]): string {
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.type as string, (counts.get(l.type as string) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
}

/** A removed relationship recorded from its source's side. */
function unrelateChange(current: Record<string, unknown>, link: Record<string, unknown>) {
  const self = { id: current.id as string, cls: current.class as string };
  const other = { id: link.otherId as string, cls: link.otherClass as string };
  const [from, to] = link.outgoing ? [self, other] : [other, self];
  return {
    op: 'UNRELATE' as const,
    ciId: from.id,
    ciClass: from.cls,
    before: { type: link.type },
    after: null,
    relationship: { type: link.type as string, toId: to.id, toClass: to.cls },
  };
}

function withoutNulls(props: StoredProps): StoredProps {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}
