/**
 * Starting and resuming import jobs: the one entry point the CLI and the
 * HTTP routes share. A job reads its file from a path (the CLI's own file,
 * or the upload the server stored), so that a second pass and a resume can
 * read it again.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Executor } from '../../graph/platform/executor';
import { conflict, EstateError } from '../../graph/platform/errors';
import { createJob, getJobOrThrow, updateJob } from '../../graph/imports/import.jobs';
import type { ImportJob, JobEncoding } from '../../graph/imports/import.jobs';
import type { ImportOptions } from '../../graph/model/imports';
import { runImport } from './import.pipeline';
import type { EncodingDetection } from './encoding.detect';
import type { ImportProgress } from './import.pipeline';
import type { RowOutcomeLine } from './error.report';
import { detectFileEncoding } from './encoding.detect';

export interface StartImport {
  options: ImportOptions;
  filePath: string;
  /** Shown in the job (the upload's original name); defaults to the file's name. */
  fileName?: string;
  actor: string;
  requestId: string;
  /** Where to write the error report (default: none). */
  errorsFile?: string;
  /** Where to write the row-by-row report (default: none). */
  reportFile?: string;
  jobId?: string;
  /** The encoding, when the caller has decided it already (chooseEncoding); else decided here. */
  decided?: DecidedEncoding;
  onProgress?: (progress: ImportProgress) => void;
  onRow?: (outcome: RowOutcomeLine) => void;
}

/** The options with the encoding the file is read in, and what the job records of it. */
export interface DecidedEncoding {
  options: ImportOptions;
  encoding: JobEncoding;
}

export interface StartedImport {
  job: ImportJob;
  /** Settles with the job's final record (it never rejects for a failed job). */
  done: Promise<ImportJob>;
}

/** Jobs this process is running now: a resume of one of them is refused. */
const running = new Set<string>();

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new EstateError('BAD_USER_INPUT', `cannot read ${path}: ${(error as Error).message}`, [
      { field: 'file', reason: (error as Error).message },
    ]);
  }
}

function launch(db: Executor, job: ImportJob, request: Omit<StartImport, 'options' | 'filePath'>): StartedImport {
  running.add(job.id);
  const done = runImport({
    // The job outlives the request that started it: no per-request limit, and it waits out a busy pool.
    db: db.background(),
    job,
    open: () => createReadStream(job.filePath, { highWaterMark: 256 * 1024 }),
    writer: { actor: request.actor, source: 'import', requestId: request.requestId, jobId: job.id },
    onProgress: request.onProgress,
    onRow: request.onRow,
  }).finally(() => running.delete(job.id));
  return { job, done };
}

/**
 * The encoding the file is read in, from one pass over all of it: the detected one when none was named
 * (a file whose detection is ambiguous is refused before any job is made), else the named one. Either
 * way the detection's other readings are kept for the hint on undecodable bytes.
 */
export async function chooseEncoding(options: ImportOptions, filePath: string): Promise<DecidedEncoding> {
  const detection = await detectFileEncoding(filePath);
  const others = (used: string) =>
    [detection.encoding, ...detection.candidates.map((c) => c.encoding)].filter(
      (e, i, all) => e !== used && all.indexOf(e) === i,
    );
  if (!options.detectEncoding) {
    const used = options.encoding;
    return {
      options: { ...options, encodingAlternatives: others(used.toLowerCase()) },
      encoding: { encoding: used, encodingDetected: false },
    };
  }
  if (detection.refusal)
    throw new EstateError('BAD_USER_INPUT', `the file's encoding is not clear: ${detection.refusal}`, [
      { field: 'encoding', reason: detection.refusal },
    ]);
  return {
    options: { ...options, encoding: detection.encoding, encodingAlternatives: others(detection.encoding) },
    encoding: {
      encoding: detection.encoding,
      encodingDetected: true,
      encodingConfidence: detection.confidence,
      encodingNote: detectionNote(detection),
    },
  };
}

export async function startImport(db: Executor, request: StartImport): Promise<StartedImport> {
  const size = fileSize(request.filePath);
  const { options, encoding } = request.decided ?? (await chooseEncoding(request.options, request.filePath));
  const job = await createJob(db, {
    id: request.jobId,
    ...encoding,
    options,
    fileName: request.fileName ?? basename(request.filePath),
    filePath: request.filePath,
    fileSize: size,
    actor: request.actor,
    errorsFile: request.errorsFile,
    reportFile: request.reportFile,
  });
  return launch(db, job, request);
}

/** How the encoding was told, for the job record: "byte-order mark", or the runner-up and its score. */
function detectionNote(d: EncodingDetection): string {
  if (d.method === 'bom') return `byte-order mark (${d.encoding})`;
  if (d.method === 'ascii') return 'every byte is ASCII';
  const next = d.candidates.find((c) => c.encoding !== d.encoding);
  return next
    ? `detected from the whole file; next: ${next.encoding} (${next.confidence.toFixed(3)})`
    : 'detected from the whole file';
}

export interface ResumeImport {
  actor: string;
  requestId: string;
  onProgress?: (progress: ImportProgress) => void;
  onRow?: (outcome: RowOutcomeLine) => void;
}

/**
 * Carry on a job that stopped (FAILED, or RUNNING in a process that died)
 * from the row after its last committed batch. The file must still be the
 * one it started with (same size).
 */
export async function resumeImport(db: Executor, jobId: string, request: ResumeImport): Promise<StartedImport> {
  const job = await getJobOrThrow(db, jobId);
  if (running.has(jobId)) throw conflict(`import job ${jobId} is running in this process`, {}, 'id');
  if (job.dryRun) throw conflict(`import job ${jobId} is a dry run; start a new one`, {}, 'id');
  if (job.status !== 'FAILED' && job.status !== 'RUNNING' && job.status !== 'PENDING') {
    throw conflict(`import job ${jobId} is ${job.status}; only a FAILED or interrupted job can be resumed`, {}, 'id');
  }
  const size = fileSize(job.filePath);
  if (job.fileSize !== undefined && size !== job.fileSize) {
    throw conflict(
      `the file ${job.filePath} changed since job ${jobId} started (${job.fileSize} → ${size} bytes)`,
      {},
      'file',
    );
  }
  const resumed = await updateJob(db, jobId, {
    status: 'RUNNING',
    message: `resumed after row ${job.lastCommittedRow}`,
    finishedAt: undefined,
  });
  return launch(db, resumed, { ...request, fileName: job.fileName });
}
