/**
 * The asset manager's reports over a small hand-built estate, on a fixed
 * report date, with every figure worked out by hand below.
 */
import { addDays, today } from '../../graph/lifecycle/dates';
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

// Generous: the machine these run on is shared and often loaded.
jest.setTimeout(180_000);

let api: TestApi;

const AS_OF = '2026-07-01';
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * Book values on 2026-07-01 (six monthly charges due since 2026-01-01):
 * - rp-srv-a: 1,200.00 straight line over 12 months → 100.00 a month → 600.00
 * - rp-srv-b: 600.00 over the Server default 60 months → 10.00 a month → 540.00
 * - rp-srv-c: $100.00 over 60 months → ⌊10000·6/60⌋ = 10.00 charged → $90.00
 * - rp-laptop: 900.00 double declining over 36 months (EndUserDevice default):
 *   500.00, 47.22, 44.60, 42.12, 39.78, 37.57 → 638.71
 * - rp-srv-e: received 2020-01-01, fully depreciated by 2025-01-01 → 0
 * - rp-srv-f: disposed 2026-02-01 → 0; rp-srv-d has no cost → unvalued
 */
const SEED: Record<string, unknown>[] = [
  { class: 'Location', id: 'rp-dc1', name: 'DC One' },
  { class: 'Location', id: 'rp-dc2', name: 'DC Two' },
  { class: 'Team', id: 'rp-ops', name: 'Ops' },
  { class: 'Person', id: 'rp-bob', name: 'Bob' },
  { class: 'Vendor', id: 'rp-vendor', name: 'Acme' },
  {
    class: 'Server',
    id: 'rp-srv-a',
    name: 'rp-srv-a',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'rp-dc1', ownerId: 'rp-ops' },
    purchaseCost: eur(120000),
    purchaseDate: '2026-01-01',
    usefulLifeMonths: 12,
    warrantyEnd: '2026-07-20',
  },
  {
    class: 'Server',
    id: 'rp-srv-b',
    name: 'rp-srv-b',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'rp-dc1', ownerId: 'rp-bob' },
    purchaseCost: eur(60000),
    purchaseDate: '2026-01-01',
    warrantyEnd: '2026-05-01',
  },
  {
    class: 'Server',
    id: 'rp-srv-c',
    name: 'rp-srv-c',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'rp-dc2', ownerId: 'rp-ops' },
    purchaseCost: usd(10000),
    purchaseDate: '2026-01-01',
  },
  {
    class: 'Server',
    id: 'rp-srv-d',
    name: 'rp-srv-d',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'rp-dc2', ownerId: 'rp-ops' },
    warrantyEnd: '2026-03-01',
    endOfLife: '2026-06-01',
  },
  {
    class: 'Server',
    id: 'rp-srv-e',
    name: 'rp-srv-e',
    lifecycleState: 'IN_STOCK',
    purchaseCost: eur(50000),
    receivedDate: '2020-01-01',
  },
  {
    class: 'Server',
    id: 'rp-srv-f',
    name: 'rp-srv-f',
    lifecycleState: 'DISPOSED',
    lifecycleDetails: {
      reason: 'end of life',
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      certificateReference: 'CERT-F',
    },
    purchaseCost: eur(30000),
    purchaseDate: '2025-01-01',
    disposedDate: '2026-02-01',
  },
  {
    class: 'EndUserDevice',
    id: 'rp-laptop',
    name: 'rp-laptop',
    lifecycleState: 'DEPLOYED',
    lifecycleDetails: { locationId: 'rp-dc1', ownerId: 'rp-bob' },
    purchaseCost: eur(90000),
    purchaseDate: '2026-01-01',
  },
  contract('rp-warranty-b', 'WARRANTY', '2025-01-01', '2026-09-30', { cost: eur(5000) }),
  contract('rp-support', 'SUPPORT', '2026-01-01', '2026-08-15', { cost: eur(20000) }),
  contract('rp-lic-db', 'LICENCE', '2026-01-01', '2027-12-31', { licensedUnits: 2 }),
  contract('rp-lic-db-old', 'LICENCE', '2025-01-01', '2026-06-30', { licensedUnits: 5 }),
  contract('rp-lic-mon', 'LICENCE', '2026-01-01', '2027-12-31', { licensedUnits: 10 }),
  contract('rp-lic-mon-inst', 'LICENCE', '2026-01-01', '2027-12-31', { licensedUnits: 4 }),
  contract('rp-lic-idle-future', 'LICENCE', '2026-08-01', '2027-12-31', { licensedUnits: 10 }),
  { class: 'SoftwareProduct', id: 'rp-prod-db', name: 'DB Enterprise' },
  { class: 'SoftwareProduct', id: 'rp-prod-mon', name: 'Monitor Agent' },
  { class: 'SoftwareProduct', id: 'rp-prod-idle', name: 'Idle Tool' },
  ...installations('db', ['rp-srv-a', 'rp-srv-b', 'rp-srv-c']),
  {
    class: 'SoftwareInstallation',
    id: 'rp-db-retired',
    name: 'old db',
    lifecycleState: 'RETIRED',
    lifecycleDetails: { reason: 'uninstalled' },
  },
  ...installations('mon', ['rp-srv-a', 'rp-srv-b']),
  ...installations('idle', ['rp-srv-a', 'rp-srv-b']),
];

