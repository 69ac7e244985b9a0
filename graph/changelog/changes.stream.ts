/**
 * One subscriber's view of the change log: an async iterator that first
 * replays the committed log after its cursor, page by page, then joins the
 * feed's live batches, with no gap and no duplicate.
 *
 * The switch-over is by sequence number. `position` is the seq up to which
 * every change has been looked at. While replaying, the stream reads
 * (position, head] from the log, where head is the feed's head when the
 * read began; once position has reached the feed's head it turns live, in
 * the same tick, so the next batch the feed hands out starts right after
 * it. A live batch only adds changes past position.
 *
 * Memory is bounded: a replay page is read only when the consumer has
 * taken the previous one, and the live queue holds at most `queueLimit`
 * changes. A consumer that lets it overflow is ended with
 * SUBSCRIBER_TOO_SLOW and the cursor of the last change it took; it can
 * subscribe again from there and replay the rest from the log.
 */
import { EstateError } from '../platform/errors';
import { compileFilter } from './changes.filter';
import type { ChangeFilter } from './changes.filter';
import type { ChangeRecord } from './change.record';

export interface StreamSource {
  /** Seq of the last change the feed has handed out; everything up to it is committed. */
  readonly head: number;
  /** Changes matching `filter` with after < seq <= upTo, ascending, at most `limit`. */
  readPage(filter: ChangeFilter, after: number, upTo: number, limit: number): Promise<ChangeRecord[]>;
  detach(stream: ChangeStream): void;
}

export interface StreamLimits {
  /** Live changes a consumer may have waiting before it is ended as too slow. */
  queueLimit: number;
  /** Changes per replay read. */
  replayPageSize: number;
}

export function tooSlow(cursor: number, queueLimit: number): EstateError {
  return new EstateError(
    'SUBSCRIBER_TOO_SLOW',
    `this subscription fell more than ${queueLimit} changes behind and was ended; subscribe again with after: "${cursor}" to resume`,
    [{ field: 'after', reason: `resume from cursor ${cursor}` }],
    { cursor: String(cursor) },
  );
}

export class ChangeStream implements AsyncIterableIterator<ChangeRecord> {
  /** Seq of the last change handed to the consumer (or the start): resume after it. */
  cursor: number;
  private position: number;
  private mode: 'replay' | 'live' = 'replay';
  private queue: ChangeRecord[] = [];
  private wake: (() => void) | undefined;
  private failure: Error | undefined;
  private done = false;
  private readonly matches: (change: ChangeRecord) => boolean;

  constructor(
    private readonly source: StreamSource,
    readonly filter: ChangeFilter,
    start: number,
    private readonly limits: StreamLimits,
  ) {
    this.cursor = start;
    this.position = start;
    this.matches = compileFilter(filter);
  }

  get live(): boolean {
    return this.mode === 'live';
  }

  get queued(): number {
    return this.queue.length;
  }

  /**
   * The feed hands every new batch (contiguous, ascending) to every stream the batch can concern (for a
   * stream filtered to CIs, a batch that touches one of them), synchronously. A batch skipped leaves
   * `position` behind, which is harmless: every later batch starts past it.
   */
  offer(batch: readonly ChangeRecord[]): void {
    if (this.done || this.failure || this.mode !== 'live' || batch.length === 0) return;
    for (const change of batch) {
      if (change.seq > this.position && this.matches(change)) this.queue.push(change);
    }
    this.position = Math.max(this.position, batch[batch.length - 1].seq);
    if (this.queue.length > this.limits.queueLimit) {
      this.queue = [];
      this.failure = tooSlow(this.cursor, this.limits.queueLimit);
      this.source.detach(this);
    }
    this.wake?.();
  }

  async next(): Promise<IteratorResult<ChangeRecord>> {
    for (;;) {
      if (this.done) return { done: true, value: undefined };
      const change = this.queue.shift();
      if (change) {
        this.cursor = change.seq;
        return { done: false, value: change };
      }
      if (this.failure) {
        const failure = this.failure;
        this.finish();
        throw failure;
      }
      if (this.mode === 'replay') await this.replayPage();
      else await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private async replayPage(): Promise<void> {
    const head = this.source.head;
    if (this.position >= head) {
      this.mode = 'live';
      return;
    }
    const page = await this.source.readPage(this.filter, this.position, head, this.limits.replayPageSize);
    this.queue.push(...page.filter((c) => c.seq > this.position));
    this.position = page.length === this.limits.replayPageSize ? page[page.length - 1].seq : head;
  }

  /** End the stream with an error the consumer sees at its next read (the feed stopping, say). */
  fail(error: Error): void {
    if (this.done || this.failure) return;
    this.queue = [];
    this.failure = error;
    this.source.detach(this);
    this.wake?.();
  }

  async return(): Promise<IteratorResult<ChangeRecord>> {
    this.finish();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<ChangeRecord>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeRecord> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.queue = [];
    this.source.detach(this);
    this.wake?.();
  }
}
