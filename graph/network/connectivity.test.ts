/**
 * Connectivity (connectivity.ts) by hand: parallel cables, management and
 * disabled interfaces, patch-panel trunks, and a two-core campus whose
 * buildings hang off one fibre circuit each. Expected answers are worked
 * from the rule at the top of connectivity.ts, in the comments.
 */
import { NetBuilder } from './effects.fixture';
import { networkEffects } from './network.effects';
import { failuresOf } from './failure';
import { Liveness, PathGraph, uplinks } from './connectivity';

const states = (hits: readonly { id: string; state: string }[]) => Object.fromEntries(hits.map((h) => [h.id, h.state]));

/**
 * X (upstream) and Y joined by two parallel cables, X:1–Y:1 (cab1) and X:2–Y:2 (cab2), plus
 * X:3–Y:mgmt (a management-only interface: no data) and X:4–Y:off (disabled): uplinks(Y) = 2.
 */
function parallel(): NetBuilder {
  return new NetBuilder()
    .device('X', { upstream: true })
    .device('Y')
    .ifaces('X', '1', '2', '3', '4')
    .ifaces('Y', '1', '2')
    .node('Y:mgmt', 'Interface', { mgmtOnly: true })
    .rel('Y:mgmt', 'COMPONENT_OF', 'Y')
    .node('Y:off', 'Interface', { enabled: false })
    .rel('Y:off', 'COMPONENT_OF', 'Y')
    .cable('cab1', 'X:1', 'Y:1')
    .cable('cab2', 'Y:2', 'X:2')
    .cable('cab3', 'X:3', 'Y:mgmt')
    .cable('cab4', 'X:4', 'Y:off');
}

describe('connectivity: parallel cables', () => {
  it('uplinks(Y) = 2: the management-only and the disabled interface do not count', () => {
    const topology = parallel().build();
    const graph = new PathGraph(topology);
    const failures = failuresOf(topology, [], 'HEALTHY');
    const counts = uplinks(graph, new Liveness(graph, failures, () => true));
    expect(counts[graph.deviceVertex.get('Y')!]).toBe(2);
  });

  it('one cable cut → Y DEGRADED (2 → 1), the path names the cut cable', () => {
    const hits = networkEffects(parallel().build(), ['cab1'], 'HEALTHY');
    expect(states(hits)).toEqual({ Y: 'DEGRADED' });
    expect(hits[0].reason).toBe('LOST_UPLINK_REDUNDANCY');
    expect(hits[0].path).toEqual([
      { id: 'Y', via: 'COMPONENT_OF' },
      { id: 'Y:1', via: 'TERMINATES' },
      { id: 'cab1', via: null },
    ]);
  });

  it('both cut → Y DOWN (cut off); X is upstream and never judged', () => {
    const hits = networkEffects(parallel().build(), ['cab1', 'cab2'], 'HEALTHY');
    expect(states(hits)).toEqual({ Y: 'DOWN' });
    expect(hits[0].reason).toBe('CUT_OFF');
  });

  it('a cable made PLANNED carries nothing: with cab2 PLANNED, cab1 cut is DOWN', () => {
    const topology = parallel().node('cab2', 'Cable', { cableStatus: 'PLANNED' }).build();
    expect(states(networkEffects(topology, ['cab1'], 'HEALTHY'))).toEqual({ Y: 'DOWN' });
  });

  it("a failed interface at X's end cuts its link: X:1 failed → Y DEGRADED, path through the cable to X:1", () => {
    const hits = networkEffects(parallel().build(), ['X:1'], 'HEALTHY');
    expect(hits.map((h) => [h.id, h.state, h.path])).toEqual([
      [
        'Y',
        'DEGRADED',
        [
          { id: 'Y', via: 'COMPONENT_OF' },
          { id: 'Y:1', via: 'TERMINATES' },
          { id: 'cab1', via: 'TERMINATES' },
          { id: 'X:1', via: null },
        ],
      ],
    ]);
  });

  it('devices never connected are not judged: Z, cabled to nothing upstream, loses its only link → nothing', () => {
    const net = parallel().device('Z').device('W').ifaces('Z', 'a').ifaces('W', 'a').cable('zw', 'Z:a', 'W:a');
    expect(networkEffects(net.build(), ['zw'], 'HEALTHY')).toEqual([]);
  });
});

describe('connectivity: a patch panel passes front ↔ rear only', () => {
  /**
   * X (upstream) ── X:1 → PP:f1 ~ PP:rear(pos 1); Y:1 → PP:f2 ~ PP:rear(pos 2). The rear is cabled to nothing,
   * so X and Y are not joined through the panel: a panel never passes traffic between its own front ports.
   */
  it('two devices on two front ports of one panel are not connected through it', () => {
    const net = new NetBuilder()
      .device('X', { upstream: true })
      .device('Y')
      .ifaces('X', '1')
      .ifaces('Y', '1')
      .patchPanel('PP', ['f1', 'f2'])
      .cable('a', 'X:1', 'PP:f1')
      .cable('b', 'Y:1', 'PP:f2');
    const topology = net.build();
    const graph = new PathGraph(topology);
    const counts = uplinks(graph, new Liveness(graph, failuresOf(topology, [], 'HEALTHY'), () => true));
    expect(counts[graph.deviceVertex.get('Y')!]).toBe(0);
  });
});

