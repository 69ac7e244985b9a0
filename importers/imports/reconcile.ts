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
 * Columns that name another CI (reference.columns.ts) are resolved first, in
 * one more query per batch: a reference that finds no CI or several refuses
 * the row; a Location's parent scopes its name (identity.ts); each resolved
 * reference is a relationship to make unless the CI already has it, and
 * gives the lifecycle the details it needs (DEPLOYED: locationId, ownerId).
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
import { identificationHint, IDENTIFIED_WITHIN, identityKeys, identityRules } from './identity';
import type { IdentityKey } from './identity';
import { importedCreation, importedTransition } from './lifecycle.import';
import type { ImportedCreation, ImportedTransition } from './lifecycle.import';
import { checkDateOrder } from '../../graph/items/date.order.rules';
import { defaultLifecycleState, initialOperationalStatus } from '../../graph/lifecycle/lifecycle.creation';
import { columnOfField } from './row.values';
import type { AttributeValue, ItemDraft, RowError } from './row.values';
import type { SeenView } from './seen.keys';
import { REFERENCE_SLOTS } from './reference.columns';
import type { ReferenceSlot } from './reference.columns';
import { findInGraph, mayNameRow, referenceRefusal, resolveRow, rowReferences } from './reference.resolve';
import type { Candidate, FileIndex, Resolution, RowReference } from './reference.resolve';
import type { RelationshipType } from '../../graph/model/relationships.rules';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

interface OutcomeBase {
  row: number;
  line: number;
}
/** A relationship a row makes from its CI (a reference column): new, or moved from the targets it replaces. */
export interface RelateChange {
  type: RelationshipType;
  toId: string;
  toClass: string;
  /** The value the row gave, for the dry run: `Site B / Comms closet`. */
  label: string;
  /** Targets of the type the CI has now and loses (a location moved). */
  replaces: string[];
}

export interface CreateOutcome extends OutcomeBase {
  action: 'create';
  relate?: RelateChange[];
  ciId: string;
  /** Every property of the new node. */
  props: StoredProps;
  /** Created past PLANNED: the lifecycle event that records it. */
  creation?: ImportedCreation;
}
export interface UpdateOutcome extends OutcomeBase {
  action: 'update';
  relate?: RelateChange[];
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
  /** CIs the file wrote above, that later rows' references may name (reference.resolve.ts). */
  fileIndex?: FileIndex;
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
      // Within the parent the row names (a Location's), when it names one.
      ...(rule.within ? [`(row.p IS NULL OR EXISTS { (n)-[:${rule.within}]->(:CI {id: row.p}) })`] : []),
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
  CASE WHEN size($refTypes) = 0 THEN [] ELSE [n IN found |
    [n.id, [(n)-[r]->(m:CI) WHERE type(r) IN $refTypes | [type(r), m.id, m.class]]]] END AS rels,
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
  const read = drafts.map((d) => (d.errors.length ? { refs: [], errors: [] } : rowReferences(ctx.plan, d)));
  const inGraph = await findInGraph(
    tx,
    read.map((r) => (r.errors.length ? [] : r.refs)),
  );
  const outcomes: ItemOutcome[] = [];
  const seen: [string, number][] = [];
  const batchSeen = new Map<string, number>();
  // Rows that may name a row above them in the batch are decided after it (one more lookup per split).
  let start = 0;
  for (let i = 1; i <= drafts.length; i++) {
    if (i < drafts.length && !(ctx.fileIndex && mayNameRow(read[i].refs, drafts.slice(start, i)))) continue;
    const rows = drafts.slice(start, i);
    const references = rows.map((draft, k): RowReferences => {
      const { refs, errors } = read[start + k];
      const resolved = resolveRow(draft, refs, inGraph[start + k], ctx.fileIndex);
      return { refs, resolved, errors: [...errors, ...[...resolved.values()].flatMap((x) => (x.ok ? [] : [x.error]))] };
    });
    const part = await decideRows(tx, rows, references, ctx, batchSeen);
    outcomes.push(...part.outcomes);
    seen.push(...part.seen);
    start = i;
  }
  return { outcomes, seen };
}

