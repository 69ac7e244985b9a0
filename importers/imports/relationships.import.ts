/**
 * Importing relationships: a CSV of `source, type, target[, properties…]`.
 *
 * - `source` and `target` are keys (relationship.keys.ts): a CI id, or
 *   `[Class:]field=value[;field=value]` resolved by the identification rules.
 *   An end that matches no CI, or more than one, refuses the row.
 * - `type` is a relationship type, in any case and spacing (`Runs on`).
 * - properties come from a `properties` JSON column and/or any other column
 *   (`localPort`, `prop.rackUnit`); numbers and booleans are recognised.
 * - ServiceNow's cmdb_rel_ci export (`parent`, `child`, `type` such as
 *   `Runs on::Runs`) is read as it is: ends by name, the type through
 *   SERVICENOW_RELATIONSHIP_TYPES (profiles/servicenow.profile.ts), whose
 *   row says which end is the dependent; its sys_* columns are left out.
 *
 * Each row obeys the rule table exactly as `relate` does: allowed classes,
 * no self-loops, the per-source cap (one location, one owner…), no cycles
 * for acyclic types. Relating what is already related with the same
 * properties is unchanged, so a re-import writes nothing. Two rows for the
 * same relationship, or two targets for a capped type, are refused, naming
 * the earlier row.
 *
 * Cycles: a row that would close a cycle with relationships already in the
 * graph is refused in every pass; a cycle formed only by rows of the file
 * itself is found when the batch is written (checked inside the batch's
 * transaction, and those rows refused).
 */
import { z } from 'zod';
import type { Tx } from '../../graph/platform/executor';
import {
  checkRelationship,
  checkRelationshipProperties,
  maxTargets,
  RELATIONSHIP_RULES,
} from '../../graph/model/relationships.rules';
import type { RelationshipRule } from '../../graph/model/relationships.rules';
import { attributeName } from './column.mapping';
import type { HeaderProblem } from './column.mapping';
import type { CsvRecord } from './csv.source';
import type { Draft, ImportHandler } from './import.handler';
import type { ImportOptions } from '../../graph/model/imports';
import { inferAttribute, squash } from './normalise';
import type { Reconciled } from './reconcile';
import { parseEndpointKey, RULE_SHAPE_LIST } from './relationship.keys';
import type { EndpointKey, RuleShape } from './relationship.keys';
import type { RowError } from './row.values';
import type { SeenView } from './seen.keys';
import { SERVICENOW_RELATIONSHIP_TYPES } from './profiles/servicenow.profile';
import { writeRelationships } from './relationships.write';

export { RowsRefusedOnWrite } from './relationships.write';

type PropValue = string | number | boolean;

export interface RelationshipDraft extends Draft {
  from?: EndpointKey;
  to?: EndpointKey;
  rule?: RelationshipRule;
  /** Properties to set (null removes one), merged into those the relationship has. */
  props: Record<string, PropValue | null>;
  /** All properties from a JSON column: replaces what the relationship has. */
  propsObject?: Record<string, PropValue> | null;
}

interface End {
  id: string;
  className: string;
}

export type RelationshipOutcome =
  | {
      action: 'create' | 'update' | 'unchanged';
      row: number;
      line: number;
      type: RelationshipRule['type'];
      from: End;
      to: End;
      before: Record<string, PropValue> | null;
      props: Record<string, PropValue>;
    }
  | { action: 'error'; row: number; line: number; raw: string[]; errors: RowError[] };

/** The same property rule as graph/relationships.ts applies to `relate` (kept in step with it). */
const propertiesSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'property names are letters, digits and _ (at most 64)'),
    z.union([z.string().max(500), z.number(), z.boolean()]),
  )
  .refine((p) => Object.keys(p).length <= 20, 'at most 20 properties');

