/**
 * A real server walked from PLANNED to DISPOSED through the API, every
 * refusal on the way checked to leave the graph exactly as it was; bulk
 * transitions all-or-nothing; races; services' shorter lifecycle.
 */
import { today } from '../../graph/lifecycle/dates';
import type { LifecycleDetailsInput } from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

// Generous: the machine these run on is shared and often loaded.
jest.setTimeout(180_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const input of [
    { class: 'Vendor', id: 'lc-vendor', name: 'Dell Technologies' },
    { class: 'Location', id: 'lc-store', name: 'Stores', locationKind: 'ROOM' },
    { class: 'Location', id: 'lc-rack', name: 'Rack 7', locationKind: 'RACK' },
    { class: 'Team', id: 'lc-ops', name: 'Compute Platform' },
    { class: 'Person', id: 'lc-alice', name: 'Alice' },
  ]) {
    ok(await api.sdk.CreateItem({ input: input as never }));
  }
});
afterAll(() => api.stop());

/** Everything a refused transition could have touched, read behind the API's back. */
async function snapshot(id: string) {
  const [row] = await cypher(
    api.executor,
    `MATCH (n:CI {id: $id})
     RETURN n {.*} AS node,
       COUNT { (n)-[:HAD_EVENT]->() } AS events,
       COUNT { (:LifecycleEvent) } AS allEvents,
       COUNT { (:Change) } AS changes,
       [(n)-[r]->(m:CI) | type(r) + '>' + m.id] AS out`,
    { id },
  );
  return { ...row, out: [...(row.out as string[])].sort() };
}

type Answer = Parameters<typeof ok>[0];

/** The transition is refused with this code, field and rule, and nothing in the graph changed. */
async function refusedUnchanged(
  id: string,
  pending: () => Promise<Answer>,
  code: string,
  field: string,
  rule?: string,
) {
  const before = await snapshot(id);
  const error = await refused(pending(), code, field);
  if (rule) expect(error.extensions?.rule).toBe(rule);
  expect(await snapshot(id)).toEqual(before);
  return error;
}

const move = (id: string, to: string, expectedVersion: number, details?: LifecycleDetailsInput) =>
  api.sdk.TransitionLifecycle({ id, to: to as never, expectedVersion, details });

const ORDER: LifecycleDetailsInput = {
  vendorId: 'lc-vendor',
  purchaseOrder: 'PO-2026-0142',
  cost: { amount: 849_900, currency: 'EUR' },
  expectedDelivery: '2026-03-01',
  orderDate: '2026-02-10',
};

async function createServer(id: string) {
  return ok(await api.sdk.CreateItem({ input: { class: 'Server', id, name: id } })).createItem;
}

