/**
 * Hostile requests get a clear 4xx, and the server keeps serving: queries
 * and variables nested deep enough to overflow graphql-js's stack, a query
 * of too many tokens, a subscription sent over POST, a flood of bad tokens
 * (429 per client address, the database spared), and — with introspection
 * off — no "Did you mean …" naming fields. Over real HTTP and WebSockets.
 */
import type WebSocket from 'ws';
import { DEFAULT_REQUEST_SHAPE } from '../../server/access/request.shape';
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { bearer, postGraphql, wsClose, wsFirstAnswer, wsInit } from '../support/http';
import type { RawAnswer } from '../support/http';

jest.setTimeout(120_000);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const ME = '{ me { name } }';
const post = (body: unknown, token = api.token) => postGraphql(api.app.url, body, bearer(token));

/** 100k nested fields: `{a{a{a…}}}`. */
const deepFields = (n = 100_000) => `${'{a'.repeat(n)}${'}'.repeat(n)}`;
/** A list literal 100k deep as an argument. */
const deepList = (n = 100_000) => `{ items(first: ${'['.repeat(n)}1${']'.repeat(n)}) { totalCount } }`;
/** JSON arrays nested 100k deep, as text: JSON.stringify itself overflows on such a value. */
const deepArrays = (n = 100_000) => `${'['.repeat(n)}${']'.repeat(n)}`;
/** A request body whose variables hold `x: <json text>`. */
const withVariable = (query: string, json: string) => `{"query":${JSON.stringify(query)},"variables":{"x":${json}}}`;

const expectRefusal = (answer: RawAnswer, status: number, code: string, limit?: string) => {
  expect({ status: answer.status, code: answer.body.errors?.[0].extensions?.code }).toEqual({ status, code });
  if (limit) expect(answer.body.errors?.[0].extensions).toMatchObject({ limit, field: limit });
  expect(answer.body.errors?.[0].message).toEqual(expect.any(String));
};

/** The next message for subscription `id` on a raw socket. */
const nextMessage = (socket: WebSocket, id: string) =>
  new Promise<{ type: string; payload: unknown }>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { id?: string; type: string; payload: unknown };
      if (message.id !== id) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });

const stillServes = async () => {
  const answer = await post({ query: ME });
  expect(answer.status).toBe(200);
  expect(answer.body.data).toEqual({ me: { name: 'local' } });
};

