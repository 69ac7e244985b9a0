/** The audit trail through the API: the change log, item history, point-in-time views and diffs. */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { ChangeFieldsFragment } from '../../sdk/generated';
import { isoMillisCypher } from '../../graph/platform/changelog.writer';
import { AsOfSource } from '../../graph/impact/impact.history';
import { traverse } from '../../graph/impact/impact.traversal';

jest.setTimeout(180_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const create = async (cls: string, id: string, extra: Record<string, unknown> = {}) =>
  ok(await api.sdk.CreateItem({ input: { class: cls as never, id, name: id, ...extra } })).createItem;
const relate = async (from: string, type: string, to: string, properties?: Record<string, unknown>) =>
  ok(await api.sdk.Relate({ input: { from, type: type as never, to, properties } })).relate;
const update = async (id: string, expectedVersion: number, patch: Record<string, unknown>) =>
  ok(await api.sdk.UpdateItem({ id, expectedVersion, patch })).updateItem;

async function changesOf(...ciIds: string[]): Promise<ChangeFieldsFragment[]> {
  const out: ChangeFieldsFragment[] = [];
  let after: string | undefined;
  for (;;) {
    const page = ok(await api.sdk.Changes({ filter: { ciIds }, first: 50, after })).changes;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor!;
  }
}

/** The instant of a CI's latest change so far: a point in time between writes. */
const lastAt = async (id: string) => (await changesOf(id)).at(-1)!.at;

describe('the change log', () => {
  it('records every write with its actor, source, request id, CI version and field values', async () => {
    api.client.setHeader('x-request-id', 'req-trail-1');
    await create('Server', 'trail-srv', { serialNumber: 'SN-trail', purchaseCost: { amount: 1000, currency: 'EUR' } });
    api.client.setHeader('x-request-id', 'req-trail-2');
    await create('Application', 'trail-app');
    api.client.setHeader('x-request-id', '');
    await relate('trail-app', 'RUNS_ON', 'trail-srv');
    await relate('trail-app', 'RUNS_ON', 'trail-srv', { port: 8080 });
    await update('trail-srv', 1, { name: 'trail server', attributes: { rack: 4 } });
    ok(await api.sdk.Unrelate({ from: 'trail-app', type: 'RUNS_ON', to: 'trail-srv' }));
    ok(await api.sdk.DeleteItem({ id: 'trail-app' }));

    const changes = await changesOf('trail-srv', 'trail-app');
    expect(changes.map((c) => [c.op, c.ciId, c.version])).toEqual([
      ['CREATE', 'trail-srv', 1],
      ['CREATE', 'trail-app', 1],
      ['RELATE', 'trail-app', 1],
      ['RELATE', 'trail-app', 1],
      ['UPDATE', 'trail-srv', 2],
      ['UNRELATE', 'trail-app', 1],
      ['DELETE', 'trail-app', 1],
    ]);
    for (const c of changes) expect(c).toMatchObject({ actor: 'local', source: 'API' });
    expect(changes[0].requestId).toBe('req-trail-1');
    expect(changes[1].requestId).toBe('req-trail-2');
    expect(changes[0].after).toMatchObject({ id: 'trail-srv', purchaseCostAmount: 1000, purchaseCostCurrency: 'EUR' });
    expect(changes[2].relationship).toEqual({
      type: 'RUNS_ON',
      fromId: 'trail-app',
      fromClass: 'Application',
      toId: 'trail-srv',
      toClass: 'Server',
      before: null,
      after: {},
    });
    expect(changes[3].relationship).toMatchObject({ before: {}, after: { port: 8080 } });
    expect(changes[4].fields).toEqual([
      { field: 'attributes', before: null, after: { rack: 4 } },
      { field: 'name', before: 'trail-srv', after: 'trail server' },
    ]);
    expect(changes[5].relationship).toMatchObject({ before: { port: 8080 }, after: null });
    expect(changes[6].before).toMatchObject({ id: 'trail-app', name: 'trail-app', class: 'Application' });
  });

  it('numbers the whole log without a gap, in commit order, with times that never go back', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => create('Team', `seq-team-${i}`)));
    const rows = await cypher(api.executor, 'MATCH (c:Change) RETURN c.seq AS seq, c.at AS at ORDER BY c.seq');
    // The sequence is never reset (not even between test files), so the log since the reset starts past 0.
    const first = rows[0].seq as number;
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => first + i));
    for (let i = 1; i < rows.length; i++) expect((rows[i].at as string) >= (rows[i - 1].at as string)).toBe(true);
    expect(ok(await api.sdk.ChangeCursor()).changeCursor).toBe(String(first + rows.length - 1));
  });

  it('writes every instant as JS does (UTC, milliseconds), so instants compare as text', async () => {
    const rows = await cypher(api.executor, 'MATCH (c:Change) RETURN c.at AS at');
    for (const { at } of rows) expect(at).toBe(new Date(at as string).toISOString());
    const samples = [0, 1_700_000_000_000, 1_700_000_000_007, 1_700_000_000_120, 1_767_225_599_999];
    const [formatted] = await cypher(api.executor, `RETURN [ms IN $samples | ${isoMillisCypher('ms')}] AS iso`, {
      samples,
    });
    expect(formatted.iso).toEqual(samples.map((ms) => new Date(ms).toISOString()));
  });

  it('appends nothing for a refused write', async () => {
    const before = ok(await api.sdk.ChangeCursor()).changeCursor;
    await refused(api.sdk.UpdateItem({ id: 'trail-srv', expectedVersion: 1, patch: { name: 'stale' } }), 'CONFLICT');
    await refused(api.sdk.Relate({ input: { from: 'trail-srv', type: 'RUNS_ON', to: 'nope' } }), 'NOT_FOUND');
    expect(ok(await api.sdk.ChangeCursor()).changeCursor).toBe(before);
  });

  it('pages through the log in sequence order and filters it by op, class, actor, source and time', async () => {
    const all = ok(await api.sdk.Changes({ first: 500 })).changes.edges.map((e) => e.node);
    const first = ok(await api.sdk.Changes({ first: 3 })).changes;
    const second = ok(await api.sdk.Changes({ first: 3, after: first.pageInfo.endCursor })).changes;
    expect([...first.edges, ...second.edges].map((e) => e.node.seq)).toEqual(all.slice(0, 6).map((c) => c.seq));
    expect(first.pageInfo.hasNextPage).toBe(true);

    const seqs = async (filter: Record<string, unknown>) =>
      ok(await api.sdk.Changes({ filter, first: 500 })).changes.edges.map((e) => e.node.seq);
    const expected = (keep: (c: ChangeFieldsFragment) => boolean) => all.filter(keep).map((c) => c.seq);
    expect(await seqs({ ops: ['RELATE', 'UNRELATE'] })).toEqual(expected((c) => ['RELATE', 'UNRELATE'].includes(c.op)));
    expect(await seqs({ classes: ['Server'] })).toEqual(
      expected((c) => c.ciClass === 'Server' || c.relationship?.toClass === 'Server'),
    );
    expect(await seqs({ actor: 'local', source: 'API' })).toEqual(expected(() => true));
    expect(await seqs({ source: 'IMPORT' })).toEqual([]);
    const middle = all[Math.floor(all.length / 2)].at;
    expect(await seqs({ since: middle })).toEqual(expected((c) => c.at >= middle));
    expect(await seqs({ until: middle })).toEqual(expected((c) => c.at <= middle));
    await refused(api.sdk.Changes({ after: 'abc' }), 'BAD_USER_INPUT', 'after');
  });

  it("pages a CI's history newest first, with relationship changes at either end", async () => {
    const history = async (after?: string) =>
      ok(await api.sdk.ItemHistory({ id: 'trail-srv', first: 2, after })).item!.history;
    const page1 = await history();
    const page2 = await history(page1.pageInfo.endCursor!);
    const page3 = await history(page2.pageInfo.endCursor!);
    const ops = [...page1.edges, ...page2.edges, ...page3.edges].map((e) => e.node.op);
    expect(ops).toEqual(['UNRELATE', 'UPDATE', 'RELATE', 'RELATE', 'CREATE']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const asc = ok(await api.sdk.ItemHistory({ id: 'trail-srv', order: 'ASC' })).item!.history;
    expect(asc.edges.map((e) => e.node.op)).toEqual(['CREATE', 'RELATE', 'RELATE', 'UPDATE', 'UNRELATE']);
  });

  it('keeps the history of a deleted CI', async () => {
    expect(ok(await api.sdk.Item({ id: 'trail-app' })).item).toBeNull();
    expect((await changesOf('trail-app')).map((c) => c.op)).toEqual([
      'CREATE',
      'RELATE',
      'RELATE',
      'UNRELATE',
      'DELETE',
    ]);
  });
});