const ROLE_HEADERS: Record<'source' | 'type' | 'target' | 'properties', string[]> = {
  source: ['source', 'from', 'sourcekey', 'fromkey', 'sourceid', 'fromid'],
  type: ['type', 'relationship', 'relationshiptype', 'reltype', 'relation'],
  target: ['target', 'to', 'targetkey', 'tokey', 'targetid', 'toid'],
  properties: ['properties', 'props'],
};

interface RelationshipPlan {
  /** A ServiceNow cmdb_rel_ci export: ends are names, types ServiceNow's. */
  servicenow?: boolean;
  source: number;
  type: number;
  target: number;
  properties?: number;
  extra: { index: number; name: string; header: string }[];
}

export function planRelationshipColumns(header: readonly string[]): {
  plan?: RelationshipPlan;
  errors: HeaderProblem[];
  warnings: string[];
  columns: string[];
} {
  const errors: HeaderProblem[] = [];
  const warnings: string[] = [];
  const roles = new Map<string, number>();
  const extra: RelationshipPlan['extra'] = [];
  const seen = new Map<string, number>();
  const squashed = header.map((h) => squash(h));
  // ServiceNow's parent and child, where no column gives the source or target by Estate's names.
  const servicenow =
    squashed.includes('parent') &&
    squashed.includes('child') &&
    !squashed.some((h) => ROLE_HEADERS.source.includes(h) || ROLE_HEADERS.target.includes(h));
  const roleHeaders = servicenow ? { ...ROLE_HEADERS, source: ['parent'], target: ['child'] } : ROLE_HEADERS;
  header.forEach((raw, index) => {
    const h = raw.trim();
    if (!h) {
      warnings.push(`column ${index + 1} has no header name; its values are not imported`);
      return;
    }
    const s = squash(h);
    if (seen.has(s))
      errors.push({ column: h, reason: `header "${h}" (column ${index + 1}) repeats column ${seen.get(s)! + 1}` });
    seen.set(s, index);
    if (servicenow && s.startsWith('sys')) {
      warnings.push(`column "${h}" is ServiceNow's own bookkeeping; not imported`);
      return;
    }
    const role = (Object.keys(roleHeaders) as (keyof typeof roleHeaders)[]).find((r) => roleHeaders[r].includes(s));
    if (role) {
      if (roles.has(role)) errors.push({ column: h, reason: `two columns give the ${role}` });
      roles.set(role, index);
      return;
    }
    const bare = h.replace(/^prop(erty)?\./i, '');
    const name = /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(bare) ? bare : attributeName(bare);
    if (name) extra.push({ index, name, header: h });
    else warnings.push(`column "${h}" cannot be a property name; not imported`);
  });
  for (const role of ['source', 'type', 'target'] as const) {
    if (!roles.has(role))
      errors.push({
        column: role,
        reason: `no ${role} column; expected one named ${roleHeaders[role].slice(0, 2).join(' or ')}`,
      });
  }
  const columns = [
    ...[...roles].map(([role, i]) => `"${header[i].trim()}" → ${role}`),
    ...extra.map((e) => `"${e.header}" → property ${e.name}`),
  ];
  if (errors.length) return { errors, warnings, columns };
  if (servicenow) columns.unshift('source profile: ServiceNow cmdb_rel_ci (parent, child, type)');
  return {
    plan: {
      ...(servicenow && { servicenow }),
      source: roles.get('source')!,
      type: roles.get('type')!,
      target: roles.get('target')!,
      properties: roles.get('properties'),
      extra,
    },
    errors,
    warnings,
    columns,
  };
}

