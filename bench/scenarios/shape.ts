/**
 * The common plain shapes the three subjects of a comparison reduce their
 * answers to, so the runner can check they fetched the same data.
 */

export interface Ref {
  id: string;
  name: string;
}

type Named = { id: string; name: string } | null | undefined;

export const ref = (node: Named): Ref | null => (node ? { id: node.id, name: node.name } : null);

export const refs = (nodes: readonly NonNullable<Named>[]): Ref[] => nodes.map((n) => ({ id: n.id, name: n.name }));

/** Estate orders every neighbour list by name, then id; the peer is asked for the same order. */
export const PEER_ORDER = '[{ name: ASC }, { id: ASC }]';

/** Estate answers a to-one neighbour as an object or null, the peer as a list of at most one. */
export function single<T>(value: T | readonly T[] | null | undefined): T | null {
  if (Array.isArray(value)) return (value[0] as T | undefined) ?? null;
  return (value as T | null | undefined) ?? null;
}
