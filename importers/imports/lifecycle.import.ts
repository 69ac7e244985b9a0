/**
 * A lifecycle move a CSV row asks for — its status differs from the CI's
 * state — held to the rules `transitionLifecycle` applies, never fewer:
 *
 * - the move must be in the transition table (graph/lifecycle/lifecycle.rules.ts);
 * - its required details must be there: a detail the table records on the
 *   CI (`sets`: receivedDate, retirementReason, disposalCertificate…) is read
 *   from the row, or from the CI when the row leaves it alone, and validated
 *   as the API validates it;
 * - a detail that makes a relationship (locationId, ownerId) comes from the
 *   row's reference columns (location, owner…: reference.columns.ts), whose
 *   relationships the import writes with the row; one the row does not give
 *   (or one no column can give: vendorId) refuses the move, naming it, as
 *   does a guard that checks the graph (nothing in service still depends on
 *   the CI): such a move is made through `transitionLifecycle` instead.
 *
 * An accepted move is written with the row's other fields and recorded as a
 * lifecycle event (import.write.ts), as every transition is. A row that
 * creates its CI past PLANNED is held to the moves that lead to its state
 * the same way (importedCreation), and recorded by one event from null.
 */
import { EstateError } from '../../graph/platform/errors';
import type { StoredProps, StoredValue } from '../../graph/items/items.validation';
import { creationRule, describePath, planCreation } from '../../graph/lifecycle/lifecycle.creation';
import { unsanitised } from '../../graph/lifecycle/lifecycle.guards';
import type { Where } from '../../graph/lifecycle/refusals';
import { today } from '../../graph/lifecycle/dates';
import { validateDetails } from '../../graph/lifecycle/lifecycle.details';
import { DETAIL_BY_NAME, findTransition, isRefusal } from '../../graph/lifecycle/lifecycle.rules';
import { HARDWARE_FIELDS } from '../../graph/model/classes';

export interface ImportedTransition {
  from: string;
  to: string;
  /** The details the move records, as transitionLifecycle would record them. */
  details: Record<string, unknown>;
  /**
   * Fields the move sets besides those the row gives: a field whose detail
   * took its default (a date of today), and the operationalStatus the table
   * gives the new state (unless the row says it).
   */
  fields: Record<string, string>;
}

const MONEY_FIELDS = new Set(HARDWARE_FIELDS.filter((f) => f.kind === 'money').map((f) => f.name));

const refuse = (reason: string) =>
  new EstateError('BAD_USER_INPUT', 'lifecycle', [{ field: 'row.lifecycleState', reason }]);

/** A CI field's value after the row's changes (money as {amount, currency}). */
function fieldValue(field: string, current: Record<string, unknown>, changed: StoredProps): unknown {
  const read = (key: string) => (key in changed ? changed[key] : current[key]) ?? undefined;
  if (!MONEY_FIELDS.has(field)) return read(field);
  const amount = read(`${field}Amount`);
  const currency = read(`${field}Currency`);
  return amount === undefined || currency === undefined ? undefined : { amount, currency };
}

/** A CI a row creates past PLANNED: the event that records it and the fields the creation sets. */
export interface ImportedCreation {
  to: string;
  details: Record<string, unknown>;
  /** Fields set besides the row's: dates of today the path records, and the status the state implies. */
  fields: Record<string, StoredValue>;
}

/** The column that gives each reference detail, for the refusal that names what a row lacks. */
const REFERENCE_COLUMN: Readonly<Record<string, string>> = { locationId: 'location', ownerId: 'owner' };

/** `needs ownerId (OWNED_BY), which the row does not give: …` */
function needs(missing: readonly string[]): string {
  const made = missing.map((d) => `${d} (${DETAIL_BY_NAME.get(d)!.reference})`).join(', ');
  const columns = missing.map((d) => REFERENCE_COLUMN[d]).filter(Boolean);
  const give = columns.length
    ? `give the row ${columns.map((c) => `${/^[aeiou]/.test(c) ? 'an' : 'a'} ${c}`).join(' and ')} column naming a CI that exists`
    : 'no column gives it';
  return `needs ${made}, which the row does not give: ${give}, or import it IN_STOCK and make the move with transitionLifecycle`;
}

/** The reference details a move takes, from the row's resolved references. */
function takenReferences(taken: readonly string[], references: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.entries(references).filter(([d]) => taken.includes(d)));
}

