/**
 * A counting gate (a semaphore with a first-come queue): at most `size`
 * holders at once, the rest wait in arrival order, optionally only so long.
 * The executor puts one in front of each request's queries (so one request
 * cannot take the connection pool) and one in front of all API work (so
 * background jobs keep a reserve of connections).
 */

/** Thrown to a waiter that did not get a slot within its time. */
export class GateTimeout extends Error {
  constructor(
    readonly gate: string,
    readonly waitedMs: number,
  ) {
    super(`waited ${waitedMs} ms for a slot of ${gate}`);
    this.name = 'GateTimeout';
  }
}

interface Waiter {
  grant: () => void;
}

export class Gate {
  private holders = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    /** Named in a GateTimeout. */
    readonly name: string,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`${name}: a gate needs at least one slot; got ${size}`);
  }

  /** Slots held now. */
  get inUse(): number {
    return this.holders;
  }

  /** Waiters in line now. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Wait for a slot; resolves to the function that gives it back (calling it twice gives back one slot).
   * With `timeoutMs`, a waiter still in line then leaves it with a GateTimeout.
   */
  acquire(timeoutMs?: number): Promise<() => void> {
    if (this.holders < this.size && this.waiting.length === 0) {
      this.holders += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        grant: () => {
          if (timer) clearTimeout(timer);
          // The slot passes straight from the releaser to this waiter: `holders` does not change.
          resolve(this.releaser());
        },
      };
      this.waiting.push(waiter);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new GateTimeout(this.name, timeoutMs));
        }, timeoutMs);
      }
    });
  }

  /** Run `work` holding a slot. */
  async run<T>(work: () => Promise<T>, timeoutMs?: number): Promise<T> {
    const release = await this.acquire(timeoutMs);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.holders -= 1;
    };
  }
}