export function buildRelationshipDraft(
  record: CsvRecord,
  plan: RelationshipPlan,
  options: ImportOptions,
): RelationshipDraft {
  const draft: RelationshipDraft = { row: record.row, line: record.line, raw: record.values, errors: [], props: {} };
  const cell = (i: number) => (record.values[i] ?? '').trim();
  const fail = (column: string, reason: string) =>
    draft.errors.push({ row: record.row, line: record.line, column, reason });
  const servicenowType = plan.servicenow ? servicenowRelationship(cell(plan.type)) : undefined;
  const [sourceIndex, targetIndex] = servicenowType?.childFirst
    ? [plan.target, plan.source]
    : [plan.source, plan.target];
  for (const [role, index] of [
    ['source', sourceIndex],
    ['target', targetIndex],
  ] as const) {
    // ServiceNow writes each end's display name.
    const text = plan.servicenow && cell(index) ? `name=${cell(index)}` : cell(index);
    const parsed = parseEndpointKey(text);
    const column = plan.servicenow ? (index === plan.source ? 'parent' : 'child') : role;
    if (!parsed.ok) fail(column, `${cell(index) ? `"${cell(index)}" ` : ''}${parsed.reason}`);
    else if (role === 'source') draft.from = parsed.key;
    else draft.to = parsed.key;
  }
  const typeText = cell(plan.type);
  if (plan.servicenow && !servicenowType) {
    fail(
      'type',
      `"${typeText}" is a ServiceNow relationship type Estate does not map; the types read are ${Object.keys(SERVICENOW_RELATIONSHIP_TYPES).join(', ')}`,
    );
    return draft;
  }
  const estateType = servicenowType?.type ?? typeText;
  draft.rule = RELATIONSHIP_RULES.find((r) => squash(r.type) === squash(estateType));
  if (!draft.rule) fail('type', checkRelationship(typeText || '(empty)', '', '', false)!.reason);
  if (plan.properties !== undefined && cell(plan.properties)) {
    try {
      const parsed = JSON.parse(cell(plan.properties)) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      draft.propsObject = parsed as Record<string, PropValue>;
    } catch {
      fail('properties', 'expected a JSON object such as {"localPort": "eth0"}');
    }
  } else if (plan.properties !== undefined && options.emptyCells === 'clear') {
    draft.propsObject = null;
  }
  for (const e of plan.extra) {
    const text = cell(e.index);
    if (text) {
      const value = inferAttribute(text);
      if (Array.isArray(value)) fail(e.header, 'a relationship property holds one value, not a list');
      else draft.props[e.name] = value;
    } else if (options.emptyCells === 'clear') {
      draft.props[e.name] = null;
    }
  }
  return draft;
}

/** A ServiceNow type (`Runs on::Runs`, or just its parent descriptor) as an Estate type and direction. */
function servicenowRelationship(text: string): (typeof SERVICENOW_RELATIONSHIP_TYPES)[string] | undefined {
  const parent = squash(text.split('::')[0]);
  const found = Object.entries(SERVICENOW_RELATIONSHIP_TYPES).find(([name]) => squash(name) === parent);
  return found?.[1];
}

// ---------------------------------------------------------------- queries

/**
 * One query per batch decides what every row needs from the graph: each
 * end's key resolved (an index seek per key, at most two CIs kept, so an
 * ambiguous key is seen), and, where both ends resolved to one CI each, what
 * is already there: the relationship's properties, the source's other
 * targets of the type (capped types), and whether the target already
 * reaches the source (acyclic types, so the row would close a cycle). It
 * replaces a query per key shape plus a query per type (four or more round
 * trips, each visiting every row), and is built for what the batch uses:
 * one COLLECT per key shape present at each end (the row's key given to its
 * own shape's only; a null key seeks nothing), one for the existing
 * relationship and one for the other targets of capped types, over the
 * types present (filtered by the row's type), and one cycle walk per
 * acyclic type present (guarded by the row's type and the source's
 * class). Labels, fields and types come from the class and rule tables,
 * never from the file.
 *
 * Found by PROFILE: every subquery sits in a WITH, where it is planned as a
 * RollUpApply; in a RETURN expression (`COLLECT {…}[0]`, or inside a CASE)
 * it ran as a nested plan per row, several times slower. Patterns name their
 * type (an untyped `(a)-[r]->(b) WHERE type(r) = …` was planned as a scan of
 * all relationships per row), and the two ends are matched again by id so
 * the planner knows them as nodes (Expand(Into) between them).
 */
