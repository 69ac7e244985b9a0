/**
 * Deciding what each row of a batch does: create a CI, update one (and
 * which fields), leave one unchanged, or refuse the row. One query per
 * batch looks up every identification key of every row (UNWIND), then the
 * rules apply in memory:
 *
 * - no key at all: refused (a row that cannot be found again would be
 *   duplicated by the next import);
 * - an explicit id wins over the keys within the class (name, hostname): a
 *   CI they find that is not the id's is another CI, not a conflict;
 * - keys that match two different CIs, or one key that matches two: a
 *   conflict, refused, never guessed;
 * - a key that matches a CI of another class (ids, serial numbers and asset
 *   tags are unique across classes): refused;
 * - two rows of the file aiming at the same CI (by any key, or by landing on
 *   the same CI): the later one is refused, naming the earlier;
 * - otherwise the values are validated by graph/items.validation.ts exactly
 *   as an API write would be, and compared with the CI to give the diff.
 *
 * Runs in a read transaction (dry run, validation pass) or inside the write
 * transaction of the batch, so what is written is what was decided.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../graph/platform/executor';
import { EstateError } from '../../graph/platform/errors';
import { fieldDiff } from '../../graph/items/items';
import { validateCreate, validatePatch } from '../../graph/items/items.validation';
import type { StoredProps } from '../../graph/items/items.validation';
import { classSpec } from '../../graph/model/classes';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import type { ColumnPlan } from './column.mapping';
import { identificationHint, identityKeys, identityRules } from './identity';
import type { IdentityKey } from './identity';
import { importedCreation, importedTransition } from './lifecycle.import';
import type { ImportedCreation, ImportedTransition } from './lifecycle.import';
import { checkDateOrder } from '../../graph/items/date.order.rules';
import { defaultLifecycleState, initialOperationalStatus } from '../../graph/lifecycle/lifecycle.creation';
import { columnOfField } from './row.values';
import type { AttributeValue, ItemDraft, RowError } from './row.values';
import type { SeenView } from './seen.keys';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

interface OutcomeBase {
  row: number;
  line: number;
}
export interface CreateOutcome extends OutcomeBase {
  action: 'create';
  ciId: string;
  /** Every property of the new node. */
  props: StoredProps;
  /** Created past PLANNED: the lifecycle event that records it. */
  creation?: ImportedCreation;
}
export interface UpdateOutcome extends OutcomeBase {
  action: 'update';
  ciId: string;
  matchedBy: string;
  /** The version the decision was made on; the write refuses the batch if it moved. */
  version: number;
  props: StoredProps;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** The lifecycle move the row makes, if any. */
  transition?: ImportedTransition;
}
export interface UnchangedOutcome extends OutcomeBase {
  action: 'unchanged';
  ciId: string;
  matchedBy: string;
}
export interface ErrorOutcome extends OutcomeBase {
  action: 'error';
  raw: string[];
  errors: RowError[];
}
export type ItemOutcome = CreateOutcome | UpdateOutcome | UnchangedOutcome | ErrorOutcome;

export interface Reconciled<O> {
  outcomes: O[];
  /** Keys the accepted rows used, to add to the file's seen set once the batch is done. */
  seen: [key: string, row: number][];
}

export interface ReconcileContext {
  plan: ColumnPlan;
  seen: SeenView;
  now: string;
  /** The class's custom fields: a row's attributes are checked against them as an API write's are. */
  customFields?: readonly CustomFieldDef[];
}

const queryCache = new Map<string, string>();

/**
 * One query for the whole batch: for each row, the CIs each identification
 * rule finds (an index seek on the rule's first field), those CIs once each, and whether the id the row gives
 * belonged to a deleted CI (ids are never reused). A rule the row does not
 * give a key for has null values and finds nothing. One COLLECT subquery per
 * rule rather than a UNION of them: far quicker for the planner.
 */
