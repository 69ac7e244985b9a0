/**
 * Reading a CSV file as a stream of records, the way people really have
 * them: UTF-8 with or without a byte-order mark, or another encoding (Excel
 * on Windows saves windows-1252, on a Mac `macintosh`, "Unicode text" is
 * UTF-16); CR, LF or CRLF line ends; quoted fields with newlines inside;
 * comma, semicolon or tab delimiters (sniffed from the header line unless
 * given). Parsing is csv-parse's, streaming, so memory stays flat whatever
 * the file size. Which encoding, when the user names none, is decided from
 * the whole file before this reads it (encoding.detect.ts). Headers are returned as the first record, unchecked: the
 * column planner checks them.
 *
 * Limits (importers/import.limits.ts) are checked as the file is read, so
 * a hostile file costs no more than a well-formed one: a header line longer
 * than MAX_LINE_CHARS or with more than MAX_COLUMNS columns is refused
 * before it is parsed, and so is any later record past either limit.
 * Cells escaped against formula injection by Estate's own CSV writers
 * (importers/formula.escape.ts) are unescaped here, so an export imports
 * back to the very same values.
 */
import { Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { badInput, EstateError } from '../../graph/platform/errors';
import { decodeStream, encodingExists } from './encoding.tables';
import { unescapeFormula } from './formula.escape';
import { csvLimitExceeded, MAX_COLUMNS, MAX_LINE_CHARS } from './import.limits';

export interface CsvRecord {
  /** 0 for the header, then 1, 2, … for data rows (blank lines are skipped and not counted). */
  row: number;
  /** Line of the file where the record starts (1-based; a quoted newline makes a record span lines). */
  line: number;
  values: string[];
}

export interface CsvSourceOptions {
  encoding: string;
  delimiter?: string;
}

export interface CsvSource {
  records: AsyncIterable<CsvRecord>;
  /** Bytes of the file read so far (for progress and ETA). */
  bytesRead(): number;
  /** Delimiter in use, once the first record has been read. */
  delimiter(): string | undefined;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

/** How many times each candidate delimiter occurs in the header line, counting only outside quotes. */
function delimiterCounts(headerLine: string): Map<string, number> {
  const counts = new Map(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return counts;
}

/** The delimiter that splits the header line into the most fields, counting only outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  const counts = delimiterCounts(headerLine);
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Refuse a header line past the limits before csv-parse sees it: `head` is
 * the start of the file, read up to the first line break or MAX_LINE_CHARS.
 */
function checkHeaderLine(head: string, delimiter: string): void {
  const lineBreak = head.search(/[\r\n]/);
  if (lineBreak < 0 && head.length >= MAX_LINE_CHARS)
    throw csvLimitExceeded(
      'line 1',
      `the header line is longer than ${MAX_LINE_CHARS} characters`,
      'MAX_LINE_CHARS',
      MAX_LINE_CHARS,
    );
  const line = lineBreak < 0 ? head : head.slice(0, lineBreak);
  const columns = (delimiterCounts(line).get(delimiter) ?? countOf(line, delimiter)) + 1;
  if (columns > MAX_COLUMNS)
    throw csvLimitExceeded('line 1', `the header has ${columns} columns`, 'MAX_COLUMNS', MAX_COLUMNS);
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Records of a CSV byte stream; a file that is not well-formed CSV fails with BAD_USER_INPUT naming the line. */
export function readCsv(input: Readable, options: CsvSourceOptions): CsvSource {
  if (!encodingExists(options.encoding)) throw badInput('encoding', `unknown encoding ${options.encoding}`);
  const counter = new ByteCounter();
  let delimiter = options.delimiter;

  async function* records(): AsyncGenerator<CsvRecord> {
    input.on('error', (error) => counter.destroy(error));
    // The decoder strips a BOM for UTF-8 and UTF-16; csv-parse's `bom` catches one that survives.
    const decoded = input.pipe(counter).pipe(decodeStream(options.encoding));
    const chunks = decoded[Symbol.asyncIterator]() as AsyncIterator<string>;
    let head = '';
    while (!/[\r\n]/.test(head) && head.length < MAX_LINE_CHARS) {
      const next = await chunks.next();
      if (next.done) break;
      head += next.value;
    }
    delimiter ??= sniffDelimiter(head.split(/\r\n|\r|\n/, 1)[0]);
    checkHeaderLine(head, delimiter);
    const rest = async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    };
    const parser = Readable.from(rest(), { objectMode: false }).pipe(
      parse({
        bom: true,
        delimiter,
        relax_quotes: false,
        relax_column_count: true,
        // csv-parse counts the characters of the record it is building: a record past this is refused
        // (CSV_MAX_RECORD_SIZE, see csvError) before it can grow further.
        max_record_size: MAX_LINE_CHARS,
      }),
    );
    // Lines are counted here rather than by csv-parse, which counts a quoted CRLF as two.
    let row = 0;
    let line = 1;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        const start = line;
        line += 1 + countLineBreaks(record);
        if (record.length === 1 && record[0].trim() === '') continue;
        if (record.length > MAX_COLUMNS)
          throw csvLimitExceeded(
            row === 0 ? 'line 1' : `row ${row}, line ${start}`,
            `the record has ${record.length} columns`,
            'MAX_COLUMNS',
            MAX_COLUMNS,
          );
        yield { row: row++, line: start, values: record.map(unescapeFormula) };
      }
    } catch (error) {
      throw csvError(error);
    }
  }

  return { records: records(), bytesRead: () => counter.bytes, delimiter: () => delimiter };
}

function countLineBreaks(values: string[]): number {
  let n = 0;
  for (const v of values) {
    if (v.length < 2 || (!v.includes('\n') && !v.includes('\r'))) continue;
    n += v.split(/\r\n|\r|\n/).length - 1;
  }
  return n;
}

function csvError(error: unknown): unknown {
  if (error instanceof EstateError) return error;
  const e = error as CsvError & { lines?: number };
  const where = e.lines ? `line ${e.lines}` : 'the file';
  if (e.code === 'CSV_MAX_RECORD_SIZE')
    return csvLimitExceeded(
      where,
      `a record is longer than ${MAX_LINE_CHARS} characters`,
      'MAX_LINE_CHARS',
      MAX_LINE_CHARS,
    );
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
    return new EstateError('BAD_USER_INPUT', `the file is not well-formed CSV at ${where}: ${e.message}`, [
      { field: where, reason: e.message },
    ]);
  }
  return error;
}

/**
 * Read only the header record and check it against the limits (and that the
 * file is CSV at all), then stop reading: what the server does with an upload
 * before it starts a job, so a hostile file is refused before any work.
 */
export async function checkHeader(input: Readable, options: CsvSourceOptions): Promise<void> {
  const records = readCsv(input, options).records[Symbol.asyncIterator]();
  try {
    await records.next();
  } finally {
    await records.return?.(undefined);
    input.destroy();
  }
}
