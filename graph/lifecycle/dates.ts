/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, the form the model stores
 * dates in), in UTC so a date never shifts with the server's time zone.
 */

const DAY_MS = 86_400_000;

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC. */
export function today(now: Date = new Date()): string {
  return format(now);
}

export function addDays(date: string, days: number): string {
  return format(new Date(parse(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS);
}

/**
 * The same day `months` later; a day the target month lacks becomes its
 * last day (31 January + 1 month = 28 or 29 February), as Neo4j's
 * `date + duration({months: n})` does.
 */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}
