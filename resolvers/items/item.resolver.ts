/** Queries and mutations on CIs: read the arguments, call graph/, shape the answer. */
import { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { createItem, deleteItem, updateItem } from '../../graph/items/items';
import { countItems, listItems, searchItems } from '../../graph/items/items.query';
import type { Item } from '../../graph/items/items.mapping';
import { ConfigurationItem } from '../../schema/items/item.types';
import { CreateItemInput, ItemFilter, ItemOrder, ItemPatch } from '../../schema/items/item.inputs';
import { ItemConnection, SearchHit } from '../../schema/platform/connection.types';
import { DateTimeScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { loadItemAsOf } from '../changelog/history.loaders';
import { lookahead } from './lookahead';
import { pageSize } from '../platform/limits';

@ArgsType()
class ItemsArgs {
  @Field(() => ItemFilter, { nullable: true })
  filter?: ItemFilter;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 500).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string;

  @Field(() => ItemOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: ItemOrder;
}

@Resolver(() => ItemConnection)
export class ItemResolver {
  @Query(() => ConfigurationItem, {
    nullable: true,
    description:
      'One CI by id, or null. With asOf: the CI as it was at that instant (fields, relationships and neighbours), rebuilt from the change log; null if it did not exist then.',
  })
  item(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Item | undefined> {
    // In the past, neighbours come from the change log (history.loaders.ts), not ahead.
    return asOf ? loadItemAsOf(ctx, id, asOf) : ctx.loaders.itemWith(lookahead(info)).load(id);
  }

  @Query(() => ItemConnection, { description: 'CIs matching a filter, a page at a time.' })
  async items(
    @Args(() => ItemsArgs) args: ItemsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ItemConnection> {
    const filter = plain(args.filter ?? {});
    const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
    const ahead = lookahead(info, ['edges', 'node']);
    const page = await listItems(ctx.db, filter, order, pageSize(args.first), args.after, ahead);
    ctx.loaders.prime(ahead.found);
    // Whole CIs may serve later loads by id in this request; partial ones (only the fields asked) may not.
    if (!ahead.properties) for (const { item } of page.items) ctx.loaders.item.prime(item.id, item);
    return {
      edges: page.items.map(({ item, cursor }) => ({ cursor, node: item })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: false,
        startCursor: page.items[0]?.cursor,
        endCursor: page.items.at(-1)?.cursor,
      },
      filter,
    };
  }

  @FieldResolver(() => Int, { description: 'How many CIs match the filter (costs one count query).' })
  totalCount(@Root() connection: ItemConnection, @Ctx() ctx: Context): Promise<number> {
    return countItems(ctx.db, connection.filter);
  }

  @Query(() => [SearchHit], {
    description: 'Full-text search over names, descriptions, host names, serial numbers and asset tags.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const ahead = lookahead(info, ['item']);
    const hits = await searchItems(ctx.db, text, pageSize(first), ahead);
    ctx.loaders.prime(ahead.found);
    return hits;
  }

  @Mutation(() => ConfigurationItem, { description: 'Create a CI of any class.' })
  createItem(@Arg('input', () => CreateItemInput) input: CreateItemInput, @Ctx() ctx: Context) {
    return createItem(ctx.db, ctx.writer, plain(input));
  }

  @Mutation(() => ConfigurationItem, {
    description: 'Change some fields of a CI. A stale expectedVersion is refused with CONFLICT.',
  })
  updateItem(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('patch', () => ItemPatch) patch: ItemPatch,
    @Ctx() ctx: Context,
  ) {
    return updateItem(ctx.db, ctx.writer, id, expectedVersion, plain(patch));
  }

  @Mutation(() => ConfigurationItem, {
    description: 'Delete a CI. Refused while other CIs still need it, unless an admin forces it. Its history is kept.',
  })
  deleteItem(
    @Arg('id', () => ID) id: string,
    @Arg('force', () => Boolean, { defaultValue: false }) force: boolean,
    @Ctx() ctx: Context,
  ) {
    return deleteItem(ctx.db, ctx.writer, id, { force, mayForce: ctx.role === 'admin' });
  }
}

/** type-graphql hands inputs over as class instances; graph/ takes plain objects. */
function plain<T extends object>(value: T): Record<string, unknown> & T {
  return { ...value } as Record<string, unknown> & T;
}
