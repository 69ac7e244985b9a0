/** Queries for the operator's aggregates: devices per role, class, site or rack, and power per rack. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { deviceCounts, rackPower } from '../../graph/network/aggregates';
import type { DeviceGrouping } from '../../graph/network/aggregates';
import { DeviceCount, DeviceGroupingEnum, RackPower } from '../../schema/network/aggregates.types';
import type { Context } from '../platform/context';

@Resolver()
export class AggregatesResolver {
  @Query(() => [DeviceCount], {
    description:
      'Hardware CIs (every lifecycle state) counted by role, class, site or rack, ordered by name then key with the group of those with none last; with site, only the devices whose nearest site it is.',
  })
  deviceCounts(
    @Arg('by', () => DeviceGroupingEnum) by: DeviceGrouping,
    @Arg('site', () => ID, { nullable: true, description: 'A Location of kind SITE.' }) site: string | null,
    @Ctx() ctx: Context,
  ) {
    return deviceCounts(ctx.db, by, { siteId: site ?? null });
  }

  @Query(() => [RackPower], {
    description:
      "Each rack's power: the feeds serving it with their capacity, the allocated and maximum draw of its devices' power ports, utilisation and whether it is overloaded. Give racks (answered in that order), or a site (its racks by name), or neither (every rack); not both.",
  })
  rackPower(
    @Arg('site', () => ID, { nullable: true, description: 'A Location of kind SITE.' }) site: string | null,
    @Arg('racks', () => [ID], { nullable: true, description: 'Locations of kind RACK.' }) racks: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return rackPower(ctx.db, { siteId: site ?? null, rackIds: racks ?? null });
  }
}
