/** GraphQL types of incidents: outage records linked to the CIs they affect (not CIs themselves). */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../../graph/incidents/incident.rules';
import type { IncidentFilter as GraphIncidentFilter } from '../../graph/incidents/incidents';
import { PageInfo } from '../platform/connection.types';
import { DateTimeScalar } from '../platform/scalars';

const asEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

export const IncidentSeverityEnum = asEnum(INCIDENT_SEVERITIES);
registerEnumType(IncidentSeverityEnum, { name: 'IncidentSeverity', description: 'SEV1 is the worst.' });

export const IncidentStatusEnum = asEnum(INCIDENT_STATUSES);
registerEnumType(IncidentStatusEnum, {
  name: 'IncidentStatus',
  description: 'OPEN → MITIGATED → RESOLVED; MITIGATED may fall back to OPEN, RESOLVED may be reopened.',
});

@ObjectType({ description: 'An outage record: what happened, how bad, and which CIs it affects.' })
export class Incident {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => IncidentSeverityEnum)
  severity!: string;

  @Field(() => IncidentStatusEnum)
  status!: string;

  @Field(() => DateTimeScalar)
  openedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last became MITIGATED.' })
  mitigatedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved; null while not RESOLVED.' })
  resolvedAt!: string | null;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@InputType()
export class OpenIncidentInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; one is made when absent.' })
  id?: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => IncidentSeverityEnum)
  severity!: string;

  @Field(() => [ID], { description: 'The CIs that are failing (at least one, at most 500).' })
  affects!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it started; now when absent.' })
  openedAt?: string;
}

@InputType({ description: 'Fields to change; absent fields are left alone.' })
export class IncidentPatch {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  description?: string | null;

  @Field(() => IncidentSeverityEnum, { nullable: true })
  severity?: string;

  @Field(() => IncidentStatusEnum, { nullable: true })
  status?: string;

  @Field(() => [ID], { nullable: true, description: 'CIs to add to those it affects.' })
  addAffects?: string[];

  @Field(() => [ID], { nullable: true, description: 'CIs it no longer affects (at least one must remain).' })
  removeAffects?: string[];
}

@InputType({ description: 'All given conditions must hold.' })
export class IncidentFilter {
  @Field(() => [IncidentStatusEnum], { nullable: true })
  statuses?: string[];

  @Field(() => [IncidentSeverityEnum], { nullable: true })
  severities?: string[];

  @Field(() => ID, { nullable: true, description: 'Incidents that affect this CI.' })
  affectsId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Opened at or after this instant.' })
  openedAfter?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Opened before this instant.' })
  openedBefore?: string;
}

@ObjectType()
export class IncidentEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Incident)
  node!: Incident;
}

@ObjectType()
export class IncidentConnection {
  @Field(() => [IncidentEdge], { description: 'Newest opened first.' })
  edges!: IncidentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Kept so totalCount counts only when asked. */
  filter!: GraphIncidentFilter;
}
