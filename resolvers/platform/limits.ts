/** Request limits resolvers apply to their arguments. */
import { badInput } from '../../graph/platform/errors';

export const PAGE_SIZE = { default: 20, max: 500 } as const;

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
    throw badInput('first', `page size must be between 1 and ${PAGE_SIZE.max} (page size limit); got ${first}`);
  }
  return first;
}
