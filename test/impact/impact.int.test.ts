/**
 * Impact analysis through the API against a real Neo4j: blast radius on
 * cycles, diamonds, clusters, load-balanced applications and site outages;
 * bad input; dependency trees; single points of failure; root causes; and
 * live health fed by status reports.
 */
import { labelsFor } from '../../graph/items/items';
import { impactRule } from '../../graph/impact/impact.rules';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass } from '../../sdk/generated';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const CLASS_BY_PREFIX: Record<string, string> = {
  svc: 'BusinessService',
  app: 'Application',
  db: 'Database',
  vm: 'VirtualMachine',
  srv: 'Server',
  cl: 'Cluster',
  sw: 'NetworkDevice',
  net: 'Network',
  loc: 'Location',
};

/**
 * Seed CIs and relationships with Cypher (labels from the class table, types
 * from the rule table). Each id is `<scenario>:<name>`; the class comes from
 * the name's prefix (see CLASS_BY_PREFIX); `props` adds fields.
 */
async function seed(scenario: string, edges: string[], props: Record<string, Record<string, unknown>> = {}) {
  const id = (name: string) => `${scenario}:${name}`;
  const names = new Set(Object.keys(props));
  const rels = edges.map((line) => {
    const [from, type, to] = line.split(/\s+/);
    names.add(from).add(to);
    return { from: id(from), type: impactRule(type).type, to: id(to) };
  });
  await api.executor.writeTx('test.seed', async (tx) => {
    for (const name of names) {
      const cls = CLASS_BY_PREFIX[name.split(/[-0-9]/)[0]];
      await tx.run(`CREATE (n${labelsFor(cls)}) SET n = $props`, {
        props: {
          id: id(name),
          name,
          class: cls,
          lifecycleState: 'DEPLOYED',
          operationalStatus: 'OPERATIONAL',
          version: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          ...props[name],
        },
      });
    }
    for (const r of rels) {
      await tx.run(`MATCH (a:CI {id: $from}), (b:CI {id: $to}) CREATE (a)-[:${r.type}]->(b)`, r);
    }
  });
  return id;
}

/** The hit CIs of an impact as {name: [state, distance]}, failed ones left out. */
async function hits(failed: string[], extra: { maxDepth?: number; baseline?: 'HEALTHY' | 'REPORTED' } = {}) {
  const report = ok(await api.sdk.Impact({ failed, ...extra })).impact;
  return Object.fromEntries(
    report.impacted.edges.filter((e) => e.distance > 0).map((e) => [e.item.name, [e.state, e.distance]]),
  );
}

