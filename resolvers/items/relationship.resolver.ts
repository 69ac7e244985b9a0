/** Making and removing relationships; the rules live in graph/model/relationships.rules.ts. */
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { relate, unrelate } from '../../graph/items/relationships';
import type { Relationship as GraphRelationship } from '../../graph/items/relationships';
import { Relationship } from '../../schema/platform/connection.types';
import { ConfigurationItem } from '../../schema/items/item.types';
import { RelationshipTypeEnum } from '../../schema/model/enums';
import { RelateInput } from '../../schema/items/item.inputs';
import type { Context } from '../platform/context';

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Mutation(() => Relationship, {
    description: 'Make (or update the properties of) a relationship, obeying the relationship rules.',
  })
  relate(@Arg('input', () => RelateInput) input: RelateInput, @Ctx() ctx: Context) {
    return relate(ctx.db, ctx.writer, input.from, input.type, input.to, input.properties ?? {});
  }

  @Mutation(() => Boolean, { description: 'Remove a relationship; false when there was none.' })
  unrelate(
    @Arg('from', () => ID) from: string,
    @Arg('type', () => RelationshipTypeEnum) type: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
  ) {
    return unrelate(ctx.db, ctx.writer, from, type, to);
  }

  @FieldResolver(() => ConfigurationItem)
  from(@Root() rel: GraphRelationship, @Ctx() ctx: Context) {
    return ctx.loaders.item.load(rel.fromId);
  }

  @FieldResolver(() => ConfigurationItem)
  to(@Root() rel: GraphRelationship, @Ctx() ctx: Context) {
    return ctx.loaders.item.load(rel.toId);
  }
}
