/**
 * Progress of long-running jobs (CSV imports), in process: a job publishes
 * its progress, subscribers follow one job. Progress is a state, not a log,
 * so a subscriber always gets the latest state (the current one at once,
 * then each newer one; a slow subscriber skips the states it was too slow
 * for) and the stream ends after a final state. Memory stays bounded: one
 * state per subscriber, and finished jobs are forgotten after `keepMs`.
 *
 * Only the instance that runs a job sees its progress; the job's own
 * record (kept by the importer) is the source of truth across instances.
 */

import { Mailboxes } from './latest.mailbox';

/** Job statuses after which nothing more happens (the importer's vocabulary); `done` can say so too. */
export const FINAL_JOB_STATUSES: readonly string[] = ['SUCCEEDED', 'COMPLETED_WITH_ERRORS', 'REJECTED', 'FAILED'];

export interface JobProgress {
  jobId: string;
  /** The job's status, e.g. RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, REJECTED, FAILED. */
  status: string;
  /** What it is doing, e.g. PLANNING, VALIDATING, WRITING, DONE. */
  phase: string | null;
  rowsRead: number;
  /** Rows in all, when known. */
  totalRows: number | null;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  /** A human line: what is happening, or why the job stopped. */
  message: string | null;
  /** True for the last state the job will publish. */
  done: boolean;
  /** When this state was published (ISO). */
  at: string;
}

export type JobProgressUpdate = Partial<Omit<JobProgress, 'at'>> & { jobId: string; status: string };

export class JobProgressBus {
  private readonly latest = new Map<string, JobProgress>();
  private readonly followers = new Mailboxes<JobProgress>();
  private readonly expiry = new Map<string, NodeJS.Timeout>();

  constructor(private readonly keepMs = 10 * 60_000) {}

  /**
   * Publish a job's progress; fields not given keep their last value (counts
   * start at 0). `done` defaults to whether the status is a final one.
   */
  publish(progress: JobProgressUpdate): JobProgress {
    const previous = this.latest.get(progress.jobId);
    const state: JobProgress = {
      phase: null,
      rowsRead: 0,
      totalRows: null,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: 0,
      message: null,
      ...previous,
      ...progress,
      done: progress.done ?? FINAL_JOB_STATUSES.includes(progress.status),
      at: new Date().toISOString(),
    };
    this.latest.set(state.jobId, state);
    for (const follower of this.followers.of(state.jobId)) follower.offer(state, { last: state.done });
    if (state.done) {
      clearTimeout(this.expiry.get(state.jobId));
      const timer = setTimeout(() => {
        this.latest.delete(state.jobId);
        this.expiry.delete(state.jobId);
      }, this.keepMs);
      timer.unref();
      this.expiry.set(state.jobId, timer);
    }
    return state;
  }

  current(jobId: string): JobProgress | undefined {
    return this.latest.get(jobId);
  }

  /** The job's current state (if any), then each newer one, ending after a final state. */
  subscribe(jobId: string): AsyncIterableIterator<JobProgress> {
    const follower = this.followers.open(jobId);
    const current = this.latest.get(jobId);
    if (current) follower.offer(current, { last: current.done });
    return follower;
  }

  /** Forget everything (server stop). */
  close(): void {
    for (const timer of this.expiry.values()) clearTimeout(timer);
    this.expiry.clear();
    this.followers.closeAll();
    this.latest.clear();
  }
}