export function batchLookupQuery(
  fromShapes: readonly RuleShape[],
  toShapes: readonly RuleShape[],
  rules: readonly RelationshipRule[],
): string {
  const resolve = (end: 'f' | 't', shapes: readonly RuleShape[]) =>
    shapes.map((shape, j) => {
      const [first, ...rest] = shape.fields;
      const key = `row.${end}[${j}]`;
      const where = [
        ...rest.map((f, i) => `coalesce(n.${f}, '') = coalesce(${key}[${i + 1}], '')`),
        ...(shape.global ? [] : [`(row.${end}c IS NULL OR n.class = row.${end}c)`]),
      ];
      return `COLLECT { MATCH (n:${shape.label} {${first}: ${key}[0]})${where.length ? ` WHERE ${where.join(' AND ')}` : ''} RETURN n LIMIT 2 }`;
    });
  const list = (parts: string[]) => (parts.length ? parts.join(' + ') : '[]');
  // One subquery for all the batch's types rather than one per type: each is a RollUpApply run for every
  // row, and a row has one type. The pattern still names its types, so it expands between the two ends.
  const types = (rs: readonly RelationshipRule[]) => rs.map((r) => r.type).join('|');
  const capped = rules.filter((r) => r.maxTargetsPerSource !== undefined);
  const existing = rules.length
    ? [`COLLECT { MATCH (a)-[r:${types(rules)}]->(b) WHERE type(r) = row.type RETURN properties(r) }`]
    : [];
  const others = capped.length
    ? [`COLLECT { MATCH (a)-[r:${types(capped)}]->(x:CI) WHERE type(r) = row.type AND x <> b RETURN x.id LIMIT 3 }`]
    : [];
  // The target's other sources, for types that cap them (a port takes one cable).
  const cappedIn = rules.filter((r) => r.maxSourcesPerTarget !== undefined);
  const sources = cappedIn.length
    ? [`COLLECT { MATCH (x:CI)-[r:${types(cappedIn)}]->(b) WHERE type(r) = row.type AND x <> a RETURN x.id LIMIT 3 }`]
    : [];
  // Only a source that may itself be a target of the type can be on a cycle of it (a server is never the
  // target of LOCATED_IN or OWNED_BY): the walk is skipped for every other source.
  const cycles = rules
    .filter((r) => r.acyclic)
    .map(
      (r) =>
        `COLLECT { MATCH (b)-[:${r.type}*1..]->(a) WHERE row.type = '${r.type}' AND a.class IN ${classList(r.to)} RETURN 1 LIMIT 1 }`,
    );
  return `
UNWIND $rows AS row
WITH row, ${list(resolve('f', fromShapes))} AS froms, ${list(resolve('t', toShapes))} AS tos
WITH row, froms, tos, size(froms) = 1 AND size(tos) = 1 AS both
OPTIONAL MATCH (a:CI {id: CASE WHEN both THEN froms[0].id END})
OPTIONAL MATCH (b:CI {id: CASE WHEN both THEN tos[0].id END})
WITH row, froms, tos,
  ${list(existing)} AS existing,
  ${list(others)} AS others,
  ${list(sources)} AS sources,
  ${list(cycles)} AS cycles
RETURN row.i AS i,
  [n IN froms | {id: n.id, class: n.class}] AS froms,
  [n IN tos | {id: n.id, class: n.class}] AS tos,
  existing[0] AS existing, others, sources, size(cycles) > 0 AS cycle`;
}

/** A Cypher list literal of class names from the rule table (never from the file). */
const classList = (classes: readonly string[]) => `[${classes.map((c) => `'${c}'`).join(', ')}]`;

// ---------------------------------------------------------------- reconcile

