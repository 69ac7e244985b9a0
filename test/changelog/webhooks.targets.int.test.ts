/**
 * Webhook targets through the API: a URL on loopback, link-local or another
 * non-public address is refused at registration (BAD_USER_INPUT on input.url,
 * saying why) and writes nothing; one registered while allowed is refused again
 * at delivery by a server that does not allow it, and delivered by one whose
 * allow-list names its host.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resetGraph, startTestApi, testDriver, testExecutor } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import { startInstance, until } from '../support/instances';
import type { Instance } from '../support/instances';

jest.setTimeout(120_000);

let api: TestApi;
let receiver: Server;
let received = 0;
let receiverUrl = '';
const instances: Instance[] = [];
const driver = testDriver();

beforeAll(async () => {
  api = await startTestApi({ changes: { webhooks: { targets: { allowPrivate: true, allowHosts: [] } } } });
  await resetGraph(api.executor);
  // Deliveries come only from the instances each test starts.
  await api.app.services.webhooks.stop();
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.app.stop()));
  await api.executor.writeTx('test.webhooks', (tx) => tx.run('MATCH (w:Webhook) DELETE w'));
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await api.stop();
  await driver.close();
});

it('refuses loopback, link-local, unspecified and private targets at registration, naming input.url and why', async () => {
  const strict = await startInstance(testExecutor(driver));
  instances.push(strict);
  const cases: [string, RegExp][] = [
    [receiverUrl, /127\.0\.0\.1 is loopback/],
    ['http://[::1]:8080/x', /::1 is loopback/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['http://0.0.0.0:4000/', /unspecified/],
    ['http://[fe80::1]/', /link-local/],
    ['http://10.0.0.5/hook', /private/],
    ['http://[::ffff:127.0.0.1]/hook', /loopback/],
    ['http://localhost:4000/hook', /host localhost resolves to .*loopback/],
  ];
  for (const [url, why] of cases) {
    const error = await refused(strict.sdk.RegisterWebhook({ input: { url } }), 'BAD_USER_INPUT', 'input.url');
    expect(JSON.stringify(error.extensions)).toMatch(why);
    expect(JSON.stringify(error.extensions)).toMatch(/ESTATE_WEBHOOK_ALLOW/);
  }
  expect(ok(await api.sdk.Webhooks()).webhooks).toEqual([]);
});

it('checks the target again at delivery, and delivers to a host on the allow-list', async () => {
  // Registered where private targets are allowed...
  const { webhook } = ok(
    await api.sdk.RegisterWebhook({ input: { url: receiverUrl, filter: { classes: ['Team'] } } }),
  ).registerWebhook;
  // ...and delivered by a server that does not allow them: refused, recorded, nothing sent.
  const quick = { backoffMs: 100, maxBackoffMs: 200, leaseMs: 1500 };
  const strict = await startInstance(testExecutor(driver), { webhooks: quick });
  instances.push(strict);
  ok(await api.sdk.CreateItem({ input: { class: 'Team', id: 'targets-team', name: 'targets-team' } }));
  const lastError = await eventually(async () => {
    const found = ok(await api.sdk.Webhooks()).webhooks.find((w) => w.id === webhook.id);
    return found?.lastError ?? undefined;
  });
  expect(lastError).toMatch(/^the target is refused: 127\.0\.0\.1 is loopback/);
  expect(received).toBe(0);

  // A server whose allow-list names the host delivers it.
  await strict.app.stop();
  instances.splice(instances.indexOf(strict), 1);
  const allowing = await startInstance(testExecutor(driver), {
    webhooks: { ...quick, targets: { allowPrivate: false, allowHosts: ['127.0.0.1'] } },
  });
  instances.push(allowing);
  await until(() => received > 0, 60_000);
  await eventually(async () => {
    const found = ok(await api.sdk.Webhooks()).webhooks.find((w) => w.id === webhook.id);
    return found?.lastError === null || undefined;
  });
});

/** Asks `probe` every 200 ms until it answers something; fails after 60 s. */
async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error('no answer in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