describe('impact: blast radius', () => {
  it('terminates on a DEPENDS_ON cycle and reports each CI once', async () => {
    const id = await seed('cyc', [
      'app-a DEPENDS_ON app-b',
      'app-b DEPENDS_ON app-c',
      'app-c DEPENDS_ON app-a',
      'svc DEPENDS_ON app-b',
    ]);
    const report = ok(await api.sdk.Impact({ failed: [id('app-a')] })).impact;
    expect(report.impacted.edges.map((e) => [e.id, e.state, e.distance])).toEqual([
      [id('app-a'), 'DOWN', 0],
      [id('app-c'), 'DOWN', 1],
      [id('app-b'), 'DOWN', 2],
      [id('svc'), 'DOWN', 3],
    ]);
    expect(report.summary).toMatchObject({ total: 4, down: 4, degraded: 0 });
    expect(report.truncated).toBe(false);
  });

  it('goes through a diamond once, explained by the shortest path', async () => {
    const id = await seed('dia', [
      'svc DEPENDS_ON app-1',
      'svc DEPENDS_ON app-2',
      'app-1 DEPENDS_ON db',
      'app-2 DEPENDS_ON db',
    ]);
    const report = ok(await api.sdk.Impact({ failed: [id('db')] })).impact;
    const svc = report.impacted.edges.find((e) => e.id === id('svc'))!;
    expect(report.impacted.totalCount).toBe(4);
    expect(svc).toMatchObject({ state: 'DOWN', distance: 2 });
    expect(svc.path).toEqual([
      { id: id('svc'), via: 'DEPENDS_ON' },
      { id: id('app-1'), via: 'DEPENDS_ON' },
      { id: id('db'), via: null },
    ]);
  });

  it('degrades a cluster that can spare a member, and takes it down when it cannot', async () => {
    const id = await seed(
      'clu',
      [
        'srv-1 MEMBER_OF cl',
        'srv-2 MEMBER_OF cl',
        'srv-3 MEMBER_OF cl',
        'vm RUNS_ON cl',
        'app RUNS_ON vm',
        'svc DEPENDS_ON app',
      ],
      { cl: { minHealthyMembers: 2 } },
    );
    expect(await hits([id('srv-1')])).toEqual({
      cl: ['DEGRADED', 1],
      vm: ['DEGRADED', 2],
      app: ['DEGRADED', 3],
      svc: ['DEGRADED', 4],
    });
    expect(await hits([id('srv-1'), id('srv-3')])).toEqual({
      cl: ['DOWN', 1],
      vm: ['DOWN', 2],
      app: ['DOWN', 3],
      svc: ['DOWN', 4],
    });
  });

  it('degrades an application on two VMs behind a load balancer when one VM fails, and downs it when both do', async () => {
    const id = await seed('lbapp', [
      'sw-lb-a MEMBER_OF cl-lb',
      'sw-lb-b MEMBER_OF cl-lb',
      'app DEPENDS_ON cl-lb',
      'app RUNS_ON vm-1',
      'app RUNS_ON vm-2',
      'svc DEPENDS_ON app',
    ]);
    expect(await hits([id('vm-1')])).toEqual({ app: ['DEGRADED', 1], svc: ['DEGRADED', 2] });
    expect(await hits([id('vm-1'), id('vm-2')])).toEqual({ app: ['DOWN', 1], svc: ['DOWN', 2] });
    expect(await hits([id('sw-lb-a')])).toEqual({
      'cl-lb': ['DEGRADED', 1],
      app: ['DEGRADED', 2],
      svc: ['DEGRADED', 3],
    });
    expect(await hits([id('sw-lb-a'), id('sw-lb-b')])).toEqual({
      'cl-lb': ['DOWN', 1],
      app: ['DOWN', 2],
      svc: ['DOWN', 3],
    });
  });

  it('stops DEGRADED at a dual-homed switch but follows DOWN when both uplinks go', async () => {
    const id = await seed('net', [
      'sw-dist CONNECTED_TO sw-core-a',
      'sw-dist CONNECTED_TO sw-core-b',
      'sw-tor CONNECTED_TO sw-dist',
      'srv CONNECTED_TO sw-tor',
      'srv CONNECTED_TO net-mgmt',
    ]);
    expect(await hits([id('sw-core-a')])).toEqual({ 'sw-dist': ['DEGRADED', 1] });
    expect(await hits([id('sw-core-a'), id('sw-core-b')])).toEqual({
      'sw-dist': ['DOWN', 1],
      'sw-tor': ['DOWN', 2],
      srv: ['DOWN', 3],
    });
  });

  it('takes a site down through its LOCATED_IN chain, degrades what is paired across sites, and ranks services by criticality', async () => {
    const id = await seed(
      'site',
      [
        'loc-bldg LOCATED_IN loc-site-1',
        'loc-room LOCATED_IN loc-bldg',
        'loc-rack LOCATED_IN loc-room',
        'srv-1 LOCATED_IN loc-rack',
        'srv-2 LOCATED_IN loc-site-2',
        'vm-1 RUNS_ON srv-1',
        'vm-2 RUNS_ON srv-2',
        'app-local RUNS_ON vm-1',
        'app-paired RUNS_ON vm-1',
        'app-paired RUNS_ON vm-2',
        'svc-low DEPENDS_ON app-local',
        'svc-crit DEPENDS_ON app-local',
        'svc-high DEPENDS_ON app-paired',
      ],
      {
        'svc-low': { criticality: 'LOW' },
        'svc-crit': { criticality: 'CRITICAL' },
        'svc-high': { criticality: 'HIGH' },
      },
    );
    const report = ok(await api.sdk.Impact({ failed: [id('loc-site-1')] })).impact;
    const got = Object.fromEntries(report.impacted.edges.map((e) => [e.item.name, [e.state, e.distance]]));
    expect(got).toEqual({
      'loc-site-1': ['DOWN', 0],
      'loc-bldg': ['DOWN', 1],
      'loc-room': ['DOWN', 2],
      'loc-rack': ['DOWN', 3],
      'srv-1': ['DOWN', 4],
      'vm-1': ['DOWN', 5],
      'app-local': ['DOWN', 6],
      'app-paired': ['DEGRADED', 6],
      'svc-crit': ['DOWN', 7],
      'svc-low': ['DOWN', 7],
      'svc-high': ['DEGRADED', 7],
    });
    expect(report.summary.businessServices.map((s) => [s.item.name, s.state, s.criticality])).toEqual([
      ['svc-crit', 'DOWN', 'CRITICAL'],
      ['svc-high', 'DEGRADED', 'HIGH'],
      ['svc-low', 'DOWN', 'LOW'],
    ]);
    expect(report.summary.byClass).toEqual([
      { class: 'Application', down: 1, degraded: 1 },
      { class: 'BusinessService', down: 2, degraded: 1 },
      { class: 'Location', down: 4, degraded: 0 },
      { class: 'Server', down: 1, degraded: 0 },
      { class: 'VirtualMachine', down: 1, degraded: 0 },
    ]);
    const path = report.impacted.edges.find((e) => e.item.name === 'svc-crit')!.path;
    expect(path.map((s) => s.via)).toEqual([
      'DEPENDS_ON',
      'RUNS_ON',
      'RUNS_ON',
      'LOCATED_IN',
      'LOCATED_IN',
      'LOCATED_IN',
      'LOCATED_IN',
      null,
    ]);
  });

  it('names each hit CI and business service from the analysis itself, as `item` would', async () => {
    const id = await seed('named', ['app DEPENDS_ON db', 'svc DEPENDS_ON app'], { svc: { criticality: 'LOW' } });
    // The first question about db reads (and keeps) the wired network around it; both below then count alike.
    await api.sdk.ImpactIds({ failed: [id('db')] });
    const answer = await api.sdk.ImpactOverview({ failed: [id('db')] });
    const report = ok(answer).impact;
    expect(report.impacted.edges.map((e) => [e.id, e.name, e.class, e.state])).toEqual([
      [id('db'), 'db', 'Database', 'DOWN'],
      [id('app'), 'app', 'Application', 'DOWN'],
      [id('svc'), 'svc', 'BusinessService', 'DOWN'],
    ]);
    expect(report.summary.businessServices).toEqual([
      { id: id('svc'), name: 'svc', state: 'DOWN', criticality: 'LOW', distance: 2 },
    ]);
    // The analysis reads the CIs it walks; naming them loads nothing more.
    const lean = await api.sdk.ImpactIds({ failed: [id('db')] });
    expect(answer.extensions.estate.queries).toBe(lean.extensions.estate.queries);
  });

  it('counts CIs reported DOWN by default, and can assume a healthy estate instead', async () => {
    const id = await seed('rep', ['srv-1 MEMBER_OF cl', 'srv-2 MEMBER_OF cl', 'svc DEPENDS_ON cl'], {
      'srv-2': { operationalStatus: 'DOWN' },
    });
    expect(await hits([id('srv-1')])).toEqual({ cl: ['DOWN', 1], svc: ['DOWN', 2] });
    expect(await hits([id('srv-1')], { baseline: 'HEALTHY' })).toEqual({ cl: ['DEGRADED', 1], svc: ['DEGRADED', 2] });
  });

  it('reports unknown and duplicate failed ids instead of failing', async () => {
    const id = await seed('ids', ['app DEPENDS_ON db']);
    const report = ok(await api.sdk.Impact({ failed: [id('db'), 'ids:ghost', id('db')] })).impact;
    expect(report).toMatchObject({ failedIds: [id('db')], unknownIds: ['ids:ghost'], duplicateIds: [id('db')] });
    expect(report.impacted.edges.map((e) => e.id)).toEqual([id('db'), id('app')]);
    const none = ok(await api.sdk.Impact({ failed: ['ids:nothing'] })).impact;
    expect(none).toMatchObject({ failedIds: [], unknownIds: ['ids:nothing'], summary: { total: 0 } });
    await refused(api.sdk.Impact({ failed: [] }), 'BAD_USER_INPUT', 'failed');
  });

  it('caps maxDepth on the server, naming the limit, and says when it cut the walk short', async () => {
    const id = await seed('deep', ['app-1 DEPENDS_ON db', 'app-2 DEPENDS_ON app-1', 'app-3 DEPENDS_ON app-2']);
    const error = await refused(api.sdk.Impact({ failed: [id('db')], maxDepth: 26 }), 'LIMIT_EXCEEDED', 'maxDepth');
    expect(error.extensions?.reason).toMatch(/at most 25/);
    await refused(api.sdk.Impact({ failed: [id('db')], maxDepth: 0 }), 'BAD_USER_INPUT', 'maxDepth');
    const cut = ok(await api.sdk.Impact({ failed: [id('db')], maxDepth: 2 })).impact;
    expect(cut.impacted.edges.map((e) => e.item.name)).toEqual(['db', 'app-1', 'app-2']);
    expect(cut.truncated).toBe(true);
    expect(ok(await api.sdk.Impact({ failed: [id('db')], maxDepth: 3 })).impact.truncated).toBe(false);
  });

  it('pages a large result with cursors, in a stable order', async () => {
    const edges = Array.from({ length: 7 }, (_, i) => `app-${i} DEPENDS_ON db`);
    const id = await seed('page', edges);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = ok(await api.sdk.Impact({ failed: [id('db')], first: 3, after })).impact.impacted;
      expect(page.totalCount).toBe(8);
      seen.push(...page.edges.map((e) => e.item.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['db', ...Array.from({ length: 7 }, (_, i) => `app-${i}`)]);
    const deps = ok(await api.sdk.Dependencies({ id: id('app-0'), first: 1 })).dependencies;
    await refused(api.sdk.Impact({ failed: [id('db')], after: deps.pageInfo.endCursor }), 'BAD_USER_INPUT', 'after');
    await refused(api.sdk.Impact({ failed: [id('db')], first: 501 }), 'BAD_USER_INPUT', 'first');
  });
});

describe('dependencies', () => {
  it('lists what a service stands on as a tree a client can rebuild', async () => {
    const id = await seed('dep', [
      'svc DEPENDS_ON app',
      'app RUNS_ON vm-1',
      'app RUNS_ON vm-2',
      'vm-1 RUNS_ON cl',
      'vm-2 RUNS_ON cl',
      'srv-1 MEMBER_OF cl',
      'srv-1 LOCATED_IN loc-rack',
    ]);
    const tree = ok(await api.sdk.Dependencies({ id: id('svc') })).dependencies;
    expect(tree.root).toEqual({ id: id('svc'), name: 'svc' });
    expect(tree.edges.map((e) => [e.item.name, e.depth, e.parentId.split(':')[1], e.via])).toEqual([
      ['app', 1, 'svc', 'DEPENDS_ON'],
      ['vm-1', 2, 'app', 'RUNS_ON'],
      ['vm-2', 2, 'app', 'RUNS_ON'],
      ['cl', 3, 'vm-1', 'RUNS_ON'],
      ['srv-1', 4, 'cl', 'MEMBER_OF'],
      ['loc-rack', 5, 'srv-1', 'LOCATED_IN'],
    ]);
    expect(tree.truncated).toBe(false);
    const short = ok(await api.sdk.Dependencies({ id: id('svc'), maxDepth: 2 })).dependencies;
    expect(short.edges.map((e) => e.item.name)).toEqual(['app', 'vm-1', 'vm-2']);
    expect(short.truncated).toBe(true);
    await refused(api.sdk.Dependencies({ id: 'dep:ghost' }), 'NOT_FOUND', 'id');
  });
});

describe('single points of failure', () => {
  const edges = [
    'svc DEPENDS_ON app',
    'svc DEPENDS_ON db',
    'app RUNS_ON vm-1',
    'app RUNS_ON vm-2',
    'vm-1 RUNS_ON srv-1',
    'vm-2 RUNS_ON srv-2',
    'db RUNS_ON vm-3',
    'vm-3 RUNS_ON cl',
    'srv-3 MEMBER_OF cl',
    'srv-4 MEMBER_OF cl',
    'srv-1 LOCATED_IN loc-rack-a',
    'srv-2 LOCATED_IN loc-rack-a',
    'srv-3 LOCATED_IN loc-rack-b',
    'srv-4 LOCATED_IN loc-rack-b',
    'loc-rack-a LOCATED_IN loc-room',
    'loc-rack-b LOCATED_IN loc-room',
  ];

  it('finds the CIs whose loss alone takes the service DOWN, not those that only degrade it', async () => {
    const id = await seed('spof', edges);
    const report = ok(await api.sdk.SinglePointsOfFailure({ serviceId: id('svc') })).singlePointsOfFailure;
    expect(report.state).toBe('OPERATIONAL');
    expect(report.examined).toBe(14);
    expect(report.items.map((i) => [i.item.name, i.depth])).toEqual([
      ['app', 1],
      ['db', 1],
      ['vm-3', 2],
      ['cl', 3],
      ['loc-rack-a', 4],
      ['loc-rack-b', 5],
      ['loc-room', 5],
    ]);
  });

  it('with reported statuses, a host whose partner is already down becomes a single point of failure', async () => {
    const id = await seed('spof2', edges, { 'srv-2': { operationalStatus: 'DOWN' } });
    const names = async (baseline: 'HEALTHY' | 'REPORTED') =>
      ok(await api.sdk.SinglePointsOfFailure({ serviceId: id('svc'), baseline })).singlePointsOfFailure.items.map(
        (i) => i.item.name,
      );
    expect(await names('HEALTHY')).not.toContain('srv-1');
    expect(await names('REPORTED')).toEqual(expect.arrayContaining(['srv-1', 'vm-1']));
    await refused(api.sdk.SinglePointsOfFailure({ serviceId: 'spof2:ghost' }), 'NOT_FOUND', 'serviceId');
  });
});

describe('root-cause candidates', () => {
  it('ranks upstream CIs by how many failures they explain, then by distance', async () => {
    const id = await seed('rca', [
      'app-1 RUNS_ON vm-1',
      'app-2 RUNS_ON vm-2',
      'app-3 RUNS_ON vm-3',
      'app-4 RUNS_ON vm-4',
      'vm-1 RUNS_ON srv-h',
      'vm-2 RUNS_ON srv-h',
      'vm-3 RUNS_ON srv-h',
      'vm-4 RUNS_ON srv-y',
      'srv-h LOCATED_IN loc-rack',
      'srv-y LOCATED_IN loc-rack',
      'loc-rack LOCATED_IN loc-room',
      'app-5 RUNS_ON vm-5',
      'app-5 RUNS_ON vm-1',
    ]);
    const failing = ['app-1', 'app-2', 'app-3', 'app-4'].map(id);
    const report = ok(
      await api.sdk.RootCauseCandidates({ failing: [...failing, 'rca:ghost', id('app-1')], first: 4 }),
    ).rootCauseCandidates;
    expect(report.unknownIds).toEqual(['rca:ghost']);
    expect(report.duplicateIds).toEqual([id('app-1')]);
    expect(report.candidates.map((c) => [c.item.name, c.explains, c.distance])).toEqual([
      ['loc-rack', 4, 3],
      ['loc-room', 4, 4],
      ['srv-h', 3, 2],
      ['vm-1', 1, 1],
    ]);
    expect(report.candidates[2].explained).toEqual(['app-1', 'app-2', 'app-3'].map(id));
  });
});

describe('live health', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const create = async (name: string, cls: CiClass, extra: Record<string, unknown> = {}) => {
      const item = ok(
        await api.sdk.CreateItem({
          input: { class: cls, id: `live:${name}`, name, lifecycleState: 'DEPLOYED', ...extra },
        }),
      ).createItem;
      return item.id;
    };
    ids = {
      svc: await create('svc', 'BusinessService', { criticality: 'HIGH' }),
      other: await create('other', 'BusinessService'),
      app: await create('app', 'Application'),
      vm1: await create('vm-1', 'VirtualMachine'),
      vm2: await create('vm-2', 'VirtualMachine'),
    };
    for (const [from, type, to] of [
      ['svc', 'DEPENDS_ON', 'app'],
      ['app', 'RUNS_ON', 'vm1'],
      ['app', 'RUNS_ON', 'vm2'],
    ]) {
      ok(await api.sdk.Relate({ input: { from: ids[from], type: type as never, to: ids[to] } }));
    }
  });

  const health = async (id: string) => ok(await api.sdk.Health({ id })).item!.health;

  it('derives a service’s health from reported statuses, with the CIs that cause it', async () => {
    expect(await health(ids.svc)).toEqual({ state: 'OPERATIONAL', causes: [] });

    const one = ok(await api.sdk.ReportStatus({ id: ids.vm1, status: 'DOWN' })).reportStatus;
    expect(one.changed).toEqual([{ id: ids.vm1, operationalStatus: 'DOWN', version: 1 }]);
    expect(one.services).toEqual([{ id: ids.svc, health: { state: 'DEGRADED', causes: [{ id: ids.vm1 }] } }]);
    expect(await health(ids.app)).toEqual({ state: 'DEGRADED', causes: [{ id: ids.vm1, operationalStatus: 'DOWN' }] });

    const both = ok(await api.sdk.ReportStatuses({ reports: [{ id: ids.vm2, status: 'DOWN' }] })).reportStatuses;
    expect(both.services).toEqual([{ id: ids.svc, health: { state: 'DOWN' } }]);
    expect((await health(ids.svc)).causes.map((c) => c.id).sort()).toEqual([ids.vm1, ids.vm2].sort());

    const [change] = await cypher(
      api.executor,
      "MATCH (c:Change {ciId: $id, op: 'STATUS'}) RETURN c.before AS before, c.after AS after",
      { id: ids.vm2 },
    );
    expect(JSON.parse(change.before as string)).toEqual({ operationalStatus: 'OPERATIONAL' });
    expect(JSON.parse(change.after as string)).toEqual({ operationalStatus: 'DOWN' });

    const back = ok(
      await api.sdk.ReportStatuses({
        reports: [
          { id: ids.vm1, status: 'OPERATIONAL' },
          { id: ids.vm2, status: 'OPERATIONAL' },
        ],
      }),
    ).reportStatuses;
    expect(back.services).toEqual([{ id: ids.svc, health: { state: 'OPERATIONAL' } }]);
    expect(await health(ids.svc)).toEqual({ state: 'OPERATIONAL', causes: [] });
  });

  it('counts a CI’s own reported status in its health', async () => {
    ok(await api.sdk.ReportStatus({ id: ids.other, status: 'DEGRADED' }));
    expect(await health(ids.other)).toEqual({
      state: 'DEGRADED',
      causes: [{ id: ids.other, operationalStatus: 'DEGRADED' }],
    });
    ok(await api.sdk.ReportStatus({ id: ids.other, status: 'OPERATIONAL' }));
  });

  it('writes nothing for a repeated status, and all or nothing for a batch', async () => {
    const changes = async () =>
      (await cypher(api.executor, "MATCH (c:Change {op: 'STATUS'}) RETURN count(c) AS n"))[0].n;
    const before = await changes();
    const same = ok(await api.sdk.ReportStatus({ id: ids.vm1, status: 'OPERATIONAL' })).reportStatus;
    expect(same).toMatchObject({ changed: [], unchanged: [ids.vm1], services: [] });

    await refused(
      api.sdk.ReportStatuses({
        reports: [
          { id: ids.vm1, status: 'DOWN' },
          { id: 'live:ghost', status: 'DOWN' },
        ],
      }),
      'NOT_FOUND',
      'reports[1].id',
    );
    await refused(
      api.sdk.ReportStatuses({
        reports: [
          { id: ids.vm1, status: 'DOWN' },
          { id: ids.vm1, status: 'DEGRADED' },
        ],
      }),
      'BAD_USER_INPUT',
      'reports[1].id',
    );
    await refused(api.sdk.ReportStatuses({ reports: [] }), 'BAD_USER_INPUT', 'reports');
    expect(await changes()).toBe(before);
    expect((await health(ids.vm1)).state).toBe('OPERATIONAL');
  });

  it('computes the health of a whole list of services in one query per dependency level, not per service', async () => {
    ok(await api.sdk.ReportStatus({ id: ids.vm1, status: 'DOWN' }));
    const answer = await api.sdk.ServiceHealth({ first: 100 });
    const services = ok(answer).items.edges.map((e) => e.node);
    expect(services.find((s) => s.id === ids.svc)?.health.state).toBe('DEGRADED');
    expect(services.length).toBeGreaterThan(5);
    // The page, one closure query per level for all services together (the deepest stack seeded in this
    // file, the site scenario, is 8 levels: service, app, VM, server, rack, room, building, site), and one
    // item query for the causes: 100 services cost no more than one.
    expect(answer.extensions.estate.queries).toBeLessThanOrEqual(1 + 8 + 1);
    ok(await api.sdk.ReportStatus({ id: ids.vm1, status: 'OPERATIONAL' }));
  });
});

