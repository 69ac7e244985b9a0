/**
 * Cable trace (trace.ts) by hand: direct cables, patch panels with trunks,
 * circuits to a far port, a provider network and a bare site, breaks, split
 * and incomplete paths, and a malformed loop that must stop. Each expected
 * answer is worked from the rules at the top of trace.ts.
 */
import type { EstateError } from '../platform/errors';
import { cableTrace } from './trace';
import { Wire } from './trace.fixture';

const connected = (id: string) => ({ id, cableStatus: 'CONNECTED' });
const segment = (near: string[], cables: string[], far: string[], circuit: string | null = null) => ({
  near,
  cables: cables.map(connected),
  far,
  circuit,
});

/** sw1:1 —c1— pp1:F3 | pp1:R (4 positions) —trunk— pp2:R | pp2:F3 —c2— sw2:1 */
function patched(): Wire {
  return new Wire()
    .device('sw1')
    .device('sw2')
    .ifaces('sw1', '1')
    .ifaces('sw2', '1')
    .panel('pp1', 4)
    .panel('pp2', 4)
    .cable('c1', 'sw1:1', 'pp1:F3')
    .cable('trunk', 'pp1:R', 'pp2:R')
    .cable('c2', 'pp2:F3', 'sw2:1');
}

describe('cable trace', () => {
  it('one cable between two interfaces: one segment, complete and active', () => {
    const topology = new Wire()
      .device('a')
      .device('b')
      .ifaces('a', '1')
      .ifaces('b', '1')
      .cable('c', 'b:1', 'a:1')
      .build();
    expect(cableTrace(topology, 'a:1')).toEqual({
      origin: 'a:1',
      segments: [segment(['a:1'], ['c'], ['b:1'])],
      isComplete: true,
      isActive: true,
      isSplit: false,
      loop: false,
      breaks: [],
    });
  });

  it('through two patch panels: front → rear, the trunk keeps position 3, rear → front 3', () => {
    const trace = cableTrace(patched().build(), 'sw1:1');
    expect(trace.segments).toEqual([
      segment(['sw1:1'], ['c1'], ['pp1:F3']),
      segment(['pp1:R'], ['trunk'], ['pp2:R']),
      segment(['pp2:F3'], ['c2'], ['sw2:1']),
    ]);
    expect([trace.isComplete, trace.isActive, trace.isSplit]).toEqual([true, true, false]);
    // Traced the other way, the same wire back.
    expect(cableTrace(patched().build(), 'sw2:1').segments.map((s) => s.far)).toEqual([
      ['pp2:F3'],
      ['pp1:R'],
      ['sw1:1'],
    ]);
  });

  it('a rear port of one position goes on to its single front port, no position needed', () => {
    const topology = new Wire()
      .device('a')
      .device('b')
      .ifaces('a', '1')
      .ifaces('b', '1')
      .panel('p', 1)
      .panel('q', 1)
      .cable('c1', 'a:1', 'p:R')
      .cable('c2', 'p:F1', 'q:F1')
      .cable('c3', 'q:R', 'b:1')
      .build();
    // a:1 → p:R (1 position) → p:F1 → c2 → q:F1 → q:R → c3 → b:1
    expect(cableTrace(topology, 'a:1').segments.map((s) => [s.near, s.far])).toEqual([
      [['a:1'], ['p:R']],
      [['p:F1'], ['q:F1']],
      [['q:R'], ['b:1']],
    ]);
    expect(cableTrace(topology, 'a:1').isComplete).toBe(true);
  });

  it('into a 4-position rear port with no position known: split, stops at the rear port, incomplete', () => {
    const topology = patched().ifaces('sw1', '2').cable('c9', 'sw1:2', 'pp1:R').build();
    // pp1:R is now on c9 (the last cable recorded for it), so the trunk is left out.
    const trace = cableTrace(topology, 'sw1:2');
    expect(trace.segments).toEqual([segment(['sw1:2'], ['c9'], ['pp1:R'])]);
    expect([trace.isComplete, trace.isSplit]).toEqual([false, true]);
  });

  it('a circuit A → Z and on through the far cable, naming the circuit crossed', () => {
    const topology = new Wire()
      .device('r1')
      .device('r2')
      .ifaces('r1', 'wan')
      .ifaces('r2', 'wan')
      .circuit('ckt')
      .cable('c1', 'r1:wan', 'ckt:A')
      .cable('c2', 'ckt:Z', 'r2:wan')
      .build();
    const trace = cableTrace(topology, 'r1:wan');
    expect(trace.segments).toEqual([
      segment(['r1:wan'], ['c1'], ['ckt:A']),
      segment(['ckt:Z'], ['c2'], ['r2:wan'], 'ckt'),
    ]);
    expect(trace.isComplete).toBe(true);
  });

  it('a circuit whose far end is at a provider network ends there, complete; at a bare site, incomplete', () => {
    const base = () =>
      new Wire()
        .device('r1')
        .ifaces('r1', 'wan')
        .node('mpls', 'ProviderNetwork')
        .node('site', 'Location')
        .cable('c1', 'r1:wan', 'ckt:A');
    const toCloud = cableTrace(base().circuit('ckt', { Z: 'mpls' }).build(), 'r1:wan');
    expect(toCloud.segments.at(-1)).toEqual({ near: ['ckt:Z'], cables: [], far: ['mpls'], circuit: 'ckt' });
    expect(toCloud.isComplete).toBe(true);
    const toSite = cableTrace(base().circuit('ckt', { Z: 'site' }).build(), 'r1:wan');
    expect(toSite.segments.at(-1)).toEqual({ near: ['ckt:Z'], cables: [], far: ['site'], circuit: 'ckt' });
    expect(toSite.isComplete).toBe(false);
  });

  it('a DOWN trunk is reported broken on segment 1, the trace still reaches the far end', () => {
    const topology = patched().node('trunk', 'Cable', {}, 'DOWN').build();
    const trace = cableTrace(topology, 'sw1:1');
    expect(trace.breaks).toEqual([{ id: 'trunk', reason: 'DOWN', segment: 1 }]);
    expect([trace.isComplete, trace.isActive, trace.segments.length]).toEqual([true, false, 3]);
  });

  it('a DOWN patch panel, a decommissioning cable and a retired circuit are breaks; a planned cable only inactive', () => {
    const panelDown = cableTrace(patched().device('pp2', {}, 'DOWN').build(), 'sw1:1');
    // pp2 is passed through when its rear port (far end of segment 1) leads out of its front port.
    expect(panelDown.breaks).toEqual([{ id: 'pp2', reason: 'DOWN', segment: 1 }]);
    const decommissioning = cableTrace(
      patched().node('c2', 'Cable', { cableStatus: 'DECOMMISSIONING' }).build(),
      'sw1:1',
    );
    expect(decommissioning.breaks).toEqual([{ id: 'c2', reason: 'DECOMMISSIONED', segment: 2 }]);
    expect(decommissioning.segments[2].cables).toEqual([{ id: 'c2', cableStatus: 'DECOMMISSIONING' }]);
    const planned = cableTrace(patched().node('c2', 'Cable', { cableStatus: 'PLANNED' }).build(), 'sw1:1');
    expect([planned.breaks, planned.isActive, planned.isComplete]).toEqual([[], false, true]);
    const retired = cableTrace(
      new Wire()
        .device('r1')
        .device('r2')
        .ifaces('r1', 'wan')
        .ifaces('r2', 'wan')
        .circuit('ckt')
        .node('ckt', 'Circuit', {}, null, 'RETIRED')
        .cable('c1', 'r1:wan', 'ckt:A')
        .cable('c2', 'ckt:Z', 'r2:wan')
        .build(),
      'r1:wan',
    );
    expect(retired.breaks).toEqual([{ id: 'ckt', reason: 'DECOMMISSIONED', segment: 0 }]);
  });

  it('ends mid-panel when the far front port has no cable: incomplete, not split', () => {
    const topology = patched().build();
    // Trace from sw2:1 but with c1 gone: sw2:1 → pp2:F3 → pp2:R → trunk → pp1:R → pp1:F3 (uncabled).
    const cut = new Wire()
      .device('sw2')
      .ifaces('sw2', '1')
      .panel('pp1', 4)
      .panel('pp2', 4)
      .cable('trunk', 'pp1:R', 'pp2:R')
      .cable('c2', 'pp2:F3', 'sw2:1')
      .build();
    const trace = cableTrace(cut, 'sw2:1');
    expect(trace.segments.map((s) => s.far)).toEqual([['pp2:F3'], ['pp1:R']]);
    expect([trace.isComplete, trace.isSplit, trace.isActive]).toEqual([false, false, true]);
    expect(cableTrace(topology, 'sw2:1').isComplete).toBe(true);
  });

  it('an uncabled port: no segments, neither complete nor active', () => {
    const trace = cableTrace(new Wire().device('a').ifaces('a', '1').build(), 'a:1');
    expect([trace.segments, trace.isComplete, trace.isActive]).toEqual([[], false, false]);
  });

  it('far ends of different kinds on one cable: split', () => {
    const topology = new Wire()
      .device('a')
      .device('b')
      .ifaces('a', '1')
      .ifaces('b', '1')
      .panel('p', 1)
      .cable('c', 'a:1', ['b:1', 'p:F1'])
      .build();
    const trace = cableTrace(topology, 'a:1');
    expect([trace.segments.length, trace.isSplit, trace.isComplete]).toEqual([1, true, false]);
  });

  it('a malformed loop (a port on two cables) stops instead of running on', () => {
    // c1: x:1 — p:F1; c2: p:R — p:F1 (p:F1 on two cables; the last one recorded wins).
    const topology = new Wire()
      .device('x')
      .ifaces('x', '1')
      .panel('p', 1)
      .cable('c1', 'x:1', 'p:F1')
      .cable('c2', 'p:R', 'p:F1')
      .build();
    // x:1 → c1 → p:F1 → p:R → c2 → p:F1 → p:R again: stopped.
    const trace = cableTrace(topology, 'x:1');
    expect([trace.segments.length, trace.loop, trace.isComplete]).toEqual([2, true, false]);
  });

  it('refuses an unknown id (NOT_FOUND) and a CI that is not an endpoint (BAD_USER_INPUT)', () => {
    const topology = patched().build();
    const refusal = (id: string) => {
      try {
        cableTrace(topology, id);
      } catch (error) {
        return [(error as EstateError).code, (error as EstateError).details[0].field];
      }
      return undefined;
    };
    expect(refusal('nope')).toEqual(['NOT_FOUND', 'from']);
    expect(refusal('pp1:F3')).toEqual(['BAD_USER_INPUT', 'from']);
    expect(refusal('sw1')).toEqual(['BAD_USER_INPUT', 'from']);
  });
});
