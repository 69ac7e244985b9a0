/**
 * The change log's API types: Change and its connection, the change
 * filter, point-in-time differences, webhooks and job progress.
 */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { JSONResolver } from 'graphql-scalars';
import { CHANGE_OPS, CHANGE_SOURCES } from '../../graph/platform/changelog.writer';
import { ConfigurationItem } from '../items/item.types';
import { CIClass, DirectionEnum, RelationshipTypeEnum } from '../model/enums';
import { PageInfo } from '../platform/connection.types';
import { DateTimeScalar, JSONObjectScalar } from '../platform/scalars';
import { Health, HealthStateEnum } from '../impact/impact.types';

export const ChangeOpEnum = Object.fromEntries(CHANGE_OPS.map((op) => [op, op]));
registerEnumType(ChangeOpEnum, { name: 'ChangeOp', description: 'What a change did.' });

/** API names in capitals; the log stores the lower-case source. */
export const ChangeSourceEnum = Object.fromEntries(CHANGE_SOURCES.map((s) => [s.toUpperCase(), s]));
registerEnumType(ChangeSourceEnum, { name: 'ChangeSource', description: 'Where a change came from.' });

@ObjectType({ description: 'One field a change set, with its value before and after (stored form).' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => JSONResolver, { nullable: true })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true })
  after!: unknown;
}

@ObjectType({ description: 'The relationship a RELATE or UNRELATE change made or removed.' })
export class RelationshipChange {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => ID)
  fromId!: string;

  @Field(() => String)
  fromClass!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => String)
  toClass!: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Properties before; null when it was made.' })
  before?: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Properties after; null when it was removed.' })
  after?: Record<string, unknown> | null;
}

@ObjectType({
  description:
    'One entry of the audit trail. Every write appends changes in its own transaction; seq is gap-free and in commit order.',
})
export class Change {
  @Field(() => Int, { description: 'Position in the change log: gap-free, in commit order.' })
  seq!: number;

  @Field(() => String, { description: 'Pass as `after` to read or subscribe from just after this change.' })
  cursor!: string;

  @Field(() => DateTimeScalar, { description: 'When the write happened; never earlier than a previous change.' })
  at!: string;

  @Field(() => String)
  actor!: string;

  @Field(() => ChangeSourceEnum)
  source!: string;

  @Field(() => String)
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The import job that made the change.' })
  jobId?: string | null;

  @Field(() => ChangeOpEnum)
  op!: string;

  @Field(() => ID, { description: 'The CI changed (for a relationship change: its source).' })
  ciId!: string;

  @Field(() => String)
  ciClass!: string;

  @Field(() => Int, { nullable: true, description: "The CI's version after the change." })
  version?: number | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'Stored values before: the changed fields, or the whole CI for a DELETE.',
  })
  before?: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'Stored values after: the changed fields, or the whole CI for a CREATE.',
  })
  after?: Record<string, unknown> | null;

  @Field(() => [FieldChange], { description: 'Field by field, for changes to fields (empty for relationships).' })
  fields!: FieldChange[];

  @Field(() => RelationshipChange, { nullable: true })
  relationship?: RelationshipChange | null;

  @Field(() => ConfigurationItem, { nullable: true, description: 'The CI as it is now; null once deleted.' })
  item?: object | null;
}

@ObjectType()
export class ChangeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Change)
  node!: Change;
}

@ObjectType()
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType('ChangeFilter', {
  description: 'All given conditions must hold. A relationship change matches ciIds and classes at either end.',
})
export class ChangeFilterInput {
  @Field(() => [ID], { nullable: true })
  ciIds?: string[];

  @Field(() => [CIClass], { nullable: true })
  classes?: string[];

  @Field(() => [ChangeOpEnum], { nullable: true })
  ops?: string[];

  @Field(() => String, { nullable: true })
  actor?: string;

  @Field(() => ChangeSourceEnum, { nullable: true })
  source?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Changes at or after this instant.' })
  since?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Changes at or before this instant.' })
  until?: string;
}

@ObjectType({ description: 'A relationship that differs between two instants, seen from the CI compared.' })
export class RelationshipDifference {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => DirectionEnum)
  direction!: string;

  @Field(() => ID)
  otherId!: string;

  @Field(() => String)
  otherClass!: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Properties at `from`; null when it was absent.' })
  before?: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Properties at `to`; null when it was absent.' })
  after?: Record<string, unknown> | null;
}

@ObjectType({ description: 'How a CI differs between two instants.' })
export class ItemDiff {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  from!: string;

  @Field(() => DateTimeScalar)
  to!: string;

  @Field(() => Boolean)
  existedAtFrom!: boolean;

  @Field(() => Boolean)
  existedAtTo!: boolean;

  @Field(() => [FieldChange], { description: 'Fields that differ (API form: money as {amount, currency}).' })
  fields!: FieldChange[];

  @Field(() => [RelationshipDifference])
  relationships!: RelationshipDifference[];
}

@ObjectType({ description: 'A registered webhook (its secret is shown only once, when registered).' })
export class Webhook {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => JSONObjectScalar, { description: 'The change filter, as given.' })
  filter!: Record<string, unknown>;

  @Field(() => String, { description: 'The last change the receiver acknowledged.' })
  cursor!: string;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Int, { description: 'Failed attempts since the last delivery.' })
  failures!: number;

  @Field(() => String, { nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastDeliveredAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  nextAttemptAt?: string | null;
}

@ObjectType()
export class WebhookRegistration {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field(() => String, {
    description: 'Signs every delivery: X-Estate-Signature is sha256=<hex HMAC-SHA256 of the body>. Shown only now.',
  })
  secret!: string;
}

@InputType()
export class WebhookInput {
  @Field(() => String, { description: 'An http or https URL that receives POSTed batches of changes.' })
  url!: string;

  @Field(() => ChangeFilterInput, { nullable: true })
  filter?: ChangeFilterInput;

  @Field(() => String, { nullable: true, description: 'Deliver the changes after this cursor (default: from now).' })
  after?: string;
}

@ObjectType({ description: "An import job's progress, as the job publishes it." })
export class JobProgress {
  @Field(() => ID)
  jobId!: string;

  @Field(() => String, { description: 'RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, REJECTED, FAILED…' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'PLANNING, VALIDATING, WRITING, DONE…' })
  phase?: string | null;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int, { nullable: true })
  totalRows?: number | null;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => Boolean, { description: 'True for the last state; the subscription ends after it.' })
  done!: boolean;

  @Field(() => DateTimeScalar)
  at!: string;
}

@ObjectType({ description: "A service's derived health: the current one first, then each time it differs." })
export class ServiceHealthChange {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => Health)
  health!: Health;

  @Field(() => HealthStateEnum, { nullable: true, description: 'The state before; null for the first event.' })
  previous?: string | null;

  @Field(() => String, { description: 'Every change up to this cursor was taken into account.' })
  cursor!: string;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => ConfigurationItem)
  service!: object;
}
