/**
 * The `estate` command as a newcomer meets it, run for real: the built CLI
 * (bin/estate.js, dist/server/main.js) as child processes on a temp data
 * folder. Start errors are one line naming the variable and the cause; a
 * token made by the CLI beside a running server lands in that server's
 * database; the start banner says how to make a token for this folder; a
 * Ctrl-C stops the API, then Neo4j, with no stack trace. Starts its own
 * server and Neo4j (not the suite's), on free ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, postGraphql } from '../support/http';

// A fresh data folder: Neo4j starts and the migrations run, on two busy cores.
jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'estate.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment of a newcomer's shell: none of the suite's Neo4j, logs as a pipe gets them. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (/^(NEO4J_|ESTATE_|PORT$|LOG_LEVEL$)/.test(key)) delete clean[key];
  return { ...clean, NEO4J_BOLT_PORT: '0', ESTATE_NEO4J_WAIT_SECONDS: '60', ...extra };
}

/** Run the CLI to its end. */
function estate(args: string[], extra: Record<string, string> = {}, cwd = tmpdir()) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env: env(extra), encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const STACK_LINE = /^\s+at /m;

beforeAll(() => {
  // The CLI runs from dist/: `npm run build` (a no-op when current, as it is in CI after `npm run build`).
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // tsc emits despite type errors (npm run check reports them); only a build that emitted nothing is fatal.
  if (build.status !== 0 && !existsSync(join(ROOT, 'dist', 'server', 'main.js'))) {
    throw new Error(`npm run build made no dist/server/main.js:\n${build.stdout}${build.stderr}`);
  }
});

describe('estate before a build and --version', () => {
  it('says to run npm run build first instead of "Cannot find module" (regression)', () => {
    const fake = mkdtempSync(join(tmpdir(), 'estate-unbuilt-'));
    try {
      mkdirSync(join(fake, 'bin'));
      copyFileSync(BIN, join(fake, 'bin', 'estate.js'));
      const unbuilt = spawnSync(process.execPath, [join(fake, 'bin', 'estate.js'), 'token', 'list'], {
        cwd: fake,
        encoding: 'utf8',
      });
      expect(unbuilt.status).toBe(1);
      expect(unbuilt.stderr).toBe('estate: the CLI is not built yet: run npm run build first\n');
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('prints its version', () => {
    const run = estate(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('import --help says the encoding is detected from the whole file and an ambiguous one must be named', () => {
    const run = estate(['import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      '--encoding <name> file encoding, e.g. utf-8, windows-1252 (Excel on Windows), macintosh (Apple’s current table: 0xDB is €), utf-16le (default: detected from the whole file and reported; a file whose detection is ambiguous is refused with the candidates until one is named here)',
    );
  });
});

describe('start errors are one actionable line', () => {
  let taken: Server;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'estate-cli-err-'));
    port = await freePort();
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => {
    taken.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names PORT when the HTTP port is taken, before Neo4j starts (regression: a 12-line WebSocket stack)', () => {
    const run = estate(['--data-dir', dataDir], { PORT: String(port) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `estate: PORT ${port} is in use by another process; set PORT=... (or --port ...) or stop it\n`,
    );
    expect(run.ms).toBeLessThan(20_000);
    const flag = estate(['serve', '--data-dir', dataDir, '--port', String(port)]);
    expect(flag.stderr).toBe(`estate: --port ${port} is in use by another process; use another --port or stop it\n`);
  });

  it('names NEO4J_URI and the cause first, says how long it retries, then gives up (regression: 347 characters)', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const run = estate(['serve'], { NEO4J_URI: uri, ESTATE_NEO4J_WAIT_SECONDS: '3', PORT: String(await freePort()) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `estate: cannot reach NEO4J_URI=${uri}: connection refused; retrying for 3 s...\n` +
        `estate: cannot reach NEO4J_URI=${uri}: connection refused; gave up after 3 s ` +
        '(start that Neo4j, fix the variable, or unset it to use the embedded Neo4j)\n',
    );
    // The CLI commands the same way, after saying which database they use.
    const token = estate(['token', 'list'], { NEO4J_URI: uri, ESTATE_NEO4J_WAIT_SECONDS: '0' });
    expect(token.code).toBe(1);
    expect(token.stderr.split('\n')[0]).toBe(`estate: using NEO4J_URI=${uri}`);
    expect(token.stderr).not.toMatch(STACK_LINE);
  });
});

describe('a server and the CLI beside it', () => {
  let dataDir: string;
  let server: ChildProcess | undefined;
  let out = '';

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'estate-cli-'));
  });
  afterAll(() => {
    // Only what this test started, by its process group (the server and its Neo4j).
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const waitFor = (re: RegExp, ms = 240_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} within ${ms} ms; output:\n${out}`)), ms);
      const check = () => {
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

  it('serves, and its banner says how to make a token for this folder', async () => {
    // Its own process group, as a terminal runs a foreground job, so a Ctrl-C reaches the whole group.
    server = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
      cwd: tmpdir(),
      env: env({ ESTATE_LOG_FORMAT: 'pretty' }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d: Buffer) => (out += String(d)));
    server.stderr?.on('data', (d: Buffer) => (out += String(d)));
    await waitFor(/Estate serves GraphQL at (\S+) /);
    expect(out).toContain(`No admin token existed for the data folder ${dataDir}, so Estate made one (id `);
    expect(out).toContain(
      `More tokens: npx estate token create --data-dir ${dataDir} --name NAME --role viewer|editor|admin`,
    );
    expect(out).toContain(
      `This token works only with the data folder ${dataDir}: each data folder (and --demo) has its own tokens.`,
    );
    // Pretty lines for a person, not JSON.
    expect(out).toMatch(/INFO.*Estate API ready/);
    expect(out).not.toContain('{"level"');
  });

  it('makes a token in the running server\'s database from any directory (regression: "port in use")', async () => {
    const url = (await waitFor(/Estate serves GraphQL at (\S+) /))[1];
    const made = estate(
      ['token', 'create', '--data-dir', dataDir, '--name', 'cli-beside', '--role', 'viewer'],
      {},
      ROOT,
    );
    expect(made.stderr).toContain(`estate: using the embedded Neo4j of ${dataDir} (bolt://127.0.0.1:`);
    expect(made.stderr).toContain(`, started by the running server at ${url})\n`);
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    const me = await postGraphql(url, { query: '{ me { name role } }' }, bearer(token));
    expect(me.body.data).toEqual({ me: { name: 'cli-beside', role: 'VIEWER' } });
  });

  it('stops on SIGINT (Ctrl-C): the API, then Neo4j, with no stack trace, within seconds', async () => {
    await waitFor(/Estate serves/);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    // To the server alone: that the embedded Neo4j does not take a terminal's Ctrl-C itself (sent to the
    // whole foreground group) is the launcher's business (graph/platform/embedded/embedded.ts) and tested there.
    process.kill(server?.pid as number, 'SIGINT');
    const code = await exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    const stop = out.slice(out.indexOf('stopping: the API, then Neo4j'));
    expect(stop).toMatch(/API stopped[\s\S]*embedded Neo4j stopped; bye/);
    expect(out).not.toMatch(STACK_LINE);
  });
});