describe('a server from PLANNED to DISPOSED', () => {
  const id = 'lc-srv-1';

  it('starts PLANNED and says what it may do next', async () => {
    await createServer(id);
    const item = ok(await api.sdk.Lifecycle({ id })).item!;
    expect(item.lifecycleState).toBe('PLANNED');
    expect(item.lifecycle).toEqual([]);
    expect(item.nextLifecycleStates).toEqual([
      {
        to: 'ORDERED',
        requiredDetails: ['vendorId', 'purchaseOrder', 'cost', 'expectedDelivery'],
        optionalDetails: ['orderDate', 'invoiceNumber'],
        guards: [],
      },
      { to: 'CANCELLED', requiredDetails: ['reason'], optionalDetails: [], guards: [] },
    ]);
  });

  it('refuses a move the table does not have, details missing, and references to the wrong CIs', async () => {
    const skip = await refusedUnchanged(id, () => move(id, 'DEPLOYED', 1), 'BAD_USER_INPUT', 'to', 'notInTable');
    expect(skip.message).toMatch(/cannot go from PLANNED to DEPLOYED; from PLANNED it may go to ORDERED, CANCELLED/);

    const missing = await refusedUnchanged(
      id,
      () => move(id, 'ORDERED', 1, { vendorId: 'lc-vendor' }),
      'BAD_USER_INPUT',
      'details.purchaseOrder',
      'details',
    );
    expect(missing.extensions?.details).toEqual([
      { field: 'details.purchaseOrder', reason: 'required for a transition from PLANNED to ORDERED' },
      { field: 'details.cost', reason: 'required for a transition from PLANNED to ORDERED' },
      { field: 'details.expectedDelivery', reason: 'required for a transition from PLANNED to ORDERED' },
    ]);

    await refusedUnchanged(
      id,
      () => move(id, 'ORDERED', 1, { ...ORDER, serialNumber: 'too-early' }),
      'BAD_USER_INPUT',
      'details.serialNumber',
      'details',
    );
    const wrongClass = await refusedUnchanged(
      id,
      () => move(id, 'ORDERED', 1, { ...ORDER, vendorId: 'lc-ops' }),
      'BAD_USER_INPUT',
      'details.vendorId',
      'reference',
    );
    expect(wrongClass.extensions?.reason).toMatch(/SUPPLIED_BY from Server cannot point to a Team/);
    await refusedUnchanged(
      id,
      () => move(id, 'ORDERED', 1, { ...ORDER, vendorId: 'no-such-vendor' }),
      'NOT_FOUND',
      'details.vendorId',
      'reference',
    );
  });

  it('orders: records the purchase, relates the vendor, bumps the version, logs the change and the event', async () => {
    const ordered = ok(await move(id, 'ORDERED', 1, ORDER)).transitionLifecycle;
    expect(ordered).toMatchObject({
      lifecycleState: 'ORDERED',
      version: 2,
      purchaseOrder: 'PO-2026-0142',
      purchaseCost: { amount: 849_900, currency: 'EUR' },
      purchaseDate: '2026-02-10',
      expectedDelivery: '2026-03-01',
      vendor: { id: 'lc-vendor' },
    });
    const changes = await cypher(
      api.executor,
      'MATCH (c:Change {ciId: $id}) WHERE c.op <> "CREATE" RETURN c.op AS op, c.relType AS rel, c.after AS after ORDER BY c.seq',
      { id },
    );
    expect(changes.map((c) => [c.op, c.rel])).toEqual([
      ['TRANSITION', null],
      ['RELATE', 'SUPPLIED_BY'],
    ]);
    expect(JSON.parse(changes[0].after as string)).toMatchObject({
      lifecycleState: 'ORDERED',
      purchaseCostAmount: 849_900,
    });
  });

  it('refuses a stale version with CONFLICT and the current version', async () => {
    const error = await refusedUnchanged(
      id,
      () => move(id, 'RECEIVED', 1, { receivedDate: '2026-03-02', serialNumber: 'CN-7781' }),
      'CONFLICT',
      'expectedVersion',
      'staleVersion',
    );
    expect(error.extensions?.currentVersion).toBe(2);
  });

  it('refuses a serial number another asset has, then receives the server', async () => {
    ok(
      await api.sdk.CreateItem({ input: { class: 'Server', id: 'lc-other', name: 'other', serialNumber: 'CN-TAKEN' } }),
    );
    const taken = await refusedUnchanged(
      id,
      () => move(id, 'RECEIVED', 2, { receivedDate: '2026-03-02', serialNumber: 'CN-TAKEN' }),
      'CONFLICT',
      'details.serialNumber',
      'unique',
    );
    expect(taken.extensions?.reason).toBe('CN-TAKEN is already the serialNumber of lc-other');

    const received = ok(
      await move(id, 'RECEIVED', 2, {
        receivedDate: '2026-03-02',
        serialNumber: 'CN-7781',
        assetTag: 'EST-000142',
        invoiceNumber: 'INV-55',
      }),
    ).transitionLifecycle;
    expect(received).toMatchObject({
      lifecycleState: 'RECEIVED',
      version: 3,
      serialNumber: 'CN-7781',
      assetTag: 'EST-000142',
      invoiceNumber: 'INV-55',
      receivedDate: '2026-03-02',
    });
  });

  it('stocks it in the store room, then deploys it, moving it to the rack with an owner', async () => {
    expect(ok(await move(id, 'IN_STOCK', 3, { locationId: 'lc-store' })).transitionLifecycle).toMatchObject({
      lifecycleState: 'IN_STOCK',
      operationalStatus: 'UNKNOWN',
      location: { id: 'lc-store' },
    });
    await refusedUnchanged(
      id,
      () => move(id, 'DEPLOYED', 4, { locationId: 'lc-rack' }),
      'BAD_USER_INPUT',
      'details.ownerId',
      'details',
    );
    await refusedUnchanged(
      id,
      () => move(id, 'DEPLOYED', 4, { locationId: 'lc-vendor', ownerId: 'lc-ops' }),
      'BAD_USER_INPUT',
      'details.locationId',
      'reference',
    );
    const deployed = ok(
      await move(id, 'DEPLOYED', 4, { locationId: 'lc-rack', ownerId: 'lc-ops' }),
    ).transitionLifecycle;
    expect(deployed).toMatchObject({
      lifecycleState: 'DEPLOYED',
      operationalStatus: 'OPERATIONAL',
      version: 5,
      location: { id: 'lc-rack' },
      owner: { id: 'lc-ops' },
    });
    const moves = await cypher(
      api.executor,
      "MATCH (c:Change {ciId: $id}) WHERE c.relType = 'LOCATED_IN' RETURN c.op AS op, c.otherId AS to ORDER BY c.seq",
      { id },
    );
    expect(moves).toEqual([
      { op: 'RELATE', to: 'lc-store' },
      { op: 'UNRELATE', to: 'lc-store' },
      { op: 'RELATE', to: 'lc-rack' },
    ]);
  });

  it("records entering service as OPERATIONAL in the transition's change record", async () => {
    const [change] = await cypher(
      api.executor,
      "MATCH (c:Change {ciId: $id, op: 'TRANSITION'}) WITH c ORDER BY c.seq DESC LIMIT 1 RETURN c.before AS before, c.after AS after",
      { id },
    );
    expect(JSON.parse(change.before as string)).toEqual({ lifecycleState: 'IN_STOCK', operationalStatus: 'UNKNOWN' });
    expect(JSON.parse(change.after as string)).toEqual({
      lifecycleState: 'DEPLOYED',
      operationalStatus: 'OPERATIONAL',
    });
  });

  it('goes into maintenance and back, leaving operationalStatus to monitoring', async () => {
    // A status report moves no version: monitoring never makes an editor's expectedVersion stale.
    ok(await api.sdk.ReportStatus({ id, status: 'DEGRADED' }));
    const inMaintenance = ok(await move(id, 'IN_MAINTENANCE', 5, { reason: 'failed DIMM', note: 'ticket INC-4411' }));
    expect(inMaintenance.transitionLifecycle).toMatchObject({ operationalStatus: 'DEGRADED' });
    expect(ok(await move(id, 'DEPLOYED', 6)).transitionLifecycle).toMatchObject({
      lifecycleState: 'DEPLOYED',
      operationalStatus: 'DEGRADED',
      version: 7,
    });
  });

  it('refuses to retire while a VM in service runs on it, naming the VM; retires once the VM is retired', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'VirtualMachine', id: 'lc-vm', name: 'vm' } }));
    ok(await api.sdk.Relate({ input: { from: 'lc-vm', type: 'RUNS_ON', to: id } }));
    const error = await refusedUnchanged(
      id,
      () => move(id, 'RETIRED', 7, { reason: 'end of refresh cycle' }),
      'BAD_USER_INPUT',
      'id',
      'noInServiceDependents',
    );
    expect(error.message).toMatch(/lc-vm \(VirtualMachine, DEPLOYED, RUNS_ON\)/);
    expect(error.extensions?.blockers).toEqual(['lc-vm']);

    ok(await move('lc-vm', 'RETIRED', 1, { reason: 'migrated to the new cluster' }));
    expect(
      ok(await move(id, 'RETIRED', 7, { reason: 'end of refresh cycle', retiredDate: '2031-03-31' }))
        .transitionLifecycle,
    ).toMatchObject({
      lifecycleState: 'RETIRED',
      operationalStatus: 'UNKNOWN',
      retirementReason: 'end of refresh cycle',
      retiredDate: '2031-03-31',
    });
  });

  it('refuses disposal while something in service depends on it, and without sanitising its disks', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'Application', id: 'lc-app', name: 'app' } }));
    ok(await api.sdk.Relate({ input: { from: 'lc-app', type: 'DEPENDS_ON', to: id } }));
    const disposal: LifecycleDetailsInput = {
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      certificateReference: 'WEEE-2031-0093',
    };
    await refusedUnchanged(
      id,
      () => move(id, 'DISPOSED', 8, disposal),
      'BAD_USER_INPUT',
      'id',
      'noInServiceDependents',
    );
    ok(await api.sdk.Unrelate({ from: 'lc-app', type: 'DEPENDS_ON', to: id }));

    const unsanitised = await refusedUnchanged(
      id,
      () => move(id, 'DISPOSED', 8, { ...disposal, sanitisationMethod: 'NONE' }),
      'BAD_USER_INPUT',
      'details.sanitisationMethod',
      'sanitisedIfStorageBearing',
    );
    expect(unsanitised.message).toMatch(/transition refused by rule sanitisedIfStorageBearing/);
  });

  it('disposes: records how, takes it out of its rack, and keeps owner and vendor', async () => {
    const disposed = ok(
      await move(id, 'DISPOSED', 8, {
        disposalMethod: 'RECYCLED',
        sanitisationMethod: 'PURGE',
        certificateReference: 'WEEE-2031-0093',
        disposedDate: '2031-04-15',
      }),
    ).transitionLifecycle;
    expect(disposed).toMatchObject({
      lifecycleState: 'DISPOSED',
      version: 9,
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      disposalCertificate: 'WEEE-2031-0093',
      disposedDate: '2031-04-15',
      location: null,
      owner: { id: 'lc-ops' },
      vendor: { id: 'lc-vendor' },
    });
  });

  it('is final once disposed', async () => {
    for (const to of ['DEPLOYED', 'RETIRED', 'IN_STOCK', 'PLANNED']) {
      await refusedUnchanged(id, () => move(id, to, 9), 'BAD_USER_INPUT', 'to', 'terminal');
    }
    expect(ok(await api.sdk.Lifecycle({ id })).item!.nextLifecycleStates).toEqual([]);
  });

  it('lists every transition once, oldest first, with its details and actor, linked to its change record', async () => {
    const events = ok(await api.sdk.Lifecycle({ id })).item!.lifecycle;
    expect(events.map((e) => [e.seq, e.from, e.to])).toEqual([
      [1, 'PLANNED', 'ORDERED'],
      [2, 'ORDERED', 'RECEIVED'],
      [3, 'RECEIVED', 'IN_STOCK'],
      [4, 'IN_STOCK', 'DEPLOYED'],
      [5, 'DEPLOYED', 'IN_MAINTENANCE'],
      [6, 'IN_MAINTENANCE', 'DEPLOYED'],
      [7, 'DEPLOYED', 'RETIRED'],
      [8, 'RETIRED', 'DISPOSED'],
    ]);
    expect(events[0].details).toEqual(ORDER);
    expect(events[4].details).toEqual({ reason: 'failed DIMM', note: 'ticket INC-4411' });
    expect(events[6].details).toEqual({ reason: 'end of refresh cycle', retiredDate: '2031-03-31' });
    expect(events.every((e) => e.actor === 'local' && e.source === 'api')).toBe(true);
    const linked = await cypher(
      api.executor,
      `MATCH (:CI {id: $id})-[:HAD_EVENT]->(e:LifecycleEvent)
       MATCH (c:Change {seq: e.changeSeq})
       RETURN c.op AS op, c.ciId AS ciId, count(*) AS n`,
      { id },
    );
    expect(linked).toEqual([{ op: 'TRANSITION', ciId: id, n: 8 }]);
  });
});

