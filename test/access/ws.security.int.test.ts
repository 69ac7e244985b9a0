/**
 * WebSocket security over real sockets: a token revoked (through the API,
 * or behind the server's back as the CLI or another instance would) or
 * expired (API token expiry, JWT `exp`) stops working on sockets already
 * open — the next operation is refused and the socket is closed with
 * graphql-ws's Forbidden (4403) — and live subscriptions are capped per
 * connection and per token. Also: a JWT without `exp` is refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from 'graphql-ws';
import * as jose from 'jose';
import pino from 'pino';
import { createToken } from '../../graph/access/tokens';
import type { Role } from '../../graph/model/roles';
import { startApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import type { AuthSettings } from '../../server/access/auth';
import { securitySettings } from '../../server/access/security';
import type { SocketSettings } from '../../server/access/security';
import { cypher, resetGraph, testDriver, testExecutor } from '../support/api';
import { bearer, postGraphql, wsInit } from '../support/http';
import { WsTestClient } from '../support/ws';

jest.setTimeout(120_000);

interface Secured {
  app: RunningApp;
  executor: ReturnType<typeof testExecutor>;
  token(role: Role, name: string): Promise<{ id: string; secret: string }>;
  stop(): Promise<void>;
}

/** A server with auth on (tokens not cached, as in the other tests) and these socket settings. */
async function startSecured(sockets: Partial<SocketSettings>, auth: Partial<AuthSettings> = {}): Promise<Secured> {
  const driver = testDriver();
  const executor = testExecutor(driver);
  const app = await startApp({
    executor,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: true,
    maxBody: '1mb',
    security: securitySettings({ auth: { cacheMs: 0, ...auth }, limits: { rateLimit: 0 }, sockets }),
  });
  return {
    app,
    executor,
    token: async (role, name) => {
      const { token, secret } = await createToken(executor, { name, role, createdBy: 'test' });
      return { id: token.id, secret };
    },
    stop: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

const CHANGES = 'subscription ($after: String) { changes(after: $after) { seq ciId } }';
const ME = '{ me { name } }';
const create = (id: string) => `mutation { createItem(input: {class: Team, id: "${id}", name: "${id}"}) { id } }`;
const ciCount = async (s: Secured, id: string) =>
  (await cypher(s.executor, 'MATCH (n:CI {id: $id}) RETURN count(n) AS n', { id }))[0].n as number;
const connect = (s: Secured, secret: string) => WsTestClient.connect(s.app.wsUrl, 5000, bearer(secret));
const revokeInGraph = (s: Secured, id: string) =>
  s.executor.writeTx('test', (tx) =>
    tx.run('MATCH (t:ApiToken {id: $id}) SET t.revokedAt = $now', { id, now: new Date().toISOString() }),
  );

describe('revoked and expired tokens on open sockets', () => {
  let s: Secured;
  let admin: { id: string; secret: string };
  beforeAll(async () => {
    s = await startSecured({ recheckMs: 300 });
    await resetGraph(s.executor);
    admin = await s.token('admin', 'ws-admin');
  });
  afterAll(() => s.stop());

  const cursor = async () =>
    (await postGraphql(s.app.url, { query: '{ changeCursor }' }, bearer(admin.secret))).body.data!
      .changeCursor as string;

  it('closes the socket with 4403 at once when revokeApiToken revokes its token; nothing more arrives', async () => {
    const editor = await s.token('editor', 'ws-revoked-editor');
    const ws = await connect(s, editor.secret);
    ws.subscribe('c', CHANGES, { after: await cursor() });
    ws.subscribe('m', ME);
    expect((await ws.nextPayload('m')).data).toEqual({ me: { name: 'ws-revoked-editor' } });
    await postGraphql(s.app.url, { query: create('ws-before-revoke') }, bearer(admin.secret));
    expect(await ws.take('c', 1)).toEqual([{ changes: expect.objectContaining({ ciId: 'ws-before-revoke' }) }]);

    const revoked = await postGraphql(
      s.app.url,
      { query: `mutation { revokeApiToken(id: "${editor.id}") { active } }` },
      bearer(admin.secret),
    );
    expect(revoked.body.data).toEqual({ revokeApiToken: { active: false } });
    const closed = await ws.waitForClose(2000);
    expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'FORBIDDEN: the API token was revoked' });
    await postGraphql(s.app.url, { query: create('ws-after-revoke') }, bearer(admin.secret));
    await ws.expectSilence('c', 300);
  });

  it('refuses the next operation on the socket and closes it when the token was revoked behind its back', async () => {
    // A long re-check period: only the per-operation check can catch it here.
    const slow = await startSecured({ recheckMs: 600_000 });
    try {
      const editor = await slow.token('editor', 'ws-revoked-elsewhere');
      const ws = await connect(slow, editor.secret);
      ws.subscribe('m1', ME);
      expect((await ws.nextPayload('m1')).data).toEqual({ me: { name: 'ws-revoked-elsewhere' } });
      await revokeInGraph(slow, editor.id);
      ws.subscribe('w', create('ws-write-after-revoke'));
      const closed = await ws.waitForClose(2000);
      expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'FORBIDDEN: the API token was revoked' });
      expect(await ciCount(slow, 'ws-write-after-revoke')).toBe(0);
    } finally {
      await slow.stop();
    }
  });

  it('closes an idle subscriber within the re-check period when the token is revoked elsewhere (the CLI, another instance)', async () => {
    const viewer = await s.token('viewer', 'ws-idle-viewer');
    const ws = await connect(s, viewer.secret);
    ws.subscribe('c', CHANGES, { after: await cursor() });
    await postGraphql(s.app.url, { query: create('ws-idle-1') }, bearer(admin.secret));
    await ws.take('c', 1);
    const started = Date.now();
    await revokeInGraph(s, viewer.id);
    expect(await ws.waitForClose(3000)).toEqual({
      code: CloseCode.Forbidden,
      reason: 'FORBIDDEN: the API token was revoked',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    await postGraphql(s.app.url, { query: create('ws-idle-2') }, bearer(admin.secret));
    await ws.expectSilence('c', 300);
  });

  it('closes the socket with 4403 when its API token expires while it is open', async () => {
    const viewer = await s.token('viewer', 'ws-expiring');
    const ws = await connect(s, viewer.secret);
    ws.subscribe('c', CHANGES, { after: await cursor() });
    ws.subscribe('m', ME);
    expect((await ws.nextPayload('m')).data).toEqual({ me: { name: 'ws-expiring' } });
    // The token's expiry comes near while the socket is open (as if it had been made to expire in a day, a day ago).
    await s.executor.writeTx('test', (tx) =>
      tx.run('MATCH (t:ApiToken {id: $id}) SET t.expiresAt = $at', {
        id: viewer.id,
        at: new Date(Date.now() + 1000).toISOString(),
      }),
    );
    expect(await ws.waitForClose(5000)).toEqual({
      code: CloseCode.Forbidden,
      reason: 'FORBIDDEN: the API token has expired',
    });
    // And the token no longer opens a socket.
    expect(await wsInit(s.app.wsUrl, bearer(viewer.secret))).toMatchObject({
      acked: false,
      code: CloseCode.Unauthorized,
    });
  });
});

