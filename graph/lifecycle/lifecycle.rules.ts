/**
 * The lifecycle transition table, as data. Each row says, for one kind of
 * CI (its lifecycle profile), which move from one state to another is
 * allowed, which details it requires and accepts, which guards must pass,
 * which fields of the CI it sets from those details and which outgoing
 * relationships it removes. graph/lifecycle/lifecycle.ts carries the rows
 * out; the unit tests enumerate every pair of states against this table.
 *
 * Profiles:
 * - `asset` (hardware): the full procurement-to-disposal lifecycle.
 * - `service` (logical CIs and services): PLANNED → DEPLOYED ⇄ IN_MAINTENANCE
 *   → RETIRED, or CANCELLED before deployment; no money, no disposal.
 * - connections (cables, circuits, power panels and feeds) follow `service`:
 *   planned, in service, retired.
 * - places, parties, device components and addresses (locations, networks,
 *   teams, people, vendors, contracts, interfaces, prefixes) have no
 *   lifecycle: a contract's life is its start and end dates, an interface's
 *   is its device's.
 */
import type { Category, FieldSpec } from '../model/classes';
import { classSpec, HARDWARE_FIELDS } from '../model/classes';
import type { LifecycleState, OperationalStatus } from '../model/enums';
import { LIFECYCLE_STATES } from '../model/enums';
import type { RelationshipType } from '../model/relationships.rules';

export type LifecycleProfile = 'asset' | 'service';

export const PROFILE_BY_CATEGORY: Readonly<Record<Category, LifecycleProfile | undefined>> = {
  hardware: 'asset',
  logical: 'service',
  service: 'service',
  place: undefined,
  party: undefined,
  component: undefined,
  connection: 'service',
  addressing: undefined,
  quantity: undefined,
};

export function profileOf(className: string): LifecycleProfile | undefined {
  const spec = classSpec(className);
  return spec ? PROFILE_BY_CATEGORY[spec.category] : undefined;
}

/** No transition leaves these states. */
export const TERMINAL_STATES: readonly LifecycleState[] = ['DISPOSED', 'CANCELLED'];

/** A CI in one of these is in service: while it needs another CI, that CI may not leave service for good. */
export const IN_SERVICE_STATES: readonly LifecycleState[] = ['DEPLOYED', 'IN_MAINTENANCE'];

/** The organisation has the asset in hand (the default scope of the warranty and end-of-life reports). */
export const HELD_STATES: readonly LifecycleState[] = ['RECEIVED', 'IN_STOCK', 'DEPLOYED', 'IN_MAINTENANCE'];

/**
 * Hardware classes whose devices hold data and so must be sanitised before
 * disposal. Network devices count: they keep configurations, credentials
 * and keys (NIST SP 800-88 Rev. 1, appendix A, covers routers and switches).
 */
export const STORAGE_BEARING_CLASSES: readonly string[] = ['Server', 'StorageDevice', 'EndUserDevice', 'NetworkDevice'];

/** A detail a transition may carry; a reference detail names a CI and makes a relationship to it. */
export interface DetailSpec extends FieldSpec {
  /** The relationship the transition makes from the CI to the CI this detail names (replacing any other). */
  readonly reference?: RelationshipType;
  /** A date detail that takes the transition's date when absent. */
  readonly defaultsToToday?: boolean;
}

const d = (
  name: string,
  kind: FieldSpec['kind'],
  description: string,
  extra: Partial<DetailSpec> = {},
): DetailSpec => ({
  name,
  kind,
  description,
  ...extra,
});

