/**
 * Subscriptions (graphql-ws, same port and path as HTTP). Each `subscribe`
 * returns an async iterator over the committed change log (through the
 * process's ChangeFeed) or over job progress; each event then resolves like
 * a query, with a fresh loader registry so that `item`, `health` and every
 * other loaded field shows the CI as it is now. The context itself lives as
 * long as the subscription; the registry on it lives for one event.
 */
import { Arg, Ctx, FieldResolver, ID, Root, Resolver, Subscription } from 'type-graphql';
import type { PubSub, SubscribeResolverData } from 'type-graphql';
import { parseChangeFilter } from '../../graph/changelog/changes.filter';
import type { ChangeFilter } from '../../graph/changelog/changes.filter';
import { parseCursor, readHead } from '../../graph/changelog/changes.read';
import type { ChangeRecord } from '../../graph/changelog/change.record';
import { changeView } from '../../graph/changelog/changes.view';
import type { ChangeView } from '../../graph/changelog/changes.view';
import { badInput } from '../../graph/platform/errors';
import type { JobProgress as JobProgressRecord } from '../../graph/platform/jobs.progress';
import { checkService } from '../../graph/impact/impact.watch';
import type { HealthEvent } from '../../graph/impact/impact.watch';
import type { Item } from '../../graph/items/items.mapping';
import { Change, ChangeFilterInput, JobProgress, ServiceHealthChange } from '../../schema/changelog/change.types';
import { ConfigurationItem } from '../../schema/items/item.types';
import type { Context } from '../platform/context';
import { createLoaders } from '../platform/loaders';

/** type-graphql wants a PubSub even when every subscription brings its own `subscribe`; this one is never used. */
export const NO_PUBSUB: PubSub = {
  publish() {
    throw new Error('Estate subscriptions read the change log; nothing is published in memory');
  },
  subscribe() {
    throw new Error('Estate subscriptions read the change log; nothing is published in memory');
  },
};

type Data = SubscribeResolverData<unknown, Record<string, unknown>, Context>;

/**
 * A stream of changes after `after`, refused when the cursor is past the log's end. Without a cursor it
 * starts at the log's head as read now: the feed's own head may lag behind writes of other instances
 * (by up to its idle poll while nobody follows it), and a subscriber from now wants none of those.
 */
async function changeStream(ctx: Context, filter: ChangeFilter, afterArg: unknown): Promise<AsyncIterable<unknown>> {
  const after = parseCursor(afterArg as string | null | undefined);
  const { feed } = ctx.services;
  if (after === undefined) return feed.subscribe(filter, await readHead(ctx.db));
  if (after > feed.head) {
    const head = await readHead(ctx.db);
    if (after > head) throw badInput('after', `cursor ${after} is past the last change (${head})`);
  }
  return feed.subscribe(filter, after);
}

/**
 * Each event is resolved like a new request: a new loader registry (every feature's loaders hang off it), so
 * nothing an earlier event cached is served again. The root field runs first and an event's execution ends
 * before the stream hands out the next one, so the fields of this event all read this registry.
 */
function newEvent(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db);
}

function changeEvent(ctx: Context, change: ChangeRecord): ChangeView {
  newEvent(ctx);
  return changeView(change);
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Change, {
    description:
      'Every committed change matching the filter, in sequence order: first those after `after` (replayed from the log), then live. ' +
      'Resubscribe with the cursor of the last change received to resume with no gap and no duplicate. ' +
      'A subscriber that falls too far behind is ended with SUBSCRIBER_TOO_SLOW and the cursor to resume from.',
    subscribe: ({ args, context }: Data) => changeStream(context, parseChangeFilter(args.filter), args.after),
  })
  changes(
    @Root() change: ChangeRecord,
    @Arg('filter', () => ChangeFilterInput, { nullable: true }) _filter: ChangeFilterInput | undefined,
    @Arg('after', () => String, { nullable: true }) _after: string | undefined,
    @Ctx() ctx: Context,
  ): ChangeView {
    return changeEvent(ctx, change);
  }

  @Subscription(() => Change, {
    description: 'Changes to one CI, including relationships at either end (the changes subscription for one id).',
    subscribe: ({ args, context }: Data) => changeStream(context, parseChangeFilter({ ciIds: [args.id] }), args.after),
  })
  itemChanged(
    @Root() change: ChangeRecord,
    @Arg('id', () => ID) _id: string,
    @Arg('after', () => String, { nullable: true }) _after: string | undefined,
    @Ctx() ctx: Context,
  ): ChangeView {
    return changeEvent(ctx, change);
  }

  @Subscription(() => JobProgress, {
    description: "An import job's progress: its current state at once, then each newer one; ends after the last.",
    subscribe: ({ args, context }: Data) => context.services.jobProgress.subscribe(args.jobId as string),
  })
  importProgress(@Root() progress: JobProgressRecord, @Arg('jobId', () => ID) _jobId: string): JobProgressRecord {
    return progress;
  }

  @Subscription(() => ServiceHealthChange, {
    description:
      "A service's health derived by the impact rules from reported statuses: the current health at once, then each time it (or its causes) changes.",
    subscribe: async ({ args, context }: Data) => {
      await checkService(context.db, args.serviceId as string);
      return context.services.health.watch(args.serviceId as string);
    },
  })
  serviceHealthChanged(
    @Root() event: HealthEvent,
    @Arg('serviceId', () => ID) _serviceId: string,
    @Ctx() ctx: Context,
  ) {
    newEvent(ctx);
    return {
      serviceId: event.serviceId,
      health: { state: event.health.state, causeIds: event.health.causes },
      previous: event.previous,
      cursor: String(event.cursor),
      at: event.at,
    };
  }
}

@Resolver(() => ServiceHealthChange)
export class ServiceHealthResolver {
  @FieldResolver(() => ConfigurationItem)
  service(@Root() change: { serviceId: string }, @Ctx() ctx: Context): Promise<Item | undefined> {
    return ctx.loaders.item.load(change.serviceId);
  }
}
