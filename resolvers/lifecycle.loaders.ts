/**
 * Per-request DataLoaders for lifecycle fields, kept beside the request's
 * other loaders (one set per request, made on first use).
 */
import DataLoader from 'dataloader';
import { coveringContracts } from '../graph/lifecycle/contracts.query';
import type { CoveringContract } from '../graph/lifecycle/contracts.query';
import { lifecycleEvents } from '../graph/lifecycle/lifecycle';
import type { LifecycleEvent } from '../graph/lifecycle/lifecycle';
import type { Context } from './context';

export interface LifecycleLoaders {
  events: DataLoader<string, LifecycleEvent[]>;
  contracts: DataLoader<string, CoveringContract[]>;
}

const perRequest = new WeakMap<object, LifecycleLoaders>();

export function lifecycleLoaders(ctx: Context): LifecycleLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = {
      events: new DataLoader((ids) => lifecycleEvents(ctx.db, ids)),
      contracts: new DataLoader((ids) => coveringContracts(ctx.db, ids)),
    };
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