function contract(
  id: string,
  contractKind: string,
  startDate: string,
  endDate: string,
  extra: Record<string, unknown>,
) {
  return { class: 'Contract', id, name: id, contractKind, startDate, endDate, ...extra };
}

function installations(key: string, hosts: string[]) {
  return hosts.map((host, i) => ({
    class: 'SoftwareInstallation',
    id: `rp-${key}-${i + 1}`,
    name: `${key} on ${host}`,
  }));
}

/**
 * Deployed assets are created with a location and an owner (the lifecycle's rule); these lose theirs
 * afterwards, so the reports have assets without one to group.
 */
const UNRELATED: [string, string, string][] = [
  ['rp-srv-c', 'OWNED_BY', 'rp-ops'],
  ['rp-srv-d', 'OWNED_BY', 'rp-ops'],
  ['rp-laptop', 'LOCATED_IN', 'rp-dc1'],
];

const RELATIONSHIPS: [string, string, string][] = [
  ['rp-srv-b', 'COVERED_BY', 'rp-warranty-b'],
  ['rp-srv-a', 'COVERED_BY', 'rp-support'],
  ['rp-srv-c', 'COVERED_BY', 'rp-support'],
  ['rp-prod-db', 'COVERED_BY', 'rp-lic-db'],
  ['rp-prod-db', 'COVERED_BY', 'rp-lic-db-old'],
  ['rp-db-1', 'INSTANCE_OF', 'rp-prod-db'],
  ['rp-db-2', 'INSTANCE_OF', 'rp-prod-db'],
  ['rp-db-3', 'INSTANCE_OF', 'rp-prod-db'],
  ['rp-db-retired', 'INSTANCE_OF', 'rp-prod-db'],
  ['rp-db-1', 'RUNS_ON', 'rp-srv-a'],
  ['rp-prod-mon', 'COVERED_BY', 'rp-lic-mon'],
  ['rp-mon-1', 'COVERED_BY', 'rp-lic-mon'],
  ['rp-mon-2', 'COVERED_BY', 'rp-lic-mon-inst'],
  ['rp-mon-1', 'INSTANCE_OF', 'rp-prod-mon'],
  ['rp-mon-2', 'INSTANCE_OF', 'rp-prod-mon'],
  ['rp-prod-idle', 'COVERED_BY', 'rp-lic-idle-future'],
  ['rp-idle-1', 'INSTANCE_OF', 'rp-prod-idle'],
  ['rp-idle-2', 'INSTANCE_OF', 'rp-prod-idle'],
];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  for (const input of SEED) ok(await api.sdk.CreateItem({ input: input as never }));
  for (const [from, type, to] of RELATIONSHIPS) ok(await api.sdk.Relate({ input: { from, type: type as never, to } }));
  for (const [from, type, to] of UNRELATED) ok(await api.sdk.Unrelate({ from, type: type as never, to }));
}, 300_000);
afterAll(() => api.stop());

describe('assetReport', () => {
  it('counts and values assets by state, in one query', async () => {
    const answer = await api.sdk.AssetReport({ groupBy: 'STATE', asOf: AS_OF });
    expect(ok(answer).assetReport).toEqual([
      {
        key: 'DEPLOYED',
        label: 'DEPLOYED',
        count: 5,
        purchaseCost: [eur(120000 + 60000 + 90000), usd(10000)],
        bookValue: [eur(60000 + 54000 + 63871), usd(9000)],
        unvalued: 1,
      },
      { key: 'DISPOSED', label: 'DISPOSED', count: 1, purchaseCost: [eur(30000)], bookValue: [eur(0)], unvalued: 0 },
      { key: 'IN_STOCK', label: 'IN_STOCK', count: 1, purchaseCost: [eur(50000)], bookValue: [eur(0)], unvalued: 0 },
    ]);
    expect(answer.extensions.estate.queries).toBe(1);
  });

  it('groups by class, location and owner, with a group for those without one', async () => {
    const groups = async (groupBy: 'CLASS' | 'LOCATION' | 'OWNER', states?: 'DEPLOYED'[]) =>
      ok(await api.sdk.AssetReport({ groupBy, asOf: AS_OF, lifecycleStates: states })).assetReport.map((g) => [
        g.key,
        g.label,
        g.count,
      ]);
    expect(await groups('CLASS')).toEqual([
      ['Server', 'Server', 6],
      ['EndUserDevice', 'EndUserDevice', 1],
    ]);
    expect(await groups('CLASS', ['DEPLOYED'])).toEqual([
      ['Server', 'Server', 4],
      ['EndUserDevice', 'EndUserDevice', 1],
    ]);
    expect(await groups('LOCATION')).toEqual([
      [null, null, 3],
      ['rp-dc1', 'DC One', 2],
      ['rp-dc2', 'DC Two', 2],
    ]);
    expect(await groups('OWNER')).toEqual([
      [null, null, 4],
      ['rp-bob', 'Bob', 2],
      ['rp-ops', 'Ops', 1],
    ]);
  });
});

