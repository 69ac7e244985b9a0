/**
 * Webhooks against a local HTTP receiver: registration, signed deliveries in
 * sequence order, retries with backoff, resuming from the stored cursor after
 * a restart, one delivery per change with two instances, and deletion.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import { startApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { getSdk } from '../../sdk/generated';
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';

jest.setTimeout(180_000);

const ALLOW_PRIVATE = { allowPrivate: true, allowHosts: [] };

interface Delivery {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { webhookId: string; cursor: string; changes: { seq: number; op: string; ciId: string; source: string }[] };
}

/** A local HTTP receiver that answers 500 to the first `failures` requests, then 200. */
class Receiver {
  readonly accepted: Delivery[] = [];
  refusedCount = 0;
  failures = 0;
  private server: Server | undefined;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        if (this.failures > 0) {
          this.failures -= 1;
          this.refusedCount += 1;
          res.writeHead(500).end('not now');
          return;
        }
        this.accepted.push({ headers: req.headers, raw, body: JSON.parse(raw) as Delivery['body'] });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** The changes accepted so far for one webhook, in the order they arrived. */
  changes(webhookId: string) {
    return this.accepted.filter((d) => d.body.webhookId === webhookId).flatMap((d) => d.body.changes);
  }

  async waitForChanges(webhookId: string, count: number, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    while (this.changes(webhookId).length < count) {
      if (Date.now() > until) {
        throw new Error(`expected ${count} changes for ${webhookId}, got ${JSON.stringify(this.changes(webhookId))}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.changes(webhookId);
  }
}

let api: TestApi;
const receiver = new Receiver();
const instances: RunningApp[] = [];

beforeAll(async () => {
  // The receiver listens on 127.0.0.1, which webhooks may reach only when private targets are allowed.
  api = await startTestApi({ changes: { webhooks: { targets: ALLOW_PRIVATE } } });
  await resetGraph(api.executor);
  await api.executor.writeTx('test.webhooks', (tx) => tx.run('MATCH (w:Webhook) DELETE w'));
  // Deliveries come only from the instances each test starts.
  await api.app.services.webhooks.stop();
  await receiver.start();
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await api.executor.writeTx('test.webhooks', (tx) => tx.run('MATCH (w:Webhook) DELETE w'));
  await receiver.stop();
  await api.stop();
});

async function startInstance() {
  const app = await startApp({
    executor: api.executor,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    introspection: true,
    maxBody: '1mb',
    changes: { webhooks: { backoffMs: 100, maxBackoffMs: 400, leaseMs: 3000, batchSize: 3, targets: ALLOW_PRIVATE } },
  });
  instances.push(app);
  return { app, sdk: getSdk(new GraphQLClient(app.url, { errorPolicy: 'all' })) };
}

async function stopInstance(app: RunningApp) {
  instances.splice(instances.indexOf(app), 1);
  await app.stop();
}

type Sdk = TestApi['sdk'];
const createTeam = async (sdk: Sdk, id: string) =>
  ok(await sdk.CreateItem({ input: { class: 'Team', id, name: id } })).createItem;
const register = async (sdk: Sdk) =>
  ok(await sdk.RegisterWebhook({ input: { url: receiver.url, filter: { classes: ['Team'] } } })).registerWebhook;
const hook = async (id: string) => ok(await api.sdk.Webhooks()).webhooks.find((w) => w.id === id);

it('refuses what is not an http(s) URL, and a bad filter, naming the field', async () => {
  for (const url of ['ftp://example.org/x', 'not a url', 'http://user:pw@127.0.0.1/x']) {
    await refused(api.sdk.RegisterWebhook({ input: { url } }), 'BAD_USER_INPUT', 'input.url');
  }
  const filter = { since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' };
  await refused(
    api.sdk.RegisterWebhook({ input: { url: receiver.url, filter } }),
    'BAD_USER_INPUT',
    'input.filter.since',
  );
  await refused(api.sdk.RegisterWebhook({ input: { url: receiver.url, after: 'x' } }), 'BAD_USER_INPUT', 'input.after');
  expect(ok(await api.sdk.Webhooks()).webhooks).toEqual([]);
});

it('delivers the matching changes in order, signed, and retries a failing receiver with backoff', async () => {
  const { app, sdk } = await startInstance();
  receiver.failures = 2;
  const { webhook, secret } = await register(sdk);
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  expect(webhook).toMatchObject({ url: receiver.url, active: true, filter: { classes: ['Team'] }, failures: 0 });

  ok(await sdk.CreateItem({ input: { class: 'Server', id: 'hook-srv', name: 'hook-srv' } }));
  for (let i = 1; i <= 7; i++) await createTeam(sdk, `hook-team-${i}`);
  const changes = await receiver.waitForChanges(webhook.id, 7);
  expect(changes.map((c) => c.ciId)).toEqual(range(7).map((i) => `hook-team-${i}`));
  expect(changes.map((c) => c.seq)).toEqual([...changes.map((c) => c.seq)].sort((a, b) => a - b));
  expect(changes[0]).toMatchObject({ op: 'CREATE', source: 'API' });
  expect(receiver.refusedCount).toBe(2);

  for (const delivery of receiver.accepted.filter((d) => d.body.webhookId === webhook.id)) {
    const expected = `sha256=${createHmac('sha256', secret).update(delivery.raw).digest('hex')}`;
    expect(delivery.headers['x-estate-signature']).toBe(expected);
    expect(delivery.body.changes.length).toBeLessThanOrEqual(3);
    expect(delivery.body.cursor).toBe(String(delivery.body.changes.at(-1)!.seq));
  }
  await waitUntil(async () => (await hook(webhook.id))?.cursor === String(changes.at(-1)!.seq));
  expect(await hook(webhook.id)).toMatchObject({ failures: 0, lastError: null });
  expect(JSON.stringify(ok(await api.sdk.Webhooks()).webhooks)).not.toContain(secret);
  ok(await sdk.DeleteWebhook({ id: webhook.id }));
  await stopInstance(app);
});

it('resumes from the stored cursor after a restart, missing nothing', async () => {
  const first = await startInstance();
  const { webhook } = await register(first.sdk);
  await createTeam(first.sdk, 'resume-1');
  await receiver.waitForChanges(webhook.id, 1);

  // The receiver goes away: deliveries fail and the cursor stays put.
  await receiver.stop();
  await createTeam(first.sdk, 'resume-2');
  await waitUntil(async () => ((await hook(webhook.id))?.failures ?? 0) > 0);
  expect((await hook(webhook.id))?.lastError).toMatch(/could not be reached/);
  await stopInstance(first.app);

  // Written while no instance runs, then a new instance picks the webhook up where it stopped.
  await createTeam(api.sdk, 'resume-3');
  await createTeam(api.sdk, 'resume-4');
  await receiver.start(receiver.port);
  const second = await startInstance();
  const changes = await receiver.waitForChanges(webhook.id, 4);
  expect(changes.map((c) => c.ciId)).toEqual(['resume-1', 'resume-2', 'resume-3', 'resume-4']);
  expect(changes.map((c) => c.seq)).toEqual(rangeFrom(changes[0].seq - 1, 4));
  ok(await second.sdk.DeleteWebhook({ id: webhook.id }));
  await stopInstance(second.app);
});

it('with two instances, delivers each change once; a deleted webhook receives nothing more', async () => {
  const a = await startInstance();
  const b = await startInstance();
  const { webhook } = await register(a.sdk);
  await Promise.all(range(10).map((i) => createTeam(i % 2 ? a.sdk : b.sdk, `pair-${i}`)));
  const changes = await receiver.waitForChanges(webhook.id, 10);
  await new Promise((r) => setTimeout(r, 1000));
  const seqs = receiver.changes(webhook.id).map((c) => c.seq);
  expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  expect(new Set(changes.map((c) => c.ciId))).toEqual(new Set(range(10).map((i) => `pair-${i}`)));

  ok(await a.sdk.DeleteWebhook({ id: webhook.id }));
  await refused(a.sdk.DeleteWebhook({ id: webhook.id }), 'NOT_FOUND', 'id');
  await createTeam(a.sdk, 'pair-after-delete');
  await new Promise((r) => setTimeout(r, 1500));
  expect(receiver.changes(webhook.id).map((c) => c.ciId)).not.toContain('pair-after-delete');
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const rangeFrom = (after: number, n: number) => Array.from({ length: n }, (_, i) => after + i + 1);

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