/** Decide rows of a batch whose references are resolved: one identity lookup for them all. */
async function decideRows(
  tx: Tx,
  drafts: readonly ItemDraft[],
  references: readonly RowReferences[],
  ctx: ReconcileContext,
  batchSeen: Map<string, number>,
): Promise<Reconciled<ItemOutcome>> {
  const className = ctx.plan.className;
  // A Location row that names its parent is identified within it.
  const scopeOf = (i: number) => {
    const parent = references[i].resolved.get('location');
    return IDENTIFIED_WITHIN[className] && parent?.ok ? parent.target.id : undefined;
  };
  const keysByRow = drafts.map((d, i) =>
    d.errors.length || references[i].errors.length ? [] : identityKeys(className, d.values, scopeOf(i)),
  );
  const rules = identityRules(className);
  const rows = keysByRow.flatMap((keys, i) =>
    keys.length
      ? [{ i, k: rules.map((r) => keys.find((key) => key.rule === r)?.values ?? null), p: scopeOf(i) ?? null }]
      : [],
  );
  const refTypes = [...new Set(references.flatMap((r) => r.refs.map((ref) => REFERENCE_SLOTS[ref.slot].type)))];
  const answer = rows.length ? await tx.run(lookupQuery(className), { rows, refTypes }) : [];
  const nodes = new Map<string, Record<string, unknown>>();
  const relsOf = new Map<string, [type: string, id: string, cls: string][]>();
  const deleted = new Set<string>();
  const hitsByRow = new Map<number, { k: number; id: string }[]>();
  for (const r of answer) {
    const i = r.i as number;
    for (const n of r.nodes as Record<string, unknown>[]) nodes.set(n.id as string, n);
    for (const [id, rels] of r.rels as [string, [string, string, string][]][]) relsOf.set(id, rels);
    if (r.deleted) deleted.add(drafts[i].values.id as string);
    const hits: { k: number; id: string }[] = [];
    (r.hits as string[][]).forEach((ids, ruleIndex) => {
      const k = keysByRow[i].findIndex((key) => key.rule.index === ruleIndex);
      for (const id of ids) hits.push({ k, id });
    });
    hitsByRow.set(i, hits);
  }

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
    if (references[i].errors.length) return refuse(references[i].errors);
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

    const related = relationships(references[i], className, targetId ?? givenId, relsOf.get(targetId ?? ''));
    if ('errors' in related) return refuse(related.errors.map((e) => ({ row: draft.row, line: draft.line, ...e })));
    let outcome: ItemOutcome;
    try {
      outcome = targetId
        ? decideUpdate(
            draft,
            nodes.get(targetId)!,
            keys.find((k) => matched.get(targetId)!.includes(k))!,
            className,
            ctx.customFields ?? [],
            related,
          )
        : decideCreate(draft, className, ctx.now, deleted, ctx.customFields ?? [], related);
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
      remember(ctx.fileIndex, draft, outcome, nodes.get(outcome.ciId), references[i].resolved.get('location'));
    }
    return outcome;
  });
  return { outcomes, seen: accepted };
}

/** A row's references and what each resolved to; errors refuse the row. */
interface RowReferences {
  refs: RowReference[];
  resolved: Map<ReferenceSlot, Resolution>;
  errors: RowError[];
}

/** What a row's references make: relationships to write (those the CI lacks) and the lifecycle details they give. */
interface Related {
  relate: RelateChange[];
  /** locationId, ownerId: for a lifecycle move or creation that takes them. */
  details: Record<string, string>;
}

function relationships(
  row: RowReferences,
  className: string,
  ciId: string | undefined,
  current: readonly [type: string, id: string, cls: string][] = [],
): Related | { errors: { column: string; reason: string }[] } {
  const relate: RelateChange[] = [];
  const details: Record<string, string> = {};
  const errors: { column: string; reason: string }[] = [];
  for (const ref of row.refs) {
    const resolution = row.resolved.get(ref.slot);
    if (!resolution?.ok) continue;
    const target: Candidate = resolution.target;
    const refusal = referenceRefusal(ref, className, ciId, target);
    if (refusal) {
      errors.push({ column: ref.column, reason: refusal });
      continue;
    }
    const { type, detail } = REFERENCE_SLOTS[ref.slot];
    if (detail) details[detail] = target.id;
    const now = current.filter(([t]) => t === type).map(([, id]) => id);
    if (now.length === 1 && now[0] === target.id) continue;
    relate.push({
      type,
      toId: target.id,
      toClass: target.className,
      label: ref.text,
      replaces: now.filter((id) => id !== target.id),
    });
  }
  return errors.length ? { errors } : { relate, details };
}

/** A CI the row created or placed, for later rows' references (a location whose parent was created above it). */
function remember(
  index: FileIndex | undefined,
  draft: ItemDraft,
  outcome: ItemOutcome,
  node: Record<string, unknown> | undefined,
  parent: Resolution | undefined,
) {
  if (!index || outcome.action === 'error') return;
  if (outcome.action !== 'create' && !parent?.ok) return;
  const value = (field: string) => {
    const v = field in draft.values ? draft.values[field] : node?.[field];
    return typeof v === 'string' && v ? v : undefined;
  };
  const props = outcome.action === 'create' ? outcome.props : {};
  const name = (props.name as string | undefined) ?? value('name');
  if (name === undefined) return;
  index.add(draft.row, {
    id: outcome.ciId,
    className: (props.class as string | undefined) ?? (node?.class as string),
    name,
    ancestors: parent?.ok ? [{ id: parent.target.id, name: parent.target.name }, ...parent.target.ancestors] : [],
    keys: ['username', 'email', 'model'].flatMap((f) => value(f) ?? []),
  });
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
  customFields: readonly CustomFieldDef[],
  related: Related,
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
  const creation = importedCreation(className, id, lifecycleState, valid.props, new Date(now), related.details);
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
    ...(related.relate.length > 0 && { relate: related.relate }),
  };
}

function decideUpdate(
  draft: ItemDraft,
  current: Record<string, unknown>,
  matchedBy: IdentityKey,
  className: string,
  customFields: readonly CustomFieldDef[],
  related: Related,
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
    transition = importedTransition(className, current, props, lifecycleState as string, new Date(), related.details);
    Object.assign(props, transition.fields, { lifecycleState: transition.to });
  }
  const { before, after } = fieldDiff(current, props);
  const base = { row: draft.row, line: draft.line, ciId: current.id as string, matchedBy: matchedBy.text };
  if (Object.keys(after).length === 0 && related.relate.length === 0) return { action: 'unchanged', ...base };
  return {
    action: 'update',
    ...base,
    version: current.version as number,
    props: after as StoredProps,
    before,
    after,
    transition,
    ...(related.relate.length > 0 && { relate: related.relate }),
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