async function assetValue(id: string) {
  const item = ok(await api.sdk.AssetValue({ id, asOf: AS_OF })).item!;
  if (!('bookValue' in item)) throw new Error(`${id} is not a hardware asset`);
  return item;
}

describe('an asset’s value', () => {
  it('gives book value, schedule and cost of ownership with its share of a shared support contract', async () => {
    const a = await assetValue('rp-srv-a');
    expect(a.bookValue).toEqual(eur(60000));
    expect(a.depreciationSchedule).toMatchObject({
      method: 'STRAIGHT_LINE',
      usefulLifeMonths: 12,
      startDate: '2026-01-01',
      cost: eur(120000),
      salvageValue: eur(0),
    });
    expect(a.depreciationSchedule!.periods[5]).toEqual({
      period: 6,
      date: '2026-07-01',
      charge: { amount: 10000 },
      accumulated: { amount: 60000 },
      bookValue: { amount: 60000 },
    });
    expect(a.totalCostOfOwnership).toEqual({
      purchaseCost: eur(120000),
      contractShares: [{ contract: { id: 'rp-support' }, share: eur(10000), coveredCount: 2 }],
      totals: [eur(130000)],
    });
    const c = await assetValue('rp-srv-c');
    expect(c.totalCostOfOwnership.totals).toEqual([eur(10000), usd(10000)]);
  });

  it('refuses a book value for settings that do not add up, saying which', async () => {
    const d = ok(await api.sdk.Item({ id: 'rp-srv-d' })).item!;
    ok(
      await api.sdk.UpdateItem({
        id: 'rp-srv-d',
        expectedVersion: d.version,
        patch: { purchaseCost: eur(100), salvageValue: usd(1) },
      }),
    );
    const error = await refused(api.sdk.AssetValue({ id: 'rp-srv-d', asOf: AS_OF }), 'BAD_USER_INPUT', 'salvageValue');
    expect(error.extensions?.reason).toMatch(/in USD but the purchase cost in EUR/);
    ok(
      await api.sdk.UpdateItem({
        id: 'rp-srv-d',
        expectedVersion: d.version + 1,
        patch: { purchaseCost: null, salvageValue: null },
      }),
    );
  });
});

describe('contracts and warranties', () => {
  it('lists contracts ending within N days, soonest first, optionally of some kinds', async () => {
    const all = ok(await api.sdk.ExpiringContracts({ withinDays: 100, asOf: AS_OF })).expiringContracts;
    expect(all.map((c) => [c.contract.id, c.endDate, c.daysLeft, c.coveredCount])).toEqual([
      ['rp-support', '2026-08-15', 45, 2],
      ['rp-warranty-b', '2026-09-30', 91, 1],
    ]);
    const warranties = ok(await api.sdk.ExpiringContracts({ withinDays: 100, kinds: ['WARRANTY'], asOf: AS_OF }));
    expect(warranties.expiringContracts.map((c) => c.contract.id)).toEqual(['rp-warranty-b']);
    expect(ok(await api.sdk.ExpiringContracts({ withinDays: 44, asOf: AS_OF })).expiringContracts).toEqual([]);
  });

  it("lists warranties running out, counting a warranty contract that outlasts the asset's own", async () => {
    const soon = ok(await api.sdk.ExpiringWarranties({ withinDays: 30, asOf: AS_OF })).expiringWarranties;
    expect(soon).toEqual([{ asset: { id: 'rp-srv-a' }, warrantyEnd: '2026-07-20', daysLeft: 19, contract: null }]);
    const later = ok(await api.sdk.ExpiringWarranties({ withinDays: 100, asOf: AS_OF })).expiringWarranties;
    expect(later.map((w) => [w.asset.id, w.warrantyEnd, w.contract?.id ?? null])).toEqual([
      ['rp-srv-a', '2026-07-20', null],
      ['rp-srv-b', '2026-09-30', 'rp-warranty-b'],
    ]);
  });

  it('lists deployed assets out of warranty: ended longest ago first, then those with none', async () => {
    const out = ok(await api.sdk.AssetsOutOfWarranty({ asOf: AS_OF })).assetsOutOfWarranty;
    expect(out.map((w) => [w.asset.id, w.warrantyEnd, w.daysLeft])).toEqual([
      ['rp-srv-d', '2026-03-01', -122],
      ['rp-laptop', null, null],
      ['rp-srv-c', null, null],
    ]);
  });

  it('refuses a negative window', async () => {
    await refused(api.sdk.ExpiringContracts({ withinDays: -1 }), 'BAD_USER_INPUT', 'withinDays');
  });
});

