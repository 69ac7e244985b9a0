/**
 * Operations endpoints and behaviour: /healthz and /readyz, Prometheus
 * metrics at /metrics, one structured log line per request, and graceful
 * shutdown (stop accepting, finish the request in flight, close
 * subscriptions with 1001, then the driver can close).
 */
import { print } from 'graphql';
import pino from 'pino';
import neo4j from 'neo4j-driver';
import { OnChangesDocument } from '../../sdk/generated';
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer, postGraphql } from '../support/http';
import { WsTestClient } from '../support/ws';

jest.setTimeout(180_000);

const lines: Record<string, unknown>[] = [];
let api: TestApi;
let base: string;

beforeAll(async () => {
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  api = await startTestApi({ logger, name: 'ops-admin' });
  base = api.app.url.replace(/\/graphql$/, '');
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const metricsText = async () => (await fetch(`${base}/metrics`, { headers: bearer(api.token) })).text();
/** The value of one sample line of the exposition text, e.g. `estate_active_subscriptions`. */
const sample = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ')[1]);
};

describe('health and readiness', () => {
  it('says alive at /healthz and ready (Neo4j reachable, migrations applied) at /readyz, without a token', async () => {
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

describe('metrics', () => {
  it('exposes latency by operation, errors by code, Neo4j time, active subscriptions and process metrics', async () => {
    ok(await api.sdk.Me());
    ok(await api.sdk.Items({ first: 3 }));
    const viewer = await api.as('viewer', 'ops-viewer');
    await viewer.sdk.CreateItem({ input: { class: 'Team', id: 'ops-x', name: 'x' } }).catch(() => undefined); // 403 FORBIDDEN
    await postGraphql(api.app.url, { query: '{ me { name } }' });

    const client = await WsTestClient.connect(api.app.wsUrl);
    client.subscribe('live', print(OnChangesDocument), {});
    await new Promise((r) => setTimeout(r, 500));
    const during = await metricsText();
    client.complete('live');
    await new Promise((r) => setTimeout(r, 500));
    const after = await metricsText();
    await client.close();

    expect(during).toMatch(
      /estate_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="Me",type="query"\} [1-9]/,
    );
    expect(during).toMatch(/estate_graphql_request_duration_seconds_count\{operation="Items",type="query"\} 1/);
    expect(during).toMatch(/estate_errors_total\{code="FORBIDDEN"\} 1/);
    expect(during).toMatch(/estate_errors_total\{code="UNAUTHENTICATED"\} 1/);
    expect(during).toMatch(/estate_neo4j_request_seconds_count\{operation="Items"\} 1/);
    expect(sample(during, 'estate_neo4j_queries_total')).toBeGreaterThan(0);
    expect(sample(during, 'estate_active_subscriptions')).toBe(1);
    expect(sample(after, 'estate_active_subscriptions')).toBe(0);
    expect(sample(during, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('keeps client-chosen operation names from becoming unbounded labels', async () => {
    const answer = await postGraphql(
      api.app.url,
      { query: 'query $bad$ { me { name } }'.replace(/\$bad\$/, 'x'.repeat(80)) },
      bearer(api.token),
    );
    expect(answer.status).toBe(200);
    expect(await metricsText()).toMatch(/operation="anonymous",type="query"/);
  });
});

describe('request log', () => {
  it('writes one JSON line per request with request id, operation, time, queries and actor', async () => {
    await postGraphql(
      api.app.url,
      { query: 'query OpsLogged { items(first: 2) { edges { node { id } } } }' },
      {
        ...bearer(api.token),
        'x-request-id': 'ops-log-1',
      },
    );
    const mine = lines.filter((l) => l.requestId === 'ops-log-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      msg: 'graphql request',
      operation: 'OpsLogged',
      type: 'query',
      actor: 'ops-admin',
      role: 'admin',
      queries: expect.any(Number),
      ms: expect.any(Number),
      dbMs: expect.any(Number),
    });
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, finishes the request in flight, closes subscriptions with 1001', async () => {
    const own = await startTestApi({ name: 'ops-shutdown' });
    const ownBase = own.app.url.replace(/\/graphql$/, '');
    ok(await own.sdk.CreateItem({ input: { class: 'Team', id: 'ops-held', name: 'held' } }));
    const subscriber = await WsTestClient.connect(own.app.wsUrl);
    subscriber.subscribe('live', print(OnChangesDocument), {});

    // Hold a lock on the CI so an update through the API waits, in flight, until we let go.
    const session = own.executor.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction();
    await tx.run("MATCH (n:CI {id: 'ops-held'}) SET n._held = true");
    const update = own.sdk.UpdateItem({
      id: 'ops-held',
      expectedVersion: 1,
      patch: { description: 'finished during shutdown' },
    });
    const deadline = Date.now() + 30_000;
    while ((await own.app.metrics.inFlight.get()).values[0]?.value !== 1) {
      if (Date.now() > deadline) throw new Error('the update never got in flight');
      await new Promise((r) => setTimeout(r, 50));
    }

    const stopping = own.stop();
    const closed = await subscriber.waitForClose(10_000);
    expect(closed.code).toBe(1001);
    // Let the held update go on (the drain waits up to 10 s for it), then check the door is shut.
    await tx.rollback();
    await session.close();
    await expect(fetch(`${ownBase}/healthz`)).rejects.toThrow();
    const answer = await update;
    expect(ok(answer).updateItem).toMatchObject({ version: 2, description: 'finished during shutdown' });
    await stopping;
    const [row] = await api.executor.read(
      'test',
      "MATCH (n:CI {id: 'ops-held'}) RETURN n.version AS v, n._held AS held",
    );
    expect(row).toEqual({ v: 2, held: null });
  });
});

// Last: its refused request would count in the metrics test's error figures.
describe('metrics access', () => {
  it('is for token holders only, like every route but the health checks', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
