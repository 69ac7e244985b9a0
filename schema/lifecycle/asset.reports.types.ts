/** GraphQL types of the asset manager's reports: contracts, warranties, licences, value, age. */
import { Field, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ASSET_GROUPINGS } from '../../graph/lifecycle/assets.report';
import { COMPLIANCE_STATUSES } from '../../graph/lifecycle/licence.report';
import { ConfigurationItem } from '../items/item.types';
import { Money } from '../items/field.types';
import { DateScalar, DateTimeScalar } from '../platform/scalars';

const asEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

export const AssetGroupByEnum = asEnum(Object.keys(ASSET_GROUPINGS));
registerEnumType(AssetGroupByEnum, {
  name: 'AssetGroupBy',
  description: 'STATE, CLASS, LOCATION (the direct LOCATED_IN) or OWNER (OWNED_BY).',
});

export const ComplianceStatusEnum = asEnum(COMPLIANCE_STATUSES);
registerEnumType(ComplianceStatusEnum, { name: 'ComplianceStatus' });

export const EndOfLifeBasisEnum = asEnum(['END_OF_LIFE_DATE', 'USEFUL_LIFE']);
registerEnumType(EndOfLifeBasisEnum, {
  name: 'EndOfLifeBasis',
  description: "END_OF_LIFE_DATE: the asset's endOfLife; USEFUL_LIFE: its depreciation start plus useful life.",
});

@ObjectType()
export class ExpiringContract {
  @Field(() => ConfigurationItem)
  contract!: object;

  @Field(() => DateScalar)
  endDate!: string;

  @Field(() => Int)
  daysLeft!: number;

  @Field(() => Int, { description: 'How many CIs the contract covers.' })
  coveredCount!: number;
}

@ObjectType({
  description: "An asset and when its warranty ends: the later of its warrantyEnd and its WARRANTY contracts'.",
})
export class AssetWarranty {
  @Field(() => ConfigurationItem)
  asset!: object;

  @Field(() => DateScalar, { nullable: true, description: 'Null when no warranty is recorded.' })
  warrantyEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Negative once the warranty has ended.' })
  daysLeft?: number | null;

  @Field(() => ConfigurationItem, {
    nullable: true,
    description: "The WARRANTY contract the end date comes from; null when it is the asset's own warrantyEnd.",
  })
  contract?: object | null;
}

@ObjectType({ description: 'Entitled against installed units of one software product.' })
export class LicenceCompliance {
  @Field(() => ConfigurationItem)
  product!: object;

  @Field(() => Int, {
    description: 'Licensed units of the LICENCE contracts in force covering the product or its installations.',
  })
  entitled!: number;

  @Field(() => Int, { description: 'Installations (INSTANCE_OF the product) in service.' })
  installed!: number;

  @Field(() => Int, { description: 'entitled − installed; negative when over-deployed.' })
  balance!: number;

  @Field(() => Int)
  licenceContracts!: number;

  @Field(() => ComplianceStatusEnum)
  status!: string;
}

@ObjectType({ description: 'Hardware assets of one group: how many and what they are worth.' })
export class AssetReportGroup {
  @Field(() => String, { nullable: true, description: 'State, class, location id or owner id; null for none.' })
  key?: string | null;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [Money], { description: 'Sum of purchase costs, per currency.' })
  purchaseCost!: Money[];

  @Field(() => [Money], { description: 'Sum of book values on the report date, per currency.' })
  bookValue!: Money[];

  @Field(() => Int, { description: 'Assets without a book value (no purchase cost, or inconsistent settings).' })
  unvalued!: number;
}

@ObjectType()
export class PastEndOfLife {
  @Field(() => ConfigurationItem)
  asset!: object;

  @Field(() => DateScalar)
  endOfLife!: string;

  @Field(() => EndOfLifeBasisEnum)
  basis!: string;

  @Field(() => Int)
  daysPast!: number;
}

@ObjectType()
export class InStockAsset {
  @Field(() => ConfigurationItem)
  asset!: object;

  @Field(() => DateTimeScalar, { description: 'When it last went into stock.' })
  since!: string;

  @Field(() => Int)
  days!: number;
}