describe('point in time', () => {
  let t: Record<string, string>;

  beforeAll(async () => {
    t = { beforeAll: new Date().toISOString() };
    await new Promise((r) => setTimeout(r, 5));
    await create('Location', 'pit-site-a', { locationKind: 'SITE' });
    await create('Location', 'pit-site-b', { locationKind: 'SITE' });
    await create('Location', 'pit-room', { locationKind: 'ROOM' });
    await create('Server', 'pit-srv', {
      serialNumber: 'SN-pit',
      hostname: 'h1',
      purchaseCost: { amount: 5, currency: 'EUR' },
    });
    await create('Application', 'pit-app');
    await relate('pit-room', 'LOCATED_IN', 'pit-site-a');
    await relate('pit-srv', 'LOCATED_IN', 'pit-room', { slot: 'U1' });
    await relate('pit-app', 'RUNS_ON', 'pit-srv');
    t.first = await lastAt('pit-srv');
    await update('pit-srv', 1, { name: 'pit server', hostname: null, purchaseCost: { amount: 7, currency: 'EUR' } });
    await relate('pit-srv', 'LOCATED_IN', 'pit-room', { slot: 'U9' });
    await update('pit-room', 1, { name: 'room renamed' });
    ok(await api.sdk.Unrelate({ from: 'pit-room', type: 'LOCATED_IN', to: 'pit-site-a' }));
    await relate('pit-room', 'LOCATED_IN', 'pit-site-b');
    t.second = await lastAt('pit-room');
    ok(await api.sdk.DeleteItem({ id: 'pit-app' }));
    t.afterDelete = await lastAt('pit-app');
  });

  const asOf = async (id: string, at: string) => ok(await api.sdk.ItemAsOf({ id, asOf: at })).item;

  it('shows a CI with its fields and neighbours as they were, each neighbour as of the same instant', async () => {
    const then = await asOf('pit-srv', t.first);
    expect(then).toMatchObject({
      __typename: 'Server',
      name: 'pit-srv',
      hostname: 'h1',
      version: 1,
      purchaseCost: { amount: 5, currency: 'EUR' },
      location: { id: 'pit-room', name: 'pit-room', location: { id: 'pit-site-a', name: 'pit-site-a' } },
    });
    expect(then!.related).toEqual([
      { type: 'RUNS_ON', direction: 'IN', properties: {}, item: { id: 'pit-app', name: 'pit-app' } },
    ]);
    expect(then!.history.edges.map((e) => e.node.op)).toEqual(['CREATE', 'RELATE', 'RELATE']);

    const later = await asOf('pit-srv', t.second);
    expect(later).toMatchObject({
      name: 'pit server',
      hostname: null,
      version: 2,
      purchaseCost: { amount: 7, currency: 'EUR' },
      location: { id: 'pit-room', name: 'room renamed', location: { id: 'pit-site-b', name: 'pit-site-b' } },
    });
    const now = ok(await api.sdk.ItemAsOf({ id: 'pit-srv' })).item;
    expect(now!.related).toEqual([]);
    expect({ ...later, related: [], history: null }).toEqual({ ...now, related: [], history: null });
  });

  it('is null before a CI was created and after it was deleted, and shows it in between', async () => {
    expect(await asOf('pit-srv', t.beforeAll)).toBeNull();
    expect(await asOf('pit-app', t.afterDelete)).toBeNull();
    const alive = await asOf('pit-app', t.second);
    expect(alive).toMatchObject({ __typename: 'Application', name: 'pit-app', version: 1 });
  });

  it('diffs fields and relationships between two instants', async () => {
    const diff = ok(await api.sdk.Diff({ id: 'pit-srv', from: t.first, to: t.second })).diff;
    expect(diff).toMatchObject({ existedAtFrom: true, existedAtTo: true });
    expect(diff.fields.map((f) => f.field)).toEqual(['hostname', 'name', 'purchaseCost', 'updatedAt', 'version']);
    expect(diff.fields.find((f) => f.field === 'purchaseCost')).toEqual({
      field: 'purchaseCost',
      before: { amount: 5, currency: 'EUR' },
      after: { amount: 7, currency: 'EUR' },
    });
    expect(diff.relationships).toEqual([
      {
        type: 'LOCATED_IN',
        direction: 'OUT',
        otherId: 'pit-room',
        otherClass: 'Location',
        before: { slot: 'U1' },
        after: { slot: 'U9' },
      },
    ]);
    const gone = ok(await api.sdk.Diff({ id: 'pit-app', from: t.second, to: t.afterDelete })).diff;
    expect(gone).toMatchObject({ existedAtFrom: true, existedAtTo: false });
    expect(gone.relationships).toEqual([
      { type: 'RUNS_ON', direction: 'OUT', otherId: 'pit-srv', otherClass: 'Server', before: {}, after: null },
    ]);
  });

  it('refuses an instant that is not one', async () => {
    await refused(api.sdk.ItemAsOf({ id: 'pit-srv', asOf: 'last tuesday' }), 'BAD_USER_INPUT');
  });
});