/** Every detail any transition takes; the GraphQL input LifecycleDetailsInput is declared from this list. */
export const DETAIL_FIELDS = [
  d('vendorId', 'string', 'The Vendor CI the asset is ordered from; becomes its SUPPLIED_BY.', {
    reference: 'SUPPLIED_BY',
  }),
  d('purchaseOrder', 'string', 'Purchase order number.'),
  d('cost', 'money', 'Purchase cost, in minor units with its currency.'),
  d('expectedDelivery', 'date', 'Delivery date the supplier promised.'),
  d('orderDate', 'date', 'Date of the order (the purchase date); today when absent.', { defaultsToToday: true }),
  d('invoiceNumber', 'string', "The supplier's invoice number."),
  d('receivedDate', 'date', 'Date the asset arrived.'),
  d('serialNumber', 'string', "Manufacturer's serial number, read off the delivered asset."),
  d('assetTag', 'string', 'Asset tag stuck on at receipt.'),
  d('locationId', 'string', 'The Location CI the asset goes to; becomes its LOCATED_IN (replacing the old one).', {
    reference: 'LOCATED_IN',
  }),
  d('ownerId', 'string', 'The Team or Person CI accountable for it; becomes its OWNED_BY (replacing the old one).', {
    reference: 'OWNED_BY',
  }),
  d('reason', 'string', 'Why: the reason for a retirement or cancellation, or a note on the move.'),
  d('retiredDate', 'date', 'Date the asset left service; today when absent.', { defaultsToToday: true }),
  d('disposalMethod', { enum: 'DisposalMethod' }, 'What became of the asset.'),
  d('sanitisationMethod', { enum: 'SanitisationMethod' }, 'How its media were sanitised (NIST SP 800-88).'),
  d('certificateReference', 'string', 'Reference of the disposal or sanitisation certificate.'),
  d('disposedDate', 'date', 'Date the asset left the organisation; today when absent.', { defaultsToToday: true }),
  d('note', 'string', 'Free text kept with the lifecycle event; every transition accepts it.'),
] as const satisfies readonly DetailSpec[];

export type DetailName = (typeof DETAIL_FIELDS)[number]['name'];

export const DETAIL_BY_NAME: ReadonlyMap<string, DetailSpec> = new Map(DETAIL_FIELDS.map((f) => [f.name, f]));

/** Every rule that can refuse a transition, by the name refusals carry in `extensions.rule`. */
export const REFUSAL_RULES = {
  noLifecycle: 'Places and parties have no lifecycle.',
  terminal: 'DISPOSED and CANCELLED are final: no transition leaves them.',
  noChange: 'A transition must change the state.',
  notInTable: 'Only the moves in the transition table are allowed.',
  staleVersion: 'The CI changed since the caller read it (expectedVersion).',
  details: 'The details must include every required one, valid, and nothing the transition does not take.',
  reference: 'A referenced CI must exist and be of a class the relationship allows.',
  unique: 'Serial numbers and asset tags are unique across hardware.',
  noInServiceDependents:
    'A CI may not leave service for good while a CI in service depends on it, runs on it, is a member of it, is connected to it or is located in it.',
  sanitisedIfStorageBearing: 'A storage-bearing asset may not be disposed of without sanitising its media.',
} as const;
export type RefusalRule = keyof typeof REFUSAL_RULES;

/** Guards are the refusal rules that need more than the table: run by graph/lifecycle/lifecycle.guards.ts. */
export type GuardName = Extract<RefusalRule, 'noInServiceDependents' | 'sanitisedIfStorageBearing'>;

export interface Transition {
  readonly profile: LifecycleProfile;
  readonly from: LifecycleState;
  readonly to: LifecycleState;
  readonly required: readonly DetailName[];
  /** Accepted besides the required ones (and `note`, which every transition takes). */
  readonly optional: readonly DetailName[];
  readonly guards: readonly GuardName[];
  /** CI field ← detail: what the transition records on the CI itself. */
  readonly sets: Readonly<Record<string, DetailName>>;
  /** Outgoing relationship types the transition removes. */
  readonly unrelates: readonly RelationshipType[];
  /**
   * The operationalStatus the CI takes (see OPERATIONAL_STATUS_RULE), or
   * null to leave it as monitoring last reported it.
   */
  readonly operationalStatus: OperationalStatus | null;
  /**
   * The move records how the asset was bought or arrived (an order, a
   * receipt): history a CI created past it may not have (a server bought in
   * 2015 and recorded now), so creation asks for its required details only
   * when the CI is created in this move's own state
   * (graph/lifecycle/lifecycle.creation.ts).
   */
  readonly history: boolean;
}

type Row = Omit<Transition, 'profile' | 'from' | 'to'>;
const row = (over: Partial<Row> & Pick<Row, 'operationalStatus'>): Row => ({
  required: [],
  optional: [],
  guards: [],
  sets: {},
  unrelates: [],
  history: false,
  ...over,
});

