/**
 * End-of-life rules for release cycles (endoflife.date's model): a cycle's `eol`, `support`
 * and `extendedSupport` are each a date or a boolean. A cycle is past a date on day D only
 * when D is after it: the EOL day itself is the last day of support, not past it. `true`
 * means ended on an unknown day (past on every day); `false` means no end announced.
 * Days are calendar dates (YYYY-MM-DD) compared as day numbers, never as strings.
 */

/** A date (YYYY-MM-DD) or a boolean, as endoflife.date writes `eol`, `support`, `extendedSupport`. */
export type EndMark = string | boolean;

export interface ReleaseCycle {
  readonly product: string;
  readonly cycle: string;
  readonly releaseDate?: string;
  readonly eol: EndMark;
  readonly lts?: EndMark;
  readonly support?: EndMark;
  readonly extendedSupport?: EndMark;
  readonly latest?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real calendar date, or null (2023-02-30 is no date). */
export const dayNumber = (date: string): number | null => {
  const m = DAY.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
};

const requireDay = (date: string, what: string): number => {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`${what} "${date}" is not a calendar date (YYYY-MM-DD)`);
  return n;
};

/** Whether day D is past an end mark: after its date, or on any day when it is `true`. */
export const isPast = (mark: EndMark | undefined, day: string): boolean => {
  if (mark === undefined || mark === false) return false;
  if (mark === true) return true;
  return requireDay(day, 'day') > requireDay(mark, 'end date');
};

/** The rule of issue 19: past EOL on day D only when D is after the EOL date. */
export const isPastEol = (cycle: ReleaseCycle, day: string): boolean => isPast(cycle.eol, day);

/** Whether the cycle is not past EOL on day D and its EOL date falls in [D, D + withinDays]. */
export const reachesEolWithin = (cycle: ReleaseCycle, day: string, withinDays: number): boolean => {
  if (typeof cycle.eol !== 'string' || isPastEol(cycle, day)) return false;
  const daysLeft = requireDay(cycle.eol, 'end date') - requireDay(day, 'day');
  return daysLeft <= withinDays;
};

/** The calendar day (UTC) of an instant, for callers holding a Date. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);
