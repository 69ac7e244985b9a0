/**
 * Every HTTP route but the two health checks refuses a request without a
 * valid token, whatever its Accept header. The routes come from the app's
 * own router, so a route added later is covered without editing this file.
 * Regression: a GET with `Accept: text/html` and no `?query=` used to pass
 * the guard as "the landing page" on every path (`/export`, `/import/:id`,
 * `/metrics`, `GET /graphql?query=…`).
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { bearer } from '../support/http';

jest.setTimeout(120_000);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const OPEN = new Set(['GET /healthz', 'GET /readyz']);
const ACCEPTS = ['text/html', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/json', '*/*'];
/** A value for each path parameter; a query string that a GET of /graphql would run. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
const QUERIES = ['', '?class=Person', '?query=%7B%20me%20%7B%20name%20%7D%20%7D'];

describe('authentication on every route', () => {
  it('lists the routes the app registers, including the import, export, metrics and GraphQL ones', () => {
    const names = api.app.routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'GET /healthz',
        'GET /readyz',
        'GET /metrics',
        'GET /export',
        'POST /import',
        'GET /import/:id',
        'GET /import/:id/errors.csv',
        'GET /graphql',
        'POST /graphql',
      ]),
    );
  });

  it('refuses every route but the health checks with 401, for each Accept header, method and query', async () => {
    const base = api.app.url.replace(/\/graphql$/, '');
    const guarded = api.app.routes.filter((r) => !OPEN.has(`${r.method} ${r.path}`));
    expect(guarded.length).toBeGreaterThan(8);
    const answered: string[] = [];
    for (const route of guarded) {
      for (const accept of ACCEPTS) {
        for (const query of QUERIES) {
          const response = await fetch(`${base}${concrete(route.path)}${query}`, {
            method: route.method,
            headers: { accept },
          });
          await response.arrayBuffer();
          if (response.status !== 401)
            answered.push(`${route.method} ${route.path}${query} (${accept}): ${response.status}`);
        }
      }
    }
    expect(answered).toEqual([]);
  });

  it('still answers the health checks without a token, and the landing page with one', async () => {
    const base = api.app.url.replace(/\/graphql$/, '');
    for (const path of ['/healthz', '/readyz']) {
      expect((await fetch(`${base}${path}`, { headers: { accept: 'text/html' } })).status).toBe(200);
    }
    const page = await fetch(api.app.url, { headers: { accept: 'text/html', ...bearer(api.token) } });
    expect(page.status).toBe(200);
  });
});
