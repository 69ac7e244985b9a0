/**
 * Reading and writing configuration items. Every write is one transaction
 * that also appends its Change records.
 */
import { lockItem } from './item.lock';
import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { badInput, conflict, EstateError, forbidden, notFound } from '../platform/errors';
import { classSpec } from '../model/classes';
import { RELATIONSHIP_RULES } from '../model/relationships.rules';
import { itemFromNode } from './items.mapping';
import type { Item } from './items.mapping';
import { NO_LOOKAHEAD, prefetchedRow, returnItem } from './prefetch';
import type { Lookahead } from './prefetch';
import { validateCreate, validatePatch } from './items.validation';
import { checkIpSpace } from '../network/ip.rules';
import type { StoredProps, ValidCreate } from './items.validation';
import { checkUniqueWithinDevice, COMPONENT_OF, componentKeyFields } from './component.names';
import { customFieldsOf } from './custom.fields';
import { checkDateOrder } from './date.order.rules';
import { defaultLifecycleState, initialOperationalStatus, planCreation } from '../lifecycle/lifecycle.creation';
import { recordCreation } from '../lifecycle/lifecycle';
import { today } from '../lifecycle/dates';
import { CREATE_INPUT } from '../lifecycle/refusals';

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

/**
 * Creates a CI. One created past PLANNED obeys the lifecycle moves that lead to its state
 * (graph/lifecycle/lifecycle.creation.ts): their details (`lifecycleDetails`, or the fields they record),
 * the relationships their references make, their guards, and one lifecycle event.
 */
export async function createItem(db: Executor, ctx: WriteContext, input: Record<string, unknown>): Promise<Item> {
  const { lifecycleDetails, ...fields } = input;
  return db.writeTx('createItem', async (tx) => {
    // The class's custom fields are read in the transaction, so the CI is checked against what is defined when it commits.
    const valid = validateCreate(fields, 'input', { defs: await customFieldsOf(tx, String(fields.class)) });
    checkDateOrder(valid.className, valid.props, 'input');
    const id = valid.id ?? randomUUID();
    const now = new Date();
    const state = (valid.props.lifecycleState as string | undefined) ?? defaultLifecycleState(valid.className);
    const request = { id, className: valid.className, state, props: valid.props, details: lifecycleDetails as never };
    const plan = planCreation(request, CREATE_INPUT, today(now));
    const created = await insertItem(
      tx,
      ctx,
      { ...valid, id, props: { ...valid.props, ...plan?.props } },
      'input',
      now,
    );
    if (plan) await recordCreation(tx, ctx, plan, created.seq, created.at);
    await checkIpSpace(tx, [{ id, class: valid.className }], 'input');
    return created.item;
  });
}

/**
 * Creates an already validated CI inside the caller's transaction, with its CREATE change: for writes
 * that make a CI and more in one transaction (a cable and its terminations). `path` names the input in
 * a refusal.
 */
export async function createValidItem(tx: Tx, ctx: WriteContext, valid: ValidCreate, path = 'input'): Promise<Item> {
  return (await insertItem(tx, ctx, valid, path, new Date())).item;
}

/** The node and its CREATE change; the change's seq and instant, for a lifecycle event to link to. */
async function insertItem(tx: Tx, ctx: WriteContext, valid: ValidCreate, path: string, when: Date) {
  const id = valid.id ?? randomUUID();
  const now = when.toISOString();
  const lifecycleState = (valid.props.lifecycleState as string | undefined) ?? defaultLifecycleState(valid.className);
  const props: StoredProps = {
    operationalStatus: initialOperationalStatus(valid.className, lifecycleState),
    ...valid.props,
    id,
    class: valid.className,
    lifecycleState,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  if ((await tx.run(DELETED_BEFORE, { id })).length > 0) {
    throw conflict(`id ${id} belonged to a deleted CI and is never reused`, {}, `${path}.id`);
  }
  const rows = await tx.run(`CREATE (n${labelsFor(valid.className)}) SET n = $props RETURN n {.*} AS n`, {
    props: withoutNulls(props),
  });
  const [seq] = await appendChanges(
    tx,
    ctx,
    [{ op: 'CREATE', ciId: id, ciClass: valid.className, before: null, after: withoutNulls(props) }],
    now,
  );
  return { item: itemFromNode(rows[0].n as Record<string, unknown>), seq, at: now };
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
    const props = validatePatch(current.class as string, patch, 'patch', {
      defs: await customFieldsOf(tx, current.class as string),
      current:
        typeof current.attributes === 'string' ? (JSON.parse(current.attributes) as Record<string, unknown>) : null,
    });
    if (current.version !== expectedVersion) {
      throw conflict(
        `CI ${id} is at version ${String(current.version)}, not ${expectedVersion}: someone changed it; re-read and retry`,
        { currentVersion: current.version },
        'expectedVersion',
      );
    }
    const { before, after } = fieldDiff(current, props);
    if (Object.keys(after).length === 0) return itemFromNode(current);
    checkDateOrder(current.class as string, { ...current, ...props }, 'patch', new Set(Object.keys(props)));
    await checkRenamedComponent(tx, current, after);
    const rows = await tx.run(
      'MATCH (n:CI {id: $id}) SET n += $props, n.version = n.version + 1, n.updatedAt = $now RETURN n {.*} AS n',
      { id, props, now: new Date().toISOString() },
    );
    await appendChanges(tx, ctx, [{ op: 'UPDATE', ciId: id, ciClass: current.class as string, before, after }]);
    await checkIpSpace(tx, [{ id, class: current.class as string }], 'patch');
    return itemFromNode(rows[0].n as Record<string, unknown>);
  });
}

