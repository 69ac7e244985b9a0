/**
 * Service health as a stream: for each service someone watches, its health
 * (derived by the impact rules from reported statuses) is recomputed when the
 * change feed hands out a change that can move it (a status, a relationship,
 * a delete, a status or quorum field), and watchers hear of it when it
 * differs from the last health they were told. A watcher first gets the
 * current health. Health is a state, so a slow watcher just gets the latest.
 *
 * Recomputation covers every watched service in one call, at most one at a
 * time; batches arriving meanwhile are folded into one more run.
 */
import type { ChangeFeed, FeedLogger } from '../changelog/changes.feed';
import type { ChangeRecord } from '../changelog/change.record';
import { badInput, notFound } from '../platform/errors';
import type { Executor } from '../platform/executor';
import { Mailboxes } from '../platform/latest.mailbox';
import { classSpec } from '../model/classes';

export interface ServiceHealth {
  state: string;
  causes: string[];
}

export interface HealthEvent {
  serviceId: string;
  health: ServiceHealth;
  /** The state the watcher was told before, null for the first event. */
  previous: string | null;
  /** Every change up to this cursor had been handed out when the health was computed. */
  cursor: number;
  at: string;
}

/** Computes the health of services, in the order of `ids` (graph/impact's healthOf). */
export type HealthOf = (ids: readonly string[]) => Promise<ServiceHealth[]>;

const HEALTH_FIELDS = ['operationalStatus', 'minHealthyMembers'];

/** Whether a change can move anyone's derived health. */
export function movesHealth(c: ChangeRecord): boolean {
  if (c.op === 'STATUS' || c.op === 'RELATE' || c.op === 'UNRELATE' || c.op === 'DELETE') return true;
  const touched = { ...c.before, ...c.after };
  return HEALTH_FIELDS.some((f) => f in touched);
}

/** The id must name an existing service (a CI of a service class). */
export async function checkService(db: Executor, id: string): Promise<void> {
  const rows = await db.read('health.service', 'MATCH (n:CI {id: $id}) RETURN n.class AS class', { id });
  if (rows.length === 0) throw notFound('CI', id, 'serviceId');
  const cls = rows[0].class as string;
  if (classSpec(cls)?.category !== 'service') throw badInput('serviceId', `${id} is a ${cls}, not a service`);
}

const same = (a: ServiceHealth | undefined, b: ServiceHealth) =>
  a !== undefined && a.state === b.state && a.causes.join('\n') === b.causes.join('\n');

export class HealthWatch {
  private readonly watchers = new Mailboxes<HealthEvent>();
  private running: Promise<void> | undefined;
  private again = false;
  private readonly unlisten: () => void;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly healthOf: HealthOf,
    private readonly log: FeedLogger = { warn: () => {}, error: () => {} },
  ) {
    this.unlisten = feed.onBatch(
      (batch) => {
        if (this.watchers.size > 0 && batch.some(movesHealth)) this.recompute();
      },
      () => this.watchers.size > 0,
    );
  }

  /** The service's current health, then each different one. */
  watch(serviceId: string): AsyncIterableIterator<HealthEvent> {
    const watcher = this.watchers.open(serviceId);
    this.feed.quicken();
    this.recompute();
    return watcher;
  }

  stop(): void {
    this.unlisten();
    this.watchers.closeAll();
  }

  private recompute(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.recompute();
      }
    });
  }

  private async run(): Promise<void> {
    const ids = this.watchers.keys();
    if (ids.length === 0) return;
    const cursor = this.feed.head;
    let healths: ServiceHealth[];
    try {
      healths = await this.healthOf(ids);
    } catch (error) {
      this.log.warn({ err: error }, 'service health: recomputing failed');
      return;
    }
    const at = new Date().toISOString();
    ids.forEach((serviceId, i) => {
      const health = healths[i];
      for (const watcher of this.watchers.of(serviceId)) {
        const delivered = watcher.taken?.health;
        if (same(watcher.pending?.health ?? delivered, health)) continue;
        if (same(delivered, health)) watcher.withdraw();
        else watcher.offer({ serviceId, health, previous: delivered?.state ?? null, cursor, at });
      }
    });
  }
}
