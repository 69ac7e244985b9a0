/** Checking the arguments every report shares: a day count and the date the report is as of. */
import { badInput } from '../platform/errors';
import { today } from './dates';

/** Longest window a report looks ahead or back, in days (about thirty years). */
export const MAX_REPORT_DAYS = 11_000;

export function reportDays(field: string, days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_REPORT_DAYS) {
    throw badInput(field, `expected a whole number of days from 0 to ${MAX_REPORT_DAYS}; got ${days}`);
  }
  return days;
}

/** The report's date: the one given, else today (UTC). */
export function reportDate(asOf: string | undefined | null): string {
  return asOf ?? today();
}
