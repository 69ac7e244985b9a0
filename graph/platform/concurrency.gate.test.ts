/** The counting gate: at most `size` holders, the rest served in arrival order, a waiter's time limit. */
import { Gate, GateTimeout } from './concurrency.gate';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Gate', () => {
  it('lets `size` in at once and the others in arrival order as slots come back', async () => {
    const gate = new Gate('test', 2);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const waiters = [1, 2, 3, 4].map((n) =>
      gate.acquire().then((release) => {
        order.push(n);
        releases.push(release);
      }),
    );
    await tick();
    expect(order).toEqual([1, 2]);
    expect([gate.inUse, gate.queued]).toEqual([2, 2]);
    releases[0]();
    releases[0](); // a second call gives nothing back twice
    await tick();
    expect(order).toEqual([1, 2, 3]);
    expect([gate.inUse, gate.queued]).toEqual([2, 1]);
    releases[1]();
    await tick();
    releases[2]();
    releases[3]();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3, 4]);
    expect([gate.inUse, gate.queued]).toEqual([0, 0]);
  });

  it('gives up on a waiter after its time with a GateTimeout naming the gate, and serves the next', async () => {
    const gate = new Gate('the API sessions', 1);
    const held = await gate.acquire();
    const late = gate.acquire(20);
    const patient = gate.acquire();
    await expect(late).rejects.toEqual(new GateTimeout('the API sessions', 20));
    expect(gate.queued).toBe(1);
    held();
    const release = await patient;
    expect(gate.inUse).toBe(1);
    release();
    expect(gate.inUse).toBe(0);
  });

  it('runs work holding a slot and gives it back when the work fails', async () => {
    const gate = new Gate('test', 1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.inUse).toBe(0);
    expect(await gate.run(() => Promise.resolve(7))).toBe(7);
    expect(() => new Gate('none', 0)).toThrow(/at least one slot/);
  });
});
