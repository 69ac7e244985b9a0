/** Relay connection types for paged lists of CIs, plus search hits and relationships. */
import { Field, Float } from 'type-graphql';
import { ObjectType } from './object.type';
import { ConfigurationItem } from '../items/item.types';
import { DirectionEnum, RelationshipTypeEnum } from '../model/enums';
import { JSONObjectScalar } from './scalars';
import type { ItemFilter } from '../../graph/items/items.query';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: pages only go forward.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string;

  @Field(() => String, { nullable: true })
  endCursor?: string;
}

@ObjectType()
export class ItemEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ConfigurationItem)
  node!: object;
}

@ObjectType()
export class ItemConnection {
  @Field(() => [ItemEdge])
  edges!: ItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** The filter the page was drawn with, kept so totalCount can count it only when asked. */
  filter!: ItemFilter;
}

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: 'Full-text relevance; higher is better.' })
  score!: number;

  @Field(() => ConfigurationItem)
  item!: object;
}

@ObjectType({ description: 'A relationship between two CIs, from the dependent to what it needs.' })
export class Relationship {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => ConfigurationItem)
  from!: object;

  @Field(() => ConfigurationItem)
  to!: object;

  @Field(() => JSONObjectScalar)
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A neighbour of a CI and the relationship that leads to it.' })
export class RelatedItem {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => DirectionEnum)
  direction!: string;

  @Field(() => JSONObjectScalar)
  properties!: Record<string, unknown>;

  @Field(() => ConfigurationItem)
  item!: object;
}
