/** Builds the executable schema from the decorated classes and resolvers. */
import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { isInterfaceType, isObjectType, lexicographicSortSchema } from 'graphql';
import { RESOLVERS } from './resolvers';
import type { Context } from '../../resolvers/platform/context';
import type { Item } from '../../graph/items/items.mapping';
import { NEIGHBOUR_FIELD_RESOLVERS } from '../../resolvers/items/neighbour.resolver';
import { NO_PUBSUB } from '../../resolvers/changelog/subscription.resolver';
import { CLASS_TYPES } from '../../schema/items/item.types';

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

/**
 * The neighbour fields run their resolver directly, not through type-graphql's per-call wrapper (an
 * arguments array built from metadata, a container lookup, a middleware dispatch): they are called for
 * every CI of an answer, at every level. The function is the same one the resolver class declares.
 */
function resolveNeighboursDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'ConfigurationItem')) continue;
    const fields = type.getFields();
    for (const [name, resolve] of NEIGHBOUR_FIELD_RESOLVERS) {
      if (!fields[name]) throw new Error(`${type.name} has no ${name} field`);
      fields[name].resolve = (root: Item, _args: unknown, ctx: Context) => resolve(root, ctx);
    }
  }
  return schema;
}

export function buildEstateSchema(): GraphQLSchema {
  cached ??= resolveNeighboursDirectly(
    resolveClassesSynchronously(
      lexicographicSortSchema(
        buildSchemaSync({
          resolvers: RESOLVERS,
          orphanedTypes: [...CLASS_TYPES],
          validate: false,
          pubSub: NO_PUBSUB,
        }),
      ),
    ),
  );
  return cached;
}