export function lookupQuery(className: string): string {
  let query = queryCache.get(className);
  if (query) return query;
  const label = classSpec(className)!.name;
  const rules = identityRules(className);
  const finds = rules.map((rule) => {
    const [first, ...rest] = rule.fields;
    const where = [
      ...rest.map((f, i) => `coalesce(n.${f}, '') = coalesce(row.k[${rule.index}][${i + 1}], '')`),
      ...(rule.scope === 'class' ? [`n:${label}`] : []),
    ];
    return `COLLECT { MATCH (n:${rule.label} {${first}: row.k[${rule.index}][0]})${where.length ? ` WHERE ${where.join(' AND ')}` : ''} RETURN n } AS m${rule.index}`;
  });
  const all = rules.map((r) => `m${r.index}`);
  query = `
UNWIND $rows AS row
WITH row, ${finds.join(',\n  ')}
WITH row, [${all.join(', ')}] AS byRule, ${all.join(' + ')} AS found
RETURN row.i AS i,
  [m IN byRule | [n IN m | n.id]] AS hits,
  [n IN reduce(acc = [], x IN found | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) | n {.*}] AS nodes,
  row.k[0][0] IS NOT NULL AND size(byRule[0]) = 0 AND EXISTS { MATCH (c:Change {ciId: row.k[0][0]}) WHERE c.op = 'DELETE' } AS deleted`;
  queryCache.set(className, query);
  return query;
}

/** The seen-set entry for a CI a row landed on. */
const ciKey = (id: string) => `ci:${id}`;

