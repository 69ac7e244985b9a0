/**
 * The embedded Neo4j launcher for real: start, query over Bolt, stop, restart on the same
 * store, and refuse a taken port with the one-line message operators are told to look for.
 * Runs its own instance (not the suite's shared one) because it stops and restarts it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { driver } from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../graph/platform/embedded/embedded';
import type { EmbeddedNeo4j } from '../../graph/platform/embedded/embedded';

// Start-up is ~10 s on two idle cores; a busy CI machine can take several times that.
jest.setTimeout(240_000);

const small = { heap: '512m', pageCache: '64m' };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withDriver<T>(uri: string, fn: (d: ReturnType<typeof driver>) => Promise<T>): Promise<T> {
  // Auth is disabled on the embedded server. No token means scheme 'none' (auth.none() exists at
  // runtime but is missing from neo4j-driver 6's typings); auth.basic(any, any) also works.
  const d = driver(uri);
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

describe('embedded Neo4j', () => {
  let dataDir: string;
  const running: EmbeddedNeo4j[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'estate-embedded-'));
  });

  afterAll(async () => {
    await Promise.all(running.map((db) => db.stop()));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on a free port, serves Bolt and stops cleanly', async () => {
    const db = await startEmbeddedNeo4j({ dataDir, ...small });
    running.push(db);
    expect(db.uri).toBe(`bolt://127.0.0.1:${db.port}`);
    expect(isAlive(db.pid)).toBe(true);

    await withDriver(db.uri, async (d) => {
      const one = await d.executeQuery('RETURN 1 AS one');
      expect(one.records[0].get('one').toNumber()).toBe(1);
      await d.executeQuery("CREATE (:EmbeddedTest {id: 'kept', n: 42})");
      const read = await d.executeQuery("MATCH (n:EmbeddedTest {id: 'kept'}) RETURN n.n AS n");
      expect(read.records.map((r) => r.get('n').toNumber())).toEqual([42]);
    });

    await db.stop();
    await db.stop(); // idempotent
    expect(isAlive(db.pid)).toBe(false);
  });

  it('keeps its data across a restart on the same data directory', async () => {
    const db = await startEmbeddedNeo4j({ dataDir, ...small });
    running.push(db);
    const ids = await withDriver(db.uri, async (d) => {
      const res = await d.executeQuery('MATCH (n:EmbeddedTest) RETURN n.id AS id');
      return res.records.map((r) => r.get('id') as string);
    });
    expect(ids).toEqual(['kept']);
    await db.stop();
    expect(isAlive(db.pid)).toBe(false);
  });

  it('refuses a port that is already taken, with a clear message', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startEmbeddedNeo4j({ dataDir, boltPort: port, ...small })).rejects.toThrow(
        `Neo4j could not bind 127.0.0.1:${port}: port in use — set NEO4J_BOLT_PORT or stop the other process`,
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
