/** Creating a CI in a later state: the path from PLANNED, what it requires and accepts, and the plan. */
import { EstateError } from '../platform/errors';
import { creationPath, creationRule, initialOperationalStatus, planCreation } from './lifecycle.creation';
import type { CreationRule } from './lifecycle.creation';
import { unsanitised } from './lifecycle.guards';
import { isRefusal } from './lifecycle.rules';
import { CREATE_INPUT } from './refusals';

const TODAY = '2026-12-05';

function rule(className: string, state: string): CreationRule {
  const found = creationRule(className, state);
  if (found === null || isRefusal(found)) throw new Error(`expected a creation rule for ${className} ${state}`);
  return found;
}

function refusal(fn: () => unknown): EstateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EstateError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const DISPOSAL = {
  reason: 'end of life',
  disposalMethod: 'RECYCLED',
  sanitisationMethod: 'PURGE',
  certificateReference: 'CERT-9',
};

describe('creationPath', () => {
  it('is the shortest chain of moves from PLANNED, the same every time', () => {
    const states = (to: string) => creationPath('asset', to)?.map((t) => t.to);
    expect(states('PLANNED')).toEqual([]);
    expect(states('DISPOSED')).toEqual(['ORDERED', 'RECEIVED', 'IN_STOCK', 'RETIRED', 'DISPOSED']);
    expect(states('IN_MAINTENANCE')).toEqual(['ORDERED', 'RECEIVED', 'IN_STOCK', 'DEPLOYED', 'IN_MAINTENANCE']);
    expect(states('LOST')).toEqual(['ORDERED', 'RECEIVED', 'LOST']);
    expect(creationPath('service', 'RETIRED')?.map((t) => t.to)).toEqual(['DEPLOYED', 'RETIRED']);
    expect(creationPath('service', 'DISPOSED')).toBeUndefined();
  });
});

describe('creationRule', () => {
  it('is nothing to check in PLANNED or for a class without a lifecycle', () => {
    expect(creationRule('Server', 'PLANNED')).toBeNull();
    expect(creationRule('Location', 'DEPLOYED')).toBeNull();
  });

  it('DISPOSED needs the retirement and disposal details, not the order or receipt, and runs both guards', () => {
    const r = rule('Server', 'DISPOSED');
    expect(r.required).toEqual(['reason', 'disposalMethod', 'sanitisationMethod', 'certificateReference']);
    expect(r.optional).toEqual([
      'vendorId',
      'purchaseOrder',
      'cost',
      'expectedDelivery',
      'orderDate',
      'invoiceNumber',
      'receivedDate',
      'serialNumber',
      'assetTag',
      'retiredDate',
      'disposedDate',
    ]);
    // A location is not taken: disposal takes the asset out of its place.
    expect([...r.required, ...r.optional]).not.toContain('locationId');
    expect(r.guards).toEqual(['noInServiceDependents', 'sanitisedIfStorageBearing']);
    expect(r.operationalStatus).toBe('UNKNOWN');
  });

  it('DEPLOYED and IN_MAINTENANCE need a location and an owner and start OPERATIONAL', () => {
    for (const state of ['DEPLOYED', 'IN_MAINTENANCE']) {
      expect(rule('Server', state).required).toEqual(['locationId', 'ownerId']);
      expect(rule('Server', state).operationalStatus).toBe('OPERATIONAL');
    }
  });

  it('ORDERED and RECEIVED are the claim of an order or a receipt, so their details are required', () => {
    expect(rule('Server', 'ORDERED').required).toEqual(['vendorId', 'purchaseOrder', 'cost', 'expectedDelivery']);
    expect(rule('Server', 'RECEIVED').required).toEqual(['receivedDate', 'serialNumber']);
  });

  it('LOST needs nothing and starts DOWN', () => {
    expect(rule('Server', 'LOST').required).toEqual([]);
    expect(initialOperationalStatus('Server', 'LOST')).toBe('DOWN');
    expect(initialOperationalStatus('Server', 'PLANNED')).toBe('UNKNOWN');
    expect(initialOperationalStatus('Application', 'DEPLOYED')).toBe('OPERATIONAL');
    expect(initialOperationalStatus('Location', 'DEPLOYED')).toBe('OPERATIONAL');
  });

  it('refuses a state the table cannot reach from PLANNED', () => {
    expect(creationRule('Application', 'DISPOSED')).toMatchObject({ rule: 'notInTable', field: 'lifecycleState' });
  });
});