export async function reconcileItems(
  tx: Tx,
  drafts: readonly ItemDraft[],
  ctx: ReconcileContext,
): Promise<Reconciled<ItemOutcome>> {
  const className = ctx.plan.className;
  const keysByRow = drafts.map((d) => (d.errors.length ? [] : identityKeys(className, d.values)));
  const rules = identityRules(className);
  const rows = keysByRow.flatMap((keys, i) =>
    keys.length ? [{ i, k: rules.map((r) => keys.find((key) => key.rule === r)?.values ?? null) }] : [],
  );
  const answer = rows.length ? await tx.run(lookupQuery(className), { rows }) : [];
  const nodes = new Map<string, Record<string, unknown>>();
  const deleted = new Set<string>();
  const hitsByRow = new Map<number, { k: number; id: string }[]>();
  for (const r of answer) {
    const i = r.i as number;
    for (const n of r.nodes as Record<string, unknown>[]) nodes.set(n.id as string, n);
    if (r.deleted) deleted.add(drafts[i].values.id as string);
    const hits: { k: number; id: string }[] = [];
    (r.hits as string[][]).forEach((ids, ruleIndex) => {
      const k = keysByRow[i].findIndex((key) => key.rule.index === ruleIndex);
      for (const id of ids) hits.push({ k, id });
    });
    hitsByRow.set(i, hits);
  }

  const batchSeen = new Map<string, number>();
  const accepted: [string, number][] = [];
  const outcomes = drafts.map((draft, i): ItemOutcome => {
    const refuse = (errors: RowError[]): ErrorOutcome => ({
      action: 'error',
      row: draft.row,
      line: draft.line,
      raw: draft.raw,
      errors,
    });
    if (draft.errors.length) return refuse(draft.errors);
    const fail = (column: string | undefined, reason: string) =>
      refuse([{ row: draft.row, line: draft.line, column, reason }]);
    const keys = keysByRow[i];
    if (keys.length === 0) {
      return fail(undefined, `cannot tell which ${className} this row is about: give ${identificationHint(className)}`);
    }
    const column = (key: IdentityKey) => columnOfField(ctx.plan, key.rule.fields[0]) ?? key.rule.fields[0];

    // What the keys point at.
    const matched = new Map<string, IdentityKey[]>();
    for (const hit of hitsByRow.get(i) ?? []) {
      const byKeys = matched.get(hit.id);
      if (byKeys) byKeys.push(keys[hit.k]);
      else matched.set(hit.id, [keys[hit.k]]);
    }
    // An explicit id wins over name keys: a CI found only by a key within the class (a name, a hostname) is
    // another CI the row does not mean. Keys unique across classes (serial number, asset tag) still conflict.
    const givenId = typeof draft.values.id === 'string' ? draft.values.id : undefined;
    if (givenId !== undefined) {
      for (const [id, byKeys] of matched) {
        if (id !== givenId && byKeys.every((k) => k.rule.scope === 'class')) matched.delete(id);
      }
    }
    for (const [id, byKeys] of matched) {
      const cls = nodes.get(id)!.class as string;
      if (cls !== className)
        return fail(column(byKeys[0]), `${byKeys[0].text} belongs to ${cls} ${id}, not to a ${className}`);
    }
    if (matched.size > 1) {
      const which = [...matched].map(([id, byKeys]) => `${byKeys.map((k) => k.text).join(', ')} → ${id}`).join('; ');
      return fail(
        column([...matched.values()][1][0]),
        `conflict: the row's keys point at ${matched.size} different CIs (${which}); fix the file or the CIs, nothing was guessed`,
      );
    }
    const [targetId] = [...matched.keys()];
    if (typeof draft.values.id === 'string' && targetId !== undefined && targetId !== draft.values.id) {
      return fail(column(keys[0]), `the row's id ${draft.values.id} is not the CI its other keys find (${targetId})`);
    }

    // Another row of the file already aimed at this CI.
    const aiming = givenId === undefined ? keys : keys.filter((k) => k.rule.scope === 'global');
    const rowKeys = [...aiming.map((k) => k.text), ...(targetId ? [ciKey(targetId)] : [])];
    for (const key of rowKeys) {
      const earlier = batchSeen.get(key) ?? ctx.seen.firstRow(key);
      if (earlier !== undefined) {
        const what = key.startsWith('ci:') ? `the same CI (${targetId})` : `the same key (${key})`;
        return fail(
          key.startsWith('ci:') ? undefined : column(keys.find((k) => k.text === key)!),
          `row ${earlier} of this file already aims at ${what}; one row per CI, nothing was guessed`,
        );
      }
    }

    let outcome: ItemOutcome;
    try {
      outcome = targetId
        ? decideUpdate(
            draft,
            nodes.get(targetId)!,
            keys.find((k) => matched.get(targetId)!.includes(k))!,
            className,
            ctx.customFields,
          )
        : decideCreate(draft, className, ctx.now, deleted, ctx.customFields);
    } catch (error) {
      if (!(error instanceof EstateError)) throw error;
      return refuse(
        error.details.map((d) => ({ row: draft.row, line: draft.line, ...detailColumn(ctx.plan, d.field, d.reason) })),
      );
    }
    if (outcome.action !== 'error') {
      // A created CI needs no `ci:` entry: its id is new (or the row's own, already an `id=` key), so a later
      // row can reach it only through the keys recorded here. Leaving it out keeps a million rows in ~100 MB.
      for (const key of rowKeys) {
        batchSeen.set(key, draft.row);
        accepted.push([key, draft.row]);
      }
    }
    return outcome;
  });
  return { outcomes, seen: accepted };
}

/** A validation detail (`row.purchaseCost.currency`) as the column it came from. */
function detailColumn(
  plan: ColumnPlan,
  field: string | undefined,
  reason: string,
): { column?: string; reason: string } {
  const [, name, sub] = (field ?? '').split('.');
  if (!name) return { reason };
  return {
    column: columnOfField(plan, name, sub) ?? name,
    reason: sub && name !== 'attributes' ? `${sub}: ${reason}` : reason,
  };
}

