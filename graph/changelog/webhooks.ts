/**
 * Webhook registrations: (:Webhook {id, url, secret, filter, cursor, active,
 * …}) nodes. A webhook receives the changes matching its filter after its
 * cursor, in sequence order; the cursor moves only after the receiver
 * answered 2xx, so deliveries survive restarts (at least once, in order).
 *
 * The secret signs every delivery (HMAC-SHA256). It is stored, because it
 * must be usable to sign, and shown once: when the webhook is registered.
 * Which instance delivers a webhook is decided by a lease on the node, so
 * several instances on one Neo4j never deliver the same webhook twice over.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Executor } from '../platform/executor';
import { badInput, forbidden, notFound } from '../platform/errors';
import { parseChangeFilter } from './changes.filter';
import type { ChangeFilter } from './changes.filter';
import { parseCursor, readHead } from './changes.read';
import { STRICT_TARGETS, targetRefusal } from './webhooks.targets';
import type { TargetPolicy } from './webhooks.targets';

export interface Webhook {
  id: string;
  url: string;
  filter: ChangeFilter;
  /** Seq of the last change the receiver acknowledged. */
  cursor: number;
  active: boolean;
  createdAt: string;
  createdBy: string;
  /** Failed attempts since the last success. */
  failures: number;
  lastError: string | null;
  lastDeliveredAt: string | null;
  nextAttemptAt: string | null;
}

/** A webhook as the dispatcher holds it: with its secret. */
export interface LeasedWebhook extends Webhook {
  secret: string;
}

export interface WebhookInput {
  url: string;
  filter?: unknown;
  /** Deliver the changes after this cursor (default: from now on). */
  after?: string | null;
}

const urlSchema = z
  .string()
  .max(2000, 'at most 2000 characters')
  .superRefine((s, ctx) => {
    const url = URL.canParse(s) ? new URL(s) : undefined;
    if (!url) ctx.addIssue({ code: 'custom', message: 'not a URL' });
    else if (!['http:', 'https:'].includes(url.protocol)) {
      ctx.addIssue({ code: 'custom', message: `only http and https URLs are allowed, not ${url.protocol}` });
    } else if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'credentials in the URL are not allowed' });
    }
  });

function webhookFromNode(node: Record<string, unknown>): LeasedWebhook {
  return {
    id: node.id as string,
    url: node.url as string,
    secret: node.secret as string,
    filter: JSON.parse(node.filter as string) as ChangeFilter,
    cursor: node.cursor as number,
    active: node.active as boolean,
    createdAt: node.createdAt as string,
    createdBy: node.createdBy as string,
    failures: (node.failures as number | undefined) ?? 0,
    lastError: (node.lastError as string | undefined) ?? null,
    lastDeliveredAt: (node.lastDeliveredAt as string | undefined) ?? null,
    nextAttemptAt: (node.nextAttemptAt as string | undefined) ?? null,
  };
}

const withoutSecret = ({ secret: _secret, ...webhook }: LeasedWebhook): Webhook => webhook;

export async function registerWebhook(
  db: Executor,
  actor: string,
  mayManage: boolean,
  input: WebhookInput,
  targets: TargetPolicy = STRICT_TARGETS,
): Promise<{ webhook: Webhook; secret: string }> {
  if (!mayManage) throw forbidden('only an admin may register webhooks');
  const url = urlSchema.safeParse(input.url);
  if (!url.success) throw badInput('input.url', url.error.issues[0].message);
  // Checked again at every delivery (webhooks.dispatcher.ts): DNS may change after this.
  const refusal = await targetRefusal(new URL(url.data), targets);
  if (refusal) throw badInput('input.url', refusal);
  const filter = parseChangeFilter(input.filter, 'input.filter');
  const head = await readHead(db);
  const after = parseCursor(input.after, 'input.after') ?? head;
  if (after > head) throw badInput('input.after', `cursor ${after} is past the last change (${head})`);
  const secret = randomBytes(32).toString('hex');
  const props = {
    id: randomUUID(),
    url: url.data,
    secret,
    filter: JSON.stringify(filter),
    cursor: after,
    active: true,
    createdAt: new Date().toISOString(),
    createdBy: actor,
    failures: 0,
  };
  const rows = await db.writeTx('webhooks.register', (tx) =>
    tx.run('CREATE (w:Webhook) SET w = $props RETURN w {.*} AS w', { props }),
  );
  return { webhook: withoutSecret(webhookFromNode(rows[0].w as Record<string, unknown>)), secret };
}

