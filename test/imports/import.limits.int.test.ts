/**
 * Hostile CSV shapes against the import limits (importers/import.limits.ts),
 * over HTTP and through the CLI: a header of a million columns and a 100 MB
 * single line are refused before any work, naming the limit; a header of
 * repeated names no longer writes its header again for every error (a 21 KB
 * file once wrote a 45 MB report); and an error report stops at its cap with
 * a last line saying so. Each test asserts the size of what was written.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import type { Executor } from '../../graph/platform/executor';
import { MAX_COLUMNS, MAX_LINE_CHARS, MAX_REPORT_BYTES } from '../../importers/imports/import.limits';
import { startApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { cypher, resetGraph, testDriver, testExecutor } from '../support/api';
import { testCli, writeCsv } from './import.support';

jest.setTimeout(300_000);

let driver: Driver;
let executor: Executor;
let app: RunningApp;
let root: string;
let importDir: string;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  executor = testExecutor(driver);
  await resetGraph(executor);
  root = mkdtempSync(join(tmpdir(), 'estate-limits-'));
  importDir = join(root, 'imports');
  app = await startApp({
    executor,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: false,
    maxBody: '1mb',
    importDir,
  });
  base = app.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await app.stop();
  await driver.close();
  rmSync(root, { recursive: true, force: true });
});

/** A body streamed from generated chunks (never one string of its whole size). */
function streamOf(chunks: () => Generator<string>): ReadableStream<Uint8Array> {
  return Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array>;
}

function* oneLine(bytes: number): Generator<string> {
  const chunk = 'x'.repeat(1 << 20);
  for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
}

function* manyColumns(columns: number): Generator<string> {
  for (let i = 0; i < columns; i += 10_000)
    yield Array.from({ length: Math.min(10_000, columns - i) }, (_, j) => `c${i + j}`).join(',') + ',';
  yield '\nrow\n';
}

async function post(body: ReadableStream<Uint8Array> | string) {
  const started = performance.now();
  const res = await fetch(`${base}/import?class=Server`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'text/csv' },
    duplex: 'half',
  });
  const json = (await res.json()) as { errors?: { extensions: Record<string, unknown> }[]; jobId?: string };
  return { status: res.status, error: json.errors?.[0].extensions, jobId: json.jobId, ms: performance.now() - started };
}

async function writeFile(path: string, chunks: Generator<string>): Promise<string> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'close');
  return path;
}

const jobCount = async () => (await cypher(executor, 'MATCH (j:ImportJob) RETURN count(j) AS n'))[0].n as number;

describe('over HTTP: refused before a job is made, with the limit named, and nothing kept', () => {
  it('a header of a million columns', async () => {
    const jobs = await jobCount();
    const res = await post(streamOf(() => manyColumns(1_000_000)));
    expect(res.status).toBe(413);
    expect(res.error).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      field: 'line 1',
      reason: expect.stringMatching(new RegExp(`MAX_LINE_CHARS = ${MAX_LINE_CHARS}`)),
    });
    expect(await jobCount()).toBe(jobs);
    expect(readdirSync(importDir)).toEqual([]);
  });

  it('a header of more columns than MAX_COLUMNS, on a short line', async () => {
    const res = await post(streamOf(() => manyColumns(MAX_COLUMNS + 1)));
    expect(res.status).toBe(413);
    expect(res.error).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      field: 'line 1',
      reason: expect.stringMatching(new RegExp(`has ${MAX_COLUMNS + 2} columns .*MAX_COLUMNS = ${MAX_COLUMNS}`)),
    });
    expect(readdirSync(importDir)).toEqual([]);
  });

  it('a 100 MB single line, in about the time it takes to send it', async () => {
    const res = await post(streamOf(() => oneLine(100 << 20)));
    expect(res.status).toBe(413);
    expect(res.error).toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'line 1' });
    expect(res.ms).toBeLessThan(30_000);
    expect(readdirSync(importDir)).toEqual([]);
  });
});

describe('through the CLI', () => {
  it('a 100 MB single line fails the job at once, naming the limit, and writes no report', async () => {
    const file = await writeFile(join(root, 'one-line.csv'), oneLine(100 << 20));
    const started = performance.now();
    const job = await testCli(executor).import(file, { class: 'Server', errors: join(root, 'one-line.errors.csv') });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(/line 1: the header line is longer than 1048576 characters.*MAX_LINE_CHARS/);
    expect(existsSync(join(root, 'one-line.errors.csv'))).toBe(false);
    expect(job.created).toBe(0);
  });

  it('a header of repeated names writes one short line per problem, not the header again each time', async () => {
    // 999 columns all called "Serial": 998 duplicate-column errors. Before, each repeated the 7 KB header (7 MB).
    const header = Array.from({ length: MAX_COLUMNS - 1 }, () => 'Serial').join(',');
    const file = writeCsv(root, 'repeated.csv', `${header}\n${header.replace(/Serial/g, 'x')}\n`);
    const errors = join(root, 'repeated.errors.csv');
    const job = await testCli(executor).import(file, { class: 'Server', errors });
    expect(job.status).toBe('REJECTED');
    expect(job.errors).toBeGreaterThan(900);
    const size = statSync(errors).size;
    const lines: string[][] = parse(await readAll(errors), { relax_column_count: true });
    expect(lines.length).toBe(job.errors + 1);
    // The report's header line holds the file's header once; each error line is short.
    expect(size).toBeLessThan(header.length + job.errors * 300);
    expect(lines.slice(1).every((l) => l.length === 4)).toBe(true);
  });

  it('an error report stops at MAX_REPORT_BYTES with a last line that says how many errors it left out', async () => {
    // 40 rows of 400 KB each, every one invalid: 16 MB of errors in a 16 MB file.
    const wide = 'w'.repeat(400_000);
    const file = await writeFile(
      join(root, 'big-errors.csv'),
      (function* () {
        yield 'Serial,Name,Status,Description\n';
        for (let i = 0; i < 40; i++) yield `BIG-${i},big-${i},Sparkly,${wide}\n`;
      })(),
    );
    const errors = join(root, 'big-errors.errors.csv');
    const job = await testCli(executor).import(file, { class: 'Server', mode: 'partial', errors });
    expect(job.errors).toBe(40);
    expect(statSync(errors).size).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    const lines: string[][] = parse(await readAll(errors), { relax_column_count: true });
    const last = lines[lines.length - 1];
    const listed = lines.length - 2;
    expect(listed).toBeGreaterThan(20);
    expect(listed).toBeLessThan(40);
    expect(last[3]).toMatch(
      new RegExp(`the report was cut here: ${40 - listed} more error\\(s\\) are not listed.*MAX_REPORT_BYTES`),
    );
  });
});

async function readAll(path: string): Promise<string> {
  let text = '';
  for await (const chunk of createReadStream(path, 'utf8')) text += chunk as string;
  return text;
}
