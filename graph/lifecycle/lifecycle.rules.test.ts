/**
 * The transition table, driven exhaustively: every pair of states for every
 * class, against an expected table written out here independently of the
 * rules file, so a change to either shows up as a failure.
 */
import { CLASSES } from '../model/classes';
import { LIFECYCLE_STATES } from '../model/enums';
import { relationshipRule } from '../model/relationships.rules';
import { validateDetails } from './lifecycle.details';
import {
  DETAIL_BY_NAME,
  DETAIL_FIELDS,
  findTransition,
  IN_SERVICE_STATES,
  isRefusal,
  profileOf,
  SETTABLE_FIELDS,
  TERMINAL_STATES,
  TRANSITIONS,
} from './lifecycle.rules';
import type { Transition } from './lifecycle.rules';

/** "FROM>TO": [required details, guards]. Every pair not listed must be refused. */
const EXPECTED_ASSET: Record<string, [string[], string[]]> = {
  'PLANNED>ORDERED': [['vendorId', 'purchaseOrder', 'cost', 'expectedDelivery'], []],
  'PLANNED>CANCELLED': [['reason'], []],
  'ORDERED>RECEIVED': [['receivedDate', 'serialNumber'], []],
  'ORDERED>CANCELLED': [['reason'], []],
  'RECEIVED>IN_STOCK': [[], []],
  'IN_STOCK>DEPLOYED': [['locationId', 'ownerId'], []],
  'IN_STOCK>RETIRED': [['reason'], ['noInServiceDependents']],
  'DEPLOYED>IN_MAINTENANCE': [[], []],
  'DEPLOYED>IN_STOCK': [[], ['noInServiceDependents']],
  'DEPLOYED>RETIRED': [['reason'], ['noInServiceDependents']],
  'IN_MAINTENANCE>DEPLOYED': [[], []],
  'IN_MAINTENANCE>IN_STOCK': [[], ['noInServiceDependents']],
  'IN_MAINTENANCE>RETIRED': [['reason'], ['noInServiceDependents']],
  'RETIRED>DISPOSED': [
    ['disposalMethod', 'sanitisationMethod', 'certificateReference'],
    ['noInServiceDependents', 'sanitisedIfStorageBearing'],
  ],
  'RECEIVED>LOST': [[], []],
  'IN_STOCK>LOST': [[], []],
  'DEPLOYED>LOST': [[], []],
  'IN_MAINTENANCE>LOST': [[], []],
  'RETIRED>LOST': [[], []],
  'RECEIVED>STOLEN': [[], []],
  'IN_STOCK>STOLEN': [[], []],
  'DEPLOYED>STOLEN': [[], []],
  'IN_MAINTENANCE>STOLEN': [[], []],
  'RETIRED>STOLEN': [[], []],
  'LOST>IN_STOCK': [[], []],
  'STOLEN>IN_STOCK': [[], []],
};

const EXPECTED_SERVICE: Record<string, [string[], string[]]> = {
  'PLANNED>DEPLOYED': [[], []],
  'PLANNED>CANCELLED': [['reason'], []],
  'DEPLOYED>IN_MAINTENANCE': [[], []],
  'IN_MAINTENANCE>DEPLOYED': [[], []],
  'DEPLOYED>RETIRED': [['reason'], ['noInServiceDependents']],
  'IN_MAINTENANCE>RETIRED': [['reason'], ['noInServiceDependents']],
};

const EXPECTED_BY_CATEGORY = {
  hardware: EXPECTED_ASSET,
  logical: EXPECTED_SERVICE,
  service: EXPECTED_SERVICE,
  place: undefined,
  party: undefined,
  component: undefined,
  connection: EXPECTED_SERVICE,
  addressing: undefined,
  quantity: undefined,
} as const;

const PAIRS = LIFECYCLE_STATES.flatMap((from) => LIFECYCLE_STATES.map((to) => [from, to] as const));

