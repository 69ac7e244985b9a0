/**
 * GraphQL types of impact analysis: blast radius, dependency trees, single
 * points of failure, root-cause candidates, live health and status reports.
 * Fields named `item` are resolved through the request's item DataLoader
 * (resolvers/impact.resolver.ts); the rest is what graph/impact computes.
 */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { HEALTH_STATES } from '../../graph/impact/impact.health';
import { CIClass, ModelEnums, RelationshipTypeEnum } from '../model/enums';
import { PageInfo } from '../platform/connection.types';
import { DateTimeScalar } from '../platform/scalars';
import type { HitCI } from '../../graph/impact/impact.traversal';

const asEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

export const ImpactStateEnum = asEnum(['DOWN', 'DEGRADED']);
registerEnumType(ImpactStateEnum, {
  name: 'ImpactState',
  description: 'What a failure does to a CI.',
  valuesConfig: {
    DOWN: { description: 'Not working.' },
    DEGRADED: { description: 'Working, with less redundancy or capacity than it should have.' },
  },
});

export const HealthStateEnum = asEnum(HEALTH_STATES);
registerEnumType(HealthStateEnum, {
  name: 'HealthState',
  description: 'A CI state derived from the reported status of everything it stands on.',
});

export const ImpactBaselineEnum = asEnum(['HEALTHY', 'REPORTED']);
registerEnumType(ImpactBaselineEnum, {
  name: 'ImpactBaseline',
  description: 'What the rest of the estate is assumed to be while a failure is played out.',
  valuesConfig: {
    HEALTHY: { description: 'Everything else is up: a pure what-if.' },
    REPORTED: {
      description: 'CIs reported DOWN or DEGRADED (operationalStatus) count as such; the rest is up.',
    },
  },
});

@ObjectType({ description: 'One CI on an explaining path, and how the failure reached it from the next step.' })
export class ImpactStep {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipTypeEnum, {
    nullable: true,
    description: 'The relationship between this CI and the next step (null on the failed CI the path ends at).',
  })
  via!: string | null;

  /** The instant the analysis read the graph at (its `item` is read then too); undefined for now. */
  asOf?: string;
}

@ObjectType({ description: 'A CI hit by a failure.' })
export class ImpactedItem {
  @Field(() => String)
  cursor!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: "The CI's name, as the analysis read it (no further query; `item` loads the whole CI).",
  })
  name!: string;

  @Field(() => CIClass, { description: "The CI's class, as the analysis read it." })
  class!: string;

  @Field(() => ImpactStateEnum)
  state!: string;

  @Field(() => Int, { description: 'Hops from the nearest failed CI along the explaining path (0: a failed CI).' })
  distance!: number;

  @Field(() => [ImpactStep], { description: 'A shortest explaining path, from this CI back to a failed CI.' })
  path!: ImpactStep[];

  asOf?: string;
}

@ObjectType()
export class ImpactConnection {
  @Field(() => [ImpactedItem])
  edges!: ImpactedItem[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Every CI hit, failed ones included.' })
  totalCount!: number;
}

@ObjectType({ description: 'CIs of one class hit by a failure.' })
export class ClassImpact {
  @Field(() => CIClass)
  class!: string;

  @Field(() => Int)
  down!: number;

  @Field(() => Int)
  degraded!: number;
}

@ObjectType({ description: 'A business service hit by a failure.' })
export class ImpactedService {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The service's name, as the analysis read it (`item` loads the whole CI)." })
  name!: string;

  @Field(() => ImpactStateEnum)
  state!: string;

  @Field(() => ModelEnums.Criticality, { nullable: true })
  criticality!: string | null;

  @Field(() => Int)
  distance!: number;

  asOf?: string;
}

@ObjectType()
export class ImpactSummary {
  @Field(() => Int, { description: 'CIs hit, failed ones included.' })
  total!: number;

  @Field(() => Int)
  down!: number;

  @Field(() => Int)
  degraded!: number;

