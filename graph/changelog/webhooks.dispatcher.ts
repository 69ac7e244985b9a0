/**
 * Delivers changes to webhooks: one dispatcher per server process. It
 * leases the webhooks no other instance is delivering, and for each one
 * POSTs the matching changes after its cursor, a batch at a time and in
 * sequence order, signed with the webhook's secret. The cursor moves only
 * after a 2xx; a failure is retried with exponential backoff (and jitter),
 * starting again from the stored cursor, so a restart loses nothing.
 *
 * It wakes when the change feed hands out a batch, and every `leaseMs / 3`
 * to renew its leases and pick up webhooks registered elsewhere.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Executor } from '../platform/executor';
import type { ChangeFeed, FeedLogger } from './changes.feed';
import { readChanges } from './changes.read';
import type { ChangeRecord } from './change.record';
import { changeView } from './changes.view';
import { leaseWebhooks, recordDelivery, recordFailure, releaseWebhooks } from './webhooks';
import type { LeasedWebhook } from './webhooks';
import { checkedLookup, STRICT_TARGETS, targetRefusal } from './webhooks.targets';
import type { TargetPolicy } from './webhooks.targets';

export interface DispatcherOptions {
  /** How long a lease lasts without renewal. */
  leaseMs: number;
  /** Changes per delivery. */
  batchSize: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** First retry delay; each further failure doubles it, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Which addresses webhooks may deliver to (webhooks.targets.ts); default public ones only. */
  targets: TargetPolicy;
}

export const DISPATCHER_DEFAULTS: DispatcherOptions = {
  leaseMs: 15_000,
  batchSize: 100,
  timeoutMs: 10_000,
  backoffMs: 1000,
  maxBackoffMs: 5 * 60_000,
  targets: STRICT_TARGETS,
};

export const SIGNATURE_HEADER = 'x-estate-signature';

/** `sha256=<hex HMAC-SHA256 of the raw body, keyed with the webhook's secret>`. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A change as webhooks receive it: the GraphQL Change type's fields (source in capitals, as there). */
export function changeJson(c: ChangeRecord) {
  const view = changeView(c);
  return { ...view, source: view.source.toUpperCase() };
}

interface Held {
  webhook: LeasedWebhook;
  /** Everything up to here has been delivered or does not match (in memory only). */
  scanned: number;
  busy: boolean;
  dueAt: number;
  retry?: NodeJS.Timeout;
}

