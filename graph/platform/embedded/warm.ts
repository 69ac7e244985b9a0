/**
 * A warm embedded Neo4j: one a short-lived command (estate import, export, token, seed) started and
 * left running, detached, so the next command on the same data folder does not wait ~40 s for
 * another. Its running marker (estate-neo4j.json, the file every command already looks for) carries
 * a lease: when it started, how long it may idle, the deadline, and the commands using it now.
 * Each command joins the lease (extending the deadline while it runs) and leaves it (deadline = now
 * + idle). The launcher reads the deadline every second and stops itself once it has passed, or
 * when the marker is gone or names another process (EmbeddedNeo4j.java, --idle-marker), so a warm
 * Neo4j ends on time even if no command ever runs again and no other process survives.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** What a warm Neo4j's running marker holds (a server's marker has only uri and pid). */
export interface WarmLease {
  uri: string;
  pid: number;
  warm: true;
  /** Epoch ms. */
  startedAt: number;
  idleMs: number;
  /** Epoch ms: the launcher stops itself at this instant. */
  deadline: number;
  /** Pids of the commands using it now (dead ones are dropped on each write). */
  users: number[];
}

const KEEP_WARM_VAR = 'ESTATE_NEO4J_KEEP_WARM';
export const DEFAULT_KEEP_WARM_MS = 15 * 60_000;
/** While a command runs, the deadline is at least this far ahead, renewed every HEARTBEAT_MS. */
const IN_USE_MARGIN_MS = 60_000;
const HEARTBEAT_MS = 20_000;
/** A lease this close to its deadline is about to stop itself: a command stops it and starts afresh. */
export const EXPIRING_MS = 5_000;
const MAIN_CLASS = 'estate.embedded.EmbeddedNeo4j';
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** ESTATE_NEO4J_KEEP_WARM: how long a command's Neo4j stays up idle (15m; 90s, 1h; 0 = stop at exit). */
export function keepWarmFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env[KEEP_WARM_VAR]?.trim();
  if (raw === undefined || raw === '') return DEFAULT_KEEP_WARM_MS;
  const m = /^(\d+)(ms|s|m|h)?$/.exec(raw);
  if (!m) {
    throw new Error(
      `bad configuration: ${KEEP_WARM_VAR}: expected a duration such as 15m, 90s or 1h (0 = stop Neo4j when each command ends), got '${raw}'`,
    );
  }
  // A bare number is minutes, as "kept warm for 15 min" reads.
  return Number(m[1]) * UNITS[m[2] ?? 'm'];
}

/** "15 min", "90 s", "1 h": a keep-warm time as people write it. */
export function describeDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Math.round(ms / 1000)} s`;
  return `${ms} ms`;
}

export function markerFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'estate-neo4j.json');
}

/** Whether pid is a live embedded Neo4j launcher (on Linux by its command line, so a reused pid does not count). */
export function isEmbeddedNeo4j(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return false;
  }
}

/** Alive and not a zombie (an exited child nobody has reaped yet still answers signal 0). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The lease of the warm Neo4j on this data folder, if its marker is a warm one and names a live launcher. */
export function readWarmLease(dataDir: string): WarmLease | undefined {
  let marker: Partial<WarmLease>;
  try {
    marker = JSON.parse(readFileSync(markerFile(dataDir), 'utf8')) as Partial<WarmLease>;
  } catch {
    return undefined;
  }
  if (marker.warm !== true || typeof marker.pid !== 'number' || !isEmbeddedNeo4j(marker.pid)) return undefined;
  return marker as WarmLease;
}

/** Replace the marker in one step (write then rename), so the launcher never reads half a file. */
export function writeLease(dataDir: string, lease: WarmLease): void {
  const file = markerFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...lease, users: lease.users.filter(isAlive) }));
  renameSync(tmp, file);
}

/**
 * Mark this process as using the warm Neo4j and push the deadline out while it runs; the returned
 * function leaves the lease (deadline = now + idle, or later if other commands still use it).
 * Read-modify-write races between two commands only ever lose a pid or a later deadline, which
 * the next heartbeat puts back.
 */
export function holdLease(dataDir: string, pid = process.pid): () => void {
  const renew = (): void => {
    const lease = readWarmLease(dataDir);
    if (!lease) return;
    const users = lease.users.includes(pid) ? lease.users : [...lease.users, pid];
    const deadline = Math.max(lease.deadline, Date.now() + Math.max(lease.idleMs, IN_USE_MARGIN_MS));
    writeLease(dataDir, { ...lease, users, deadline });
  };
  renew();
  const timer = setInterval(renew, HEARTBEAT_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    const lease = readWarmLease(dataDir);
    if (!lease) return;
    const users = lease.users.filter((p) => p !== pid && isAlive(p));
    const idleEnd = Date.now() + lease.idleMs;
    writeLease(dataDir, { ...lease, users, deadline: users.length ? Math.max(lease.deadline, idleEnd) : idleEnd });
  };
}

/** Thrown when another command claimed this data folder's warm Neo4j first: use that one instead. */
export class WarmNeo4jTaken extends Error {
  constructor(dataDir: string) {
    super(`another estate command is starting the embedded Neo4j of ${dataDir}`);
  }
}

/**
 * Claim the marker for a warm Neo4j about to start: created only if absent (or left by a process
 * that has gone), so two commands starting at once do not both spawn one on the same store.
 */
export function claimMarker(dataDir: string, lease: WarmLease): void {
  const file = markerFile(dataDir);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(lease), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    let holder: number | undefined;
    try {
      holder = (JSON.parse(readFileSync(file, 'utf8')) as { pid?: number }).pid;
    } catch {
      holder = undefined; // half-written or unreadable: a claim in progress counts as taken
      throw new WarmNeo4jTaken(dataDir);
    }
    if (typeof holder === 'number' && isAlive(holder)) throw new WarmNeo4jTaken(dataDir);
    rmSync(file, { force: true }); // left by a process that has gone
  }
}

/** Stop a warm Neo4j (SIGTERM, SIGKILL after the grace) and wait until its process has gone. */
export async function stopWarm(dataDir: string, lease: WarmLease, graceMs = 30_000): Promise<void> {
  const gone = (): boolean => !isAlive(lease.pid);
  try {
    process.kill(lease.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const until = Date.now() + graceMs;
  while (!gone() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (!gone()) {
    process.kill(lease.pid, 'SIGKILL');
    while (!gone()) await new Promise((r) => setTimeout(r, 100));
  }
  removeMarkerOf(dataDir, lease.pid);
}

/** Remove the marker if it still names this pid (a newer Neo4j's marker stays). */
export function removeMarkerOf(dataDir: string, pid: number): void {
  try {
    const marker = JSON.parse(readFileSync(markerFile(dataDir), 'utf8')) as { pid?: number };
    if (marker.pid === pid) rmSync(markerFile(dataDir), { force: true });
  } catch {
    // no marker, or not ours to read
  }
}
