/**
 * Request limits over real HTTP: query depth, query complexity, body size,
 * page size, traversal depth, the Cypher transaction timeout, the per-token
 * rate limit, and introspection / landing page off. Each refusal names the
 * limit and its value, and nothing runs (or is written) past it.
 */
import { createDriver, Executor } from '../../graph/platform/executor';
import { EstateError } from '../../graph/platform/errors';
import { IMPACT_LIMITS } from '../../graph/impact/impact.rules';
import { PAGE_SIZE } from '../../resolvers/platform/limits';
import { DEFAULT_LIMITS } from '../../server/limits';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import { bearer, postGraphql } from '../support/http';

jest.setTimeout(120_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  ok(await api.sdk.CreateItem({ input: { class: 'BusinessService', id: 'lim-svc', name: 'lim-svc' } }));
});
afterAll(() => api.stop());

const post = (query: string, variables: Record<string, unknown> = {}, token = api.token) =>
  postGraphql(api.app.url, { query, variables }, bearer(token));

/** `{ items { edges { node { <field> { <field> … { id } } } } } }` with `levels` nested fields. */
const nested = (levels: number, first = 1, field = 'dependsOn') =>
  `{ items(first: ${first}) { edges { node { ${`${field} { `.repeat(levels)}id${' }'.repeat(levels)} } } } }`;

describe('query depth', () => {
  it(`refuses a query deeper than ${DEFAULT_LIMITS.maxDepth} levels, naming the limit, its value and the depth found`, async () => {
    // items, edges, node, 10 × location, id: 14 levels.
    const answer = await post(nested(10, 1, 'location'));
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'maxDepth',
      max: DEFAULT_LIMITS.maxDepth,
      actual: 14,
      field: 'maxDepth',
    });
    expect(answer.body.errors?.[0].message).toMatch(/depth limit \(maxDepth\) is 12/);
  });

  it('answers a query at the depth limit', async () => {
    const answer = await post(nested(DEFAULT_LIMITS.maxDepth - 4, 1, 'location'));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('query complexity', () => {
  it('refuses a query whose nested lists multiply past the limit, with its estimated cost', async () => {
    const answer = await post(nested(6, 500));
    expect(answer.status).toBe(400);
    const extensions = answer.body.errors?.[0].extensions;
    expect(extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'maxComplexity',
      max: DEFAULT_LIMITS.maxComplexity,
    });
    expect(extensions?.actual as number).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
  });

  it('counts `first` from the variables, so a small page of the same shape passes', async () => {
    const query = `query Q($n: Int) { items(first: $n) { edges { node { ${'dependsOn { '.repeat(4)}id${' }'.repeat(4)} } } } }`;
    const big = await post(query, { n: 500 });
    expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxComplexity' });
    const small = await post(query, { n: 10 });
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses a costly mutation before it writes anything', async () => {
    const id = 'lim-costly';
    const query = `mutation { createItem(input: {class: Team, id: "${id}", name: "x"}) { id ${'dependsOn { '.repeat(7)}id${' }'.repeat(7)} } }`;
    const answer = await post(query);
    expect(answer.body.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    expect((await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN count(n) AS n', { id }))[0].n).toBe(0);
  });
});

describe('body size', () => {
  it('refuses a body over the limit with 413 LIMIT_EXCEEDED naming maxBody and its value', async () => {
    const huge = JSON.stringify({ query: '{ me { name } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const answer = await postGraphql(api.app.url, huge, bearer(api.token));
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxBody', max: '1mb' });
  });

  it('refuses a body that is not JSON with 400 BAD_USER_INPUT, not an HTML page', async () => {
    const answer = await postGraphql(api.app.url, '{"query": ', bearer(api.token));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });
});

describe('page size and traversal depth', () => {
  it(`refuses first over ${PAGE_SIZE.max} naming the page size limit`, async () => {
    const error = await refused(api.sdk.Items({ first: PAGE_SIZE.max + 1 }), 'BAD_USER_INPUT', 'first');
    expect(error.message).toMatch(new RegExp(`${PAGE_SIZE.max} \\(page size limit\\)`));
  });

  it(`refuses an impact maxDepth over ${IMPACT_LIMITS.maxDepth} naming the limit`, async () => {
    const error = await refused(
      api.sdk.Impact({ failed: ['lim-svc'], maxDepth: IMPACT_LIMITS.maxDepth + 1 }),
      'LIMIT_EXCEEDED',
      'maxDepth',
    );
    expect(error.message).toMatch(new RegExp(`server limit of ${IMPACT_LIMITS.maxDepth}`));
  });
});

describe('Cypher transaction timeout', () => {
  it('stops a query that runs past the timeout with LIMIT_EXCEEDED', async () => {
    const driver = createDriver({
      uri: process.env.NEO4J_URI!,
      user: process.env.NEO4J_USER,
      password: process.env.NEO4J_PASSWORD,
    });
    try {
      const executor = new Executor(driver, { database: process.env.NEO4J_DATABASE, timeoutMs: 300 });
      const started = Date.now();
      const error = await executor
        .read('test.slow', 'UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EstateError);
      expect((error as EstateError).code).toBe('LIMIT_EXCEEDED');
      expect((error as EstateError).message).toMatch(/transaction timeout/);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await driver.close();
    }
  });
});

describe('rate limit', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ limits: { rateLimit: 5, rateWindowSeconds: 60 } });
  });
  afterAll(() => limited.stop());

  it('answers 429 RATE_LIMITED with Retry-After past the limit, per token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await postGraphql(limited.app.url, { query: '{ me { name } }' }, bearer(limited.token))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const answer = await postGraphql(limited.app.url, { query: '{ me { name } }' }, bearer(limited.token));
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    const extensions = answer.body.errors?.[0].extensions;
    expect(extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rateLimit', max: 5, windowSeconds: 60 });
    expect(extensions?.retryAfterSeconds as number).toBeGreaterThan(0);
    // Another token has its own allowance.
    const other = await limited.as('viewer', 'lim-other');
    expect((await postGraphql(limited.app.url, { query: '{ me { name } }' }, bearer(other.token))).status).toBe(200);
  });
});

describe('introspection and the landing page', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('are on by default (development)', async () => {
    const answer = await post(INTROSPECT);
    expect(answer.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(api.app.url, { headers: { accept: 'text/html', ...bearer(api.token) } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });

  it('are off with ESTATE_INTROSPECTION=false (production)', async () => {
    const closed = await startTestApi({ introspection: false });
    try {
      const answer = await postGraphql(closed.app.url, { query: INTROSPECT }, bearer(closed.token));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].message).toMatch(/introspection/i);
      const page = await fetch(closed.app.url, { headers: { accept: 'text/html', ...bearer(closed.token) } });
      expect(await page.text()).not.toMatch(/<html/i);
      // Ordinary queries still work.
      expect((await postGraphql(closed.app.url, { query: '{ me { name } }' }, bearer(closed.token))).status).toBe(200);
    } finally {
      await closed.stop();
    }
  });
});
