/** Creating, reading, patching and deleting CIs through the API, against a real Neo4j. */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const counts = async () =>
  (await cypher(api.executor, 'RETURN COUNT { (n:CI) } AS cis, COUNT { (c:Change) } AS changes'))[0] as {
    cis: number;
    changes: number;
  };

async function createServer(id: string, extra: Record<string, unknown> = {}) {
  return ok(
    await api.sdk.CreateItem({
      input: { class: 'Server', id, name: id, serialNumber: `SN-${id}`, assetTag: `AT-${id}`, ...extra },
    }),
  ).createItem;
}

describe('createItem', () => {
  it('creates a server with class fields, money and attributes, and records the change', async () => {
    const before = await counts();
    const server = await createServer('srv-create-1', {
      hostname: 'web01',
      ipAddresses: ['10.0.0.5'],
      purchaseCost: { amount: 129900, currency: 'EUR' },
      purchaseDate: '2025-03-01',
      cpuCores: 32,
      tags: ['env:prod'],
      attributes: { rackUnit: 12, hotSwap: true },
    });
    expect(server).toMatchObject({
      __typename: 'Server',
      id: 'srv-create-1',
      class: 'Server',
      lifecycleState: 'PLANNED',
      operationalStatus: 'UNKNOWN',
      version: 1,
      hostname: 'web01',
      cpuCores: 32,
      purchaseCost: { amount: 129900, currency: 'EUR' },
      purchaseDate: '2025-03-01',
      tags: ['env:prod'],
      attributes: { rackUnit: 12, hotSwap: true },
    });
    const after = await counts();
    expect(after.cis).toBe(before.cis + 1);
    expect(after.changes).toBe(before.changes + 1);
    const [change] = await cypher(api.executor, "MATCH (c:Change {ciId: 'srv-create-1'}) RETURN c {.*} AS c");
    expect(change.c).toMatchObject({ op: 'CREATE', ciClass: 'Server', source: 'api', actor: 'local' });
  });

  it('makes an id when none is given and reads the item back by id', async () => {
    const app = ok(
      await api.sdk.CreateItem({ input: { class: 'Application', name: 'Billing', deployedVersion: '4.2' } }),
    ).createItem;
    expect(app.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.lifecycleState).toBe('DEPLOYED');
    expect(app.operationalStatus).toBe('OPERATIONAL');
    const read = ok(await api.sdk.Item({ id: app.id })).item;
    expect(read).toMatchObject({ __typename: 'Application', name: 'Billing', deployedVersion: '4.2' });
    expect(ok(await api.sdk.Item({ id: 'no-such-id' })).item).toBeNull();
  });

  it.each([
    [
      'a field of another class',
      { class: 'Team', name: 'T', cpuCores: 4 },
      'input.cpuCores',
      /does not apply to class Team/,
    ],
    [
      'a bad currency',
      { class: 'Server', name: 'S', purchaseCost: { amount: 100, currency: 'euro' } },
      'input.purchaseCost.currency',
      /ISO-4217/,
    ],
    [
      'money in fractions',
      { class: 'Server', name: 'S', purchaseCost: { amount: 10.5, currency: 'EUR' } },
      'input.purchaseCost.amount',
      /minor units/,
    ],
    [
      'an impossible date',
      { class: 'Server', name: 'S', warrantyEnd: '2025-02-30' },
      'input.warrantyEnd',
      /not a valid LocalDate/,
    ],
    ['an empty name', { class: 'Server', name: '   ' }, 'input.name', /empty/],
    ['a bad id', { class: 'Server', name: 'S', id: 'has spaces' }, 'input.id', /ids are/],
    [
      'a bad attribute name',
      { class: 'Server', name: 'S', attributes: { 'bad key': 1 } },
      'input.attributes.bad key',
      /attribute names/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, input, field, reason) => {
    const before = await counts();
    const error = await refused(api.sdk.CreateItem({ input: input as never }), 'BAD_USER_INPUT', field);
    expect(error.extensions?.reason).toMatch(reason);
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate serial number or id with CONFLICT and writes nothing', async () => {
    await createServer('srv-dup-1');
    const before = await counts();
    await refused(
      api.sdk.CreateItem({ input: { class: 'Server', name: 'other', serialNumber: 'SN-srv-dup-1' } }),
      'CONFLICT',
      'serialNumber',
    );
    await refused(api.sdk.CreateItem({ input: { class: 'Server', id: 'srv-dup-1', name: 'again' } }), 'CONFLICT', 'id');
    expect(await counts()).toEqual(before);
  });
});

describe('updateItem', () => {
  it('patches fields, bumps the version, records only what changed, and clears with null', async () => {
    await createServer('srv-upd-1', { os: 'Debian 12', cpuCores: 8 });
    const updated = ok(
      await api.sdk.UpdateItem({
        id: 'srv-upd-1',
        expectedVersion: 1,
        patch: { os: 'Debian 13', cpuCores: 8, description: 'web' },
      }),
    ).updateItem;
    expect(updated).toMatchObject({ version: 2, os: 'Debian 13', cpuCores: 8, description: 'web' });
    const [change] = await cypher(
      api.executor,
      "MATCH (c:Change {ciId: 'srv-upd-1', op: 'UPDATE'}) RETURN c.before AS before, c.after AS after",
    );
    expect(JSON.parse(change.before as string)).toEqual({ os: 'Debian 12', description: null });
    expect(JSON.parse(change.after as string)).toEqual({ os: 'Debian 13', description: 'web' });

    const cleared = ok(
      await api.sdk.UpdateItem({ id: 'srv-upd-1', expectedVersion: 2, patch: { description: null } }),
    ).updateItem;
    expect(cleared.description).toBeNull();
    expect(cleared.version).toBe(3);
  });

  it('refuses a stale expectedVersion with CONFLICT and the current version, changing nothing', async () => {
    await createServer('srv-upd-2');
    ok(await api.sdk.UpdateItem({ id: 'srv-upd-2', expectedVersion: 1, patch: { os: 'A' } }));
    const error = await refused(
      api.sdk.UpdateItem({ id: 'srv-upd-2', expectedVersion: 1, patch: { os: 'B' } }),
      'CONFLICT',
      'expectedVersion',
    );
    expect(error.extensions?.currentVersion).toBe(2);
    expect(ok(await api.sdk.Item({ id: 'srv-upd-2' })).item).toMatchObject({ os: 'A', version: 2 });
  });

  it('lets exactly one of several concurrent writers with the same version win', async () => {
    await createServer('srv-race');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.sdk.UpdateItem({ id: 'srv-race', expectedVersion: 1, patch: { os: `os-${i}` } }),
      ),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(9);
    expect(ok(await api.sdk.Item({ id: 'srv-race' })).item?.version).toBe(2);
  });

  it('does not bump the version or log a change for a patch that changes nothing', async () => {
    await createServer('srv-noop', { os: 'X' });
    const same = ok(await api.sdk.UpdateItem({ id: 'srv-noop', expectedVersion: 1, patch: { os: 'X' } })).updateItem;
    expect(same.version).toBe(1);
    expect((await cypher(api.executor, "MATCH (c:Change {ciId: 'srv-noop'}) RETURN count(c) AS n"))[0].n).toBe(1);
  });

  it('says NOT_FOUND for an unknown id', async () => {
    await refused(api.sdk.UpdateItem({ id: 'ghost', expectedVersion: 1, patch: { name: 'x' } }), 'NOT_FOUND', 'id');
  });
});

