/** The asset manager's reports; each is one query in graph/reports/. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { assetReport, assetsInStockLongerThan, assetsPastEndOfLife } from '../../graph/lifecycle/assets.report';
import type { AssetGrouping } from '../../graph/lifecycle/assets.report';
import { licenceCompliance } from '../../graph/lifecycle/licence.report';
import { assetsOutOfWarranty, expiringContracts, expiringWarranties } from '../../graph/lifecycle/warranty.report';
import {
  AssetGroupByEnum,
  AssetReportGroup,
  AssetWarranty,
  ExpiringContract,
  InStockAsset,
  LicenceCompliance,
  PastEndOfLife,
} from '../../schema/lifecycle/asset.reports.types';
import { ModelEnums } from '../../schema/model/enums';
import { DateScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { pageSize } from '../platform/limits';

const asOfArg = () => Arg('asOf', () => DateScalar, { nullable: true, description: 'Report date; today when absent.' });
const firstArg = () =>
  Arg('first', () => Int, { nullable: true, description: 'At most this many rows (default 20, at most 500).' });
const statesArg = (defaults: string) =>
  Arg('lifecycleStates', () => [ModelEnums.LifecycleState], { nullable: true, description: `Default: ${defaults}.` });

@Resolver()
export class AssetReportsResolver {
  @Query(() => [ExpiringContract], {
    description: 'Contracts ending between the report date and withinDays after it, soonest first.',
  })
  expiringContracts(
    @Arg('withinDays', () => Int) withinDays: number,
    @Arg('kinds', () => [ModelEnums.ContractKind], { nullable: true }) kinds: string[] | null,
    @asOfArg() asOf: string | null,
    @firstArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return expiringContracts(ctx.db, { withinDays, kinds, asOf, first: pageSize(first) });
  }

  @Query(() => [AssetWarranty], {
    description: 'Assets whose warranty ends within withinDays of the report date, soonest first.',
  })
  expiringWarranties(
    @Arg('withinDays', () => Int) withinDays: number,
    @asOfArg() asOf: string | null,
    @statesArg('RECEIVED, IN_STOCK, DEPLOYED, IN_MAINTENANCE') lifecycleStates: string[] | null,
    @firstArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return expiringWarranties(ctx.db, { withinDays, asOf, lifecycleStates, first: pageSize(first) });
  }

  @Query(() => [AssetWarranty], {
    description: 'DEPLOYED assets out of warranty on the report date, or with none recorded.',
  })
  assetsOutOfWarranty(@asOfArg() asOf: string | null, @firstArg() first: number | null, @Ctx() ctx: Context) {
    return assetsOutOfWarranty(ctx.db, { asOf, first: pageSize(first) });
  }

  @Query(() => [LicenceCompliance], {
    description: 'Entitled against installed per software product, over-deployed first.',
  })
  licenceCompliance(@asOfArg() asOf: string | null, @firstArg() first: number | null, @Ctx() ctx: Context) {
    return licenceCompliance(ctx.db, { asOf, first: pageSize(first) });
  }

  @Query(() => [AssetReportGroup], {
    description: 'Hardware counts, purchase cost and book value, grouped; largest group first.',
  })
  assetReport(
    @Arg('groupBy', () => AssetGroupByEnum) groupBy: AssetGrouping,
    @asOfArg() asOf: string | null,
    @statesArg('every state') lifecycleStates: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return assetReport(ctx.db, { groupBy, asOf, lifecycleStates });
  }

  @Query(() => [PastEndOfLife], {
    description: 'Assets past their end-of-life date (or useful life), longest past first.',
  })
  assetsPastEndOfLife(
    @asOfArg() asOf: string | null,
    @statesArg('RECEIVED, IN_STOCK, DEPLOYED, IN_MAINTENANCE') lifecycleStates: string[] | null,
    @firstArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return assetsPastEndOfLife(ctx.db, { asOf, lifecycleStates, first: pageSize(first) });
  }

  @Query(() => [InStockAsset], {
    description: 'Assets IN_STOCK for more than `days` days on the report date, longest first.',
  })
  assetsInStockLongerThan(
    @Arg('days', () => Int) days: number,
    @asOfArg() asOf: string | null,
    @firstArg() first: number | null,
    @Ctx() ctx: Context,
  ) {
    return assetsInStockLongerThan(ctx.db, { days, asOf, first: pageSize(first) });
  }
}
