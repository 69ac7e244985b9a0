/**
 * The impact engine on a table of small graphs with hand-worked answers,
 * and a property: the lazy walk (which only loads what can be hit) agrees
 * with evaluating the whole graph at once, whatever the graph.
 */
import fc from 'fast-check';
import { ImpactEvaluation } from './impact.engine';
import type { Baseline } from './impact.engine';
import { buildGraph } from './impact.fixtures';
import type { FixtureNode } from './impact.fixtures';
import { MemorySource, traverse } from './impact.traversal';
import { IMPACT_RULES } from './impact.rules';

interface Case {
  name: string;
  edges: string[];
  nodes?: Record<string, FixtureNode>;
  failed: string[];
  baseline?: Baseline;
  maxDepth?: number;
  /** Every CI hit besides the failed ones, with its state and distance. */
  hit: Record<string, [state: 'DOWN' | 'DEGRADED', distance: number]>;
  /** Some explaining paths, as ids from the hit CI back to a failed one. */
  paths?: Record<string, string>;
  truncated?: boolean;
}

const CASES: Case[] = [
  {
    name: 'a chain of DEPENDS_ON fails link by link',
    edges: ['svc DEPENDS_ON app', 'app DEPENDS_ON db'],
    failed: ['db'],
    hit: { app: ['DOWN', 1], svc: ['DOWN', 2] },
    paths: { svc: 'svc app db' },
  },
  {
    name: 'a DEPENDS_ON cycle terminates and reports each CI once',
    edges: ['app-a DEPENDS_ON app-b', 'app-b DEPENDS_ON app-c', 'app-c DEPENDS_ON app-a', 'svc DEPENDS_ON app-b'],
    failed: ['app-a'],
    hit: { 'app-c': ['DOWN', 1], 'app-b': ['DOWN', 2], svc: ['DOWN', 3] },
    paths: { svc: 'svc app-b app-c app-a' },
  },
  {
    name: 'a diamond is reached once, by the shortest path (ties to the smaller id)',
    edges: [
      'svc DEPENDS_ON app-1',
      'svc DEPENDS_ON app-2',
      'app-1 DEPENDS_ON db',
      'app-2 DEPENDS_ON db',
      'svc DEPENDS_ON db',
    ],
    failed: ['db'],
    hit: { 'app-1': ['DOWN', 1], 'app-2': ['DOWN', 1], svc: ['DOWN', 1] },
    paths: { svc: 'svc db' },
  },
  {
    name: 'a deeper diamond takes the path through the smaller id',
    edges: ['svc DEPENDS_ON app-2', 'svc DEPENDS_ON app-1', 'app-1 DEPENDS_ON db', 'app-2 DEPENDS_ON db'],
    failed: ['db'],
    hit: { 'app-1': ['DOWN', 1], 'app-2': ['DOWN', 1], svc: ['DOWN', 2] },
    paths: { svc: 'svc app-1 db' },
  },
  {
    name: 'an application on two VMs behind a load balancer is DEGRADED when one VM fails',
    edges: ['svc DEPENDS_ON app', 'app RUNS_ON vm-1', 'app RUNS_ON vm-2', 'app DEPENDS_ON cl-lb'],
    failed: ['vm-1'],
    hit: { app: ['DEGRADED', 1], svc: ['DEGRADED', 2] },
  },
  {
    name: 'the same application is DOWN when both VMs fail',
    edges: ['svc DEPENDS_ON app', 'app RUNS_ON vm-1', 'app RUNS_ON vm-2', 'app DEPENDS_ON cl-lb'],
    failed: ['vm-1', 'vm-2'],
    hit: { app: ['DOWN', 1], svc: ['DOWN', 2] },
  },
  {
    name: 'the same application is DOWN when its load balancer fails',
    edges: ['svc DEPENDS_ON app', 'app RUNS_ON vm-1', 'app RUNS_ON vm-2', 'app DEPENDS_ON cl-lb'],
    failed: ['cl-lb'],
    hit: { app: ['DOWN', 1], svc: ['DOWN', 2] },
  },
  {
    name: 'a cluster that can spare a member is DEGRADED, and so is what runs on it',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'srv-3 MEMBER_OF cl', 'vm RUNS_ON cl', 'app RUNS_ON vm'],
    nodes: { cl: { minHealthyMembers: 2 } },
    failed: ['srv-1'],
    hit: { cl: ['DEGRADED', 1], vm: ['DEGRADED', 2], app: ['DEGRADED', 3] },
    paths: { app: 'app vm cl srv-1' },
  },
  {
    name: 'a cluster that loses more members than it can spare is DOWN',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'srv-3 MEMBER_OF cl', 'vm RUNS_ON cl', 'app RUNS_ON vm'],
    nodes: { cl: { minHealthyMembers: 2 } },
    failed: ['srv-1', 'srv-2'],
    hit: { cl: ['DOWN', 1], vm: ['DOWN', 2], app: ['DOWN', 3] },
  },
  {
    name: 'a cluster without minHealthyMembers needs one member',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'svc DEPENDS_ON cl'],
    failed: ['srv-1'],
    hit: { cl: ['DEGRADED', 1], svc: ['DEGRADED', 2] },
  },
  {
    name: 'a cluster without minHealthyMembers is DOWN with no member left',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'svc DEPENDS_ON cl'],
    failed: ['srv-1', 'srv-2'],
    hit: { cl: ['DOWN', 1], svc: ['DOWN', 2] },
  },
  {
    name: 'a dual-homed switch losing one uplink is DEGRADED, and that stops there',
    edges: [
      'sw-dist CONNECTED_TO sw-core-a',
      'sw-dist CONNECTED_TO sw-core-b',
      'sw-tor CONNECTED_TO sw-dist',
      'srv CONNECTED_TO sw-tor',
    ],
    failed: ['sw-core-a'],
    hit: { 'sw-dist': ['DEGRADED', 1] },
  },
  {
    name: 'both uplinks gone take the whole path down',
    edges: [
      'sw-dist CONNECTED_TO sw-core-a',
      'sw-dist CONNECTED_TO sw-core-b',
      'sw-tor CONNECTED_TO sw-dist',
      'srv CONNECTED_TO sw-tor',
    ],
    failed: ['sw-core-a', 'sw-core-b'],
    hit: { 'sw-dist': ['DOWN', 1], 'sw-tor': ['DOWN', 2], srv: ['DOWN', 3] },
  },
  {
    name: 'a network and a switch are not alternatives: losing the only switch downs the server',
    edges: ['srv CONNECTED_TO sw-tor', 'srv CONNECTED_TO net'],
    failed: ['sw-tor'],
    hit: { srv: ['DOWN', 1] },
  },
  {
    name: 'a site outage goes down the LOCATED_IN chain and up through what runs there',
    edges: [
      'loc-building LOCATED_IN loc-site',
      'loc-room LOCATED_IN loc-building',
      'loc-rack LOCATED_IN loc-room',
      'srv LOCATED_IN loc-rack',
      'vm RUNS_ON srv',
      'app RUNS_ON vm',
      'svc DEPENDS_ON app',
    ],
    failed: ['loc-site'],
    hit: {
      'loc-building': ['DOWN', 1],
      'loc-room': ['DOWN', 2],
      'loc-rack': ['DOWN', 3],
      srv: ['DOWN', 4],
      vm: ['DOWN', 5],
      app: ['DOWN', 6],
      svc: ['DOWN', 7],
    },
    paths: { svc: 'svc app vm srv loc-rack loc-room loc-building loc-site' },
  },
  {
    name: 'an application paired across two sites survives one site (DEGRADED)',
    edges: [
      'srv-1 LOCATED_IN loc-site-1',
      'srv-2 LOCATED_IN loc-site-2',
      'vm-1 RUNS_ON srv-1',
      'vm-2 RUNS_ON srv-2',
      'app RUNS_ON vm-1',
      'app RUNS_ON vm-2',
    ],
    failed: ['loc-site-1'],
    hit: { 'srv-1': ['DOWN', 1], 'vm-1': ['DOWN', 2], app: ['DEGRADED', 3] },
  },
  {
    name: 'mixed redundancy: a cluster going down takes one of two hosts of an application',
    edges: [
      'srv-1 MEMBER_OF cl',
      'srv-2 MEMBER_OF cl',
      'vm-1 RUNS_ON cl',
      'vm-2 RUNS_ON srv-3',
      'app RUNS_ON vm-1',
      'app RUNS_ON vm-2',
    ],
    nodes: { cl: { minHealthyMembers: 2 } },
    failed: ['srv-1'],
    hit: { cl: ['DOWN', 1], 'vm-1': ['DOWN', 2], app: ['DEGRADED', 3] },
  },
  {
    name: 'a degraded member does not degrade its cluster',
    edges: ['srv-1 CONNECTED_TO sw-a', 'srv-1 CONNECTED_TO sw-b', 'srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl'],
    failed: ['sw-a'],
    hit: { 'srv-1': ['DEGRADED', 1] },
  },
  {
    name: 'a degraded dependency degrades through DEPENDS_ON and PART_OF',
    edges: [
      'db-1 MEMBER_OF cl-db',
      'db-2 MEMBER_OF cl-db',
      'app DEPENDS_ON cl-db',
      'svc-part DEPENDS_ON app',
      'svc-part PART_OF svc',
    ],
    failed: ['db-1'],
    hit: { 'cl-db': ['DEGRADED', 1], app: ['DEGRADED', 2], 'svc-part': ['DEGRADED', 3], svc: ['DEGRADED', 4] },
  },
  {
    name: 'one part of a service DOWN degrades the whole; the whole failing does not fail its parts',
    edges: [
      'svc-card PART_OF svc-pay',
      'svc-sepa PART_OF svc-pay',
      'svc-pay PART_OF svc-bank',
      'app DEPENDS_ON svc-card',
    ],
    failed: ['svc-card'],
    hit: { app: ['DOWN', 1], 'svc-pay': ['DEGRADED', 1], 'svc-bank': ['DEGRADED', 2] },
  },
  {
    name: 'every part DOWN takes the whole down',
    edges: ['svc-card PART_OF svc-pay', 'svc-sepa PART_OF svc-pay', 'svc-pay PART_OF svc-bank'],
    failed: ['svc-card', 'svc-sepa'],
    hit: { 'svc-pay': ['DOWN', 1], 'svc-bank': ['DOWN', 2] },
  },
  {
    name: 'a whole service failing does not fail its parts',
    edges: ['svc-card PART_OF svc-pay', 'svc-sepa PART_OF svc-pay'],
    failed: ['svc-pay'],
    hit: {},
  },
  {
    name: 'a DOWN input outweighs a DEGRADED one',
    edges: ['app DEPENDS_ON db', 'app RUNS_ON vm-1', 'app RUNS_ON vm-2'],
    failed: ['vm-1', 'db'],
    hit: { app: ['DOWN', 1] },
  },
  {
    name: 'with reported statuses, a member already DOWN makes the next failure take the cluster down',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'svc DEPENDS_ON cl'],
    nodes: { 'srv-2': { status: 'DOWN' } },
    baseline: 'REPORTED',
    failed: ['srv-1'],
    hit: { cl: ['DOWN', 1], svc: ['DOWN', 2] },
  },
  {
    name: 'assuming a healthy estate, the same failure only degrades the cluster',
    edges: ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'svc DEPENDS_ON cl'],
    nodes: { 'srv-2': { status: 'DOWN' } },
    baseline: 'HEALTHY',
    failed: ['srv-1'],
    hit: { cl: ['DEGRADED', 1], svc: ['DEGRADED', 2] },
  },
  {
    name: 'maxDepth stops the walk and says so',
    edges: ['app-1 DEPENDS_ON db', 'app-2 DEPENDS_ON app-1', 'app-3 DEPENDS_ON app-2', 'app-4 DEPENDS_ON app-3'],
    failed: ['db'],
    maxDepth: 2,
    hit: { 'app-1': ['DOWN', 1], 'app-2': ['DOWN', 2] },
    truncated: true,
  },
  {
    name: 'maxDepth exactly at the end of the chain is not a truncation',
    edges: ['app-1 DEPENDS_ON db', 'app-2 DEPENDS_ON app-1'],
    failed: ['db'],
    maxDepth: 2,
    hit: { 'app-1': ['DOWN', 1], 'app-2': ['DOWN', 2] },
    truncated: false,
  },
  {
    name: 'relationships that do not propagate are not followed',
    edges: ['app DEPENDS_ON db'],
    failed: ['app'],
    hit: {},
  },
];

