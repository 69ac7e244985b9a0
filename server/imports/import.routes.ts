/**
 * CSV import and export over HTTP, beside /graphql:
 *
 *   POST /import?class=Server&mode=partial&dryRun=true   body: text/csv, or multipart
 *        with a `file` part (and optionally a `mapping` part, JSON) → 202 {jobId, …};
 *        `from=snipe-it|netbox|servicenow|generic` names the file's source profile
 *        (else told from its header)
 *   POST /import/relationships?mode=…                    same, for a relationships CSV
 *   GET  /import/:id                                     the job record (JSON)
 *   GET  /import/:id/errors.csv | /import/:id/report.csv  the job's error / row report
 *   POST /import/:id/resume                              carry on a job that stopped
 *   GET  /export?class=Server&lifecycleState=DEPLOYED&tag=…  CSV of the CIs
 *   GET  /export?relationships=LOCATED_IN,CONNECTED_TO&sourceClass=Server&targetClass=…
 *        CSV of the relationships (`relationships=all` for every type), as
 *        POST /import/relationships reads them
 *
 * The upload is streamed to disk (never held in memory) with a size limit
 * (413 with a JSON error past it), its header is checked against the CSV
 * limits (importers/import.limits.ts), then the job runs in the background;
 * follow it with the `importJob(id)` query or the `importProgress(jobId)`
 * subscription. Errors have the shape of every other Estate refusal
 * (`errors[0].extensions.code/field/reason`) and the HTTP status of the code.
 *
 * A bad upload (a truncated or malformed form, a body the client stopped
 * sending, no file part, a content type that is not CSV) is a 400 naming the
 * reason (nothing, when the client is gone), and its folder is removed with
 * every file descriptor closed: an upload's stream errors are always awaited,
 * since one left unawaited once took the whole process down. Uploads and
 * reports live in a private folder with a retention (importers/import.files.ts).
 */
import { createReadStream, createWriteStream, existsSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import busboy from 'busboy';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import { EstateError } from '../../graph/platform/errors';
import type { ErrorCode } from '../../graph/platform/errors';
import type { Executor } from '../../graph/platform/executor';
import type { JobProgressBus } from '../../graph/platform/jobs.progress';
import { checkHeader } from '../../importers/imports/csv.source';
import { exportColumns, exportCsv } from '../../importers/imports/export';
import type { ExportRequest } from '../../importers/imports/export';
import { checkRelationshipExport, exportRelationshipsCsv } from '../../importers/imports/export.relationships';
import type { RelationshipExportRequest } from '../../importers/imports/export.relationships';
import {
  makeJobDir,
  privateImportDir,
  retentionDaysFromEnv,
  scheduleImportSweep,
} from '../../importers/imports/import.files';
import { getJobOrThrow, jobStatuses } from '../../graph/imports/import.jobs';
import type { ImportJob } from '../../graph/imports/import.jobs';
import { parseMapping, resolveImportOptions } from '../../importers/imports/import.options';
import type { RawImportOptions } from '../../importers/imports/import.options';
import type { ImportKind, ImportOptions } from '../../graph/model/imports';
import { publishImportProgress } from '../../importers/imports/import.progress';
import type { ImportProgress } from '../../importers/imports/import.pipeline';
import { chooseEncoding, resumeImport, startImport } from '../../importers/imports/import.service';
import { LOCAL_OPERATOR, requestIdFrom } from '../context';
import { HTTP_STATUS, sendRefusal } from '../refusal';
import type { Caller } from '../context';

export interface ImportRoutesOptions {
  executor: Executor;
  logger: Logger;
  /** Live progress for `importProgress(jobId)` subscribers. */
  progress?: JobProgressBus;
  /**
   * Where uploads and reports are kept, one folder per job, made private (0700);
   * default: a new private folder under the OS temp folder, removed by stop().
   */
  dir?: string;
  /** Largest upload in bytes (default: ESTATE_MAX_UPLOAD_MB, else 500 MB). */
  maxUploadBytes?: number;
  /** Days a finished job's files are kept (default: ESTATE_IMPORT_RETENTION_DAYS, else 30). */
  retentionDays?: number;
}

export interface ImportRoutes {
  router: Router;
  /** The private folder the uploads and reports are kept in. */
  dir: string;
  /** Stop the daily sweep of old job folders (and remove the folder if it was made for this process). */
  stop(): void;
}

/** Statuses these routes need beyond the server's refusals: a missing job, a job that cannot resume, an upload too big. */
const ROUTE_STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, CONFLICT: 409, LIMIT_EXCEEDED: 413 };

