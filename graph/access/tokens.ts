/**
 * API tokens. A token is `est_<id>_<secret>`: the id finds the stored
 * `(:ApiToken {id, name, role, hash, createdAt, createdBy, lastUsedAt,
 * expiresAt, revokedAt})`, and only the SHA-256 of the secret is kept,
 * compared in constant time. The full token is shown once, when it is made.
 * The token's name is the actor of every change made with it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ROLES } from '../model/roles';
import type { Role } from '../model/roles';
import { badInput, notFound } from '../platform/errors';
import type { Executor } from '../platform/executor';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy?: string;
  lastUsedAt?: string;
  expiresAt?: string;
  revokedAt?: string;
}

export interface NewToken {
  name: string;
  role: string;
  /** Days until the token stops working; none: it works until revoked. */
  expiresInDays?: number | null;
  /** Who made it (recorded on the token). */
  createdBy?: string;
}

/** Why a presented token was refused; only said once the secret matched, except for `malformed`/`unknown`. */
export type TokenRefusal = 'malformed' | 'unknown' | 'revoked' | 'expired';

export type TokenCheck = { ok: true; token: ApiToken } | { ok: false; reason: TokenRefusal };

/** Emits `revoked` (id) when this process revokes a token, so caches of verified tokens drop it at once. */
export const tokenEvents = new EventEmitter();
tokenEvents.setMaxListeners(0);

export const TOKEN_PREFIX = 'est_';
const TOKEN_SHAPE = /^est_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
export const TOKEN_LIMITS = { nameLength: 100, maxExpiryDays: 3650 } as const;
/** lastUsedAt is written at most this often per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const FIELDS = 't {.id, .name, .role, .createdAt, .createdBy, .lastUsedAt, .expiresAt, .revokedAt} AS t';

function tokenFromRow(row: Record<string, unknown>): ApiToken {
  const t = row.t as Record<string, unknown>;
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null && v !== undefined)) as unknown as ApiToken;
}

function validateNew(input: NewToken): { name: string; role: Role; expiresInDays?: number } {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name) throw badInput('name', 'a token needs a name (it is the actor of the changes made with it)');
  if (name.length > TOKEN_LIMITS.nameLength) {
    throw badInput('name', `at most ${TOKEN_LIMITS.nameLength} characters; got ${name.length}`);
  }
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw badInput('role', `expected one of ${ROLES.join(', ')}; got ${JSON.stringify(input.role)}`);
  }
  const days = input.expiresInDays ?? undefined;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > TOKEN_LIMITS.maxExpiryDays)) {
    throw badInput('expiresInDays', `a whole number of days from 1 to ${TOKEN_LIMITS.maxExpiryDays}; got ${days}`);
  }
  return { name, role: input.role as Role, expiresInDays: days };
}

/** Make a token; the returned `secret` is the full bearer token and is never stored or shown again. */
export async function createToken(
  db: Executor,
  input: NewToken,
  now: Date = new Date(),
): Promise<{ token: ApiToken; secret: string }> {
  const valid = validateNew(input);
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const props = {
    id,
    name: valid.name,
    role: valid.role,
    hash: hashOf(secret),
    createdAt: now.toISOString(),
    createdBy: input.createdBy ?? null,
    expiresAt: valid.expiresInDays ? new Date(now.getTime() + valid.expiresInDays * 86_400_000).toISOString() : null,
  };
  const rows = await db.writeTx('tokens.create', (tx) =>
    tx.run(`CREATE (t:ApiToken) SET t = $props RETURN ${FIELDS}`, { props }),
  );
  return { token: tokenFromRow(rows[0]), secret: `${TOKEN_PREFIX}${id}_${secret}` };
}

