/** Planning one transition from a CI's stored properties: refusals and what the plan will write. */
import { EstateError } from '../platform/errors';
import { planTransition } from './lifecycle.plan';
import { inBulk, SINGLE } from './refusals';

const server = (extra: Record<string, unknown> = {}) => ({
  id: 'srv-1',
  class: 'Server',
  lifecycleState: 'PLANNED',
  operationalStatus: 'UNKNOWN',
  version: 3,
  ...extra,
});

function refusal(fn: () => unknown): EstateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EstateError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const ORDER = {
  vendorId: 'vendor-1',
  purchaseOrder: 'PO-7',
  cost: { amount: 250000, currency: 'EUR' },
  expectedDelivery: '2026-02-01',
};

describe('planTransition', () => {
  it('plans an order: fields to set with their old values, the vendor to relate, the default order date', () => {
    const plan = planTransition(
      0,
      SINGLE,
      { id: 'srv-1', to: 'ORDERED', expectedVersion: 3, details: ORDER },
      server({ purchaseOrder: 'OLD' }),
      '2026-01-10',
    );
    expect(plan.props).toEqual({
      purchaseOrder: 'PO-7',
      purchaseCostAmount: 250000,
      purchaseCostCurrency: 'EUR',
      expectedDelivery: '2026-02-01',
      purchaseDate: '2026-01-10',
    });
    expect(plan.before).toEqual({
      purchaseOrder: 'OLD',
      purchaseCostAmount: null,
      purchaseCostCurrency: null,
      expectedDelivery: null,
      purchaseDate: null,
    });
    expect(plan.references).toEqual([{ detail: 'vendorId', type: 'SUPPLIED_BY', targetId: 'vendor-1' }]);
    expect(plan.details).toEqual({ ...ORDER, orderDate: '2026-01-10' });
    expect(plan.claims).toEqual([]);
  });

  it('claims the serial number and asset tag a receipt writes', () => {
    const plan = planTransition(
      0,
      SINGLE,
      {
        id: 'srv-1',
        to: 'RECEIVED',
        expectedVersion: 3,
        details: { receivedDate: '2026-02-02', serialNumber: 'SN-9', assetTag: 'AT-9' },
      },
      server({ lifecycleState: 'ORDERED' }),
      '2026-02-02',
    );
    expect(plan.claims).toEqual([
      { field: 'serialNumber', value: 'SN-9' },
      { field: 'assetTag', value: 'AT-9' },
    ]);
  });

  it('sets operationalStatus by the table only when it changes, and records the old one', () => {
    const deploy = { locationId: 'rack-1', ownerId: 'team-1' };
    const deployed = planTransition(
      0,
      SINGLE,
      { id: 'srv-1', to: 'DEPLOYED', expectedVersion: 3, details: deploy },
      server({ lifecycleState: 'IN_STOCK' }),
      '2026-02-02',
    );
    expect(deployed.props).toEqual({ operationalStatus: 'OPERATIONAL' });
    expect(deployed.before).toEqual({ operationalStatus: 'UNKNOWN' });

    const retired = planTransition(
      0,
      SINGLE,
      { id: 'srv-1', to: 'RETIRED', expectedVersion: 3, details: { reason: 'refresh' } },
      server({ lifecycleState: 'DEPLOYED', operationalStatus: 'DEGRADED' }),
      '2030-01-01',
    );
    expect(retired.props).toMatchObject({ operationalStatus: 'UNKNOWN' });
    expect(retired.before).toMatchObject({ operationalStatus: 'DEGRADED' });

    // Maintenance leaves what monitoring reported; an unchanged status is not rewritten.
    const maintained = planTransition(
      0,
      SINGLE,
      { id: 'srv-1', to: 'IN_MAINTENANCE', expectedVersion: 3 },
      server({ lifecycleState: 'DEPLOYED', operationalStatus: 'DOWN' }),
      '2030-01-01',
    );
    expect(maintained.props).toEqual({});
    const ordered = planTransition(
      0,
      SINGLE,
      { id: 'srv-1', to: 'ORDERED', expectedVersion: 3, details: ORDER },
      server(),
      '2026-01-10',
    );
    expect(ordered.props).not.toHaveProperty('operationalStatus');
  });

  it('refuses a stale version with CONFLICT before looking at the move', () => {
    const error = refusal(() =>
      planTransition(0, SINGLE, { id: 'srv-1', to: 'DISPOSED', expectedVersion: 2 }, server(), '2026-01-01'),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.extra).toMatchObject({ rule: 'staleVersion', currentVersion: 3 });
    expect(error.details[0].field).toBe('expectedVersion');
  });

  it('names a missing CI, the rule of a refused move and the missing details', () => {
    expect(
      refusal(() => planTransition(0, SINGLE, { id: 'x', to: 'ORDERED', expectedVersion: 1 }, undefined, '2026-01-01'))
        .code,
    ).toBe('NOT_FOUND');
    const terminal = refusal(() =>
      planTransition(
        0,
        SINGLE,
        { id: 'srv-1', to: 'PLANNED', expectedVersion: 3 },
        server({ lifecycleState: 'CANCELLED' }),
        '2026-01-01',
      ),
    );
    expect(terminal.extra.rule).toBe('terminal');
    expect(terminal.message).toMatch(/refused by rule terminal: to: CANCELLED is final/);
    const details = refusal(() =>
      planTransition(
        0,
        SINGLE,
        { id: 'srv-1', to: 'ORDERED', expectedVersion: 3, details: {} },
        server(),
        '2026-01-01',
      ),
    );
    expect(details.extra.rule).toBe('details');
    expect(details.details.map((d) => d.field)).toEqual([
      'details.vendorId',
      'details.purchaseOrder',
      'details.cost',
      'details.expectedDelivery',
    ]);
  });

  it('prefixes fields and messages with the request index and id in a bulk request', () => {
    const error = refusal(() =>
      planTransition(
        4,
        inBulk(4, 'srv-1'),
        { id: 'srv-1', to: 'DEPLOYED', expectedVersion: 3 },
        server(),
        '2026-01-01',
      ),
    );
    expect(error.details[0].field).toBe('requests.4.to');
    expect(error.message).toMatch(/^request 4 \(srv-1\): transition refused by rule notInTable/);
  });
});