describe.each(CLASSES.map((c) => [c.name, c.category] as const))('every pair of states for a %s', (cls, category) => {
  const expected = EXPECTED_BY_CATEGORY[category];

  it.each(PAIRS)(`%s → %s is allowed or refused by the right rule`, (from, to) => {
    const found = findTransition(cls, from, to);
    if (!expected) {
      expect(found).toMatchObject({ rule: 'noLifecycle', field: 'id' });
      expect(isRefusal(found) && found.reason).toMatch(new RegExp(`a ${cls} has no lifecycle`));
      return;
    }
    const allowed = expected[`${from}>${to}`];
    if (TERMINAL_STATES.includes(from)) {
      expect(found).toMatchObject({ rule: 'terminal', field: 'to' });
    } else if (from === to) {
      expect(found).toMatchObject({ rule: 'noChange', field: 'to' });
    } else if (!allowed) {
      expect(found).toMatchObject({ rule: 'notInTable', field: 'to' });
      expect(isRefusal(found) && found.reason).toMatch(`cannot go from ${from} to ${to}`);
    } else {
      expect(isRefusal(found)).toBe(false);
      const t = found as Transition;
      expect([t.from, t.to]).toEqual([from, to]);
      expect([...t.required].sort()).toEqual([...allowed[0]].sort());
      expect([...t.guards]).toEqual(allowed[1]);
    }
  });
});

