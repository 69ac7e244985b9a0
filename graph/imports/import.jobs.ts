/**
 * Import job records: `(:ImportJob)` nodes that say what an import was asked
 * to do, how far it got and how it ended. The counters and the resume point
 * (`lastCommittedRow`) are written in the same transaction as each batch, so
 * after a crash or an outage the record says exactly which rows are in the
 * graph, and a resume re-reads the file and skips them.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../platform/executor';
import { notFound } from '../platform/errors';
import type { ImportOptions } from '../model/imports';

export const JOB_STATUSES = [
  'PENDING',
  'RUNNING',
  /** Every row was imported (or, for a dry run, would be). */
  'SUCCEEDED',
  /** Partial mode: the valid rows were written, the others are in the error report. */
  'COMPLETED_WITH_ERRORS',
  /** Atomic mode, or a dry run, or a bad header: some rows are invalid, and nothing was written. */
  'REJECTED',
  /** Stopped by something other than the rows (file unreadable, database gone); resumable. */
  'FAILED',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_PHASES = ['PLANNING', 'VALIDATING', 'WRITING', 'DONE'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface JobCounts {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  /** Last data row whose batch is committed; a resume starts after it. */
  lastCommittedRow: number;
}

export interface JobError {
  row: number;
  line: number;
  column?: string;
  reason: string;
}

/** The encoding a job reads its file in, and whether it was detected (with the detector's score) or named. */
export interface JobEncoding {
  encoding: string;
  encodingDetected: boolean;
  encodingConfidence?: number;
  /** How it was told: byte-order mark, all ASCII, or the runner-up of the detection. */
  encodingNote?: string;
}

export interface ImportJob extends JobCounts, JobEncoding {
  id: string;
  kind: ImportOptions['kind'];
  className?: string;
  mode: ImportOptions['mode'];
  dryRun: boolean;
  status: JobStatus;
  phase?: JobPhase;
  fileName: string;
  /** Where the file is kept for a second pass or a resume. */
  filePath: string;
  fileSize?: number;
  actor: string;
  options: ImportOptions;
  startedAt: string;
  finishedAt?: string;
  message?: string;
  warnings: string[];
  /** How each column was read, one line each. */
  columns: string[];
  /** The first errors (at most ERROR_SAMPLE), for a quick look without the report. */
  errorSample: JobError[];
  errorsFile?: string;
  reportFile?: string;
}

export const ERROR_SAMPLE = 50;

export const ZERO_COUNTS: JobCounts = {
  rowsRead: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  errors: 0,
  lastCommittedRow: 0,
};

function toNode(job: Partial<ImportJob>): Record<string, unknown> {
  const node: Record<string, unknown> = { ...job };
  if (job.options) node.options = JSON.stringify(job.options);
  if (job.errorSample) node.errorSample = JSON.stringify(job.errorSample);
  for (const [k, v] of Object.entries(node)) if (v === undefined) node[k] = null;
  return node;
}

function fromNode(node: Record<string, unknown>): ImportJob {
  return {
    ...(node as unknown as ImportJob),
    options: JSON.parse(node.options as string) as ImportOptions,
    errorSample: node.errorSample ? (JSON.parse(node.errorSample as string) as JobError[]) : [],
    warnings: (node.warnings as string[] | undefined) ?? [],
    columns: (node.columns as string[] | undefined) ?? [],
    className: (node.className as string | null) ?? undefined,
    phase: (node.phase as JobPhase | null) ?? undefined,
    finishedAt: (node.finishedAt as string | null) ?? undefined,
    message: (node.message as string | null) ?? undefined,
    errorsFile: (node.errorsFile as string | null) ?? undefined,
    reportFile: (node.reportFile as string | null) ?? undefined,
    fileSize: (node.fileSize as number | null) ?? undefined,
    encoding: (node.encoding as string | null) ?? (JSON.parse(node.options as string) as ImportOptions).encoding,
    encodingDetected: (node.encodingDetected as boolean | null) ?? false,
    encodingConfidence: (node.encodingConfidence as number | null) ?? undefined,
    encodingNote: (node.encodingNote as string | null) ?? undefined,
  };
}

export interface NewJob extends Partial<JobEncoding> {
  id?: string;
  options: ImportOptions;
  fileName: string;
  filePath: string;
  fileSize?: number;
  actor: string;
  errorsFile?: string;
  reportFile?: string;
}

export async function createJob(db: Executor, input: NewJob): Promise<ImportJob> {
  const job: ImportJob = {
    id: input.id ?? randomUUID(),
    kind: input.options.kind,
    className: input.options.className,
    mode: input.options.mode,
    dryRun: input.options.dryRun,
    status: 'PENDING',
    fileName: input.fileName,
    filePath: input.filePath,
    fileSize: input.fileSize,
    actor: input.actor,
    options: input.options,
    startedAt: new Date().toISOString(),
    warnings: [],
    columns: [],
    errorSample: [],
    errorsFile: input.errorsFile,
    reportFile: input.reportFile,
    encoding: input.encoding ?? input.options.encoding,
    encodingDetected: input.encodingDetected ?? false,
    encodingConfidence: input.encodingConfidence,
    encodingNote: input.encodingNote,
    ...ZERO_COUNTS,
  };
  await db.writeTx('importJob.create', (tx) => tx.run('CREATE (j:ImportJob) SET j = $job', { job: toNode(job) }));
  return job;
}

export async function getJob(db: Executor, id: string): Promise<ImportJob | undefined> {
  const rows = await db.read('importJob.get', 'MATCH (j:ImportJob {id: $id}) RETURN j {.*} AS j', { id });
  return rows[0] ? fromNode(rows[0].j as Record<string, unknown>) : undefined;
}

export async function getJobOrThrow(db: Executor, id: string): Promise<ImportJob> {
  const job = await getJob(db, id);
  if (!job) throw notFound('import job', id, 'id');
  return job;
}

/** Newest first. */
export async function listJobs(db: Executor, first: number, status?: JobStatus): Promise<ImportJob[]> {
  const rows = await db.read(
    'importJob.list',
    `MATCH (j:ImportJob) WHERE $status IS NULL OR j.status = $status
     RETURN j {.*} AS j ORDER BY j.startedAt DESC, j.id LIMIT $first`,
    { first, status: status ?? null },
  );
  return rows.map((r) => fromNode(r.j as Record<string, unknown>));
}

const SET_JOB = 'MATCH (j:ImportJob {id: $id}) SET j += $patch RETURN j {.*} AS j';

/** Change a job in its own transaction. */
export async function updateJob(db: Executor, id: string, patch: Partial<ImportJob>): Promise<ImportJob> {
  const rows = await db.writeTx('importJob.update', (tx) => tx.run(SET_JOB, { id, patch: toNode(patch) }));
  if (!rows[0]) throw notFound('import job', id, 'id');
  return fromNode(rows[0].j as Record<string, unknown>);
}

/** Record a batch's counters and resume point inside the batch's own write transaction. */
export async function recordBatch(tx: Tx, id: string, patch: Partial<ImportJob>): Promise<void> {
  await tx.run(SET_JOB, { id, patch: toNode(patch) });
}

/** The status of each of these jobs that has a record (one query, for the retention sweep). */
export async function jobStatuses(db: Executor, ids: readonly string[]): Promise<Map<string, JobStatus>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read(
    'importJob.statuses',
    'MATCH (j:ImportJob) WHERE j.id IN $ids RETURN j.id AS id, j.status AS status',
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, r.status as JobStatus]));
}
