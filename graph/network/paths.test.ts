/**
 * Paths and reachability (paths.ts) by hand: a triangle of switches,
 * parallel cables, a patch-panel trunk, a circuit, broken and planned
 * cables, a panel that does not bridge its own ports, and the caps. Hop
 * counts are worked from the rule at the top of paths.ts: one per cable,
 * per front↔rear or A↔Z pass-through, per crossing of a device.
 */
import type { EstateError } from '../platform/errors';
import { PATH_LIMITS, paths, reachable } from './paths';
import type { PathStep } from './paths';
import { Wire } from './trace.fixture';

/** Steps as `id` / `id@position` with how they were reached: `via:through`. */
const show = (steps: readonly PathStep[]) =>
  steps.map((s) => {
    const at = s.position === null ? s.id : `${s.id}@${s.position}`;
    return s.via === null ? at : `${s.via}${s.through ? `:${s.through.id}` : ''} ${at}`;
  });

/** A:1–B:1 (ab), B:2–C:1 (bc), C:2–A:2 (ca). */
function triangle(): Wire {
  return new Wire()
    .device('A')
    .device('B')
    .device('C')
    .ifaces('A', '1', '2')
    .ifaces('B', '1', '2')
    .ifaces('C', '1', '2')
    .cable('ab', 'A:1', 'B:1')
    .cable('bc', 'B:2', 'C:1')
    .cable('ca', 'C:2', 'A:2');
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return [(error as EstateError).code, (error as EstateError).details[0].field];
  }
  return undefined;
};

describe('paths', () => {
  it('triangle: A to B within 3 hops is 2 paths (direct, 1 hop; via C, 3 hops); within 2 hops only the direct one', () => {
    const answer = paths(triangle().build(), 'A', 'B', 3);
    expect([answer.count, answer.truncated]).toEqual([2, false]);
    expect(answer.paths.map((p) => [p.hops, show(p.steps)])).toEqual([
      [1, ['A', 'COMPONENT_OF A:1', 'CABLE:ab B:1', 'COMPONENT_OF B']],
      [
        3,
        [
          'A',
          'COMPONENT_OF A:2',
          'CABLE:ca C:2',
          'COMPONENT_OF C',
          'COMPONENT_OF C:1',
          'CABLE:bc B:2',
          'COMPONENT_OF B',
        ],
      ],
    ]);
    expect(paths(triangle().build(), 'A', 'B', 2).count).toBe(1);
    expect(answer.paths[0].steps[2].through).toEqual({ id: 'ab', class: 'Cable', name: 'ab' });
  });

  it('parallel cables are distinct paths: X to Y over c1 and c2 is 2; from the interface X:1, 2 (direct, or back through X)', () => {
    const topology = new Wire()
      .device('X')
      .device('Y')
      .ifaces('X', '1', '2')
      .ifaces('Y', '1', '2')
      .cable('c1', 'X:1', 'Y:1')
      .cable('c2', 'X:2', 'Y:2')
      .build();
    const both = paths(topology, 'X', 'Y');
    expect(both.paths.map((p) => [p.hops, p.steps[2].through?.id])).toEqual([
      [1, 'c1'],
      [1, 'c2'],
    ]);
    // X:1 → c1 → Y:1 (1 hop); X:1 → X → X:2 → c2 → Y:2 (2 hops: the crossing of X and the cable).
    expect(paths(topology, 'X:1', 'Y').paths.map((p) => p.hops)).toEqual([1, 2]);
    // X:1 to the interface Y:2: across c1 then through Y, or through X then across c2; 2 hops each.
    expect(paths(topology, 'X:1', 'Y:2').paths.map((p) => [p.hops, show(p.steps)])).toEqual([
      [2, ['X:1', 'CABLE:c1 Y:1', 'COMPONENT_OF Y', 'COMPONENT_OF Y:2']],
      [2, ['X:1', 'COMPONENT_OF X', 'COMPONENT_OF X:2', 'CABLE:c2 Y:2']],
    ]);
  });

  it('through a patch-panel trunk: front → rear (position 3) → trunk → rear → front, 5 hops', () => {
    const topology = new Wire()
      .device('sw1')
      .device('sw2')
      .ifaces('sw1', '1')
      .ifaces('sw2', '1')
      .panel('pp1', 4)
      .panel('pp2', 4)
      .cable('c1', 'sw1:1', 'pp1:F3')
      .cable('trunk', 'pp1:R', 'pp2:R')
      .cable('c2', 'pp2:F3', 'sw2:1')
      .build();
    const answer = paths(topology, 'sw1', 'sw2', 6);
    expect(answer.paths.map((p) => [p.hops, show(p.steps)])).toEqual([
      [
        5,
        [
          'sw1',
          'COMPONENT_OF sw1:1',
          'CABLE:c1 pp1:F3',
          'MAPS_TO pp1:R@3',
          'CABLE:trunk pp2:R@3',
          'MAPS_TO pp2:F3',
          'CABLE:c2 sw2:1',
          'COMPONENT_OF sw2',
        ],
      ],
    ]);
    expect(paths(topology, 'sw1', 'sw2', 4).count).toBe(0);
    expect(reachable(topology, 'sw1:1', 'sw2:1')).toMatchObject({ reachable: true, hops: 5 });
  });

  it('a patch panel does not bridge its own front ports', () => {
    const topology = new Wire()
      .device('A')
      .device('B')
      .ifaces('A', '1')
      .ifaces('B', '1')
      .panel('pp', 2)
      .cable('c1', 'A:1', 'pp:F1')
      .cable('c2', 'B:1', 'pp:F2')
      .build();
    expect(reachable(topology, 'A', 'B')).toEqual({ reachable: false, hops: null, path: [] });
  });
});

