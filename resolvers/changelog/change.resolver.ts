/**
 * The audit trail over GraphQL: the change log (`changes`, `changeCursor`),
 * each CI's `history`, and `diff` between two instants. `item(id, asOf)`
 * lives with the other item queries and reads through history.loaders.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { parseChangeFilter } from '../../graph/changelog/changes.filter';
import { parseCursor, readChanges, readHead } from '../../graph/changelog/changes.read';
import type { ChangeRecord } from '../../graph/changelog/change.record';
import { changeView } from '../../graph/changelog/changes.view';
import type { ChangeView } from '../../graph/changelog/changes.view';
import { diffItem } from '../../graph/changelog/history';
import type { Item } from '../../graph/items/items.mapping';
import { Change, ChangeConnection, ChangeFilterInput, ItemDiff } from '../../schema/changelog/change.types';
import { OrderDirectionEnum } from '../../schema/model/enums';
import { ConfigurationItem } from '../../schema/items/item.types';
import { DateTimeScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { asOfOf, historyLoader } from './history.loaders';
import { pageSize } from '../platform/limits';

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

/** A page of changes as a connection, from `limit + 1` rows (the extra one says whether more follow). */
function connectionOf(rows: readonly ChangeRecord[], limit: number): ChangeConnection {
  const page = rows.slice(0, limit).map(changeView);
  return {
    edges: page.map((node) => ({ cursor: node.cursor, node })),
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
  async changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context): Promise<ChangeConnection> {
    const filter = parseChangeFilter(args.filter);
    const limit = pageSize(args.first);
    return connectionOf(
      await readChanges(ctx.db, { filter, cursor: parseCursor(args.after), limit: limit + 1 }),
      limit,
    );
  }

  @Query(() => String, {
    description: 'The cursor of the last committed change: subscribe with `after` set to it to miss nothing from now.',
  })
  async changeCursor(@Ctx() ctx: Context): Promise<string> {
    return String(await readHead(ctx.db));
  }

  @Query(() => ItemDiff, {
    description: "How a CI's fields and relationships differ between two instants (`to` defaults to now).",
  })
  diff(
    @Arg('id', () => ID) id: string,
    @Arg('from', () => DateTimeScalar) from: string,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return diffItem(ctx.db, id, from, to ?? new Date().toISOString());
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
  async history(@Root() item: Item, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: Context) {
    const limit = pageSize(args.first);
    const request = { limit: limit + 1, order: args.order, cursor: parseCursor(args.after), until: asOfOf(item) };
    return connectionOf(await historyLoader(ctx, request).load(item.id), limit);
  }
}
