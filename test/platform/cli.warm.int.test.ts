/**
 * The warm CLI (issue 18): with no server on a data folder, the first short-lived command starts
 * its embedded Neo4j and leaves it warm; the next one uses it in about a second; `estate neo4j
 * status|stop` see and stop it; it stops itself once idle past ESTATE_NEO4J_KEEP_WARM; and a server
 * started later stops it first and serves the folder with its own, supervised Neo4j. Runs the built
 * CLI (bin/estate.js) as child processes on a temp data folder, as a newcomer's shell does (none of
 * the suite's Neo4j); every Neo4j it starts is stopped by pid at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../../graph/platform/embedded/warm';

// Four Neo4j starts on two busy cores.
jest.setTimeout(600_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'estate.js');

interface Marker {
  uri: string;
  pid: number;
  warm?: boolean;
  startedAt: number;
  idleMs: number;
  deadline: number;
  users: number[];
}

/** A newcomer's shell: none of the suite's Neo4j or settings. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (/^(NEO4J_|ESTATE_|PORT$|LOG_LEVEL$)/.test(key)) delete clean[key];
  return { ...clean, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', ...extra };
}

function estate(args: string[], extra: Record<string, string> = {}) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmpdir(),
    env: env(extra),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

/** Running (an exited launcher nobody has reaped yet is a zombie, not running). */
const alive = isAlive;

async function gone(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return !alive(pid);
}

let dataDir: string;
const marker = (): Marker | undefined =>
  existsSync(join(dataDir, 'estate-neo4j.json'))
    ? (JSON.parse(readFileSync(join(dataDir, 'estate-neo4j.json'), 'utf8')) as Marker)
    : undefined;
/** Every Neo4j this file started, stopped by pid in afterAll whatever happened. */
const started = new Set<number>();
let server: ChildProcess | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'estate-warm-'));
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0 && !existsSync(join(ROOT, 'dist', 'server', 'main.js'))) {
    throw new Error(`npm run build made no dist/server/main.js:\n${build.stdout}${build.stderr}`);
  }
});