describe('impact engine on small graphs', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const graph = buildGraph(c.edges, c.nodes);
    const result = await traverse(new MemorySource(graph), c.failed, {
      maxDepth: c.maxDepth ?? 10,
      baseline: c.baseline ?? 'HEALTHY',
    });
    const got = Object.fromEntries(result.hit.filter((h) => h.distance > 0).map((h) => [h.id, [h.state, h.distance]]));
    expect(got).toEqual(c.hit);
    expect(
      result.hit
        .filter((h) => h.distance === 0)
        .map((h) => h.id)
        .sort(),
    ).toEqual([...c.failed].sort());
    expect(new Set(result.hit.map((h) => h.id)).size).toBe(result.hit.length);
    for (const [id, path] of Object.entries(c.paths ?? {})) {
      expect(
        result.hit
          .find((h) => h.id === id)
          ?.path.map((s) => s.id)
          .join(' '),
      ).toBe(path);
    }
    if (c.truncated !== undefined) expect(result.truncated).toBe(c.truncated);
  });

  it('names the relationship along each step of a path, and none on the failed CI', async () => {
    const graph = buildGraph(['srv-1 MEMBER_OF cl', 'vm RUNS_ON cl', 'app RUNS_ON vm']);
    const result = await traverse(new MemorySource(graph), ['srv-1'], { maxDepth: 10, baseline: 'HEALTHY' });
    expect(result.hit.find((h) => h.id === 'app')?.path).toEqual([
      { id: 'app', via: 'RUNS_ON' },
      { id: 'vm', via: 'RUNS_ON' },
      { id: 'cl', via: 'MEMBER_OF' },
      { id: 'srv-1', via: null },
    ]);
  });

  it('reports unknown and duplicate failed ids instead of failing', async () => {
    const graph = buildGraph(['app DEPENDS_ON db']);
    const result = await traverse(new MemorySource(graph), ['db', 'ghost', 'db'], {
      maxDepth: 10,
      baseline: 'HEALTHY',
    });
    expect(result.failed).toEqual(['db']);
    expect(result.unknownIds).toEqual(['ghost']);
    expect(result.duplicateIds).toEqual(['db']);
    expect(result.hit.map((h) => h.id)).toEqual(['db', 'app']);
  });

  it('switches to loading the whole reachable set when a round would expand too many CIs', async () => {
    const edges = Array.from({ length: 30 }, (_, i) => `app-${i} DEPENDS_ON db`);
    edges.push('svc DEPENDS_ON app-7');
    const source = new MemorySource(buildGraph(edges));
    const loads: string[] = [];
    const spy = {
      load: (ids: readonly string[]) => source.load(ids),
      receivers: (e: Parameters<MemorySource['receivers']>[0], k: ReadonlySet<string>) => {
        loads.push(`receivers of ${e.length}`);
        return source.receivers(e, k);
      },
      hasReceivers: (e: Parameters<MemorySource['hasReceivers']>[0]) => source.hasReceivers(e),
      reachable: (ids: readonly string[], depth: number, k: ReadonlySet<string>) => {
        loads.push(`reachable from ${ids.join(',')} within ${depth}`);
        return source.reachable(ids, depth, k);
      },
    };
    const result = await traverse(spy, ['db'], { maxDepth: 10, baseline: 'HEALTHY', lazyLimit: 10 });
    expect(loads).toEqual(['receivers of 1', 'reachable from db within 10']);
    expect(result.hit).toHaveLength(32);
    expect(result.hit.find((h) => h.id === 'svc')).toMatchObject({ state: 'DOWN', distance: 2 });
  });

  it('says a walk loaded in one go was cut short at maxDepth (regression: it said it was not)', async () => {
    const graph = buildGraph(['app-1 DEPENDS_ON db', 'app-2 DEPENDS_ON app-1', 'app-3 DEPENDS_ON app-2']);
    const cut = await traverse(new MemorySource(graph), ['db'], { maxDepth: 2, baseline: 'HEALTHY', lazyLimit: 0 });
    expect(cut.hit.map((h) => h.id)).toEqual(['db', 'app-1', 'app-2']);
    expect(cut.truncated).toBe(true);
    const whole = await traverse(new MemorySource(graph), ['db'], { maxDepth: 3, baseline: 'HEALTHY', lazyLimit: 0 });
    expect(whole.truncated).toBe(false);
  });

  it('loads only what can be hit: a degraded switch is not followed along CONNECTED_TO', async () => {
    const edges = ['sw-dist CONNECTED_TO sw-core-a', 'sw-dist CONNECTED_TO sw-core-b'];
    for (let i = 0; i < 50; i++) edges.push(`sw-tor-${i} CONNECTED_TO sw-dist`, `srv-${i} CONNECTED_TO sw-tor-${i}`);
    const result = await traverse(new MemorySource(buildGraph(edges)), ['sw-core-a'], {
      maxDepth: 10,
      baseline: 'HEALTHY',
    });
    expect(result.hit.map((h) => h.id)).toEqual(['sw-core-a', 'sw-dist']);
    expect(result.loaded).toBe(2);
  });
});