describe('planCreation', () => {
  const server = (state: string, props: Record<string, unknown> = {}, details?: Record<string, unknown>) =>
    planCreation({ id: 'srv-1', className: 'Server', state, props: props as never, details }, CREATE_INPUT, TODAY);

  it('refuses DISPOSED without sanitisation or certificate, naming the rule and every missing detail', () => {
    const e = refusal(() => server('DISPOSED'));
    expect(e.extra.rule).toBe('details');
    expect(e.details.map((d) => d.field)).toEqual([
      'input.lifecycleDetails.reason',
      'input.lifecycleDetails.disposalMethod',
      'input.lifecycleDetails.sanitisationMethod',
      'input.lifecycleDetails.certificateReference',
    ]);
    expect(e.message).toMatch(/^creation refused by rule details: /);
    expect(e.details[0].reason).toBe(
      'required for creating a Server in DISPOSED (PLANNED → ORDERED → RECEIVED → IN_STOCK → RETIRED → DISPOSED)',
    );
  });

  it('plans DISPOSED with the details: the fields the moves record, dates of today, no relationships', () => {
    const plan = server('DISPOSED', {}, DISPOSAL)!;
    expect(plan.props).toEqual({
      retirementReason: 'end of life',
      retiredDate: TODAY,
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      disposalCertificate: 'CERT-9',
      disposedDate: TODAY,
      operationalStatus: 'UNKNOWN',
    });
    expect(plan.references).toEqual([]);
    expect(plan.transition.from).toBe('PLANNED');
    expect(plan.transition.to).toBe('DISPOSED');
  });

  it('reads a detail from the field the move records it in, and refuses the two when they disagree', () => {
    const { certificateReference: _c, ...rest } = DISPOSAL;
    expect(server('DISPOSED', { disposalCertificate: 'CERT-9' }, rest)!.details.certificateReference).toBe('CERT-9');
    const e = refusal(() => server('DISPOSED', { disposalCertificate: 'CERT-1' }, DISPOSAL));
    expect(e.details).toEqual([
      {
        field: 'input.lifecycleDetails.certificateReference',
        reason: 'disagrees with the field disposalCertificate given beside it',
      },
    ]);
  });

  it('refuses DEPLOYED without a location and an owner; with them, relates both', () => {
    expect(refusal(() => server('DEPLOYED')).details.map((d) => d.field)).toEqual([
      'input.lifecycleDetails.locationId',
      'input.lifecycleDetails.ownerId',
    ]);
    const plan = server('DEPLOYED', {}, { locationId: 'loc-1', ownerId: 'team-1' })!;
    expect(plan.references).toEqual([
      { detail: 'locationId', type: 'LOCATED_IN', targetId: 'loc-1' },
      { detail: 'ownerId', type: 'OWNED_BY', targetId: 'team-1' },
    ]);
    expect(plan.props).toEqual({ operationalStatus: 'OPERATIONAL' });
  });

  it('keeps an operationalStatus the input gives', () => {
    expect(server('LOST', { operationalStatus: 'UNKNOWN' })!.props).toEqual({});
    expect(server('LOST')!.props).toEqual({ operationalStatus: 'DOWN' });
  });

  it('is a plain create in PLANNED, and refuses details there', () => {
    expect(server('PLANNED')).toBeNull();
    const e = refusal(() => server('PLANNED', {}, { reason: 'x' }));
    expect(e.details[0].field).toBe('input.lifecycleDetails');
  });
});

describe('unsanitised', () => {
  it('refuses NONE for storage-bearing classes only', () => {
    expect(unsanitised('Server', { sanitisationMethod: 'NONE' })?.field).toBe('details.sanitisationMethod');
    expect(unsanitised('Server', { sanitisationMethod: 'PURGE' })).toBeUndefined();
  });
});
