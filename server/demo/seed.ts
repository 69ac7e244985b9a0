/**
 * Writing a generated estate into Neo4j in batches, and clearing it again.
 *
 * Seeding is bulk demo and benchmark data, not a history of changes: it
 * writes no Change records, so the change log (and its subscriptions) starts
 * from whatever happens after the seed. Every other write path in graph/
 * records its changes; this one deliberately does not, and starts a new
 * epoch instead, so caches kept in step with the log start over.
 *
 * Labels come only from the class table (`labelsFor`) and relationship
 * types only from the rule table, never from a string in the data.
 */
import type { Executor } from '../../graph/platform/executor';
import { START_NEW_EPOCH } from '../../graph/platform/changelog.writer';
import { labelsFor } from '../../graph/items/items';
import { classSpec } from '../../graph/model/classes';
import { RELATIONSHIP_RULES } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { GeneratedEstate, GeneratedRelationship, StoredNode } from './estate.generator';

export interface SeedOptions {
  /** Rows per write transaction (default 5000). */
  batchSize?: number;
  /** Called after every batch with CIs plus relationships written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  nodes: number;
  relationships: number;
  ms: number;
}

const DEFAULT_BATCH_SIZE = 5000;

/** One query per class: the labels are spliced in from the class table, the rows are a parameter. */
export function createNodesQuery(className: string): string {
  return `UNWIND $rows AS row CREATE (n${labelsFor(className)}) SET n = row RETURN count(n) AS created`;
}

/**
 * Components (interfaces, ports, outlets: a million and more in the large estate) are written with their
 * COMPONENT_OF in the same statement: one index lookup for the owner instead of two for a separate edge,
 * and one pass instead of two. The labels come from the class table.
 */
export function createComponentsQuery(className: string): string {
  return (
    'UNWIND $rows AS row MATCH (o:CI {id: row.owner}) ' +
    `CREATE (n${labelsFor(className)}) SET n = row.node CREATE (n)-[:COMPONENT_OF]->(o) RETURN count(n) AS created`
  );
}

/** One query per relationship type; the type is the rule table's own constant. */
export function createRelationshipsQuery(type: RelationshipType): string {
  const rule = RELATIONSHIP_RULES.find((r) => r.type === type);
  if (!rule) throw new Error(`not a relationship type in the rule table: ${type}`);
  return (
    'UNWIND $rows AS row MATCH (a:CI {id: row.from}) MATCH (b:CI {id: row.to}) ' +
    `CREATE (a)-[r:${rule.type}]->(b) SET r = coalesce(row.properties, {}) RETURN count(r) AS created`
  );
}

/**
 * Write every CI of the estate, class by class, then every relationship, type by type, `batchSize` rows
 * per transaction. Expects an empty store with migrations applied: the relationship batches find their
 * ends through the unique index on `:CI(id)`, and CREATE fails on an id (or asset tag, serial) that exists.
 */
export async function seedEstate(db: Executor, estate: GeneratedEstate, opts: SeedOptions = {}): Promise<SeedResult> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be a positive integer, not ${batchSize}`);
  const known = new Set<string>(RELATIONSHIP_RULES.map((r) => r.type));
  for (const type of estate.relationships.keys()) {
    if (!known.has(type))
      throw new Error(`the estate has relationships of type ${type}, which the rule table does not know`);
  }
  const started = performance.now();
  await db.writeTx('seed.epoch', (tx) => tx.run(START_NEW_EPOCH));
  const total = estate.counts.nodes + estate.counts.relationships;
  let done = 0;
  let nodes = 0;
  let relationships = 0;

  // Every component's owner, so a component and its COMPONENT_OF are written together.
  const ownerOf = new Map<string, string>();
  for (const rel of estate.relationships.get('COMPONENT_OF') ?? []) ownerOf.set(rel.from, rel.to);

  // Components last, once their owners (devices, and circuits, which come after CircuitTermination in the
  // class table) are all in the store.
  const isComponent = (className: string) => classSpec(className)?.category === 'component';
  const classes = [...estate.nodes].sort(([a], [b]) => Number(isComponent(a)) - Number(isComponent(b)));
  for (const [className, rows] of classes) {
    if (rows.length === 0) continue;
    const component = isComponent(className);
    const owned = component ? rows.filter((row) => ownerOf.has(row.id as string)) : [];
    const plain = component ? rows.filter((row) => !ownerOf.has(row.id as string)) : rows;
    const query = createNodesQuery(className);
    for (const batch of batches<StoredNode>(plain, batchSize)) {
      nodes += await writeBatch(db, 'seed.nodes', query, batch, `${className} CIs`);
      done += batch.length;
      opts.onProgress?.(done, total);
    }
    const componentsQuery = createComponentsQuery(className);
    for (const batch of batches<StoredNode>(owned, batchSize)) {
      const rows = batch.map((node) => ({ node, owner: ownerOf.get(node.id as string)! }));
      const created = await writeBatch(db, 'seed.components', componentsQuery, rows, `${className} components`);
      nodes += created;
      relationships += created;
      done += 2 * batch.length;
      opts.onProgress?.(done, total);
    }
    for (const node of owned) ownerOf.delete(node.id as string);
  }

  for (const rule of RELATIONSHIP_RULES) {
    const all = estate.relationships.get(rule.type) ?? [];
    // What is left in ownerOf was not written with its source (a source that is no component's row).
    const rows = rule.type === 'COMPONENT_OF' ? all.filter((rel) => ownerOf.has(rel.from)) : all;
    if (rows.length === 0) continue;
    const query = createRelationshipsQuery(rule.type);
    for (const batch of batches<GeneratedRelationship>(rows, batchSize)) {
      relationships += await writeBatch(db, 'seed.relationships', query, batch, `${rule.type} relationships`);
      done += batch.length;
      opts.onProgress?.(done, total);
    }
  }

  return { nodes, relationships, ms: Math.round(performance.now() - started) };
}

async function writeBatch(
  db: Executor,
  op: string,
  query: string,
  rows: readonly unknown[],
  what: string,
): Promise<number> {
  const result = await db.writeTx(op, (tx) => tx.run(query, { rows }));
  const created = Number(result[0]?.created ?? 0);
  if (created !== rows.length) {
    // Only relationships and components can fall short: a MATCH found no CI with the given id.
    throw new Error(`seeding ${what}: created ${created} of ${rows.length} in a batch; some ends are not in the store`);
  }
  return created;
}

function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Inlined rather than a parameter: the driver sends JS numbers as floats, which LIMIT refuses. */
const CLEAR_BATCH = 10_000;

/**
 * Delete every CI (with its relationships) and every Change record, 10k nodes per transaction, so a large
 * estate never needs one huge transaction. Returns how many of each went.
 */
export async function clearEstate(db: Executor): Promise<{ nodes: number; changes: number }> {
  await db.writeTx('seed.epoch', (tx) => tx.run(START_NEW_EPOCH));
  return {
    nodes: await deleteAll(db, `MATCH (n:CI) WITH n LIMIT ${CLEAR_BATCH} DETACH DELETE n RETURN count(*) AS deleted`),
    changes: await deleteAll(
      db,
      `MATCH (c:Change) WITH c LIMIT ${CLEAR_BATCH} DETACH DELETE c RETURN count(*) AS deleted`,
    ),
  };
}

async function deleteAll(db: Executor, query: string): Promise<number> {
  let total = 0;
  // The one query in a loop that Estate allows. `CALL { … } IN TRANSACTIONS` would batch this inside
  // Neo4j, but it needs an implicit (auto-commit) transaction, and the Executor only runs managed
  // transactions (so clusters route them and timeouts apply). Each pass deletes one batch in its own
  // transaction until a pass finds nothing left.
  for (;;) {
    const rows = await db.writeTx('seed.clear', (tx) => tx.run(query));
    const deleted = Number(rows[0]?.deleted ?? 0);
    total += deleted;
    if (deleted === 0) return total;
  }
}
