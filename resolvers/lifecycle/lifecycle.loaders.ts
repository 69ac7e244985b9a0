/**
 * DataLoaders for lifecycle fields, made on first use in the request's (or
 * subscription event's) loader registry (`Loaders.of`).
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../graph/platform/executor';
import { coveringContracts } from '../../graph/lifecycle/contracts.query';
import type { CoveringContract } from '../../graph/lifecycle/contracts.query';
import { lifecycleEvents } from '../../graph/lifecycle/lifecycle';
import type { LifecycleEvent } from '../../graph/lifecycle/lifecycle';
import type { Context } from '../platform/context';

export interface LifecycleLoaders {
  events: DataLoader<string, LifecycleEvent[]>;
  contracts: DataLoader<string, CoveringContract[]>;
}

function makeLifecycleLoaders(db: Executor): LifecycleLoaders {
  return {
    events: new DataLoader((ids) => lifecycleEvents(db, ids)),
    contracts: new DataLoader((ids) => coveringContracts(db, ids)),
  };
}

export function lifecycleLoaders(ctx: Context): LifecycleLoaders {
  return ctx.loaders.of(makeLifecycleLoaders);
}
