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
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as Jose from 'jose';
import type { JSONWebKeySet, JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { EstateError } from '../graph/errors';
import type { Executor } from '../graph/executor';
import { tokenEvents, TOKEN_PREFIX, verifyToken } from '../graph/tokens';
import type { TokenRefusal } from '../graph/tokens';
import { ROLES } from '../resolvers/context';
import type { Role } from '../resolvers/context';
import { LOCAL_OPERATOR } from './context';
import type { Caller } from './context';

export interface AuthenticatedCaller extends Caller {
  /** What rate limits count against: the token id, the OIDC subject, or `local`. */
  key: string;
  via: 'token' | 'oidc' | 'local';
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
}

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
    const check = await verifyToken(this.executor, credential, new Date(now));
    if (!check.ok) throw unauthenticated(TOKEN_REASONS[check.reason]);
    const { token } = check;
    const caller: AuthenticatedCaller = { actor: token.name, role: token.role, key: `token:${token.id}`, via: 'token' };
    if (this.settings.cacheMs > 0) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      const expiresAt = token.expiresAt ? Date.parse(token.expiresAt) : undefined;
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
    return { actor: name, role, key: `oidc:${payload.sub ?? name}`, via: 'oidc' };
  }
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
