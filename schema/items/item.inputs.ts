/**
 * Inputs for creating, patching, filtering and ordering CIs. GraphQL has
 * no input unions, so create and patch carry every class field; graph/
 * refuses a field that does not apply to the item's class, naming it.
 */
import { Field, ID, InputType } from 'type-graphql';
import { ALL_CLASS_FIELDS } from '../../graph/model/classes';
import { CIClass, ItemOrderFieldEnum, ModelEnums, OrderDirectionEnum, RelationshipTypeEnum } from '../model/enums';
import { declareFields } from './field.types';
import { JSONObjectScalar } from '../platform/scalars';
import { LifecycleDetailsInput } from '../lifecycle/lifecycle.types';

@InputType({ description: 'Fields a patch may change; null clears a field, an absent field is left alone.' })
export class ItemPatch {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ModelEnums.OperationalStatus, { nullable: true })
  operationalStatus?: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Replaces all attributes.' })
  attributes?: Record<string, unknown> | null;
}
declareFields(ItemPatch, [...ALL_CLASS_FIELDS.values()], true);

@InputType({ description: 'A new CI: its class, a name, and any fields of that class.' })
export class CreateItemInput extends ItemPatch {
  @Field(() => CIClass)
  class!: string;

  @Field(() => ID, { nullable: true, description: 'Your own stable id; a UUID is made when absent.' })
  id?: string;

  @Field(() => String)
  declare name: string;

  @Field(() => ModelEnums.LifecycleState, {
    nullable: true,
    description:
      'Initial state; PLANNED for hardware and DEPLOYED for the rest when absent. A later state takes the details of the moves that lead there (lifecycleDetails).',
  })
  lifecycleState?: string;

  @Field(() => LifecycleDetailsInput, {
    nullable: true,
    description:
      'For a CI created past PLANNED: the details of the lifecycle moves that lead to its state (see docs/lifecycle.md, "Creating in a later state").',
  })
  lifecycleDetails?: LifecycleDetailsInput;
}

@InputType({ description: 'All given conditions must hold.' })
export class ItemFilter {
  @Field(() => [CIClass], { nullable: true })
  classes?: string[];

  @Field(() => [ModelEnums.LifecycleState], { nullable: true })
  lifecycleStates?: string[];

  @Field(() => [ModelEnums.OperationalStatus], { nullable: true })
  operationalStatuses?: string[];

  @Field(() => [String], { nullable: true, description: 'The CI carries every one of these tags.' })
  tags?: string[];

  @Field(() => ID, { nullable: true, description: 'In this location or anywhere below it.' })
  locationId?: string;

  @Field(() => ID, { nullable: true, description: 'OWNED_BY this team or person.' })
  ownerId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find through the full-text index (prefix match, all words).',
  })
  text?: string;
}

@InputType()
export class ItemOrder {
  @Field(() => ItemOrderFieldEnum, { defaultValue: 'NAME' })
  field!: 'NAME' | 'CREATED_AT' | 'UPDATED_AT' | 'ID';

  @Field(() => OrderDirectionEnum, { defaultValue: 'ASC' })
  direction!: 'ASC' | 'DESC';
}

@InputType({ description: 'A relationship to make; it points from the dependent to what it needs.' })
export class RelateInput {
  @Field(() => ID)
  from!: string;

  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Scalar properties, e.g. {localPort: "ge-0/0/1"}.' })
  properties?: Record<string, unknown>;
}
