/**
 * Creating a CI in a later lifecycle state through the API (issue 18): the
 * same details and guards as the moves that lead there, or a refusal that
 * names the rule and writes nothing; accepted, one lifecycle event linked to
 * the CREATE change, the relationships its details make, and the status
 * the state implies. Contracts ending before they start are refused on
 * create and update.
 */
import { today } from '../../graph/lifecycle/dates';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

jest.setTimeout(180_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const input of [
    { class: 'Location', id: 'cr-rack', name: 'Rack 3', locationKind: 'RACK' },
    { class: 'Team', id: 'cr-ops', name: 'Compute Platform' },
  ]) {
    ok(await api.sdk.CreateItem({ input: input as never }));
  }
});
afterAll(() => api.stop());

/** Everything a refused create could have written. */
async function counts() {
  const [row] = await cypher(
    api.executor,
    'RETURN COUNT { (:CI) } AS cis, COUNT { (:Change) } AS changes, COUNT { (:LifecycleEvent) } AS events',
  );
  return row;
}

async function refusedUnchanged(input: Record<string, unknown>, field: string, rule?: string) {
  const before = await counts();
  const error = await refused(api.sdk.CreateItem({ input: input as never }), 'BAD_USER_INPUT', field);
  if (rule) expect(error.extensions?.rule).toBe(rule);
  expect(await counts()).toEqual(before);
  return error;
}

const DISPOSAL = {
  reason: 'end of life',
  disposalMethod: 'RECYCLED',
  sanitisationMethod: 'PURGE',
  certificateReference: 'CERT-2026-17',
};

describe('createItem in DISPOSED', () => {
  it('is refused without sanitisation or certificate, naming the rule and each missing detail', async () => {
    const error = await refusedUnchanged(
      { class: 'Server', id: 'cr-gone', name: 'gone', lifecycleState: 'DISPOSED' },
      'input.lifecycleDetails.reason',
      'details',
    );
    expect(error.message).toBe(
      'creation refused by rule details: ' +
        ['reason', 'disposalMethod', 'sanitisationMethod', 'certificateReference']
          .map(
            (d) =>
              `input.lifecycleDetails.${d}: required for creating a Server in DISPOSED (PLANNED → ORDERED → RECEIVED → IN_STOCK → RETIRED → DISPOSED)`,
          )
          .join('; '),
    );
  });

  it('is refused with sanitisation NONE by the guard sanitisedIfStorageBearing', async () => {
    await refusedUnchanged(
      {
        class: 'Server',
        id: 'cr-gone',
        name: 'gone',
        lifecycleState: 'DISPOSED',
        lifecycleDetails: { ...DISPOSAL, sanitisationMethod: 'NONE' },
      },
      'input.lifecycleDetails.sanitisationMethod',
      'sanitisedIfStorageBearing',
    );
  });

  it('with the details: the fields recorded, one event from null linked to the CREATE change', async () => {
    const created = ok(
      await api.sdk.CreateItem({
        input: {
          class: 'Server',
          id: 'cr-gone',
          name: 'gone',
          lifecycleState: 'DISPOSED',
          lifecycleDetails: DISPOSAL as never,
        },
      }),
    ).createItem;
    expect(created).toMatchObject({ lifecycleState: 'DISPOSED', operationalStatus: 'UNKNOWN', version: 1 });
    const item = ok(await api.sdk.Lifecycle({ id: 'cr-gone' })).item!;
    expect(item).toMatchObject({
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      disposalCertificate: 'CERT-2026-17',
      disposedDate: today(),
    });
    expect(item.lifecycle).toHaveLength(1);
    const [event] = item.lifecycle;
    expect(event).toMatchObject({ seq: 1, from: null, to: 'DISPOSED' });
    expect(event.details).toEqual({ ...DISPOSAL, retiredDate: today(), disposedDate: today() });
    const history = ok(await api.sdk.ItemHistory({ id: 'cr-gone', order: 'ASC' })).item!.history.edges;
    expect(history.map((e) => e.node.op)).toEqual(['CREATE']);
    expect(event.changeSeq).toBe(history[0].node.seq);
  });
});

