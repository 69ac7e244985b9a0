/**
 * Who is calling: the caller behind an `Authorization: Bearer …` value.
 * An Estate API token (`est_…`, see graph/tokens.ts) or, when OIDC is
 * configured, a JWT verified with jose against the issuer's keys (a JWKS
 * URL or file), its role claim mapped to an Estate role. Anything else is
 * UNAUTHENTICATED. With auth off (ESTATE_AUTH=off, local development only)
 * every caller is the local operator with the admin role.
 *
 * Verified tokens are remembered for a few seconds so a burst of requests
 * costs one lookup; a revocation made through this process takes effect at
 * once, one made elsewhere (the CLI, another instance) within that time.
 * Refused API tokens are remembered briefly too (a client retrying a bad
 * token costs no database read), and `AuthFailures` counts refused
 * credentials per client address so a guessing flood is answered 429
 * before it reaches the database. A JWT must carry `exp`: one without it
 * would never expire.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as Jose from 'jose';
import type { JSONWebKeySet, JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { EstateError } from '../../graph/platform/errors';
import type { Executor } from '../../graph/platform/executor';
import { tokenEvents, TOKEN_PREFIX, verifyToken } from '../../graph/access/tokens';
import type { TokenRefusal } from '../../graph/access/tokens';
import { ROLES } from '../../graph/model/roles';
import type { Role } from '../../graph/model/roles';
import { LOCAL_OPERATOR } from '../context';
import type { Caller } from '../context';

export interface AuthenticatedCaller extends Caller {
  /** What rate limits count against: the token id, the OIDC subject, or `local`. */
  key: string;
  via: 'token' | 'oidc' | 'local';
  /** When the credential stops working (ms since the epoch): the token's expiresAt, the JWT's exp. */
  expiresAt?: number;
}

export interface OidcSettings {
  issuer: string;
  audience: string;
  /** Where the issuer publishes its keys… */
  jwksUrl?: string;
  /** …or a local JWKS file. */
  jwksFile?: string;
  /** Claim holding the caller's roles (a string or a list), e.g. `roles` or `groups`. */
  roleClaim: string;
  /** Claim value → Estate role; the highest role any value maps to wins. */
  roleValues: Readonly<Record<string, Role>>;
  /** Claims tried in order for the actor name recorded on changes. */
  nameClaims: readonly string[];
}

export interface AuthSettings {
  /** False only for local development: everyone is the local admin. */
  enabled: boolean;
  oidc?: OidcSettings;
  /** How long a verified API token is remembered (ms); 0 checks the graph on every request. */
  cacheMs: number;
  /** How long a refused API token is remembered (ms), so its retries cost no database read (default 5000). */
  negativeCacheMs?: number;
  /** Refused credentials one client address may present per window before it gets 429 (default 30; 0: no limit). */
  failureLimit?: number;
  /** The window of `failureLimit` in seconds (default 60). */
  failureWindowSeconds?: number;
}

export const AUTH_FAILURE_DEFAULTS = { negativeCacheMs: 5000, failureLimit: 30, failureWindowSeconds: 60 } as const;

export const DEFAULT_ROLE_VALUES: Readonly<Record<string, Role>> = {
  'estate-viewer': 'viewer',
  'estate-editor': 'editor',
  'estate-admin': 'admin',
};

/** Tokens remembered at most (a bound, not a tuning knob). */
const CACHE_MAX = 10_000;

const LOCAL: AuthenticatedCaller = { ...LOCAL_OPERATOR, key: 'local', via: 'local' };

const unauthenticated = (reason: string) =>
  new EstateError('UNAUTHENTICATED', `not authenticated: ${reason}`, [{ field: 'authorization', reason }]);

const TOKEN_REASONS: Record<TokenRefusal, string> = {
  malformed: 'the bearer value is not an Estate API token (est_…) nor a JWT',
  unknown: 'unknown API token',
  revoked: 'the API token was revoked',
  expired: 'the API token has expired',
};

/** The bearer credential in an Authorization value, or undefined when there is none. */
export function bearerOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(value);
  return match?.[1];
}

