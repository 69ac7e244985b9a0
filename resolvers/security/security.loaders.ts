/**
 * DataLoaders for the security fields, made on first use in the request's
 * loader registry: the CIs using every component in an answer in one query.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../graph/platform/executor';
import { usesOf } from '../../graph/security/components.query';
import type { ComponentUse } from '../../graph/security/components.query';
import type { Context } from '../platform/context';

export interface SecurityLoaders {
  /** The CIs whose SBOM lists a component, by component key. */
  uses: DataLoader<string, ComponentUse[]>;
}

function makeSecurityLoaders(db: Executor): SecurityLoaders {
  return { uses: new DataLoader((keys: readonly string[]) => usesOf(db, keys)) };
}

export function securityLoaders(ctx: Context): SecurityLoaders {
  return ctx.loaders.of(makeSecurityLoaders);
}
