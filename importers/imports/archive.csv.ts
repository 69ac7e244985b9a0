/**
 * Small CSV files of a whole-estate archive (custom fields, stock,
 * checkouts): written from rows already read, read back whole. They hold
 * definitions and stock lines, not CIs, so they are small; the class files
 * and relationships stream (export.ts, export.relationships.ts).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import { escapeFormula, unescapeFormula } from './formula.escape';

/** Write a header and rows (each cell escaped against formulas) to a new file. */
export async function writeCsvFile(path: string, header: readonly string[], rows: readonly string[][]): Promise<void> {
  const file = createWriteStream(path);
  const csv = stringify({ header: false });
  csv.pipe(file);
  for (const record of [header, ...rows]) if (!csv.write(record.map(escapeFormula))) await once(csv, 'drain');
  csv.end();
  await once(file, 'close');
}

/** The data rows of a CSV file as objects by header name, with 1-based row numbers (the header is row 0). */
export function readCsvFile(path: string): { row: number; cells: Record<string, string> }[] {
  const records = parse<Record<string, string>>(readFileSync(path), { columns: true, bom: true });
  return records.map((cells, i) => ({
    row: i + 1,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, unescapeFormula(v)])),
  }));
}
