/**
 * Power and connectivity together (network.effects.ts), by hand: a branch
 * with one router on two WAN circuits to a provider network, one switch,
 * one PDU feeding both; and the speed of a site of ~2,000 devices and
 * ~50,000 interfaces. Expected answers are worked from the rules at the
 * top of power.ts and connectivity.ts, in the comments.
 */
import { NetBuilder } from './effects.fixture';
import { networkEffects } from './network.effects';

const states = (hits: readonly { id: string; state: string }[]) => Object.fromEntries(hits.map((h) => [h.id, h.state]));

/**
 * The branch. PN (a provider network: a root). R, the router, is NOT upstream: R:wan1 – cab-w1 – W1:A,
 * W1:Z at PN; R:wan2 – cab-w2 – W2:A, W2:Z at PN → uplinks(R) = 2. S, the switch: S:up – cab-sr – R:lan →
 * uplinks(S) = 1. PANEL → F → cab-f → PDU:in; PDU:o1 – cab-pr – R:psu; PDU:o2 – cab-ps – S:psu (one PSU each).
 * - PDU lost: R and S each 0 of 1 live ports → DOWN (unpowered).
 * - R lost: S's only uplink runs through R → DOWN (cut off).
 * - W1 lost: R 2 → 1 uplinks → DEGRADED; S still 1 → untouched. Nothing DOWN.
 */
export function branch(): NetBuilder {
  return new NetBuilder()
    .node('PN', 'ProviderNetwork')
    .device('R')
    .ifaces('R', 'wan1', 'wan2', 'lan')
    .circuit('W1', { Z: 'PN' })
    .circuit('W2', { Z: 'PN' })
    .cable('cab-w1', 'R:wan1', 'W1:A')
    .cable('cab-w2', 'W2:A', 'R:wan2')
    .device('S')
    .ifaces('S', 'up')
    .cable('cab-sr', 'S:up', 'R:lan')
    .panel('PANEL', 'F')
    .pdu('PDU', 2)
    .cable('cab-f', 'F', 'PDU:in')
    .psus('R', 'psu')
    .psus('S', 'psu')
    .cable('cab-pr', 'PDU:o1', 'R:psu')
    .cable('cab-ps', 'PDU:o2', 'S:psu');
}

describe('network effects: the branch', () => {
  it('one topology asked about several failures in turn answers each as a fresh one would (the baseline is kept per topology)', () => {
    const shared = branch().build();
    const view = (hits: ReturnType<typeof networkEffects>) => hits.map((h) => [h.id, h.state, h.reason, h.path]);
    for (const failed of [['PDU'], ['R'], ['W1'], ['PDU'], ['W1', 'W2']]) {
      expect(view(networkEffects(shared, failed))).toEqual(view(networkEffects(branch().build(), failed)));
    }
    expect(view(networkEffects(shared, ['R'], 'HEALTHY'))).toEqual(
      view(networkEffects(branch().build(), ['R'], 'HEALTHY')),
    );
  });

  it('PDU lost → router and switch DOWN (unpowered), the path names the outlet and the PDU', () => {
    const hits = networkEffects(branch().build(), ['PDU']);
    expect(hits.map((h) => [h.id, h.state, h.reason])).toEqual([
      ['R', 'DOWN', 'UNPOWERED'],
      ['S', 'DOWN', 'UNPOWERED'],
    ]);
    expect(hits[1].path).toEqual([
      { id: 'S', via: 'COMPONENT_OF' },
      { id: 'S:psu', via: 'TERMINATES' },
      { id: 'cab-ps', via: 'TERMINATES' },
      { id: 'PDU:o2', via: 'COMPONENT_OF' },
      { id: 'PDU', via: null },
    ]);
  });

  it('router lost → switch DOWN (cut off) through its cable to the router', () => {
    const hits = networkEffects(branch().build(), ['R']);
    expect(hits.map((h) => [h.id, h.state, h.reason])).toEqual([['S', 'DOWN', 'CUT_OFF']]);
    expect(hits[0].path).toEqual([
      { id: 'S', via: 'COMPONENT_OF' },
      { id: 'S:up', via: 'TERMINATES' },
      { id: 'cab-sr', via: 'TERMINATES' },
      { id: 'R:lan', via: 'COMPONENT_OF' },
      { id: 'R', via: null },
    ]);
  });

  it('one WAN circuit lost → nothing DOWN, the router DEGRADED with a path naming its cable and circuit', () => {
    const hits = networkEffects(branch().build(), ['W1']);
    expect(states(hits)).toEqual({ R: 'DEGRADED' });
    expect(hits[0].path).toEqual([
      { id: 'R', via: 'COMPONENT_OF' },
      { id: 'R:wan1', via: 'TERMINATES' },
      { id: 'cab-w1', via: 'TERMINATES' },
      { id: 'W1:A', via: 'COMPONENT_OF' },
      { id: 'W1', via: null },
    ]);
  });

  it('both circuits lost → router and switch cut off', () => {
    expect(states(networkEffects(branch().build(), ['W1', 'W2']))).toEqual({ R: 'DOWN', S: 'DOWN' });
  });

  it("the router's power cable cut → router DOWN (unpowered), switch DOWN (cut off) with a path through the router's power", () => {
    const hits = networkEffects(branch().build(), ['cab-pr']);
    expect(hits.map((h) => [h.id, h.state, h.reason])).toEqual([
      ['R', 'DOWN', 'UNPOWERED'],
      ['S', 'DOWN', 'CUT_OFF'],
    ]);
    expect(hits[1].path.map((s) => s.id)).toEqual(['S', 'S:up', 'cab-sr', 'R:lan', 'R', 'R:psu', 'cab-pr']);
  });
});