export class Authenticator {
  /** Verified API tokens by a hash of the full credential (a hit needs the same secret; no secret kept in memory). */
  private readonly cache = new Map<string, { caller: AuthenticatedCaller; until: number; expiresAt?: number }>();
  /** Refused API tokens by the same hash, with the reason, until when. */
  private readonly refused = new Map<string, { reason: TokenRefusal; until: number }>();
  /** Token lookups made in the graph (what a flood of bad tokens would cost; tests read it). */
  lookups = 0;
  private readonly jwks?: JWTVerifyGetKey;
  private readonly forget = (id: string) => {
    for (const [key, entry] of this.cache) if (entry.caller.key === `token:${id}`) this.cache.delete(key);
  };

  constructor(
    private readonly executor: Executor,
    readonly settings: AuthSettings,
    private readonly logger?: Logger,
  ) {
    if (settings.enabled && settings.oidc) this.jwks = keySet(settings.oidc);
    tokenEvents.on('revoked', this.forget);
  }

  /** Stop listening for revocations (the server is stopping). */
  close(): void {
    tokenEvents.off('revoked', this.forget);
    this.cache.clear();
    this.refused.clear();
  }

  /** Drop a token from the cache of verified tokens (found revoked or expired by a re-check). */
  forgetToken(id: string): void {
    this.forget(id);
  }

  /** The caller behind an Authorization header value; throws UNAUTHENTICATED or FORBIDDEN. */
  async authenticate(authorization: unknown): Promise<AuthenticatedCaller> {
    if (!this.settings.enabled) return LOCAL;
    if (authorization === undefined || authorization === null || authorization === '') {
      throw unauthenticated('send Authorization: Bearer <token>');
    }
    const credential = bearerOf(authorization);
    if (!credential) throw unauthenticated('the Authorization value must be "Bearer <token>"');
    if (credential.startsWith(TOKEN_PREFIX)) return this.apiToken(credential);
    if (this.jwks && credential.split('.').length === 3) return this.jwt(credential);
    throw unauthenticated(TOKEN_REASONS.malformed);
  }

  private async apiToken(credential: string): Promise<AuthenticatedCaller> {
    const now = Date.now();
    const key = createHash('sha256').update(credential).digest('base64');
    const cached = this.cache.get(key);
    if (cached && cached.until > now) {
      if (cached.expiresAt === undefined || cached.expiresAt > now) return cached.caller;
      this.cache.delete(key);
    }
    const known = this.refused.get(key);
    if (known && known.until > now) throw unauthenticated(TOKEN_REASONS[known.reason]);
    this.lookups += 1;
    const check = await verifyToken(this.executor, credential, new Date(now));
    if (!check.ok) {
      // A refusal is final for that exact credential (unknown: its random secret cannot come to exist later).
      const negativeMs = this.settings.negativeCacheMs ?? AUTH_FAILURE_DEFAULTS.negativeCacheMs;
      if (negativeMs > 0 && check.reason !== 'malformed') {
        if (this.refused.size >= CACHE_MAX) this.refused.clear();
        this.refused.set(key, { reason: check.reason, until: now + negativeMs });
      }
      throw unauthenticated(TOKEN_REASONS[check.reason]);
    }
    const { token } = check;
    const expiresAt = token.expiresAt ? Date.parse(token.expiresAt) : undefined;
    const caller: AuthenticatedCaller = {
      actor: token.name,
      role: token.role,
      key: `token:${token.id}`,
      via: 'token',
      expiresAt,
    };
    if (this.settings.cacheMs > 0) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(key, { caller, until: now + this.settings.cacheMs, expiresAt });
    }
    return caller;
  }

  private async jwt(credential: string): Promise<AuthenticatedCaller> {
    const oidc = this.settings.oidc!;
    const { jwtVerify } = loadJose();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(credential, this.jwks!, { issuer: oidc.issuer, audience: oidc.audience }));
    } catch (error) {
      this.logger?.debug({ reason: (error as Error).message }, 'JWT refused');
      throw unauthenticated(`the JWT was refused: ${(error as Error).message}`);
    }
    // jose checks exp only when present; a JWT without it would work forever.
    if (typeof payload.exp !== 'number') {
      throw new EstateError('UNAUTHENTICATED', 'not authenticated: the JWT has no exp (expiry) claim', [
        { field: 'exp', reason: 'the JWT has no exp (expiry) claim; Estate accepts only JWTs that expire' },
      ]);
    }
    const role = roleFromClaims(payload, oidc);
    const actor = oidc.nameClaims.map((c) => payload[c]).find((v): v is string => typeof v === 'string' && v !== '');
    const name = actor ?? payload.sub ?? 'unknown';
    if (!role) {
      throw new EstateError('FORBIDDEN', `${name} has no Estate role`, [
        {
          field: oidc.roleClaim,
          reason: `the ${oidc.roleClaim} claim holds none of ${Object.keys(oidc.roleValues).join(', ')}`,
        },
      ]);
    }
    return { actor: name, role, key: `oidc:${payload.sub ?? name}`, via: 'oidc', expiresAt: payload.exp * 1000 };
  }
}

