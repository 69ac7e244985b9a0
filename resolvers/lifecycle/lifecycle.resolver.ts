/** Lifecycle transitions and the lifecycle fields of every CI; the rules live in graph/lifecycle/. */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { transitionLifecycle, transitionMany } from '../../graph/lifecycle/lifecycle';
import type { LifecycleEvent as GraphLifecycleEvent } from '../../graph/lifecycle/lifecycle';
import { transitionsFrom } from '../../graph/lifecycle/lifecycle.rules';
import type { Item } from '../../graph/items/items.mapping';
import { ModelEnums } from '../../schema/model/enums';
import { ConfigurationItem } from '../../schema/items/item.types';
import {
  AllowedTransition,
  LifecycleDetailsInput,
  LifecycleEvent,
  TransitionRequestInput,
} from '../../schema/lifecycle/lifecycle.types';
import type { Context } from '../platform/context';
import { lifecycleLoaders } from './lifecycle.loaders';

const plainDetails = (details: LifecycleDetailsInput | null | undefined) => (details ? { ...details } : null);

@Resolver(() => ConfigurationItem)
export class LifecycleResolver {
  @Mutation(() => ConfigurationItem, {
    description:
      'Move a CI to another lifecycle state with the details the move requires. A refusal names the rule (extensions.rule) and writes nothing; a stale expectedVersion is refused with CONFLICT.',
  })
  transitionLifecycle(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => ModelEnums.LifecycleState) to: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('details', () => LifecycleDetailsInput, { nullable: true }) details: LifecycleDetailsInput | null,
    @Ctx() ctx: Context,
  ): Promise<Item> {
    return transitionLifecycle(ctx.db, ctx.writer, { id, to, expectedVersion, details: plainDetails(details) });
  }

  @Mutation(() => [ConfigurationItem], {
    description:
      'Many transitions in one transaction, all or nothing (at most 500, one per CI). A refusal names the request by index and id.',
  })
  transitionLifecycleMany(
    @Arg('requests', () => [TransitionRequestInput]) requests: TransitionRequestInput[],
    @Ctx() ctx: Context,
  ): Promise<Item[]> {
    return transitionMany(
      ctx.db,
      ctx.writer,
      requests.map((r) => ({ ...r, details: plainDetails(r.details) })),
    );
  }

  @FieldResolver(() => [LifecycleEvent], { description: 'Every lifecycle transition of this CI, oldest first.' })
  lifecycle(@Root() item: Item, @Ctx() ctx: Context): Promise<GraphLifecycleEvent[]> {
    return lifecycleLoaders(ctx).events.load(item.id);
  }

  @FieldResolver(() => [AllowedTransition], {
    description: 'The moves this CI may make from its current state and the details each requires.',
  })
  nextLifecycleStates(@Root() item: Item): AllowedTransition[] {
    return transitionsFrom(item.class, item.lifecycleState).map((t) => ({
      to: t.to,
      requiredDetails: [...t.required],
      optionalDetails: [...t.optional],
      guards: [...t.guards],
    }));
  }
}