export async function listWebhooks(db: Executor): Promise<Webhook[]> {
  const rows = await db.read('webhooks.list', 'MATCH (w:Webhook) RETURN w {.*} AS w ORDER BY w.createdAt, w.id');
  return rows.map((r) => withoutSecret(webhookFromNode(r.w as Record<string, unknown>)));
}

export async function deleteWebhook(db: Executor, mayManage: boolean, id: string): Promise<boolean> {
  if (!mayManage) throw forbidden('only an admin may delete webhooks');
  const rows = await db.writeTx('webhooks.delete', (tx) =>
    tx.run('MATCH (w:Webhook {id: $id}) DELETE w RETURN count(*) AS n', { id }),
  );
  if ((rows[0]?.n as number) === 0) throw notFound('webhook', id, 'id');
  return true;
}

/**
 * Take (or renew) the lease on every active webhook that no other live
 * instance holds, and return the ones this owner now holds, with secrets.
 */
export async function leaseWebhooks(db: Executor, owner: string, leaseMs: number): Promise<LeasedWebhook[]> {
  const now = new Date();
  const rows = await db.writeTx('webhooks.lease', (tx) =>
    tx.run(
      `MATCH (w:Webhook {active: true})
       WHERE w.leaseOwner IS NULL OR w.leaseOwner = $owner OR w.leaseUntil < $now
       SET w.leaseOwner = $owner, w.leaseUntil = $until
       RETURN w {.*} AS w`,
      { owner, now: now.toISOString(), until: new Date(now.getTime() + leaseMs).toISOString() },
    ),
  );
  return rows.map((r) => webhookFromNode(r.w as Record<string, unknown>));
}

export async function releaseWebhooks(db: Executor, owner: string): Promise<void> {
  await db.writeTx('webhooks.release', (tx) =>
    tx.run('MATCH (w:Webhook {leaseOwner: $owner}) SET w.leaseOwner = null, w.leaseUntil = null', { owner }),
  );
}

/** The receiver acknowledged everything up to `cursor`; false when this owner no longer holds the lease. */
export async function recordDelivery(db: Executor, id: string, owner: string, cursor: number): Promise<boolean> {
  const rows = await db.writeTx('webhooks.delivered', (tx) =>
    tx.run(
      `MATCH (w:Webhook {id: $id, leaseOwner: $owner})
       SET w.cursor = CASE WHEN w.cursor < $cursor THEN $cursor ELSE w.cursor END,
           w.failures = 0, w.lastError = null, w.nextAttemptAt = null, w.lastDeliveredAt = $now
       RETURN w.id AS id`,
      { id, owner, cursor, now: new Date().toISOString() },
    ),
  );
  return rows.length > 0;
}

export async function recordFailure(
  db: Executor,
  id: string,
  owner: string,
  failure: { failures: number; error: string; nextAttemptAt: string },
): Promise<boolean> {
  const rows = await db.writeTx('webhooks.failed', (tx) =>
    tx.run(
      `MATCH (w:Webhook {id: $id, leaseOwner: $owner})
       SET w.failures = $failures, w.lastError = $error, w.nextAttemptAt = $nextAttemptAt
       RETURN w.id AS id`,
      { id, owner, ...failure },
    ),
  );
  return rows.length > 0;
}
