/**
 * The IP space and VLAN rules without a graph: field rules normalise or
 * refuse; scope rules find a duplicate only inside its own scope, an address
 * outside its VRF's prefixes, and a VLAN id outside its group or taken in it.
 */
import { NETWORK_FIELD_RULES } from './field.rules';
import { spaceViolations, vlanViolations } from './ip.rules';
import type { SpaceEntry, VlanEntry } from './ip.rules';

const red = { id: 'vrf-red', name: 'red', enforceUnique: true };
const blue = { id: 'vrf-blue', name: 'blue', enforceUnique: true };
const lax = { id: 'vrf-lax', name: 'lax', enforceUnique: false };
const entry = (id: string, cls: SpaceEntry['class'], value: string, vrf: SpaceEntry['vrf']): SpaceEntry => ({
  id,
  name: id,
  class: cls,
  value,
  vrf,
});

describe('field rules', () => {
  it('store a prefix and an address normalised', () => {
    expect(NETWORK_FIELD_RULES['Prefix.prefix']('2001:DB8:0::/48')).toEqual({ ok: true, value: '2001:db8::/48' });
    expect(NETWORK_FIELD_RULES['IPAddress.ipAddress']('2001:DB8::0:5/64')).toEqual({
      ok: true,
      value: '2001:db8::5/64',
    });
  });

  it('refuse a prefix with host bits, naming the prefix meant', () => {
    expect(NETWORK_FIELD_RULES['Prefix.prefix']('10.1.0.1/16')).toEqual({
      ok: false,
      reason: expect.stringContaining('did you mean 10.1.0.0/16?'),
    });
  });

  it.each([0, 4095, -1])('refuse VLAN id %s', (vid) => {
    expect(NETWORK_FIELD_RULES['VLAN.vid'](vid)).toEqual({
      ok: false,
      reason: `a VLAN id is 1–4094, not ${vid}`,
    });
  });
});

describe('scope rules', () => {
  it('refuse a duplicate prefix in the same VRF, naming the existing CI', () => {
    const found = spaceViolations(
      [entry('p2', 'Prefix', '10.1.0.0/16', red)],
      [entry('p1', 'Prefix', '10.1.0.0/16', red)],
    );
    expect(found).toEqual([
      {
        id: 'p2',
        field: 'prefix',
        reason: '10.1.0.0/16 is already in VRF red (vrf-red) as p1 (p1), 10.1.0.0/16; its VRF enforces unique prefixes',
      },
    ]);
  });

  it('allow the same prefix in another VRF, in a VRF that does not enforce uniqueness, and in the global table once', () => {
    expect(
      spaceViolations([entry('p2', 'Prefix', '10.1.0.0/16', blue)], [entry('p1', 'Prefix', '10.1.0.0/16', red)]),
    ).toEqual([]);
    expect(
      spaceViolations([entry('p2', 'Prefix', '10.1.0.0/16', lax)], [entry('p1', 'Prefix', '10.1.0.0/16', lax)]),
    ).toEqual([]);
    expect(
      spaceViolations([entry('p2', 'Prefix', '10.1.0.0/16', null)], [entry('p1', 'Prefix', '10.1.0.0/16', red)]),
    ).toEqual([]);
  });

  it('refuse a duplicate in the global table too', () => {
    const found = spaceViolations(
      [entry('p2', 'Prefix', '10.1.0.0/16', null)],
      [entry('p1', 'Prefix', '10.1.0.0/16', null)],
    );
    expect(found[0].reason).toContain('already in the global table as p1');
  });

  it('call an address a duplicate by its host, whatever its mask', () => {
    const found = spaceViolations(
      [entry('ip2', 'IPAddress', '10.1.0.5/32', red)],
      [entry('ip1', 'IPAddress', '10.1.0.5/24', red), entry('p', 'Prefix', '10.1.0.0/16', red)],
    );
    expect(found).toEqual([
      { id: 'ip2', field: 'ipAddress', reason: expect.stringContaining('as ip1 (ip1), 10.1.0.5/24') },
    ]);
  });

  it('refuse an address outside every prefix of its VRF, naming the VRF and its prefixes', () => {
    const found = spaceViolations(
      [entry('ip', 'IPAddress', '10.9.0.5/24', red)],
      [entry('p1', 'Prefix', '10.1.0.0/16', red), entry('p2', 'Prefix', '10.2.0.0/16', red)],
    );
    expect(found).toEqual([
      {
        id: 'ip',
        field: 'ipAddress',
        reason:
          '10.9.0.5/24 is outside every prefix of VRF red (vrf-red): 10.1.0.0/16, 10.2.0.0/16; add a prefix that contains it first',
      },
    ]);
  });

  it('accept an address inside a prefix of its VRF, and any address in a VRF without prefixes or the global table', () => {
    expect(
      spaceViolations(
        [entry('ip', 'IPAddress', '10.2.3.4/24', red)],
        [entry('p1', 'Prefix', '10.1.0.0/16', red), entry('p2', 'Prefix', '10.2.0.0/16', red)],
      ),
    ).toEqual([]);
    expect(spaceViolations([entry('ip', 'IPAddress', '10.9.0.5/24', red)], [])).toEqual([]);
    expect(
      spaceViolations([entry('ip', 'IPAddress', '10.9.0.5/24', null)], [entry('p', 'Prefix', '10.1.0.0/16', null)]),
    ).toEqual([]);
  });

  it('refuse a prefix or address without its CIDR', () => {
    expect(spaceViolations([entry('p', 'Prefix', '', null)], [])[0].reason).toBe(
      'a Prefix needs its prefix, e.g. 10.1.0.0/16',
    );
  });
});

describe('VLAN rules', () => {
  const group = { id: 'g', name: 'campus', minVid: 100, maxVid: 199 };
  const vlan = (id: string, vid: number, g: VlanEntry['group'] = group): VlanEntry => ({ id, name: id, vid, group: g });

  it('refuse a VLAN id outside its group’s range', () => {
    expect(vlanViolations([vlan('v', 200)], [])).toEqual([
      { id: 'v', field: 'vid', reason: 'VLAN id 200 is outside its group campus (g), which allows 100–199' },
    ]);
  });

  it('refuse a VLAN id taken in its group, not one taken in another group', () => {
    expect(vlanViolations([vlan('v2', 150)], [vlan('v1', 150)])[0].reason).toBe(
      'VLAN id 150 is already v1 (v1) in group campus (g)',
    );
    expect(vlanViolations([vlan('v2', 150)], [vlan('v1', 150, { ...group, id: 'h' })])).toEqual([]);
  });

  it('accept a VLAN without a group, and a group without a range (1–4094)', () => {
    expect(vlanViolations([vlan('v', 4000, null)], [])).toEqual([]);
    expect(vlanViolations([vlan('v', 4000, { id: 'g', name: 'g', minVid: null, maxVid: null })], [])).toEqual([]);
  });
});