/** What the batch lookup found for one row. */
interface Found {
  /** The CIs each end's key matches (exactly one when the row is good). */
  ends: [End[], End[]];
  /** The relationship's properties when it exists already, else null. */
  existing: Record<string, PropValue> | null;
  /** The source's other targets along the type (for the per-source cap). */
  others: string[];
  /** The target's other sources along the type (for the per-target cap). */
  sources: string[];
  /** The relationship would close a cycle with those already in the graph. */
  cycle: boolean;
}

/** A row whose two ends are known CIs the rule table allows joining. */
interface ResolvedRow {
  draft: RelationshipDraft;
  rule: RelationshipRule;
  from: End;
  to: End;
  found: Found;
}

const shapeOf = (key: EndpointKey) => RULE_SHAPE_LIST.find((s) => s.key === key.fields.join('+'))!;

/** Every valid row's ends, existing relationship, other targets and cycle: one query for the batch, by row index. */
async function lookUpBatch(tx: Tx, drafts: readonly RelationshipDraft[]): Promise<Map<number, Found>> {
  const found = new Map<number, Found>();
  const valid = drafts.flatMap((d, i) => (d.errors.length ? [] : [{ d, i }]));
  if (valid.length === 0) return found;
  // The shapes each end uses in this batch, in table order (so the query text, and its plan, is reused).
  const fromShapes = RULE_SHAPE_LIST.filter((s) => valid.some(({ d }) => shapeOf(d.from!) === s));
  const toShapes = RULE_SHAPE_LIST.filter((s) => valid.some(({ d }) => shapeOf(d.to!) === s));
  const slots = (shapes: readonly RuleShape[], key: EndpointKey) =>
    shapes.map((s) => (s === shapeOf(key) ? key.values : null));
  const rules = RELATIONSHIP_RULES.filter((r) => valid.some(({ d }) => d.rule === r));
  const rows = valid.map(({ d, i }) => ({
    i,
    type: d.rule!.type,
    f: slots(fromShapes, d.from!),
    fc: d.from!.className ?? null,
    t: slots(toShapes, d.to!),
    tc: d.to!.className ?? null,
  }));
  const ends = (list: unknown) =>
    (list as { id: string; class: string }[]).map((f) => ({ id: f.id, className: f.class }));
  for (const r of await tx.run(batchLookupQuery(fromShapes, toShapes, rules), { rows })) {
    found.set(r.i as number, {
      ends: [ends(r.froms), ends(r.tos)],
      existing: (r.existing as Record<string, PropValue> | null) ?? null,
      others: r.others as string[],
      sources: r.sources as string[],
      cycle: r.cycle as boolean,
    });
  }
  return found;
}

/** A row refused, with its errors. */
function refusal(draft: RelationshipDraft, errors: RowError[]): RelationshipOutcome {
  return { action: 'error', row: draft.row, line: draft.line, raw: draft.raw, errors };
}

const rowError = (draft: RelationshipDraft, column: string | undefined, reason: string): RowError[] => [
  { row: draft.row, line: draft.line, column, reason },
];

/** The row's two ends, each exactly one CI of the class its key names, that the rule table allows joining; else why not. */
function resolveEnds(draft: RelationshipDraft, found: Found | undefined): { from: End; to: End } | RowError[] {
  const ends: End[] = [];
  for (const [e, key, role] of [
    [0, draft.from!, 'source'],
    [1, draft.to!, 'target'],
  ] as const) {
    const hits = found?.ends[e] ?? [];
    if (hits.length === 0) return rowError(draft, role, `unknown ${role}: no CI with ${key.text}`);
    if (hits.length > 1)
      return rowError(
        draft,
        role,
        `ambiguous ${role}: ${key.text} matches ${hits.map((h) => `${h.className} ${h.id}`).join(' and ')}; give the class or a unique key`,
      );
    if (key.className && hits[0].className !== key.className)
      return rowError(draft, role, `${key.text} is a ${hits[0].className} (${hits[0].id}), not a ${key.className}`);
    ends.push(hits[0]);
  }
  const [from, to] = ends;
  const broken = checkRelationship(draft.rule!.type, from.className, to.className, from.id === to.id);
  if (broken) {
    const column = broken.field === 'from' ? 'source' : broken.field === 'to' ? 'target' : 'type';
    return rowError(draft, column, broken.reason);
  }
  return { from, to };
}

