/**
 * SBOM upload over HTTP, beside /import:
 *
 *   POST /import/sbom?for=CI&mode=partial&fileName=app.cdx.json   body: the CycloneDX JSON
 *        → 200 {ciId, status, components, added, removed, changed, skipped…}
 *
 * The body is streamed to a private temporary file with a size limit (413
 * past it), then imported as `estate import --sbom` does, in the request:
 * an SBOM takes seconds, not minutes. A refusal (400, 404) has the shape of
 * every Estate error, each problem's file and JSON pointer in `field`.
 * POST /import needs an editor (server/access/access.rules.ts), so this does.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import { EstateError } from '../../graph/platform/errors';
import type { Executor } from '../../graph/platform/executor';
import { IMPORT_MODES } from '../../graph/model/imports';
import type { ImportMode } from '../../graph/model/imports';
import { importSbom } from '../../importers/security/sbom.import';
import { LOCAL_OPERATOR, requestIdFrom } from '../context';
import type { Caller } from '../context';
import { HTTP_STATUS, sendRefusal } from '../refusal';

export interface SbomRoutesOptions {
  executor: Executor;
  logger: Logger;
  /** Largest upload in bytes (default: ESTATE_MAX_UPLOAD_MB, else 500 MB). */
  maxUploadBytes?: number;
}

const defaultMaxUpload = () => Math.round(Number(process.env.ESTATE_MAX_UPLOAD_MB ?? 500) * 1024 * 1024);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function sbomRoutes(options: SbomRoutesOptions): Router {
  const maxBytes = options.maxUploadBytes ?? defaultMaxUpload();
  const router = express.Router();
  router.post('/import/sbom', async (req: Request, res: Response) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const dir = mkdtempSync(join(tmpdir(), 'estate-sbom-'));
    try {
      const mode = text(req.query.mode) ?? 'atomic';
      if (!(IMPORT_MODES as readonly string[]).includes(mode)) {
        throw new EstateError('BAD_USER_INPUT', `mode: expected one of ${IMPORT_MODES.join(', ')}`, [
          { field: 'mode', reason: `expected one of ${IMPORT_MODES.join(', ')}` },
        ]);
      }
      const path = join(dir, 'sbom.json');
      await store(req, path, maxBytes);
      const caller = res.locals.caller as Caller | undefined;
      const result = await importSbom(
        options.executor,
        { actor: caller?.actor ?? LOCAL_OPERATOR.actor, source: 'import', requestId },
        path,
        { for: text(req.query.for), mode: mode as ImportMode, fileName: text(req.query.fileName) ?? 'upload.json' },
      );
      res.json(result);
    } catch (error) {
      if (error instanceof EstateError) {
        sendRefusal(
          res,
          error,
          error.code === 'NOT_FOUND' ? 404 : error.code === 'LIMIT_EXCEEDED' ? 413 : HTTP_STATUS[error.code],
          requestId,
        );
      } else {
        options.logger.error({ err: error, requestId }, 'SBOM upload failed');
        res.status(500).json({
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return router;
}

/** Write the body to `path`; past the limit, LIMIT_EXCEEDED (the rest is not read). */
async function store(req: Request, path: string, maxBytes: number): Promise<void> {
  req.on('error', () => undefined);
  const file = createWriteStream(path, { mode: 0o600 });
  let bytes = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        throw new EstateError('LIMIT_EXCEEDED', `the upload is larger than ${maxBytes} bytes`, [
          { reason: `the upload is larger than ${maxBytes} bytes (ESTATE_MAX_UPLOAD_MB)` },
        ]);
      }
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    file.end();
    await once(file, 'close');
  }
}