/** ESTATE_MAX_UPLOAD_MB (read when the routes are made), else 500 MB. */
const defaultMaxUpload = () => Math.round(Number(process.env.ESTATE_MAX_UPLOAD_MB ?? 500) * 1024 * 1024);

/** Content types an upload may have (none at all is read as CSV too; curl's default is the urlencoded one). */
const CSV_TYPES = [
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
];
const MULTIPART = 'multipart/form-data';

/** What every route of this file needs. */
interface RouteContext {
  executor: Executor;
  logger: Logger;
  dir: string;
  maxBytes: number;
  onProgress?: (progress: ImportProgress) => void;
}

type Work = (req: Request, res: Response, requestId: string) => Promise<void>;

export function importRoutes(options: ImportRoutesOptions): ImportRoutes {
  const { executor, logger } = options;
  const dir = privateImportDir(options.dir);
  const ctx: RouteContext = {
    executor,
    logger,
    dir,
    maxBytes: options.maxUploadBytes ?? defaultMaxUpload(),
    onProgress: options.progress ? publishImportProgress(options.progress) : undefined,
  };
  const sweep = scheduleImportSweep(
    {
      dir,
      retentionDays: options.retentionDays ?? retentionDaysFromEnv(),
      statusOf: (ids) => jobStatuses(executor, ids),
    },
    logger,
  );
  const router = express.Router();
  router.post('/import', handle(ctx, uploadRoute(ctx, 'items')));
  router.post('/import/relationships', handle(ctx, uploadRoute(ctx, 'relationships')));
  router.get('/import/:id', handle(ctx, jobRoute(ctx)));
  router.get(
    '/import/:id/errors.csv',
    handle(
      ctx,
      fileRoute(ctx, (job) => job.errorsFile, 'error report'),
    ),
  );
  router.get(
    '/import/:id/report.csv',
    handle(
      ctx,
      fileRoute(ctx, (job) => job.reportFile, 'row report'),
    ),
  );
  router.post('/import/:id/resume', handle(ctx, resumeRoute(ctx)));
  router.get('/export', handle(ctx, exportRoute(ctx)));
  const stop = () => {
    sweep.stop();
    // A folder made for this process alone (no `dir` given: tests, in-process tools) goes with it.
    if (!options.dir) rmSync(dir, { recursive: true, force: true });
  };
  return { router, dir, stop };
}

/** Run a route; an EstateError is a refusal with its status, anything else a logged 500. */
function handle(ctx: RouteContext, work: Work) {
  return async (req: Request, res: Response) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    try {
      await work(req, res, requestId);
    } catch (error) {
      if (!res.headersSent) fail(ctx, res, requestId, error);
      else res.destroy(error as Error);
    }
  };
}