/** Why the graph refuses the row: the source has as many targets of the type as it may, or it would close a cycle. */
function graphRefusal({ rule, from, to, found }: ResolvedRow): string | undefined {
  const max = maxTargets(rule, from.className);
  if (max !== undefined && found.others.length >= max) {
    return `a ${from.className} has at most ${max} ${rule.type} target(s); ${from.id} already has ${found.others.join(', ')} (unrelate it first)`;
  }
  const maxIn = rule.maxSourcesPerTarget;
  if (maxIn !== undefined && found.sources.length >= maxIn) {
    return `a ${to.className} takes at most ${maxIn} ${rule.type}; ${to.id} already has ${found.sources.join(', ')} (remove it first)`;
  }
  if (found.cycle) return `${rule.type} may not form a cycle: ${to.id} already reaches ${from.id} through ${rule.type}`;
  return undefined;
}

/** The keys an accepted row claims in the file: the relationship, and the source's one slot when the type allows one target. */
function claimedKeys({ rule, from, to }: ResolvedRow): string[] {
  const one = maxTargets(rule, from.className) === 1;
  const oneIn = rule.maxSourcesPerTarget === 1;
  return [
    `rel:${from.id}>${rule.type}>${to.id}`,
    ...(one ? [`cap:${from.id}>${rule.type}`] : []),
    ...(oneIn ? [`capin:${rule.type}>${to.id}`] : []),
  ];
}

/** Why the row repeats an earlier row of the file (in this batch or an earlier one), naming that row. */
function repeatRefusal(
  { rule, from }: ResolvedRow,
  keys: readonly string[],
  seen: SeenView,
  batchSeen: ReadonlyMap<string, number>,
): string | undefined {
  const earlierKey = keys.find((k) => batchSeen.has(k) || seen.firstRow(k) !== undefined);
  if (!earlierKey) return undefined;
  const earlier = batchSeen.get(earlierKey) ?? seen.firstRow(earlierKey);
  const what = earlierKey.startsWith('rel:')
    ? 'the same relationship'
    : earlierKey.startsWith('capin:')
      ? `a ${rule.type} to the same target (at most ${rule.maxSourcesPerTarget})`
      : `a ${rule.type} for ${from.id} (at most ${maxTargets(rule, from.className)})`;
  return `row ${earlier} of this file already gives ${what}; nothing was guessed`;
}

/**
 * The properties the relationship will have: a JSON column's replace what it has, other columns are merged
 * onto them (null removes one); checked by the same rule as `relate`.
 */
function mergedProperties(
  draft: RelationshipDraft,
  existing: Record<string, PropValue> | null,
): { ok: true; props: Record<string, PropValue> } | { ok: false; column: string; reason: string } {
  const base = draft.propsObject === undefined ? { ...(existing ?? {}) } : { ...(draft.propsObject ?? {}) };
  for (const [k, v] of Object.entries(draft.props)) {
    if (v === null) delete base[k];
    else base[k] = v;
  }
  const valid = propertiesSchema.safeParse(base);
  if (valid.success) return { ok: true, props: sortedProps(valid.data) };
  const issue = valid.error.issues[0];
  return {
    ok: false,
    column: issue.path.length ? String(issue.path[issue.path.length - 1]) : 'properties',
    reason: issue.message,
  };
}

