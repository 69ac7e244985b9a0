/**
 * Pages over a computed answer (an impact, a dependency list). The answer
 * is recomputed for each page and always comes in the same order, so a
 * cursor is an offset, tagged with what it pages so that a cursor of one
 * list is refused on another.
 */
import { badInput } from '../platform/errors';

export interface Paged<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

function encode(tag: string, offset: number): string {
  return Buffer.from(`${tag}:${offset}`).toString('base64url');
}

function decode(tag: string, cursor: string): number {
  const match = /^([a-z]+):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || match[1] !== tag) throw badInput('after', `not a cursor of this ${tag} list`);
  return Number(match[2]);
}

export function pageOf<T>(tag: string, all: readonly T[], first: number, after?: string | null): Paged<T> {
  const start = after ? decode(tag, after) + 1 : 0;
  const slice = all.slice(start, start + first);
  return {
    items: slice.map((node, i) => ({ node, cursor: encode(tag, start + i) })),
    hasNextPage: start + first < all.length,
    totalCount: all.length,
  };
}
