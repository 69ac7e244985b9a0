/**
 * Starts the embedded Neo4j Community server (graph/platform/embedded/, a small Java launcher) as a
 * child process, stops it, and reports how it ended (supervisor.ts restarts it after a crash).
 * Node built-ins only: this runs before anything else exists.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess, ExecFileException } from 'node:child_process';
import { existsSync, promises as fsp, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Socket } from 'node:net';
import * as path from 'node:path';
import { claimMarker, isEmbeddedNeo4j, markerFile, removeMarkerOf, writeLease } from './warm';
import type { WarmLease } from './warm';

export interface EmbeddedOptions {
  /** Neo4j home for this instance: the store goes to data/, logs to logs/. Created if missing. */
  dataDir: string;
  /** 0 or undefined = pick a free port. */
  boltPort?: number;
  /** JVM heap, e.g. '1g' (default). */
  heap?: string;
  /** Neo4j page cache, e.g. '512m' (default). */
  pageCache?: string;
  log?: (line: string) => void;
  /** Default 120000. */
  startTimeoutMs?: number;
  /**
   * Keep it running, detached, after this process ends, until it has idled this long (warm.ts: the
   * CLI's warm Neo4j). Unset: it stops with this process, as the server's does.
   */
  keepWarmMs?: number;
}

/** How the Java child ended: `requested` when stop() (or start-up failure) asked it to, i.e. not a crash. */
export interface EmbeddedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  requested: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Settles when the Java child has exited, however it ended (the supervisor watches it). */
  exited: Promise<EmbeddedExit>;
  stop(): Promise<void>;
}

const READY_PREFIX = 'ESTATE_NEO4J_READY ';
const MAIN_CLASS = 'estate.embedded.EmbeddedNeo4j';
const STOP_GRACE_MS = 30_000;
const BUILD_TIMEOUT_MS = 20 * 60_000;
const STDERR_TAIL_LINES = 20;
const KNOWN_FAILURES = ['Neo4j could not bind ', 'Neo4j data directory '];
const SIZE_RE = /^\d+[kmgt]?$/i;

// Flags the Neo4j server launcher uses too: the add-opens let the page cache and transaction
// logs use direct buffers and native file hints instead of slower fallbacks.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

const noop = (): void => undefined;

/** The repo root: this file runs from graph/platform/embedded/ (ts-node, ts-jest) and dist/graph/platform/embedded/. */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (
      existsSync(path.join(dir, 'package.json')) &&
      existsSync(path.join(dir, 'graph', 'platform', 'embedded', 'pom.xml'))
    ) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(
        `Cannot find the Estate repo root (package.json + graph/platform/embedded/pom.xml) above ${__dirname}`,
      );
    dir = parent;
  }
}

function paths(): {
  pom: string;
  src: string;
  classes: string;
  lib: string;
  stamp: string;
  mainClass: string;
} {
  const base = path.join(repoRoot(), 'graph', 'platform', 'embedded');
  const target = path.join(base, 'target');
  return {
    pom: path.join(base, 'pom.xml'),
    src: path.join(base, 'src'),
    classes: path.join(target, 'classes'),
    lib: path.join(target, 'lib'),
    stamp: path.join(target, '.estate-build-stamp'),
    mainClass: path.join(target, 'classes', 'estate', 'embedded', 'EmbeddedNeo4j.class'),
  };
}

function javaCommand(): string {
  // JAVA_HOME wins, as it does for mvn, so the launcher runs on the JDK that built it.
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

function mvnCommand(): string {
  return process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
}

function run(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ ok: boolean; output: string; error?: ExecFileException }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        resolve(error ? { ok: false, output, error } : { ok: true, output });
      },
    );
  });
}

async function checkJava(): Promise<void> {
  const fix = 'install a JDK 17 (e.g. apt-get install openjdk-17-jdk) or set NEO4J_URI to use an existing Neo4j';
  const java = javaCommand();
  const res = await run(java, ['-version'], 30_000);
  if (!res.ok) throw new Error(`Java 17+ not found on PATH (${java} -version failed): ${fix}`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(res.output);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    const found = m ? `Java ${major}` : 'an unrecognised Java';
    throw new Error(`Java 17+ needed for the embedded Neo4j but ${java} is ${found}: ${fix}`);
  }
}

