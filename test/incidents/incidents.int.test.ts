/** Incidents through the API: open, update, resolve, list and filter, with impacted services from the graph. */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass } from '../../sdk/generated';

let api: TestApi;

const counts = async () =>
  (
    await cypher(
      api.executor,
      "RETURN COUNT { (i:Incident) } AS incidents, COUNT { (c:Change {ciClass: 'Incident'}) } AS changes, COUNT { ()-[:AFFECTS]->() } AS links",
    )
  )[0] as { incidents: number; changes: number; links: number };

async function create(id: string, cls: CiClass, extra: Record<string, unknown> = {}) {
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name: id, lifecycleState: 'DEPLOYED', ...extra } }));
}

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await api.executor.writeTx('test.reset', (tx) => tx.run('MATCH (i:Incident) DETACH DELETE i'));
  // Two services on one database; a third on its own application.
  await create('inc-svc-pay', 'BusinessService', { criticality: 'CRITICAL' });
  await create('inc-svc-shop', 'BusinessService', { criticality: 'MEDIUM' });
  await create('inc-svc-hr', 'BusinessService', { criticality: 'LOW' });
  await create('inc-app-pay', 'Application');
  await create('inc-app-shop', 'Application');
  await create('inc-app-hr', 'Application');
  await create('inc-db', 'Database');
  for (const [from, to] of [
    ['inc-svc-pay', 'inc-app-pay'],
    ['inc-svc-shop', 'inc-app-shop'],
    ['inc-svc-hr', 'inc-app-hr'],
    ['inc-app-pay', 'inc-db'],
    ['inc-app-shop', 'inc-db'],
  ]) {
    ok(await api.sdk.Relate({ input: { from, type: 'DEPENDS_ON', to } }));
  }
});
afterAll(() => api.stop());

describe('opening an incident', () => {
  it('records it OPEN with the CIs it affects, computes the services it hits, and logs the change', async () => {
    const before = await counts();
    const incident = ok(
      await api.sdk.OpenIncident({
        input: { id: 'INC-1', title: 'Database unreachable', severity: 'SEV1', affects: ['inc-db'] },
      }),
    ).openIncident;
    expect(incident).toMatchObject({
      id: 'INC-1',
      status: 'OPEN',
      severity: 'SEV1',
      resolvedAt: null,
      affects: [{ id: 'inc-db', name: 'inc-db' }],
    });
    expect(incident.impactedServices).toEqual([
      { id: 'inc-svc-pay', state: 'DOWN' },
      { id: 'inc-svc-shop', state: 'DOWN' },
    ]);
    expect(await counts()).toEqual({
      incidents: before.incidents + 1,
      changes: before.changes + 1,
      links: before.links + 1,
    });
    const [change] = await cypher(api.executor, "MATCH (c:Change {ciId: 'INC-1'}) RETURN c.op AS op, c.after AS after");
    expect(change.op).toBe('CREATE');
    expect(JSON.parse(change.after as string)).toMatchObject({ title: 'Database unreachable', affects: ['inc-db'] });
  });

  it.each([
    ['an empty title', { title: '  ', severity: 'SEV2', affects: ['inc-db'] }, 'input.title', 'BAD_USER_INPUT'],
    ['no affected CI', { title: 'x', severity: 'SEV2', affects: [] }, 'input.affects', 'BAD_USER_INPUT'],
    [
      'a CI listed twice',
      { title: 'x', severity: 'SEV2', affects: ['inc-db', 'inc-db'] },
      'input.affects',
      'BAD_USER_INPUT',
    ],
    ['an unknown CI', { title: 'x', severity: 'SEV2', affects: ['inc-db', 'ghost'] }, 'input.affects[1]', 'NOT_FOUND'],
    ['a taken id', { id: 'INC-1', title: 'x', severity: 'SEV2', affects: ['inc-db'] }, 'input.id', 'CONFLICT'],
  ])('refuses %s and writes nothing', async (_what, input, field, code) => {
    const before = await counts();
    await refused(api.sdk.OpenIncident({ input: input as never }), code, field);
    expect(await counts()).toEqual(before);
  });
});