/**
 * What a transition does to operationalStatus, which monitoring owns while
 * a CI is in service:
 * - entering service (DEPLOYED from outside it) → OPERATIONAL, as a CI
 *   created DEPLOYED starts; monitoring corrects it from then on;
 * - DEPLOYED ⇄ IN_MAINTENANCE → unchanged: maintenance may or may not
 *   interrupt service, and monitoring knows which;
 * - LOST, STOLEN → DOWN: nobody can use it, and anything still running on
 *   it is really down, so impact analysis shows what that affects (a loss
 *   cannot be refused, so no guard stands in its way);
 * - every other move (ordered, received, in stock, retired, disposed,
 *   cancelled) → UNKNOWN: nothing monitors a CI out of service, it is what
 *   such a CI is created with, and impact analysis counts it as up, so a
 *   decommissioned box never reads as an outage.
 */
export const OPERATIONAL_STATUS_RULE = {
  enteringService: 'OPERATIONAL',
  withinService: null,
  gone: 'DOWN',
  outOfService: 'UNKNOWN',
} as const satisfies Readonly<Record<string, OperationalStatus | null>>;
const STATUS = OPERATIONAL_STATUS_RULE;

function rows(profile: LifecycleProfile, from: readonly LifecycleState[], to: LifecycleState, r: Row): Transition[] {
  return from.map((f) => ({ profile, from: f, to, ...r }));
}

const ORDER = row({
  operationalStatus: STATUS.outOfService,
  history: true,
  required: ['vendorId', 'purchaseOrder', 'cost', 'expectedDelivery'],
  optional: ['orderDate', 'invoiceNumber'],
  sets: {
    purchaseOrder: 'purchaseOrder',
    purchaseCost: 'cost',
    expectedDelivery: 'expectedDelivery',
    purchaseDate: 'orderDate',
    invoiceNumber: 'invoiceNumber',
  },
});
const RECEIVE = row({
  operationalStatus: STATUS.outOfService,
  history: true,
  required: ['receivedDate', 'serialNumber'],
  optional: ['invoiceNumber', 'assetTag', 'locationId'],
  sets: {
    receivedDate: 'receivedDate',
    serialNumber: 'serialNumber',
    invoiceNumber: 'invoiceNumber',
    assetTag: 'assetTag',
  },
});
const CANCEL = row({ required: ['reason'], operationalStatus: STATUS.outOfService });
const TO_STOCK = row({ optional: ['locationId', 'reason'], operationalStatus: STATUS.outOfService });
const BACK_TO_STOCK = row({
  optional: ['locationId', 'reason'],
  guards: ['noInServiceDependents'],
  operationalStatus: STATUS.outOfService,
});
const DEPLOY = row({ required: ['locationId', 'ownerId'], operationalStatus: STATUS.enteringService });
const REDEPLOY = row({ optional: ['locationId', 'ownerId'], operationalStatus: STATUS.withinService });
const MAINTAIN = row({ optional: ['reason'], operationalStatus: STATUS.withinService });
const RETIRE_ASSET = row({
  operationalStatus: STATUS.outOfService,
  required: ['reason'],
  optional: ['retiredDate'],
  guards: ['noInServiceDependents'],
  sets: { retirementReason: 'reason', retiredDate: 'retiredDate' },
});
const DISPOSE = row({
  operationalStatus: STATUS.outOfService,
  required: ['disposalMethod', 'sanitisationMethod', 'certificateReference'],
  optional: ['disposedDate'],
  guards: ['noInServiceDependents', 'sanitisedIfStorageBearing'],
  sets: {
    disposalMethod: 'disposalMethod',
    sanitisationMethod: 'sanitisationMethod',
    disposalCertificate: 'certificateReference',
    disposedDate: 'disposedDate',
  },
  // The asset is physically gone: out of its place, its cabling and its clusters.
  unrelates: ['LOCATED_IN', 'CONNECTED_TO', 'MEMBER_OF'],
});
const GONE = row({ optional: ['reason'], operationalStatus: STATUS.gone });
const FOUND = row({ optional: ['locationId', 'reason'], operationalStatus: STATUS.outOfService });
const RETIRE_SERVICE = row({
  required: ['reason'],
  guards: ['noInServiceDependents'],
  operationalStatus: STATUS.outOfService,
});

/** Where a lost or stolen asset may have been: anywhere the organisation had it. */
const HAD_IT: readonly LifecycleState[] = ['RECEIVED', 'IN_STOCK', 'DEPLOYED', 'IN_MAINTENANCE', 'RETIRED'];