/**
 * A component renamed keeps its name unique within its device: the device is locked (as relate locks it
 * for a new component) and its other components of the class read after the lock.
 */
async function checkRenamedComponent(tx: Tx, current: Record<string, unknown>, after: Record<string, unknown>) {
  const keyFields = componentKeyFields(current.class as string);
  if (!Object.keys(after).some((f) => keyFields.has(f))) return;
  const owner = await tx.run(
    `MATCH (:CI {id: $id})-[:${COMPONENT_OF}]->(d:CI) SET d._lock = true REMOVE d._lock RETURN d.id AS id`,
    { id: current.id },
  );
  if (owner.length === 0) return;
  const field = Object.keys(after).find((f) => keyFields.has(f))!;
  await checkUniqueWithinDevice(tx, owner[0].id as string, { ...current, ...after }, `patch.${field}`);
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

const PROTECTING_TYPES: readonly string[] = RELATIONSHIP_RULES.filter((r) => r.protectsTarget).map((r) => r.type);
/** Types whose sources die with their target: a device's components. */
const CASCADING_TYPES = RELATIONSHIP_RULES.filter((r) => r.cascadesFromTarget).map((r) => r.type);

export interface DeleteOptions {
  force: boolean;
  /** Whether the caller may force (admins only). */
  mayForce: boolean;
  /** Refuse (field `id`) unless the CI is of this class (disconnectCable deletes cables only). */
  onlyClass?: string;
}

/**
 * Deletes a CI, and with it the CIs that cascade from it (a device's components, a circuit's
 * terminations: `cascadesFromTarget` in the rule table), in one transaction. Each deleted CI gets its
 * DELETE change and each relationship removed its UNRELATE (once, though both its ends go).
 *
 * What protects: only the relationships into the CI asked for. Its components are deleted because it
 * is; a protecting relationship into a component (none in today's table) is removed and logged like
 * any other of its links rather than blocking the delete — the caller asked for the device, and
 * refusing over a part they cannot see in the request would leave them no way but to hunt it down.
 */
export async function deleteItem(db: Executor, ctx: WriteContext, id: string, options: DeleteOptions): Promise<Item> {
  if (options.force && !options.mayForce) throw forbidden('only an admin may force a delete');
  return db.writeTx('deleteItem', async (tx) => {
    const current = await lockItem(tx, id);
    if (!current) throw notFound('CI', id, 'id');
    if (options.onlyClass && current.class !== options.onlyClass) {
      throw badInput('id', `${id} is a ${String(current.class)}, not a ${options.onlyClass}`);
    }
    // The parts are locked too (in id order), so a cable being connected to one of them either commits
    // first, and its TERMINATES is read below and logged, or waits and then finds the part gone.
    const parts = CASCADING_TYPES.length
      ? await tx.run(
          `MATCH (n:CI {id: $id})<-[:${CASCADING_TYPES.join('|')}*1..]-(p:CI)
           WITH DISTINCT p ORDER BY p.id
           SET p._lock = true REMOVE p._lock
           RETURN p {.*} AS p`,
          { id },
        )
      : [];
    const doomed = [current, ...parts.map((r) => r.p as Record<string, unknown>)];
    const ids = doomed.map((n) => n.id as string);
    const links = await tx.run(
      `UNWIND $ids AS id
       MATCH (:CI {id: id})-[r]-(:CI)
       WITH DISTINCT r
       WITH r, startNode(r) AS a, endNode(r) AS b
       RETURN type(r) AS type, a.id AS fromId, a.class AS fromClass, b.id AS toId, b.class AS toClass,
              properties(r) AS properties
       ORDER BY fromId, type, toId`,
      { ids },
    );
    const needed = links.filter((l) => l.toId === id && PROTECTING_TYPES.includes(l.type as string));
    if (needed.length > 0 && !options.force) {
      throw new EstateError(
        'CONFLICT',
        `CI ${id} is still needed by ${needed.length} relationship(s): ${summarise(needed)}; remove them first or delete with force (admin)`,
        [{ field: 'id', reason: `still needed by ${summarise(needed)}` }],
      );
    }
    await appendChanges(tx, ctx, [
      ...links.map(unrelateChange),
      // The parts first, then the CI asked for: the log reads as the delete was made.
      ...doomed
        .slice(1)
        .concat(doomed.slice(0, 1))
        .map((n) => ({
          op: 'DELETE' as const,
          ciId: n.id as string,
          ciClass: n.class as string,
          before: n,
          after: null,
        })),
    ]);
    await tx.run('UNWIND $ids AS id MATCH (n:CI {id: id}) DETACH DELETE n', { ids });
    return itemFromNode(current);
  });
}

function summarise(links: Record<string, unknown>[]): string {
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.type as string, (counts.get(l.type as string) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
}

/** A removed relationship recorded from its source's side, with the properties it had. */
function unrelateChange(link: Record<string, unknown>) {
  return {
    op: 'UNRELATE' as const,
    ciId: link.fromId as string,
    ciClass: link.fromClass as string,
    before: { type: link.type, properties: link.properties },
    after: null,
    relationship: { type: link.type as string, toId: link.toId as string, toClass: link.toClass as string },
  };
}

function withoutNulls(props: StoredProps): StoredProps {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}
