/**
 * Keeps the embedded Neo4j up while the server runs: when the Java child exits without our asking
 * (killed, out of memory, crashed), it is logged and started again on the same data folder and
 * Bolt port, so the driver's URI stays valid, after a doubling backoff (1, 2, 4, 8, 16 s). After
 * ESTATE_NEO4J_RESTARTS consecutive failed restarts (default 5) it gives up and says so through
 * liveness(), so /healthz fails and an orchestrator replaces the whole process.
 */
import type { EmbeddedExit, EmbeddedNeo4j } from './embedded';

/** The logger calls the supervisor makes (pino's signature: fields first, then the message). */
export interface SupervisorLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface SupervisorOptions {
  /** Consecutive failed restarts before giving up; 0 = never restart. */
  restarts: number;
  log: SupervisorLog;
  /** First backoff delay, doubled per failure (default 1000). */
  baseDelayMs?: number;
  /** Longest backoff delay (default 16000). */
  maxDelayMs?: number;
  /** A child that ran this long clears the failure count (default 60000); a quicker crash counts as a failed restart. */
  stableMs?: number;
}

export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

/** What /healthz reports: alive, or why the database cannot come back. */
export type Liveness = { alive: true } | { alive: false; reason: string };

export const DEFAULT_RESTARTS = 5;
const RESTARTS_VAR = 'ESTATE_NEO4J_RESTARTS';

/** The wait before restart number failures + 1: base, 2·base, 4·base … capped at max. */
export function restartDelayMs(failures: number, baseMs = 1000, maxMs = 16_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures), maxMs);
}

/** ESTATE_NEO4J_RESTARTS: a whole number ≥ 0 (default 5); anything else stops the start with the variable named. */
export function restartLimitFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env[RESTARTS_VAR];
  if (raw === undefined || raw.trim() === '') return DEFAULT_RESTARTS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(
      `bad configuration: ${RESTARTS_VAR}: expected a whole number ≥ 0 (0 = never restart), got '${raw}'`,
    );
  }
  return n;
}

function describeExit(exit: EmbeddedExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

/**
 * Watches one embedded Neo4j and its successors. `start` must start a new child on the same data
 * folder and port (database.ts passes the first child's port).
 */
export class Neo4jSupervisor {
  private current: EmbeddedNeo4j;
  private startedAt = Date.now();
  private failures = 0;
  private stateNow: SupervisorState = 'running';
  private reason = '';
  private starting: Promise<EmbeddedNeo4j> | undefined;
  private wake: (() => void) | undefined;
  private stopping: Promise<void> | undefined;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly stableMs: number;

  constructor(
    first: EmbeddedNeo4j,
    private readonly start: () => Promise<EmbeddedNeo4j>,
    private readonly options: SupervisorOptions,
  ) {
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 16_000;
    this.stableMs = options.stableMs ?? 60_000;
    this.current = first;
    this.watch(first);
  }

  get state(): SupervisorState {
    return this.stateNow;
  }

  /** The child running now (a new pid after each restart). */
  get child(): EmbeddedNeo4j {
    return this.current;
  }

  liveness(): Liveness {
    return this.stateNow === 'failed' ? { alive: false, reason: this.reason } : { alive: true };
  }

  /** Our own stop: no restart follows, a pending restart is cancelled, a child mid-start is stopped. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stateNow = 'stopped';
      this.wake?.();
      const starting = this.starting;
      if (starting) await starting.then((child) => child.stop()).catch(() => undefined);
      await this.current.stop();
    })();
    return this.stopping;
  }

  /** A method, not a field test: stop() may change the state while a restart awaits. */
  private stopped(): boolean {
    return this.stateNow === 'stopped';
  }

  private watch(child: EmbeddedNeo4j): void {
    this.current = child;
    this.startedAt = Date.now();
    void child.exited.then((exit) => this.onExit(child, exit));
  }

  private async onExit(child: EmbeddedNeo4j, exit: EmbeddedExit): Promise<void> {
    if (exit.requested || this.stateNow === 'stopped' || child !== this.current) return;
    const ranMs = Date.now() - this.startedAt;
    // A restart that did not hold counts against the limit; one that ran a while starts afresh.
    if (ranMs >= this.stableMs) this.failures = 0;
    const how = describeExit(exit);
    this.options.log.warn(
      { pid: child.pid, code: exit.code, signal: exit.signal, ranMs, restarts: this.options.restarts },
      `the embedded Neo4j exited unexpectedly (${how})`,
    );
    this.stateNow = 'restarting';
    await this.restart(`the embedded Neo4j exited unexpectedly (${how})`);
  }

  private async restart(cause: string): Promise<void> {
    let last = '';
    for (;;) {
      if (this.failures >= this.options.restarts) {
        this.stateNow = 'failed';
        this.reason =
          this.options.restarts === 0
            ? `${cause}; restarts are off (${RESTARTS_VAR}=0)`
            : `${cause}; ${this.failures} restarts in a row failed${last ? `, the last: ${last}` : ''}`;
        this.options.log.error({ restarts: this.options.restarts }, `giving up on Neo4j: ${this.reason}`);
        return;
      }
      const delayMs = restartDelayMs(this.failures, this.baseDelayMs, this.maxDelayMs);
      this.failures++;
      this.options.log.warn(
        { attempt: this.failures, of: this.options.restarts, delayMs },
        `restarting the embedded Neo4j in ${delayMs / 1000} s`,
      );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      if (this.stopped()) return;
      try {
        this.starting = this.start();
        const next = await this.starting;
        this.starting = undefined;
        if (this.stopped()) return; // stop() stops it
        this.stateNow = 'running';
        this.options.log.info({ pid: next.pid, attempt: this.failures }, 'the embedded Neo4j is back');
        this.watch(next);
        return;
      } catch (error) {
        this.starting = undefined;
        last = (error as Error).message;
        this.options.log.warn({ attempt: this.failures, reason: last }, 'restarting the embedded Neo4j failed');
      }
    }
  }
}
