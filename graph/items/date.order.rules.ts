/**
 * Pairs of date fields of one CI that must come in order, as data: a
 * contract cannot end before it starts. Checked on every create, update and
 * import row against the CI's values after the write (an update that moves
 * only the start is judged with the end the CI already has). Equal dates
 * pass: a contract covering one day starts and ends on it.
 */
import { EstateError } from '../platform/errors';
import type { ErrorDetail } from '../platform/errors';

export interface DateOrderRule {
  readonly className: string;
  readonly earlier: string;
  readonly later: string;
  readonly what: string;
}

export const DATE_ORDER_RULES: readonly DateOrderRule[] = [
  { className: 'Contract', earlier: 'startDate', later: 'endDate', what: 'a contract cannot end before it starts' },
  {
    className: 'Circuit',
    earlier: 'installDate',
    later: 'terminationDate',
    what: 'a circuit cannot end before it is installed',
  },
];

/**
 * The rules `values` (the CI's fields after the write) break. A problem names the field the write gives
 * (`given`, when known), the later one when it gives both.
 */
export function dateOrderProblems(
  className: string,
  values: Readonly<Record<string, unknown>>,
  path: string,
  given: ReadonlySet<string> = new Set(Object.keys(values)),
): ErrorDetail[] {
  return DATE_ORDER_RULES.filter((r) => r.className === className).flatMap((r) => {
    const [start, end] = [values[r.earlier], values[r.later]];
    if (typeof start !== 'string' || typeof end !== 'string' || end >= start) return [];
    const field = given.has(r.later) || !given.has(r.earlier) ? r.later : r.earlier;
    return [{ field: `${path}.${field}`, reason: `${r.later} ${end} is before ${r.earlier} ${start}: ${r.what}` }];
  });
}

/** Refuse (BAD_USER_INPUT, naming the fields) values whose dates are out of order. */
export function checkDateOrder(
  className: string,
  values: Readonly<Record<string, unknown>>,
  path: string,
  given?: ReadonlySet<string>,
): void {
  const problems = dateOrderProblems(className, values, path, given);
  if (problems.length === 0) return;
  throw new EstateError(
    'BAD_USER_INPUT',
    `invalid ${className}: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
    problems,
  );
}
