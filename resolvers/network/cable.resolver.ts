/**
 * Cables and component addressing: connectCable / disconnectCable, the
 * `component(device, name)` query, and the `components` field of every CI
 * (a device's, or a circuit's, parts). Thin: arguments to graph/network,
 * answers back; the rules live in graph/.
 */
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectCable, disconnectCable } from '../../graph/network/cables';
import { findComponent } from '../../graph/network/components';
import type { Item } from '../../graph/items/items.mapping';
import { ConfigurationItem } from '../../schema/items/item.types';
import { ComponentClass, ConnectCableInput, ConnectedCable } from '../../schema/network/cable.types';
import type { Context } from '../platform/context';
import { loadNeighbours } from '../changelog/history.loaders';

/** type-graphql hands inputs over as class instances; graph/ takes plain objects. */
const plain = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

@Resolver(() => ConnectedCable)
export class CableResolver {
  @Mutation(() => ConnectedCable, {
    description:
      'Connect a cable between terminations on side A and side B in one transaction (the Cable CI, its TERMINATES edges, a change record each). Refused with BAD_USER_INPUT naming aTerminations[i]/bTerminations[i], nothing written: an unknown device or component, a class that cannot end a cable, a termination already cabled, the same termination twice or on both sides, an empty side, power and data ends on one cable.',
  })
  connectCable(@Arg('input', () => ConnectCableInput) input: ConnectCableInput, @Ctx() ctx: Context) {
    return connectCable(ctx.db, ctx.writer, plain(input));
  }

  @Mutation(() => ConfigurationItem, {
    description: 'Delete a cable and its terminations (each logged); refused for anything but a Cable.',
  })
  disconnectCable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return disconnectCable(ctx.db, ctx.writer, id);
  }
}

@Resolver(() => ConfigurationItem)
export class ComponentResolver {
  @Query(() => ConfigurationItem, {
    nullable: true,
    description:
      "A device's (or circuit's) component by the device id and the component's name, NetBox style; null when there is none. Names are unique per class within a device: give class where two classes share a name (a patch panel's front and rear port 1).",
  })
  component(
    @Arg('device', () => ID) device: string,
    @Arg('name', () => String) name: string,
    @Arg('class', () => ComponentClass, { nullable: true }) className: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<Item | undefined> {
    return findComponent(ctx.db, device, name, className);
  }

  @FieldResolver(() => [ConfigurationItem], {
    description:
      "This device's (or circuit's) components (COMPONENT_OF), by name, optionally only some classes; empty for anything else. Batched per request like every neighbour field.",
  })
  async components(
    @Root() item: Item,
    @Arg('classes', () => [ComponentClass], { nullable: true }) classes: string[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<Item[]> {
    const found = await loadNeighbours(ctx, item, 'COMPONENT_OF', 'IN');
    const wanted = classes?.length ? new Set(classes) : undefined;
    return found.map((n) => n.item).filter((i) => !wanted || wanted.has(i.class));
  }
}

export const NETWORK_CABLE_RESOLVERS = [CableResolver, ComponentResolver] as const;
