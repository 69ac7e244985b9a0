/**
 * DataLoaders of impact analysis and incidents, one set per request. They
 * hang off the request's context object (a WeakMap, so they go with it)
 * rather than the shared Loaders, keeping this feature in its own files.
 */
import DataLoader from 'dataloader';
import { healthOf } from '../graph/impact/impact.health';
import type { Health } from '../graph/impact/impact.health';
import { affectedIds, getIncidents } from '../graph/impact/incidents';
import type { Incident } from '../graph/impact/incidents';
import type { Context } from './context';

export interface ImpactLoaders {
  /** Health of many CIs: one closure query and one evaluation for the whole batch. */
  health: DataLoader<string, Health>;
  incident: DataLoader<string, Incident | undefined>;
  /** Ids of the CIs each incident affects. */
  affects: DataLoader<string, string[]>;
}

const perRequest = new WeakMap<Context, ImpactLoaders>();

export function impactLoaders(ctx: Context): ImpactLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      health: new DataLoader((ids) => healthOf(ctx.db, ids)),
      incident: new DataLoader((ids) => getIncidents(ctx.db, ids)),
      affects: new DataLoader((ids) => affectedIds(ctx.db, ids)),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
