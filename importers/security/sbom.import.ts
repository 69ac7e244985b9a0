/**
 * Import one SBOM file (CycloneDX or SPDX JSON): read it as a stream (sbom.read.ts), refuse it
 * whole when anything in it is wrong (file, JSON pointer, reason; nothing
 * written) unless the mode is partial, find the CI it describes
 * (sbom.subject.ts) and replace that CI's components (sbom.write.ts).
 * In partial mode the bad components (and what is nested in them) and the
 * dependencies that name no component are left out and reported; a bad
 * document (neither format, an unknown spec version, no components) is
 * refused in any mode.
 */
import { basename } from 'node:path';
import type { Executor } from '../../graph/platform/executor';
import type { WriteContext } from '../../graph/platform/changelog.writer';
import type { ImportMode } from '../../graph/model/imports';
import { resolveSbomSubject } from '../../graph/security/sbom.subject';
import { writeSbom } from '../../graph/security/sbom.write';
import type { SbomWriteResult } from '../../graph/security/sbom.write';
import { feedError, isFile } from './feed.errors';
import type { FeedProblem } from './feed.errors';
import { readSbom } from './sbom.read';
import { JsonSyntaxError } from './json.stream';
import type { StreamProgress } from './json.stream';
import { badInput } from '../../graph/platform/errors';

export interface SbomImportOptions {
  /** The CI it describes, by id or name; else metadata.component says. */
  readonly for?: string;
  /** atomic (default): any problem refuses the file; partial: the good parts go in. */
  readonly mode?: ImportMode;
  /** The name errors and the SBOM record use (an upload's original name); default the file's. */
  readonly fileName?: string;
  readonly onProgress?: (progress: StreamProgress) => void;
}

export interface SbomImportResult extends SbomWriteResult {
  readonly file: string;
  readonly format: string;
  readonly specVersion: string;
  readonly serialNumber: string | null;
  /** Problems left out in partial mode (at most MAX_REPORTED_PROBLEMS), and how many there were. */
  readonly skipped: readonly FeedProblem[];
  readonly skippedCount: number;
}

export async function importSbom(
  db: Executor,
  ctx: WriteContext,
  path: string,
  options: SbomImportOptions = {},
): Promise<SbomImportResult> {
  const file = options.fileName ?? basename(path);
  if (!(await isFile(path))) throw badInput('file', `${file}: no such file`);
  const feed = `SBOM ${file}`;
  const read = await readSbom(path, file, options.onProgress).catch((error: unknown) => {
    if (error instanceof JsonSyntaxError) {
      throw feedError(feed, [{ file, at: '', reason: error.message }]);
    }
    throw error;
  });
  read.fatal.throwIfAny(feed);
  if (options.mode !== 'partial') read.problems.throwIfAny(feed);
  const ci = await resolveSbomSubject(db, options.for, read.content.subject);
  const written = await writeSbom(db, ctx, ci, read.content, file);
  return {
    ...written,
    file,
    format: read.content.format,
    specVersion: read.content.specVersion,
    serialNumber: read.content.serialNumber,
    skipped: read.problems.problems,
    skippedCount: read.problems.count,
  };
}