function fail(ctx: RouteContext, res: Response, requestId: string, error: unknown): void {
  if (error instanceof EstateError) {
    // A client that went away gets no answer (its socket is gone); the refusal is still logged at debug.
    if (res.destroyed || res.socket?.destroyed) {
      ctx.logger.debug({ requestId, reason: error.message }, 'import upload ended by the client');
      return;
    }
    sendRefusal(res, error, ROUTE_STATUS[error.code] ?? HTTP_STATUS[error.code] ?? 400, requestId);
    return;
  }
  ctx.logger.error({ err: error, requestId }, 'import route failed');
  res.status(500).json({
    errors: [
      {
        message: 'Internal server error; the server log has the details under this request id',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ],
  });
}

const links = (job: ImportJob) => ({
  jobId: job.id,
  status: job.status,
  statusUrl: `/import/${job.id}`,
  errorsUrl: `/import/${job.id}/errors.csv`,
  reportUrl: job.reportFile ? `/import/${job.id}/report.csv` : undefined,
});

/** POST /import[/relationships]: check the options and the content type, store the upload, start the job. */
function uploadRoute(ctx: RouteContext, kind: ImportKind): Work {
  return async (req, res, requestId) => {
    // Refuse bad options before reading a byte of the body.
    const raw = queryOptions(req, kind);
    resolveImportOptions(raw);
    checkContentType(req);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > ctx.maxBytes) throw tooLarge(ctx.maxBytes);
    const jobId = randomUUID();
    const jobDir = makeJobDir(ctx.dir, jobId);
    const filePath = join(jobDir, 'upload.csv');
    let started: Awaited<ReturnType<typeof startImport>>;
    try {
      const stored = await receive(req, filePath, ctx.maxBytes);
      const importOptions = resolveImportOptions({
        ...raw,
        mapping: stored.mapping ? parseMapping(stored.mapping, 'mapping') : raw.mapping,
      });
      // The encoding first (named, or detected from the whole upload; an ambiguous one is refused here).
      const decided = await chooseEncoding(importOptions, filePath);
      await checkHeader(createReadStream(filePath), decided.options);
      started = await startImport(ctx.executor, {
        options: decided.options,
        decided,
        filePath,
        fileName: stored.fileName,
        actor: actorOf(res),
        requestId,
        jobId,
        errorsFile: join(jobDir, 'errors.csv'),
        reportFile: wantsReport(importOptions, req) ? join(jobDir, 'report.csv') : undefined,
        onProgress: ctx.onProgress,
      });
    } catch (error) {
      // No job was made: nothing of the upload is kept.
      rmSync(jobDir, { recursive: true, force: true });
      throw error;
    }
    dropUploadWhenDone(started.done);
    res.status(202).json(links(started.job));
  };
}

const wantsReport = (options: ImportOptions, req: Request) => options.dryRun || req.query.report === 'true';

/** The upload is kept only while a resume may need it. */
function dropUploadWhenDone(done: Promise<ImportJob>): void {
  void done.then((job) => {
    if (job.status !== 'FAILED') rmSync(job.filePath, { force: true });
  });
}

/** GET /import/:id: the job record, without the server's file paths. */
function jobRoute(ctx: RouteContext): Work {
  return async (req, res) => {
    const job = await getJobOrThrow(ctx.executor, String(req.params.id));
    const { options: _o, filePath: _f, errorsFile: _e, reportFile: _r, ...visible } = job;
    res.json({ ...visible, ...links(job) });
  };
}

/** GET /import/:id/errors.csv and …/report.csv. */
function fileRoute(ctx: RouteContext, pick: (job: ImportJob) => string | undefined, what: string): Work {
  return async (req, res) => {
    const job = await getJobOrThrow(ctx.executor, String(req.params.id));
    const path = pick(job);
    if (!path || !existsSync(path))
      throw new EstateError('NOT_FOUND', `import job ${job.id} has no ${what}`, [
        { field: 'id', reason: `no ${what} (yet, or any more: finished jobs' files are kept for a while only)` },
      ]);
    res.type('text/csv; charset=utf-8').attachment(`${job.id}.${what.replace(' ', '-')}.csv`);
    await pipeline(createReadStream(path), res);
  };
}

/** POST /import/:id/resume. */
function resumeRoute(ctx: RouteContext): Work {
  return async (req, res, requestId) => {
    const started = await resumeImport(ctx.executor, String(req.params.id), {
      actor: actorOf(res),
      requestId,
      onProgress: ctx.onProgress,
    });
    dropUploadWhenDone(started.done);
    res.status(202).json(links(started.job));
  };
}

