/**
 * How the server refuses a request before any resolver runs (no token, not
 * allowed, over a limit, too fast): the same error shape as every other
 * Estate error (`extensions.code`, `reason`, the limit's name and value),
 * with the HTTP status that fits the code.
 */
import { GraphQLError } from 'graphql';
import type { Response } from 'express';
import type { EstateError, ErrorCode } from '../graph/platform/errors';
import { formatError } from './errors';

export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  LIMIT_EXCEEDED: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** An EstateError as a GraphQLError carrying its HTTP status (Apollo reads `extensions.http` and drops it). */
export function refusal(error: EstateError, status = HTTP_STATUS[error.code] ?? 400): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status } } });
}

/** The GraphQL-shaped JSON body of a refusal, for answers sent before Apollo runs. */
export function refusalBody(error: EstateError, requestId?: string) {
  const formatted = formatError({ message: error.message }, error);
  return { errors: [{ ...formatted, extensions: { ...formatted.extensions, requestId } }] };
}

/** Send a refusal from express middleware; `Retry-After` when the error says when to retry. */
export function sendRefusal(res: Response, error: EstateError, status?: number, requestId?: string): void {
  const retry = error.extra.retryAfterSeconds;
  if (typeof retry === 'number') res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retry))));
  if (error.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer realm="estate"');
  res.status(status ?? HTTP_STATUS[error.code] ?? 400).json(refusalBody(error, requestId));
}