function mergedAttributes(draft: ItemDraft, current: string | undefined): Record<string, AttributeValue> | undefined {
  if (draft.attributesObject === undefined && Object.keys(draft.attributes).length === 0) return undefined;
  const base =
    draft.attributesObject === undefined
      ? current
        ? (JSON.parse(current) as Record<string, AttributeValue>)
        : {}
      : (draft.attributesObject ?? {});
  const merged = { ...base };
  for (const [name, value] of Object.entries(draft.attributes)) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

function decideCreate(
  draft: ItemDraft,
  className: string,
  now: string,
  deleted: Set<string>,
  customFields: readonly CustomFieldDef[] = [],
): ItemOutcome {
  const given = draft.values.id as string | undefined;
  if (given !== undefined && deleted.has(given)) {
    throw new EstateError('CONFLICT', 'id reused', [
      { field: 'row.id', reason: `id ${given} belonged to a deleted CI and is never reused` },
    ]);
  }
  const values = withoutNulls(draft.values);
  const name = values.name ?? values.hostname ?? values.assetTag ?? values.serialNumber;
  if (name === undefined) {
    throw new EstateError('BAD_USER_INPUT', 'no name', [
      { field: 'row.name', reason: `a new ${className} needs a name` },
    ]);
  }
  const attributes = mergedAttributes(draft, undefined);
  const valid = validateCreate(
    { ...values, class: className, name, ...(attributes && Object.keys(attributes).length ? { attributes } : {}) },
    'row',
    { defs: customFields },
  );
  checkDateOrder(className, valid.props, 'row');
  const id = valid.id ?? randomUUID();
  const lifecycleState = (valid.props.lifecycleState as string | undefined) ?? defaultLifecycleState(className);
  // Created past PLANNED: held to the moves that lead there, as createItem holds it (lifecycle.import.ts).
  const creation = importedCreation(className, id, lifecycleState, valid.props, new Date(now));
  const props: StoredProps = {
    operationalStatus: initialOperationalStatus(className, lifecycleState),
    ...valid.props,
    ...creation?.fields,
    id,
    class: className,
    lifecycleState,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return {
    action: 'create',
    row: draft.row,
    line: draft.line,
    ciId: id,
    props: withoutNulls(props),
    ...(creation && { creation }),
  };
}

function decideUpdate(
  draft: ItemDraft,
  current: Record<string, unknown>,
  matchedBy: IdentityKey,
  className: string,
  customFields: readonly CustomFieldDef[] = [],
): ItemOutcome {
  const { id: _id, lifecycleState, ...fields } = draft.values;
  const patch: Record<string, unknown> = { ...fields };
  const attributes = mergedAttributes(draft, current.attributes as string | undefined);
  if (attributes) patch.attributes = Object.keys(attributes).length ? attributes : null;
  const stored =
    typeof current.attributes === 'string' ? (JSON.parse(current.attributes) as Record<string, unknown>) : null;
  const custom = { defs: customFields, current: stored };
  const props: StoredProps = Object.keys(patch).length ? validatePatch(className, patch, 'row', custom) : {};
  checkDateOrder(className, { ...current, ...props }, 'row', new Set(Object.keys(props)));
  if (lifecycleState === null) {
    throw new EstateError('BAD_USER_INPUT', 'lifecycle cleared', [
      { field: 'row.lifecycleState', reason: 'a lifecycle state cannot be cleared' },
    ]);
  }
  let transition: ImportedTransition | undefined;
  if (lifecycleState !== undefined && lifecycleState !== current.lifecycleState) {
    // Held to the rules transitionLifecycle applies (lifecycle.import.ts), and recorded as a lifecycle event.
    transition = importedTransition(className, current, props, lifecycleState as string);
    Object.assign(props, transition.fields, { lifecycleState: transition.to });
  }
  const { before, after } = fieldDiff(current, props);
  const base = { row: draft.row, line: draft.line, ciId: current.id as string, matchedBy: matchedBy.text };
  if (Object.keys(after).length === 0) return { action: 'unchanged', ...base };
  return {
    action: 'update',
    ...base,
    version: current.version as number,
    props: after as StoredProps,
    before,
    after,
    transition,
  };
}

function withoutNulls<T>(values: Record<string, T | null | undefined>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key in values) {
    const v = values[key];
    if (v !== null && v !== undefined) out[key] = v;
  }
  return out;
}