describe('impact as of an instant', () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  /** An instant strictly between the writes before it and those after it. */
  const instant = async () => {
    await pause();
    const at = new Date().toISOString();
    await pause();
    return at;
  };
  const create = async (name: string, cls: CiClass, extra: Record<string, unknown> = {}) =>
    ok(
      await api.sdk.CreateItem({
        input: { class: cls, id: `was:${name}`, name, lifecycleState: 'DEPLOYED', ...extra },
      }),
    ).createItem;
  const relate = async (from: string, type: string, to: string) =>
    ok(await api.sdk.Relate({ input: { from: `was:${from}`, type: type as never, to: `was:${to}` } }));
  const impactAt = async (failed: string, asOf?: string) =>
    ok(await api.sdk.Impact({ failed: [`was:${failed}`], asOf })).impact;
  const hitAt = async (failed: string, asOf?: string) =>
    (await impactAt(failed, asOf)).impacted.edges.map((e) => [e.item.name, e.state, e.distance]);

  it('plays an outage out on the relationships, statuses and names of then, not of now', async () => {
    const beforeAll = await instant();
    await create('svc', 'BusinessService', { criticality: 'HIGH' });
    await create('app', 'Application');
    await create('vm-1', 'VirtualMachine');
    await create('vm-2', 'VirtualMachine');
    await create('vm-3', 'VirtualMachine');
    await relate('svc', 'DEPENDS_ON', 'app');
    await relate('app', 'RUNS_ON', 'vm-1');
    await relate('app', 'RUNS_ON', 'vm-3');
    ok(await api.sdk.ReportStatus({ id: 'was:vm-3', status: 'DOWN' }));
    const then = await instant();

    // Since then: the app moved from vm-1 to vm-2, vm-3 came back, and the service was renamed.
    ok(await api.sdk.Unrelate({ from: 'was:app', type: 'RUNS_ON', to: 'was:vm-1' }));
    await relate('app', 'RUNS_ON', 'vm-2');
    ok(await api.sdk.ReportStatus({ id: 'was:vm-3', status: 'OPERATIONAL' }));
    const svc = ok(await api.sdk.Item({ id: 'was:svc' })).item!;
    ok(await api.sdk.UpdateItem({ id: 'was:svc', expectedVersion: svc.version, patch: { name: 'svc-renamed' } }));

    // Then, vm-1 was one of two hosts and the other was reported DOWN: losing vm-1 took the app and service down.
    const past = await impactAt('vm-1', then);
    expect(past.asOf).toBe(then);
    expect(past.impacted.edges.map((e) => [e.item.name, e.state, e.distance])).toEqual([
      ['vm-1', 'DOWN', 0],
      ['app', 'DOWN', 1],
      ['svc', 'DOWN', 2],
    ]);
    expect(past.summary.businessServices).toEqual([
      { id: 'was:svc', state: 'DOWN', criticality: 'HIGH', distance: 2, item: { name: 'svc' } },
    ]);
    // Now vm-1 carries nothing.
    const present = await impactAt('vm-1');
    expect(present.asOf).toBeNull();
    expect(present.impacted.edges.map((e) => e.id)).toEqual(['was:vm-1']);

    // vm-2 carried nothing then; now it is one of two healthy hosts: the app and service only degrade.
    expect(await hitAt('vm-2', then)).toEqual([['vm-2', 'DOWN', 0]]);
    expect(await hitAt('vm-2')).toEqual([
      ['vm-2', 'DOWN', 0],
      ['app', 'DEGRADED', 1],
      ['svc-renamed', 'DEGRADED', 2],
    ]);

    // Before any of it existed, the ids named nothing.
    expect(await impactAt('vm-1', beforeAll)).toMatchObject({ failedIds: [], unknownIds: ['was:vm-1'] });
    await refused(api.sdk.Impact({ failed: ['was:vm-1'], asOf: 'last tuesday' }), 'BAD_USER_INPUT');
  });
});
