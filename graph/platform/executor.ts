/**
 * The only module that opens sessions and transactions. It routes reads
 * through executeRead and writes through executeWrite (so a cluster sends
 * them to the right member), tags every transaction with the app and the
 * operation, applies the transaction timeout, counts queries per request and
 * turns driver errors into EstateErrors.
 *
 * It also shares the connection pool out. A request's view (forRequest) runs
 * at most a few queries at once, the rest waiting in line, and all requests
 * together may hold only the pool less a reserve: so one request with a
 * thousand aliases cannot take every connection, and background work (imports,
 * the change feed, webhooks) always finds one. Background work that still finds
 * the pool busy waits for a connection instead of failing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Gate, GateTimeout } from './concurrency.gate';
import { EstateError } from './errors';

export type Row = Record<string, unknown>;

/** What one request cost the database; the server reports it in `extensions.estate`. */
export interface QueryStats {
  queries: number;
  dbMs: number;
}

/** A transaction as graph/ modules see it: run a query, get plain rows. */
export interface Tx {
  run(query: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** The driver's connection pool, and how the executor shares it out. */
export const POOL = {
  /** Connections the driver keeps to Neo4j. */
  size: 100,
  /** How long a session waits for a free connection before the driver gives up. */
  acquisitionTimeoutMs: 10_000,
  /** Connections API requests can never take all of: background work (imports, the change feed) always has these. */
  backgroundReserve: 10,
  /** Queries of one request in flight at once; the request's other queries wait in line for one to finish. */
  perRequest: 4,
  /** How long background work keeps waiting for a connection (retrying the driver's acquisition timeout) before it fails. */
  backgroundWaitMs: 10 * 60_000,
} as const;

export interface ExecutorOptions {
  database?: string;
  /** Transaction timeout; a query past it is refused with LIMIT_EXCEEDED. */
  timeoutMs: number;
  /** How long writeOnce retries a transient failure such as a deadlock (default 5 s; 0: no retry). */
  writeRetryMs?: number;
  /** Queries one request's view runs at once (default POOL.perRequest). */
  perRequest?: number;
  /** Sessions all requests together may hold (default POOL.size less POOL.backgroundReserve). */
  apiSessions?: number;
  /** How long a request's query waits for one of those before it answers SERVICE_UNAVAILABLE (default POOL.acquisitionTimeoutMs). */
  apiWaitMs?: number;
  /** How long background work waits for a connection before it fails (default POOL.backgroundWaitMs). */
  backgroundWaitMs?: number;
}

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  /** Default POOL.size. */
  maxConnectionPoolSize?: number;
  /** Default POOL.acquisitionTimeoutMs. */
  connectionAcquisitionTimeoutMs?: number;
}

export function createDriver(conn: Neo4jConnection): Driver {
  const auth = conn.password
    ? neo4j.auth.basic(conn.user ?? 'neo4j', conn.password)
    : neo4j.auth.basic('neo4j', 'neo4j');
  // Plain JS numbers: every integer Estate stores fits in 2^53.
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: conn.maxConnectionPoolSize ?? POOL.size,
    connectionAcquisitionTimeout: conn.connectionAcquisitionTimeoutMs ?? POOL.acquisitionTimeoutMs,
    // Transient failures (a leader switch, a deadlock) are retried this long; past it a request whose
    // Neo4j is down answers SERVICE_UNAVAILABLE in seconds instead of hanging for the default 30 s.
    maxTransactionRetryTime: 5_000,
    userAgent: 'estate/0.1',
  });
}

/** Called after a write this executor (or a per-request view of it) committed, when it changed something. */
export type CommitListener = () => void;

/** How long a transient failure of a single-statement write is retried (the driver's own retry time). */
const WRITE_RETRY_MS = 5_000;

/** Sessions in flight through an executor and all its views, for tests and metrics. */
export interface SessionCounts {
  /** Open now. */
  open: number;
  /** Most open at once since the last resetPeak(). */
  peak: number;
  /** API queries waiting for a slot now (their request's, or one of all requests'). */
  waiting: number;
}

/** What an executor and all its views share: the commit listeners, the API's gate and the counts. */
interface Shared {
  commitListeners: Set<CommitListener>;
  api: Gate;
  sessions: SessionCounts;
}

/** The request view whose slot the running code holds: a query it runs inside that one takes no second slot. */
const holding = new AsyncLocalStorage<Executor>();

