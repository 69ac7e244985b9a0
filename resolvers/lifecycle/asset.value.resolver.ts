/** What a hardware asset is worth: book value, depreciation schedule, cost of ownership. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../graph/lifecycle/dates';
import { bookValue, ownershipCost, scheduleOf } from '../../graph/lifecycle/valuation';
import type { Item } from '../../graph/items/items.mapping';
import { Money } from '../../schema/items/field.types';
import { HardwareAsset } from '../../schema/items/item.types';
import { CostOfOwnership, DepreciationSchedule } from '../../schema/lifecycle/lifecycle.types';
import { DateScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { lifecycleLoaders } from './lifecycle.loaders';

const money = (amount: number, currency: string) => ({ amount, currency });

@Resolver(() => HardwareAsset)
export class AssetValueResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Book value on a date (default today); null without a purchase cost. 0 once disposed.',
  })
  bookValue(@Root() item: Item, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null): Money | null {
    return bookValue(item, asOf ?? today());
  }

  @FieldResolver(() => DepreciationSchedule, {
    nullable: true,
    description: 'Monthly depreciation; null without a purchase cost or a received/purchase date.',
  })
  depreciationSchedule(@Root() item: Item): DepreciationSchedule | null {
    const s = scheduleOf(item);
    if (!s) return null;
    return {
      method: s.method,
      usefulLifeMonths: s.usefulLifeMonths,
      decliningBalanceFactor: s.decliningBalanceFactor,
      startDate: s.startDate,
      cost: money(s.cost, s.currency),
      salvageValue: money(s.salvage, s.currency),
      periods: s.periods.map((p) => ({
        period: p.period,
        date: p.date,
        charge: money(p.charge, s.currency),
        accumulated: money(p.accumulated, s.currency),
        bookValue: money(p.bookValue, s.currency),
      })),
    };
  }

  @FieldResolver(() => CostOfOwnership, {
    description: 'Purchase cost plus an equal share of every costed contract covering the asset.',
  })
  async totalCostOfOwnership(@Root() item: Item, @Ctx() ctx: Context): Promise<CostOfOwnership> {
    return ownershipCost(item, await lifecycleLoaders(ctx).contracts.load(item.id));
  }
}
