/**
 * Scalars from graphql-scalars under the names the API conventions use (DateTime, Date). Both keep
 * values as ISO strings end to end (graph/ stores them as text that sorts).
 */
import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO-8601 form, YYYY-MM-DD.',
});

const isoConfig = DateTimeISOResolver.toConfig();
const toIso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/** An instant, ISO-8601 with offset; answered in UTC with milliseconds. */
export const DateTimeScalar = new GraphQLScalarType({
  ...isoConfig,
  name: 'DateTime',
  description: 'An instant in ISO-8601 form with a time zone offset, e.g. 2026-11-28T14:54:36.000Z.',
  parseValue: (value) => toIso(isoConfig.parseValue(value)),
  parseLiteral: (ast, variables) => toIso(isoConfig.parseLiteral(ast, variables)),
});

export const JSONObjectScalar = JSONObjectResolver;
