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

interface Follower {
  latest: JobProgress | undefined;
  wake: (() => void) | undefined;
  done: boolean;
}

export class JobProgressBus {
  private readonly latest = new Map<string, JobProgress>();
  private readonly followers = new Map<string, Set<Follower>>();
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
    for (const follower of this.followers.get(state.jobId) ?? []) {
      follower.latest = state;
      follower.wake?.();
    }
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
    const follower: Follower = { latest: this.latest.get(jobId), wake: undefined, done: false };
    let followers = this.followers.get(jobId);
    if (!followers) this.followers.set(jobId, (followers = new Set()));
    followers.add(follower);
    const leave = () => {
      follower.done = true;
      follower.wake?.();
      followers.delete(follower);
      if (followers.size === 0) this.followers.delete(jobId);
    };
    let finished = false;
    const iterator: AsyncIterableIterator<JobProgress> = {
      next: async () => {
        while (!follower.done && !finished) {
          const state = follower.latest;
          if (state) {
            follower.latest = undefined;
            if (state.done) {
              finished = true;
              leave();
            }
            return { done: false, value: state };
          }
          await new Promise<void>((resolve) => (follower.wake = resolve));
          follower.wake = undefined;
        }
        leave();
        return { done: true, value: undefined };
      },
      return: async () => {
        leave();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Forget everything (server stop). */
  close(): void {
    for (const timer of this.expiry.values()) clearTimeout(timer);
    this.expiry.clear();
    for (const followers of this.followers.values()) {
      for (const follower of followers) {
        follower.done = true;
        follower.wake?.();
      }
    }
    this.followers.clear();
    this.latest.clear();
  }
}
