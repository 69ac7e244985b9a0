/**
 * IP space and VLANs through the API against the real Neo4j: CIDR stored
 * normalised, containment per VRF (the same prefix in two VRFs is fine), the
 * refusals (host bits, duplicates in a VRF, an address outside its VRF's
 * prefixes, a VLAN id outside its group) on create, update and relate, each
 * writing nothing; utilisation, free addresses and free child prefixes.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

let api: TestApi;

const create = async (input: Record<string, unknown>) =>
  ok(await api.sdk.CreateAddressing({ input: { name: String(input.id), ...input } as never })).createItem;
const relate = (from: string, type: string, to: string) => api.sdk.Relate({ input: { from, type: type as never, to } });
const changeCount = async () => (await cypher(api.executor, 'MATCH (c:Change) RETURN count(c) AS n'))[0].n;
const nodeCount = async () => (await cypher(api.executor, 'MATCH (n:CI) RETURN count(n) AS n'))[0].n;

beforeAll(async () => {
  api = await startTestApi({ logger: (await import('pino')).default({ level: 'error' }) });
  await resetGraph(api.executor);
  await create({ class: 'VRF', id: 'red', rd: '65000:1' });
  await create({ class: 'VRF', id: 'blue', rd: '65000:2' });
  await create({ class: 'VRF', id: 'lax', enforceUnique: false });
  // red: 10.0.0.0/8 > 10.1.0.0/16 > 10.1.2.0/24; blue has its own 10.1.0.0/16.
  for (const [id, prefix, vrf] of [
    ['red-8', '10.0.0.0/8', 'red'],
    ['red-16', '10.1.0.0/16', 'red'],
    ['red-24', '10.1.2.0/24', 'red'],
    ['blue-16', '10.1.0.0/16', 'blue'],
    ['v6-64', '2001:DB8:0:0::/64', 'blue'],
    ['v6-65a', '2001:db8::/65', 'blue'],
    ['v6-65b', '2001:db8:0:0:8000::/65', 'blue'],
  ]) {
    await create({ class: 'Prefix', id, prefix });
    ok(await relate(id, 'IN_VRF', vrf));
  }
  await create({ class: 'Prefix', id: 'g-24', prefix: '10.0.0.0/24' });
  for (let i = 1; i <= 10; i++) await create({ class: 'IPAddress', id: `g-ip-${i}`, ipAddress: `10.0.0.${i}/24` });
}, 180_000);
afterAll(() => api.stop());

it('stores a prefix normalised: IPv6 compressed and lower case', async () => {
  const rows = await cypher(api.executor, "MATCH (p:Prefix {id: 'v6-64'}) RETURN p.prefix AS prefix");
  expect(rows[0].prefix).toBe('2001:db8::/64');
});

it('builds each VRF’s tree from the CIDR: the same prefix in two VRFs is fine and they do not nest', async () => {
  const red = ok(await api.sdk.Prefixes({ vrf: 'red' })).prefixes;
  expect(red.map((p) => [p.prefix, p.depth, p.parentId, p.childIds])).toEqual([
    ['10.0.0.0/8', 0, null, ['red-16']],
    ['10.1.0.0/16', 1, 'red-8', ['red-24']],
    ['10.1.2.0/24', 2, 'red-16', []],
  ]);
  const blue = ok(await api.sdk.Prefixes({ vrf: 'blue', within: '10.0.0.0/8' })).prefixes;
  expect(blue.map((p) => [p.item.id, p.parentId, p.vrfId])).toEqual([['blue-16', null, 'blue']]);
  const global = ok(await api.sdk.Prefixes({})).prefixes;
  expect(global.map((p) => p.item.id)).toEqual(['g-24']);
});

it('answers the tree in one query however many prefixes', async () => {
  const before = await cypher(api.executor, 'RETURN 1 AS one');
  expect(before).toHaveLength(1);
  const answer = await api.sdk.Prefixes({ vrf: 'blue' });
  expect((answer.extensions as { estate?: { queries?: number } } | undefined)?.estate?.queries ?? 1).toBe(1);
});

describe('refusals write nothing', () => {
  const refusedCleanly = async (pending: Promise<never> | Promise<unknown>, field: string, reason: RegExp) => {
    const changes = await changeCount();
    const nodes = await nodeCount();
    const error = await refused(pending as never, 'BAD_USER_INPUT', field);
    expect(error.extensions?.reason).toMatch(reason);
    expect(await changeCount()).toBe(changes);
    expect(await nodeCount()).toBe(nodes);
  };

  it('a prefix with host bits set, naming the prefix meant', async () => {
    await refusedCleanly(
      api.sdk.CreateAddressing({ input: { class: 'Prefix', name: 'x', prefix: '10.1.0.1/16' } }),
      'input.prefix',
      /did you mean 10\.1\.0\.0\/16\?/,
    );
  });

  it('a duplicate prefix in the global table, naming the existing CI', async () => {
    await refusedCleanly(
      api.sdk.CreateAddressing({ input: { class: 'Prefix', name: 'dup', prefix: '10.0.0.0/24' } }),
      'input.prefix',
      /already in the global table as g-24 \(g-24\)/,
    );
  });

  it('a duplicate prefix moved into a VRF after the fact (relate IN_VRF)', async () => {
    await create({ class: 'Prefix', id: 'late', prefix: '10.1.2.0/24' });
    await refusedCleanly(relate('late', 'IN_VRF', 'red'), 'to', /already in VRF red \(red\) as red-24 \(red-24\)/);
    // Fine in blue, and fine in a VRF that does not enforce uniqueness.
    ok(await relate('late', 'IN_VRF', 'blue'));
  });

  it('a duplicate made by an update', async () => {
    const p = await create({ class: 'Prefix', id: 'moving', prefix: '10.9.0.0/16' });
    ok(await relate('moving', 'IN_VRF', 'red'));
    await refusedCleanly(
      api.sdk.UpdateAddressing({ id: 'moving', expectedVersion: p.version, patch: { prefix: '10.1.0.0/16' } }),
      'patch.prefix',
      /already in VRF red \(red\) as red-16/,
    );
  });

  it('an address outside every prefix of its VRF, naming the VRF and its prefixes', async () => {
    await create({ class: 'IPAddress', id: 'stray', ipAddress: '192.168.1.5/24' });
    await refusedCleanly(
      relate('stray', 'IN_VRF', 'blue'),
      'to',
      /192\.168\.1\.5\/24 is outside every prefix of VRF blue \(blue\): .*10\.1\.0\.0\/16/,
    );
  });

  it('a duplicate address in a VRF, by its host whatever the mask', async () => {
    await create({ class: 'IPAddress', id: 'a1', ipAddress: '10.1.2.7/24' });
    ok(await relate('a1', 'IN_VRF', 'red'));
    await create({ class: 'IPAddress', id: 'a2', ipAddress: '10.1.2.7/32' });
    await refusedCleanly(
      relate('a2', 'IN_VRF', 'red'),
      'to',
      /already in VRF red \(red\) as a1 \(a1\), 10\.1\.2\.7\/24/,
    );
  });

  it('allows duplicates in a VRF that does not enforce uniqueness', async () => {
    await create({ class: 'Prefix', id: 'lax-1', prefix: '172.16.0.0/12' });
    ok(await relate('lax-1', 'IN_VRF', 'lax'));
    await create({ class: 'Prefix', id: 'lax-2', prefix: '172.16.0.0/12' });
    ok(await relate('lax-2', 'IN_VRF', 'lax'));
  });

  it('a VLAN id out of range, and outside its group’s range', async () => {
    await refusedCleanly(
      api.sdk.CreateAddressing({ input: { class: 'VLAN', name: 'v', vid: 4095 } }),
      'input.vid',
      /a VLAN id is 1–4094, not 4095/,
    );
    await create({ class: 'VLANGroup', id: 'campus', minVid: 100, maxVid: 199 });
    await create({ class: 'VLAN', id: 'vlan-250', vid: 250 });
    await refusedCleanly(
      relate('vlan-250', 'IN_GROUP', 'campus'),
      'to',
      /VLAN id 250 is outside its group campus \(campus\), which allows 100–199/,
    );
  });
});

describe('utilisation and free space', () => {
  it('10.0.0.0/24 with .1–.10 used: 254 usable, 10 used, 3.9%', async () => {
    const u = ok(await api.sdk.PrefixUtilisation({ id: 'g-24' })).prefixUtilisation;
    expect(u).toEqual({ id: 'g-24', prefix: '10.0.0.0/24', size: '254', used: '10', percent: 3.9, children: [] });
  });

  it('2001:db8::/64 with two /65 children is 100%, each child empty', async () => {
    const u = ok(await api.sdk.PrefixUtilisation({ id: 'v6-64' })).prefixUtilisation;
    expect(u).toMatchObject({ size: '18446744073709551616', used: '18446744073709551616', percent: 100 });
    expect(u.children.map((c) => [c.prefix, c.percent])).toEqual([
      ['2001:db8::/65', 0],
      ['2001:db8:0:0:8000::/65', 0],
    ]);
  });

  it('lists the first free addresses after .1–.10', async () => {
    expect(ok(await api.sdk.FreeAddresses({ prefixId: 'g-24', first: 3 })).freeAddresses).toEqual([
      '10.0.0.11/24',
      '10.0.0.12/24',
      '10.0.0.13/24',
    ]);
  });

  it('lists free child prefixes, skipping the taken ones', async () => {
    expect(ok(await api.sdk.AvailablePrefixes({ prefixId: 'red-16', length: 24, first: 3 })).availablePrefixes).toEqual(
      ['10.1.0.0/24', '10.1.1.0/24', '10.1.3.0/24'],
    );
    await refused(api.sdk.AvailablePrefixes({ prefixId: 'red-16', length: 8 }), 'BAD_USER_INPUT', 'length');
  });

  it('answers NOT_FOUND for an unknown prefix', async () => {
    await refused(api.sdk.PrefixUtilisation({ id: 'nope' }), 'NOT_FOUND', 'prefixId');
  });
});
