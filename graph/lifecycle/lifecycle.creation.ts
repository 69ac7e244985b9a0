/**
 * Creating a CI in a later lifecycle state obeys the moves that lead there.
 * Pure: createItem (graph/items/items.ts) and the CSV import
 * (importers/imports/reconcile.ts) both plan a creation here, then check
 * what needs the graph (referenced CIs, guards) in their own transaction.
 *
 * The rule, from the transition table (lifecycle.rules.ts):
 * - every profile starts in PLANNED; creating in PLANNED (or in a class
 *   without a lifecycle) is a plain create, with no details and no event;
 * - creating in a later state S follows the creation path: the shortest
 *   chain of moves from PLANNED to S in the table (breadth first, rows in
 *   table order, so the same path every time). There is no way around it:
 *   a state the table cannot reach from PLANNED cannot be created in;
 * - the required details of every move on the path are required, except
 *   those of a `history` move (an order, a receipt) that is not the path's
 *   last: a server bought in 2015 and recorded now as DEPLOYED must say
 *   where it stands and who owns it, not its purchase order. Created as
 *   ORDERED or RECEIVED, the order or receipt is the claim, so its details
 *   are required;
 * - every detail any move on the path takes is accepted, except a reference
 *   that a later move on the path removes (a location given to a DISPOSED
 *   asset, which disposal takes out of its place);
 * - every guard of the path is checked; the fields the moves record come
 *   from the details (or the CI's own fields, which must agree with them);
 * - operationalStatus is what the last move that sets one gives (LOST →
 *   DOWN; IN_MAINTENANCE → OPERATIONAL, from the deployment before it).
 *
 * One lifecycle event records it, `from` null and `to` S, carrying the
 * details, linked to the CREATE change (not one event per move: Estate did
 * not see the moves before, and the CREATE change already says the CI was
 * S from its first instant, which is what history and asOf read).
 */
import { classSpec } from '../model/classes';
import type { StoredValue } from '../items/items.validation';
import type { LifecycleState, OperationalStatus } from '../model/enums';
import { validateDetails } from './lifecycle.details';
import type { Details } from './lifecycle.details';
import { DETAIL_BY_NAME, findTransition, isRefusal, profileOf, TRANSITIONS } from './lifecycle.rules';
import type { DetailName, GuardName, LifecycleProfile, TableRefusal, Transition } from './lifecycle.rules';
import { fieldAsDetail, FIELD_BY_NAME, stored } from './lifecycle.plan';
import type { Plan } from './lifecycle.plan';
import { refuse } from './refusals';
import type { Where } from './refusals';

/** Where every lifecycle begins. */
export const INITIAL_STATE: LifecycleState = 'PLANNED';

/** The state a CI is created in when none is given: assets begin as planned, everything else is recorded once it exists. */
export function defaultLifecycleState(className: string): LifecycleState {
  return classSpec(className)?.category === 'hardware' ? 'PLANNED' : 'DEPLOYED';
}

/** The shortest chain of moves from PLANNED to `to` (empty for PLANNED), or undefined when the table has none. */
export function creationPath(profile: LifecycleProfile, to: string): Transition[] | undefined {
  const reached = new Map<string, Transition[]>([[INITIAL_STATE, []]]);
  const queue: string[] = [INITIAL_STATE];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (state === to) return reached.get(state);
    for (const t of TRANSITIONS) {
      if (t.profile !== profile || t.from !== state || reached.has(t.to)) continue;
      reached.set(t.to, [...reached.get(state)!, t]);
      queue.push(t.to);
    }
  }
  return undefined;
}

