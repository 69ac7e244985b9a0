/**
 * Authentication and roles over real HTTP and WebSockets: API tokens (hash
 * only, revocation, expiry, last use), the role table enforced before any
 * resolver (a refused request writes nothing), the actor of changes, the
 * WebSocket connection_init token, OIDC JWTs from a local JWKS file, the
 * token CLI and the first admin token.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import * as jose from 'jose';
import { ensureBootstrapToken } from '../../graph/access/tokens';
import { announceBootstrapToken, runTokenCreate, runTokenList, runTokenRevoke } from '../../server/cli/token.command';
import type { CliContext } from '../../server/cli/cli.database';
import { getSdk, OnChangesDocument } from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi, TestClient } from '../support/api';
import { ok, refused } from '../support/expect';
import { bearer, postGraphql, wsClose, wsFirstAnswer, wsInit } from '../support/http';

jest.setTimeout(120_000);

let api: TestApi;
let viewer: TestClient;
let editor: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  viewer = await api.as('viewer', 'auth-viewer');
  editor = await api.as('editor', 'auth-editor');
});
afterAll(() => api.stop());

const ME = '{ me { name role } }';
const ciCount = async (id: string) =>
  (await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN count(n) AS n', { id }))[0].n as number;
const changeCount = async () => (await cypher(api.executor, 'MATCH (c:Change) RETURN count(c) AS n'))[0].n as number;
const team = (id: string) => ({ input: { class: 'Team' as const, id, name: id } });

describe('authentication over HTTP', () => {
  it('refuses a request with no token, a malformed header, an unknown token or a wrong secret: 401 UNAUTHENTICATED', async () => {
    const forged = api.token.slice(0, -4) + (api.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /send Authorization: Bearer/],
      [{ authorization: api.token }, /must be "Bearer <token>"/],
      [bearer('not-a-token'), /not an Estate API token/],
      [bearer(`est_0123456789abcdef_${'x'.repeat(43)}`), /unknown API token/],
      [bearer(forged), /unknown API token/],
    ];
    for (const [headers, reason] of cases) {
      const answer = await postGraphql(api.app.url, { query: ME }, headers);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(answer.body.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: expect.stringMatching(reason),
      });
      expect(answer.body.errors?.[0].extensions?.requestId).toEqual(expect.any(String));
    }
  });

  it('leaves only the health check and readiness open; metrics need a token', async () => {
    const base = api.app.url.replace(/\/graphql$/, '');
    for (const path of ['/healthz', '/readyz']) {
      expect((await fetch(`${base}${path}`)).status).toBe(200);
    }
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: bearer(viewer.token) })).status).toBe(200);
  });

  it('answers a valid token with its name and role', async () => {
    expect(ok(await viewer.sdk.Me()).me).toEqual({ name: 'auth-viewer', role: 'VIEWER' });
    expect(ok(await api.sdk.Me()).me).toEqual({ name: 'local', role: 'ADMIN' });
  });
});

describe('roles', () => {
  it('lets a viewer read but not write: FORBIDDEN before any resolver, nothing written', async () => {
    ok(await viewer.sdk.Items({ first: 5 }));
    const changes = await changeCount();
    const error = await refused(viewer.sdk.CreateItem(team('auth-by-viewer')), 'FORBIDDEN', 'createItem');
    expect(error.extensions).toMatchObject({ requiredRole: 'editor', role: 'viewer' });
    expect(error.message).toMatch(/createItem needs the editor role/);
    expect(await ciCount('auth-by-viewer')).toBe(0);
    expect(await changeCount()).toBe(changes);
  });

  it('refuses a whole operation when any root field is forbidden, even one hidden in a fragment', async () => {
    const query = `mutation { ...W } fragment W on Mutation { createItem(input: {class: Team, id: "auth-frag", name: "x"}) { id } }`;
    const answer = await postGraphql(api.app.url, { query }, bearer(viewer.token));
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mixed = `mutation { a: createItem(input: {class: Team, id: "auth-mixed", name: "x"}) { id } deleteItem(id: "nothing") { id } }`;
    const second = await postGraphql(api.app.url, { query: mixed }, bearer(editor.token));
    expect(second.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'deleteItem' });
    expect(await ciCount('auth-frag')).toBe(0);
    expect(await ciCount('auth-mixed')).toBe(0);
  });

  it('lets an editor write CIs and relationships, records the token name as the actor, but not delete or manage tokens', async () => {
    const made = ok(await editor.sdk.CreateItem(team('auth-team-1'))).createItem;
    ok(await editor.sdk.UpdateItem({ id: made.id, expectedVersion: 1, patch: { description: 'by the editor' } }));
    ok(await editor.sdk.CreateItem({ input: { class: 'Server', id: 'auth-srv-e', name: 'auth-srv-e' } }));
    ok(await editor.sdk.CreateItem({ input: { class: 'VirtualMachine', id: 'auth-vm-e', name: 'auth-vm-e' } }));
    ok(await editor.sdk.Relate({ input: { from: 'auth-vm-e', type: 'RUNS_ON', to: 'auth-srv-e' } }));
    ok(await editor.sdk.Unrelate({ from: 'auth-vm-e', type: 'RUNS_ON', to: 'auth-srv-e' }));
    const actors = await cypher(
      api.executor,
      "MATCH (c:Change) WHERE c.ciId IN ['auth-team-1'] RETURN collect(DISTINCT c.actor) AS a",
    );
    expect(actors[0].a).toEqual(['auth-editor']);
    await refused(editor.sdk.DeleteItem({ id: 'auth-team-1' }), 'FORBIDDEN', 'deleteItem');
    await refused(editor.sdk.DeleteItem({ id: 'auth-team-1', force: true }), 'FORBIDDEN', 'deleteItem');
    await refused(editor.sdk.CreateApiToken({ input: { name: 'x', role: 'ADMIN' } }), 'FORBIDDEN', 'createApiToken');
    await refused(editor.sdk.ApiTokens(), 'FORBIDDEN', 'apiTokens');
    expect(await ciCount('auth-team-1')).toBe(1);
  });

  it('lets an admin force a delete', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'Server', id: 'auth-srv', name: 'auth-srv' } }));
    ok(await api.sdk.CreateItem({ input: { class: 'VirtualMachine', id: 'auth-vm', name: 'auth-vm' } }));
    ok(await api.sdk.Relate({ input: { from: 'auth-vm', type: 'RUNS_ON', to: 'auth-srv' } }));
    await refused(api.sdk.DeleteItem({ id: 'auth-srv' }), 'CONFLICT', 'id');
    ok(await api.sdk.DeleteItem({ id: 'auth-srv', force: true }));
    expect(await ciCount('auth-srv')).toBe(0);
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and tracks last use', async () => {
    const { secret, token } = ok(
      await api.sdk.CreateApiToken({ input: { name: 'auth-monitoring', role: 'EDITOR', expiresInDays: 30 } }),
    ).createApiToken;
    expect(secret).toMatch(new RegExp(`^est_${token.id}_[A-Za-z0-9_-]{43}$`));
    expect(token).toMatchObject({
      name: 'auth-monitoring',
      role: 'EDITOR',
      active: true,
      lastUsedAt: null,
      createdBy: 'local',
    });
    expect(Date.parse(token.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const [stored] = await cypher(api.executor, 'MATCH (t:ApiToken {id: $id}) RETURN t {.*} AS t', { id: token.id });
    const secretPart = secret.split('_').slice(2).join('_');
    expect(JSON.stringify(stored.t)).not.toContain(secretPart);
    expect((stored.t as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);

    const client = getSdk(new GraphQLClient(api.app.url, { errorPolicy: 'all', headers: bearer(secret) }));
    expect(ok(await client.Me()).me).toEqual({ name: 'auth-monitoring', role: 'EDITOR' });
    const listed = ok(await api.sdk.ApiTokens()).apiTokens.find((t) => t.id === token.id)!;
    expect(listed.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(ok(await api.sdk.ApiTokens()))).not.toContain('hash');
  });

  it('refuses a revoked token at once, and lists it only when asked', async () => {
    const { secret, token } = ok(
      await api.sdk.CreateApiToken({ input: { name: 'auth-revoked', role: 'VIEWER' } }),
    ).createApiToken;
    expect((await postGraphql(api.app.url, { query: ME }, bearer(secret))).status).toBe(200);
    const revoked = ok(await api.sdk.RevokeApiToken({ id: token.id })).revokeApiToken;
    expect(revoked).toMatchObject({ active: false, revokedAt: expect.any(String) });
    const answer = await postGraphql(api.app.url, { query: ME }, bearer(secret));
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'the API token was revoked',
    });
    expect(ok(await api.sdk.ApiTokens()).apiTokens.map((t) => t.id)).not.toContain(token.id);
    expect(ok(await api.sdk.ApiTokens({ includeRevoked: true })).apiTokens.map((t) => t.id)).toContain(token.id);
    await refused(api.sdk.RevokeApiToken({ id: 'no-such-token' }), 'NOT_FOUND', 'id');
  });

  it('refuses an expired token', async () => {
    const { secret, token } = ok(
      await api.sdk.CreateApiToken({ input: { name: 'auth-expiring', role: 'VIEWER', expiresInDays: 1 } }),
    ).createApiToken;
    await api.executor.writeTx('test', (tx) =>
      tx.run("MATCH (t:ApiToken {id: $id}) SET t.expiresAt = '2020-01-01T00:00:00.000Z'", { id: token.id }),
    );
    const answer = await postGraphql(api.app.url, { query: ME }, bearer(secret));
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].extensions?.reason).toBe('the API token has expired');
  });

  it('refuses bad token input with BAD_USER_INPUT naming the field', async () => {
    await refused(api.sdk.CreateApiToken({ input: { name: '  ', role: 'VIEWER' } }), 'BAD_USER_INPUT', 'name');
    await refused(
      api.sdk.CreateApiToken({ input: { name: 'x', role: 'VIEWER', expiresInDays: 0 } }),
      'BAD_USER_INPUT',
      'expiresInDays',
    );
  });
});

describe('WebSocket authentication', () => {
  const CHANGES = print(OnChangesDocument);

  it('closes a connection without a valid token with 4401', async () => {
    for (const payload of [{}, { authorization: 'Bearer nope' }]) {
      const answer = await wsInit(api.app.wsUrl, payload);
      expect(answer).toMatchObject({ acked: false, code: 4401 });
      if (!answer.acked) expect(answer.reason).toMatch(/^UNAUTHENTICATED/);
    }
  });

  it('lets a viewer subscribe, and refuses a mutation over the socket with FORBIDDEN', async () => {
    const answer = await wsInit(api.app.wsUrl, { authorization: `Bearer ${viewer.token}` });
    if (!answer.acked) throw new Error(`closed ${answer.code} ${answer.reason}`);
    try {
      const cursor = ok(await api.sdk.ChangeCursor()).changeCursor;
      const first = wsFirstAnswer(answer.socket, CHANGES, { after: cursor });
      ok(await editor.sdk.CreateItem(team('auth-ws-team')));
      const message = await first;
      expect(message.type).toBe('next');
      expect(message.payload).toMatchObject({ data: { changes: { ciId: 'auth-ws-team', actor: 'auth-editor' } } });
      const refusedMutation = await wsFirstAnswer(
        answer.socket,
        'mutation { createItem(input: {class: Team, id: "auth-ws-x", name: "x"}) { id } }',
      );
      expect(refusedMutation.type).toBe('error');
      expect(refusedMutation.payload).toMatchObject([{ extensions: { code: 'FORBIDDEN', field: 'createItem' } }]);
      expect(await ciCount('auth-ws-x')).toBe(0);
    } finally {
      await wsClose(answer.socket);
    }
  });
});

describe('OIDC', () => {
  let oidcApi: TestApi;
  let dir: string;
  let privateKey: jose.CryptoKey;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'estate-oidc-'));
    const pair = await jose.generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await jose.exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    oidcApi = await startTestApi({
      auth: {
        oidc: {
          issuer: 'https://id.example.test/',
          audience: 'estate-api',
          jwksFile,
          roleClaim: 'roles',
          roleValues: { 'estate-viewer': 'viewer', 'estate-editor': 'editor', 'estate-admin': 'admin' },
          nameClaims: ['preferred_username', 'email', 'sub'],
        },
      },
    });
  });
  afterAll(async () => {
    await oidcApi.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const jwt = (
    claims: Record<string, unknown>,
    options: { audience?: string; expires?: string | number; key?: jose.CryptoKey } = {},
  ) =>
    new jose.SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer('https://id.example.test/')
      .setAudience(options.audience ?? 'estate-api')
      .setSubject('user-42')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '10m')
      .sign(options.key ?? privateKey);

  it('maps the role claim to a role and the user name to the actor', async () => {
    const token = await jwt({ roles: ['staff', 'estate-editor'], preferred_username: 'ada' });
    const client = getSdk(new GraphQLClient(oidcApi.app.url, { errorPolicy: 'all', headers: bearer(token) }));
    expect(ok(await client.Me()).me).toEqual({ name: 'ada', role: 'EDITOR' });
    ok(await client.CreateItem(team('auth-oidc-team')));
    const [change] = await cypher(api.executor, "MATCH (c:Change {ciId: 'auth-oidc-team'}) RETURN c.actor AS actor");
    expect(change.actor).toBe('ada');
    const viewerJwt = await jwt({ roles: 'estate-viewer', email: 'bob@example.test' });
    const asViewer = getSdk(new GraphQLClient(oidcApi.app.url, { errorPolicy: 'all', headers: bearer(viewerJwt) }));
    expect(ok(await asViewer.Me()).me).toEqual({ name: 'bob@example.test', role: 'VIEWER' });
    await refused(asViewer.CreateItem(team('auth-oidc-no')), 'FORBIDDEN', 'createItem');
  });

  it('refuses a JWT with the wrong audience, expired, signed by another key, or carrying no Estate role', async () => {
    const other = (await jose.generateKeyPair('RS256')).privateKey;
    const refusedWith = async (token: string, status: number, code: string) => {
      const answer = await postGraphql(oidcApi.app.url, { query: ME }, bearer(token));
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.[0].extensions?.code).toBe(code);
    };
    await refusedWith(await jwt({ roles: ['estate-admin'] }, { audience: 'someone-else' }), 401, 'UNAUTHENTICATED');
    await refusedWith(
      await jwt({ roles: ['estate-admin'] }, { expires: Date.parse('2020-01-01T00:00:00Z') / 1000 }),
      401,
      'UNAUTHENTICATED',
    );
    await refusedWith(await jwt({ roles: ['estate-admin'] }, { key: other }), 401, 'UNAUTHENTICATED');
    await refusedWith(await jwt({ roles: ['staff'] }), 403, 'FORBIDDEN');
    // API tokens keep working beside OIDC.
    expect((await postGraphql(oidcApi.app.url, { query: ME }, bearer(viewer.token))).status).toBe(200);
  });
});

describe('the token CLI and the first admin token', () => {
  const cli = (): CliContext & { out: () => string } => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let text = '';
    stdout.on('data', (d) => (text += String(d)));
    stderr.resume();
    return {
      openDatabase: async () => ({ executor: api.executor, close: async () => {} }),
      stdout,
      stderr,
      out: () => text,
    };
  };

  it('creates a token that works, lists it, and revokes it', async () => {
    const create = cli();
    const made = await runTokenCreate({ name: 'auth-cli', role: 'viewer', expiresInDays: '7' }, create);
    expect(create.out().trim()).toBe(made.secret);
    expect((await postGraphql(api.app.url, { query: ME }, bearer(made.secret))).body.data).toEqual({
      me: { name: 'auth-cli', role: 'VIEWER' },
    });
    const list = cli();
    await runTokenList({}, list);
    expect(list.out()).toMatch(new RegExp(`${made.token.id}\\s+auth-cli\\s+viewer\\s+active`));
    expect(list.out()).not.toContain(made.secret.slice(-20));
    await runTokenRevoke(made.token.id, cli());
    expect((await postGraphql(api.app.url, { query: ME }, bearer(made.secret))).status).toBe(401);
    await expect(runTokenCreate({ name: 'x', role: 'root' }, cli())).rejects.toThrow(/role/);
  });

  it('makes and prints a first admin token only when no admin token works', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d) => (printed += String(d)));
    expect(await announceBootstrapToken(api.executor, out)).toBe(false);
    // Revoke every admin token (this file's own are the only ones in use now), then start "for the first time".
    await api.executor.writeTx('test', (tx) =>
      tx.run("MATCH (t:ApiToken {role: 'admin'}) WHERE t.revokedAt IS NULL SET t.revokedAt = $now", {
        now: new Date().toISOString(),
      }),
    );
    expect(await announceBootstrapToken(api.executor, out)).toBe(true);
    const secret = /(est_[0-9a-f]{16}_[A-Za-z0-9_-]{43})/.exec(printed)?.[1];
    expect(secret).toBeDefined();
    expect(printed).toMatch(/shown ONCE/);
    const answer = await postGraphql(api.app.url, { query: ME }, bearer(secret!));
    expect(answer.body.data).toEqual({ me: { name: 'bootstrap-admin', role: 'ADMIN' } });
    expect(await ensureBootstrapToken(api.executor)).toBeUndefined();
  });
});