afterAll(async () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  const last = marker();
  if (last) started.add(last.pid);
  for (const pid of started) {
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  for (const pid of started) expect(await gone(pid, 10_000)).toBe(true);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a warm Neo4j between commands', () => {
  let first: Marker;

  it('the first command starts Neo4j, says so, and leaves it warm', () => {
    const run = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: '2m' });
    const m = marker();
    if (m) started.add(m.pid);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      `estate: starting Neo4j for ${dataDir} (no server runs on it; kept warm for 2 min after this command: \`estate neo4j stop --data-dir ${dataDir}\` stops it)`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^estate: started Neo4j for this folder in \\d+\\.\\d s \\(pid (\\d+), bolt://127\\.0\\.0\\.1:\\d+; kept warm for 2 min: \`estate neo4j stop --data-dir ${dataDir}\` stops it\\)$`,
      ),
    );
    first = m as Marker;
    expect(first).toMatchObject({ warm: true, idleMs: 120_000, users: [] });
    expect(lines[1]).toContain(`pid ${first.pid},`);
    expect(alive(first.pid)).toBe(true);
    // Idle from the moment the command ended.
    expect(first.deadline - Date.now()).toBeGreaterThan(100_000);
    expect(first.deadline - Date.now()).toBeLessThanOrEqual(120_000);
    process.stdout.write(`warm CLI: first command ${(run.ms / 1000).toFixed(1)} s\n`);
  });

  it('the next command uses it in seconds and extends its deadline', () => {
    const run = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: '2m' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `^estate: using the warm Neo4j of ${dataDir} started \\d+ s ago \\(${first.uri}, pid ${first.pid}; kept warm for 2 min after each command: \`estate neo4j stop --data-dir ${dataDir}\` stops it\\)\n$`,
      ),
    );
    expect(run.ms).toBeLessThan(10_000);
    expect((marker() as Marker).deadline).toBeGreaterThan(first.deadline);
    process.stdout.write(`warm CLI: second command ${(run.ms / 1000).toFixed(1)} s\n`);
  });

  it('estate neo4j status names it and when it stops itself', () => {
    const run = estate(['neo4j', 'status', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^warm Neo4j of ${dataDir}: pid ${first.pid}, ${first.uri}, started \\d+ s ago$`),
    );
    expect(lines[1]).toMatch(/^stops itself in [12] min \(at \S+Z\) unless a command uses it$/);
  });

  it('estate neo4j stop stops it, then finds nothing to stop', async () => {
    const run = estate(['neo4j', 'stop', '--data-dir', dataDir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(`^stopped the warm Neo4j of ${dataDir} \\(pid ${first.pid}, up \\d+ s\\)\n$`),
    );
    expect(alive(first.pid)).toBe(false);
    expect(marker()).toBeUndefined();
    const again = estate(['neo4j', 'stop', '--data-dir', dataDir]);
    expect(again).toMatchObject({ code: 0, stdout: `no warm Neo4j runs on ${dataDir}: nothing to stop\n` });
  });

  it('stops itself once idle past its keep-warm time, with nothing else running', async () => {
    const run = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: '3s' });
    const m = marker() as Marker;
    started.add(m.pid);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kept warm for 3 s:');
    expect(await gone(m.pid, 30_000)).toBe(true);
    expect(marker()).toBeUndefined();
    expect(readFileSync(join(dataDir, 'logs', 'neo4j.log'), 'utf8')).toContain(
      'Warm Neo4j stopping: idle past its deadline',
    );
  });

  it('a bad ESTATE_NEO4J_KEEP_WARM is one line naming it, before anything starts', () => {
    const run = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: 'soon' });
    expect(run).toMatchObject({
      code: 1,
      stderr:
        "estate: bad configuration: ESTATE_NEO4J_KEEP_WARM: expected a duration such as 15m, 90s or 1h (0 = stop Neo4j when each command ends), got 'soon'\n",
    });
    expect(marker()).toBeUndefined();
  });
});

describe('a server started on a folder with a warm Neo4j', () => {
  let out = '';
  const waitFor = (re: RegExp, ms = 240_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} within ${ms} ms; output:\n${out}`)), ms);
      const check = (): void => {
        const m = re.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m);
        } else if (server?.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`server exited (${server?.exitCode}) before ${re}; output:\n${out}`));
        } else setTimeout(check, 200);
      };
      check();
    });

  it('stops the warm one first and serves the folder with its own Neo4j; commands then use the server’s', async () => {
    const warmRun = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: '2m' });
    const warm = marker() as Marker;
    started.add(warm.pid);
    expect(warmRun.code).toBe(0);
    server = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
      cwd: tmpdir(),
      env: env({ ESTATE_LOG_FORMAT: 'pretty' }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d: Buffer) => (out += String(d)));
    server.stderr?.on('data', (d: Buffer) => (out += String(d)));
    const url = (await waitFor(/Estate serves GraphQL at (\S+) /))[1];
    expect(out).toContain(
      `stopped the warm Neo4j of ${dataDir} (pid ${warm.pid}, up `, // … then: ", to serve the folder with a Neo4j of its own"
    );
    expect(out).toContain('to serve the folder with a Neo4j of its own');
    expect(alive(warm.pid)).toBe(false);
    const own = marker() as Marker;
    started.add(own.pid);
    expect(own.warm).toBeUndefined();

    const beside = estate(['token', 'list', '--data-dir', dataDir], { ESTATE_NEO4J_KEEP_WARM: '2m' });
    expect(beside.code).toBe(0);
    expect(beside.stderr).toBe(
      `estate: using the embedded Neo4j of ${dataDir} (${own.uri}, started by the running server at ${url})\n`,
    );
    const status = estate(['neo4j', 'stop', '--data-dir', dataDir]);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(`belongs to the running server at ${url}`);

    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    process.kill(server.pid as number, 'SIGINT');
    expect(await exited).toBe(0);
    expect(await gone(own.pid, 15_000)).toBe(true);
  });
});
