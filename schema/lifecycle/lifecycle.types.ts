/**
 * GraphQL types of the asset lifecycle: the transition inputs (details
 * declared from the detail table in graph/lifecycle/lifecycle.rules.ts),
 * recorded events, the moves a CI may make next, and an asset's value.
 */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { DETAIL_FIELDS } from '../../graph/lifecycle/lifecycle.rules';
import { ConfigurationItem } from '../items/item.types';
import { ModelEnums } from '../model/enums';
import { declareFields, Money } from '../items/field.types';
import { DateScalar, DateTimeScalar, JSONObjectScalar } from '../platform/scalars';

@InputType({
  description:
    'Details a lifecycle transition records. Which are required and which accepted depends on the move: see nextLifecycleStates.',
})
export class LifecycleDetailsInput {}
declareFields(LifecycleDetailsInput, DETAIL_FIELDS, true);

@InputType({ description: 'One transition of a bulk request.' })
export class TransitionRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ModelEnums.LifecycleState)
  to!: string;

  @Field(() => LifecycleDetailsInput, { nullable: true })
  details?: LifecycleDetailsInput;

  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'One recorded lifecycle transition; never changed once written.' })
export class LifecycleEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "1 for the CI's first transition, then 2, 3…" })
  seq!: number;

  @Field(() => ModelEnums.LifecycleState, {
    nullable: true,
    description: 'null for the event of a CI created in a later state: it records the creation, not a move.',
  })
  from!: string | null;

  @Field(() => ModelEnums.LifecycleState)
  to!: string;

  @Field(() => JSONObjectScalar, { description: 'The details as recorded, with defaulted dates filled in.' })
  details!: Record<string, unknown>;

  @Field(() => String)
  actor!: string;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  requestId!: string;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => Int, { description: 'seq of the TRANSITION Change record written with it.' })
  changeSeq!: number;
}

@ObjectType({ description: 'A move a CI may make from its current state, and what it takes.' })
export class AllowedTransition {
  @Field(() => ModelEnums.LifecycleState)
  to!: string;

  @Field(() => [String])
  requiredDetails!: string[];

  @Field(() => [String], { description: 'Accepted besides the required ones (note is always accepted).' })
  optionalDetails!: string[];

  @Field(() => [String], { description: 'Rules checked against the graph before the move is made.' })
  guards!: string[];
}

@ObjectType({ description: 'One month of a depreciation schedule.' })
export class DepreciationPeriod {
  @Field(() => Int)
  period!: number;

  @Field(() => DateScalar, { description: 'When the charge falls: the start date plus `period` months.' })
  date!: string;

  @Field(() => Money)
  charge!: Money;

  @Field(() => Money)
  accumulated!: Money;

  @Field(() => Money)
  bookValue!: Money;
}

@ObjectType({ description: "An asset's monthly depreciation, from its received (else purchase) date." })
export class DepreciationSchedule {
  @Field(() => ModelEnums.DepreciationMethod)
  method!: string;

  @Field(() => Int)
  usefulLifeMonths!: number;

  @Field(() => Float, { description: 'Declining balance only: multiple of the straight-line rate.' })
  decliningBalanceFactor!: number;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => Money)
  cost!: Money;

  @Field(() => Money)
  salvageValue!: Money;

  @Field(() => [DepreciationPeriod])
  periods!: DepreciationPeriod[];
}

@ObjectType({ description: "A contract's cost, shared equally among the CIs it covers." })
export class ContractCostShare {
  @Field(() => ConfigurationItem)
  contract!: object;

  @Field(() => Money, { description: "This CI's share: the contract cost divided by coveredCount." })
  share!: Money;

  @Field(() => Int)
  coveredCount!: number;
}

@ObjectType({ description: 'Purchase cost plus the shares of the contracts covering the CI (not pro-rated by time).' })
export class CostOfOwnership {
  @Field(() => Money, { nullable: true })
  purchaseCost?: Money | null;

  @Field(() => [ContractCostShare])
  contractShares!: ContractCostShare[];

  @Field(() => [Money], { description: 'Purchase cost and contract shares added up, per currency.' })
  totals!: Money[];
}
