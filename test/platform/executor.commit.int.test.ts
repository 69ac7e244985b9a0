/**
 * Executor.onCommit tells its listeners of a committed write only when the write changed something: the
 * change feed polls on every such commit, and writes that change nothing (a webhook lease renewal with no
 * webhooks) must not wake it.
 */
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../graph/platform/executor';
import { testDriver, testExecutor } from '../support/api';

const LABEL = 'CommitProbe';

let driver: Driver;
let executor: Executor;

beforeAll(async () => {
  driver = testDriver();
  executor = testExecutor(driver);
  await executor.writeOnce('test.commit.setup', `MATCH (n:${LABEL}) DELETE n`);
});

afterAll(async () => {
  await executor.writeOnce('test.commit.cleanup', `MATCH (n:${LABEL}) DELETE n`);
  await driver.close();
});

it('tells listeners of writes that changed something, in transactions and single statements alike', async () => {
  let told = 0;
  const stop = executor.forRequest().onCommit(() => told++);
  await executor.writeTx('test.commit', (tx) => tx.run(`MATCH (n:${LABEL}) SET n.x = 1 RETURN count(n) AS n`));
  await executor.writeOnce('test.commit', `MATCH (n:${LABEL}) SET n.x = 1`);
  expect(told).toBe(0);

  await executor.writeTx('test.commit', async (tx) => {
    await tx.run(`MATCH (n:${LABEL}) RETURN n`);
    await tx.run(`CREATE (:${LABEL} {x: 0})`);
  });
  expect(told).toBe(1);
  await executor.writeOnce('test.commit', `MATCH (n:${LABEL}) SET n.x = 2`);
  expect(told).toBe(2);

  stop();
  await executor.writeOnce('test.commit', `MATCH (n:${LABEL}) SET n.x = 3`);
  expect(told).toBe(2);
});
