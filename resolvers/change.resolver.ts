/**
 * The audit trail over GraphQL: the change log (`changes`, `changeCursor`),
 * each CI's `history`, and `diff` between two instants. `item(id, asOf)`
 * lives with the other item queries and reads through history.loaders.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { parseChangeFilter } from '../graph/changes.filter';
import type { ChangeFilter } from '../graph/changes.filter';
import { parseCursor, readChanges, readHead } from '../graph/changes.read';
import { changeView } from '../graph/changes.view';
import type { ChangeView } from '../graph/changes.view';
import { diffItem } from '../graph/history';
import type { Item } from '../graph/items.mapping';
import { Change, ChangeConnection, ChangeFilterInput, ItemDiff } from '../schema/change.types';
import { OrderDirectionEnum } from '../schema/enums';
import { ConfigurationItem } from '../schema/item.types';
import { DateTimeScalar } from '../schema/scalars';
import type { Context } from './context';
import { asOfOf } from './history.loaders';
import { pageSize } from './limits';

@ArgsType()
class ChangesArgs {
  @Field(() => ChangeFilterInput, { nullable: true })
  filter?: ChangeFilterInput;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 500).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'A change cursor: the page starts just after it.' })
  after?: string;
}

@ArgsType()
class HistoryArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 500).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string;

  @Field(() => OrderDirectionEnum, { defaultValue: 'DESC', description: 'DESC: newest first (the default).' })
  order!: 'ASC' | 'DESC';
}

/** One page of changes as a connection; reads one more than asked to know whether more follow. */
async function changePage(
  ctx: Context,
  filter: ChangeFilter,
  first: number | undefined,
  after: string | undefined,
  order: 'ASC' | 'DESC',
): Promise<ChangeConnection> {
  const limit = pageSize(first);
  const rows = await readChanges(ctx.db, { filter, cursor: parseCursor(after), limit: limit + 1, order });
  const page = rows.slice(0, limit).map(changeView);
  return {
    edges: page.map((node) => ({ cursor: node.cursor, node: node as Change })),
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      startCursor: page[0]?.cursor,
      endCursor: page.at(-1)?.cursor,
    },
  };
}

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description: 'The change log in sequence (commit) order, filtered, a page at a time. Deleted CIs keep theirs.',
  })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context): Promise<ChangeConnection> {
    return changePage(ctx, parseChangeFilter(args.filter), args.first, args.after, 'ASC');
  }

  @Query(() => String, {
    description: 'The cursor of the last committed change: subscribe with `after` set to it to miss nothing from now.',
  })
  async changeCursor(@Ctx() ctx: Context): Promise<string> {
    return String(await readHead(ctx.db));
  }

  @Query(() => ItemDiff, { description: "How a CI's fields and relationships differ between two instants." })
  diff(
    @Arg('id', () => ID) id: string,
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar) to: string,
    @Ctx() ctx: Context,
  ) {
    return diffItem(ctx.db, id, from, to);
  }

  @FieldResolver(() => ConfigurationItem, { nullable: true })
  item(@Root() change: ChangeView, @Ctx() ctx: Context): Promise<Item | undefined> {
    return ctx.loaders.item.load(change.ciId);
  }
}

@Resolver(() => ConfigurationItem)
export class ItemHistoryResolver {
  @FieldResolver(() => ChangeConnection, {
    description:
      "This CI's changes, including relationships at either end; for a CI read with asOf, those up to that instant.",
  })
  history(@Root() item: Item, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: Context) {
    const asOf = asOfOf(item);
    return changePage(ctx, { ciIds: [item.id], until: asOf }, args.first, args.after, args.order);
  }
}
