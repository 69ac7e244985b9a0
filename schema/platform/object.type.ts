/**
 * `@ObjectType` with plain fields left to GraphQL's default resolver. Left to itself, type-graphql gives
 * every plain field a resolver of its own that reads `root[name]` through its middleware machinery: a
 * closure and two calls per field of every object in an answer (a page of CIs with their neighbours is
 * thousands). Estate puts no middleware or auth on plain fields, and its objects hold no methods or
 * getters under field names, so the default resolver reads the same values. Field resolvers
 * (`@FieldResolver`) keep their own resolvers.
 */
import { ObjectType as TypeGraphQLObjectType } from 'type-graphql';
import type { ObjectTypeOptions } from 'type-graphql';

export function ObjectType(options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(name: string, options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(
  nameOrOptions?: string | ObjectTypeOptions,
  maybeOptions?: ObjectTypeOptions,
): ClassDecorator {
  const name = typeof nameOrOptions === 'string' ? nameOrOptions : undefined;
  const options = { simpleResolvers: true, ...(typeof nameOrOptions === 'object' ? nameOrOptions : maybeOptions) };
  return name === undefined ? TypeGraphQLObjectType(options) : TypeGraphQLObjectType(name, options);
}