describe('subscription caps', () => {
  let s: Secured;
  beforeAll(async () => {
    s = await startSecured({ maxSubscriptionsPerConnection: 3, maxSubscriptionsPerToken: 5 });
  });
  afterAll(() => s.stop());

  const refusedWith = async (ws: WsTestClient, id: string, limit: string, max: number) => {
    ws.subscribe(id, CHANGES);
    const [error] = await ws.waitForError(id);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit, max, field: limit });
    expect(error.message).toMatch(new RegExp(`\\(${limit}\\) is ${max}`));
  };
  /** Subscriptions that were accepted: no error for any of them (a refusal comes within milliseconds). */
  const live = async (ws: WsTestClient, ids: string[]) => {
    for (const id of ids) ws.subscribe(id, CHANGES);
    await ws.expectSilence(ids[0], 400);
    for (const id of ids.slice(1)) await ws.expectSilence(id, 0);
  };

  it('refuses a subscription past the per-connection and per-token caps, naming the limit, and counts ends', async () => {
    const viewer = await s.token('viewer', 'ws-cap-viewer');
    const first = await connect(s, viewer.secret);
    const second = await connect(s, viewer.secret);
    try {
      await live(first, ['a1', 'a2', 'a3']);
      await refusedWith(first, 'a4', 'maxSubscriptionsPerConnection', 3);
      // Queries are not subscriptions: not counted, not refused.
      first.subscribe('me', ME);
      expect((await first.nextPayload('me')).data).toEqual({ me: { name: 'ws-cap-viewer' } });
      // Completing one frees its place on the connection.
      first.complete('a1');
      await live(first, ['a5']);

      await live(second, ['b1', 'b2']);
      await refusedWith(second, 'b3', 'maxSubscriptionsPerToken', 5);
      // Another token has its own allowance.
      const other = await s.token('viewer', 'ws-cap-other');
      const third = await connect(s, other.secret);
      await live(third, ['c1']);
      await third.close();
      // A closed connection gives its subscriptions back to the token.
      await first.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await live(second, ['b4']);
      await refusedWith(second, 'b5', 'maxSubscriptionsPerConnection', 3);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('OIDC JWTs on sockets', () => {
  let s: Secured;
  let dir: string;
  let privateKey: jose.CryptoKey;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'estate-ws-oidc-'));
    const pair = await jose.generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await jose.exportJWK(pair.publicKey)), kid: 'ws-key', alg: 'RS256', use: 'sig' };
    const jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    s = await startSecured(
      { recheckMs: 300 },
      {
        oidc: {
          issuer: 'https://id.example.test/',
          audience: 'estate-api',
          jwksFile,
          roleClaim: 'roles',
          roleValues: { 'estate-viewer': 'viewer' },
          nameClaims: ['preferred_username', 'sub'],
        },
      },
    );
  });
  afterAll(async () => {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const jwt = (expires?: number) => {
    const signer = new jose.SignJWT({ roles: ['estate-viewer'], preferred_username: 'ws-ada' })
      .setProtectedHeader({ alg: 'RS256', kid: 'ws-key' })
      .setIssuer('https://id.example.test/')
      .setAudience('estate-api')
      .setSubject('ws-user')
      .setIssuedAt();
    return (expires === undefined ? signer : signer.setExpirationTime(expires)).sign(privateKey);
  };

  it('refuses a JWT without exp (UNAUTHENTICATED naming the claim), over HTTP and WebSocket', async () => {
    const token = await jwt();
    const answer = await postGraphql(s.app.url, { query: ME }, bearer(token));
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      field: 'exp',
      reason: expect.stringMatching(/no exp/),
    });
    expect(await wsInit(s.app.wsUrl, bearer(token))).toMatchObject({ acked: false, code: CloseCode.Unauthorized });
  });

  it('closes the socket with 4403 when the JWT reaches its exp', async () => {
    const token = await jwt(Math.floor(Date.now() / 1000) + 2);
    const ws = await connect(s, token);
    ws.subscribe('m', ME);
    expect((await ws.nextPayload('m')).data).toEqual({ me: { name: 'ws-ada' } });
    ws.subscribe('c', CHANGES);
    expect(await ws.waitForClose(5000)).toEqual({
      code: CloseCode.Forbidden,
      reason: 'FORBIDDEN: the JWT has expired (exp)',
    });
  });
});
