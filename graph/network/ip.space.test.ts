/**
 * IP space arithmetic with hand-worked answers, IPv4 and IPv6: parsing and
 * normalising, host bits refused, containment and the prefix tree,
 * utilisation, free addresses and free child ranges.
 */
import {
  availablePrefixes,
  containsAddress,
  formatPrefix,
  freeAddresses,
  freeRanges,
  formatAddress,
  parseAddress,
  parsePrefix,
  prefixTree,
  rangeToPrefixes,
  sizeOf,
  utilisation,
} from './ip.space';
import type { Address, Cidr, Prefix } from './ip.space';

const prefix = (text: string): Prefix => {
  const parsed = parsePrefix(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const address = (text: string): Address => {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const v4 = (text: string) => address(`${text}/32`).address;

describe('parsing and normalising', () => {
  it.each([
    ['10.1.0.0/16', '10.1.0.0/16'],
    [' 192.168.0.0/24 ', '192.168.0.0/24'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['2001:DB8:0:0::/64', '2001:db8::/64'],
    ['2001:0db8:0000:0000:0000:0000:0000:0000/32', '2001:db8::/32'],
    ['::/0', '::/0'],
  ])('prefix %s is stored as %s', (text, normal) => {
    expect(prefix(text).text).toBe(normal);
  });

  it('refuses host bits set and names the prefix meant', () => {
    const parsed = parsePrefix('10.1.0.1/16');
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('did you mean 10.1.0.0/16?') });
    expect(parsePrefix('2001:db8::1/64')).toEqual({
      ok: false,
      reason: expect.stringContaining('did you mean 2001:db8::/64?'),
    });
  });

  it.each([
    ['10.1.0.0', 'has no /length'],
    ['10.1/16', 'is not an IPv4 or IPv6 address'],
    ['010.1.0.0/16', 'is not an IPv4 or IPv6 address'],
    ['0xa.1.0.0/16', 'is not an IPv4 or IPv6 address'],
    ['10.1.0.256/32', 'is not an IPv4 or IPv6 address'],
    ['fe80::1%eth0/64', 'is not an IPv4 or IPv6 address'],
    ['10.1.0.0/33', 'must be a whole number 0–32 for IPv4'],
    ['2001:db8::/129', 'must be a whole number 0–128 for IPv6'],
    ['10.1.0.0/-1', 'must be a whole number'],
    ['10.1.0.0/ 16', 'must be a whole number'],
  ])('refuses %s (%s)', (text, reason) => {
    const parsed = parsePrefix(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('normalises an address with its mask, keeping the host bits', () => {
    expect(address('10.1.0.5/24')).toMatchObject({ text: '10.1.0.5/24', host: '10.1.0.5', length: 24 });
    expect(address('2001:DB8:0::0:1/64')).toMatchObject({ text: '2001:db8::1/64', host: '2001:db8::1' });
    expect(address('2001:db8:0:0:1:0:0:1/128').text).toBe('2001:db8::1:0:0:1/128');
    expect(parseAddress('10.1.0.5').ok).toBe(false);
  });

  it('formats addresses back from numbers', () => {
    expect(formatAddress(4, 0x0a000001n)).toBe('10.0.0.1');
    expect(formatAddress(6, (0x20010db8n << 96n) | 1n)).toBe('2001:db8::1');
  });
});

describe('containment', () => {
  it('builds the tree: parent is the narrowest container, children the widest contained', () => {
    const rows = [
      '10.0.0.0/8',
      '10.1.0.0/16',
      '10.1.2.0/24',
      '10.1.3.0/24',
      '10.2.0.0/16',
      '192.168.0.0/24',
      '2001:db8::/32',
      '2001:db8:1::/48',
    ].map((text) => ({ text, prefix: prefix(text) }));
    const tree = prefixTree(rows);
    const node = (text: string) => tree.get(rows.find((r) => r.text === text)!)!;
    expect(node('10.0.0.0/8').parent).toBeUndefined();
    expect(node('10.0.0.0/8').children.map((c) => c.text)).toEqual(['10.1.0.0/16', '10.2.0.0/16']);
    expect(node('10.1.2.0/24').parent?.text).toBe('10.1.0.0/16');
    expect(node('10.1.2.0/24').depth).toBe(2);
    expect(node('10.2.0.0/16').parent?.text).toBe('10.0.0.0/8');
    expect(node('192.168.0.0/24').parent).toBeUndefined();
    expect(node('2001:db8:1::/48').parent?.text).toBe('2001:db8::/32');
  });

  it('skips a level that is missing: the /24 sits under the /8 when there is no /16', () => {
    const rows = ['10.0.0.0/8', '10.9.9.0/24'].map((text) => ({ text, prefix: prefix(text) }));
    expect(prefixTree(rows).get(rows[1])!.parent?.text).toBe('10.0.0.0/8');
  });

  it('makes duplicates siblings, not parent and child', () => {
    const rows = ['10.0.0.0/8', '10.1.0.0/16', '10.1.0.0/16'].map((text) => ({ text, prefix: prefix(text) }));
    const tree = prefixTree(rows);
    expect(tree.get(rows[1])!.parent).toBe(rows[0]);
    expect(tree.get(rows[2])!.parent).toBe(rows[0]);
  });

  it('tells an address inside a prefix from one outside', () => {
    expect(containsAddress(prefix('10.1.0.0/16'), address('10.1.255.255/24'))).toBe(true);
    expect(containsAddress(prefix('10.1.0.0/16'), address('10.2.0.1/24'))).toBe(false);
    expect(containsAddress(prefix('10.0.0.0/8'), address('::a00:1/128'))).toBe(false);
  });
});

describe('utilisation', () => {
  it('10.0.0.0/24 with .1–.10 used: 254 usable, 10 used, 3.9%', () => {
    const used = Array.from({ length: 10 }, (_, i) => v4(`10.0.0.${i + 1}`));
    expect(utilisation({ prefix: prefix('10.0.0.0/24'), children: [], addresses: used })).toEqual({
      size: 254n,
      used: 10n,
      percent: 3.9,
    });
  });

  it('counts a host once however many masks it carries, and ignores addresses outside', () => {
    const used = [v4('10.0.0.1'), v4('10.0.0.1'), v4('10.0.1.1'), v4('10.0.0.0'), v4('10.0.0.255')];
    expect(utilisation({ prefix: prefix('10.0.0.0/24'), children: [], addresses: used }).used).toBe(1n);
  });

  it('a pool counts network and broadcast: 256 addresses', () => {
    const u = utilisation({ prefix: prefix('10.0.0.0/24'), isPool: true, children: [], addresses: [v4('10.0.0.0')] });
    expect(u).toEqual({ size: 256n, used: 1n, percent: 0.4 });
  });

  it('a /31 has two usable addresses, a /32 one', () => {
    expect(utilisation({ prefix: prefix('10.0.0.0/31'), children: [], addresses: [v4('10.0.0.0')] })).toEqual({
      size: 2n,
      used: 1n,
      percent: 50,
    });
    expect(utilisation({ prefix: prefix('10.0.0.7/32'), children: [], addresses: [v4('10.0.0.7')] })).toEqual({
      size: 1n,
      used: 1n,
      percent: 100,
    });
  });

  it('2001:db8::/64 with two /65 children is 100%', () => {
    const u = utilisation({
      prefix: prefix('2001:db8::/64'),
      children: [prefix('2001:db8::/65'), prefix('2001:db8:0:0:8000::/65')],
      addresses: [],
    });
    expect(u).toEqual({ size: 1n << 64n, used: 1n << 64n, percent: 100 });
  });

  it('a parent counts its children’s space, not their addresses: 10.0.0.0/16 with two /24s is 0.8%', () => {
    const u = utilisation({
      prefix: prefix('10.0.0.0/16'),
      children: [prefix('10.0.1.0/24'), prefix('10.0.2.0/24')],
      addresses: [v4('10.0.3.1')],
    });
    expect(u).toEqual({ size: 65536n, used: 512n, percent: 0.8 });
  });

  it('overlapping children (duplicates in a VRF that allows them) count once', () => {
    const u = utilisation({
      prefix: prefix('10.0.0.0/23'),
      children: [prefix('10.0.0.0/24'), prefix('10.0.0.0/24')],
      addresses: [],
    });
    expect(u.used).toBe(256n);
    expect(u.percent).toBe(50);
  });

  it('markUtilised is 100% whatever is in it', () => {
    expect(utilisation({ prefix: prefix('10.0.0.0/24'), markUtilised: true, children: [], addresses: [] })).toEqual({
      size: 256n,
      used: 256n,
      percent: 100,
    });
  });

  it('an IPv6 leaf counts its addresses out of the whole prefix', () => {
    const p = prefix('2001:db8::/126');
    const u = utilisation({ prefix: p, children: [], addresses: [p.network + 1n] });
    expect(u).toEqual({ size: 4n, used: 1n, percent: 25 });
  });
});

describe('free space', () => {
  it('the first free addresses of 10.0.0.0/29 with .1 and .3 used are .2 .4 .5', () => {
    const free = freeAddresses(prefix('10.0.0.0/29'), [v4('10.0.0.1'), v4('10.0.0.3')], 3);
    expect(free.map((a) => formatAddress(4, a))).toEqual(['10.0.0.2', '10.0.0.4', '10.0.0.5']);
  });

  it('never offers network or broadcast of an ordinary IPv4 prefix: a full /30 has none', () => {
    expect(freeAddresses(prefix('10.0.0.0/30'), [v4('10.0.0.1'), v4('10.0.0.2')], 5)).toEqual([]);
  });

  it('a /31 offers both addresses; a pool its network address', () => {
    expect(freeAddresses(prefix('10.0.0.0/31'), [], 5).map((a) => formatAddress(4, a))).toEqual([
      '10.0.0.0',
      '10.0.0.1',
    ]);
    expect(freeAddresses({ ...prefix('10.0.0.0/30'), isPool: true }, [], 1).map((a) => formatAddress(4, a))).toEqual([
      '10.0.0.0',
    ]);
  });

  it('IPv6 skips the subnet-router anycast address', () => {
    const free = freeAddresses(prefix('2001:db8::/64'), [], 2);
    expect(free.map((a) => formatAddress(6, a))).toEqual(['2001:db8::1', '2001:db8::2']);
  });

  it('cuts a range into the widest aligned blocks: 10.0.0.1–10.0.0.6 is /32 /31 /31 /32', () => {
    const blocks = rangeToPrefixes(4, v4('10.0.0.1'), v4('10.0.0.6')).map(formatPrefix);
    expect(blocks).toEqual(['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']);
  });

  it('free ranges of 10.0.0.0/16 around 10.0.1.0/24 are 10.0.0.0/24, 10.0.2.0/23, 10.0.4.0/22 … 10.0.128.0/17', () => {
    const free = freeRanges(prefix('10.0.0.0/16'), [prefix('10.0.1.0/24')]).map(formatPrefix);
    expect(free).toEqual([
      '10.0.0.0/24',
      '10.0.2.0/23',
      '10.0.4.0/22',
      '10.0.8.0/21',
      '10.0.16.0/20',
      '10.0.32.0/19',
      '10.0.64.0/18',
      '10.0.128.0/17',
    ]);
  });

  it('the first three free /24s of 10.0.0.0/16 with 10.0.1.0/24 taken are .0, .2, .3', () => {
    const found = availablePrefixes(prefix('10.0.0.0/16'), [prefix('10.0.1.0/24')], 24, 3).map(formatPrefix);
    expect(found).toEqual(['10.0.0.0/24', '10.0.2.0/24', '10.0.3.0/24']);
  });

  it('free /65s of 2001:db8::/64 with its lower half taken is the upper half only', () => {
    const found = availablePrefixes(prefix('2001:db8::/64'), [prefix('2001:db8::/65')], 65, 5).map(formatPrefix);
    expect(found).toEqual(['2001:db8:0:0:8000::/65']);
    const all: Cidr = prefix('::/0');
    expect(sizeOf(all)).toBe(1n << 128n);
  });
});