describe('impact engine properties', () => {
  const TYPES = IMPACT_RULES.map((r) => r.type);
  const ID = fc.integer({ min: 0, max: 11 }).map((i) => `n${i}`);
  const graphs = fc.record({
    edges: fc.array(fc.tuple(ID, fc.constantFrom(...TYPES), ID), { maxLength: 30 }),
    mins: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
    classes: fc.array(fc.constantFrom('Server', 'Network', 'Cluster'), { minLength: 12, maxLength: 12 }),
    failed: fc.array(ID, { minLength: 1, maxLength: 3 }),
  });

  it.each([
    ['round by round', Number.POSITIVE_INFINITY, 100],
    ['in one load of the reachable set', 0, 100],
    ['without a depth limit', Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  ])(
    'the walk (%s) finds exactly the CIs that evaluating the whole graph hits, in the same states',
    async (_how, lazyLimit, maxDepth) => {
      await fc.assert(
        fc.asyncProperty(graphs, async ({ edges, mins, classes, failed }) => {
          const lines = edges.filter(([a, , b]) => a !== b).map(([a, t, b]) => `${a} ${t} ${b}`);
          const specs = Object.fromEntries(
            Array.from({ length: 12 }, (_, i) => [`n${i}`, { minHealthyMembers: mins[i], class: classes[i] }]),
          );
          const graph = buildGraph(lines, specs);
          const lazy = await traverse(new MemorySource(graph), failed, {
            maxDepth,
            baseline: 'HEALTHY',
            lazyLimit,
          });

          const eager = new ImpactEvaluation(
            failed.filter((id) => graph.has(id)),
            'HEALTHY',
          );
          eager.add(graph.values());
          const eagerHit = [...eager.paths()].map(([id, f]) => [id, eager.state(id), f.distance]);
          expect(lazy.hit.map((h) => [h.id, h.state, h.distance]).sort()).toEqual(eagerHit.sort());
          // Every CI in a bad state is explained by a path from a failed CI.
          for (const node of graph.values()) {
            if (eager.state(node.id) !== 'OK') expect(lazy.hit.some((h) => h.id === node.id)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('the answer does not depend on the order CIs arrive in', () => {
    fc.assert(
      fc.property(graphs, fc.integer(), ({ edges, mins, failed }, seed) => {
        const lines = edges.filter(([a, , b]) => a !== b).map(([a, t, b]) => `${a} ${t} ${b}`);
        const specs = Object.fromEntries(
          Array.from({ length: 12 }, (_, i) => [`n${i}`, { minHealthyMembers: mins[i] }]),
        );
        const nodes = [...buildGraph(lines, specs).values()];
        const shuffled = [...nodes].sort((a, b) => (hash(a.id, seed) - hash(b.id, seed)) | 0);
        const one = new ImpactEvaluation(failed, 'HEALTHY');
        one.add(nodes);
        const other = new ImpactEvaluation(failed, 'HEALTHY');
        for (const node of shuffled) other.add([node]);
        for (const node of nodes) expect(other.state(node.id)).toBe(one.state(node.id));
        expect(other.paths()).toEqual(one.paths());
      }),
      { numRuns: 300 },
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h;
}
