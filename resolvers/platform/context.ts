/** What every resolver gets: the request's executor, loaders and identity. */
import type { Executor } from '../../graph/platform/executor';
import type { WriteContext } from '../../graph/platform/changelog.writer';
import type { ChangeFeed } from '../../graph/changelog/changes.feed';
import type { HealthWatch } from '../../graph/impact/impact.watch';
import type { JobProgressBus } from '../../graph/platform/jobs.progress';
import type { WebhookDispatcher } from '../../graph/changelog/webhooks.dispatcher';
import type { Role } from '../../graph/model/roles';
import type { Loaders } from './loaders';

/** Process-wide services the server starts once: the change feed, job progress, webhook delivery, service health. */
export interface Services {
  feed: ChangeFeed;
  health: HealthWatch;
  jobProgress: JobProgressBus;
  webhooks: WebhookDispatcher;
}

export interface Context {
  requestId: string;
  /** Counts this request's queries (reported in `extensions.estate`). */
  db: Executor;
  loaders: Loaders;
  /** Actor and source stamped on every Change this request writes. */
  writer: WriteContext;
  role: Role;
  services: Services;
}