describe('impact as of an instant', () => {
  it('answers what an outage would have hit then, with the relationships and statuses of then', async () => {
    await create('BusinessService', 'was-svc');
    await create('Application', 'was-app');
    await create('Server', 'was-host-1', { serialNumber: 'SN-was-1' });
    await create('Server', 'was-host-2', { serialNumber: 'SN-was-2' });
    await relate('was-svc', 'DEPENDS_ON', 'was-app');
    await relate('was-app', 'RUNS_ON', 'was-host-1');
    const then = await lastAt('was-app');
    ok(await api.sdk.Unrelate({ from: 'was-app', type: 'RUNS_ON', to: 'was-host-1' }));
    await relate('was-app', 'RUNS_ON', 'was-host-2');
    const now = await lastAt('was-app');

    const hitBy = async (at: string, failed: string) =>
      (await traverse(new AsOfSource(api.executor, at), [failed], { maxDepth: 10, baseline: 'REPORTED' })).hit.map(
        (h) => [h.id, h.state],
      );
    expect(await hitBy(then, 'was-host-1')).toEqual([
      ['was-host-1', 'DOWN'],
      ['was-app', 'DOWN'],
      ['was-svc', 'DOWN'],
    ]);
    expect(await hitBy(now, 'was-host-1')).toEqual([['was-host-1', 'DOWN']]);
    expect(await hitBy(then, 'was-host-2')).toEqual([['was-host-2', 'DOWN']]);
    expect(await hitBy(now, 'was-host-2')).toEqual([
      ['was-host-2', 'DOWN'],
      ['was-app', 'DOWN'],
      ['was-svc', 'DOWN'],
    ]);
  });
});