describe('reachable', () => {
  /** r1:wan —c1— ckt:A … ckt:Z —c2— r2:wan */
  const wan = (circuitStatus: string | null = null) =>
    new Wire()
      .device('r1')
      .device('r2')
      .ifaces('r1', 'wan')
      .ifaces('r2', 'wan')
      .circuit('ckt', {}, circuitStatus)
      .cable('c1', 'r1:wan', 'ckt:A')
      .cable('c2', 'ckt:Z', 'r2:wan')
      .build();

  it('across a circuit A → Z: 3 hops, the witness names the cables and the circuit', () => {
    const answer = reachable(wan(), 'r1', 'r2');
    expect([answer.reachable, answer.hops]).toEqual([true, 3]);
    expect(show(answer.path)).toEqual([
      'r1',
      'COMPONENT_OF r1:wan',
      'CABLE:c1 ckt:A',
      'CIRCUIT:ckt ckt:Z',
      'CABLE:c2 r2:wan',
      'COMPONENT_OF r2',
    ]);
    expect(reachable(wan('DOWN'), 'r1', 'r2').reachable).toBe(false);
  });

  it('a broken cable is not crossed: triangle with ab DOWN reaches B through C (3 hops); with bc PLANNED too, not at all', () => {
    const down = triangle().node('ab', 'Cable', {}, 'DOWN');
    expect(reachable(down.build(), 'A', 'B')).toMatchObject({ reachable: true, hops: 3 });
    expect(paths(down.build(), 'A', 'B', 3).count).toBe(1);
    const cut = down.node('bc', 'Cable', { cableStatus: 'PLANNED' }).build();
    expect(reachable(cut, 'A', 'B')).toEqual({ reachable: false, hops: null, path: [] });
    expect(paths(cut, 'A', 'B', 10)).toEqual({ count: 0, truncated: false, paths: [] });
  });

  it('a DOWN device in the way, or a disabled interface, is not crossed either', () => {
    const viaC = triangle().node('ab', 'Cable', {}, 'DOWN');
    expect(reachable(viaC.device('C', {}, 'DOWN').build(), 'A', 'B').reachable).toBe(false);
    expect(
      reachable(
        triangle().node('ab', 'Cable', {}, 'DOWN').node('C:1', 'Interface', { enabled: false }).build(),
        'A',
        'B',
      ).reachable,
    ).toBe(false);
  });

  it('the shortest witness: direct, not around the triangle', () => {
    expect(reachable(triangle().build(), 'A:2', 'B')).toMatchObject({ reachable: true, hops: 2 });
    expect(show(reachable(triangle().build(), 'A', 'B').path)).toEqual([
      'A',
      'COMPONENT_OF A:1',
      'CABLE:ab B:1',
      'COMPONENT_OF B',
    ]);
  });
});

describe('limits and refusals', () => {
  it('stops at PATH_LIMITS.maxPaths and says truncated: 40 × 40 parallel cables through a hub is 1,600 paths', () => {
    const wire = new Wire().device('X').device('M').device('Y');
    for (let i = 1; i <= 40; i++) {
      wire.ifaces('X', `${i}`).ifaces('M', `x${i}`, `y${i}`).ifaces('Y', `${i}`);
      wire.cable(`xm${i}`, `X:${i}`, `M:x${i}`).cable(`my${i}`, `M:y${i}`, `Y:${i}`);
    }
    const answer = paths(wire.build(), 'X', 'Y', 3);
    expect([answer.count, answer.truncated]).toEqual([PATH_LIMITS.maxPaths, true]);
    expect(answer.paths.every((p) => p.hops === 3)).toBe(true);
  });

  it('refuses maxHops past the server limit (LIMIT_EXCEEDED) or below 1, an unknown id, the same CI twice, a cable', () => {
    const topology = triangle().build();
    expect(refusal(() => paths(topology, 'A', 'B', PATH_LIMITS.maxHops + 1))).toEqual(['LIMIT_EXCEEDED', 'maxHops']);
    expect(refusal(() => paths(topology, 'A', 'B', 0))).toEqual(['BAD_USER_INPUT', 'maxHops']);
    expect(refusal(() => reachable(topology, 'A', 'nope'))).toEqual(['NOT_FOUND', 'to']);
    expect(refusal(() => reachable(topology, 'A', 'A'))).toEqual(['BAD_USER_INPUT', 'to']);
    expect(refusal(() => reachable(topology, 'ab', 'A'))).toEqual(['BAD_USER_INPUT', 'from']);
    expect(refusal(() => reachable(topology, 'A', 'A:1'))).toEqual(['BAD_USER_INPUT', 'to']);
  });
});