describe('defaults and shorter lifecycles', () => {
  it('dates an order today when no order date is given', async () => {
    await createServer('lc-srv-today');
    const { orderDate: _none, ...order } = ORDER;
    const item = ok(await move('lc-srv-today', 'ORDERED', 1, order)).transitionLifecycle;
    expect(item).toMatchObject({ purchaseDate: today() });
  });

  it('cancels an order with a reason, and then nothing more', async () => {
    await createServer('lc-srv-cancel');
    ok(await move('lc-srv-cancel', 'ORDERED', 1, ORDER));
    await refusedUnchanged(
      'lc-srv-cancel',
      () => move('lc-srv-cancel', 'CANCELLED', 2),
      'BAD_USER_INPUT',
      'details.reason',
      'details',
    );
    ok(await move('lc-srv-cancel', 'CANCELLED', 2, { reason: 'budget withdrawn' }));
    await refusedUnchanged(
      'lc-srv-cancel',
      () => move('lc-srv-cancel', 'ORDERED', 3, ORDER),
      'BAD_USER_INPUT',
      'to',
      'terminal',
    );
  });

  it('loses a deployed asset (DOWN) and finds it again in stock (UNKNOWN)', async () => {
    ok(
      await api.sdk.CreateItem({
        input: {
          class: 'Server',
          id: 'lc-srv-lost',
          name: 'lost',
          lifecycleState: 'DEPLOYED',
          lifecycleDetails: { locationId: 'lc-rack', ownerId: 'lc-ops' },
        },
      }),
    );
    expect(
      ok(await move('lc-srv-lost', 'LOST', 1, { reason: 'not found at audit' })).transitionLifecycle,
    ).toMatchObject({ lifecycleState: 'LOST', operationalStatus: 'DOWN' });
    expect(ok(await move('lc-srv-lost', 'IN_STOCK', 2, { locationId: 'lc-store' })).transitionLifecycle).toMatchObject({
      lifecycleState: 'IN_STOCK',
      operationalStatus: 'UNKNOWN',
      location: { id: 'lc-store' },
    });
  });

  it('gives services the short lifecycle and places none', async () => {
    ok(
      await api.sdk.CreateItem({
        input: { class: 'Application', id: 'lc-app-2', name: 'app 2', lifecycleState: 'PLANNED' },
      }),
    );
    expect(ok(await move('lc-app-2', 'DEPLOYED', 1, { ownerId: 'lc-alice' })).transitionLifecycle).toMatchObject({
      lifecycleState: 'DEPLOYED',
      owner: { id: 'lc-alice' },
    });
    await refusedUnchanged('lc-app-2', () => move('lc-app-2', 'DISPOSED', 2), 'BAD_USER_INPUT', 'to', 'notInTable');
    await refusedUnchanged(
      'lc-app-2',
      () => move('lc-app-2', 'IN_MAINTENANCE', 2, { locationId: 'lc-rack' }),
      'BAD_USER_INPUT',
      'details.locationId',
      'details',
    );
    await refusedUnchanged('lc-rack', () => move('lc-rack', 'RETIRED', 1), 'BAD_USER_INPUT', 'id', 'noLifecycle');
  });

  it('says NOT_FOUND for an unknown CI', async () => {
    await refused(move('lc-ghost', 'ORDERED', 1, ORDER), 'NOT_FOUND', 'id');
  });

  it('lets exactly one of several concurrent transitions with the same version win', async () => {
    await createServer('lc-srv-race');
    const answers = await Promise.all(Array.from({ length: 8 }, () => move('lc-srv-race', 'ORDERED', 1, ORDER)));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(7);
    const [row] = await cypher(
      api.executor,
      "MATCH (n:CI {id: 'lc-srv-race'}) RETURN n.version AS v, COUNT { (n)-[:HAD_EVENT]->() } AS events, COUNT { (n)-[:SUPPLIED_BY]->() } AS vendors",
    );
    expect(row).toEqual({ v: 2, events: 1, vendors: 1 });
  });
});