/** Every token, newest first; revoked ones only when asked. Hashes never leave this module. */
export async function listTokens(db: Executor, options: { includeRevoked?: boolean } = {}): Promise<ApiToken[]> {
  const rows = await db.read(
    'tokens.list',
    `MATCH (t:ApiToken) WHERE $all OR t.revokedAt IS NULL RETURN ${FIELDS} ORDER BY t.createdAt DESC, t.id`,
    { all: options.includeRevoked === true },
  );
  return rows.map(tokenFromRow);
}

/** Revoke a token (again: no change, its first revocation time stays). */
export async function revokeToken(db: Executor, id: string, now: Date = new Date()): Promise<ApiToken> {
  const rows = await db.writeTx('tokens.revoke', (tx) =>
    tx.run(`MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN ${FIELDS}`, {
      id,
      now: now.toISOString(),
    }),
  );
  if (rows.length === 0) throw notFound('API token', id, 'id');
  tokenEvents.emit('revoked', id);
  return tokenFromRow(rows[0]);
}

/** Check a presented token; on success its lastUsedAt is brought up to date (at most once a minute). */
export async function verifyToken(db: Executor, presented: string, now: Date = new Date()): Promise<TokenCheck> {
  const match = TOKEN_SHAPE.exec(presented);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, id, secret] = match;
  const rows = await db.read('tokens.verify', `MATCH (t:ApiToken {id: $id}) RETURN t.hash AS hash, ${FIELDS}`, { id });
  const stored = rows[0]?.hash;
  if (typeof stored !== 'string' || !sameHash(stored, hashOf(secret))) return { ok: false, reason: 'unknown' };
  const token = tokenFromRow(rows[0]);
  if (token.revokedAt) return { ok: false, reason: 'revoked' };
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (!token.lastUsedAt || Date.parse(token.lastUsedAt) <= now.getTime() - LAST_USED_RESOLUTION_MS) {
    await touchToken(db, id, now);
    token.lastUsedAt = now.toISOString();
  }
  return { ok: true, token };
}

/** Whether each token still works: one read for many ids (the WebSocket re-check); an id not stored is absent. */
export async function tokenStates(
  db: Executor,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, { ok: true } | { ok: false; reason: 'revoked' | 'expired' }>> {
  const out = new Map<string, { ok: true } | { ok: false; reason: 'revoked' | 'expired' }>();
  if (ids.length === 0) return out;
  const rows = await db.read(
    'tokens.states',
    'MATCH (t:ApiToken) WHERE t.id IN $ids RETURN t.id AS id, t.revokedAt AS revokedAt, t.expiresAt AS expiresAt',
    { ids: [...new Set(ids)] },
  );
  for (const row of rows) {
    const id = row.id as string;
    if (row.revokedAt) out.set(id, { ok: false, reason: 'revoked' });
    else if (typeof row.expiresAt === 'string' && Date.parse(row.expiresAt) <= now.getTime()) {
      out.set(id, { ok: false, reason: 'expired' });
    } else out.set(id, { ok: true });
  }
  return out;
}

async function touchToken(db: Executor, id: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  await db.writeTx('tokens.touch', (tx) =>
    tx.run(
      'MATCH (t:ApiToken {id: $id}) WHERE t.lastUsedAt IS NULL OR t.lastUsedAt <= $since SET t.lastUsedAt = $now',
      { id, since, now: now.toISOString() },
    ),
  );
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True while some admin token works (not revoked, not expired). */
export async function hasActiveAdminToken(db: Executor, now: Date = new Date()): Promise<boolean> {
  const rows = await db.read(
    'tokens.hasAdmin',
    `MATCH (t:ApiToken {role: 'admin'}) WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > $now)
     RETURN count(t) > 0 AS any`,
    { now: now.toISOString() },
  );
  return rows[0]?.any === true;
}

/** The first admin token of a fresh store: made when no admin token works, else nothing. */
export async function ensureBootstrapToken(db: Executor): Promise<{ token: ApiToken; secret: string } | undefined> {
  if (await hasActiveAdminToken(db)) return undefined;
  return createToken(db, { name: 'bootstrap-admin', role: 'admin', createdBy: 'estate serve (first start)' });
}
