/**
 * Every error code a client can see, and the one error class graph/ throws
 * for them. The server turns an EstateError into a GraphQL error with
 * `extensions.code`, `field` and `reason`; anything else is masked.
 */

export const ERROR_CODES = {
  BAD_USER_INPUT: 'The request is malformed or breaks a model rule; nothing was written.',
  NOT_FOUND: 'A referenced CI or object does not exist.',
  CONFLICT: 'The write lost a race or would break uniqueness; re-read and retry.',
  FORBIDDEN: 'The caller is authenticated but may not do this.',
  UNAUTHENTICATED: 'No valid credentials were given.',
  SERVICE_UNAVAILABLE: 'The database cannot be reached right now; retry shortly.',
  LIMIT_EXCEEDED: 'The request goes past a server limit (size, depth, complexity, page size, timeout).',
  RATE_LIMITED: 'The token sent too many requests; wait retryAfterSeconds and retry.',
  SUBSCRIBER_TOO_SLOW: 'A subscription fell too far behind and was ended; subscribe again with the cursor it gave.',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  /** Path of the offending input field, e.g. `input.purchaseCost.currency`, or a CSV `row 12, column Serial`. */
  readonly field?: string;
  readonly reason: string;
}

export class EstateError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];
  /** Extra machine-readable facts (current version, retry hint…). */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: readonly ErrorDetail[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EstateError';
    this.code = code;
    this.details = details;
    this.extra = extra;
  }
}

export const badInput = (field: string | undefined, reason: string): EstateError =>
  new EstateError('BAD_USER_INPUT', field ? `${field}: ${reason}` : reason, [{ field, reason }]);

export const notFound = (what: string, id: string, field?: string): EstateError =>
  new EstateError('NOT_FOUND', `${what} ${id} does not exist`, [{ field, reason: `no ${what} with id ${id}` }]);

export const conflict = (reason: string, extra: Record<string, unknown> = {}, field?: string): EstateError =>
  new EstateError('CONFLICT', reason, [{ field, reason }], extra);

export const forbidden = (reason: string): EstateError => new EstateError('FORBIDDEN', reason, [{ reason }]);
