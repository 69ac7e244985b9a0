/**
 * The relationship rule table. Relationships point from the dependent to
 * what it needs. Each row says which classes may be joined, how many targets
 * one source may have, whether cycles are allowed, whether a failure of the
 * target propagates to the source (used by impact analysis), and whether the
 * relationship keeps its target from being deleted.
 */
import { CLASS_NAMES, classesIn } from './classes';

export const RELATIONSHIP_TYPES = [
  'DEPENDS_ON',
  'RUNS_ON',
  'MEMBER_OF',
  'CONNECTED_TO',
  'LOCATED_IN',
  'PART_OF',
  'OWNED_BY',
  'SUPPORTED_BY',
  'SUPPLIED_BY',
  'COVERED_BY',
  'INSTANCE_OF',
  // The network (network.classes.ts): components, cables, circuits, power, IP space.
  'COMPONENT_OF',
  'TERMINATES',
  'MAPS_TO',
  'FED_BY',
  'SERVES',
  'TERMINATES_AT',
  'OF_TYPE',
  'IN_VRF',
  'ASSIGNED_TO',
  'UNTAGGED_VLAN',
  'TAGGED_VLAN',
  'IN_GROUP',
  'ON_VLAN',
  // The catalogue (catalogue.classes.ts): stock per location and what is checked out.
  'STOCKED_AT',
  'CHECKED_OUT_TO',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** How a failure of the target reaches the source. */
export type Propagation =
  /** The source fails when the target fails. */
  | 'direct'
  /** The target is a redundancy group: it fails only when too few members are healthy. */
  | 'redundancy'
  | 'none';

export interface RelationshipRule {
  readonly type: RelationshipType;
  readonly description: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Narrower targets for some source classes (a circuit's termination belongs to a circuit, not a server). */
  readonly toByFrom?: { readonly [fromClass: string]: readonly string[] };
  /** Most targets one source may have of this type; undefined means any number. */
  readonly maxTargetsPerSource?: number | { readonly [fromClass: string]: number };
  /** Most sources one target may have (a port takes one cable); undefined means any number. */
  readonly maxSourcesPerTarget?: number;
  /** Properties every relationship of this type must carry, with their allowed values. */
  readonly requiredProperties?: { readonly [name: string]: readonly string[] };
  /** Deleting the target deletes the sources too (a device's components die with it). */
  readonly cascadesFromTarget?: boolean;
  readonly acyclic: boolean;
  readonly propagation: Propagation;
  /** Property names the relationship accepts besides free-form ones. */
  readonly knownProperties?: readonly string[];
  /** Deleting the target is refused while a source still holds this relationship (unless forced). */
  readonly protectsTarget: boolean;
  /**
   * The one domain that writes it (its properties are counts kept by rules
   * and every change is a recorded movement): the generic relate, the
   * relationship import and the other domains refuse it, naming this domain.
   */
  readonly writtenBy?: 'catalogue';
}

const HARDWARE = classesIn('hardware');
const QUANTITY = classesIn('quantity');
/** Anything that can fail: everything but parties, paper, addressing and device parts. */
const FAILABLE = classesIn('hardware', 'logical', 'service', 'place', 'connection');
const SERVICES = classesIn('service');
const PARTIES = ['Team', 'Person'];
const COMPONENTS = classesIn('component');
/** What a cable can end on. */
const CABLE_ENDS = [...COMPONENTS, 'PowerFeed'];
/** Classes that are accountable to someone (not people themselves, not device parts). */
const ACCOUNTABLE = CLASS_NAMES.filter((c) => !PARTIES.includes(c) && !COMPONENTS.includes(c));

export const RELATIONSHIP_RULES: readonly RelationshipRule[] = [
  {
    type: 'DEPENDS_ON',
    description: 'The source needs the target to work.',
    from: [...SERVICES, 'Application', 'Database', 'Network'],
    to: FAILABLE,
    acyclic: false,
    propagation: 'direct',
    protectsTarget: true,
  },
  {
    type: 'RUNS_ON',
    description: 'The source is hosted on the target.',
    from: ['VirtualMachine', 'Application', 'Database', 'SoftwareInstallation'],
    to: ['Server', 'VirtualMachine', 'Cluster'],
    maxTargetsPerSource: { VirtualMachine: 1, SoftwareInstallation: 1 },
    acyclic: true,
    propagation: 'direct',
    protectsTarget: true,
  },
  {
    type: 'MEMBER_OF',
    description: 'The source is one member of a redundancy group.',
    from: ['Server', 'VirtualMachine', 'Database', 'NetworkDevice', 'StorageDevice'],
    to: ['Cluster'],
    acyclic: true,
    propagation: 'redundancy',
    protectsTarget: true,
  },
  {
    type: 'CONNECTED_TO',
    description: 'The source is cabled to an upstream network device or attached to a network.',
    from: [...HARDWARE, 'VirtualMachine'],
    to: ['NetworkDevice', 'Network'],
    acyclic: false,
    propagation: 'direct',
    knownProperties: ['localPort', 'remotePort'],
    protectsTarget: true,
  },
  {
    type: 'LOCATED_IN',
    description: 'The source is physically inside the target place (a device in a rack at a position and face).',
    from: [...HARDWARE, 'Location', 'PowerPanel'],
    to: ['Location'],
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'direct',
    knownProperties: ['rackUnit', 'rackFace'],
    protectsTarget: true,
  },
  {
    type: 'PART_OF',
    description: 'The source service is a component of the target service.',
    from: SERVICES,
    to: SERVICES,
    acyclic: true,
    propagation: 'direct',
    protectsTarget: true,
  },
  {
    type: 'OWNED_BY',
    description: 'The team or person accountable for the source.',
    from: ACCOUNTABLE,
    to: PARTIES,
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'SUPPORTED_BY',
    description: 'Who fixes the source when it breaks.',
    from: ACCOUNTABLE,
    to: [...PARTIES, 'Vendor'],
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'SUPPLIED_BY',
    description: 'The vendor the source was bought from, or the provider of a circuit or provider network.',
    from: [...HARDWARE, ...QUANTITY, 'SoftwareProduct', 'Contract', 'Circuit', 'ProviderNetwork'],
    to: ['Vendor', 'Provider'],
    toByFrom: { Circuit: ['Provider'], ProviderNetwork: ['Provider'] },
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'COVERED_BY',
    description: 'A warranty, support, lease or licence contract that covers the source.',
    from: [...HARDWARE, 'SoftwareProduct', 'SoftwareInstallation', 'Application'],
    to: ['Contract'],
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'INSTANCE_OF',
    description: 'The software product an installation is a copy of (counted by licence compliance).',
    from: ['SoftwareInstallation'],
    to: ['SoftwareProduct'],
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'none',
    protectsTarget: true,
  },
  ...NETWORK_RULES(),
  ...CATALOGUE_RULES(),
];

/**
 * Stock and checkouts of quantity items, kept by graph/catalogue: a count
 * on the edge, changed only by a recorded movement (receive, adjust,
 * checkout, checkin), so the generic relate may not write them.
 */
function CATALOGUE_RULES(): RelationshipRule[] {
  return [
    {
      type: 'STOCKED_AT',
      description:
        'The source quantity item is stocked at the target location: quantity on the shelf, and minQuantity when the location sets its own minimum.',
      from: QUANTITY,
      to: ['Location'],
      acyclic: true,
      propagation: 'none',
      knownProperties: ['quantity', 'minQuantity'],
      protectsTarget: true,
      writtenBy: 'catalogue',
    },
    {
      type: 'CHECKED_OUT_TO',
      description:
        'Units of the source accessory or part held by the target person or asset (quantity); a part is fitted into an asset. Consumables are used up, so they leave no holding.',
      from: ['Accessory', 'Part'],
      to: ['Person', ...HARDWARE],
      toByFrom: { Part: HARDWARE },
      acyclic: true,
      propagation: 'none',
      knownProperties: ['quantity'],
      protectsTarget: false,
      writtenBy: 'catalogue',
    },
  ];
}

/**
 * The network's wiring. None propagates through the dependency rules: what
 * a cut cable or a dead feed does is a question of paths (graph/network),
 * whose answer then enters impact as the devices it cuts off or unpowers.
 */
function NETWORK_RULES(): RelationshipRule[] {
  const wiring = (rule: Omit<RelationshipRule, 'propagation' | 'protectsTarget' | 'acyclic'>): RelationshipRule => ({
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
    ...rule,
  });
  return [
    wiring({
      type: 'COMPONENT_OF',
      description: 'The source is a part of the target device (or circuit) and is deleted with it.',
      from: COMPONENTS,
      to: [...HARDWARE, 'VirtualMachine', 'Circuit'],
      toByFrom: { Interface: [...HARDWARE, 'VirtualMachine'], CircuitTermination: ['Circuit'] },
      maxTargetsPerSource: 1,
      cascadesFromTarget: true,
    }),
    wiring({
      type: 'TERMINATES',
      description:
        'The source cable ends on the target, on side A or B (property side); a termination takes one cable.',
      from: ['Cable'],
      to: CABLE_ENDS,
      maxSourcesPerTarget: 1,
      requiredProperties: { side: ['A', 'B'] },
    }),
    wiring({
      type: 'MAPS_TO',
      description:
        'The source front port passes through to the target rear port, at position rearPortPosition (default 1).',
      from: ['FrontPort'],
      to: ['RearPort'],
      maxTargetsPerSource: 1,
      knownProperties: ['rearPortPosition'],
    }),
    wiring({
      type: 'FED_BY',
      description:
        "The source draws power from the target: an outlet from its PDU's power port, a feed from its panel.",
      from: ['PowerOutlet', 'PowerFeed'],
      to: ['PowerPort', 'PowerPanel'],
      toByFrom: { PowerOutlet: ['PowerPort'], PowerFeed: ['PowerPanel'] },
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'SERVES',
      description: 'The source power feed runs to the target rack.',
      from: ['PowerFeed'],
      to: ['Location'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'TERMINATES_AT',
      description: 'The source circuit termination is at the target site or provider network.',
      from: ['CircuitTermination'],
      to: ['Location', 'ProviderNetwork'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'OF_TYPE',
      description: 'The source device is of the target make and model.',
      from: HARDWARE,
      to: ['DeviceType'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'IN_VRF',
      description: 'The source prefix or address belongs to the target VRF (none: the global table).',
      from: ['Prefix', 'IPAddress'],
      to: ['VRF'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'ASSIGNED_TO',
      description: 'The source IP address is configured on the target interface.',
      from: ['IPAddress'],
      to: ['Interface'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'UNTAGGED_VLAN',
      description: "The source interface's untagged (access or native) VLAN.",
      from: ['Interface'],
      to: ['VLAN'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'TAGGED_VLAN',
      description: 'A VLAN the source interface carries tagged.',
      from: ['Interface'],
      to: ['VLAN'],
    }),
    wiring({
      type: 'IN_GROUP',
      description: 'The source VLAN belongs to the target VLAN group.',
      from: ['VLAN'],
      to: ['VLANGroup'],
      maxTargetsPerSource: 1,
    }),
    wiring({
      type: 'ON_VLAN',
      description: 'The source prefix is the subnet of the target VLAN.',
      from: ['Prefix'],
      to: ['VLAN'],
      maxTargetsPerSource: 1,
    }),
  ];
}

const RULE_BY_TYPE = new Map(RELATIONSHIP_RULES.map((r) => [r.type, r]));

export function relationshipRule(type: string): RelationshipRule | undefined {
  return RULE_BY_TYPE.get(type as RelationshipType);
}

export function maxTargets(rule: RelationshipRule, fromClass: string): number | undefined {
  const max = rule.maxTargetsPerSource;
  return typeof max === 'number' ? max : max?.[fromClass];
}

/** Types along which a failure of the target reaches the source. */
export const PROPAGATING_TYPES: readonly RelationshipType[] = RELATIONSHIP_RULES.filter(
  (r) => r.propagation !== 'none',
).map((r) => r.type);

/** Why a proposed relationship breaks the table, or undefined when it may be made. */
export function checkRelationship(
  type: string,
  fromClass: string,
  toClass: string,
  sameNode: boolean,
  /** The domain writing it, for a relationship only one domain writes (`writtenBy`). */
  writer?: RelationshipRule['writtenBy'],
): { field: string; reason: string } | undefined {
  const rule = relationshipRule(type);
  if (!rule) {
    return {
      field: 'type',
      reason: `unknown relationship type ${type}; expected one of ${RELATIONSHIP_TYPES.join(', ')}`,
    };
  }
  if (rule.writtenBy && rule.writtenBy !== writer) {
    return { field: 'type', reason: WRITTEN_BY_REASON[rule.writtenBy](type) };
  }
  if (sameNode) return { field: 'to', reason: `a CI cannot have ${type} to itself` };
  if (!rule.from.includes(fromClass)) {
    return { field: 'from', reason: `${fromClass} cannot be the source of ${type}; allowed: ${rule.from.join(', ')}` };
  }
  if (!(rule.toByFrom?.[fromClass] ?? rule.to).includes(toClass)) {
    return {
      field: 'to',
      reason: `${type} from ${fromClass} cannot point to a ${toClass}; allowed: ${(rule.toByFrom?.[fromClass] ?? rule.to).join(', ')}`,
    };
  }
  return undefined;
}

/** Why the generic paths may not write a relationship that one domain keeps. */
const WRITTEN_BY_REASON: Readonly<Record<NonNullable<RelationshipRule['writtenBy']>, (type: string) => string>> = {
  catalogue: (type) =>
    `${type} is kept by the catalogue: use receiveStock, adjustStock, checkoutItem or checkinItem, which record the movement`,
};

/** Why a relationship's properties break its rule (a required property missing or out of its values), or undefined. */
export function checkRelationshipProperties(
  rule: RelationshipRule,
  properties: Readonly<Record<string, unknown>>,
): { field: string; reason: string } | undefined {
  for (const [name, allowed] of Object.entries(rule.requiredProperties ?? {})) {
    const value = properties[name];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      return {
        field: `properties.${name}`,
        reason: `${rule.type} needs ${name} to be one of ${allowed.join(', ')}${value === undefined ? '' : `, not ${JSON.stringify(value)}`}`,
      };
    }
  }
  return undefined;
}
