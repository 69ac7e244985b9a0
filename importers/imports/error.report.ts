/**
 * The files an import leaves for people to read:
 *
 * - the error report: one line per problem — row, file line, column, reason
 *   — followed by the row's original cells under their original headers, so
 *   it can be fixed in a spreadsheet and imported again;
 * - the row report (dry runs, or on request): what each row did or would do
 *   — create, update with the field diff, unchanged, error.
 *
 * Both are CSV written through csv-stringify as the import goes, so they
 * never sit in memory; each is created only when it gets its first line
 * (with its folder), readable by its owner only (0600: it holds the file's data).
 *
 * Every cell is escaped against formula injection (importers/formula.escape.ts;
 * the import unescapes it, so an error report can be fixed and imported
 * again). The error report is capped (importers/import.limits.ts): a header
 * error is not followed by the header's cells again (they are the report's
 * own header, and repeating them for each of N header errors made the report
 * grow as N²), and past MAX_REPORT_LINES lines or MAX_REPORT_BYTES the
 * report stops and its last line says how many errors it left out.
 */
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { Stringifier } from 'csv-stringify';
import { escapeFormula } from './formula.escape';
import { MAX_REPORT_BYTES, MAX_REPORT_LINES } from './import.limits';

export interface RowOutcomeLine {
  row: number;
  line: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  /** The CI (or, for relationships, `from -TYPE-> to`) the row is about. */
  target?: string;
  matchedBy?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  errors?: { column?: string; reason: string }[];
}

/** About how many bytes a record takes as CSV (quotes doubled and added only where needed are ignored). */
const approximateBytes = (record: readonly string[]): number =>
  record.reduce((n, cell) => n + Buffer.byteLength(cell) + 1, 1);

class LazyCsv {
  private out?: { csv: Stringifier; file: WriteStream };
  lines = 0;
  /** Bytes written by this run, approximately (see approximateBytes). */
  bytes = 0;

  constructor(
    readonly path: string,
    private readonly header: () => string[],
    /** Append to a report an earlier run of the same job started (resume). */
    private readonly append = false,
  ) {}

  async write(record: string[]): Promise<void> {
    if (!this.out) {
      const appending = this.append && existsSync(this.path);
      // Error reports have a folder of their own (server/cli/errors.folder.ts), made on first use.
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      const file = createWriteStream(this.path, { flags: appending ? 'a' : 'w', mode: 0o600 });
      const csv = stringify({ header: false, bom: false });
      csv.pipe(file);
      this.out = { csv, file };
      if (!appending) this.put(this.header());
    }
    this.lines += 1;
    if (!this.put(record)) await once(this.out.csv, 'drain');
  }

  private put(record: readonly string[]): boolean {
    const cells = record.map(escapeFormula);
    this.bytes += approximateBytes(cells);
    return this.out!.csv.write(cells);
  }

  async close(): Promise<void> {
    if (!this.out) return;
    const { csv, file } = this.out;
    csv.end();
    await once(file, 'close');
    this.out = undefined;
  }
}

/** Room kept under MAX_REPORT_BYTES for the line that says the report was cut. */
const CLOSING_LINE_BYTES = 512;

export interface ReportLimits {
  maxLines: number;
  maxBytes: number;
}

export class ErrorReport {
  private readonly csv: LazyCsv;
  private headers: string[] = [];
  /** Errors left out once the report reached its limit. */
  private omitted = 0;

  constructor(
    path: string,
    append = false,
    private readonly limits: ReportLimits = { maxLines: MAX_REPORT_LINES, maxBytes: MAX_REPORT_BYTES },
  ) {
    this.csv = new LazyCsv(path, () => ['row', 'line', 'column', 'reason', ...this.headers], append);
  }

  get path(): string {
    return this.csv.path;
  }

  /** Lines written by this run. */
  get count(): number {
    return this.csv.lines;
  }

  setHeaders(headers: readonly string[]): void {
    this.headers = [...headers];
  }

  /** Errors left out because the report reached its limit. */
  get cut(): number {
    return this.omitted;
  }