describe('deleteItem', () => {
  it('refuses while something still runs on the CI, deletes when forced, keeps history, never reuses the id', async () => {
    await createServer('srv-del-1');
    ok(await api.sdk.CreateItem({ input: { class: 'VirtualMachine', id: 'vm-del-1', name: 'vm' } }));
    ok(await api.sdk.Relate({ input: { from: 'vm-del-1', type: 'RUNS_ON', to: 'srv-del-1' } }));
    const before = await counts();
    const error = await refused(api.sdk.DeleteItem({ id: 'srv-del-1' }), 'CONFLICT', 'id');
    expect(error.message).toMatch(/1 RUNS_ON/);
    expect(await counts()).toEqual(before);

    ok(await api.sdk.DeleteItem({ id: 'srv-del-1', force: true }));
    expect(ok(await api.sdk.Item({ id: 'srv-del-1' })).item).toBeNull();
    const ops = await cypher(
      api.executor,
      "MATCH (c:Change) WHERE c.ciId = 'vm-del-1' OR c.ciId = 'srv-del-1' RETURN c.op AS op ORDER BY c.seq",
    );
    expect(ops.map((o) => o.op)).toEqual(['CREATE', 'CREATE', 'RELATE', 'UNRELATE', 'DELETE']);
    await refused(
      api.sdk.CreateItem({ input: { class: 'Server', id: 'srv-del-1', name: 'reborn' } }),
      'CONFLICT',
      'input.id',
    );
  });
});