/** The path's moves folded into one row: what creating in its last state requires, accepts, checks and sets. */
export interface CreationRule extends Transition {
  readonly path: readonly Transition[];
  /** Details only the path's history moves take: recorded when given, never defaulted (an order date is not today). */
  readonly historyOnly: readonly DetailName[];
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function foldPath(path: readonly Transition[]): CreationRule {
  const last = path[path.length - 1];
  const required = unique(path.flatMap((t) => (t.history && t !== last ? [] : t.required)));
  const removedLater = (i: number, d: DetailName) => {
    const type = DETAIL_BY_NAME.get(d)?.reference;
    return type !== undefined && path.slice(i + 1).some((t) => t.unrelates.includes(type));
  };
  const taken = unique(path.flatMap((t, i) => [...t.required, ...t.optional].filter((d) => !removedLater(i, d))));
  const ofHistory = (t: Transition) => t.history && t !== last;
  const present = unique(path.flatMap((t) => (ofHistory(t) ? [] : [...t.required, ...t.optional])));
  const historyOnly = taken.filter((d) => !present.includes(d));
  const status = [...path].reverse().find((t) => t.operationalStatus !== null)?.operationalStatus ?? null;
  return {
    profile: last.profile,
    from: INITIAL_STATE,
    to: last.to,
    required: required.filter((d) => taken.includes(d)),
    optional: taken.filter((d) => !required.includes(d)),
    guards: unique<GuardName>(path.flatMap((t) => t.guards)),
    sets: Object.assign({}, ...path.map((t) => t.sets)) as Record<string, DetailName>,
    unrelates: [],
    operationalStatus: status,
    history: false,
    path,
    historyOnly,
  };
}

const ruleCache = new Map<string, CreationRule | TableRefusal | null>();

/**
 * What creating a CI of this class in state `to` takes: null when it is a
 * plain create (PLANNED, or a class without a lifecycle), else the folded
 * path, or the refusal when the table has no path to `to`.
 */
export function creationRule(className: string, to: string): CreationRule | TableRefusal | null {
  const profile = profileOf(className);
  if (!profile || to === INITIAL_STATE) return null;
  const key = `${profile}:${to}`;
  if (ruleCache.has(key)) return ruleCache.get(key)!;
  const path = creationPath(profile, to);
  let rule: CreationRule | TableRefusal;
  if (path) rule = foldPath(path);
  else {
    const direct = findTransition(className, INITIAL_STATE, to);
    const reason = isRefusal(direct) ? direct.reason : `no moves lead from ${INITIAL_STATE} to ${to}`;
    rule = {
      rule: 'notInTable',
      field: 'lifecycleState',
      reason: `a ${className} cannot be created in ${to}: ${reason}`,
    };
  }
  ruleCache.set(key, rule);
  return rule;
}

/** `PLANNED → ORDERED → RECEIVED`: the path as a person reads it. */
export function describePath(rule: CreationRule): string {
  return [INITIAL_STATE, ...rule.path.map((t) => t.to)].join(' → ');
}

export interface CreationRequest {
  id: string;
  className: string;
  /** The state asked for (the class's default when absent). */
  state: string;
  /** The new CI's stored properties, as validateCreate gives them. */
  props: Readonly<Record<string, StoredValue>>;
  /** Details given beside the fields (createItem's lifecycleDetails; an import row gives none). */
  details?: Record<string, unknown> | null;
}

const isGiven = (v: unknown) => v !== undefined && v !== null;

/**
 * Plan a creation: null for a plain create, else a plan in the shape a
 * transition's (so the same reference checks, guards, relationship writes
 * and event recording apply). Throws the refusal, naming its rule, when the
 * state cannot be created in or the details do not satisfy the path.
 */
export function planCreation(request: CreationRequest, where: Where, today: string): Plan | null {
  const { className, state, props } = request;
  const given = Object.fromEntries(Object.entries(request.details ?? {}).filter(([, v]) => isGiven(v)));
  const rule = creationRule(className, state);
  if (rule === null) {
    if (Object.keys(given).length === 0) return null;
    const why = profileOf(className)
      ? `a ${className} created ${state} makes no move`
      : `a ${className} has no lifecycle`;
    throw refuse(where, profileOf(className) ? 'details' : 'noLifecycle', [
      { field: 'details', reason: `${why}; lifecycle details apply only to a CI created past ${INITIAL_STATE}` },
    ]);
  }
  if (isRefusal(rule)) throw refuse(where, rule.rule, [rule]);

  // A detail the path records on the CI may be given as that field instead; given both ways, they must agree.
  const details: Record<string, unknown> = { ...given };
  for (const [field, detail] of Object.entries(rule.sets)) {
    const value = fieldAsDetail(field, (k) => props[k]);
    if (value === undefined) continue;
    if (!(detail in details)) details[detail] = value;
    else if (JSON.stringify(details[detail]) !== JSON.stringify(value)) {
      throw refuse(where, 'details', [
        { field: `details.${detail}`, reason: `disagrees with the field ${field} given beside it` },
      ]);
    }
  }
  const move = `creating a ${className} in ${state} (${describePath(rule)})`;
  const checked = validateDetails(rule, details, today, move);
  if (!checked.ok) throw refuse(where, 'details', checked.problems);
  const recorded = { ...checked.details };
  for (const d of rule.historyOnly) if (!(d in details)) delete recorded[d];
  return creationPlan(request, where, rule, recorded);
}

function creationPlan(request: CreationRequest, where: Where, rule: CreationRule, details: Details): Plan {
  const props: Record<string, StoredValue> = {};
  for (const [field, detail] of Object.entries(rule.sets)) {
    if (details[detail] !== undefined) Object.assign(props, stored(FIELD_BY_NAME.get(field)!, details[detail]));
  }
  if (rule.operationalStatus !== null && !isGiven(request.props.operationalStatus)) {
    props.operationalStatus = rule.operationalStatus;
  }
  const references = Object.entries(details).flatMap(([detail, value]) => {
    const type = DETAIL_BY_NAME.get(detail)?.reference;
    return type ? [{ detail, type, targetId: value as string }] : [];
  });
  return {
    index: 0,
    where,
    id: request.id,
    className: request.className,
    transition: rule,
    details,
    props,
    before: {},
    references,
    claims: [],
  };
}

/** The operationalStatus a CI created in this state starts with when none is given. */
export function initialOperationalStatus(className: string, state: string): OperationalStatus {
  const rule = creationRule(className, state);
  if (rule && !isRefusal(rule) && rule.operationalStatus) return rule.operationalStatus;
  return state === 'DEPLOYED' ? 'OPERATIONAL' : 'UNKNOWN';
}
