/**
 * Power (power.ts) by hand: a server with two PSUs on two PDUs, each PDU
 * on its own feed and panel. Expected answers are worked from the rule at
 * the top of power.ts, in the comments.
 */
import { NetBuilder } from './effects.fixture';
import { networkEffects } from './network.effects';

/**
 * PANEL1 → F1 → cab-f1 → PDU1:in; PDU1:o1 → cab-p1 → SRV:psu1
 * PANEL2 → F2 → cab-f2 → PDU2:in; PDU2:o1 → cab-p2 → SRV:psu2
 */
function twoPdus(serverFields: Record<string, unknown> = {}, pdu2Status?: string): NetBuilder {
  const net = new NetBuilder()
    .panel('PANEL1', 'F1')
    .panel('PANEL2', 'F2')
    .pdu('PDU1', 2)
    .pdu('PDU2', 2, pdu2Status)
    .node('SRV', 'Server', serverFields)
    .psus('SRV', 'psu1', 'psu2');
  return net
    .cable('cab-f1', 'F1', 'PDU1:in')
    .cable('cab-f2', 'F2', 'PDU2:in')
    .cable('cab-p1', 'PDU1:o1', 'SRV:psu1')
    .cable('cab-p2', 'SRV:psu2', 'PDU2:o1');
}

const states = (hits: readonly { id: string; state: string }[]) => Object.fromEntries(hits.map((h) => [h.id, h.state]));

describe('power: a server with two PSUs on two PDUs', () => {
  it('one PDU lost: the server keeps 1 of 2 live ports, k = 1 → DEGRADED, path through the PDU outlet to the PDU', () => {
    const hits = networkEffects(twoPdus().build(), ['PDU1'], 'HEALTHY');
    expect(states(hits)).toEqual({ SRV: 'DEGRADED' });
    expect(hits[0].reason).toBe('LOST_POWER_REDUNDANCY');
    expect(hits[0].path).toEqual([
      { id: 'SRV', via: 'COMPONENT_OF' },
      { id: 'SRV:psu1', via: 'TERMINATES' },
      { id: 'cab-p1', via: 'TERMINATES' },
      { id: 'PDU1:o1', via: 'COMPONENT_OF' },
      { id: 'PDU1', via: null },
    ]);
  });

  it('both PDUs lost: 0 of 2 live, k = 1 → DOWN (unpowered)', () => {
    const hits = networkEffects(twoPdus().build(), ['PDU1', 'PDU2'], 'HEALTHY');
    expect(states(hits)).toEqual({ SRV: 'DOWN' });
    expect(hits[0].reason).toBe('UNPOWERED');
  });

  it('powerPortsRequired 2 on the server: one PDU lost leaves 1 < 2 → DOWN', () => {
    expect(states(networkEffects(twoPdus({ powerPortsRequired: 2 }).build(), ['PDU2'], 'HEALTHY'))).toEqual({
      SRV: 'DOWN',
    });
  });

  it('powerPortsRequired 2 from its DeviceType (OF_TYPE), when the device says nothing → DOWN', () => {
    const net = twoPdus().node('DT', 'DeviceType', { powerPortsRequired: 2 }).rel('SRV', 'OF_TYPE', 'DT');
    expect(states(networkEffects(net.build(), ['PDU1'], 'HEALTHY'))).toEqual({ SRV: 'DOWN' });
  });

  it('powerPortsRequired above the ports recorded is capped at N: 3 asked, 2 ports, both live → powered; one lost → DOWN', () => {
    const net = twoPdus({ powerPortsRequired: 3 });
    expect(networkEffects(net.build(), ['cab-f1'], 'HEALTHY').map((h) => [h.id, h.state])).toEqual([
      ['PDU1', 'DOWN'],
      ['SRV', 'DOWN'],
    ]);
  });

  it('a panel lost: its feed dies, PDU1 is unpowered (DOWN), the server DEGRADED; the path runs to the panel', () => {
    const hits = networkEffects(twoPdus().build(), ['PANEL1'], 'HEALTHY');
    expect(states(hits)).toEqual({ PDU1: 'DOWN', SRV: 'DEGRADED' });
    expect(hits.find((h) => h.id === 'SRV')!.path).toEqual([
      { id: 'SRV', via: 'COMPONENT_OF' },
      { id: 'SRV:psu1', via: 'TERMINATES' },
      { id: 'cab-p1', via: 'TERMINATES' },
      { id: 'PDU1:o1', via: 'COMPONENT_OF' },
      { id: 'PDU1', via: 'COMPONENT_OF' },
      { id: 'PDU1:in', via: 'TERMINATES' },
      { id: 'cab-f1', via: 'TERMINATES' },
      { id: 'F1', via: 'FED_BY' },
      { id: 'PANEL1', via: null },
    ]);
  });

  it('baseline REPORTED: PDU2 already reported DOWN, so losing PDU1 takes the last live port → DOWN (HEALTHY says DEGRADED)', () => {
    const net = twoPdus({}, 'DOWN').build();
    expect(states(networkEffects(net, ['PDU1'], 'REPORTED'))).toEqual({ SRV: 'DOWN' });
    expect(states(networkEffects(net, ['PDU1'], 'HEALTHY'))).toEqual({ SRV: 'DEGRADED' });
  });

  it('a cable not CONNECTED carries nothing: psu2 on a PLANNED cable was never live, so one PDU lost is DOWN', () => {
    const net = twoPdus().node('cab-p2', 'Cable', { cableStatus: 'PLANNED' }).build();
    expect(states(networkEffects(net, ['PDU1'], 'HEALTHY'))).toEqual({ SRV: 'DOWN' });
  });

  it('a device with no power ports recorded is not judged; a PDU whose power is not modelled keeps its outlets live', () => {
    const net = new NetBuilder().pdu('PDU', 1).node('SRV', 'Server').psus('SRV', 'psu').cable('c', 'PDU:o1', 'SRV:psu');
    // PDU:in is cabled to nothing: PDU has a power port, so it is judged and was never powered → nothing to lose.
    expect(networkEffects(net.build(), ['c'], 'HEALTHY')).toEqual([]);
    const bare = new NetBuilder().node('PDU', 'NetworkDevice').node('SRV', 'Server').psus('SRV', 'psu');
    bare.component('PDU', 'o1', 'PowerOutlet');
    bare.cable('c', 'PDU:o1', 'SRV:psu').node('OTHER', 'Server');
    expect(states(networkEffects(bare.build(), ['c'], 'HEALTHY'))).toEqual({ SRV: 'DOWN' });
    expect(networkEffects(bare.build(), ['OTHER'], 'HEALTHY')).toEqual([]);
  });

  it('PDUs feeding each other in a loop power nothing by themselves', () => {
    const net = new NetBuilder().pdu('PA', 1).pdu('PB', 1).cable('ab', 'PA:o1', 'PB:in').cable('ba', 'PB:o1', 'PA:in');
    expect(networkEffects(net.build(), ['ab'], 'HEALTHY')).toEqual([]);
  });
});