export const TRANSITIONS: readonly Transition[] = [
  ...rows('asset', ['PLANNED'], 'ORDERED', ORDER),
  ...rows('asset', ['PLANNED', 'ORDERED'], 'CANCELLED', CANCEL),
  ...rows('asset', ['ORDERED'], 'RECEIVED', RECEIVE),
  ...rows('asset', ['RECEIVED'], 'IN_STOCK', TO_STOCK),
  ...rows('asset', ['DEPLOYED', 'IN_MAINTENANCE'], 'IN_STOCK', BACK_TO_STOCK),
  ...rows('asset', ['LOST', 'STOLEN'], 'IN_STOCK', FOUND),
  ...rows('asset', ['IN_STOCK'], 'DEPLOYED', DEPLOY),
  ...rows('asset', ['IN_MAINTENANCE'], 'DEPLOYED', REDEPLOY),
  ...rows('asset', ['DEPLOYED'], 'IN_MAINTENANCE', MAINTAIN),
  ...rows('asset', ['IN_STOCK', 'DEPLOYED', 'IN_MAINTENANCE'], 'RETIRED', RETIRE_ASSET),
  ...rows('asset', ['RETIRED'], 'DISPOSED', DISPOSE),
  ...rows('asset', HAD_IT, 'LOST', GONE),
  ...rows('asset', HAD_IT, 'STOLEN', GONE),

  ...rows(
    'service',
    ['PLANNED'],
    'DEPLOYED',
    row({ optional: ['ownerId'], operationalStatus: STATUS.enteringService }),
  ),
  ...rows('service', ['PLANNED'], 'CANCELLED', CANCEL),
  ...rows('service', ['DEPLOYED'], 'IN_MAINTENANCE', MAINTAIN),
  ...rows('service', ['IN_MAINTENANCE'], 'DEPLOYED', row({ operationalStatus: STATUS.withinService })),
  ...rows('service', ['DEPLOYED', 'IN_MAINTENANCE'], 'RETIRED', RETIRE_SERVICE),
];

/** Fields a transition of this profile may set (a row setting anything else is a defect the tests catch). */
export const SETTABLE_FIELDS: Readonly<Record<LifecycleProfile, readonly string[]>> = {
  asset: HARDWARE_FIELDS.map((f) => f.name),
  service: [],
};

const BY_KEY = new Map(TRANSITIONS.map((t) => [`${t.profile}:${t.from}:${t.to}`, t]));

export interface TableRefusal {
  readonly rule: RefusalRule;
  readonly field: string;
  readonly reason: string;
}

/** States reachable in one move from `from` for this profile. */
export function nextStates(profile: LifecycleProfile, from: string): LifecycleState[] {
  return TRANSITIONS.filter((t) => t.profile === profile && t.from === from).map((t) => t.to);
}

/** The rows a CI of this class may take from this state (none for classes without a lifecycle). */
export function transitionsFrom(className: string, from: string): Transition[] {
  const profile = profileOf(className);
  return TRANSITIONS.filter((t) => t.profile === profile && t.from === from);
}

/** The table row for a move, or which rule refuses it and why. */
export function findTransition(className: string, from: string, to: string): Transition | TableRefusal {
  const profile = profileOf(className);
  if (!profile) {
    return { rule: 'noLifecycle', field: 'id', reason: `a ${className} has no lifecycle; only assets and services do` };
  }
  if (!(LIFECYCLE_STATES as readonly string[]).includes(to)) {
    return { rule: 'notInTable', field: 'to', reason: `unknown lifecycle state ${to}` };
  }
  if ((TERMINAL_STATES as readonly string[]).includes(from)) {
    return { rule: 'terminal', field: 'to', reason: `${from} is final: no transition leaves it` };
  }
  if (from === to) return { rule: 'noChange', field: 'to', reason: `the ${className} is already ${from}` };
  const found = BY_KEY.get(`${profile}:${from}:${to}`);
  if (found) return found;
  const allowed = nextStates(profile, from);
  return {
    rule: 'notInTable',
    field: 'to',
    reason: `a ${className} cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.length ? allowed.join(', ') : 'nothing'}`,
  };
}

export function isRefusal(found: Transition | TableRefusal): found is TableRefusal {
  return 'rule' in found;
}