/** GET /export?class=…&filters, or ?relationships=…: the CSV streamed out. */
function exportRoute(ctx: RouteContext): Work {
  return async (req, res) => {
    if (req.query.relationships !== undefined) {
      const request = relationshipExportRequest(req);
      // Check the types and classes before the headers go out, so a bad one is a clean 400.
      checkRelationshipExport(request);
      res.type('text/csv; charset=utf-8').attachment('relationships.csv');
      await exportRelationshipsCsv(ctx.executor, request, res);
      res.end();
      return;
    }
    const request = exportRequest(req);
    // Check the class before the headers go out, so a bad one is a clean 400.
    exportColumns(request.className);
    res.type('text/csv; charset=utf-8').attachment(`${request.className}.csv`);
    await exportCsv(ctx.executor, request, res);
    res.end();
  };
}

/** A query parameter's values, repeated (`type=A&type=B`) or comma-separated (`type=A,B`). */
function queryList(req: Request, name: string): string[] | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v])
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter(Boolean);
}

/** `relationships=all` (or empty, or true) for every type, else the types; `sourceClass`, `targetClass` filter. */
function relationshipExportRequest(req: Request): RelationshipExportRequest {
  const types = queryList(req, 'relationships')?.filter((t) => !['all', 'true'].includes(t));
  return { types, sourceClasses: queryList(req, 'sourceClass'), targetClasses: queryList(req, 'targetClass') };
}

function exportRequest(req: Request): ExportRequest {
  const list = (name: string) => {
    const v = req.query[name];
    return v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String);
  };
  const one = (name: string) => (req.query[name] === undefined ? undefined : String(req.query[name]));
  return {
    className: String(req.query.class ?? ''),
    filter: {
      lifecycleStates: list('lifecycleState'),
      operationalStatuses: list('operationalStatus'),
      tags: list('tag'),
      locationId: one('locationId'),
      ownerId: one('ownerId'),
      text: one('text'),
    },
  };
}

function queryOptions(req: Request, kind: ImportKind): RawImportOptions {
  const q = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
  return {
    kind,
    source: q('from'),
    className: q('class'),
    mode: q('mode'),
    dryRun: q('dryRun'),
    encoding: q('encoding'),
    delimiter: q('delimiter'),
    dateOrder: q('dateOrder'),
    currency: q('currency'),
    emptyCells: q('emptyCells'),
    unknownColumns: q('unknownColumns'),
    listSeparator: q('listSeparator'),
    batchSize: q('batchSize'),
    mapping: q('mapping'),
  };
}

/** The caller the security guard admitted (it runs before these routes); the local operator when there is none. */
const actorOf = (res: Response): string => (res.locals.caller as Caller | undefined)?.actor ?? LOCAL_OPERATOR.actor;

const tooLarge = (max: number) =>
  new EstateError('LIMIT_EXCEEDED', `the upload is larger than ${Math.round(max / 1024 / 1024)} MB`, [
    { field: 'file', reason: `uploads are limited to ${max} bytes (ESTATE_MAX_UPLOAD_MB)` },
  ]);

/** A refused upload: 400 with the reason. */
const badUpload = (message: string, reason: string) =>
  new EstateError('BAD_USER_INPUT', message, [{ field: 'file', reason }]);

const cutOff = () =>
  badUpload('the upload was cut off', 'the client stopped sending before the end of the body; nothing was kept');

