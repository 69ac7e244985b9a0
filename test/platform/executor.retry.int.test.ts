/**
 * Executor.writeOnce retries transient errors, shown with a real deadlock
 * and no mocks: two statements run at once, one locking node A then B, the
 * other B then A, with a slow step between the two locks so that each holds
 * its first lock before it asks for the second. Neo4j ends one of them with
 * DeadlockDetected (a transient error). Sent as plain auto-commit statements
 * (no retry) one of the pair fails; sent through writeOnce both land, each
 * exactly once, and the executor's query count shows the retry.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { toNeo4jParams } from '../../graph/platform/executor';
import type { Executor } from '../../graph/platform/executor';
import { testDriver, testExecutor } from '../support/api';

jest.setTimeout(60_000);

const LABEL = 'DeadlockProbe';
/** Rows the slow step counts: tens of milliseconds on a warm server, so both statements hold their first lock. */
const SLOW_ROWS = 1_000_000;
/**
 * Pairs per test. Every pair deadlocked in trials at this size (15 of 15 through writeOnce, 60 of 60 in a probe);
 * the tests need only one deadlock among the pairs, so a pair that misses does not fail them.
 */
const PAIRS = 3;
const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

// Each statement appends its marker to both nodes: the first in the order given, then, after the slow step,
// the second. Writing a property takes the node's write lock, held to commit.
const CROSS = `
  MATCH (first:${LABEL} {key: $first})
  SET first.by = coalesce(first.by, []) + $marker
  WITH first
  CALL { WITH first UNWIND range(1, $rows) AS i RETURN count(*) AS slow }
  MATCH (second:${LABEL} {key: $second})
  SET second.by = coalesce(second.by, []) + $marker
  RETURN slow`;

let driver: Driver;
let executor: Executor;

beforeAll(async () => {
  driver = testDriver();
  executor = testExecutor(driver);
  await executor.writeTx('test.deadlock.setup', async (tx) => {
    await tx.run(`MATCH (n:${LABEL}) DETACH DELETE n`);
    await tx.run(`CREATE (:${LABEL} {key: 'A'}), (:${LABEL} {key: 'B'})`);
  });
  // Plan and warm the statement once (on no nodes), so the pairs below are not timed by its compilation.
  await executor.writeOnce('test.deadlock.warm', CROSS, { first: 'none', second: 'none', marker: 'warm', rows: 10 });
});

afterAll(async () => {
  await executor.writeTx('test.deadlock.cleanup', (tx) => tx.run(`MATCH (n:${LABEL}) DETACH DELETE n`));
  await driver.close();
});

async function markersOn(key: string): Promise<string[]> {
  const [row] = await executor.read('test.deadlock.read', `MATCH (n:${LABEL} {key: $key}) RETURN n.by AS by`, { key });
  return (row.by as string[] | null) ?? [];
}

const params = (first: string, second: string, marker: string) => ({ first, second, marker, rows: SLOW_ROWS });

it('control: the crossed pair, sent without a retry, deadlocks', async () => {
  // Plain auto-commit statements on the driver: no retry, so the deadlock victim's error surfaces.
  const runOnce = async (first: string, second: string, marker: string): Promise<string> => {
    const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(CROSS, toNeo4jParams(params(first, second, marker)));
      return 'committed';
    } catch (error) {
      expect(neo4j.isRetryableError(error)).toBe(true);
      return (error as { code?: string }).code ?? String(error);
    } finally {
      await session.close();
    }
  };
  const outcomes: string[][] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    outcomes.push(
      (await Promise.all([runOnce('A', 'B', `control-ab-${pair}`), runOnce('B', 'A', `control-ba-${pair}`)])).sort(),
    );
  }
  // Every pair: one commits; at least one pair lost its other statement to the deadlock detector.
  for (const outcome of outcomes) expect(outcome).toContain('committed');
  expect(outcomes).toContainEqual([DEADLOCK, 'committed']);
});

it('writeOnce retries the deadlock victim: both statements of every crossed pair resolve and land once', async () => {
  let retried = 0;
  for (let pair = 0; pair < PAIRS; pair++) {
    // One view per statement, so each counts its own attempts.
    const ab = executor.forRequest();
    const ba = executor.forRequest();
    await Promise.all([
      ab.writeOnce('test.deadlock.ab', CROSS, params('A', 'B', `ab-${pair}`)),
      ba.writeOnce('test.deadlock.ba', CROSS, params('B', 'A', `ba-${pair}`)),
    ]);
    // Only a failed attempt makes a statement run more than once.
    if (ab.stats.queries + ba.stats.queries > 2) retried += 1;
  }
  // The deadlock happened (so the retry, not luck, is what let both resolve)...
  expect(retried).toBeGreaterThanOrEqual(1);
  // ...and each statement's writes are there once: the victim's rolled-back attempt left nothing behind.
  const expected = Array.from({ length: PAIRS }, (_, pair) => [`ab-${pair}`, `ba-${pair}`]).flat();
  for (const key of ['A', 'B']) {
    const markers = (await markersOn(key)).filter((m) => !m.startsWith('control-'));
    expect([...markers].sort()).toEqual([...expected].sort());
  }
});