describe('updating and resolving', () => {
  it('moves through the status table, stamping and clearing times, and refuses a jump it does not allow', async () => {
    ok(
      await api.sdk.OpenIncident({
        input: {
          id: 'INC-2',
          title: 'HR app slow',
          severity: 'SEV3',
          affects: ['inc-app-hr'],
          openedAt: '2026-03-01T10:00:00Z',
        },
      }),
    );
    const mitigated = ok(
      await api.sdk.UpdateIncident({ id: 'INC-2', patch: { status: 'MITIGATED', severity: 'SEV4' } }),
    ).updateIncident;
    expect(mitigated).toMatchObject({ status: 'MITIGATED', severity: 'SEV4', openedAt: '2026-03-01T10:00:00.000Z' });
    expect(mitigated.mitigatedAt).not.toBeNull();

    const resolved = ok(
      await api.sdk.ResolveIncident({ id: 'INC-2', resolvedAt: '2026-03-01T12:30:00Z' }),
    ).resolveIncident;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedAt: '2026-03-01T12:30:00.000Z' });

    const error = await refused(
      api.sdk.UpdateIncident({ id: 'INC-2', patch: { status: 'MITIGATED' } }),
      'BAD_USER_INPUT',
      'patch.status',
    );
    expect(error.extensions?.reason).toMatch(/from RESOLVED it can go to OPEN/);

    const reopened = ok(await api.sdk.UpdateIncident({ id: 'INC-2', patch: { status: 'OPEN' } })).updateIncident;
    expect(reopened).toMatchObject({ status: 'OPEN', resolvedAt: null });
    await refused(
      api.sdk.ResolveIncident({ id: 'INC-2', resolvedAt: '2026-02-01T00:00:00Z' }),
      'BAD_USER_INPUT',
      'resolvedAt',
    );

    const ops = await cypher(api.executor, "MATCH (c:Change {ciId: 'INC-2'}) RETURN c.op AS op ORDER BY c.seq");
    expect(ops.map((o) => o.op)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE']);
  });

  it('adds and removes affected CIs, keeps at least one, and recomputes the services hit', async () => {
    ok(
      await api.sdk.OpenIncident({
        input: { id: 'INC-3', title: 'Shop errors', severity: 'SEV2', affects: ['inc-app-shop'] },
      }),
    );
    const grown = ok(
      await api.sdk.UpdateIncident({
        id: 'INC-3',
        patch: { addAffects: ['inc-app-hr'], removeAffects: ['inc-app-shop'] },
      }),
    ).updateIncident;
    expect(grown.affects.map((a) => a.id)).toEqual(['inc-app-hr']);
    const read = ok(await api.sdk.Incident({ id: 'INC-3' })).incident!;
    expect(read.impactedServices.map((s) => [s.id, s.state, s.criticality])).toEqual([['inc-svc-hr', 'DOWN', 'LOW']]);
    await refused(
      api.sdk.UpdateIncident({ id: 'INC-3', patch: { removeAffects: ['inc-app-hr'] } }),
      'BAD_USER_INPUT',
      'patch.removeAffects',
    );
    await refused(
      api.sdk.UpdateIncident({ id: 'INC-3', patch: { addAffects: ['ghost'] } }),
      'NOT_FOUND',
      'patch.addAffects[0]',
    );
    await refused(api.sdk.UpdateIncident({ id: 'INC-3', patch: {} }), 'BAD_USER_INPUT', 'patch');
    await refused(api.sdk.UpdateIncident({ id: 'INC-404', patch: { title: 'x' } }), 'NOT_FOUND', 'id');
    expect(ok(await api.sdk.Incident({ id: 'INC-3' })).incident!.affects.map((a) => a.id)).toEqual(['inc-app-hr']);
    expect(ok(await api.sdk.Incident({ id: 'INC-404' })).incident).toBeNull();
  });
});

describe('listing', () => {
  it('filters by status, severity and affected CI, newest first, a page at a time', async () => {
    const all = ok(await api.sdk.Incidents({})).incidents;
    expect(all.totalCount).toBe(3);
    // INC-2 was opened in March 2026 (given); the others now.
    expect(all.edges.map((e) => e.node.id)).toEqual(['INC-3', 'INC-1', 'INC-2']);

    const open = ok(
      await api.sdk.Incidents({ filter: { statuses: ['OPEN'], severities: ['SEV1', 'SEV2'] } }),
    ).incidents;
    expect(open.edges.map((e) => e.node.id)).toEqual(['INC-3', 'INC-1']);

    const onDb = ok(await api.sdk.Incidents({ filter: { affectsId: 'inc-db' } })).incidents;
    expect(onDb.edges.map((e) => e.node.id)).toEqual(['INC-1']);

    const old = ok(await api.sdk.Incidents({ filter: { openedBefore: '2026-06-01T00:00:00Z' } })).incidents;
    expect(old.edges.map((e) => e.node.id)).toEqual(['INC-2']);

    const first = ok(await api.sdk.Incidents({ first: 2 })).incidents;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await api.sdk.Incidents({ first: 2, after: first.pageInfo.endCursor })).incidents;
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(['INC-3', 'INC-1', 'INC-2']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    await refused(api.sdk.Incidents({ after: 'not-a-cursor' }), 'BAD_USER_INPUT', 'after');
  });
});