export class Executor {
  private readonly shared: Shared;
  /** Present on a request's view: its own few slots. */
  private readonly requestGate?: Gate;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
    readonly stats: QueryStats = { queries: 0, dbMs: 0 },
    shared?: Shared,
    requestGate?: Gate,
  ) {
    this.shared = shared ?? {
      commitListeners: new Set(),
      api: new Gate('the API sessions', options.apiSessions ?? POOL.size - POOL.backgroundReserve),
      sessions: { open: 0, peak: 0, waiting: 0 },
    };
    this.requestGate = requestGate;
  }

  /**
   * A view of this executor for one request: it counts into its own stats, runs at most `perRequest`
   * queries at once (the rest wait in line) and shares the API's part of the pool with every other request.
   */
  forRequest(perRequest = this.options.perRequest ?? POOL.perRequest): Executor {
    return new Executor(
      this.driver,
      this.options,
      { queries: 0, dbMs: 0 },
      this.shared,
      new Gate('this request', perRequest),
    );
  }

  /**
   * A view for work that outlives a request (an import job started or resumed through the API): no
   * per-request limit, not counted against the API's sessions, and it waits for a busy pool.
   */
  background(): Executor {
    return this.requestGate ? new Executor(this.driver, this.options, { queries: 0, dbMs: 0 }, this.shared) : this;
  }

  /** Sessions in flight through this executor and every view of it (tests sample it). */
  get sessions(): Readonly<SessionCounts> {
    return this.shared.sessions;
  }

  /** Start counting the peak afresh. */
  resetPeak(): void {
    this.shared.sessions.peak = this.shared.sessions.open;
  }

  /**
   * Run one unit of database work (one session) once admitted. A request's view first takes one of its
   * own slots, then one of the API's (SERVICE_UNAVAILABLE when none frees up in time); work already
   * holding this view's slot (a query inside a transaction's work) goes straight on. Background work
   * takes no slot, and when the driver finds no free connection in time it waits and tries again.
   */
  private async admitted<T>(work: () => Promise<T>): Promise<T> {
    if (!this.requestGate) return this.waitingForPool(() => this.counted(work));
    if (holding.getStore() === this) return this.counted(work);
    const { sessions, api } = this.shared;
    sessions.waiting += 1;
    let releaseOwn: (() => void) | undefined;
    let releaseApi: (() => void) | undefined;
    try {
      releaseOwn = await this.requestGate.acquire();
      releaseApi = await api.acquire(this.options.apiWaitMs ?? POOL.acquisitionTimeoutMs);
    } catch (error) {
      releaseOwn?.();
      throw translateDriverError(error);
    } finally {
      sessions.waiting -= 1;
    }
    try {
      return await holding.run(this, () => this.counted(work));
    } finally {
      releaseApi();
      releaseOwn();
    }
  }

  private async counted<T>(work: () => Promise<T>): Promise<T> {
    const { sessions } = this.shared;
    sessions.open += 1;
    if (sessions.open > sessions.peak) sessions.peak = sessions.open;
    try {
      return await work();
    } finally {
      sessions.open -= 1;
    }
  }

  /**
   * Background work: a connection acquisition that timed out ran nothing, so it is safe to try again; an
   * import waits out an API burst instead of failing its job. Gives up after backgroundWaitMs.
   */
  private async waitingForPool<T>(work: () => Promise<T>): Promise<T> {
    const deadline = performance.now() + (this.options.backgroundWaitMs ?? POOL.backgroundWaitMs);
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isAcquisitionTimeout(error) || performance.now() > deadline) throw translateDriverError(error);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
    }
  }

  /**
   * Be told when a write that changed something commits through this executor or any view of it (the
   * change feed polls at once instead of at its next tick); returns the function that stops it. A write
   * that changed nothing (a webhook lease renewal with no webhooks) tells no one.
   */
  onCommit(listener: CommitListener): () => void {
    this.shared.commitListeners.add(listener);
    return () => this.shared.commitListeners.delete(listener);
  }

  private committed(): void {
    for (const listener of [...this.shared.commitListeners]) {
      try {
        listener();
      } catch {
        // a listener's failure is not the write's
      }
    }
  }

  /**
   * One write statement as an auto-commit transaction. The server commits it as soon as it has run, with
   * no round trip back to this process in between, so a lock the statement takes (the change sequence's)
   * is held only while the server finishes it and commits: in an explicit transaction every waiting
   * writer also waits for this process to read the last result and send COMMIT, which under load is
   * most of the hold. Transient failures (a deadlock) are retried, so the statement must be safe to run
   * again.
   */
  writeOnce(op: string, query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.admitted(() => this.writeOnceAdmitted(op, query, params));
  }

  private async writeOnceAdmitted(op: string, query: string, params: Record<string, unknown>): Promise<Row[]> {
    const deadline = performance.now() + (this.options.writeRetryMs ?? WRITE_RETRY_MS);
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
      const started = performance.now();
      this.stats.queries += 1;
      try {
        const result = await session.run(query, toNeo4jParams(params), this.config(op));
        const rows = result.records.map((r) => r.toObject());
        if (result.summary.counters.containsUpdates()) this.committed();
        return rows;
      } catch (error) {
        // An acquisition timeout is not the statement's failure: it goes up (to waitingForPool, or to the client).
        if (!neo4j.isRetryableError(error) || performance.now() >= deadline) throw translateDriverError(error);
      } finally {
        this.stats.dbMs += performance.now() - started;
        await session.close();
      }
      // Back off with jitter, as the driver does for transaction functions.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4)),
      );
    }
  }

  /**
   * One read query, sent as an auto-commit transaction: RUN and PULL go in one round trip, where an
   * explicit transaction adds BEGIN and COMMIT (a third of a small read's time). A single statement needs
   * no retry loop: a transient failure surfaces as the same translated error a retried one ends in.
   */
  read(op: string, query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.admitted(() => this.readAdmitted(op, query, params));
  }

  private async readAdmitted(op: string, query: string, params: Record<string, unknown>): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    this.stats.queries += 1;
    try {
      const result = await session.run(query, toNeo4jParams(params), this.config(op));
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      this.stats.dbMs += performance.now() - started;
      await session.close();
    }
  }

  private config(op: string) {
    return { timeout: this.options.timeoutMs, metadata: { app: 'estate', op } };
  }

  readTx<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', op, work);
  }

  /** One write transaction: everything `work` runs commits together or not at all. */
  writeTx<T>(op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', op, work);
  }

  private transaction<T>(mode: 'READ' | 'WRITE', op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.admitted(() => this.transactionAdmitted(mode, op, work));
  }

  private async transactionAdmitted<T>(mode: 'READ' | 'WRITE', op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.config(op);
    // Set by the attempt that commits: the driver may retry the work, and a failed attempt's changes are gone.
    let changed = false;
    const body = (tx: ManagedTransaction) => {
      changed = false;
      return work(this.wrap(tx, () => (changed = true)));
    };
    try {
      if (mode === 'READ') return await session.executeRead(body, config);
      const result = await session.executeWrite(body, config);
      if (changed) this.committed();
      return result;
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, onChange: () => void): Tx {
    return {
      run: async (query, params = {}) => {
        const started = performance.now();
        this.stats.queries += 1;
        try {
          const result = await tx.run(query, toNeo4jParams(params));
          if (result.summary.counters.containsUpdates()) onChange();
          return result.records.map((r) => r.toObject());
        } finally {
          this.stats.dbMs += performance.now() - started;
        }
      },
    };
  }
}

