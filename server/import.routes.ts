/**
 * CSV import and export over HTTP, beside /graphql:
 *
 *   POST /import?class=Server&mode=partial&dryRun=true   body: text/csv, or multipart
 *        with a `file` part (and optionally a `mapping` part, JSON) → 202 {jobId, …}
 *   POST /import/relationships?mode=…                    same, for a relationships CSV
 *   GET  /import/:id                                     the job record (JSON)
 *   GET  /import/:id/errors.csv | /import/:id/report.csv  the job's error / row report
 *   POST /import/:id/resume                              carry on a job that stopped
 *   GET  /export?class=Server&lifecycleState=DEPLOYED&tag=…  CSV of the CIs
 *
 * The upload is streamed to disk (never held in memory) with a size limit
 * (413 with a JSON error past it), then the job runs in the background;
 * follow it with the `importJob(id)` query or the `importProgress(jobId)`
 * subscription. Errors have the shape of every other Estate refusal
 * (`errors[0].extensions.code/field/reason`) and the HTTP status of the code.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import busboy from 'busboy';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import { EstateError } from '../graph/errors';
import type { ErrorCode } from '../graph/errors';
import type { Executor } from '../graph/executor';
import type { JobProgressBus } from '../graph/jobs.progress';
import { exportColumns, exportCsv } from '../importers/export';
import { getJobOrThrow } from '../importers/import.jobs';
import type { ImportJob } from '../importers/import.jobs';
import { parseMapping, resolveImportOptions } from '../importers/import.options';
import type { ImportKind, RawImportOptions } from '../importers/import.options';
import { publishImportProgress } from '../importers/import.progress';
import { resumeImport, startImport } from '../importers/import.service';
import { LOCAL_OPERATOR, requestIdFrom } from './context';
import { HTTP_STATUS, sendRefusal } from './refusal';
import type { Caller } from './context';

export interface ImportRoutesOptions {
  executor: Executor;
  logger: Logger;
  /** Live progress for `importProgress(jobId)` subscribers. */
  progress?: JobProgressBus;
  /** Where uploads and reports are kept, one folder per job (default: <tmp>/estate-imports). */
  dir?: string;
  /** Largest upload in bytes (default: ESTATE_MAX_UPLOAD_MB, else 500 MB). */
  maxUploadBytes?: number;
}

/** Statuses these routes need beyond the server's refusals: a missing job, a job that cannot resume, an upload too big. */
const ROUTE_STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, CONFLICT: 409, LIMIT_EXCEEDED: 413 };

/** ESTATE_MAX_UPLOAD_MB (read when the routes are made), else 500 MB. */
const defaultMaxUpload = () => Math.round(Number(process.env.ESTATE_MAX_UPLOAD_MB ?? 500) * 1024 * 1024);

