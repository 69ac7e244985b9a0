/**
 * DataLoaders of impact analysis and incidents. They are made on first use
 * in the request's (or subscription event's) loader registry (`Loaders.of`),
 * so they live exactly as long as it: a subscription's later events never
 * see an earlier event's health.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../graph/platform/executor';
import { healthOf } from '../../graph/impact/impact.health';
import type { Health } from '../../graph/impact/impact.health';
import { affectedIds, getIncidents } from '../../graph/incidents/incidents';
import type { Incident } from '../../graph/incidents/incidents';
import type { Context } from '../platform/context';

export interface ImpactLoaders {
  /** Health of many CIs: one closure query and one evaluation for the whole batch. */
  health: DataLoader<string, Health>;
  incident: DataLoader<string, Incident | undefined>;
  /** Ids of the CIs each incident affects. */
  affects: DataLoader<string, string[]>;
}

function makeImpactLoaders(db: Executor): ImpactLoaders {
  return {
    health: new DataLoader((ids) => healthOf(db, ids)),
    incident: new DataLoader((ids) => getIncidents(db, ids)),
    affects: new DataLoader((ids) => affectedIds(db, ids)),
  };
}

export function impactLoaders(ctx: Context): ImpactLoaders {
  return ctx.loaders.of(makeImpactLoaders);
}