export class WebhookDispatcher {
  readonly owner = `estate-${randomUUID()}`;
  private readonly options: DispatcherOptions;
  private readonly held = new Map<string, Held>();
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;
  private leasing: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Executor,
    private readonly feed: ChangeFeed,
    options: Partial<DispatcherOptions> = {},
    private readonly log: FeedLogger = { warn: () => {}, error: () => {} },
  ) {
    this.options = { ...DISPATCHER_DEFAULTS, ...options };
  }

  /** The target policy registration checks against too, so both ends of a webhook apply the same rule. */
  get targets(): TargetPolicy {
    return this.options.targets;
  }

  async start(): Promise<void> {
    this.running = true;
    this.unlisten = this.feed.onBatch(
      () => this.kick(),
      () => this.held.size > 0,
    );
    await this.renewLeases();
    this.tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.unlisten?.();
    await this.leasing;
    await Promise.all(this.inFlight);
    this.held.clear();
    await releaseWebhooks(this.db, this.owner).catch(() => {});
  }

  /** Webhooks were registered or deleted here: take up the change now rather than at the next renewal. */
  refresh(): void {
    if (this.running) void this.renewLeases().then(() => this.kick());
  }

  private tick(): void {
    if (!this.running) return;
    this.timer = setTimeout(
      () => {
        void this.renewLeases().then(() => {
          this.kick();
          this.tick();
        });
      },
      Math.max(50, Math.floor(this.options.leaseMs / 3)),
    );
    this.timer.unref();
  }

  private renewLeases(): Promise<void> {
    this.leasing ??= (async () => {
      try {
        const leased = await leaseWebhooks(this.db, this.owner, this.options.leaseMs);
        const ids = new Set(leased.map((w) => w.id));
        for (const id of this.held.keys()) if (!ids.has(id)) this.held.delete(id);
        for (const webhook of leased) {
          const held = this.held.get(webhook.id);
          if (!held) {
            const dueAt = webhook.nextAttemptAt ? Date.parse(webhook.nextAttemptAt) : 0;
            this.held.set(webhook.id, { webhook, scanned: webhook.cursor, busy: false, dueAt });
          } else if (!held.busy) {
            held.webhook = { ...webhook, cursor: Math.max(webhook.cursor, held.webhook.cursor) };
          }
        }
        // Holding webhooks, the dispatcher follows the feed: its head should move at the feed's quick rhythm.
        if (this.held.size > 0) this.feed.quicken();
      } catch (error) {
        this.log.warn({ err: error }, 'webhooks: renewing leases failed');
      } finally {
        this.leasing = undefined;
      }
    })();
    return this.leasing;
  }

  /** Start a delivery run for every held webhook that is due, idle and behind the feed. */
  private kick(): void {
    if (!this.running) return;
    const now = Date.now();
    for (const held of this.held.values()) {
      if (held.busy || held.scanned >= this.feed.head) continue;
      if (held.dueAt > now) {
        held.retry ??= setTimeout(
          () => {
            held.retry = undefined;
            this.kick();
          },
          held.dueAt - now + 1,
        ).unref();
        continue;
      }
      held.busy = true;
      const run = this.deliverAll(held)
        .catch((error: unknown) => {
          held.dueAt = Date.now() + this.options.backoffMs;
          this.log.warn({ err: error, webhook: held.webhook.id }, 'webhooks: delivery run failed');
        })
        .finally(() => {
          held.busy = false;
          this.inFlight.delete(run);
          this.kick();
        });
      this.inFlight.add(run);
    }
  }

  private async deliverAll(held: Held): Promise<void> {
    while (this.running && this.held.get(held.webhook.id) === held) {
      const head = this.feed.head;
      const { webhook } = held;
      const batch = await readChanges(this.db, {
        filter: webhook.filter,
        cursor: Math.max(webhook.cursor, 0),
        upTo: head,
        limit: this.options.batchSize,
      });
      if (batch.length === 0) {
        held.scanned = head;
        return;
      }
      const last = batch[batch.length - 1].seq;
      const error = await this.post(webhook, batch);
      if (error === undefined) {
        if (!(await recordDelivery(this.db, webhook.id, this.owner, last))) {
          this.held.delete(webhook.id);
          return;
        }
        held.webhook = { ...webhook, cursor: last, failures: 0, lastError: null };
        held.scanned = batch.length < this.options.batchSize ? head : last;
        continue;
      }
      const failures = webhook.failures + 1;
      const delay = this.backoff(failures);
      held.dueAt = Date.now() + delay;
      held.webhook = { ...webhook, failures, lastError: error };
      this.log.warn({ webhook: webhook.id, failures, error, retryInMs: delay }, 'webhooks: delivery failed');
      await recordFailure(this.db, webhook.id, this.owner, {
        failures,
        error,
        nextAttemptAt: new Date(held.dueAt).toISOString(),
      }).catch(() => {});
      return;
    }
  }

  private backoff(failures: number): number {
    const exp = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** Math.min(failures - 1, 30));
    return Math.round(exp * (0.8 + Math.random() * 0.4));
  }

  /** POST one batch; undefined on a 2xx, else what went wrong. */
  private async post(webhook: LeasedWebhook, batch: readonly ChangeRecord[]): Promise<string | undefined> {
    const cursor = String(batch[batch.length - 1].seq);
    const body = JSON.stringify({ webhookId: webhook.id, cursor, changes: batch.map(changeJson) });
    const url = new URL(webhook.url);
    // The URL was checked when registered; its host may resolve elsewhere now, or the policy be stricter.
    const refusal = await targetRefusal(url, this.options.targets);
    if (refusal) return `the target is refused: ${refusal}`;
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'estate-webhooks/0.1',
      [SIGNATURE_HEADER]: signBody(webhook.secret, body),
      'x-estate-webhook': webhook.id,
      'x-estate-delivery': randomUUID(),
      'x-estate-cursor': cursor,
    };
    try {
      const status = await postOnce(
        url,
        { method: 'POST', headers, lookup: checkedLookup(this.options.targets) },
        body,
        this.options.timeoutMs,
      );
      return status >= 200 && status < 300 ? undefined : `the receiver answered HTTP ${status}`;
    } catch (error) {
      return `the receiver could not be reached: ${(error as Error).message}`;
    }
  }
}

/**
 * One POST with node's http(s) rather than fetch, for its `lookup` hook: the connection's own DNS
 * answer is checked against the target policy, so DNS cannot change between check and connect.
 * Redirects are not followed (a 3xx is a failed delivery). Resolves the status code.
 */
function postOnce(url: URL, options: RequestOptions, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { ...options, signal: AbortSignal.timeout(timeoutMs) }, (res: IncomingMessage) => {
      res.resume(); // the body is not read, only drained
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', (error: Error) =>
      reject(error.name === 'AbortError' ? new Error(`no answer within ${timeoutMs} ms`) : error),
    );
    req.end(body);
  });
}
