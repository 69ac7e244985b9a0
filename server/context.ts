/** Builds the per-request context: a counting executor, fresh loaders, the caller's identity. */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../graph/platform/executor';
import type { Context, Services } from '../resolvers/platform/context';
import type { Role } from '../graph/model/roles';
import { createLoaders } from '../resolvers/platform/loaders';

export interface Caller {
  actor: string;
  role: Role;
}

/** The caller when authentication is off (ESTATE_AUTH=off, in-process tools): the local operator, with full rights. */
export const LOCAL_OPERATOR: Caller = { actor: 'local', role: 'admin' };

export function buildContext(
  executor: Executor,
  services: Services,
  caller: Caller,
  requestId: string = randomUUID(),
): Context {
  const db = executor.forRequest();
  return {
    requestId,
    db,
    loaders: createLoaders(db),
    writer: { actor: caller.actor, source: 'api', requestId },
    role: caller.role,
    services,
  };
}

/** A request id from the client when it is sane, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : randomUUID();
}