const IMPORT_ROW: Where = { fieldPrefix: '', label: '', action: 'creation' };

/**
 * Check a row that creates its CI in `state` against the moves that lead there
 * (graph/lifecycle/lifecycle.creation.ts), as createItem checks it: the details
 * come from the fields the moves record (retirementReason, disposalCertificate…)
 * and from the row's resolved references (`references`: DEPLOYED needs
 * locationId and ownerId, the row's location and owner); a reference the path
 * needs and the row does not give is refused; the disposal guard is read from
 * the details, and noInServiceDependents holds for a CI that does not exist
 * yet. Undefined for a plain create (PLANNED, or a class without a lifecycle).
 */
export function importedCreation(
  className: string,
  id: string,
  state: string,
  props: StoredProps,
  now = new Date(),
  references: Readonly<Record<string, string>> = {},
): ImportedCreation | undefined {
  const rule = creationRule(className, state);
  if (rule === null) return undefined;
  if (isRefusal(rule)) throw refuse(`refused by rule ${rule.rule}: ${rule.reason}`);
  const created = `creating a ${className} in ${state} (${describePath(rule)})`;
  const missing = rule.required.filter((d) => DETAIL_BY_NAME.get(d)?.reference && !(d in references));
  if (missing.length) throw refuse(`refused by rule details: ${created} ${needs(missing)}`);
  const given = takenReferences([...rule.required, ...rule.optional], references);
  const fieldOf = new Map(Object.entries(rule.sets).map(([field, detail]) => [detail, field]));
  const named = (field: string | undefined) => {
    const detail = (field ?? '').replace(/^details\.?/, '');
    return fieldOf.get(detail) ?? detail;
  };
  let plan;
  try {
    plan = planCreation({ id, className, state, props, details: given }, IMPORT_ROW, today(now))!;
  } catch (error) {
    if (!(error instanceof EstateError)) throw error;
    const said = error.details.map((d) => `${named(d.field)}: ${d.reason}`).join('; ');
    throw refuse(`refused by rule ${String(error.extra.rule)}: ${said}`);
  }
  const unsafe = unsanitised(className, plan.details);
  if (unsafe) throw refuse(`refused by rule sanitisedIfStorageBearing: ${named(unsafe.field)}: ${unsafe.reason}`);
  return { to: state, details: { ...plan.details }, fields: plan.props };
}

/** Check the move a row asks for; throws a row refusal (field row.lifecycleState) when the rules refuse it. */
export function importedTransition(
  className: string,
  current: Record<string, unknown>,
  changed: StoredProps,
  to: string,
  now = new Date(),
  references: Readonly<Record<string, string>> = {},
): ImportedTransition {
  const from = current.lifecycleState as string;
  const found = findTransition(className, from, to);
  if (isRefusal(found)) throw refuse(found.reason);
  const move = `${from} → ${to}`;
  const missing = found.required.filter((d) => DETAIL_BY_NAME.get(d)?.reference && !(d in references));
  if (missing.length) throw refuse(`${move} ${needs(missing)}`);
  if (found.guards.length) {
    throw refuse(
      `${move} is checked against the graph (${found.guards.join(', ')}); make this move with transitionLifecycle`,
    );
  }
  const fieldOf = new Map(Object.entries(found.sets).map(([field, detail]) => [detail, field]));
  const details: Record<string, unknown> = takenReferences([...found.required, ...found.optional], references);
  for (const [detail, field] of fieldOf) {
    const value = fieldValue(field, current, changed);
    if (value !== undefined) details[detail] = value;
  }
  const checked = validateDetails(found, details, today(now));
  if (!checked.ok) {
    const said = checked.problems.map((p) => {
      const detail = p.field.replace(/^details\./, '');
      const field = fieldOf.get(detail);
      return field ? `${field}: ${p.reason}` : `${detail}: ${p.reason}`;
    });
    throw refuse(`${move}: ${said.join('; ')}`);
  }
  const fields: Record<string, string> = {};
  for (const [detail, field] of fieldOf) {
    const value = checked.details[detail];
    if (!(detail in details) && typeof value === 'string') fields[field] = value;
  }
  if (found.operationalStatus !== null && !('operationalStatus' in changed)) {
    fields.operationalStatus = found.operationalStatus;
  }
  return { from, to, details: { ...checked.details }, fields };
}
