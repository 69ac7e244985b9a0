/**
 * A quiet Ctrl-C: `estate serve` on its own embedded Neo4j, then SIGINT to the
 * whole process group as a terminal sends it. The Java child runs in a process
 * group of its own (so only Node takes the signal and stops the API, then
 * Neo4j): the server exits 0 within seconds, prints no stack trace, and leaves
 * no Java process behind.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

jest.setTimeout(400_000);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pgidOf = (pid: number) =>
  Number(
    execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)])
      .toString()
      .trim(),
  );

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'estate-sigint-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('stops on a Ctrl-C to its process group with exit 0, no stack trace, and no Java left', async () => {
  const root = path.resolve(__dirname, '..', '..');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ESTATE_AUTH: 'off',
    LOG_LEVEL: 'info',
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
  };
  delete env.NEO4J_URI; // the test run's Neo4j: this server starts its own
  const server = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      'server/main.ts',
      'serve',
      '--data-dir',
      dataDir,
      '--port',
      String(await freePort()),
    ],
    // Its own group, standing in for the terminal's foreground group.
    {
      cwd: root,
      env: { ...env, NEO4J_BOLT_PORT: String(await freePort()) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  server.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 300_000;
    while (!stdout.includes('Estate serves GraphQL')) {
      if (Date.now() > deadline || server.exitCode !== null)
        throw new Error(`server did not start:\n${stdout}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const { pid: javaPid } = JSON.parse(await readFile(path.join(dataDir, 'estate-neo4j.json'), 'utf8')) as {
      pid: number;
    };
    expect(isAlive(javaPid)).toBe(true);
    // The terminal's Ctrl-C goes to the foreground process group; Java is not in it.
    expect(pgidOf(javaPid)).not.toBe(pgidOf(server.pid!));

    const started = Date.now();
    process.kill(-server.pid!, 'SIGINT');
    const code = await exited;
    const ms = Date.now() - started;
    expect({ code, fast: ms < 10_000 }).toEqual({ code: 0, fast: true });
    expect(stderr + stdout).not.toMatch(/\n\s+at [\w.$<>]+ ?\(|Exception|ERROR/);
    await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(javaPid)).toBe(false);
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!, 'SIGKILL');
  }
});
