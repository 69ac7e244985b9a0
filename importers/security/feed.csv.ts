/**
 * CSV feeds (CISA KEV's CSV, endoflife.date-style cycle tables) as one object per row, keyed
 * by header, read as a stream by the CSV importer's own reader (encoding, delimiter sniffing,
 * limits). Rows are checked with the feed's zod schema; a problem is placed at `row N, column
 * X` (rows count from 1 after the header, as in the CSV item import).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';

import { EstateError } from '../../graph/platform/errors';
import { readCsv } from '../imports/csv.source';

import type { ProblemLog } from './feed.errors';

export interface CsvRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Rows of a CSV file as header → cell; a missing required column is one problem and no rows. */
export async function* csvRows(
  path: string,
  required: readonly string[],
  problems: ProblemLog,
): AsyncGenerator<CsvRow> {
  const file = basename(path);
  let header: string[] | undefined;
  try {
    for await (const record of readCsv(createReadStream(path), { encoding: 'utf-8' }).records) {
      if (header === undefined) {
        header = record.values.map((h) => h.trim());
        const missing = required.filter((c) => !header?.includes(c));
        if (missing.length > 0) {
          return problems.add({
            file,
            at: 'row 0',
            reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
          });
        }
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => {
        const cell = record.values[i]?.trim() ?? '';
        if (name !== '' && cell !== '') values[name] = cell;
      });
      yield { row: record.row, values };
    }
  } catch (error) {
    if (!(error instanceof EstateError)) throw error;
    problems.add({ file, at: error.details[0]?.field ?? '', reason: error.message });
  }
  if (header === undefined) problems.add({ file, at: '', reason: 'the file is empty' });
}

/** zod's issues on a row object, at their row and column. */
export const rowProblems = (
  file: string,
  row: number,
  error: z.ZodError,
): { file: string; at: string; reason: string }[] =>
  error.issues.map((issue) => ({
    file,
    at: issue.path.length > 0 ? `row ${row}, column ${String(issue.path[0])}` : `row ${row}`,
    reason: issue.message,
  }));
