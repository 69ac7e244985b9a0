/**
 * The limits a CSV file and the reports an import writes must keep, in one
 * place. They exist because a file a few KB long can otherwise make the
 * server do quadratic work: a header of thousands of repeated names once
 * wrote a 45 MB error report from a 21 KB file (and 1.87 GB from 5 MB)
 * while the API stalled. Every refusal names the limit and its value.
 */
import { EstateError } from '../../graph/platform/errors';

/** Most columns a record (the header or a data row) may have. */
export const MAX_COLUMNS = 1000;

/** Most characters one record may hold (a line, or several lines joined by quoted newlines): 1 MiB. */
export const MAX_LINE_CHARS = 1 << 20;

/** Largest error report an import writes; past it, one last line says the report was cut. 10 MiB. */
export const MAX_REPORT_BYTES = 10 << 20;

/** Most lines (errors) an error report lists before it is cut. */
export const MAX_REPORT_LINES = 100_000;

/** How many days the server keeps a finished job's upload and reports (ESTATE_IMPORT_RETENTION_DAYS). */
export const DEFAULT_RETENTION_DAYS = 30;

/** A record past one of the limits above: LIMIT_EXCEEDED naming where, which limit and its value. */
export function csvLimitExceeded(where: string, what: string, limit: string, value: number): EstateError {
  return new EstateError(
    'LIMIT_EXCEEDED',
    `${where}: ${what}; the limit is ${value.toLocaleString('en')} (${limit}), so the file was refused`,
    [{ field: where, reason: `${what} (limit ${limit} = ${value})` }],
    { limit, max: value },
  );
}
