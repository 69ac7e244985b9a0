/**
 * The only module that opens sessions and transactions. It routes reads
 * through executeRead and writes through executeWrite (so a cluster sends
 * them to the right member), tags every transaction with the app and the
 * operation, applies the transaction timeout, counts queries per request and
 * turns driver errors into EstateErrors.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
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

export interface ExecutorOptions {
  database?: string;
  /** Transaction timeout; a query past it is refused with LIMIT_EXCEEDED. */
  timeoutMs: number;
}

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver(conn: Neo4jConnection): Driver {
  const auth = conn.password
    ? neo4j.auth.basic(conn.user ?? 'neo4j', conn.password)
    : neo4j.auth.basic('neo4j', 'neo4j');
  // Plain JS numbers: every integer Estate stores fits in 2^53.
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
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

export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
    readonly stats: QueryStats = { queries: 0, dbMs: 0 },
    private readonly commitListeners: Set<CommitListener> = new Set(),
  ) {}

  /** A view of this executor that counts into its own stats (one per request). */
  forRequest(): Executor {
    return new Executor(this.driver, this.options, { queries: 0, dbMs: 0 }, this.commitListeners);
  }

  /**
   * Be told when a write that changed something commits through this executor or any view of it (the
   * change feed polls at once instead of at its next tick); returns the function that stops it. A write
   * that changed nothing (a webhook lease renewal with no webhooks) tells no one.
   */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private committed(): void {
    for (const listener of [...this.commitListeners]) {
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
  async writeOnce(op: string, query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const deadline = performance.now() + WRITE_RETRY_MS;
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
        if (!neo4j.isRetryableError(error) || performance.now() > deadline) throw translateDriverError(error);
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
  async read(op: string, query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
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

  private async transaction<T>(mode: 'READ' | 'WRITE', op: string, work: (tx: Tx) => Promise<T>): Promise<T> {
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

/** Neo4j error codes mapped to what a client can act on; anything else stays internal. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof EstateError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as { message?: string }).message ?? '';
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
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  ) {
    return new EstateError(
      'SERVICE_UNAVAILABLE',
      'the database is unavailable; retry in a few seconds',
      [{ reason: 'Neo4j could not be reached' }],
      { retryAfterSeconds: 2 },
    );
  }
  return error;
}

function uniquePropertyIn(message: string): string | undefined {
  // Neo4j says e.g. "... with label `Hardware` and property `serialNumber` = 'X'"
  return /property `([A-Za-z0-9_]+)`/.exec(message)?.[1];
}