export function importRoutes(options: ImportRoutesOptions): Router {
  const { executor, logger } = options;
  const dir = options.dir ?? join(tmpdir(), 'estate-imports');
  const maxBytes = options.maxUploadBytes ?? defaultMaxUpload();
  const onProgress = options.progress ? publishImportProgress(options.progress) : undefined;
  const router = express.Router();

  const fail = (res: Response, requestId: string, error: unknown) => {
    if (error instanceof EstateError) {
      sendRefusal(res, error, ROUTE_STATUS[error.code] ?? HTTP_STATUS[error.code] ?? 400, requestId);
      return;
    }
    logger.error({ err: error, requestId }, 'import route failed');
    res.status(500).json({
      errors: [
        {
          message: 'Internal server error; the server log has the details under this request id',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
  };

  const handle =
    (work: (req: Request, res: Response, requestId: string) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const requestId = requestIdFrom(req.headers['x-request-id']);
      try {
        await work(req, res, requestId);
      } catch (error) {
        if (!res.headersSent) fail(res, requestId, error);
        else res.destroy(error as Error);
      }
    };

  const links = (job: ImportJob) => ({
    jobId: job.id,
    status: job.status,
    statusUrl: `/import/${job.id}`,
    errorsUrl: `/import/${job.id}/errors.csv`,
    reportUrl: job.reportFile ? `/import/${job.id}/report.csv` : undefined,
  });

  const upload = (kind: ImportKind) =>
    handle(async (req, res, requestId) => {
      // Refuse bad options before reading a byte of the body.
      const raw = queryOptions(req, kind);
      resolveImportOptions(raw);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBytes) throw tooLarge(maxBytes);
      const jobId = randomUUID();
      const jobDir = join(dir, jobId);
      mkdirSync(jobDir, { recursive: true });
      const filePath = join(jobDir, 'upload.csv');
      let stored: { fileName: string; mapping?: string };
      try {
        stored = await receive(req, filePath, maxBytes);
      } catch (error) {
        rmSync(jobDir, { recursive: true, force: true });
        throw error;
      }
      const importOptions = resolveImportOptions({
        ...raw,
        mapping: stored.mapping ? parseMapping(stored.mapping, 'mapping') : raw.mapping,
      });
      const started = await startImport(executor, {
        options: importOptions,
        filePath,
        fileName: stored.fileName,
        actor: actorOf(res),
        requestId,
        jobId,
        errorsFile: join(jobDir, 'errors.csv'),
        reportFile: importOptions.dryRun || req.query.report === 'true' ? join(jobDir, 'report.csv') : undefined,
        onProgress,
      });
      void started.done.then((job) => {
        // The upload is kept only while a resume may need it.
        if (job.status !== 'FAILED') rmSync(filePath, { force: true });
      });
      res.status(202).json(links(started.job));
    });

  router.post('/import', upload('items'));
  router.post('/import/relationships', upload('relationships'));

  router.get(
    '/import/:id',
    handle(async (req, res) => {
      const job = await getJobOrThrow(executor, String(req.params.id));
      const { options: _o, filePath: _f, errorsFile: _e, reportFile: _r, ...visible } = job;
      res.json({ ...visible, ...links(job) });
    }),
  );

  const serveFile = (pick: (job: ImportJob) => string | undefined, what: string) =>
    handle(async (req, res) => {
      const job = await getJobOrThrow(executor, String(req.params.id));
      const path = pick(job);
      if (!path || !existsSync(path))
        throw new EstateError('NOT_FOUND', `import job ${job.id} has no ${what}`, [
          { field: 'id', reason: `no ${what} (yet)` },
        ]);
      res.type('text/csv; charset=utf-8').attachment(`${job.id}.${what.replace(' ', '-')}.csv`);
      await pipeline(createReadStream(path), res);
    });
  router.get(
    '/import/:id/errors.csv',
    serveFile((job) => job.errorsFile, 'error report'),
  );
  router.get(
    '/import/:id/report.csv',
    serveFile((job) => job.reportFile, 'row report'),
  );

  router.post(
    '/import/:id/resume',
    handle(async (req, res, requestId) => {
      const started = await resumeImport(executor, String(req.params.id), {
        actor: actorOf(res),
        requestId,
        onProgress,
      });
      void started.done.then((job) => {
        if (job.status !== 'FAILED') rmSync(job.filePath, { force: true });
      });
      res.status(202).json(links(started.job));
    }),
  );

  router.get(
    '/export',
    handle(async (req, res) => {
      const className = String(req.query.class ?? '');
      const list = (name: string) => {
        const v = req.query[name];
        return v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String);
      };
      const one = (name: string) => (req.query[name] === undefined ? undefined : String(req.query[name]));
      const request = {
        className,
        filter: {
          lifecycleStates: list('lifecycleState'),
          operationalStatuses: list('operationalStatus'),
          tags: list('tag'),
          locationId: one('locationId'),
          ownerId: one('ownerId'),
          text: one('text'),
        },
      };
      // Check the class before the headers go out, so a bad one is a clean 400.
      exportColumns(className);
      res.type('text/csv; charset=utf-8').attachment(`${className}.csv`);
      await exportCsv(executor, request, res);
      res.end();
    }),
  );

  return router;
}

function queryOptions(req: Request, kind: ImportKind): RawImportOptions {
  const q = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
  return {
    kind,
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

/**
 * Write a raw body to `path`. Past the limit the rest is read and dropped (so
 * the client, still sending, gets the 413 rather than a reset connection),
 * up to four times the limit, after which the connection is cut.
 */
async function storeRaw(req: Request, path: string, maxBytes: number): Promise<void> {
  const file = createWriteStream(path);
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
  } finally {
    file.end();
    await once(file, 'close');
  }
  if (bytes > maxBytes) throw tooLarge(maxBytes);
}

/** Store the body (raw CSV, or the `file` part of a multipart form) at `path`. */
async function receive(req: Request, path: string, maxBytes: number): Promise<{ fileName: string; mapping?: string }> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) {
    await storeRaw(req, path, maxBytes);
    return { fileName: String(req.query.fileName ?? 'upload.csv') };
  }
  const form = busboy({
    headers: req.headers,
    limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 * 1024 },
  });
  let fileName: string | undefined;
  let mapping: string | undefined;
  let written: Promise<void> | undefined;
  let truncated = false;
  form.on('file', (field: string, file: Readable, info: { filename: string }) => {
    if (field !== 'file' || written) {
      file.resume();
      return;
    }
    fileName = info.filename || 'upload.csv';
    file.on('limit', () => {
      truncated = true;
    });
    written = pipeline(file, createWriteStream(path));
  });
  form.on('field', (name: string, value: string) => {
    if (name === 'mapping') mapping = value;
  });
  const finished = once(form, 'close');
  req.pipe(form);
  await finished;
  await written;
  if (truncated) throw tooLarge(maxBytes);
  if (!fileName)
    throw new EstateError('BAD_USER_INPUT', 'no file in the form', [
      { field: 'file', reason: 'send the CSV as a part named "file"' },
    ]);
  return { fileName, mapping };
}
