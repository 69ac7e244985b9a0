/** Listing, filtering, paging, searching, and what nested reads cost in queries. */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

let api: TestApi;

/**
 * 100 business services, each DEPENDS_ON 2 applications, each RUNS_ON 2 VMs,
 * each VM RUNS_ON one of 20 servers LOCATED_IN one of 4 racks in 2 rooms of
 * one site; every service OWNED_BY one of 5 teams.
 */
const ESTATE = `
CREATE (site:CI:Location {id: 'site', name: 'Site', class: 'Location', locationKind: 'SITE'})
WITH site
UNWIND range(0, 1) AS r
CREATE (room:CI:Location {id: 'room-' + r, name: 'Room ' + r, class: 'Location', locationKind: 'ROOM'})-[:LOCATED_IN]->(site)
WITH room, r
UNWIND range(0, 1) AS k
CREATE (:CI:Location {id: 'rack-' + (r * 2 + k), name: 'Rack ' + (r * 2 + k), class: 'Location', locationKind: 'RACK'})-[:LOCATED_IN]->(room)
WITH count(*) AS racks
UNWIND range(0, 19) AS s
MATCH (rack:Location {id: 'rack-' + (s % 4)})
CREATE (:CI:Server:Hardware {id: 'srv-' + s, name: 'server-' + right('0' + s, 2), class: 'Server', hostname: 'srv' + s, serialNumber: 'SN' + s,
        tags: CASE WHEN s < 10 THEN ['env:prod'] ELSE ['env:dev'] END, lifecycleState: CASE WHEN s < 15 THEN 'DEPLOYED' ELSE 'IN_STOCK' END})-[:LOCATED_IN]->(rack)
WITH count(*) AS servers
UNWIND range(0, 4) AS t
CREATE (:CI:Team {id: 'team-' + t, name: 'Team ' + t, class: 'Team'})
WITH count(*) AS teams
UNWIND range(0, 99) AS i
MATCH (team:Team {id: 'team-' + (i % 5)})
CREATE (svc:CI:BusinessService {id: 'svc-' + i, name: 'service-' + right('00' + i, 3), class: 'BusinessService', description: 'Payments and billing ' + i})-[:OWNED_BY]->(team)
WITH svc, i
UNWIND range(0, 1) AS a
CREATE (svc)-[:DEPENDS_ON]->(app:CI:Application {id: 'app-' + i + '-' + a, name: 'app-' + i + '-' + a, class: 'Application'})
WITH app, i, a
UNWIND range(0, 1) AS v
MATCH (host:Server {id: 'srv-' + ((i + a + v) % 20)})
CREATE (app)-[:RUNS_ON]->(vm:CI:VirtualMachine {id: 'vm-' + i + '-' + a + '-' + v, name: 'vm-' + i + '-' + a + '-' + v, class: 'VirtualMachine'})-[:RUNS_ON]->(host)
`;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await api.executor.writeTx('test.seed', async (tx) => {
    await tx.run(ESTATE);
    await tx.run(
      "MATCH (n:CI) SET n.version = 1, n.createdAt = '2026-01-01T00:00:00.000Z', n.updatedAt = '2026-01-01T00:00:00.000Z', n.lifecycleState = coalesce(n.lifecycleState, 'DEPLOYED'), n.operationalStatus = 'OPERATIONAL'",
    );
  });
});
afterAll(() => api.stop());

