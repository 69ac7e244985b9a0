/**
 * The supervisor's rules without a JVM: the backoff schedule, the restart limit from the
 * environment, and the state machine (crash → restart, our own stop → nothing, too many failed
 * restarts → not alive) driven by stand-in children whose exit the test decides. The real child
 * is killed in test/platform/embedded.supervise.slow.test.ts.
 */
import type { EmbeddedExit, EmbeddedNeo4j } from './embedded';
import { DEFAULT_RESTARTS, Neo4jSupervisor, restartDelayMs, restartLimitFromEnv } from './supervisor';

interface FakeChild extends EmbeddedNeo4j {
  crash(): void;
  stopped: boolean;
}

let nextPid = 100;
function fakeChild(): FakeChild {
  let end!: (exit: EmbeddedExit) => void;
  const exited = new Promise<EmbeddedExit>((resolve) => (end = resolve));
  const child: FakeChild = {
    uri: 'bolt://127.0.0.1:7999',
    port: 7999,
    pid: nextPid++,
    exited,
    stopped: false,
    crash: () => end({ code: null, signal: 'SIGKILL', requested: false }),
    stop: () => {
      child.stopped = true;
      end({ code: 0, signal: null, requested: true });
      return Promise.resolve();
    },
  };
  return child;
}

function recordingLog() {
  const lines: string[] = [];
  const put = (level: string) => (_fields: object, message: string) => lines.push(`${level} ${message}`);
  return { lines, log: { info: put('info'), warn: put('warn'), error: put('error') } };
}

const waitFor = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error('condition not reached');
};

describe('restartDelayMs', () => {
  it('doubles from 1 s and stops at 16 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => restartDelayMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 16000, 16000]);
  });
});

describe('restartLimitFromEnv', () => {
  it('defaults to 5 and takes a whole number ≥ 0', () => {
    expect(restartLimitFromEnv({})).toBe(DEFAULT_RESTARTS);
    expect(restartLimitFromEnv({ ESTATE_NEO4J_RESTARTS: '0' })).toBe(0);
    expect(restartLimitFromEnv({ ESTATE_NEO4J_RESTARTS: '12' })).toBe(12);
  });
  it.each(['-1', '2.5', 'many'])('refuses %p naming the variable', (raw) => {
    expect(() => restartLimitFromEnv({ ESTATE_NEO4J_RESTARTS: raw })).toThrow(
      `bad configuration: ESTATE_NEO4J_RESTARTS: expected a whole number ≥ 0 (0 = never restart), got '${raw}'`,
    );
  });
});

describe('Neo4jSupervisor', () => {
  const fast = { baseDelayMs: 1, maxDelayMs: 4 };

  it('restarts a crashed child, logs it, and stays alive', async () => {
    const first = fakeChild();
    const second = fakeChild();
    const { lines, log } = recordingLog();
    const supervisor = new Neo4jSupervisor(first, () => Promise.resolve(second), { restarts: 5, log, ...fast });
    first.crash();
    await waitFor(() => supervisor.child === second);
    expect(supervisor.state).toBe('running');
    expect(supervisor.liveness()).toEqual({ alive: true });
    expect(lines).toEqual([
      'warn the embedded Neo4j exited unexpectedly (signal SIGKILL)',
      'warn restarting the embedded Neo4j in 0.001 s',
      'info the embedded Neo4j is back',
    ]);
    await supervisor.stop();
    expect(second.stopped).toBe(true);
  });

  it('does not restart after our own stop', async () => {
    const first = fakeChild();
    const start = jest.fn(() => Promise.resolve(fakeChild()));
    const supervisor = new Neo4jSupervisor(first, start, { restarts: 5, log: recordingLog().log, ...fast });
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(start).not.toHaveBeenCalled();
    expect(supervisor.state).toBe('stopped');
    expect(supervisor.liveness()).toEqual({ alive: true });
  });

  it('gives up after the limit of failed restarts and says why', async () => {
    const first = fakeChild();
    const start = jest.fn(() => Promise.reject(new Error('Neo4j data directory is not writable')));
    const { lines, log } = recordingLog();
    const supervisor = new Neo4jSupervisor(first, start, { restarts: 3, log, ...fast });
    first.crash();
    await waitFor(() => supervisor.state === 'failed');
    expect(start).toHaveBeenCalledTimes(3);
    expect(supervisor.liveness()).toEqual({
      alive: false,
      reason:
        'the embedded Neo4j exited unexpectedly (signal SIGKILL); 3 restarts in a row failed, the last: Neo4j data directory is not writable',
    });
    expect(lines.at(-1)).toMatch(/^error giving up on Neo4j: /);
  });

  it('with restarts 0 gives up at the first crash', async () => {
    const first = fakeChild();
    const start = jest.fn(() => Promise.resolve(fakeChild()));
    const supervisor = new Neo4jSupervisor(first, start, { restarts: 0, log: recordingLog().log, ...fast });
    first.crash();
    await waitFor(() => supervisor.state === 'failed');
    expect(start).not.toHaveBeenCalled();
    expect(supervisor.liveness()).toEqual({
      alive: false,
      reason: 'the embedded Neo4j exited unexpectedly (signal SIGKILL); restarts are off (ESTATE_NEO4J_RESTARTS=0)',
    });
  });

  it('counts a restart that crashes at once against the limit, and forgives one that held', async () => {
    const children = [fakeChild(), fakeChild(), fakeChild(), fakeChild()];
    let started = 0;
    const supervisor = new Neo4jSupervisor(children[0], () => Promise.resolve(children[++started]), {
      restarts: 1,
      log: recordingLog().log,
      ...fast,
      stableMs: 50,
    });
    children[0].crash();
    await waitFor(() => supervisor.child === children[1]);
    await new Promise((r) => setTimeout(r, 80)); // held past stableMs: forgiven
    children[1].crash();
    await waitFor(() => supervisor.child === children[2]);
    children[2].crash(); // at once: the one allowed restart is used up
    await waitFor(() => supervisor.state === 'failed');
    expect(started).toBe(2);
  });

  it('cancels a pending restart when stopped during the backoff', async () => {
    const first = fakeChild();
    const start = jest.fn(() => Promise.resolve(fakeChild()));
    const supervisor = new Neo4jSupervisor(first, start, {
      restarts: 5,
      log: recordingLog().log,
      baseDelayMs: 10_000,
    });
    first.crash();
    await waitFor(() => supervisor.state === 'restarting');
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(start).not.toHaveBeenCalled();
    expect(supervisor.state).toBe('stopped');
  });
});
