/** What every resolver gets: the request's executor, loaders and identity. */
import type { Executor } from '../graph/executor';
import type { WriteContext } from '../graph/changes';
import type { Loaders } from './loaders';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Context {
  requestId: string;
  /** Counts this request's queries (reported in `extensions.estate`). */
  db: Executor;
  loaders: Loaders;
  /** Actor and source stamped on every Change this request writes. */
  writer: WriteContext;
  role: Role;
}
