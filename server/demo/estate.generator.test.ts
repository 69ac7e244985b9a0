/**
 * The estate generator: deterministic, about the promised size, unique where the schema demands it, every
 * property one the class table knows with the right kind, and every relationship allowed by the rule table.
 * The wiring (ports, cables, power, addresses) is checked in estate.wiring.test.ts; the large estate (3.2M
 * CIs, over a million interfaces) in estate.generator.slow.test.ts.
 */
import { ALL_CLASS_FIELDS, classSpec, COMMON_FIELDS, storedProperties } from '../../graph/model/classes';
import type { FieldSpec } from '../../graph/model/classes';
import { ENUMS, LIFECYCLE_STATES } from '../../graph/model/enums';
import {
  checkRelationship,
  checkRelationshipProperties,
  maxTargets,
  relationshipRule,
  RELATIONSHIP_RULES,
} from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { Executor } from '../../graph/platform/executor';
import { labelsFor } from '../../graph/items/items';
import { generateEstate } from './estate.generator';
import type { EstateSize, GeneratedEstate, StoredNode } from './estate.generator';
import { clearEstate, seedEstate } from './seed';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function allNodes(estate: GeneratedEstate): StoredNode[] {
  return [...estate.nodes.values()].flat();
}

function classById(estate: GeneratedEstate): Map<string, string> {
  return new Map(allNodes(estate).map((n) => [n.id as string, n.class as string]));
}

/** A plain, comparable picture of the whole estate. */
function snapshot(estate: GeneratedEstate): string {
  return JSON.stringify({
    ...estate,
    nodes: [...estate.nodes.entries()],
    relationships: [...estate.relationships.entries()],
  });
}

/** The first cycle found in a directed graph, or undefined (iterative DFS, so deep chains cannot overflow). */
function findCycle(edges: readonly { from: string; to: string }[]): string[] | undefined {
  const out = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  }
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const targets = out.get(top.node) ?? [];
      if (top.next < targets.length) {
        const target = targets[top.next++];
        const seen = state.get(target);
        if (seen === 1) return [...stack.map((s) => s.node), target];
        if (seen === undefined) {
          state.set(target, 1);
          stack.push({ node: target, next: 0 });
        }
      } else {
        state.set(top.node, 2);
        stack.pop();
      }
    }
  }
  return undefined;
}

function kindProblem(field: FieldSpec, property: string, value: unknown): string | undefined {
  const kind = field.kind;
  if (typeof kind === 'object') {
    return (ENUMS[kind.enum] as readonly string[]).includes(value as string) ? undefined : `not a ${kind.enum}`;
  }
  switch (kind) {
    case 'string':
      return typeof value === 'string' && value.length > 0 ? undefined : 'not a non-empty string';
    case 'int':
      return Number.isInteger(value) ? undefined : 'not an integer';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'not a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? undefined : 'not YYYY-MM-DD';
    case 'datetime':
      return typeof value === 'string' && ISO_INSTANT.test(value) ? undefined : 'not an ISO instant';
    case 'strings':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
        ? undefined
        : 'not a string list';
    case 'money':
      if (property.endsWith('Amount'))
        return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'amount not minor units';
      return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? undefined : 'not an ISO-4217 code';
  }
}

describe('generateEstate: determinism', () => {
  it('gives identical output, ids included, for the same size and seed', () => {
    expect(snapshot(generateEstate('small', 42))).toBe(snapshot(generateEstate('small', 42)));
    expect(snapshot(generateEstate('tiny'))).toBe(snapshot(generateEstate('tiny', 42)));
  });

  it('gives different output for a different seed', () => {
    const a = generateEstate('small', 42);
    const b = generateEstate('small', 7);
    expect(snapshot(a)).not.toBe(snapshot(b));
    const serials = (e: GeneratedEstate) => e.nodes.get('Server')!.map((n) => n.serialNumber);
    expect(serials(a)).not.toEqual(serials(b));
  });

  it('does not read the clock', () => {
    const spy = jest.spyOn(Date, 'now');
    const estate = generateEstate('tiny', 3);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(estate.asOf).toBe('2025-01-01T00:00:00.000Z');
  });

  it('refuses an unknown size', () => {
    expect(() => generateEstate('huge' as EstateSize)).toThrow(/unknown estate size huge/);
  });
});