function mediaType(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

function checkContentType(req: Request): void {
  const type = mediaType(req);
  if (type === '' || type === MULTIPART || CSV_TYPES.includes(type)) return;
  throw badUpload(
    `an upload of type ${type} cannot be imported`,
    `send the CSV as the body (content-type text/csv) or as the "file" part of a ${MULTIPART} form, not ${type}`,
  );
}

interface Stored {
  fileName: string;
  mapping?: string;
}

/** Store the body (raw CSV, or the `file` part of a multipart form) at `path`. */
async function receive(req: Request, path: string, maxBytes: number): Promise<Stored> {
  // Whatever happens below, a late error from the request is never an unhandled 'error' event.
  req.on('error', () => undefined);
  if (mediaType(req) !== MULTIPART) {
    await storeRaw(req, path, maxBytes);
    return { fileName: String(req.query.fileName ?? 'upload.csv') };
  }
  return storeForm(req, path, maxBytes);
}

/**
 * Write a raw body to `path`. Past the limit the rest is read and dropped (so
 * the client, still sending, gets the 413 rather than a reset connection),
 * up to four times the limit, after which the connection is cut.
 */
async function storeRaw(req: Request, path: string, maxBytes: number): Promise<void> {
  const file = createWriteStream(path, { mode: 0o600 });
  let bytes = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > 4 * maxBytes) {
        req.destroy();
        break;
      }
      if (bytes > maxBytes) continue;
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } catch (error) {
    await closeFile(file);
    throw req.complete ? error : cutOff();
  }
  file.end();
  await closeFile(file);
  if (bytes > maxBytes) throw tooLarge(maxBytes);
  if (!req.complete && bytes <= 4 * maxBytes) throw cutOff();
}

/** Wait until a file's descriptor is closed (destroying it first unless it is ending normally). */
async function closeFile(file: WriteStream | undefined): Promise<void> {
  if (!file || file.closed) return;
  const closed = once(file, 'close').catch(() => undefined);
  if (!file.writableEnded) file.destroy();
  await closed;
}

/** The parts of a multipart form as they arrive: the first `file` part goes to disk. */
interface FormParts {
  fileName?: string;
  mapping?: string;
  truncated: boolean;
  out?: WriteStream;
  /** Settles when the file part is on disk; its rejection is always handled (see storeForm). */
  written?: Promise<void>;
}

/** Store the `file` part of a multipart form at `path`; any way the form can go wrong is a 400. */
async function storeForm(req: Request, path: string, maxBytes: number): Promise<Stored> {
  const form = openForm(req, maxBytes);
  const parts: FormParts = { truncated: false };
  form.on('file', (field: string, file: Readable, info: { filename: string }) => {
    if (field !== 'file' || parts.out) {
      file.resume();
      return;
    }
    parts.fileName = info.filename || 'upload.csv';
    file.on('limit', () => {
      parts.truncated = true;
    });
    parts.out = createWriteStream(path, { mode: 0o600 });
    parts.written = pipeline(file, parts.out);
    // Awaited below; until then a rejection (the form broke mid-file) must not count as unhandled.
    parts.written.catch(() => undefined);
  });
  form.on('field', (name: string, value: string) => {
    if (name === 'mapping') parts.mapping = value;
  });
  try {
    await formEnd(req, form);
    await parts.written;
  } catch (error) {
    req.unpipe(form);
    await closeFile(parts.out);
    if (error instanceof EstateError) throw error;
    throw badUpload(
      `the multipart form is malformed: ${(error as Error).message}`,
      `the form could not be read (${(error as Error).message}); send a complete multipart/form-data body with a "file" part`,
    );
  }
  if (parts.truncated) throw tooLarge(maxBytes);
  if (!parts.fileName)
    throw new EstateError('BAD_USER_INPUT', 'no file in the form', [
      { field: 'file', reason: 'send the CSV as a part named "file"' },
    ]);
  return { fileName: parts.fileName, mapping: parts.mapping };
}

function openForm(req: Request, maxBytes: number): Writable {
  try {
    return busboy({
      headers: req.headers,
      limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 * 1024 },
    });
  } catch (error) {
    throw badUpload(
      `the multipart form cannot be read: ${(error as Error).message}`,
      `${(error as Error).message}; send multipart/form-data with its boundary`,
    );
  }
}

/** Pipe the request into the form; settles once, when the form is done, broken, or the client is gone. */
function formEnd(req: Request, form: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    // Later errors (after the first settles this) are expected and harmless.
    form.on('error', () => undefined);
    form.once('error', reject);
    form.once('close', resolve);
    req.once('error', () => reject(cutOff()));
    req.once('close', () => {
      if (!req.complete) reject(cutOff());
    });
    req.pipe(form);
  });
}