/**
 * Refused credentials per client address: past `failureLimit` in a window, that address gets RATE_LIMITED
 * (429, Retry-After) before its credentials are looked at, so guessing tokens costs neither database reads
 * nor signature checks. A request with no credential at all is not counted: there is nothing to guess.
 */
export class AuthFailures {
  private readonly limiter?: RateLimiterMemory;
  private readonly limit: number;
  private readonly windowSeconds: number;

  constructor(settings: Pick<AuthSettings, 'enabled' | 'failureLimit' | 'failureWindowSeconds'>) {
    this.limit = settings.failureLimit ?? AUTH_FAILURE_DEFAULTS.failureLimit;
    this.windowSeconds = settings.failureWindowSeconds ?? AUTH_FAILURE_DEFAULTS.failureWindowSeconds;
    if (settings.enabled && this.limit > 0) {
      this.limiter = new RateLimiterMemory({ points: this.limit, duration: this.windowSeconds });
    }
  }

  /** RATE_LIMITED when `address` used up its refused credentials for this window; undefined otherwise. */
  async blocked(address: string): Promise<EstateError | undefined> {
    const used = await this.limiter?.get(address);
    if (!used || used.consumedPoints < this.limit) return undefined;
    return this.refusal(used.msBeforeNext);
  }

  /** Count one refused credential from `address`. */
  async failed(address: string): Promise<void> {
    try {
      await this.limiter?.consume(address);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }

  private refusal(msBeforeNext: number): EstateError {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    const reason = `more than ${this.limit} refused credentials in ${this.windowSeconds} s from this address (authFailureLimit); retry in ${retryAfterSeconds} s`;
    return new EstateError('RATE_LIMITED', reason, [{ field: 'authFailureLimit', reason }], {
      limit: 'authFailureLimit',
      max: this.limit,
      windowSeconds: this.windowSeconds,
      retryAfterSeconds,
    });
  }
}

/** True when an authentication failure is one to count against the address: a credential was sent and refused. */
export function isRefusedCredential(authorization: unknown, error: unknown): boolean {
  return (
    error instanceof EstateError &&
    error.code === 'UNAUTHENTICATED' &&
    typeof authorization === 'string' &&
    authorization.trim() !== ''
  );
}

/** The highest role any value of the role claim maps to. */
export function roleFromClaims(
  payload: JWTPayload,
  oidc: Pick<OidcSettings, 'roleClaim' | 'roleValues'>,
): Role | undefined {
  const raw = payload[oidc.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  let best: Role | undefined;
  for (const v of values) {
    const role = typeof v === 'string' ? oidc.roleValues[v] : undefined;
    if (role && (!best || ROLES.indexOf(role) > ROLES.indexOf(best))) best = role;
  }
  return best;
}

function keySet(oidc: OidcSettings): JWTVerifyGetKey {
  const { createLocalJWKSet, createRemoteJWKSet } = loadJose();
  if (oidc.jwksFile) return createLocalJWKSet(JSON.parse(readFileSync(oidc.jwksFile, 'utf8')) as JSONWebKeySet);
  if (oidc.jwksUrl) return createRemoteJWKSet(new URL(oidc.jwksUrl));
  throw new Error('OIDC needs ESTATE_OIDC_JWKS_URL or ESTATE_OIDC_JWKS_FILE');
}

/** jose is ESM-only; it is loaded when OIDC is configured, not by every process that imports this module. */
function loadJose(): typeof Jose {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('jose') as typeof Jose;
}
