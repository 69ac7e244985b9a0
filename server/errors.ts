/**
 * How errors reach clients. An EstateError keeps its code, field and
 * reason; GraphQL's own validation errors keep theirs; anything else is
 * masked as INTERNAL_SERVER_ERROR with the request id the log also has.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { EstateError } from '../graph/platform/errors';
import { translateDriverError } from '../graph/platform/executor';

/** The error a resolver threw, unwrapped from graphql-js's GraphQLError. */
export function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return translateDriverError(current);
}

export function isInternal(error: unknown): boolean {
  const original = originalOf(error);
  return !(original instanceof EstateError || original instanceof GraphQLError);
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof EstateError) {
    const first = original.details[0];
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        field: first?.field,
        reason: first?.reason,
        details: original.details,
        ...original.extra,
      },
    };
  }
  if (!isInternal(error)) return withFieldOfCoercionError(formatted);
  return {
    message: 'Internal server error; the server log has the details under this request id',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * graphql-js refuses a bad variable before any resolver runs, naming the
 * spot only in its message; lift it into `field` and `reason` like ours.
 */
function withFieldOfCoercionError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(formatted.message);
  if (!match) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, field: match[2] ?? match[1], reason: match[3] } };
}
