/** Queries over IP space: the prefix tree, utilisation, free addresses and free child prefixes. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import {
  listAvailablePrefixes,
  listFreeAddresses,
  listPrefixes,
  MAX_FREE,
  prefixUtilisation,
} from '../../graph/network/ip.query';
import { PrefixTreeEntry, PrefixUtilisation } from '../../schema/network/ip.types';
import type { Context } from '../platform/context';

@Resolver()
export class IpResolver {
  @Query(() => [PrefixTreeEntry], {
    description:
      'The prefixes of a VRF (the global table when vrf is absent) in tree order, each with its parent and children computed from the CIDR; with within, only those inside that CIDR.',
  })
  prefixes(
    @Arg('vrf', () => ID, { nullable: true }) vrf: string | null,
    @Arg('within', () => String, { nullable: true, description: 'A CIDR, e.g. 10.1.0.0/16.' }) within: string | null,
    @Ctx() ctx: Context,
  ) {
    return listPrefixes(ctx.db, { vrfId: vrf ?? null, within: within ?? null });
  }

  @Query(() => PrefixUtilisation, { description: 'How much of a prefix is used, and of each of its child prefixes.' })
  prefixUtilisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return prefixUtilisation(ctx.db, id);
  }

  @Query(() => [String], {
    description: `The first free addresses of a prefix (with its mask), in order: not held by an address of its VRF, never an IPv4 network or broadcast address (unless a pool or a /31), never the IPv6 subnet-router anycast address. At most ${MAX_FREE}.`,
  })
  freeAddresses(
    @Arg('prefixId', () => ID) prefixId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return listFreeAddresses(ctx.db, prefixId, first);
  }

  @Query(() => [String], {
    description: `The first free child prefixes of the given length inside a prefix, in address order, overlapping none of its child prefixes. At most ${MAX_FREE}.`,
  })
  availablePrefixes(
    @Arg('prefixId', () => ID) prefixId: string,
    @Arg('length', () => Int) length: number,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return listAvailablePrefixes(ctx.db, prefixId, length, first);
  }
}