  /** One line per error, each followed by the row's cells; a header error (row 0) by none (they head the report). */
  async add(row: number, line: number, errors: readonly { column?: string; reason: string }[], raw: readonly string[]) {
    const cells = row === 0 ? [] : raw;
    for (const e of errors) {
      const record = [String(row), String(line), e.column ?? '', e.reason, ...cells];
      if (this.omitted > 0 || this.wouldPassLimit(record)) {
        this.omitted += 1;
        continue;
      }
      await this.csv.write(record);
    }
  }

  /** Room is kept for the report's header line (written with its first line) and for the closing line. */
  private wouldPassLimit(record: readonly string[]): boolean {
    const header = this.csv.lines === 0 ? approximateBytes(this.headers) + 20 : 0;
    return (
      this.csv.lines >= this.limits.maxLines ||
      this.csv.bytes + header + approximateBytes(record) + CLOSING_LINE_BYTES > this.limits.maxBytes
    );
  }

  async close(): Promise<void> {
    if (this.omitted > 0) {
      const { maxLines, maxBytes } = this.limits;
      await this.csv.write([
        '',
        '',
        '',
        `the report was cut here: ${this.omitted} more error(s) are not listed (a report holds at most ${maxLines} errors and ${maxBytes} bytes: MAX_REPORT_LINES, MAX_REPORT_BYTES)`,
      ]);
      this.omitted = 0;
    }
    return this.csv.close();
  }
}

export const REPORT_HEADER = ['row', 'line', 'action', 'target', 'matchedBy', 'changes', 'errors'];

export class RowReport {
  private readonly csv: LazyCsv;

  constructor(path: string, append = false) {
    this.csv = new LazyCsv(path, () => REPORT_HEADER, append);
  }

  get path(): string {
    return this.csv.path;
  }

  add(o: RowOutcomeLine): Promise<void> {
    return this.csv.write([
      String(o.row),
      String(o.line),
      o.action,
      o.target ?? '',
      o.matchedBy ?? '',
      o.after ? JSON.stringify(diffPairs(o.before ?? {}, o.after)) : '',
      (o.errors ?? []).map((e) => (e.column ? `${e.column}: ${e.reason}` : e.reason)).join('; '),
    ]);
  }

  close(): Promise<void> {
    return this.csv.close();
  }
}

/** {field: [before, after]} for the fields a row changes. */
export function diffPairs(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, [before[k] ?? null, after[k]]]));
}

/** Properties every new CI gets that say nothing about the row (the id is new unless the row gave one). */
const BOOKKEEPING = new Set(['id', 'class', 'name', 'version', 'createdAt', 'updatedAt']);

/** One line for people: `row 3 update srv-1 (serialNumber=SN-1): purchaseCostAmount 100 → 200`. */
export function describeOutcome(o: RowOutcomeLine): string {
  const head = `row ${o.row} (line ${o.line}) ${o.action}${o.target ? ` ${o.target}` : ''}${o.matchedBy ? ` (matched by ${o.matchedBy})` : ''}`;
  if (o.action === 'error')
    return `${head}: ${(o.errors ?? []).map((e) => (e.column ? `${e.column}: ${e.reason}` : e.reason)).join('; ')}`;
  if (o.action === 'create' && o.after) {
    const fields = Object.entries(o.after)
      .filter(([k]) => !BOOKKEEPING.has(k))
      .map(([k, v]) => `${k} ${JSON.stringify(v)}`);
    // A new CI is named by its name (its id is made at write time); a relationship by its ends.
    const what = typeof o.after.class === 'string' ? JSON.stringify(o.after.name) : (o.target ?? '');
    return `row ${o.row} (line ${o.line}) create ${what}${fields.length ? `: ${fields.join(', ')}` : ''}`;
  }
  if (o.action === 'update' && o.after) {
    const changes = Object.entries(diffPairs(o.before ?? {}, o.after)).map(
      ([k, [b, a]]) => `${k} ${JSON.stringify(b)} → ${JSON.stringify(a)}`,
    );
    return `${head}: ${changes.join(', ')}`;
  }
  return head;
}
