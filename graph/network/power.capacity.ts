/**
 * Power arithmetic of a rack: what each feed can carry, what the rack's
 * devices draw, and whether the draw fits. Pure; graph/network/aggregates.ts
 * reads the figures and calls these.
 *
 * A feed's capacity is NetBox's "available power" (dcim PowerFeed.save):
 * |voltage| × amperage × maxUtilisation / 100, times 1.732 (NetBox's √3) for
 * a three-phase feed, rounded to the watt. maxUtilisation defaults to 80 and
 * the phase to single, as in NetBox; without voltage or amperage the
 * capacity is unknown (null).
 *
 * The rack's usable capacity counts its PRIMARY feeds only (a feed with no
 * type is PRIMARY, NetBox's default). REDUNDANT feeds stand by for the
 * primaries (N+1, or A+B): the load must fit with them idle, so they add
 * nothing. NetBox's own rack utilisation divides by every feed, redundant
 * ones too, which halves the figure of an A+B rack; Estate does not. When a
 * primary feed's capacity is unknown, or the rack has no primary feed, the
 * rack's capacity is unknown: no utilisation, never flagged overloaded.
 *
 * A power port draws its allocatedDrawW, or its maximumDrawW when no
 * allocation is recorded (the maximum draw falls back to the allocation the
 * same way); a port with neither draws nothing. The ports of a device that
 * has power outlets (a PDU, a UPS) are not counted: what it passes on is
 * drawn by the devices plugged into it, which are counted themselves.
 */
import type { POWER_FEED_TYPES } from '../model/enums';

export const DEFAULT_MAX_UTILISATION = 80;
/** NetBox multiplies a three-phase feed by 1.732, not by Math.SQRT3's 1.7320508…; so does Estate. */
export const THREE_PHASE_FACTOR = 1.732;
/** The feed types whose capacity the rack may use; the others are standby. */
export const COUNTED_FEED_TYPES: readonly (typeof POWER_FEED_TYPES)[number][] = ['PRIMARY'];

export interface FeedFigures {
  readonly feedType?: string | null;
  /** SINGLE_PHASE (the default) or THREE_PHASE. */
  readonly phase?: string | null;
  readonly voltage?: number | null;
  readonly amperage?: number | null;
  readonly maxUtilisation?: number | null;
}

export interface PortFigures {
  readonly allocatedDrawW?: number | null;
  readonly maximumDrawW?: number | null;
}

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** What a feed can carry, in W, or null when its voltage or amperage is not recorded. */
export function feedCapacityW(feed: FeedFigures): number | null {
  if (!known(feed.voltage) || !known(feed.amperage)) return null;
  const percent = known(feed.maxUtilisation) ? feed.maxUtilisation : DEFAULT_MAX_UTILISATION;
  const watts = Math.abs(feed.voltage) * feed.amperage * (percent / 100);
  return Math.round(feed.phase === 'THREE_PHASE' ? watts * THREE_PHASE_FACTOR : watts);
}

/** Whether the feed's capacity is the rack's to use (not a standby feed). */
export function feedCounts(feed: FeedFigures): boolean {
  return COUNTED_FEED_TYPES.includes((feed.feedType ?? 'PRIMARY') as (typeof COUNTED_FEED_TYPES)[number]);
}

/** A port's allocated and maximum draw, each falling back to the other, else 0. */
export function portDrawW(port: PortFigures): { allocated: number; maximum: number } {
  const allocated = known(port.allocatedDrawW) ? port.allocatedDrawW : undefined;
  const maximum = known(port.maximumDrawW) ? port.maximumDrawW : undefined;
  return { allocated: allocated ?? maximum ?? 0, maximum: maximum ?? allocated ?? 0 };
}

export interface RackPowerFigures {
  /** Each feed's capacity, in the order given. */
  readonly feedCapacityW: readonly (number | null)[];
  /** Whether each feed's capacity counts toward the rack's (a primary feed). */
  readonly feedCounted: readonly boolean[];
  /** Sum of the counted (primary) feeds' capacity; null when unknown. */
  readonly capacityW: number | null;
  readonly allocatedDrawW: number;
  readonly maximumDrawW: number;
  /** Allocated draw over capacity, in percent to one decimal place; null when the capacity is unknown or 0. */
  readonly utilisationPercent: number | null;
  /** The allocated draw exceeds the usable capacity. */
  readonly overloaded: boolean;
}

/** The power figures of one rack from its feeds and the power ports of the devices in it. */
export function rackPowerFigures(feeds: readonly FeedFigures[], ports: readonly PortFigures[]): RackPowerFigures {
  const capacities = feeds.map(feedCapacityW);
  const feedCounted = feeds.map(feedCounts);
  const counted = capacities.filter((_, i) => feedCounted[i]);
  const capacityW =
    counted.length === 0 || counted.some((c) => c === null)
      ? null
      : counted.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  let allocatedDrawW = 0;
  let maximumDrawW = 0;
  for (const port of ports) {
    const draw = portDrawW(port);
    allocatedDrawW += draw.allocated;
    maximumDrawW += draw.maximum;
  }
  const utilisationPercent =
    capacityW === null || capacityW === 0 ? null : Math.round((allocatedDrawW / capacityW) * 1000) / 10;
  return {
    feedCapacityW: capacities,
    feedCounted,
    capacityW,
    allocatedDrawW,
    maximumDrawW,
    utilisationPercent,
    overloaded: capacityW !== null && allocatedDrawW > capacityW,
  };
}
