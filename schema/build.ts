/** Builds the executable schema from the decorated classes and resolvers. */
import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { isInterfaceType, lexicographicSortSchema } from 'graphql';
import { RESOLVERS } from '../resolvers';
import { NO_PUBSUB } from '../resolvers/subscription.resolver';
import { CLASS_TYPES } from './item.types';

let cached: GraphQLSchema | undefined;

/**
 * A CI's GraphQL type is its class name. type-graphql wraps every resolveType in an async function, which
 * costs a promise (and GraphQL's slower path for the whole object) per CI in an answer; CI interfaces
 * resolve their type synchronously instead.
 */
function resolveClassesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const name of ['ConfigurationItem', 'HardwareAsset']) {
    const type = schema.getType(name);
    if (!isInterfaceType(type)) throw new Error(`${name} is not an interface of the schema`);
    type.resolveType = (value: { class: string }) => value.class;
  }
  return schema;
}

export function buildEstateSchema(): GraphQLSchema {
  cached ??= resolveClassesSynchronously(
    lexicographicSortSchema(
      buildSchemaSync({
        resolvers: RESOLVERS,
        orphanedTypes: [...CLASS_TYPES],
        validate: false,
        pubSub: NO_PUBSUB,
      }),
    ),
  );
  return cached;
}
