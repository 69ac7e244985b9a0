/**
 * The change feed: one per server process. It tails the committed change
 * log (never an in-memory event that may not have committed) and hands each
 * new batch, in sequence order, to every subscriber's stream it can concern
 * (streams filtered to CIs are indexed by CI id, so a change costs nothing
 * to the subscribers of other CIs) and to every batch listener (the webhook
 * dispatcher, service health).
 *
 * It polls the log every `pollMs` while someone follows it (a subscriber's
 * stream, or a batch listener that says it wants batches now), every
 * `idlePollMs` while nobody does, and at once when told that a local write
 * has committed (`notify`). An idle server thus reads the log once a second,
 * not twenty times, and its requests do not queue behind those reads. Several
 * instances on one Neo4j each tail the same log, so each delivers every
 * change, whoever wrote it.
 *
 * The sequence is gap-free and taken under a lock held to commit, so the
 * log only ever grows by a contiguous run after the head. The feed still
 * hands out only a contiguous run: a hole (which only deleting Change
 * records could make) is waited out for `gapTimeoutMs`, then skipped with
 * an error in the log. A sequence that went back (the log was emptied)
 * moves the head back with a warning.
 */
import type { Executor } from '../platform/executor';
import { readChanges, readHead } from './changes.read';
import type { ChangeRecord } from './change.record';
import type { ChangeFilter } from './changes.filter';
import { ChangeStream } from './changes.stream';
import type { StreamLimits, StreamSource } from './changes.stream';

export interface FeedOptions extends StreamLimits {
  /** How often the log is polled while someone follows it, when nobody says a write committed. */
  pollMs: number;
  /** How often it is polled while nobody follows it. */
  idlePollMs: number;
  /** Changes read per poll query. */
  pageSize: number;
  /** How long a hole in the sequence is waited out before it is skipped. */
  gapTimeoutMs: number;
}

export const FEED_DEFAULTS: FeedOptions = {
  pollMs: 50,
  idlePollMs: 1000,
  pageSize: 1000,
  gapTimeoutMs: 5000,
  queueLimit: 1000,
  replayPageSize: 200,
};

export interface FeedLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export type BatchListener = (batch: readonly ChangeRecord[]) => void;

/** Whether a batch listener wants batches promptly now (a health watch with watchers, a dispatcher with webhooks). */
export type Wanting = () => boolean;

const HEAD_CHECK_MS = 1000;
const ERROR_BACKOFF_MS = 1000;

export class ChangeFeed implements StreamSource {
  private current = 0;
  private readonly streams = new Set<ChangeStream>();
  /** Streams offered every batch: those not filtered to CIs. */
  private readonly broad = new Set<ChangeStream>();
  /** Streams filtered to CIs, under each of their CI ids: offered only the batches that touch one. */
  private readonly byCi = new Map<string, Set<ChangeStream>>();
  private readonly listeners = new Map<BatchListener, Wanting>();
  private readonly options: FeedOptions;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  /** Whether the pending timer runs at the idle rhythm (someone starting to follow cuts it short). */
  private idleTimer = false;
  private polling: Promise<void> | undefined;
  private again = false;
  private gapSince: number | undefined;
  private lastHeadCheck = 0;

  constructor(
    private readonly db: Executor,
    options: Partial<FeedOptions> = {},
    private readonly log: FeedLogger = { warn: () => {}, error: () => {} },
  ) {
    this.options = { ...FEED_DEFAULTS, ...options };
  }

  /** Seq of the last change handed out; every change up to it has committed. */
  get head(): number {
    return this.current;
  }

  get subscriberCount(): number {
    return this.streams.size;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.current = await readHead(this.db);
    this.running = true;
    this.schedule(this.options.pollMs);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    for (const stream of [...this.streams]) await stream.return();
    this.listeners.clear();
  }