describe('a nested page of 100 services, three levels deep', () => {
  it('is read in one query: the page and every neighbour level it asks for', async () => {
    const answer = await api.sdk.ServiceStack({ first: 100 });
    const services = ok(answer).items.edges;
    expect(services).toHaveLength(100);
    const first = services.find((s) => s.node.id === 'svc-0')!.node;
    expect(first.owner).toEqual({ name: 'Team 0' });
    expect(first.dependsOn.map((a) => a.id)).toEqual(['app-0-0', 'app-0-1']);
    expect(first.dependsOn[0].runsOn.map((v) => v.id)).toEqual(['vm-0-0-0', 'vm-0-0-1']);
    expect(first.dependsOn[0].runsOn.map((v) => v.runsOn[0].id)).toEqual(['srv-0', 'srv-1']);
    expect(first.dependsOn[0].runsOn[0].runsOn[0].location).toEqual({ name: 'Rack 0' });
    const last = services.find((s) => s.node.id === 'svc-99')!.node;
    expect(last.dependsOn[1].runsOn[1].runsOn[0]).toMatchObject({ id: 'srv-1', location: { name: 'Rack 1' } });
    // 100 services, 200 applications, 400 VMs, their hosts and racks: one statement.
    expect(answer.extensions.estate.queries).toBe(1);
  });

  it('costs the same whatever the page size', async () => {
    const small = await api.sdk.ServiceStack({ first: 5 });
    expect(ok(small).items.edges).toHaveLength(5);
    expect(small.extensions.estate.queries).toBe(1);
  });

  it('reads levels past the look-ahead depth through the loaders, one query per level', async () => {
    const answer = await api.sdk.ServiceToSite({ first: 3 });
    const svc0 = ok(answer).items.edges.find((s) => s.node.id === 'svc-0')!.node;
    const host = svc0.dependsOn[0].runsOn[1].runsOn[0];
    expect(host.id).toBe('srv-1');
    expect(host.location).toEqual({ id: 'rack-1', location: { id: 'room-0', location: { id: 'site' } } });
    // Four levels ahead with the page, then the room and the site: one query each.
    expect(answer.extensions.estate.queries).toBe(3);
  });

  it('follows named and inline fragments and aliases', async () => {
    const answer = await api.sdk.AppHostsThroughFragments({ id: 'app-3-1' });
    const app = ok(answer).item as {
      id: string;
      vms: { id: string; runsOn: { id: string; location: { name: string } }[] }[];
      runsOn: { name: string }[];
    };
    expect(app.runsOn.map((v) => v.name)).toEqual(['vm-3-1-0', 'vm-3-1-1']);
    expect(app.vms).toEqual([
      { id: 'vm-3-1-0', runsOn: [{ id: 'srv-4', location: { name: 'Rack 0' } }] },
      { id: 'vm-3-1-1', runsOn: [{ id: 'srv-5', location: { name: 'Rack 1' } }] },
    ]);
    expect(answer.extensions.estate.queries).toBe(1);
  });

  it('reads several CIs asked by id with the same fields in one query', async () => {
    const answer = await api.sdk.TwoItemsWithNeighbours({ a: 'app-7-0', b: 'svc-8' });
    expect(ok(answer)).toEqual({
      a: { id: 'app-7-0', owner: null, dependents: [{ id: 'svc-7' }] },
      b: { id: 'svc-8', owner: { name: 'Team 3' }, dependents: [] },
    });
    expect(answer.extensions.estate.queries).toBe(1);
  });

  it('reads the fields every use of a neighbour list asks for, wherever it is asked', async () => {
    const answer = ok(await api.sdk.SameNeighboursTwice({ id: 'vm-4-1-0' }));
    expect(answer.item).toEqual({ id: 'vm-4-1-0', runsOn: [{ id: 'srv-5', hostname: 'srv5' }] });
    const server = answer.items.edges.find((e) => e.node.id === 'srv-5')!.node;
    const vm = server.hosts.find((h) => h.id === 'vm-4-1-0')!;
    expect(vm.runsOn).toEqual([{ serialNumber: 'SN5' }]);
  });

  it('answers a CI with computed fields whole beside a page that asked only ids', async () => {
    const answer = ok(await api.sdk.PageThenItem({ id: 'srv-3' }));
    expect(answer.items.edges.map((e) => e.node.id)).toContain('srv-3');
    // `lifecycle` is computed, so this CI is read whole (the page's CIs were read with their ids only).
    expect(answer.item).toEqual({
      id: 'srv-3',
      hostname: 'srv3',
      serialNumber: 'SN3',
      tags: ['env:prod'],
      lifecycle: [],
    });
  });

  it('reads search hits with their neighbours in the same query', async () => {
    const answer = await api.sdk.SearchWithHosts({ text: 'vm', first: 20 });
    const hits = ok(answer).search;
    expect(hits).toHaveLength(20);
    for (const { item } of hits) {
      const [i, a, v] = item.id.split('-').slice(1).map(Number);
      expect(item.runsOn).toEqual([{ id: `srv-${(i + a + v) % 20}` }]);
    }
    expect(answer.extensions.estate.queries).toBe(1);
  });
});

describe('items', () => {
  it('filters by class and pages with cursors, in name order, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = ok(await api.sdk.Items({ filter: { classes: ['Server'] }, first: 7, after })).items;
      seen.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, s) => `server-${String(s).padStart(2, '0')}`));
  });

  it('orders descending by a chosen field', async () => {
    const page = ok(
      await api.sdk.Items({ filter: { classes: ['Team'] }, orderBy: { field: 'NAME', direction: 'DESC' } }),
    ).items;
    expect(page.edges.map((e) => e.node.name)).toEqual(['Team 4', 'Team 3', 'Team 2', 'Team 1', 'Team 0']);
  });

  it.each([
    ['lifecycle state', { classes: ['Server'], lifecycleStates: ['IN_STOCK'] }, 5],
    ['tag', { tags: ['env:prod'] }, 10],
    ['location subtree (a room holds two racks)', { classes: ['Server'], locationId: 'room-0' }, 10],
    ['location subtree (the site holds everything)', { classes: ['Server'], locationId: 'site' }, 20],
    ['owner', { ownerId: 'team-1' }, 20],
    ['text through the full-text index', { text: 'billing 42' }, 1],
    ['several conditions at once', { classes: ['Server'], tags: ['env:prod'], locationId: 'rack-1' }, 3],
  ])('filters by %s', async (_what, filter, expected) => {
    const count = ok(await api.sdk.ItemsCount({ filter: filter as never })).items.totalCount;
    expect(count).toBe(expected);
  });

  it('refuses a page size above the limit and a forged cursor', async () => {
    const error = await refused(api.sdk.Items({ first: 501 }), 'BAD_USER_INPUT', 'first');
    expect(error.extensions?.reason).toMatch(/500/);
    await refused(api.sdk.Items({ after: 'bm90LWEtY3Vyc29y' }), 'BAD_USER_INPUT', 'after');
  });
});

describe('search', () => {
  it('finds by host name, serial number and words of the description, ranked', async () => {
    expect(ok(await api.sdk.Search({ text: 'srv7' })).search.map((h) => h.item.id)).toEqual(['srv-7']);
    expect(ok(await api.sdk.Search({ text: 'SN12' })).search.map((h) => h.item.id)).toEqual(['srv-12']);
    const hits = ok(await api.sdk.Search({ text: 'payments', first: 3 })).search;
    expect(hits).toHaveLength(3);
    expect(hits[0].score).toBeGreaterThan(0);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    expect(ok(await api.sdk.Search({ text: 'srv7)' })).search.map((h) => h.item.id)).toEqual(['srv-7']);
    expect(ok(await api.sdk.Search({ text: 'name:"srv7" OR *' })).search).toEqual([]);
    await refused(api.sdk.Search({ text: '\\ *' }), 'BAD_USER_INPUT', 'text');
  });
});
