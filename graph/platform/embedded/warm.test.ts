/**
 * The warm Neo4j's lease, pure parts: ESTATE_NEO4J_KEEP_WARM read as people write durations, the
 * durations said back, and a lease refusing to name a process that is not the launcher.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimMarker, describeDuration, keepWarmFromEnv, readWarmLease, WarmNeo4jTaken } from './warm';
import type { WarmLease } from './warm';

describe('ESTATE_NEO4J_KEEP_WARM', () => {
  it.each([
    [undefined, 900_000],
    ['', 900_000],
    ['15m', 900_000],
    ['90s', 90_000],
    ['1h', 3_600_000],
    ['5', 300_000], // a bare number is minutes
    ['0', 0],
    ['250ms', 250],
  ])('%s → %d ms', (raw, ms) => {
    expect(keepWarmFromEnv(raw === undefined ? {} : { ESTATE_NEO4J_KEEP_WARM: raw })).toBe(ms);
  });

  it.each(['soon', '-1m', '1.5h', '15 min'])('refuses %s naming the variable', (raw) => {
    expect(() => keepWarmFromEnv({ ESTATE_NEO4J_KEEP_WARM: raw })).toThrow(
      `bad configuration: ESTATE_NEO4J_KEEP_WARM: expected a duration such as 15m, 90s or 1h (0 = stop Neo4j when each command ends), got '${raw}'`,
    );
  });

  it.each([
    [900_000, '15 min'],
    [3_600_000, '1 h'],
    [90_000, '90 s'],
    [5_000, '5 s'],
    [250, '250 ms'],
  ])('%d ms is said as %s', (ms, said) => {
    expect(describeDuration(ms)).toBe(said);
  });
});

describe('the lease in the marker', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'estate-warm-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lease = (pid: number): WarmLease => ({
    uri: 'bolt://127.0.0.1:1',
    pid,
    warm: true,
    startedAt: 0,
    idleMs: 1000,
    deadline: 1000,
    users: [],
  });

  it('is no lease when its pid is alive but not the Neo4j launcher (a reused pid)', () => {
    writeFileSync(join(dir, 'estate-neo4j.json'), JSON.stringify(lease(process.pid)));
    expect(readWarmLease(dir)).toBeUndefined();
  });

  it('is claimed once: a second claim while the first claimant lives is refused, one left by a dead process is taken over', () => {
    claimMarker(dir, lease(process.pid));
    expect(() => claimMarker(dir, lease(process.pid))).toThrow(WarmNeo4jTaken);
    writeFileSync(join(dir, 'estate-neo4j.json'), JSON.stringify(lease(2 ** 22 + 1)));
    expect(() => claimMarker(dir, lease(process.pid))).not.toThrow();
  });
});
