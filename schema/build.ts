/** Builds the executable schema from the decorated classes and resolvers. */
import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema } from 'graphql';
import { RESOLVERS } from '../resolvers';
import { NO_PUBSUB } from '../resolvers/subscription.resolver';
import { CLASS_TYPES } from './item.types';

let cached: GraphQLSchema | undefined;

export function buildEstateSchema(): GraphQLSchema {
  cached ??= lexicographicSortSchema(
    buildSchemaSync({
      resolvers: RESOLVERS,
      orphanedTypes: [...CLASS_TYPES],
      validate: false,
      pubSub: NO_PUBSUB,
    }),
  );
  return cached;
}