describe('the table itself', () => {
  it('has exactly the expected rows, one per profile and pair', () => {
    const keys = TRANSITIONS.map((t) => `${t.profile}:${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      [
        ...Object.keys(EXPECTED_ASSET).map((k) => `asset:${k}`),
        ...Object.keys(EXPECTED_SERVICE).map((k) => `service:${k}`),
      ].sort(),
    );
  });

  it('sets operationalStatus: OPERATIONAL entering service, DOWN when lost or stolen, unchanged within service, else UNKNOWN', () => {
    for (const t of TRANSITIONS) {
      const within = IN_SERVICE_STATES.includes(t.from) && IN_SERVICE_STATES.includes(t.to);
      const expected = within
        ? null
        : t.to === 'DEPLOYED'
          ? 'OPERATIONAL'
          : t.to === 'LOST' || t.to === 'STOLEN'
            ? 'DOWN'
            : 'UNKNOWN';
      expect([t.profile, t.from, t.to, t.operationalStatus]).toEqual([t.profile, t.from, t.to, expected]);
    }
  });

  it('lets no transition leave a terminal state', () => {
    expect(TRANSITIONS.filter((t) => TERMINAL_STATES.includes(t.from))).toEqual([]);
  });

  it('reaches DISPOSED from PLANNED for an asset, through every lifecycle state in order', () => {
    const path = [
      'PLANNED',
      'ORDERED',
      'RECEIVED',
      'IN_STOCK',
      'DEPLOYED',
      'IN_MAINTENANCE',
      'DEPLOYED',
      'RETIRED',
      'DISPOSED',
    ];
    for (let i = 1; i < path.length; i++) expect(isRefusal(findTransition('Server', path[i - 1], path[i]))).toBe(false);
  });

  it.each(TRANSITIONS.map((t) => [t.profile, t.from, t.to, t] as const))(
    '%s %s → %s sets only fields of its profile, from details it takes',
    (profile, _from, _to, t) => {
      const takes = [...t.required, ...t.optional];
      for (const [field, detail] of Object.entries(t.sets)) {
        expect(SETTABLE_FIELDS[profile]).toContain(field);
        expect(takes).toContain(detail);
      }
      for (const name of takes) expect(DETAIL_BY_NAME.has(name)).toBe(true);
    },
  );

  it.each(TRANSITIONS.map((t) => [t.profile, t.from, t.to, t] as const))(
    '%s %s → %s only references CIs the relationship rules let every class of its profile point at',
    (profile, _from, _to, t) => {
      const classes = CLASSES.filter((c) => profileOf(c.name) === profile).map((c) => c.name);
      for (const name of [...t.required, ...t.optional]) {
        const type = DETAIL_BY_NAME.get(name)!.reference;
        if (!type) continue;
        for (const cls of classes) expect(relationshipRule(type)!.from).toContain(cls);
      }
    },
  );
});

/** A valid value for every detail. */
const SAMPLE: Record<string, unknown> = {
  vendorId: 'vendor-1',
  purchaseOrder: 'PO-1',
  cost: { amount: 100000, currency: 'EUR' },
  expectedDelivery: '2026-02-01',
  orderDate: '2026-01-05',
  invoiceNumber: 'INV-1',
  receivedDate: '2026-02-02',
  serialNumber: 'SN-1',
  assetTag: 'AT-1',
  locationId: 'loc-1',
  ownerId: 'team-1',
  reason: 'because',
  retiredDate: '2030-01-01',
  disposalMethod: 'RECYCLED',
  sanitisationMethod: 'PURGE',
  certificateReference: 'CERT-1',
  disposedDate: '2030-02-01',
  note: 'a note',
};

describe('details', () => {
  it('has a sample for every detail', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual(DETAIL_FIELDS.map((f) => f.name).sort());
  });

  describe.each(TRANSITIONS.map((t) => [t.profile, t.from, t.to, t] as const))('%s %s → %s', (_p, _f, _t, t) => {
    const full = Object.fromEntries([...t.required, ...t.optional, 'note'].map((n) => [n, SAMPLE[n]]));

    it('accepts every detail it takes', () => {
      expect(validateDetails(t, full, '2026-03-03')).toEqual({ ok: true, details: full });
    });

    it.each(t.required.length ? t.required.map((n) => [n]) : [['(none)']])('refuses without %s', (name) => {
      if (name === '(none)') return expect(validateDetails(t, {}, '2026-03-03').ok).toBe(true);
      const { [name]: _gone, ...rest } = full;
      expect(validateDetails(t, rest, '2026-03-03')).toEqual({
        ok: false,
        problems: [{ field: `details.${name}`, reason: `required for a transition from ${t.from} to ${t.to}` }],
      });
    });

    it('refuses a detail it does not take, naming it', () => {
      const foreign = DETAIL_FIELDS.map((f) => f.name).find((n) => !(n in full))!;
      const result = validateDetails(t, { ...full, [foreign]: SAMPLE[foreign] }, '2026-03-03');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems).toEqual([
        {
          field: `details.${foreign}`,
          reason: expect.stringMatching(`${foreign} does not apply to a transition from ${t.from} to ${t.to}`),
        },
      ]);
    });
  });

  const ordered = findTransition('Server', 'PLANNED', 'ORDERED') as Transition;
  const disposed = findTransition('Server', 'RETIRED', 'DISPOSED') as Transition;

  it('fills a date that defaults to today and treats null as absent', () => {
    const result = validateDetails(
      ordered,
      {
        vendorId: 'v',
        purchaseOrder: 'PO',
        cost: { amount: 1, currency: 'EUR' },
        expectedDelivery: '2026-05-01',
        invoiceNumber: null,
      },
      '2026-04-01',
    );
    expect(result).toEqual({
      ok: true,
      details: {
        vendorId: 'v',
        purchaseOrder: 'PO',
        cost: { amount: 1, currency: 'EUR' },
        expectedDelivery: '2026-05-01',
        orderDate: '2026-04-01',
      },
    });
  });

  it('lists every bad value at once, by field path', () => {
    const result = validateDetails(
      disposed,
      {
        disposalMethod: 'BURIED',
        sanitisationMethod: 'WIPE',
        certificateReference: '  ',
        disposedDate: '2026-02-30',
        colour: 'red',
      },
      '2026-04-01',
    );
    expect(result.ok).toBe(false);
    const fields = !result.ok ? result.problems.map((p) => p.field).sort() : [];
    expect(fields).toEqual([
      'details.certificateReference',
      'details.colour',
      'details.disposalMethod',
      'details.disposedDate',
      'details.sanitisationMethod',
    ]);
  });

  it('refuses money in fractions or without an ISO currency', () => {
    const base = { vendorId: 'v', purchaseOrder: 'PO', expectedDelivery: '2026-05-01' };
    const fraction = validateDetails(ordered, { ...base, cost: { amount: 10.5, currency: 'EUR' } }, '2026-04-01');
    expect(!fraction.ok && fraction.problems[0]).toMatchObject({
      field: 'details.cost.amount',
      reason: expect.stringMatching(/minor units/),
    });
    const currency = validateDetails(ordered, { ...base, cost: { amount: 10, currency: 'euro' } }, '2026-04-01');
    expect(!currency.ok && currency.problems[0]).toMatchObject({ field: 'details.cost.currency' });
  });
});
