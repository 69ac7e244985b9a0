/**
 * Turning one transition request and the CI's current stored properties
 * into a plan: the table row, the effective details, the properties to set,
 * the relationships to make and the unique values claimed. Pure: it refuses
 * (throws) by the table, the version and the details, and leaves everything
 * that needs the graph (references, uniqueness, guards) to the caller.
 */
import { notFound } from '../platform/errors';
import type { StoredValue } from '../items/items.validation';
import { HARDWARE_FIELDS, storedProperties } from '../model/classes';
import type { FieldSpec } from '../model/classes';
import type { RelationshipType } from '../model/relationships.rules';
import { validateDetails } from './lifecycle.details';
import type { Details } from './lifecycle.details';
import { DETAIL_BY_NAME, findTransition, isRefusal } from './lifecycle.rules';
import type { Transition } from './lifecycle.rules';
import { refuse } from './refusals';
import type { Where } from './refusals';

export interface TransitionRequest {
  id: string;
  to: string;
  details?: Record<string, unknown> | null;
  expectedVersion: number;
}

export interface Plan {
  readonly index: number;
  readonly where: Where;
  readonly id: string;
  readonly className: string;
  readonly transition: Transition;
  readonly details: Details;
  /** Stored properties the transition sets on the CI (besides state, version and updatedAt), operationalStatus included when it changes. */
  readonly props: Record<string, StoredValue>;
  /** The same properties' values before, for the change log. */
  readonly before: Record<string, StoredValue>;
  /** Relationships to make from the CI, each from a reference detail. */
  readonly references: readonly { detail: string; type: RelationshipType; targetId: string }[];
  /** Values of unique fields the transition writes. */
  readonly claims: readonly { field: string; value: string }[];
}

export const FIELD_BY_NAME: ReadonlyMap<string, FieldSpec> = new Map(HARDWARE_FIELDS.map((f) => [f.name, f]));

/** A hardware field's value as a detail reads it, from stored properties (money as {amount, currency}). */
export function fieldAsDetail(field: string, read: (key: string) => unknown): unknown {
  if (FIELD_BY_NAME.get(field)?.kind !== 'money') return read(field) ?? undefined;
  const [amount, currency] = [read(`${field}Amount`), read(`${field}Currency`)];
  return amount === undefined || amount === null || currency === undefined || currency === null
    ? undefined
    : { amount, currency };
}

/** Stored properties of a field set from a detail value (money takes two). */
export function stored(field: FieldSpec, value: unknown): Record<string, StoredValue> {
  if (field.kind === 'money') {
    const m = value as { amount: number; currency: string };
    const [amount, currency] = storedProperties(field);
    return { [amount]: m.amount, [currency]: m.currency };
  }
  return { [field.name]: value as StoredValue };
}

export function planTransition(
  index: number,
  where: Where,
  request: TransitionRequest,
  current: Record<string, unknown> | undefined,
  today: string,
): Plan {
  if (!current) throw notFound('CI', request.id, `${where.fieldPrefix}id`);
  if (current.version !== request.expectedVersion) {
    const reason = `${request.id} is at version ${String(current.version)}, not ${request.expectedVersion}: someone changed it; re-read and retry`;
    throw refuse(where, 'staleVersion', [{ field: 'expectedVersion', reason }], 'CONFLICT', {
      currentVersion: current.version,
    });
  }
  const className = current.class as string;
  const found = findTransition(className, current.lifecycleState as string, request.to);
  if (isRefusal(found)) throw refuse(where, found.rule, [found]);
  const checked = validateDetails(found, request.details, today);
  if (!checked.ok) throw refuse(where, 'details', checked.problems);
  const { details } = checked;

  const props: Record<string, StoredValue> = {};
  const claims: { field: string; value: string }[] = [];
  for (const [fieldName, detail] of Object.entries(found.sets)) {
    const value = details[detail];
    if (value === undefined) continue;
    const field = FIELD_BY_NAME.get(fieldName)!;
    Object.assign(props, stored(field, value));
    if (field.unique) claims.push({ field: fieldName, value: value as string });
  }
  const status = found.operationalStatus;
  if (status !== null && current.operationalStatus !== status) props.operationalStatus = status;
  const before = Object.fromEntries(Object.keys(props).map((k) => [k, (current[k] ?? null) as StoredValue]));
  const references = Object.entries(details).flatMap(([detail, value]) => {
    const type = DETAIL_BY_NAME.get(detail)?.reference;
    return type ? [{ detail, type, targetId: value as string }] : [];
  });
  return { index, where, id: request.id, className, transition: found, details, props, before, references, claims };
}