describe('createItem in DEPLOYED', () => {
  it('is refused without a location and an owner', async () => {
    const error = await refusedUnchanged(
      { class: 'Server', id: 'cr-web', name: 'web', lifecycleState: 'DEPLOYED' },
      'input.lifecycleDetails.locationId',
      'details',
    );
    expect(error.extensions?.details).toEqual([
      expect.objectContaining({ field: 'input.lifecycleDetails.locationId' }),
      expect.objectContaining({ field: 'input.lifecycleDetails.ownerId' }),
    ]);
  });

  it('is refused when the location is not a place', async () => {
    await refused(
      api.sdk.CreateItem({
        input: {
          class: 'Server',
          id: 'cr-web',
          name: 'web',
          lifecycleState: 'DEPLOYED',
          lifecycleDetails: { locationId: 'cr-ops', ownerId: 'cr-ops' },
        },
      }),
      'BAD_USER_INPUT',
      'input.lifecycleDetails.locationId',
    );
    expect(ok(await api.sdk.Item({ id: 'cr-web' })).item).toBeNull();
  });

  it('with them: located, owned, OPERATIONAL, RELATE changes and the event', async () => {
    ok(
      await api.sdk.CreateItem({
        input: {
          class: 'Server',
          id: 'cr-web',
          name: 'web',
          lifecycleState: 'DEPLOYED',
          lifecycleDetails: { locationId: 'cr-rack', ownerId: 'cr-ops' },
        },
      }),
    );
    const item = ok(await api.sdk.Lifecycle({ id: 'cr-web' })).item!;
    expect(item).toMatchObject({ lifecycleState: 'DEPLOYED', operationalStatus: 'OPERATIONAL' });
    expect(item.lifecycle.map((e) => [e.from, e.to, e.details])).toEqual([
      [null, 'DEPLOYED', { locationId: 'cr-rack', ownerId: 'cr-ops' }],
    ]);
    const out = await cypher(
      api.executor,
      "MATCH (:CI {id: 'cr-web'})-[r]->(m:CI) RETURN type(r) + '>' + m.id AS r ORDER BY r",
    );
    expect(out.map((r) => r.r)).toEqual(['LOCATED_IN>cr-rack', 'OWNED_BY>cr-ops']);
    const history = ok(await api.sdk.ItemHistory({ id: 'cr-web', order: 'ASC' })).item!.history.edges;
    expect(history.map((e) => e.node.op)).toEqual(['CREATE', 'RELATE', 'RELATE']);
  });
});

describe('createItem in other states', () => {
  it('LOST starts DOWN with its event', async () => {
    ok(
      await api.sdk.CreateItem({
        input: { class: 'EndUserDevice', id: 'cr-lost', name: 'laptop', lifecycleState: 'LOST' },
      }),
    );
    const item = ok(await api.sdk.Lifecycle({ id: 'cr-lost' })).item!;
    expect(item).toMatchObject({ lifecycleState: 'LOST', operationalStatus: 'DOWN' });
    expect(item.lifecycle.map((e) => [e.from, e.to])).toEqual([[null, 'LOST']]);
  });

  it('PLANNED is a plain create: no event, and lifecycle details refused', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'Server', id: 'cr-plan', name: 'plan' } }));
    expect(ok(await api.sdk.Lifecycle({ id: 'cr-plan' })).item!.lifecycle).toEqual([]);
    await refusedUnchanged(
      { class: 'Server', id: 'cr-plan2', name: 'plan', lifecycleDetails: { reason: 'x' } },
      'input.lifecycleDetails',
      'details',
    );
  });

  it('a state a service cannot reach is refused by notInTable', async () => {
    await refusedUnchanged(
      { class: 'Application', id: 'cr-app', name: 'app', lifecycleState: 'DISPOSED' },
      'input.lifecycleState',
      'notInTable',
    );
  });
});

describe('contract dates', () => {
  const contract = { class: 'Contract', id: 'cr-c', name: 'support', contractNumber: 'C-1' };

  it('a contract ending before it starts is refused, naming endDate', async () => {
    const before = await counts();
    const error = await refused(
      api.sdk.CreateItem({ input: { ...contract, startDate: '2026-06-01', endDate: '2026-05-31' } as never }),
      'BAD_USER_INPUT',
      'input.endDate',
    );
    expect(error.message).toBe(
      'invalid Contract: input.endDate: endDate 2026-05-31 is before startDate 2026-06-01: a contract cannot end before it starts',
    );
    expect(await counts()).toEqual(before);
  });

  it('an update that moves the start past the stored end is refused, naming startDate', async () => {
    ok(await api.sdk.CreateItem({ input: { ...contract, startDate: '2026-06-01', endDate: '2027-05-31' } as never }));
    await refused(
      api.sdk.UpdateItem({ id: 'cr-c', expectedVersion: 1, patch: { startDate: '2027-06-01' } }),
      'BAD_USER_INPUT',
      'patch.startDate',
    );
    expect(ok(await api.sdk.Item({ id: 'cr-c' })).item).toMatchObject({ version: 1 });
  });
});