async function newestMtime(p: string): Promise<number> {
  let st;
  try {
    st = await fsp.stat(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of await fsp.readdir(p)) newest = Math.max(newest, await newestMtime(path.join(p, entry)));
  return newest;
}

async function buildIsCurrent(p: ReturnType<typeof paths>): Promise<boolean> {
  if (!existsSync(p.mainClass) || !existsSync(p.stamp) || !existsSync(p.lib)) return false;
  const jars = (await fsp.readdir(p.lib)).filter((f) => f.endsWith('.jar'));
  if (jars.length === 0) return false;
  const stamp = statSync(p.stamp).mtimeMs;
  const inputs = Math.max(await newestMtime(p.pom), await newestMtime(p.src));
  return inputs <= stamp;
}

export async function ensureEmbeddedBuilt(opts?: { log?: (line: string) => void }): Promise<void> {
  const log = opts?.log ?? noop;
  const p = paths();
  if (await buildIsCurrent(p)) return;

  await checkJava();
  const mvn = mvnCommand();
  const version = await run(mvn, ['-v'], 60_000);
  if (!version.ok) {
    throw new Error(
      'Maven (mvn) not found on PATH: it builds the embedded Neo4j once; install Maven 3.8+ (e.g. apt-get install maven) or set NEO4J_URI to use an existing Neo4j',
    );
  }
  log('Building the embedded Neo4j (graph/platform/embedded; the first build downloads ~125 MB from Maven Central)...');
  const started = Date.now();
  const res = await run(mvn, ['-q', '-B', '-f', p.pom, 'package', '-DskipTests'], BUILD_TIMEOUT_MS);
  if (!res.ok) {
    const timedOut = res.error?.killed === true;
    // Maven's -q output is all errors; strip its colour codes and keep the tail.
    const tail = res.output
      // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
      .replace(/\u001b\[[0-9;]*m/g, '')
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    throw new Error(
      `Building the embedded Neo4j failed${timedOut ? ' (timed out)' : ''}: mvn -q -B -f ${p.pom} package -DskipTests\n${tail}`,
    );
  }
  // The stamp marks which pom/sources the build came from; written after success only.
  await fsp.writeFile(p.stamp, `${new Date().toISOString()}\n`);
  log(`Embedded Neo4j built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function portInUseMessage(port: number): string {
  return `Neo4j could not bind 127.0.0.1:${port}: port in use — set NEO4J_BOLT_PORT or stop the other process`;
}

/** Listens on 127.0.0.1:port (0 = any) and closes again; resolves the port, or null if taken. */
function probePort(port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(null);
      else reject(err);
    });
    srv.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      const addr = srv.address();
      const bound = typeof addr === 'object' && addr ? addr.port : port;
      srv.close(() => resolve(bound));
    });
  });
}

async function choosePort(requested: number | undefined): Promise<number> {
  if (requested !== undefined && requested !== 0) {
    if (!Number.isInteger(requested) || requested < 1 || requested > 65535) {
      throw new Error(`Invalid Neo4j Bolt port ${requested}: use 1..65535, or 0 to pick a free one`);
    }
    const free = await probePort(requested);
    if (free === null) throw new Error(portInUseMessage(requested));
    return requested;
  }
  const port = await probePort(0);
  if (port === null) throw new Error('Could not find a free port on 127.0.0.1 for Neo4j');
  return port;
}

function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, nl).replace(/\r$/, ''));
      buf = buf.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buf) onLine(buf);
    buf = '';
  });
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? noop;
  const heap = opts.heap ?? '1g';
  const pageCache = opts.pageCache ?? '512m';
  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  if (!SIZE_RE.test(heap)) throw new Error(`Invalid heap size '${heap}': use e.g. 512m or 1g`);
  if (!SIZE_RE.test(pageCache)) throw new Error(`Invalid page cache size '${pageCache}': use e.g. 256m or 1g`);

  await checkJava();
  await ensureEmbeddedBuilt({ log });
  const port = await choosePort(opts.boltPort);
  const dataDir = path.resolve(opts.dataDir);
  await fsp.mkdir(dataDir, { recursive: true });

  if (opts.keepWarmMs) {
    // Claimed in this process's name until the child's pid is known, a few lines below.
    const now = Date.now();
    claimMarker(dataDir, { ...warmLease(port, process.pid, now, opts.keepWarmMs, timeoutMs), startedAt: now });
  }
  const p = paths();
  const classpath = [p.classes, path.join(p.lib, '*')].join(path.delimiter);
  const args = [
    `-Xmx${heap}`,
    `-Xms${heap}`, // Neo4j warns without it, and a fixed heap avoids resize pauses.
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    `--data-dir=${dataDir}`,
    `--bolt-port=${port}`,
    `--page-cache=${pageCache}`,
    // A warm one outlives this process: no stdin to watch, its idle deadline stops it instead.
    ...(opts.keepWarmMs ? ['--watch-stdin=false', `--idle-marker=${markerFile(dataDir)}`] : []),
  ];
  const started = Date.now();
  log(`Starting embedded Neo4j on bolt://127.0.0.1:${port} (data ${dataDir}, logs ${path.join(dataDir, 'logs')})`);

  // stdin stays an open pipe: the launcher exits when it reaches EOF, so a parent that dies
  // (even by SIGKILL) takes Neo4j with it. Detached = its own process group, so a terminal's Ctrl-C
  // (sent to the whole foreground group) reaches only Node, which stops the API first and then
  // Neo4j; Java taking the same SIGINT used to shut the store under a still-running API (slow
  // stops, stack traces). Stopping it is Node's job: stop(), the exit hook, or stdin EOF.
  const child: ChildProcess = spawn(javaCommand(), args, {
    cwd: dataDir,
    stdio: [opts.keepWarmMs ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
    detached: true,
  });
  // Don't let a forgotten stop() keep Node alive; the exit hook and stdin EOF still stop Neo4j.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as Socket | null)?.unref();
  child.stdin?.on('error', noop); // EPIPE once Java has gone; nothing to do about it.

  const stderrTail: string[] = [];
  let exited = false;
  let exitInfo = '';
  // Set before we signal the child, so its exit is ours and not a crash to restart.
  let requested = false;
  const exitPromise = new Promise<EmbeddedExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      process.removeListener('exit', killOnExit);
      resolve({ code, signal, requested });
    });
  });
  function killOnExit(): void {
    requested = true;
    if (!exited) child.kill('SIGTERM');
  }
  // Until it is ready even a warm one goes with this process: a start cut short leaves nothing behind.
  process.on('exit', killOnExit);
  if (opts.keepWarmMs && child.pid) {
    // Written before it is ready, so the launcher finds its deadline, and a second command started
    // meanwhile joins this one (its driver waits for Bolt) instead of racing for the store.
    writeLease(dataDir, warmLease(port, child.pid, Date.now(), opts.keepWarmMs, timeoutMs));
  } else if (opts.keepWarmMs) {
    removeMarkerOf(dataDir, process.pid); // spawn failed: the 'error' event below says why
  }

  if (child.stderr) {
    splitLines(child.stderr, (line) => {
      stderrTail.push(line);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
      log(`neo4j: ${line}`);
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      requested = true;
      if (exited) return;
      child.stdin?.end();
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exitPromise.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), STOP_GRACE_MS);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut && !exited) {
        log(`Embedded Neo4j (pid ${child.pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
        await exitPromise;
      }
    })();
    return stopping;
  };

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(err);
    };
    const timer = setTimeout(() => {
      const tail = stderrTail.length ? `; last stderr:\n${stderrTail.join('\n')}` : '';
      fail(
        new Error(
          `Embedded Neo4j did not become ready within ${timeoutMs / 1000} s (see ${path.join(dataDir, 'logs', 'debug.log')})${tail}`,
        ),
      );
      requested = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) =>
      fail(new Error(`Could not start the embedded Neo4j (${javaCommand()}): ${err.message}`)),
    );
    // 'close' comes after stderr has drained, so the message carries the launcher's own explanation.
    child.once('close', () => {
      // The launcher's own one-line diagnoses (port or store in use) say it all.
      const known = stderrTail.find((l) => KNOWN_FAILURES.some((k) => l.startsWith(k)));
      if (known) return fail(new Error(known));
      const tail = stderrTail.length
        ? `:\n${stderrTail.join('\n')}`
        : ` (see ${path.join(dataDir, 'logs', 'debug.log')})`;
      fail(new Error(`Embedded Neo4j exited before it was ready (${exitInfo || 'no exit status'})${tail}`));
    });
    if (!child.stdout) return fail(new Error('Embedded Neo4j has no stdout pipe'));
    splitLines(child.stdout, (line) => {
      if (line.startsWith(READY_PREFIX) && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      } else if (line) {
        log(`neo4j: ${line}`);
      }
    });
  }).catch(async (err: unknown) => {
    await stop();
    if (child.pid) removeMarkerOf(dataDir, child.pid);
    throw err;
  });

  log(`Embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);
  if (opts.keepWarmMs) {
    // From here it lives on its own: this process may end without taking it along.
    process.removeListener('exit', killOnExit);
    child.stdout?.destroy();
    child.stderr?.destroy();
  } else {
    await fsp.writeFile(markerFile(dataDir), JSON.stringify({ uri, pid: child.pid }));
  }
  // Removed before a supervisor's restart writes the new child's pid (its backoff is >= 1 s).
  const ended = exitPromise.then((exit) => {
    if (child.pid) removeMarkerOf(dataDir, child.pid);
    return exit;
  });
  return { uri, port, pid: child.pid ?? -1, exited: ended, stop };
}

/** A new warm Neo4j's lease: its deadline leaves room for the start, then the idle time. */
function warmLease(port: number, pid: number, now: number, idleMs: number, startMs: number): WarmLease {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid,
    warm: true,
    startedAt: now,
    idleMs,
    deadline: now + startMs + idleMs,
    users: [process.pid],
  };
}

/**
 * The Bolt URI of the embedded Neo4j another Estate process is running on this data folder, if any
 * (its marker names a live process). A second Neo4j cannot open the same store; commands such as
 * `estate token create` connect to the running one instead.
 */
export function runningEmbeddedNeo4j(dataDir: string): string | undefined {
  try {
    const { uri, pid, warm } = JSON.parse(readFileSync(markerFile(dataDir), 'utf8')) as {
      uri: string;
      pid: number;
      warm?: boolean;
    };
    // A warm one's marker outlives its launcher (nobody is left to remove it): check it is still Neo4j.
    if (warm) return isEmbeddedNeo4j(pid) ? uri : undefined;
    process.kill(pid, 0); // throws when no such process
    return uri;
  } catch {
    return undefined;
  }
}