  /** A local write committed: poll now instead of at the next tick. */
  notify(): void {
    if (!this.running) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /**
   * A stream of the changes matching `filter` after `after` (default: from
   * now on). The caller has checked that `after` is not past the log's head.
   */
  subscribe(filter: ChangeFilter, after?: number): ChangeStream {
    const stream = new ChangeStream(this, filter, after ?? this.current, this.options);
    this.streams.add(stream);
    const ids = filter.ciIds ?? [];
    if (ids.length === 0) this.broad.add(stream);
    for (const id of ids) {
      let set = this.byCi.get(id);
      if (!set) this.byCi.set(id, (set = new Set()));
      set.add(stream);
    }
    this.quicken();
    return stream;
  }

  /**
   * Called with every batch the feed hands out; returns the unsubscribe function. `wanting` says whether
   * the listener wants batches promptly now (default: always); while no stream and no listener does, the
   * feed polls at its idle rhythm.
   */
  onBatch(listener: BatchListener, wanting: Wanting = () => true): () => void {
    this.listeners.set(listener, wanting);
    return () => this.listeners.delete(listener);
  }

  /** Someone started to follow the feed: a poll waiting at the idle rhythm runs now. */
  quicken(): void {
    if (this.running && this.idleTimer && !this.polling) this.schedule(0);
  }

  private followed(): boolean {
    if (this.streams.size > 0) return true;
    for (const wanting of this.listeners.values()) if (wanting()) return true;
    return false;
  }

  readPage(filter: ChangeFilter, after: number, upTo: number, limit: number): Promise<ChangeRecord[]> {
    return readChanges(this.db, { filter, cursor: after, upTo, limit });
  }

  detach(stream: ChangeStream): void {
    if (!this.streams.delete(stream)) return;
    this.broad.delete(stream);
    for (const id of stream.filter.ciIds ?? []) {
      const set = this.byCi.get(id);
      set?.delete(stream);
      if (set?.size === 0) this.byCi.delete(id);
    }
  }

  private schedule(ms: number, idle = false): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.idleTimer = idle;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.idleTimer = false;
      this.polling = this.poll().finally(() => {
        this.polling = undefined;
        const again = this.again;
        this.again = false;
        if (again) this.schedule(0);
        else if (this.followed()) this.schedule(this.options.pollMs);
        else this.schedule(this.options.idlePollMs, true);
      });
    }, ms);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      for (;;) {
        const rows = await readChanges(this.db, { cursor: this.current, limit: this.options.pageSize });
        if (rows.length === 0) {
          this.gapSince = undefined;
          await this.checkHeadWentBack();
          return;
        }
        const run = this.contiguousRun(rows);
        if (run.length === 0) return;
        this.current = run[run.length - 1].seq;
        this.handOut(run);
        if (run.length < rows.length || rows.length < this.options.pageSize) return;
      }
    } catch (error) {
      this.log.warn({ err: error }, 'change feed: reading the log failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, ERROR_BACKOFF_MS).unref());
    }
  }

  /** The rows that follow the head without a hole; a hole at the start is waited out, then skipped. */
  private contiguousRun(rows: ChangeRecord[]): ChangeRecord[] {
    let expected = this.current + 1;
    if (rows[0].seq !== expected) {
      const now = Date.now();
      this.gapSince ??= now;
      if (now - this.gapSince < this.options.gapTimeoutMs) return [];
      this.log.error({ from: expected, to: rows[0].seq - 1 }, 'change feed: changes missing from the log; skipped');
      expected = rows[0].seq;
    }
    this.gapSince = undefined;
    const run: ChangeRecord[] = [];
    for (const row of rows) {
      if (row.seq !== expected) break;
      run.push(row);
      expected += 1;
    }
    return run;
  }

  private async checkHeadWentBack(): Promise<void> {
    const now = Date.now();
    if (now - this.lastHeadCheck < HEAD_CHECK_MS) return;
    this.lastHeadCheck = now;
    const head = await readHead(this.db);
    if (head < this.current) {
      this.log.warn({ was: this.current, now: head }, 'change feed: the change sequence went back (log emptied)');
      this.current = head;
    }
  }

  private handOut(batch: readonly ChangeRecord[]): void {
    const targets = new Set(this.broad);
    if (this.byCi.size > 0) {
      for (const change of batch) {
        for (const stream of this.byCi.get(change.ciId) ?? []) targets.add(stream);
        if (change.relationship)
          for (const stream of this.byCi.get(change.relationship.toId) ?? []) targets.add(stream);
      }
    }
    for (const stream of targets) stream.offer(batch);
    for (const listener of [...this.listeners.keys()]) {
      try {
        listener(batch);
      } catch (error) {
        this.log.error({ err: error }, 'change feed: a batch listener failed');
      }
    }
  }
}