/**
 * A site as big as the brief asks: 2 cores (upstream), 40 distribution switches dual-homed to both, 2,000
 * access switches each dual-homed to two distribution switches by 2 cables, and 24 host ports each (cabled
 * to nothing), so ~50,000 interfaces and ~4,100 cables. Every access switch and distribution switch on one
 * PDU pair. Failing core 1: every distribution switch DEGRADED, nothing DOWN.
 */
function bigSite(): NetBuilder {
  const net = new NetBuilder().device('core1', { upstream: true }).device('core2', { upstream: true });
  net.panel('PANEL', 'FEED').pdu('PDU', 2100).cable('cab-feed', 'FEED', 'PDU:in');
  let outlet = 0;
  const power = (device: string) => {
    net.psus(device, 'psu');
    outlet += 1;
    net.cable(`pw-${device}`, `PDU:o${outlet}`, `${device}:psu`);
  };
  for (let d = 0; d < 40; d++) {
    const dist = `dist${d}`;
    net.device(dist).ifaces(dist, 'u1', 'u2');
    net.ifaces('core1', `d${d}`).ifaces('core2', `d${d}`);
    net.cable(`c1-${d}`, `core1:d${d}`, `${dist}:u1`).cable(`c2-${d}`, `core2:d${d}`, `${dist}:u2`);
    power(dist);
  }
  for (let a = 0; a < 2000; a++) {
    const acc = `acc${a}`;
    const [x, y] = [a % 40, (a + 1) % 40];
    net.device(acc).ifaces(acc, 'u1', 'u2');
    for (let p = 0; p < 22; p++) net.ifaces(acc, `ge${p}`);
    net.ifaces(`dist${x}`, `a${a}`).ifaces(`dist${y}`, `b${a}`);
    net.cable(`ua-${a}`, `${acc}:u1`, `dist${x}:a${a}`).cable(`ub-${a}`, `${acc}:u2`, `dist${y}:b${a}`);
    power(acc);
  }
  return net;
}

describe('network effects: speed', () => {
  it('a site of ~2,000 devices and ~50,000 interfaces answers a core failure in well under 250 ms', () => {
    const topology = bigSite().build();
    const interfaces = [...topology.nodes.values()].filter((n) => n.class === 'Interface').length;
    expect(interfaces).toBeGreaterThan(50_000);
    // Cold: the first answer on a topology builds its indexes and path graph.
    let t0 = performance.now();
    let hits = networkEffects(topology, ['core1']);
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (let k = 0; k < 5; k++) {
      t0 = performance.now();
      hits = networkEffects(topology, ['core1']);
      warm.push(performance.now() - t0);
    }
    expect(hits.filter((h) => h.state === 'DOWN')).toEqual([]);
    expect(hits.length).toBe(40);
    t0 = performance.now();
    const pdu = networkEffects(topology, ['PDU']);
    const pduMs = performance.now() - t0;
    expect(pdu.length).toBe(2040);
    warm.sort((a, b) => a - b);
    if (process.env.SHOW_FIGURES) {
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      console.log(`${interfaces} interfaces: core1 cold ${ms(cold)}, warm median ${ms(warm[2])}; PDU ${ms(pduMs)}`);
    }
    // Linear work; the bound is loose because these machines are shared (a quadratic walk takes seconds).
    expect(warm[2]).toBeLessThan(1000);
  });
});