describe('generateEstate: sizes', () => {
  it.each([
    // The wiring (ports, cables, power, addresses) is most of it: tiny has ~430 network CIs on ~160 others.
    ['tiny', 450, 750],
    ['small', 4_500, 8_000],
    ['medium', 65_000, 100_000],
  ] as const)('%s has about the promised number of CIs', (size, min, max) => {
    const estate = generateEstate(size);
    expect(estate.counts.nodes).toBeGreaterThanOrEqual(min);
    expect(estate.counts.nodes).toBeLessThanOrEqual(max);
    expect(estate.counts.nodes).toBe(allNodes(estate).length);
    expect(estate.counts.relationships).toBe([...estate.relationships.values()].reduce((n, l) => n + l.length, 0));
  });
});

describe.each(['tiny', 'small', 'medium'] as const)('generateEstate(%s)', (size) => {
  let estate: GeneratedEstate;
  let classes: Map<string, string>;

  beforeAll(() => {
    estate = generateEstate(size);
    classes = classById(estate);
  });

  it('has a list for every class and every relationship type', () => {
    for (const rule of RELATIONSHIP_RULES) expect(estate.relationships.has(rule.type)).toBe(true);
    for (const className of estate.nodes.keys()) expect(classSpec(className)).toBeDefined();
  });

  it('gives every CI a unique id and every hardware asset a unique asset tag and serial number', () => {
    const nodes = allNodes(estate);
    expect(classes.size).toBe(nodes.length);
    const hardware = nodes.filter((n) => classSpec(n.class as string)!.category === 'hardware');
    // Assets on order have neither yet; everything delivered has both.
    const delivered = hardware.filter((n) => n.lifecycleState !== 'ORDERED');
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.filter((n) => typeof n.assetTag !== 'string' || typeof n.serialNumber !== 'string')).toEqual([]);
    expect(hardware.filter((n) => n.lifecycleState === 'ORDERED' && (n.assetTag ?? n.serialNumber))).toEqual([]);
    expect(new Set(delivered.map((n) => n.assetTag)).size).toBe(delivered.length);
    expect(new Set(delivered.map((n) => n.serialNumber)).size).toBe(delivered.length);
  });

  it('gives names unique within the classes that are identified by name', () => {
    for (const [className, list] of estate.nodes) {
      const spec = classSpec(className)!;
      if (!spec.identifiedBy.some((rule) => rule.length === 1 && rule[0] === 'name')) continue;
      if (spec.identifiedWithin) continue; // unique within their owner: checked with the wiring
      if (className === 'Person') continue; // people are identified by email first; names may repeat
      const names = list.map((n) => n.name);
      expect({ className, duplicates: names.length - new Set(names).size }).toEqual({ className, duplicates: 0 });
    }
  });

  it('stores only common fields and the class fields, each of the right kind', () => {
    const problems: string[] = [];
    const common = new Set<string>(COMMON_FIELDS);
    for (const [className, list] of estate.nodes) {
      const allowed = new Map<string, FieldSpec>();
      for (const field of classSpec(className)!.fields) for (const p of storedProperties(field)) allowed.set(p, field);
      for (const node of list) {
        if (node.class !== className)
          problems.push(`${String(node.id)} has class ${String(node.class)} in the ${className} list`);
        for (const [key, value] of Object.entries(node)) {
          if (value === null || value === undefined) problems.push(`${String(node.id)}.${key} is ${String(value)}`);
          if (common.has(key)) continue;
          const field = allowed.get(key);
          if (!field) {
            problems.push(
              `${String(node.id)}: ${key} is not a ${className} field${ALL_CLASS_FIELDS.has(key) ? ' (another class has it)' : ''}`,
            );
            continue;
          }
          const problem = kindProblem(field, key, value);
          if (problem) problems.push(`${String(node.id)}.${key} = ${JSON.stringify(value)}: ${problem}`);
        }
        if (node.version !== 1) problems.push(`${String(node.id)} is not at version 1`);
        if (typeof node.name !== 'string' || node.name.length === 0) problems.push(`${String(node.id)} has no name`);
        if (!(LIFECYCLE_STATES as readonly string[]).includes(node.lifecycleState as string)) {
          problems.push(`${String(node.id)} has lifecycle state ${String(node.lifecycleState)}`);
        }
        const expectedStatus = node.lifecycleState === 'DEPLOYED' ? 'OPERATIONAL' : 'UNKNOWN';
        if (node.operationalStatus !== expectedStatus)
          problems.push(`${String(node.id)} is ${String(node.operationalStatus)}`);
        if (!ISO_INSTANT.test(node.createdAt as string) || !ISO_INSTANT.test(node.updatedAt as string)) {
          problems.push(`${String(node.id)} has bad timestamps`);
        }
        if ((node.createdAt as string) > (node.updatedAt as string) || (node.updatedAt as string) > estate.asOf) {
          problems.push(`${String(node.id)} was created ${String(node.createdAt)}, updated ${String(node.updatedAt)}`);
        }
        if (typeof node.attributes !== 'string' || typeof JSON.parse(node.attributes) !== 'object') {
          problems.push(`${String(node.id)} has attributes ${String(node.attributes)}`);
        }
        if (node.tags !== undefined && !(Array.isArray(node.tags) && node.tags.length > 0))
          problems.push(`${String(node.id)} has empty tags`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('makes only relationships the rule table allows, between CIs that exist, each once', () => {
    const problems: string[] = [];
    for (const [type, list] of estate.relationships) {
      const seen = new Set<string>();
      for (const rel of list) {
        const fromClass = classes.get(rel.from);
        const toClass = classes.get(rel.to);
        if (!fromClass || !toClass) {
          problems.push(`${type} ${rel.from} -> ${rel.to}: missing end`);
          continue;
        }
        const broken = checkRelationship(type, fromClass, toClass, rel.from === rel.to);
        if (broken) problems.push(`${type} ${rel.from} -> ${rel.to}: ${broken.reason}`);
        const key = `${rel.from}|${rel.to}`;
        if (seen.has(key)) problems.push(`${type} ${rel.from} -> ${rel.to} twice`);
        seen.add(key);
        const rule = relationshipRule(type)!;
        const known = [...(rule.knownProperties ?? []), ...Object.keys(rule.requiredProperties ?? {})];
        const badProperty = checkRelationshipProperties(rule, rel.properties ?? {});
        if (badProperty) problems.push(`${type} ${rel.from} -> ${rel.to}: ${badProperty.reason}`);
        for (const property of Object.keys(rel.properties ?? {})) {
          if (!known.includes(property))
            problems.push(`${type} ${rel.from} -> ${rel.to} has unknown property ${property}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('keeps every source within its maximum number of targets', () => {
    const problems: string[] = [];
    for (const [type, list] of estate.relationships) {
      const rule = relationshipRule(type)!;
      const targets = new Map<string, number>();
      for (const rel of list) targets.set(rel.from, (targets.get(rel.from) ?? 0) + 1);
      for (const [from, count] of targets) {
        const max = maxTargets(rule, classes.get(from)!);
        if (max !== undefined && count > max) problems.push(`${from} has ${count} ${type} (max ${max})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no cycles in the acyclic types, nor in DEPENDS_ON and CONNECTED_TO', () => {
    for (const [type, list] of estate.relationships) {
      expect({ type, cycle: findCycle(list) }).toEqual({ type, cycle: undefined });
    }
  });

  it('gives every VM and software installation exactly one host', () => {
    const hosts = new Map<string, number>();
    for (const rel of estate.relationships.get('RUNS_ON')!) hosts.set(rel.from, (hosts.get(rel.from) ?? 0) + 1);
    const problems: string[] = [];
    for (const className of ['VirtualMachine', 'SoftwareInstallation', 'Application', 'Database']) {
      const exactlyOne = className === 'VirtualMachine' || className === 'SoftwareInstallation';
      for (const node of estate.nodes.get(className)!) {
        const count = hosts.get(node.id as string) ?? 0;
        if (exactlyOne ? count !== 1 : count < 1) problems.push(`${String(node.id)} runs on ${count} hosts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every service, application and server exactly one owner', () => {
    const owners = new Map<string, number>();
    for (const rel of estate.relationships.get('OWNED_BY')!) owners.set(rel.from, (owners.get(rel.from) ?? 0) + 1);
    const problems: string[] = [];
    for (const className of [
      'BusinessService',
      'TechnicalService',
      'Application',
      'Server',
      'Database',
      'NetworkDevice',
    ]) {
      for (const node of estate.nodes.get(className)!) {
        const count = owners.get(node.id as string) ?? 0;
        if (count !== 1) problems.push(`${String(node.id)} has ${count} owners`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('models redundancy with clusters: core pairs need one member, hypervisor clusters all but one', () => {
    const members = new Map<string, string[]>();
    for (const rel of estate.relationships.get('MEMBER_OF')!)
      members.set(rel.to, [...(members.get(rel.to) ?? []), rel.from]);
    const clusters = new Map(estate.nodes.get('Cluster')!.map((c) => [c.id as string, c]));
    expect(estate.coreClusterIds).toHaveLength(estate.siteIds.length);
    for (const id of estate.coreClusterIds) {
      expect(clusters.get(id)!.minHealthyMembers).toBe(1);
      expect(members.get(id)!.sort()).toEqual(
        estate.coreSwitchIds.filter((s) => s.startsWith(id.replace('cl-core-', 'sw-core-'))).sort(),
      );
    }
    const problems: string[] = [];
    for (const cluster of clusters.values()) {
      const n = members.get(cluster.id as string)?.length ?? 0;
      const expected = cluster.clusterType === 'hypervisor' ? n - 1 : 1;
      if (n < 2 || cluster.minHealthyMembers !== expected) {
        problems.push(`${String(cluster.id)} has ${n} members and needs ${String(cluster.minHealthyMembers)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets every business service reach a server through DEPENDS_ON, RUNS_ON and MEMBER_OF', () => {
    const next = new Map<string, string[]>();
    const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
    for (const type of ['DEPENDS_ON', 'RUNS_ON'] as RelationshipType[]) {
      for (const rel of estate.relationships.get(type)!) link(rel.from, rel.to);
    }
    // A cluster is carried by its members: walk MEMBER_OF both ways.
    for (const rel of estate.relationships.get('MEMBER_OF')!) {
      link(rel.from, rel.to);
      link(rel.to, rel.from);
    }
    const unreached: string[] = [];
    for (const id of estate.businessServiceIds) {
      const seen = new Set([id]);
      const queue = [id];
      let found = false;
      while (queue.length > 0 && !found) {
        for (const target of next.get(queue.shift()!) ?? []) {
          if (classes.get(target) === 'Server') found = true;
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }
      if (!found) unreached.push(id);
    }
    expect(estate.businessServiceIds.length).toBeGreaterThan(0);
    expect(unreached).toEqual([]);
  });

  it('lays locations out region → site → building → room → rack, and puts racked hardware in racks', () => {
    const kind = new Map(estate.nodes.get('Location')!.map((l) => [l.id as string, l.locationKind as string]));
    const order = ['REGION', 'SITE', 'BUILDING', 'ROOM', 'RACK'];
    const problems: string[] = [];
    for (const rel of estate.relationships.get('LOCATED_IN')!) {
      const fromKind = kind.get(rel.from);
      if (fromKind && kind.get(rel.to) !== order[order.indexOf(fromKind) - 1])
        problems.push(`${rel.from} is in ${rel.to}`);
    }
    const located = new Set(estate.relationships.get('LOCATED_IN')!.map((r) => r.from));
    for (const [id, k] of kind) if (k !== 'REGION' && !located.has(id)) problems.push(`${id} is nowhere`);
    for (const className of ['Server', 'NetworkDevice', 'StorageDevice', 'EndUserDevice']) {
      for (const node of estate.nodes.get(className)!) {
        // Assets on order have not arrived and disposed ones have left: those are nowhere.
        const placed = node.lifecycleState !== 'ORDERED' && node.lifecycleState !== 'DISPOSED';
        if (located.has(node.id as string) !== placed)
          problems.push(`${String(node.id)} (${String(node.lifecycleState)})`);
      }
    }
    expect(problems).toEqual([]);
    const racked = estate.relationships
      .get('LOCATED_IN')!
      .filter((r) => classes.get(r.from) === 'Server' && kind.get(r.to) === 'RACK');
    expect(racked.length).toBeGreaterThan(0);
  });

  it('wires the network: top-of-rack to distribution to core, servers to their top-of-rack switch', () => {
    const role = new Map(estate.nodes.get('NetworkDevice')!.map((d) => [d.id as string, d.role as string]));
    const up = new Map<string, string[]>();
    for (const rel of estate.relationships.get('CONNECTED_TO')!)
      up.set(rel.from, [...(up.get(rel.from) ?? []), rel.to]);
    const tor = estate.sampleTorSwitchId;
    expect(role.get(tor)).toBe('TOR_SWITCH');
    const dist = up.get(tor)!;
    expect(dist).toHaveLength(1);
    const cores = up.get(dist[0])!;
    expect(cores).toHaveLength(2);
    for (const core of cores) expect(estate.coreSwitchIds).toContain(core);
    const servers = [...up].filter(([from, to]) => classes.get(from) === 'Server' && to.includes(tor));
    expect(servers.length).toBeGreaterThan(0);
  });

  it('names well-known ids of the right classes', () => {
    const expectClass = (id: string, className: string) => expect([id, classes.get(id)]).toEqual([id, className]);
    expectClass(estate.sampleServerId, 'Server');
    expectClass(estate.sampleClusterId, 'Cluster');
    expectClass(estate.sampleVmId, 'VirtualMachine');
    expectClass(estate.sampleApplicationId, 'Application');
    expectClass(estate.sampleDatabaseId, 'Database');
    expectClass(estate.sampleBusinessServiceId, 'BusinessService');
    expectClass(estate.sampleTorSwitchId, 'NetworkDevice');
    expectClass(estate.sampleRackId, 'Location');
    for (const id of estate.coreSwitchIds) expectClass(id, 'NetworkDevice');
    for (const id of estate.siteIds) expectClass(id, 'Location');
    for (const id of estate.regionIds) expectClass(id, 'Location');
    for (const id of estate.businessServiceIds) expectClass(id, 'BusinessService');
    for (const id of estate.technicalServiceIds) expectClass(id, 'TechnicalService');
    expect(estate.coreSwitchIds).toHaveLength(2 * estate.siteIds.length);
    const runsOn = estate.relationships.get('RUNS_ON')!;
    expect(runsOn).toContainEqual({ from: estate.sampleApplicationId, to: estate.sampleVmId });
    expect(estate.relationships.get('MEMBER_OF')).toContainEqual({
      from: estate.sampleServerId,
      to: estate.sampleClusterId,
    });
    expect(runsOn.some((r) => r.to === estate.sampleClusterId)).toBe(true);
  });

  it('mixes lifecycle states on hardware, each with the details its state implies', () => {
    const hardware = ['Server', 'NetworkDevice', 'StorageDevice', 'EndUserDevice'].flatMap((c) => estate.nodes.get(c)!);
    const states = new Set(hardware.map((n) => n.lifecycleState));
    for (const state of ['ORDERED', 'IN_STOCK', 'DEPLOYED', 'RETIRED', 'DISPOSED'])
      expect([state, states.has(state)]).toEqual([state, true]);
    const problems: string[] = [];
    const day = estate.asOf.slice(0, 10);
    for (const n of hardware) {
      const id = String(n.id);
      const state = n.lifecycleState as string;
      const gone = state === 'RETIRED' || state === 'DISPOSED';
      if ((n.receivedDate === undefined) !== (state === 'ORDERED')) problems.push(`${id} ${state} receivedDate`);
      if (
        n.receivedDate !== undefined &&
        !((n.purchaseDate as string) <= (n.receivedDate as string) && (n.receivedDate as string) <= day)
      ) {
        problems.push(`${id} bought ${String(n.purchaseDate)}, received ${String(n.receivedDate)}`);
      }
      if ((n.retiredDate !== undefined) !== gone || (n.retirementReason !== undefined) !== gone)
        problems.push(`${id} ${state} retirement`);
      if (gone && !((n.receivedDate as string) < (n.retiredDate as string)))
        problems.push(`${id} retired before it arrived`);
      const disposal = [n.disposedDate, n.disposalMethod, n.sanitisationMethod, n.disposalCertificate];
      if (disposal.some((v) => (v !== undefined) !== (state === 'DISPOSED')))
        problems.push(`${id} ${state} disposal details`);
      if (state === 'DISPOSED' && n.sanitisationMethod === 'NONE') problems.push(`${id} disposed unsanitised`);
      if (n.salvageValueAmount !== undefined && (n.salvageValueAmount as number) > (n.purchaseCostAmount as number)) {
        problems.push(`${id} salvage above cost`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('leaves nothing in service needing hardware that is out of service', () => {
    const state = new Map(allNodes(estate).map((n) => [n.id as string, n.lifecycleState as string]));
    const inService = (id: string) => state.get(id) === 'DEPLOYED' || state.get(id) === 'IN_MAINTENANCE';
    const problems: string[] = [];
    for (const type of ['DEPENDS_ON', 'RUNS_ON', 'MEMBER_OF', 'CONNECTED_TO', 'LOCATED_IN'] as RelationshipType[]) {
      for (const rel of estate.relationships.get(type)!) {
        if (inService(rel.from) && !inService(rel.to))
          problems.push(`${rel.from} ${type} ${rel.to} (${String(state.get(rel.to))})`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('seedEstate (query shape, against a recording executor)', () => {
  /**
   * Records each write transaction's queries; answers `created` with the batch size, `deleted` from a script.
   * The new epoch a bulk write starts (so caches kept from the change log start over) is recorded apart.
   */
  function recorder(deletedPerPass: number[] = []) {
    const calls: { op: string; query: string; rows: number }[] = [];
    const epochs: string[] = [];
    const db = {
      writeTx: async (
        op: string,
        work: (tx: {
          run: (q: string, p?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
        }) => Promise<unknown>,
      ) =>
        work({
          run: async (query, params = {}) => {
            if (op === 'seed.epoch') {
              epochs.push(query);
              return [];
            }
            const rows = (params.rows as unknown[] | undefined)?.length ?? 0;
            calls.push({ op, query, rows });
            return [{ created: rows, deleted: deletedPerPass.shift() ?? 0 }];
          },
        }),
    };
    return { db: db as unknown as Executor, calls, epochs };
  }

  it('writes one query per batch per class, then per relationship type, and reports progress', async () => {
    const estate = generateEstate('tiny');
    const { db, calls, epochs } = recorder();
    const progress: number[] = [];
    const result = await seedEstate(db, estate, { batchSize: 10, onProgress: (done) => progress.push(done) });
    expect(result.nodes).toBe(estate.counts.nodes);
    expect(result.relationships).toBe(estate.counts.relationships);
    // Components are written with their COMPONENT_OF in one statement, so that type has no batches of its own.
    const expectedBatches =
      [...estate.nodes.values()].reduce((n, rows) => n + Math.ceil(rows.length / 10), 0) +
      [...estate.relationships]
        .filter(([type]) => type !== 'COMPONENT_OF')
        .reduce((n, [, rows]) => n + Math.ceil(rows.length / 10), 0);
    expect(calls).toHaveLength(expectedBatches);
    expect(calls.every((c) => c.rows > 0 && c.rows <= 10)).toBe(true);
    expect(progress[progress.length - 1]).toBe(estate.counts.nodes + estate.counts.relationships);
    expect(calls[0].query).toBe(
      `UNWIND $rows AS row CREATE (n${labelsFor('Server')}) SET n = row RETURN count(n) AS created`,
    );
    expect(
      calls.some((c) => c.query.includes('CREATE (a)-[r:DEPENDS_ON]->(b) SET r = coalesce(row.properties, {})')),
    ).toBe(true);
    expect(calls.filter((c) => c.op === 'seed.components').map((c) => c.query)).toContain(
      `UNWIND $rows AS row MATCH (o:CI {id: row.owner}) CREATE (n${labelsFor('Interface')}) SET n = row.node CREATE (n)-[:COMPONENT_OF]->(o) RETURN count(n) AS created`,
    );
    expect(calls.some((c) => c.query.includes('[r:COMPONENT_OF]'))).toBe(false);
    expect(epochs).toEqual(["MATCH (s:Sequence {name: 'change'}) SET s.epoch = randomUUID()"]);
  });

  it('refuses a relationship type the rule table does not know', async () => {
    const estate = generateEstate('tiny');
    estate.relationships.set('HACKED]->(x) DETACH DELETE x //' as RelationshipType, [{ from: 'a', to: 'b' }]);
    await expect(seedEstate(recorder().db, estate)).rejects.toThrow(/which the rule table does not know/);
  });

  it('fails loudly when relationship ends are missing', async () => {
    // Every relationship batch "finds" one end fewer than it asked for.
    const short = {
      writeTx: async (_op: string, work: (tx: unknown) => Promise<unknown>) =>
        work({
          run: async (query: string, params?: { rows: unknown[] }) => [
            { created: (params?.rows.length ?? 0) - (query.includes('UNWIND') && query.includes('MATCH') ? 1 : 0) },
          ],
        }),
    } as unknown as Executor;
    await expect(seedEstate(short, generateEstate('tiny'))).rejects.toThrow(
      /seeding (DEPENDS_ON relationships|Interface components): created \d+ of/,
    );
  });

  it('clears CIs, then Change records, batch by batch until nothing is left', async () => {
    const { db, calls, epochs } = recorder([10_000, 123, 0, 5, 0]);
    expect(await clearEstate(db)).toEqual({ nodes: 10_123, changes: 5 });
    expect(epochs).toHaveLength(1);
    expect(calls.map((c) => c.query.split(' ')[1])).toEqual(['(n:CI)', '(n:CI)', '(n:CI)', '(c:Change)', '(c:Change)']);
  });
});