/**
 * The two-core campus. Cores C1, C2 (upstream), cabled to each other (cab-core). Building b (1..3):
 *   campus panel PCb: front f1 ← cab-C1-b → C1:bb, front f2 ← cab-C2-b → C2:bb; its rear (2 positions) cabled
 *   (cab-PCb) to circuit CKTb's termination A (at the campus); CKTb's termination Z (at building b) cabled
 *   (cab-PBb) to building panel PBb's rear (2 positions); PBb front f1 → Db:u1, front f2 → Db:u2.
 *   Db, the distribution switch, is dual-homed: u1 reaches C1 (position 1), u2 reaches C2 (position 2).
 *   Ab, an access switch, hangs off Db by one cable (Ab:up – Db:down).
 * Hand-worked: uplinks(Db) = 2, uplinks(Ab) = 1.
 * - CKT2 lost: Db's two uplinks both run over CKT2 → D2 0 (DOWN); A2 0 (DOWN); buildings 1, 3 untouched.
 * - C1 lost: each Db keeps u2 via C2 (positions stay apart across the circuit) → 1 < 2: DEGRADED;
 *   each Ab still reaches C2 through Db → 1 = 1: untouched. Nothing DOWN.
 */
function campus(): NetBuilder {
  const net = new NetBuilder()
    .node('CAMPUS', 'Location', { locationKind: 'SITE' })
    .device('C1', { upstream: true })
    .device('C2', { upstream: true })
    .ifaces('C1', 'core')
    .ifaces('C2', 'core')
    .cable('cab-core', 'C1:core', 'C2:core');
  for (const b of [1, 2, 3]) {
    net
      .node(`B${b}`, 'Location', { locationKind: 'BUILDING' })
      .ifaces('C1', `b${b}`)
      .ifaces('C2', `b${b}`)
      .patchPanel(`PC${b}`, ['f1', 'f2'])
      .patchPanel(`PB${b}`, ['f1', 'f2'])
      .circuit(`CKT${b}`, { A: 'CAMPUS', Z: `B${b}` })
      .device(`D${b}`)
      .ifaces(`D${b}`, 'u1', 'u2', 'down')
      .device(`A${b}`)
      .ifaces(`A${b}`, 'up')
      .cable(`cab-C1-${b}`, `C1:b${b}`, `PC${b}:f1`)
      .cable(`cab-C2-${b}`, `PC${b}:f2`, `C2:b${b}`)
      .cable(`cab-PC${b}`, `PC${b}:rear`, `CKT${b}:A`)
      .cable(`cab-PB${b}`, `CKT${b}:Z`, `PB${b}:rear`)
      .cable(`cab-D${b}-1`, `PB${b}:f1`, `D${b}:u1`)
      .cable(`cab-D${b}-2`, `PB${b}:f2`, `D${b}:u2`)
      .cable(`cab-A${b}`, `A${b}:up`, `D${b}:down`);
  }
  return net;
}

describe('connectivity: the two-core campus', () => {
  it("building 2's circuit lost → only building 2's switches are cut off (D2, A2 DOWN), the path names the circuit", () => {
    const hits = networkEffects(campus().build(), ['CKT2'], 'HEALTHY');
    expect(states(hits)).toEqual({ A2: 'DOWN', D2: 'DOWN' });
    expect(hits.find((h) => h.id === 'D2')!.path).toEqual([
      { id: 'D2', via: 'COMPONENT_OF' },
      { id: 'D2:u1', via: 'TERMINATES' },
      { id: 'cab-D2-1', via: 'TERMINATES' },
      { id: 'PB2:f1', via: 'MAPS_TO' },
      { id: 'PB2:rear', via: 'TERMINATES' },
      { id: 'cab-PB2', via: 'TERMINATES' },
      { id: 'CKT2:Z', via: 'COMPONENT_OF' },
      { id: 'CKT2', via: null },
    ]);
    expect(hits.find((h) => h.id === 'A2')!.path.map((s) => s.id)).toEqual([
      'A2',
      'A2:up',
      'cab-A2',
      'D2:down',
      'D2',
      'D2:u1',
      'cab-D2-1',
      'PB2:f1',
      'PB2:rear',
      'cab-PB2',
      'CKT2:Z',
      'CKT2',
    ]);
  });

  it('core C1 lost → nothing DOWN; every distribution switch DEGRADED (2 → 1), access switches untouched', () => {
    const hits = networkEffects(campus().build(), ['C1'], 'HEALTHY');
    expect(states(hits)).toEqual({ D1: 'DEGRADED', D2: 'DEGRADED', D3: 'DEGRADED' });
    expect(hits.find((h) => h.id === 'D1')!.path.map((s) => s.id)).toEqual([
      'D1',
      'D1:u1',
      'cab-D1-1',
      'PB1:f1',
      'PB1:rear',
      'cab-PB1',
      'CKT1:Z',
      'CKT1',
      'CKT1:A',
      'cab-PC1',
      'PC1:rear',
      'PC1:f1',
      'cab-C1-1',
      'C1:b1',
      'C1',
    ]);
  });

  it('a building (place) lost takes what is LOCATED_IN it: the patch panel in B3 dies, D3 and A3 are cut off', () => {
    const net = campus().rel('PB3', 'LOCATED_IN', 'B3');
    const hits = networkEffects(net.build(), ['B3'], 'HEALTHY');
    expect(states(hits)).toEqual({ A3: 'DOWN', D3: 'DOWN' });
    expect(hits.find((h) => h.id === 'D3')!.path.slice(-3)).toEqual([
      { id: 'PB3:f1', via: 'COMPONENT_OF' },
      { id: 'PB3', via: 'LOCATED_IN' },
      { id: 'B3', via: null },
    ]);
  });
});
