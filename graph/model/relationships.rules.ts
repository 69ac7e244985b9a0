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
  /** Most targets one source may have of this type; undefined means any number. */
  readonly maxTargetsPerSource?: number | { readonly [fromClass: string]: number };
  readonly acyclic: boolean;
  readonly propagation: Propagation;
  /** Property names the relationship accepts besides free-form ones. */
  readonly knownProperties?: readonly string[];
  /** Deleting the target is refused while a source still holds this relationship (unless forced). */
  readonly protectsTarget: boolean;
}

const HARDWARE = classesIn('hardware');
/** Anything that can fail: everything but parties and paper. */
const FAILABLE = classesIn('hardware', 'logical', 'service', 'place');
const SERVICES = classesIn('service');
const PARTIES = ['Team', 'Person'];

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
    description: 'The source is physically inside the target place.',
    from: [...HARDWARE, 'Location'],
    to: ['Location'],
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'direct',
    knownProperties: ['rackUnit'],
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
    from: CLASS_NAMES.filter((c) => !PARTIES.includes(c)),
    to: PARTIES,
    maxTargetsPerSource: 1,
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'SUPPORTED_BY',
    description: 'Who fixes the source when it breaks.',
    from: CLASS_NAMES.filter((c) => !PARTIES.includes(c)),
    to: [...PARTIES, 'Vendor'],
    acyclic: true,
    propagation: 'none',
    protectsTarget: false,
  },
  {
    type: 'SUPPLIED_BY',
    description: 'The vendor the source was bought from.',
    from: [...HARDWARE, 'SoftwareProduct', 'Contract'],
    to: ['Vendor'],
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
];

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
): { field: string; reason: string } | undefined {
  const rule = relationshipRule(type);
  if (!rule) {
    return {
      field: 'type',
      reason: `unknown relationship type ${type}; expected one of ${RELATIONSHIP_TYPES.join(', ')}`,
    };
  }
  if (sameNode) return { field: 'to', reason: `a CI cannot have ${type} to itself` };
  if (!rule.from.includes(fromClass)) {
    return { field: 'from', reason: `${fromClass} cannot be the source of ${type}; allowed: ${rule.from.join(', ')}` };
  }
  if (!rule.to.includes(toClass)) {
    return {
      field: 'to',
      reason: `${type} from ${fromClass} cannot point to a ${toClass}; allowed: ${rule.to.join(', ')}`,
    };
  }
  return undefined;
}
