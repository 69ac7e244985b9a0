import { createDriver, Executor } from './graph/executor';
import { lookupQuery } from './importers/reconcile';
(async () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI! });
  const db = new Executor(driver, { timeoutMs: 60000 });
  for (const cls of ['Server', 'Server', 'NetworkDevice', 'Location']) {
    const t = performance.now();
    await db.read('x', lookupQuery(cls), { probes: [{ i: 0, k: 0, r: 1, v: ['SN-1'] }], ids: ['x'] });
    console.log(cls, (performance.now() - t).toFixed(0), 'ms');
  }
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await db.writeTx('x', (tx) => tx.run("MATCH (j:ImportJob {id: 'nope'}) SET j += $p RETURN j", { p: { a: 1 } }));
    console.log('job update', (performance.now() - t).toFixed(0), 'ms');
  }
  await driver.close();
})();