describe('bulk transitions', () => {
  const ids = ['lc-bulk-1', 'lc-bulk-2', 'lc-bulk-3'];
  const snapshots = () => Promise.all(ids.map(snapshot));

  beforeAll(async () => {
    for (const id of ids) await createServer(id);
  });

  it('refuses all when one fails, naming the request by index and id, and writes nothing', async () => {
    const before = await snapshots();
    const error = await refused(
      api.sdk.TransitionLifecycleMany({
        requests: [
          { id: ids[0], to: 'ORDERED', expectedVersion: 1, details: ORDER },
          { id: ids[1], to: 'ORDERED', expectedVersion: 1, details: { ...ORDER, cost: undefined } },
          { id: ids[2], to: 'ORDERED', expectedVersion: 1, details: ORDER },
        ],
      }),
      'BAD_USER_INPUT',
      'requests.1.details.cost',
    );
    expect(error.message).toMatch(/^request 1 \(lc-bulk-2\): transition refused by rule details/);
    expect(await snapshots()).toEqual(before);
  });

  it('refuses the same CI twice in one request', async () => {
    const before = await snapshots();
    await refused(
      api.sdk.TransitionLifecycleMany({
        requests: [
          { id: ids[0], to: 'ORDERED', expectedVersion: 1, details: ORDER },
          { id: ids[0], to: 'CANCELLED', expectedVersion: 2, details: { reason: 'x' } },
        ],
      }),
      'BAD_USER_INPUT',
      'requests.1.id',
    );
    expect(await snapshots()).toEqual(before);
  });

  it('moves many in one transaction, in as many queries as one move takes', async () => {
    await createServer('lc-bulk-single');
    const single = await move('lc-bulk-single', 'ORDERED', 1, ORDER);
    ok(single);
    const answer = await api.sdk.TransitionLifecycleMany({
      requests: ids.map((id) => ({ id, to: 'ORDERED' as const, expectedVersion: 1, details: ORDER })),
    });
    const moved = ok(answer).transitionLifecycleMany;
    expect(answer.extensions.estate.queries).toBe(single.extensions.estate.queries);
    expect(moved.map((m) => [m.id, m.lifecycleState, m.version, m.vendor?.id])).toEqual(
      ids.map((id) => [id, 'ORDERED', 2, 'lc-vendor']),
    );
    const [counts] = await cypher(
      api.executor,
      `MATCH (c:Change) WHERE c.ciId IN $ids AND c.op IN ['TRANSITION', 'RELATE']
       RETURN count(c) AS changes, count(DISTINCT c.requestId) AS requests`,
      { ids },
    );
    expect(counts).toEqual({ changes: 6, requests: 1 });
  });

  it('refuses duplicate serial numbers within one request', async () => {
    const before = await snapshots();
    const error = await refused(
      api.sdk.TransitionLifecycleMany({
        requests: [
          {
            id: ids[0],
            to: 'RECEIVED',
            expectedVersion: 2,
            details: { receivedDate: '2026-03-01', serialNumber: 'BULK-1' },
          },
          {
            id: ids[1],
            to: 'RECEIVED',
            expectedVersion: 2,
            details: { receivedDate: '2026-03-01', serialNumber: 'BULK-1' },
          },
        ],
      }),
      'CONFLICT',
      'requests.1.details.serialNumber',
    );
    expect(error.extensions?.reason).toBe('BULK-1 is already the serialNumber of lc-bulk-1');
    expect(await snapshots()).toEqual(before);
  });

  it('refuses more than 500 transitions in one request', async () => {
    const requests = Array.from({ length: 501 }, (_, i) => ({
      id: `x${i}`,
      to: 'ORDERED' as const,
      expectedVersion: 1,
    }));
    await refused(api.sdk.TransitionLifecycleMany({ requests }), 'LIMIT_EXCEEDED', 'requests');
  });
});

describe('what lifecycle fields cost', () => {
  it('loads the events and contracts of a page of servers in one query each', async () => {
    const answer = await api.sdk.ServersValue({});
    const servers = ok(answer).items.edges;
    expect(servers.length).toBeGreaterThan(5);
    expect(servers.find((s) => s.node.id === 'lc-srv-1')!.node.lifecycle).toHaveLength(8);
    // The page, then one batch each for lifecycle events and covering contracts.
    expect(answer.extensions.estate.queries).toBe(3);
  });
});
