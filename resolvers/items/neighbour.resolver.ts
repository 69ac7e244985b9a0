/**
 * Field resolvers on the ConfigurationItem interface (inherited by every
 * class): the named neighbour fields of NEIGHBOUR_FIELDS, built from that
 * table, and the generic `related` field. All load through the request's
 * DataLoaders.
 */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Item } from '../../graph/items/items.mapping';
import { RELATIONSHIP_TYPES } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { Direction, Neighbour } from '../../graph/items/relationships';
import { DirectionEnum, RelationshipTypeEnum } from '../../schema/model/enums';
import { ConfigurationItem } from '../../schema/items/item.types';
import { RelatedItem } from '../../schema/platform/connection.types';
import type { Context } from '../platform/context';
import { asOfOf, loadNeighbours } from '../changelog/history.loaders';
import { NEIGHBOUR_FIELDS } from './neighbour.fields';

@Resolver(() => ConfigurationItem)
export class NeighbourResolver {
  @FieldResolver(() => [RelatedItem], {
    description: 'Neighbours along any relationship types, with the relationship properties.',
  })
  async related(
    @Root() item: Item,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'OUT' }) direction: Direction,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true }) types: RelationshipType[] | undefined,
    @Ctx() ctx: Context,
  ): Promise<RelatedItem[]> {
    const wanted = types?.length ? types : RELATIONSHIP_TYPES;
    const lists = await Promise.all(wanted.map((type) => loadNeighbours(ctx, item, type, direction)));
    return lists.flatMap((list, i) =>
      list.map((n) => ({ type: wanted[i], direction, properties: n.properties, item: n.item })),
    );
  }
}

/**
 * The named fields' resolvers by field name. schema/build.ts installs them on the schema directly:
 * they are the most called resolvers (every CI of an answer, at every level).
 */
export const NEIGHBOUR_FIELD_RESOLVERS = new Map<string, (item: Item, ctx: Context) => unknown>();

// The named fields: one method per table row, decorated as @FieldResolver would.
for (const spec of NEIGHBOUR_FIELDS) {
  const shape = (found: Neighbour[]) => (spec.single ? (found[0]?.item ?? null) : found.map((n) => n.item));
  // A list read ahead resolves synchronously: no promise per field for GraphQL to wait on.
  const resolve = (item: Item, ctx: Context) => {
    const ready = asOfOf(item) === undefined ? ctx.loaders.primed(spec.type, spec.direction, item.id) : undefined;
    return ready ? shape(ready) : loadNeighbours(ctx, item, spec.type, spec.direction).then(shape);
  };
  NEIGHBOUR_FIELD_RESOLVERS.set(spec.name, resolve);
  Object.defineProperty(NeighbourResolver.prototype, spec.name, { value: resolve, writable: true });
  Root()(NeighbourResolver.prototype, spec.name, 0);
  Ctx()(NeighbourResolver.prototype, spec.name, 1);
  FieldResolver(() => (spec.single ? ConfigurationItem : [ConfigurationItem]), {
    nullable: spec.single,
    description: spec.description,
  })(NeighbourResolver.prototype, spec.name, Object.getOwnPropertyDescriptor(NeighbourResolver.prototype, spec.name)!);
}
