/**
 * Hostile uploads to POST /import, sent byte by byte over raw sockets: a
 * multipart form that never closes, a form without its boundary or its file
 * part, a body that is not CSV, and clients that hang up mid-body. Each must
 * be a 400 naming the reason (or nothing, when the client is gone), with the
 * server still answering, no unhandled rejection, and nothing left behind: no
 * job folder, no partial file, no open file descriptor. Also: the files an
 * upload leaves are private (0700 folders, 0600 files).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { startApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { resetGraph, testDriver, testExecutor } from '../support/api';
import { until } from '../support/instances';

jest.setTimeout(300_000);

let driver: Driver;
let app: RunningApp;
let importDir: string;
let base: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  driver = testDriver();
  const executor = testExecutor(driver);
  await resetGraph(executor);
  importDir = join(mkdtempSync(join(tmpdir(), 'estate-hostile-')), 'imports');
  // No security settings: every caller is the local admin (these tests are about the upload, not auth).
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
  process.off('unhandledRejection', onUnhandled);
  await app.stop();
  await driver.close();
  rmSync(join(importDir, '..'), { recursive: true, force: true });
});

const BOUNDARY = 'estate-hostile-boundary';
const CSV = 'Serial,Name\nHOST-1,hostile-one\n';

/** A multipart form with a `file` part, cut before its closing boundary when `truncated`. */
function form(truncated: boolean, csv = CSV): string {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  return truncated ? head + csv : `${head}${csv}\r\n--${BOUNDARY}--\r\n`;
}

interface RawAnswer {
  status: number;
  body: string;
}

/**
 * POST `body` to `path` over a fresh socket, with a correct Content-Length for
 * `declaredLength` (default: the body's). With `hangUp`, the socket is
 * destroyed after the body is sent instead of waiting for the answer.
 */
function rawPost(
  path: string,
  contentType: string | undefined,
  body: string,
  options: { declaredLength?: number; hangUp?: boolean } = {},
): Promise<RawAnswer | undefined> {
  const length = options.declaredLength ?? Buffer.byteLength(body);
  const head =
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
    (contentType ? `Content-Type: ${contentType}\r\n` : '') +
    `Content-Length: ${length}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(app.port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', (error) => (options.hangUp ? resolve(undefined) : reject(error)));
    socket.on('close', () => {
      if (options.hangUp) return resolve(undefined);
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(head + body, () => {
      if (options.hangUp) setTimeout(() => socket.destroy(), 5);
    });
  });
}

/** The JSON error of an answer (chunked bodies are unwrapped by taking the JSON object inside). */
function errorOf(answer: RawAnswer | undefined): { code?: string; field?: string; reason?: string } {
  const json = answer?.body.slice(answer.body.indexOf('{'), answer.body.lastIndexOf('}') + 1) ?? '{}';
  const parsed = JSON.parse(json) as { errors?: { extensions: { code: string; field: string; reason: string } }[] };
  return parsed.errors?.[0].extensions ?? {};
}

const stillAnswers = async () => expect((await fetch(`${base}/healthz`)).status).toBe(200);
const jobFolders = () => readdirSync(importDir);
const openFds = () => readdirSync('/proc/self/fd').length;

describe('a bad upload is a 400 with the reason, and the server stays up with nothing left behind', () => {
  it('a multipart form that never closes ("Unexpected end of form")', async () => {
    const answer = await rawPost('/import?class=Server', `multipart/form-data; boundary=${BOUNDARY}`, form(true));
    expect(answer?.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: expect.stringMatching(/Unexpected end of form/),
    });
    await stillAnswers();
    expect(jobFolders()).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('a multipart form without its boundary, or without a file part', async () => {
    const noBoundary = await rawPost('/import?class=Server', 'multipart/form-data', form(false));
    expect(noBoundary?.status).toBe(400);
    expect(errorOf(noBoundary)).toMatchObject({ code: 'BAD_USER_INPUT', reason: expect.stringMatching(/oundary/) });
    const fieldOnly = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n{}\r\n--${BOUNDARY}--\r\n`;
    const noFile = await rawPost('/import?class=Server', `multipart/form-data; boundary=${BOUNDARY}`, fieldOnly);
    expect(noFile?.status).toBe(400);
    expect(errorOf(noFile)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: expect.stringMatching(/part named "file"/),
    });
    await stillAnswers();
    expect(jobFolders()).toEqual([]);
  });

  it('a body that is not CSV by its content type', async () => {
    const answer = await rawPost('/import?class=Server', 'application/json', '{"Serial":"X"}');
    expect(answer?.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: expect.stringMatching(/text\/csv.*not application\/json/),
    });
    expect(jobFolders()).toEqual([]);
  });

  it('clients that hang up mid-body, raw or multipart: no folder, partial file or descriptor is left (50 of each)', async () => {
    const hangUps = (n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          i % 2 === 0
            ? rawPost('/import?class=Server', 'text/csv', CSV, { declaredLength: 1_000_000, hangUp: true })
            : rawPost('/import?class=Server', `multipart/form-data; boundary=${BOUNDARY}`, form(true), {
                declaredLength: 1_000_000,
                hangUp: true,
              }),
        ),
      );
    // A first round warms up whatever the server opens once (sockets to Neo4j, loggers).
    await hangUps(10);
    await until(() => jobFolders().length === 0, 10_000);
    const before = openFds();
    for (let round = 0; round < 10; round++) await hangUps(10);
    await until(() => jobFolders().length === 0, 10_000);
    // Sockets close asynchronously: give them a moment before counting.
    await new Promise((r) => setTimeout(r, 500));
    expect(openFds() - before).toBeLessThan(10);
    await stillAnswers();
    expect(unhandled).toEqual([]);
  });
});

it('keeps an upload and its reports private: 0700 folders, 0600 files', async () => {
  const answer = await rawPost('/import?class=Server&dryRun=true', 'text/csv', `${CSV}HOST-2,two,Sparkly\n`);
  expect(answer?.status).toBe(202);
  const jobId = (JSON.parse(answer!.body.slice(answer!.body.indexOf('{'))) as { jobId: string }).jobId;
  const jobDir = join(importDir, jobId);
  await until(() => readdirSync(jobDir).includes('report.csv'), 30_000);
  expect(statSync(importDir).mode & 0o777).toBe(0o700);
  expect(statSync(jobDir).mode & 0o777).toBe(0o700);
  // The upload itself is removed once the job is done: look at whatever is still there.
  const files = readdirSync(jobDir).flatMap((name) => {
    try {
      return [[name, statSync(join(jobDir, name)).mode & 0o777]];
    } catch {
      return [];
    }
  });
  expect(files).toContainEqual(['report.csv', 0o600]);
  for (const [name, mode] of files) expect([name, mode]).toEqual([name, 0o600]);
});
