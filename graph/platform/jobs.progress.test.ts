/** Job progress: latest state first, newer states after, the stream ends after the last. */
import { JobProgressBus } from './jobs.progress';

async function all<T>(iterator: AsyncIterableIterator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterator) out.push(value);
  return out;
}

describe('JobProgressBus', () => {
  it('gives a subscriber the current state, then newer ones, and ends after a final status', async () => {
    const bus = new JobProgressBus();
    bus.publish({ jobId: 'j1', status: 'RUNNING', phase: 'VALIDATING', totalRows: 10 });
    const seen = all(bus.subscribe('j1'));
    await new Promise((r) => setImmediate(r));
    bus.publish({ jobId: 'j1', status: 'RUNNING', phase: 'WRITING', rowsRead: 5 });
    await new Promise((r) => setImmediate(r));
    bus.publish({ jobId: 'j1', status: 'SUCCEEDED', rowsRead: 10, created: 10 });
    const states = await seen;
    expect(states.map((s) => [s.status, s.phase, s.rowsRead, s.totalRows, s.done])).toEqual([
      ['RUNNING', 'VALIDATING', 0, 10, false],
      ['RUNNING', 'WRITING', 5, 10, false],
      ['SUCCEEDED', 'WRITING', 10, 10, true],
    ]);
    bus.close();
  });

  it('lets a slow subscriber skip to the latest state', async () => {
    const bus = new JobProgressBus();
    const iterator = bus.subscribe('j2');
    for (let i = 1; i <= 5; i++) bus.publish({ jobId: 'j2', status: 'RUNNING', rowsRead: i });
    expect((await iterator.next()).value?.rowsRead).toBe(5);
    bus.publish({ jobId: 'j2', status: 'FAILED', done: true, message: 'disk gone' });
    expect((await iterator.next()).value).toMatchObject({ status: 'FAILED', done: true, message: 'disk gone' });
    expect((await iterator.next()).done).toBe(true);
    bus.close();
  });

  it('ends waiting subscribers when closed', async () => {
    const bus = new JobProgressBus();
    const waiting = bus.subscribe('j3').next();
    bus.close();
    expect((await waiting).done).toBe(true);
  });
});
