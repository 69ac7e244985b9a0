/** GraphQL types of the operator's aggregates (graph/network/aggregates.ts): device counts and rack power. */
import { Field, Float, ID, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ConfigurationItem } from '../items/item.types';
import { DEVICE_GROUPINGS } from '../../graph/network/aggregates';
import { DEFAULT_MAX_UTILISATION, THREE_PHASE_FACTOR } from '../../graph/network/power.capacity';

export const DeviceGroupingEnum = Object.fromEntries(DEVICE_GROUPINGS.map((g) => [g, g]));
registerEnumType(DeviceGroupingEnum, {
  name: 'DeviceGrouping',
  description:
    "How deviceCounts groups hardware: ROLE (a NetworkDevice's role), CLASS, SITE (the nearest SITE up the LOCATED_IN chain) or RACK (the nearest RACK).",
});

@ObjectType({ description: 'How many hardware CIs fall in one group.' })
export class DeviceCount {
  @Field(() => String, {
    nullable: true,
    description: 'The role, class, site id or rack id; null for the devices with none (no role, no site, no rack).',
  })
  key!: string | null;

  @Field(() => String, { nullable: true, description: "The role or class, or the site's or rack's name." })
  name!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The site the group is in, for SITE and RACK groupings: two racks of one name are told apart by it, and by RACK the devices in no rack form one group per site.',
  })
  siteId!: string | null;

  @Field(() => String, { nullable: true })
  siteName!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A power feed serving a rack, with what it can carry.' })
export class RackFeed {
  @Field(() => ConfigurationItem, { description: 'The PowerFeed CI (feedType, phase, voltage, amperage…).' })
  feed!: object;

  @Field(() => ConfigurationItem, { nullable: true, description: 'The PowerPanel it is FED_BY.' })
  panel!: object | null;

  @Field(() => Int, {
    nullable: true,
    description: `NetBox's available power in W: voltage × amperage × maxUtilisation (default ${DEFAULT_MAX_UTILISATION}) / 100, × ${THREE_PHASE_FACTOR} when three-phase, rounded; null without voltage or amperage.`,
  })
  capacityW!: number | null;

  @Field(() => Boolean, {
    description:
      "Whether its capacity counts toward the rack's: PRIMARY feeds (and feeds with no type) do; REDUNDANT feeds stand by and do not.",
  })
  counted!: boolean;
}

@ObjectType({ description: "A rack's power draw against the capacity of the feeds serving it." })
export class RackPower {
  @Field(() => ConfigurationItem, { description: 'The rack (a Location of kind RACK).' })
  rack!: object;

  @Field(() => ConfigurationItem, { nullable: true, description: 'Its nearest SITE up the LOCATED_IN chain.' })
  site!: object | null;

  @Field(() => [RackFeed], { description: 'The feeds that SERVE it, by name.' })
  feeds!: RackFeed[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Usable capacity in W: the sum of its PRIMARY feeds only, so the load fits with every redundant feed idle (N+1, A+B). Null when it has no primary feed or one lacks voltage or amperage.',
  })
  capacityW!: number | null;

  @Field(() => Int, {
    description:
      "Sum of the allocatedDrawW of the power ports of the devices in it (LOCATED_IN it, or in a place inside it), a port's maximumDrawW where it has no allocation, 0 where it has neither. Devices with power outlets (PDUs, UPSes) are left out: their load is the devices plugged into them.",
  })
  allocatedDrawW!: number;

  @Field(() => Int, {
    description:
      "The same ports' maximumDrawW summed, a port's allocatedDrawW where it has no maximum: the draw if everything peaked at once.",
  })
  maximumDrawW!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'allocatedDrawW / capacityW in percent, one decimal place; null when the capacity is unknown or 0.',
  })
  utilisationPercent!: number | null;

  @Field(() => Boolean, { description: 'allocatedDrawW exceeds capacityW (never when the capacity is unknown).' })
  overloaded!: boolean;
}
