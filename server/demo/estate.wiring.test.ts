/**
 * The generated estates are wired the way a data centre is: cables with both sides, each termination on one
 * cable; patch panels whose front ports map to rear port positions that exist; servers dual-homed to two
 * switches of their rack, with two PSUs on two PDUs fed from two panels; every top-of-rack switch reaching an
 * upstream router through cables and patch panels; two circuits per site from two providers; addresses in
 * their VRF's prefixes. The large estate's million interfaces are held by the profile's arithmetic
 * (network.arithmetic.ts), which is checked here against the small and medium estates.
 */
import { generateEstate } from './estate.generator';
import type { GeneratedEstate, StoredNode } from './estate.generator';
import { PROFILES } from './estate.profiles';
import { expectedInterfaces } from './network.arithmetic';

interface Index {
  node: Map<string, StoredNode>;
  ownerOf: Map<string, string>;
  parts: Map<string, string[]>;
  ends: Map<string, { A: string[]; B: string[] }>;
  cableAt: Map<string, string[]>;
  rearOf: Map<string, { rear: string; position: number }[]>;
  frontAt: Map<string, string>;
  fedBy: Map<string, string>;
  placeOf: Map<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function index(estate: GeneratedEstate): Index {
  const node = new Map<string, StoredNode>();
  for (const list of estate.nodes.values()) for (const n of list) node.set(n.id as string, n);
  const rels = (type: Parameters<typeof estate.relationships.get>[0]) => estate.relationships.get(type)!;
  const ownerOf = new Map<string, string>();
  const parts = new Map<string, string[]>();
  for (const r of rels('COMPONENT_OF')) {
    ownerOf.set(r.from, r.to);
    push(parts, r.to, r.from);
  }
  const ends = new Map<string, { A: string[]; B: string[] }>();
  for (const c of estate.nodes.get('Cable')!) ends.set(c.id as string, { A: [], B: [] });
  const cableAt = new Map<string, string[]>();
  for (const r of rels('TERMINATES')) {
    ends.get(r.from)?.[r.properties!.side as 'A' | 'B'].push(r.to);
    push(cableAt, r.to, r.from);
  }
  const rearOf = new Map<string, { rear: string; position: number }[]>();
  const frontAt = new Map<string, string>();
  for (const r of rels('MAPS_TO')) {
    const position = r.properties?.rearPortPosition as number;
    push(rearOf, r.from, { rear: r.to, position });
    frontAt.set(`${r.to}|${position}`, r.from);
  }
  const fedBy = new Map(rels('FED_BY').map((r) => [r.from, r.to]));
  const placeOf = new Map(rels('LOCATED_IN').map((r) => [r.from, r.to]));
  return { node, ownerOf, parts, ends, cableAt, rearOf, frontAt, fedBy, placeOf };
}

/** The terminations across the one cable on `end` (none when it is not cabled). */
function across(ix: Index, end: string): string[] {
  const cable = ix.cableAt.get(end)?.[0];
  if (!cable) return [];
  const { A, B } = ix.ends.get(cable)!;
  return A.includes(end) ? B : A;
}

const inService = (n: StoredNode) => n.lifecycleState === 'DEPLOYED' || n.lifecycleState === 'IN_MAINTENANCE';

/**
 * Breadth-first from a device over data cables: out through its interfaces, across each cable, through
 * patch panels position by position (front → rear, across the trunk, rear → the front at the same
 * position), to the next device. Says whether a device marked `upstream` was reached, and through how
 * many patch panel passes.
 */
function reachUpstream(ix: Index, start: string): { reached: boolean; panelPasses: number } {
  const seen = new Set([start]);
  const queue = [start];
  let panelPasses = 0;
  const arrive = (end: string): void => {
    const n = ix.node.get(end)!;
    if (n.class === 'Interface') {
      const device = ix.ownerOf.get(end)!;
      if (!seen.has(device)) {
        seen.add(device);
        queue.push(device);
      }
    } else if (n.class === 'FrontPort') {
      for (const { rear, position } of ix.rearOf.get(end) ?? []) {
        panelPasses++;
        for (const farRear of across(ix, rear)) {
          const farFront = ix.frontAt.get(`${farRear}|${position}`);
          if (farFront) for (const next of across(ix, farFront)) arrive(next);
        }
      }
    }
  };
  while (queue.length > 0) {
    const device = queue.shift()!;
    if (ix.node.get(device)!.upstream === true) return { reached: true, panelPasses };
    for (const part of ix.parts.get(device) ?? []) {
      if (ix.node.get(part)!.class !== 'Interface') continue;
      for (const end of across(ix, part)) arrive(end);
    }
  }
  return { reached: false, panelPasses };
}

describe.each(['tiny', 'small', 'medium'] as const)('the wiring of the %s estate', (size) => {
  let estate: GeneratedEstate;
  let ix: Index;
  const cls = (id: string) => ix.node.get(id)?.class as string;
  const devicesOfRole = (role: string) =>
    estate.nodes.get('NetworkDevice')!.filter((d) => d.role === role && ix.parts.has(d.id as string));

  beforeAll(() => {
    estate = generateEstate(size);
    ix = index(estate);
  });

  it('gives every cable at least one termination on each side, and no termination two cables', () => {
    const problems: string[] = [];
    for (const [cable, { A, B }] of ix.ends)
      if (A.length === 0 || B.length === 0) problems.push(`${cable} is one-sided`);
    for (const [end, cables] of ix.cableAt) if (cables.length > 1) problems.push(`${end} is on ${cables.join(', ')}`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(ix.ends.size).toBeGreaterThan(0);
  });

  it('maps every front port to one position of a rear port of its own panel, each position once', () => {
    const problems: string[] = [];
    for (const front of estate.nodes.get('FrontPort')!) {
      const id = front.id as string;
      const maps = ix.rearOf.get(id) ?? [];
      if (maps.length !== 1) {
        problems.push(`${id} maps to ${maps.length} rear ports`);
        continue;
      }
      const { rear, position } = maps[0];
      const rearNode = ix.node.get(rear);
      if (rearNode?.class !== 'RearPort') problems.push(`${id} maps to ${rear}, no rear port`);
      else if (!(Number.isInteger(position) && position >= 1 && position <= (rearNode.positions as number)))
        problems.push(`${id} maps to position ${position} of ${rear}, which has ${String(rearNode.positions)}`);
      if (ix.ownerOf.get(rear) !== ix.ownerOf.get(id)) problems.push(`${id} maps to another panel's ${rear}`);
      if (ix.frontAt.get(`${rear}|${position}`) !== id) problems.push(`${rear} position ${position} is taken twice`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(estate.nodes.get('FrontPort')!.length).toBeGreaterThan(0);
  });

  it('names every component uniquely within its device', () => {
    const problems: string[] = [];
    for (const [owner, parts] of ix.parts) {
      const names = parts.map((p) => `${cls(p)} ${String(ix.node.get(p)!.name)}`);
      if (new Set(names).size !== names.length) problems.push(`${owner} repeats a component name`);
    }
    expect(problems).toEqual([]);
  });

  it('dual-homes every server in service to two switches of its own rack', () => {
    const problems: string[] = [];
    for (const server of estate.nodes.get('Server')!.filter(inService)) {
      const id = server.id as string;
      const switches = new Set<string>();
      for (const part of ix.parts.get(id) ?? []) {
        if (cls(part) !== 'Interface' || ix.node.get(part)!.mgmtOnly) continue;
        for (const end of across(ix, part)) switches.add(ix.ownerOf.get(end)!);
      }
      const tors = [...switches].filter((s) => ix.node.get(s)!.role === 'TOR_SWITCH');
      if (tors.length !== 2 || tors.some((t) => ix.placeOf.get(t) !== ix.placeOf.get(id)))
        problems.push(`${id} (in ${String(ix.placeOf.get(id))}) reaches ${tors.join(', ') || 'no switch'}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('gives every racked device two PSUs on two PDUs, fed by two feeds from two panels to its rack', () => {
    const problems: string[] = [];
    const racked = ['Server', 'StorageDevice', 'NetworkDevice']
      .flatMap((c) => estate.nodes.get(c)!)
      .filter((d) => inService(d) && d.role !== 'PDU' && d.role !== 'PATCH_PANEL' && d.role !== 'ACCESS_POINT')
      .filter((d) => ix.node.get(ix.placeOf.get(d.id as string) ?? '')?.locationKind === 'RACK');
    for (const device of racked) {
      const id = device.id as string;
      const psus = (ix.parts.get(id) ?? []).filter((p) => cls(p) === 'PowerPort');
      const pdus = new Set<string>();
      const panels = new Set<string>();
      for (const psu of psus) {
        const outlet = across(ix, psu)[0];
        if (!outlet || cls(outlet) !== 'PowerOutlet') continue;
        const pdu = ix.ownerOf.get(outlet)!;
        const inlet = ix.fedBy.get(outlet)!;
        if (ix.ownerOf.get(inlet) !== pdu) problems.push(`${outlet} is fed by ${inlet}, not its own PDU`);
        const feed = across(ix, inlet)[0];
        if (cls(feed) !== 'PowerFeed') continue;
        const serves = estate.relationships.get('SERVES')!.find((r) => r.from === feed)?.to;
        if (serves !== ix.placeOf.get(id)) problems.push(`${feed} serves ${String(serves)}, not ${id}'s rack`);
        pdus.add(pdu);
        panels.add(ix.fedBy.get(feed)!);
      }
      if (psus.length !== 2 || pdus.size !== 2 || panels.size !== 2)
        problems.push(`${id}: ${psus.length} PSUs on ${pdus.size} PDUs from ${panels.size} panels`);
    }
    expect(racked.length).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('lets every top-of-rack switch reach an upstream router through cables and patch panels', () => {
    const tors = devicesOfRole('TOR_SWITCH');
    expect(tors.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const tor of tors) {
      const { reached, panelPasses } = reachUpstream(ix, tor.id as string);
      if (!reached || panelPasses === 0)
        problems.push(`${String(tor.id)}: reached ${reached}, ${panelPasses} panel passes`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(
      estate.nodes
        .get('NetworkDevice')!
        .filter((d) => d.upstream === true)
        .every((d) => d.role === 'ROUTER'),
    ).toBe(true);
  });

  it('gives every site two WAN circuits from two providers, from a router to a provider network', () => {
    const at = new Map(estate.relationships.get('TERMINATES_AT')!.map((r) => [r.from, r.to]));
    const providerOf = new Map(estate.relationships.get('SUPPLIED_BY')!.map((r) => [r.from, r.to]));
    for (const site of estate.siteIds) {
      const circuits = estate.nodes
        .get('Circuit')!
        .filter((c) => (ix.parts.get(c.id as string) ?? []).some((t) => at.get(t) === site));
      expect({ site, circuits: circuits.length }).toEqual({ site, circuits: 2 });
      expect(new Set(circuits.map((c) => providerOf.get(c.id as string))).size).toBe(2);
      for (const circuit of circuits) {
        const [a, z] = ['A', 'Z'].map((side) =>
          ix.parts.get(circuit.id as string)!.find((t) => ix.node.get(t)!.termSide === side)!,
        );
        expect(cls(at.get(z)!)).toBe('ProviderNetwork');
        const router = ix.ownerOf.get(across(ix, a)[0]);
        expect(ix.node.get(router!)!.role).toBe('ROUTER');
      }
    }
  });

  it('puts every IP address on an interface, in a VRF, inside a prefix of that VRF, once per VRF', () => {
    const vrfOf = new Map(estate.relationships.get('IN_VRF')!.map((r) => [r.from, r.to]));
    const on = new Map(estate.relationships.get('ASSIGNED_TO')!.map((r) => [r.from, r.to]));
    const toInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    const prefixes = estate.nodes.get('Prefix')!.map((p) => {
      const [base, bits] = (p.prefix as string).split('/');
      return { vrf: vrfOf.get(p.id as string), base: toInt(base), size: 2 ** (32 - Number(bits)) };
    });
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const ip of estate.nodes.get('IPAddress')!) {
      const id = ip.id as string;
      const vrf = vrfOf.get(id);
      const address = toInt((ip.ipAddress as string).split('/')[0]);
      if (cls(on.get(id) ?? '') !== 'Interface') problems.push(`${id} is on no interface`);
      if (!prefixes.some((p) => p.vrf === vrf && address >= p.base && address < p.base + p.size))
        problems.push(`${id} is in no prefix of ${String(vrf)}`);
      const key = `${String(vrf)}|${String(ip.ipAddress)}`;
      if (seen.has(key)) problems.push(`${key} twice`);
      seen.add(key);
    }
    expect(estate.nodes.get('IPAddress')!.length).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('counts the wiring in the summary', () => {
    const { network, byClass } = estate.counts;
    expect(network.interfaces).toBe(byClass.Interface);
    expect(network.cables).toBe(byClass.Cable);
    expect(network.circuits).toBe(2 * estate.siteIds.length);
    expect(network.pdus).toBe(devicesOfRole('PDU').length);
    expect(estate.sampleInterfaceId.startsWith(`${estate.sampleServerId}:`)).toBe(true);
    expect(cls(estate.sampleInterfaceId)).toBe('Interface');
    expect(ix.node.get(estate.samplePduId)?.role).toBe('PDU');
  });
});

describe('the network arithmetic', () => {
  it.each(['small', 'medium'] as const)('matches the %s estate within 3%%', (size) => {
    const actual = generateEstate(size).counts.network.interfaces;
    const expected = expectedInterfaces(PROFILES[size]);
    expect(Math.abs(actual - expected) / expected).toBeLessThan(0.03);
  });

  it('gives the large estate over a million interfaces, with room to spare for the random draws', () => {
    expect(expectedInterfaces(PROFILES.large)).toBeGreaterThanOrEqual(1_050_000);
  });

  it('keeps the tiny estate small', () => {
    const estate = generateEstate('tiny');
    expect(estate.counts.network.interfaces).toBeLessThan(200);
    expect(estate.counts.nodes).toBeLessThan(750);
  });
});