  @Field(() => [ClassImpact], { description: 'By class name.' })
  byClass!: ClassImpact[];

  @Field(() => [ImpactedService], { description: 'Most critical first, then by name.' })
  businessServices!: ImpactedService[];
}

@ObjectType({ description: 'What fails or degrades when some CIs go DOWN.' })
export class ImpactReport {
  @Field(() => [ID], { description: 'The failed CIs that exist, each once.' })
  failedIds!: string[];

  @Field(() => [ID], { description: 'Failed ids that name no CI (left out of the analysis).' })
  unknownIds!: string[];

  @Field(() => [ID], { description: 'Failed ids given more than once (counted once).' })
  duplicateIds!: string[];

  @Field(() => Int)
  maxDepth!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The instant the graph was read at (the `asOf` argument); null for the graph as it is now.',
  })
  asOf!: string | null;

  @Field(() => Boolean, { description: 'True when CIs at maxDepth lead further: the blast radius may be wider.' })
  truncated!: boolean;

  @Field(() => ImpactSummary)
  summary!: ImpactSummary;

  /** Every CI hit, in order; `impacted` pages over it. */
  hit!: HitCI[];
}

@ObjectType({ description: 'One CI a CI stands on, placed in a tree under the CI that needs it.' })
export class Dependency {
  @Field(() => String)
  cursor!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Hops below the root (1: a direct dependency).' })
  depth!: number;

  @Field(() => ID, { description: 'The CI one level up that needs this one (the root at depth 1).' })
  parentId!: string;

  @Field(() => RelationshipTypeEnum, { description: 'The relationship between the parent and this CI.' })
  via!: string;
}

@ObjectType({ description: 'Everything a CI stands on, as a flat list a client can rebuild into a tree.' })
export class DependencyTree {
  @Field(() => ID)
  rootId!: string;

  @Field(() => [Dependency], { description: 'Breadth-first: by depth, then class, name and id; each CI once.' })
  edges!: Dependency[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Boolean, { description: 'True when the tree goes deeper than maxDepth.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A CI whose loss alone takes the service DOWN.' })
export class SinglePointOfFailure {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Hops below the service.' })
  depth!: number;
}

@ObjectType()
export class SinglePointsOfFailureReport {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => HealthStateEnum, { description: 'The service before any further failure, under the baseline.' })
  state!: string;

  @Field(() => Int, { description: 'CIs the service stands on that were examined.' })
  examined!: number;

  @Field(() => [SinglePointOfFailure], {
    description: 'By depth, then class and name. Empty when the service is already DOWN under the baseline.',
  })
  items!: SinglePointOfFailure[];
}

@ObjectType({ description: 'A CI whose failure alone would explain some of the failing CIs.' })
export class RootCauseCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'How many failing CIs it explains (its failure takes them DOWN).' })
  explains!: number;

  @Field(() => [ID])
  explained!: string[];

  @Field(() => [ID], { description: 'Failing CIs its failure would only degrade.' })
  degraded!: string[];

  @Field(() => Int, { description: 'Hops to the farthest failing CI it explains.' })
  distance!: number;
}

@ObjectType()
export class RootCauseReport {
  @Field(() => [ID])
  unknownIds!: string[];

  @Field(() => [ID])
  duplicateIds!: string[];

  @Field(() => [RootCauseCandidate], { description: 'Most failures explained first, then the shortest distance.' })
  candidates!: RootCauseCandidate[];
}

@ObjectType({ description: "A CI's health, derived from the reported status of everything it stands on." })
export class Health {
  @Field(() => HealthStateEnum)
  state!: string;

  causeIds!: string[];
}

@InputType({ description: 'One CI status seen by monitoring.' })
export class StatusReportInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ModelEnums.OperationalStatus)
  status!: string;
}

@ObjectType({ description: 'What a status report changed.' })
export class StatusReport {
  @Field(() => [ID], { description: 'Reported CIs whose status was already the reported one (nothing written).' })
  unchanged!: string[];

  changedIds!: string[];
}
