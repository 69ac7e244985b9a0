/**
 * How a failure travels through the graph, as data: one row for every
 * relationship type whose rule in model/relationships.rules.ts propagates.
 *
 * States are OK < DEGRADED < DOWN. A CI's state is the worst of what each
 * group of its inputs gives it, where an input is a CI whose failure can
 * reach it (for most types the target it needs; for MEMBER_OF the members of
 * a cluster):
 *
 * | type         | failure reaches    | several inputs combine                                | DEGRADED passes on |
 * | ------------ | ------------------ | ----------------------------------------------------- | ------------------ |
 * | DEPENDS_ON   | the source         | any: one DOWN target → DOWN                           | yes                |
 * | RUNS_ON      | the source         | all: every host DOWN → DOWN, some → DEGRADED          | yes                |
 * | CONNECTED_TO | the source         | all, per target class (uplinks apart from networks)   | no                 |
 * | LOCATED_IN   | the source         | any: a place that goes takes what is inside it        | no                 |
 * | PART_OF      | the target (whole) | all: every part DOWN → DOWN, some → DEGRADED          | yes                |
 * | MEMBER_OF    | the target cluster | quorum: fewer than minHealthyMembers up → DOWN,       | no                 |
 * |              |                    | some member DOWN → DEGRADED                           |                    |
 *
 * PART_OF and MEMBER_OF point from the part to the whole, so the whole is
 * the dependent: a failure travels from the part to the whole, not back.
 *
 * DEGRADED means "still working, with less redundancy or capacity than it
 * should have". It passes along consumption (a service using a degraded
 * database, a VM on a cluster short of a host is degraded too) but stops at
 * structure: a device cabled to a switch that lost one of its own uplinks
 * still has a working path, and a cluster counts members that are up.
 */
import type { RelationshipType } from '../model/relationships.rules';

export const IMPACT_STATES = ['OK', 'DEGRADED', 'DOWN'] as const;
export type ImpactState = (typeof IMPACT_STATES)[number];

export const STATE_RANK: Readonly<Record<ImpactState, number>> = { OK: 0, DEGRADED: 1, DOWN: 2 };

export const worse = (a: ImpactState, b: ImpactState): ImpactState => (STATE_RANK[a] >= STATE_RANK[b] ? a : b);

/** Which end of the relationship a failure reaches: the source (the dependent) or the target (a cluster). */
export type Flow = 'toSource' | 'toTarget';

export type Combine =
  /** One failed input fails the receiver. */
  | 'any'
  /** Inputs are redundant alternatives: all DOWN → DOWN, some DOWN → DEGRADED. */
  | 'all'
  /** The receiver is a redundancy group: DOWN when fewer than its minHealthyMembers inputs are up. */
  | 'quorum';

export interface ImpactRule {
  readonly type: RelationshipType;
  readonly flow: Flow;
  readonly combine: Combine;
  /** For 'all': the inputs that are alternatives of one another (same type, or same type and target class). */
  readonly alternatives?: 'sameType' | 'sameTargetClass';
  /** Whether a DEGRADED input makes the receiver DEGRADED (a DOWN input always counts). */
  readonly carriesDegraded: boolean;
  readonly why: string;
}

export const IMPACT_RULES: readonly ImpactRule[] = [
  {
    type: 'DEPENDS_ON',
    flow: 'toSource',
    combine: 'any',
    carriesDegraded: true,
    why: 'a dependency is needed outright; redundancy is modelled by depending on a Cluster',
  },
  {
    type: 'RUNS_ON',
    flow: 'toSource',
    combine: 'all',
    alternatives: 'sameType',
    carriesDegraded: true,
    why: 'an application on several VMs (behind a load balancer) survives until its last host goes',
  },
  {
    type: 'CONNECTED_TO',
    flow: 'toSource',
    combine: 'all',
    alternatives: 'sameTargetClass',
    carriesDegraded: false,
    why: 'dual-homed uplinks are redundant paths; a cable to a switch and an attachment to a network are not alternatives',
  },
  {
    type: 'LOCATED_IN',
    flow: 'toSource',
    combine: 'any',
    carriesDegraded: false,
    why: 'a site, room or rack that goes down takes everything inside it',
  },
  {
    type: 'PART_OF',
    flow: 'toTarget',
    combine: 'all',
    alternatives: 'sameType',
    carriesDegraded: true,
    why: 'a service is made of its parts: one part down degrades it, all parts down take it down; the whole failing does not fail its parts',
  },
  {
    type: 'MEMBER_OF',
    flow: 'toTarget',
    combine: 'quorum',
    carriesDegraded: false,
    why: 'a cluster is up while at least minHealthyMembers members are',
  },
];

/** Members a cluster needs when its minHealthyMembers is unset. */
export const DEFAULT_MIN_HEALTHY_MEMBERS = 1;

const RULE_BY_TYPE = new Map<string, ImpactRule>(IMPACT_RULES.map((r) => [r.type, r]));

export function impactRule(type: string): ImpactRule {
  const rule = RULE_BY_TYPE.get(type);
  if (!rule) throw new Error(`no impact rule for relationship type ${type}`);
  return rule;
}

/** Whether a CI in `state` passes it on along relationships of `type`. */
export function carries(type: string, state: ImpactState): boolean {
  return state === 'DOWN' || (state === 'DEGRADED' && impactRule(type).carriesDegraded);
}

/** Types along which a CI in `state` passes it on. */
export function carryingTypes(state: ImpactState): RelationshipType[] {
  return IMPACT_RULES.filter((r) => carries(r.type, state)).map((r) => r.type);
}

/** Types whose failure reaches the source, and those whose failure reaches the target. */
export const TYPES_BY_FLOW: Readonly<Record<Flow, readonly RelationshipType[]>> = {
  toSource: IMPACT_RULES.filter((r) => r.flow === 'toSource').map((r) => r.type),
  toTarget: IMPACT_RULES.filter((r) => r.flow === 'toTarget').map((r) => r.type),
};

/** A CI's reported operationalStatus as a state it starts from (UNKNOWN counts as up). */
export function reportedState(status: unknown): ImpactState {
  return status === 'DOWN' ? 'DOWN' : status === 'DEGRADED' ? 'DEGRADED' : 'OK';
}

/** Server-side limits of the analysis queries. */
export const IMPACT_LIMITS = {
  maxDepth: 25,
  defaultDepth: 10,
  /** Most CIs one request may name (failed, failing, reports). */
  maxIds: 1000,
  /** Most CIs SPOF and root-cause analysis will load into memory. */
  maxClosure: 50_000,
} as const;
