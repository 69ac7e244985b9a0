/**
 * A dead embedded Neo4j comes back (issue 15): `estate serve` on its own data folder, then
 * kill -9 of its Java child. Queries answer 503 while it is down and succeed again within a
 * minute with the data intact, /healthz stays 200 throughout, and the crash and restart are
 * logged. With restarts off (ESTATE_NEO4J_RESTARTS=0) the same kill makes /healthz answer 503
 * with the reason, so an orchestrator replaces the process.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

jest.setTimeout(400_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

// Unref'd, so a wait raced against a server's exit does not hold jest open.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

interface Served {
  url: string;
  dataDir: string;
  process: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Served[] = [];

async function serve(extraEnv: Record<string, string>): Promise<Served> {
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'estate-supervise-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ESTATE_AUTH: 'off',
    ESTATE_LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    NEO4J_BOLT_PORT: String(await freePort()),
    ...extraEnv,
  };
  delete env.NEO4J_URI; // the test run's Neo4j: this server starts its own
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'server/main.ts', 'serve', '--data-dir', dataDir, '--port', String(port)],
    { cwd: root, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const served: Served = {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    process: child,
    output: () => output,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  started.push(served);
  const deadline = Date.now() + 300_000;
  while (!output.includes('Estate serves GraphQL')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await sleep(200);
  }
  return served;
}

afterAll(async () => {
  for (const s of started) {
    if (s.process.exitCode === null && s.process.signalCode === null) {
      process.kill(-s.process.pid!, 'SIGINT');
      await Promise.race([s.exited, sleep(20_000)]);
      if (s.process.exitCode === null && s.process.signalCode === null) process.kill(-s.process.pid!, 'SIGKILL');
    }
    await rm(s.dataDir, { recursive: true, force: true });
  }
});

async function javaPid(dataDir: string): Promise<number | undefined> {
  try {
    return (JSON.parse(await readFile(path.join(dataDir, 'estate-neo4j.json'), 'utf8')) as { pid: number }).pid;
  } catch {
    return undefined; // between a crash and the restart there is no marker
  }
}

async function graphql(url: string, query: string): Promise<{ status: number; body: unknown }> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  } catch (error) {
    return { status: 0, body: (error as Error).message };
  }
}

async function status(url: string, route: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}${route}`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.json() };
}

const READ = '{ item(id: "team-survivor") { id name } }';

it('restarts a kill -9ed Neo4j on the same store: 503 meanwhile, then the data back, /healthz 200 throughout', async () => {
  const s = await serve({});
  const made = await graphql(
    s.url,
    'mutation { createItem(input: { class: Team, id: "team-survivor", name: "survivor" }) { id } }',
  );
  expect(made).toMatchObject({ status: 200, body: { data: { createItem: { id: 'team-survivor' } } } });
  const firstPid = (await javaPid(s.dataDir))!;
  expect(firstPid).toBeGreaterThan(0);

  process.kill(firstPid, 'SIGKILL');
  const killedAt = Date.now();
  const queryStatuses = new Set<number>();
  const healthStatuses = new Set<number>();
  let back: { status: number; body: unknown } | undefined;
  while (Date.now() - killedAt < 90_000) {
    const [read, health] = await Promise.all([graphql(s.url, READ), status(s.url, '/healthz')]);
    queryStatuses.add(read.status);
    healthStatuses.add(health.status);
    const name = (read.body as { data?: { item?: { name?: string } } } | null)?.data?.item?.name;
    if (queryStatuses.has(503) && read.status === 200 && name === 'survivor') {
      back = read;
      break;
    }
    await sleep(250);
  }
  const tookMs = Date.now() - killedAt;
  const logged = s
    .output()
    .split('\n')
    .filter((l) => /unexpectedly|restarting the embedded|is back|Embedded Neo4j ready/.test(l));
  console.log(
    `Neo4j back ${tookMs} ms after kill -9; query statuses ${[...queryStatuses].join(',')}\n${logged.join('\n')}`,
  );
  expect({ sawA503: queryStatuses.has(503), back: back?.body }).toMatchObject({
    sawA503: true,
    back: { data: { item: { id: 'team-survivor', name: 'survivor' } } },
  });
  expect(tookMs).toBeLessThan(60_000);
  expect([...healthStatuses]).toEqual([200]);
  expect(await status(s.url, '/readyz')).toMatchObject({ status: 200 });
  const secondPid = await javaPid(s.dataDir);
  expect(secondPid).toBeGreaterThan(0);
  expect(secondPid).not.toBe(firstPid);
  expect(s.output()).toMatch(/the embedded Neo4j exited unexpectedly \(signal SIGKILL\)/);
  expect(s.output()).toMatch(/the embedded Neo4j is back/);

  // Our own stop is not a crash: the server exits 0 and nothing restarts Neo4j.
  const before = s.output().length;
  process.kill(-s.process.pid!, 'SIGINT');
  expect(await s.exited).toBe(0);
  expect(s.output().slice(before)).not.toMatch(/exited unexpectedly|restarting the embedded Neo4j/);
});

it('answers 503 on /healthz with the reason once Neo4j cannot be restarted', async () => {
  const s = await serve({ ESTATE_NEO4J_RESTARTS: '0' });
  expect(await status(s.url, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  process.kill((await javaPid(s.dataDir))!, 'SIGKILL');
  const killedAt = Date.now();
  let health = await status(s.url, '/healthz');
  while (health.status === 200 && Date.now() - killedAt < 30_000) {
    await sleep(200);
    health = await status(s.url, '/healthz');
  }
  expect(health).toEqual({
    status: 503,
    body: {
      status: 'neo4j cannot be restarted',
      reason: 'the embedded Neo4j exited unexpectedly (signal SIGKILL); restarts are off (ESTATE_NEO4J_RESTARTS=0)',
    },
  });
  expect((await status(s.url, '/readyz')).status).toBe(503);
  expect(s.output()).toMatch(/giving up on Neo4j/);
});