describe('over HTTP', () => {
  it('refuses a query of 100k nested fields or list brackets with 400 LIMIT_EXCEEDED (maxNesting), and keeps serving', async () => {
    for (const query of [deepFields(), deepList()]) {
      const answer = await post({ query });
      expectRefusal(answer, 400, 'LIMIT_EXCEEDED', 'maxNesting');
      expect(answer.body.errors?.[0].extensions?.max).toBe(DEFAULT_REQUEST_SHAPE.maxNesting);
      await stillServes();
    }
    // Brackets inside strings and comments are not nesting.
    const quoted = `# ${'{'.repeat(1000)}\n{ item(id: "${'['.repeat(1000)}") { id } }`;
    expect((await post({ query: quoted })).body).toMatchObject({ data: { item: null } });
  });

  it('refuses variables of 100k nested arrays with 400 LIMIT_EXCEEDED (maxVariableDepth) before graphql sees them', async () => {
    const answer = await post(withVariable(ME, deepArrays()));
    expectRefusal(answer, 400, 'LIMIT_EXCEEDED', 'maxVariableDepth');
    await stillServes();
    // A GET with the same variables in the query string (kept short enough for a URL).
    const url = `${api.app.url}?query=${encodeURIComponent(ME)}&variables=${encodeURIComponent(`{"x":${deepArrays(1000)}}`)}`;
    const get = await fetch(url, { headers: { ...bearer(api.token), 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as RawAnswer['body']).errors?.[0].extensions?.limit).toBe('maxVariableDepth');
  });

  it(`refuses a query of more than ${DEFAULT_REQUEST_SHAPE.maxTokens} tokens while parsing`, async () => {
    const answer = await post({ query: `{ ${'me { name } '.repeat(15_000)}}` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toMatch(/more tha.? 50000 tokens/);
    await stillServes();
  });

  it('refuses a subscription over POST with 400, saying subscriptions go over WebSocket at the same URL', async () => {
    const answer = await post({ query: 'subscription { changes { seq } }' });
    expectRefusal(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      field: 'operation',
      reason: expect.stringMatching(/WebSocket .*same URL/),
    });
    await stillServes();
  });
});

describe('over WebSocket', () => {
  it('refuses deep queries and deep variables with LIMIT_EXCEEDED, and the socket keeps serving', async () => {
    const answer = await wsInit(api.app.wsUrl, bearer(api.token));
    if (!answer.acked) throw new Error(`closed ${answer.code} ${answer.reason}`);
    try {
      for (const [payload, limit] of [
        [JSON.stringify({ query: deepFields() }), 'maxNesting'],
        [JSON.stringify({ query: deepList() }), 'maxNesting'],
        [withVariable(ME, deepArrays()), 'maxVariableDepth'],
      ] as const) {
        answer.socket.send(`{"id":"deep","type":"subscribe","payload":${payload}}`);
        const refused = await nextMessage(answer.socket, 'deep');
        expect(refused.type).toBe('error');
        expect(refused.payload).toMatchObject([{ extensions: { code: 'LIMIT_EXCEEDED', limit } }]);
        expect(await wsFirstAnswer(answer.socket, ME)).toMatchObject({
          type: 'next',
          payload: { data: { me: { name: 'local' } } },
        });
      }
    } finally {
      await wsClose(answer.socket);
    }
  });
});

describe('with introspection off', () => {
  let closed: TestApi;
  beforeAll(async () => {
    closed = await startTestApi({ introspection: false });
  });
  afterAll(() => closed.stop());

  const INTROSPECT = '{ __schema { queryType { name } } }';
  const TYPO = '{ itemz(first: 1) { totalCount } }';

  it('refuses introspection over WebSocket as over HTTP', async () => {
    const http = await postGraphql(closed.app.url, { query: INTROSPECT }, bearer(closed.token));
    expect(http.status).toBe(400);
    const answer = await wsInit(closed.app.wsUrl, bearer(closed.token));
    if (!answer.acked) throw new Error(`closed ${answer.code} ${answer.reason}`);
    try {
      for (const query of [INTROSPECT, '{ __type(name: "Query") { fields { name } } }']) {
        const refused = await wsFirstAnswer(answer.socket, query);
        expect(refused.type).toBe('error');
        expect(JSON.stringify(refused.payload)).toMatch(/introspection has been disabled/);
        expect(JSON.stringify(refused.payload)).not.toMatch(/"Query"/);
      }
      expect(await wsFirstAnswer(answer.socket, ME)).toMatchObject({ type: 'next' });
    } finally {
      await wsClose(answer.socket);
    }
  });

  it('says no "Did you mean …" over HTTP or WebSocket (with introspection on it does)', async () => {
    const http = await postGraphql(closed.app.url, { query: TYPO }, bearer(closed.token));
    expect(http.status).toBe(400);
    expect(http.body.errors?.[0].message).toMatch(/Cannot query field "itemz"/);
    expect(http.text).not.toMatch(/Did you mean|"items"/);
    const answer = await wsInit(closed.app.wsUrl, bearer(closed.token));
    if (!answer.acked) throw new Error(`closed ${answer.code} ${answer.reason}`);
    try {
      const refused = await wsFirstAnswer(answer.socket, TYPO);
      expect(refused.type).toBe('error');
      expect(JSON.stringify(refused.payload)).toMatch(/Cannot query field/);
      expect(JSON.stringify(refused.payload)).not.toMatch(/Did you mean|"items"/);
    } finally {
      await wsClose(answer.socket);
    }
    const open = await postGraphql(api.app.url, { query: TYPO }, bearer(api.token));
    expect(open.body.errors?.[0].message).toMatch(/Did you mean .*"items"/);
  });
});

describe('a flood of bad tokens', () => {
  const unknownToken = (i: number) => `est_${i.toString(16).padStart(16, '0')}_${'x'.repeat(43)}`;
  const verifyReads = (spy: jest.SpyInstance) => spy.mock.calls.filter(([name]) => name === 'tokens.verify').length;

  it('answers 429 with Retry-After past the failure limit per address, and stops reading the database', async () => {
    const limited = await startTestApi({ auth: { failureLimit: 5, failureWindowSeconds: 60 } });
    const reads = jest.spyOn(limited.executor, 'read');
    try {
      const statuses: number[] = [];
      let last: RawAnswer | undefined;
      for (let i = 0; i < 40; i++) {
        last = await postGraphql(limited.app.url, { query: ME }, bearer(unknownToken(i)));
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(last!.body.errors?.[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'authFailureLimit',
        max: 5,
        reason: expect.stringMatching(/refused credentials/),
      });
      expect(verifyReads(reads)).toBe(5);
      // The same address over WebSocket: closed with 1013 (try again later), no read either.
      const ws = await wsInit(limited.app.wsUrl, bearer(unknownToken(99)));
      expect(ws).toMatchObject({ acked: false, code: 1013, reason: expect.stringMatching(/^RATE_LIMITED/) });
      expect(verifyReads(reads)).toBe(5);
      // No token at all is not a guess: still 401, not counted.
      expect((await postGraphql(limited.app.url, { query: ME })).status).toBe(401);
    } finally {
      reads.mockRestore();
      await limited.stop();
    }
  });

  it('reads the database once for a bad token presented again and again (negative cache)', async () => {
    const reads = jest.spyOn(api.executor, 'read');
    try {
      for (let i = 0; i < 20; i++) {
        const answer = await postGraphql(api.app.url, { query: ME }, bearer(unknownToken(1000)));
        // The default failure limit (30 a minute) is not reached by 20.
        expect(answer.status).toBe(401);
        expect(answer.body.errors?.[0].extensions?.reason).toBe('unknown API token');
      }
      expect(verifyReads(reads)).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });
});
