/**
 * Locks one CI inside a write transaction and reads it: the one place that
 * takes a CI's write lock, so writes to the same CI run one after another.
 */
import type { Tx } from '../platform/executor';

/**
 * Lock the node before reading it, so two writers with the same expected
 * version cannot both pass the version check (Neo4j does not re-check a
 * WHERE after waiting for a lock).
 */
export async function lockItem(tx: Tx, id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await tx.run('MATCH (n:CI {id: $id}) SET n._lock = true REMOVE n._lock RETURN n {.*} AS n', { id });
  return rows[0]?.n as Record<string, unknown> | undefined;
}
