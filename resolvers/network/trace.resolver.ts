/**
 * The network questions over GraphQL: cableTrace, paths and reachable, live
 * or `asOf`. Thin: arguments to graph/network/trace.service.ts (which checks
 * them, loads the wire and answers), the answer shaped into
 * schema/network/trace.types.ts. Every CI named carries the answer's
 * instant, so its `item` is read as of then too (batched per request).
 */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Item } from '../../graph/items/items.mapping';
import { PATH_LIMITS } from '../../graph/network/paths';
import type { PathStep as GraphPathStep } from '../../graph/network/paths';
import { pathsBetween, reachableBetween, traceFrom } from '../../graph/network/trace.service';
import type { NamedTrace } from '../../graph/network/trace.service';
import { ConfigurationItem } from '../../schema/items/item.types';
import {
  CableTrace,
  NetworkCI,
  NetworkPath,
  NetworkPaths,
  PathStep,
  Reachability,
  TracedCI,
} from '../../schema/network/trace.types';
import { DateTimeScalar } from '../../schema/platform/scalars';
import { loadItemAsOf } from '../changelog/history.loaders';
import type { Context } from '../platform/context';
import { PAGE_SIZE, pageSize } from '../platform/limits';

const AS_OF = {
  nullable: true,
  description:
    'Answer over the wired network as it was at this instant (cables, ports, panels, circuits and their statuses rebuilt from the change log); each `item` is read as of then too.',
} as const;

const ORIGIN = {
  description: 'An interface, console or power port or outlet, power feed or circuit termination.',
} as const;
const END = {
  description: 'A component (an interface, port, circuit termination) or a device (any of its interfaces).',
} as const;

function stepAnswer(step: GraphPathStep, asOf: string | undefined): PathStep {
  return {
    ci: { id: step.id, class: step.class, name: step.name, asOf },
    position: step.position,
    via: step.via,
    through: step.through === null ? null : { ...step.through, asOf },
    hops: step.hops,
  };
}

@Resolver()
export class TraceResolver {
  @Query(() => CableTrace, {
    description:
      "The cable trace from an interface, console or power port or outlet, power feed or circuit termination, segment by segment (NetBox's semantics), with every break on the way. Refused: an unknown id (NOT_FOUND naming from), a CI a trace cannot start from (BAD_USER_INPUT naming from).",
  })
  async cableTrace(
    @Arg('from', () => ID, ORIGIN) from: string,
    @Arg('asOf', () => DateTimeScalar, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<NamedTrace> {
    return traceFrom(ctx.db, from, asOf ?? undefined);
  }

  @Query(() => NetworkPaths, {
    description: `The distinct simple paths between two CIs of the wired network within maxHops hops, never crossing anything broken (DOWN, decommissioned, a cable not CONNECTED, a disabled interface); parallel cables are distinct paths. Refused: an unknown id (NOT_FOUND naming from or to), a CI paths do not run between or the same CI twice (BAD_USER_INPUT), maxHops over ${PATH_LIMITS.maxHops} (LIMIT_EXCEEDED naming maxHops) or below 1 (BAD_USER_INPUT).`,
  })
  async paths(
    @Arg('from', () => ID, END) from: string,
    @Arg('to', () => ID, END) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: PATH_LIMITS.defaultHops,
      description: `Most hops a path may have (server limit ${PATH_LIMITS.maxHops}).`,
    })
    maxHops: number | undefined,
    @Arg('asOf', () => DateTimeScalar, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<NetworkPaths> {
    const hops = maxHops ?? PATH_LIMITS.defaultHops;
    const answer = await pathsBetween(ctx.db, from, to, hops, asOf ?? undefined);
    // Shortest first (stable, so equal paths keep the search's order): `first` then keeps the shortest.
    const found = [...answer.paths]
      .sort((a, b) => a.hops - b.hops)
      .map((p) => ({ hops: p.hops, steps: p.steps.map((s) => stepAnswer(s, asOf ?? undefined)) }));
    return { count: answer.count, truncated: answer.truncated, maxHops: hops, found, asOf: asOf ?? null };
  }

  @Query(() => Reachability, {
    description:
      'Whether `to` can be reached from `from` over what carries (nothing broken crossed), with a shortest path. Refused like paths.',
  })
  async reachable(
    @Arg('from', () => ID, END) from: string,
    @Arg('to', () => ID, END) to: string,
    @Arg('asOf', () => DateTimeScalar, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<Reachability> {
    const answer = await reachableBetween(ctx.db, from, to, asOf ?? undefined);
    return {
      reachable: answer.reachable,
      hops: answer.hops,
      path: answer.path.map((s) => stepAnswer(s, asOf ?? undefined)),
      asOf: asOf ?? null,
    };
  }
}

@Resolver(() => NetworkPaths)
export class NetworkPathsResolver {
  @FieldResolver(() => [NetworkPath], {
    description: 'The first of the paths found, shortest first (count says how many there are).',
  })
  paths(
    @Root() answer: NetworkPaths,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: PAGE_SIZE.default,
      description: `How many (at most ${PAGE_SIZE.max}).`,
    })
    first: number | undefined,
  ): NetworkPath[] {
    return answer.found.slice(0, pageSize(first));
  }
}

/** The `item` field of a CI-naming type: the whole CI, now or as of the answer's instant. */
function itemField(type: Function, name: string) {
  @Resolver(() => type)
  class ItemField {
    @FieldResolver(() => ConfigurationItem, {
      nullable: true,
      description: 'The whole CI, as of the answer; null when it no longer exists.',
    })
    async item(@Root() root: NetworkCI, @Ctx() ctx: Context): Promise<Item | undefined> {
      return root.asOf ? loadItemAsOf(ctx, root.id, root.asOf) : ctx.loaders.item.load(root.id);
    }
  }
  Object.defineProperty(ItemField, 'name', { value: name });
  return ItemField;
}

/** Every resolver class of the network questions, for RESOLVERS in server/graphql/resolvers.ts. */
export const NETWORK_TRACE_RESOLVERS = [
  TraceResolver,
  NetworkPathsResolver,
  itemField(NetworkCI, 'NetworkCIItem'),
  itemField(TracedCI, 'TracedCIItem'),
] as const;