/**
 * JS numbers reach Neo4j as floats; whole numbers go as integers instead so
 * LIMIT, ranges and integer fields behave (JS values are all below 2^53).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}

/** Why the database answered SERVICE_UNAVAILABLE (`extensions.cause`): each means "retry shortly". */
export type UnavailableCause = 'POOL_BUSY' | 'TRANSIENT' | 'UNREACHABLE';

const unavailable = (cause: UnavailableCause, message: string, reason: string, extra: Record<string, unknown> = {}) =>
  new EstateError('SERVICE_UNAVAILABLE', message, [{ reason }], {
    cause,
    retryAfterSeconds: cause === 'UNREACHABLE' ? 2 : 1,
    ...extra,
  });

/** The driver found no free connection in time (its message is the only mark: the code is N/A). */
function isDriverAcquisitionTimeout(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.startsWith('Connection acquisition timed out');
}

/** No connection came free in time, as the driver says it or as translateDriverError has turned it. */
export function isAcquisitionTimeout(error: unknown): boolean {
  if (error instanceof EstateError) return error.code === 'SERVICE_UNAVAILABLE' && error.extra.cause === 'POOL_BUSY';
  return isDriverAcquisitionTimeout(error);
}

/**
 * Neo4j and driver errors mapped to what a client can act on; anything else stays internal. This is the
 * one place they are mapped: a busy pool, a transient failure the retries did not outlast (a deadlock)
 * and an unreachable database are all SERVICE_UNAVAILABLE (HTTP 503 with Retry-After), never a 500.
 */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof EstateError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = (error as { message?: string } | null)?.message ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new EstateError('CONFLICT', 'the write would break a uniqueness rule', [
      { field: uniquePropertyIn(message), reason: 'another CI already has this value' },
    ]);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new EstateError('LIMIT_EXCEEDED', 'the query ran past the transaction timeout', [
      { reason: 'transaction timeout reached; narrow the request' },
    ]);
  }
  if (error instanceof GateTimeout) {
    return unavailable(
      'POOL_BUSY',
      `the database is busy: no connection came free within ${error.waitedMs} ms; retry shortly`,
      `every connection the API may use is taken (${error.gate})`,
    );
  }
  if (isDriverAcquisitionTimeout(error)) {
    return unavailable(
      'POOL_BUSY',
      'the database is busy: no connection came free in time; retry shortly',
      'the connection pool is exhausted (connection acquisition timeout)',
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  ) {
    return unavailable(
      'UNREACHABLE',
      'the database is unavailable; retry in a few seconds',
      'Neo4j could not be reached',
    );
  }
  if (code.startsWith('Neo.TransientError.')) {
    // The executor has already retried it (executeRead/executeWrite, writeOnce) for as long as it may.
    return unavailable(
      'TRANSIENT',
      `the database could not complete the request even after retrying (${code}); retry shortly`,
      code === 'Neo.TransientError.Transaction.DeadlockDetected'
        ? 'a deadlock with concurrent writes outlasted the retries'
        : 'a transient database failure outlasted the retries',
      { neo4jCode: code },
    );
  }
  return error;
}

function uniquePropertyIn(message: string): string | undefined {
  // Neo4j says e.g. "... with label `Hardware` and property `serialNumber` = 'X'"
  return /property `([A-Za-z0-9_]+)`/.exec(message)?.[1];
}
