/**
 * A stream of states for one consumer that holds only the latest one: a
 * state offered while an older one still waits replaces it, so a slow
 * consumer skips to the newest and memory stays at one state. Job progress
 * and service health are states, not logs, and are both served this way.
 */
export class LatestMailbox<T> implements AsyncIterableIterator<T> {
  private waiting: T | undefined;
  private lastTaken: T | undefined;
  private endsAfterWaiting = false;
  private closed = false;
  private wake: (() => void) | undefined;

  /** `onClose` runs once, when the stream ends for any reason (its end, `close`, the consumer's `return`). */
  constructor(private readonly onClose: () => void = () => {}) {}

  /** The state waiting for the consumer, if any. */
  get pending(): T | undefined {
    return this.waiting;
  }

  /** The last state the consumer took, if any. */
  get taken(): T | undefined {
    return this.lastTaken;
  }

  /** Offer a state, replacing one still waiting; with `last`, the stream ends once it is taken. */
  offer(value: T, options: { last?: boolean } = {}): void {
    if (this.closed) return;
    this.waiting = value;
    this.endsAfterWaiting = options.last === true;
    this.wake?.();
  }

  /** Withdraw the waiting state (it no longer differs from what the consumer has). */
  withdraw(): void {
    this.waiting = undefined;
    this.endsAfterWaiting = false;
  }

  /** End the stream now; a waiting state is dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = undefined;
    this.wake?.();
    this.onClose();
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.closed) {
      if (this.waiting !== undefined) {
        const value = this.waiting;
        const last = this.endsAfterWaiting;
        this.withdraw();
        this.lastTaken = value;
        if (last) this.close();
        return { done: false, value };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<T>> {
    this.close();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/** The open mailboxes of many consumers, by what they follow (a job, a service); a closed one leaves. */
export class Mailboxes<T> {
  private readonly byKey = new Map<string, Set<LatestMailbox<T>>>();

  /** A new consumer of `key`'s states. */
  open(key: string): LatestMailbox<T> {
    const boxes = this.byKey.get(key) ?? new Set<LatestMailbox<T>>();
    this.byKey.set(key, boxes);
    const box = new LatestMailbox<T>(() => {
      boxes.delete(box);
      if (boxes.size === 0 && this.byKey.get(key) === boxes) this.byKey.delete(key);
    });
    boxes.add(box);
    return box;
  }

  /** The open mailboxes of `key`. */
  of(key: string): Iterable<LatestMailbox<T>> {
    return this.byKey.get(key) ?? [];
  }

  /** The keys someone follows. */
  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get size(): number {
    return this.byKey.size;
  }

  /** End every stream. */
  closeAll(): void {
    for (const boxes of [...this.byKey.values()]) for (const box of [...boxes]) box.close();
    this.byKey.clear();
  }
}