/** One resolved row: refused, or created, updated or unchanged with the keys it claims in the file. */
function decideRow(
  row: ResolvedRow,
  seen: SeenView,
  batchSeen: ReadonlyMap<string, number>,
): { outcome: RelationshipOutcome; keys: string[] } {
  const { draft, rule, from, to, found } = row;
  const refuse = (column: string | undefined, reason: string) => ({
    outcome: refusal(draft, rowError(draft, column, reason)),
    keys: [],
  });
  const refused = graphRefusal(row);
  if (refused) return refuse('target', refused);
  const keys = claimedKeys(row);
  const repeated = repeatRefusal(row, keys, seen, batchSeen);
  if (repeated) return refuse(undefined, repeated);
  const merged = mergedProperties(draft, found.existing);
  if (!merged.ok) return refuse(merged.column, merged.reason);
  const { props } = merged;
  const missing = checkRelationshipProperties(rule, props);
  if (missing) return refuse(missing.field.replace(/^properties\./, ''), missing.reason);
  const before = found.existing ? sortedProps(found.existing) : null;
  const action = before === null ? 'create' : JSON.stringify(before) === JSON.stringify(props) ? 'unchanged' : 'update';
  return { outcome: { action, row: draft.row, line: draft.line, type: rule.type, from, to, before, props }, keys };
}

/**
 * Decides a batch of relationship rows against the graph (one lookup query) and the rows of the file
 * before them (`seen`, and the batch's own earlier rows), in row order.
 */
export async function reconcileRelationships(
  tx: Tx,
  drafts: readonly RelationshipDraft[],
  seen: SeenView,
): Promise<Reconciled<RelationshipOutcome>> {
  const found = await lookUpBatch(tx, drafts);
  const batchSeen = new Map<string, number>();
  const accepted: [string, number][] = [];
  const outcomes = drafts.map((draft, i): RelationshipOutcome => {
    if (draft.errors.length) return refusal(draft, draft.errors);
    const ends = resolveEnds(draft, found.get(i));
    if (Array.isArray(ends)) return refusal(draft, ends);
    const decided = decideRow({ draft, rule: draft.rule!, ...ends, found: found.get(i)! }, seen, batchSeen);
    for (const key of decided.keys) {
      batchSeen.set(key, draft.row);
      accepted.push([key, draft.row]);
    }
    return decided.outcome;
  });
  return { outcomes, seen: accepted };
}

function sortedProps(p: Record<string, PropValue>): Record<string, PropValue> {
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]]),
  );
}

/** The batch's created and updated rows, written with their change records (relationships.write.ts). */
export function writeRelationshipOutcomes(
  tx: Tx,
  outcomes: readonly RelationshipOutcome[],
  writer: Parameters<typeof writeRelationships>[2],
  now: string,
): Promise<void> {
  const writes = outcomes.filter(
    (o): o is Exclude<RelationshipOutcome, { action: 'error' }> => o.action === 'create' || o.action === 'update',
  );
  return writeRelationships(tx, writes, writer, now);
}

// ---------------------------------------------------------------- handler

export function relationshipsHandler(options: ImportOptions): ImportHandler<RelationshipDraft, RelationshipOutcome> {
  let plan: RelationshipPlan | undefined;
  return {
    planHeader(header) {
      const planned = planRelationshipColumns(header);
      plan = planned.plan;
      return { warnings: planned.warnings, errors: planned.errors, columns: planned.columns };
    },
    draft: (record) => buildRelationshipDraft(record, plan!, options),
    resumeKeys: () => [],
    // Decided ahead, in a read transaction, while the batch before is written: what that batch writes
    // cannot change a decision (relationships.write.ts checks each decision again where it writes).
    decidesAhead: true,
    reconcile: (tx, drafts, seen) => reconcileRelationships(tx, drafts, seen),
    write: (tx, outcomes, writer, now) => writeRelationshipOutcomes(tx, outcomes, writer, now),
    describe(o) {
      if (o.action === 'error') return { row: o.row, line: o.line, action: o.action, errors: o.errors, raw: o.raw };
      return {
        row: o.row,
        line: o.line,
        action: o.action,
        target: `${o.from.id} -${o.type}-> ${o.to.id}`,
        before: o.before ?? undefined,
        after: o.action === 'unchanged' ? undefined : o.props,
      };
    },
  };
}