describe('licenceCompliance', () => {
  it('sets entitlements in force against installations in service, over-deployed products first', async () => {
    const answer = await api.sdk.LicenceCompliance({ asOf: AS_OF });
    expect(ok(answer).licenceCompliance.map((c) => ({ ...c, product: c.product.id }))).toEqual([
      // No licence in force (one starts next month): 0 entitled, 2 installed.
      { product: 'rp-prod-idle', entitled: 0, installed: 2, balance: -2, licenceContracts: 0, status: 'OVER_DEPLOYED' },
      // 2 units in force (the 5-unit licence ended yesterday); the retired installation does not count.
      { product: 'rp-prod-db', entitled: 2, installed: 3, balance: -1, licenceContracts: 1, status: 'OVER_DEPLOYED' },
      // 10 units covering the product and one installation (counted once) + 4 covering the other installation.
      { product: 'rp-prod-mon', entitled: 14, installed: 2, balance: 12, licenceContracts: 2, status: 'COMPLIANT' },
    ]);
    expect(answer.extensions.estate.queries).toBe(1);
  });

  it("follows INSTANCE_OF both ways: an installation's product and a product's installations", async () => {
    const installation = ok(await api.sdk.SoftwareInstances({ id: 'rp-db-1' })).item!;
    expect(installation.product).toMatchObject({ id: 'rp-prod-db' });
    expect(installation.installations).toEqual([]);
    const product = ok(await api.sdk.SoftwareInstances({ id: 'rp-prod-db' })).item!;
    expect(product.product).toBeNull();
    expect(product.installations.map((i) => [i.id, i.lifecycleState]).sort()).toEqual([
      ['rp-db-1', 'DEPLOYED'],
      ['rp-db-2', 'DEPLOYED'],
      ['rp-db-3', 'DEPLOYED'],
      ['rp-db-retired', 'RETIRED'],
    ]);
  });

  it('counts the future licence once it is in force', async () => {
    const later = ok(await api.sdk.LicenceCompliance({ asOf: '2026-08-01' })).licenceCompliance;
    expect(later.find((c) => c.product.id === 'rp-prod-idle')).toMatchObject({ entitled: 10, status: 'COMPLIANT' });
  });
});

describe('ageing', () => {
  it('lists held assets past their end-of-life date or useful life, longest past first', async () => {
    const past = ok(await api.sdk.AssetsPastEndOfLife({ asOf: AS_OF })).assetsPastEndOfLife;
    expect(past).toEqual([
      { asset: { id: 'rp-srv-e' }, endOfLife: '2025-01-01', basis: 'USEFUL_LIFE', daysPast: 546 },
      { asset: { id: 'rp-srv-d' }, endOfLife: '2026-06-01', basis: 'END_OF_LIFE_DATE', daysPast: 30 },
    ]);
  });

  it('lists assets in stock for more than N days, from their last move into stock', async () => {
    ok(
      await api.sdk.CreateItem({
        input: {
          class: 'Server',
          id: 'rp-stock',
          name: 'rp-stock',
          lifecycleState: 'ORDERED',
          lifecycleDetails: {
            vendorId: 'rp-vendor',
            purchaseOrder: 'PO-STOCK',
            cost: eur(10000),
            expectedDelivery: today(),
          },
        },
      }),
    );
    ok(
      await api.sdk.TransitionLifecycle({
        id: 'rp-stock',
        to: 'RECEIVED',
        expectedVersion: 1,
        details: { receivedDate: today(), serialNumber: 'RP-STOCK' },
      }),
    );
    ok(await api.sdk.TransitionLifecycle({ id: 'rp-stock', to: 'IN_STOCK', expectedVersion: 2 }));
    const stock = async (days: number, asOf: string) =>
      ok(await api.sdk.AssetsInStockLongerThan({ days, asOf })).assetsInStockLongerThan.map((s) => [
        s.asset.id,
        s.days,
      ]);
    expect(await stock(30, addDays(today(), 31))).toEqual([
      ['rp-srv-e', 31],
      ['rp-stock', 31],
    ]);
    expect(await stock(30, addDays(today(), 30))).toEqual([]);
  });
});
