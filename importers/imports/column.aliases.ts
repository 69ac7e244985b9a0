/**
 * The shape of a source profile's column table: another tool's column name
 * and the Estate target it fills. The tables themselves are data, one file per
 * tool under profiles/, and an alias belongs to its tool only: one tool's
 * names never bend another's (ServiceNow's `model_number` is not Snipe-IT's
 * "Model Number").
 *
 * Headers are compared squashed (lower case, letters and digits only), so
 * `Serial Number`, `serial_number` and `SERIAL-NUMBER` are one name. An entry
 * lists its targets in order of preference; the first that the class being
 * imported has is used (`Purchase Cost` is a Server's purchaseCost but a
 * licence Contract's cost), and `attr.<name>` is always there. `null` leaves
 * the column out on purpose (another tool's counters, a licence key), with
 * the reason shown in the plan.
 *
 * `warrantyMonths` is not a field: it is a warranty length, turned into
 * warrantyEnd from the purchase date when no end date is given. `class` is
 * the class column, checked against the class imported.
 */

export const WARRANTY_MONTHS = 'warrantyMonths';

export interface ColumnAlias {
  readonly header: string;
  /** Targets in order of preference; null: not imported, for `reason`. */
  readonly targets: readonly string[] | null;
  readonly reason?: string;
}

/** Headers that fill the first of `targets` the class has. */
export const alias = (targets: string | readonly string[], ...headers: string[]): ColumnAlias[] =>
  headers.map((header) => ({ header, targets: typeof targets === 'string' ? [targets] : targets }));

/** Headers left out on purpose, for a reason the plan shows. */
export const skip = (reason: string, ...headers: string[]): ColumnAlias[] =>
  headers.map((header) => ({ header, targets: null, reason }));

/**
 * Headers kept under the given name: the class's field of that name where it has one, else the attribute
 * (whatever the unknown-column policy).
 */
export const keep = (name: string, ...headers: string[]): ColumnAlias[] => alias([name, `attr.${name}`], ...headers);
