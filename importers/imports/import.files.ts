/**
 * Where the server keeps import uploads and reports: one folder per job
 * under a folder private to the server's data folder (0700 folders, 0600
 * files: an upload is an organisation's asset list, and the reports repeat
 * it), never in a host-wide temp folder that every user can read.
 *
 * Nothing is kept forever: the folders of finished jobs whose files have not
 * changed for ESTATE_IMPORT_RETENTION_DAYS (default 30) are deleted when the
 * server starts and once a day, and the log says which. A job still PENDING
 * or RUNNING (it may be resumed) and a job this process is running are kept.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { JobStatus } from '../../graph/imports/import.jobs';
import { DEFAULT_RETENTION_DAYS } from './import.limits';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Job statuses whose files may still be needed (the job may be resumed). */
const UNFINISHED: readonly JobStatus[] = ['PENDING', 'RUNNING'];

/**
 * The folder for import files, made private: `dir` (created 0700, and put back
 * to 0700 if it was wider), or else a new private folder under the OS temp
 * folder (mkdtemp, so no other user can have made it first).
 */
export function privateImportDir(dir?: string): string {
  if (!dir) return mkdtempSync(join(tmpdir(), 'estate-imports-'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** A new folder for one job's files, 0700. */
export function makeJobDir(dir: string, jobId: string): string {
  const jobDir = join(dir, jobId);
  mkdirSync(jobDir, { mode: 0o700 });
  return jobDir;
}

/** ESTATE_IMPORT_RETENTION_DAYS, else 30; a value that is not a positive number is refused. */
export function retentionDaysFromEnv(value = process.env.ESTATE_IMPORT_RETENTION_DAYS): number {
  if (value === undefined || value === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0)
    throw new Error(`ESTATE_IMPORT_RETENTION_DAYS must be a positive number of days, not "${value}"`);
  return days;
}

export interface SweepOptions {
  dir: string;
  retentionDays: number;
  /** The status of each job that has a record (jobs without one are leftovers, and go when old). */
  statusOf: (ids: readonly string[]) => Promise<Map<string, JobStatus>>;
  /** Jobs this process is running: never swept. */
  running?: (id: string) => boolean;
  now?: number;
}

export interface SweptJob {
  jobId: string;
  status: JobStatus | 'no record';
  ageDays: number;
  bytes: number;
}

/** Delete the folders of finished jobs older than the retention; returns what was removed. */
export async function sweepImportFiles(options: SweepOptions): Promise<SweptJob[]> {
  const now = options.now ?? Date.now();
  const cutoff = now - options.retentionDays * DAY_MS;
  const old = readdirSync(options.dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !options.running?.(entry.name))
    .map((entry) => ({ jobId: entry.name, ...folderAge(join(options.dir, entry.name)) }))
    .filter((folder) => folder.newest < cutoff);
  const statuses = await options.statusOf(old.map((f) => f.jobId));
  const swept: SweptJob[] = [];
  for (const folder of old) {
    const status = statuses.get(folder.jobId);
    if (status && UNFINISHED.includes(status)) continue;
    rmSync(join(options.dir, folder.jobId), { recursive: true, force: true });
    swept.push({
      jobId: folder.jobId,
      status: status ?? 'no record',
      ageDays: Math.floor((now - folder.newest) / DAY_MS),
      bytes: folder.bytes,
    });
  }
  return swept;
}

/** The newest change to a job folder or the files in it, and their size. */
function folderAge(path: string): { newest: number; bytes: number } {
  let newest = statSync(path).mtimeMs;
  let bytes = 0;
  for (const name of readdirSync(path)) {
    const stat = statSync(join(path, name));
    newest = Math.max(newest, stat.mtimeMs);
    bytes += stat.size;
  }
  return { newest, bytes };
}

/** Sweep now and then once a day (the timer does not keep the process alive); stop() ends it. */
export function scheduleImportSweep(options: SweepOptions, logger: Logger): { stop(): void } {
  const sweep = async () => {
    try {
      const swept = await sweepImportFiles({ ...options, now: undefined });
      if (swept.length)
        logger.info(
          { dir: options.dir, retentionDays: options.retentionDays, removed: swept },
          `removed the files of ${swept.length} import job(s) older than ${options.retentionDays} days`,
        );
    } catch (error) {
      logger.warn({ err: error, dir: options.dir }, 'the sweep of old import files failed; it runs again tomorrow');
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
