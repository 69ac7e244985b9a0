/**
 * Making, removing and reading relationships between CIs, obeying the rule
 * table in model/relationships.rules.ts. The relationship type in Cypher is
 * only ever a name taken from that table.
 */
import { z } from 'zod';
import type { Executor, Tx } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { badInput, notFound } from '../platform/errors';
import { lockItem } from './item.lock';
import { checkIpSpace } from '../network/ip.rules';
import { itemFromNode } from './items.mapping';
import type { Item } from './items.mapping';
import { checkUniqueWithinDevice, COMPONENT_OF } from './component.names';
import {
  checkRelationship,
  checkRelationshipProperties,
  maxTargets,
  relationshipRule,
} from '../model/relationships.rules';
import type { RelationshipRule, RelationshipType } from '../model/relationships.rules';

export interface Relationship {
  type: RelationshipType;
  fromId: string;
  toId: string;
  properties: Record<string, string | number | boolean>;
}

/** Relationships that move a prefix, an address or a VLAN into another scope (graph/network/ip.rules.ts). */
const IP_SCOPE_TYPES: ReadonlySet<string> = new Set(['IN_VRF', 'IN_GROUP']);

const propertiesSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'property names are letters, digits and _ (at most 64)'),
    z.union([z.string().max(500), z.number(), z.boolean()]),
  )
  .refine((p) => Object.keys(p).length <= 20, 'at most 20 properties');

function ruleOrThrow(type: string): RelationshipRule {
  const rule = relationshipRule(type);
  if (!rule) throw badInput('type', checkRelationship(type, '', '', false)!.reason);
  return rule;
}

export async function relate(
  db: Executor,
  ctx: WriteContext,
  fromId: string,
  type: string,
  toId: string,
  properties: Record<string, unknown> = {},
): Promise<Relationship> {
  const rule = ruleOrThrow(type);
  const props = propertiesSchema.safeParse(properties);
  if (!props.success)
    throw badInput(`properties.${props.error.issues[0].path.join('.')}`, props.error.issues[0].message);
  const missing = checkRelationshipProperties(rule, props.data);
  if (missing) throw badInput(missing.field, missing.reason);
  return db.writeTx('relate', async (tx) => {
    // Lock the source so concurrent relates cannot both pass the cardinality check.
    const from = await lockItem(tx, fromId);
    if (!from) throw notFound('CI', fromId, 'from');
    // And the target, where what is checked is on its side: its sources (a port takes one cable) or its
    // components' names. Source before target, as every writer here does; the executor retries a deadlock.
    const to = (
      locksTarget(rule)
        ? await lockItem(tx, toId)
        : (await tx.run('MATCH (n:CI {id: $id}) RETURN n {.id, .class} AS n', { id: toId }))[0]?.n
    ) as Record<string, string> | undefined;
    if (!to) throw notFound('CI', toId, 'to');
    const broken = checkRelationship(type, from.class as string, to.class, fromId === toId);
    if (broken) throw badInput(broken.field, broken.reason);
    await checkCardinality(tx, rule, from, toId);
    await checkSourcesOfTarget(tx, rule, fromId, to);
    if (rule.type === COMPONENT_OF) await checkUniqueWithinDevice(tx, toId, from, 'to');
    if (rule.acyclic) await lockReachAndCheckNoCycle(tx, rule, fromId, toId);
    const rows = await tx.run(
      `MATCH (a:CI {id: $fromId}), (b:CI {id: $toId})
       OPTIONAL MATCH (a)-[old:${rule.type}]->(b)
       WITH a, b, properties(old) AS before
       MERGE (a)-[r:${rule.type}]->(b)
       SET r = $props
       RETURN before, properties(r) AS after`,
      { fromId, toId, props: props.data },
    );
    const { before, after } = rows[0] as { before: Record<string, unknown> | null; after: Record<string, unknown> };
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await appendChanges(tx, ctx, [
        {
          op: 'RELATE',
          ciId: fromId,
          ciClass: from.class as string,
          before: before === null ? null : { type, properties: before },
          after: { type, properties: after },
          relationship: { type, toId, toClass: to.class },
        },
      ]);
    }
    if (IP_SCOPE_TYPES.has(rule.type)) await checkIpSpace(tx, [{ id: fromId, class: from.class as string }], 'to');
    return { type: rule.type, fromId, toId, properties: props.data };
  });
}

async function checkCardinality(tx: Tx, rule: RelationshipRule, from: Record<string, unknown>, toId: string) {
  const max = maxTargets(rule, from.class as string);
  if (max === undefined) return;
  const others = await tx.run(
    `MATCH (a:CI {id: $fromId})-[:${rule.type}]->(b:CI) WHERE b.id <> $toId RETURN b.id AS id LIMIT $max`,
    { fromId: from.id, toId, max },
  );
  if (others.length >= max) {
    throw badInput(
      'to',
      `a ${String(from.class)} has at most ${max} ${rule.type} target(s); ${String(from.id)} already has ${others.map((o) => o.id).join(', ')} (unrelate it first)`,
    );
  }
}

/** Whether relate must lock the target too: something about its other sources is checked. */
function locksTarget(rule: RelationshipRule): boolean {
  return rule.maxSourcesPerTarget !== undefined || rule.type === COMPONENT_OF;
}

/**
 * Refuses a relationship whose target already has as many sources of the type as it may (a port already
 * cabled), naming them. The target is locked first (locksTarget), so of concurrent relates to one target
 * only the first passes: the others read, in a statement after the lock, what it committed.
 */
async function checkSourcesOfTarget(tx: Tx, rule: RelationshipRule, fromId: string, to: Record<string, string>) {
  const max = rule.maxSourcesPerTarget;
  if (max === undefined) return;
  const others = await tx.run(
    `MATCH (a:CI)-[:${rule.type}]->(b:CI {id: $toId}) WHERE a.id <> $fromId RETURN a.id AS id ORDER BY id LIMIT $max`,
    { fromId, toId: to.id, max },
  );
  if (others.length >= max) {
    throw badInput(
      'to',
      `a ${to.class} takes at most ${max} ${rule.type}; ${to.id} already has ${others.map((o) => String(o.id)).join(', ')} (remove it first)`,
    );
  }
}

/**
 * Refuses `from -[type]-> to` when `to` already reaches `from`, and makes that check hold against
 * concurrent relates.
 *
 * Why these locks, and why they are enough. Locking only the two endpoints is not: with b→c and d→a
 * committed, relate(a→b) and relate(c→d) share no endpoint, each sees no path back, and together they
 * close a→b→c→d→a. What this check reads is the set of nodes `to` reaches; the set can only grow
 * through a new edge whose source is already in it, and every relate locks its source (as does
 * unrelate, which could otherwise remove an edge this set was read through). So this transaction
 * write-locks every node `to` reaches, then reads the set again under those locks until no unlocked
 * node is left. From then on nobody can add an edge out of that set until this transaction ends, so
 * the set it checks `from` against is the committed one. Any two relates that together close a cycle
 * a→b ⇝ x→y ⇝ a conflict: x is in b's set (locked by the first) and x is the second's source (locked by
 * it), so one waits for the other and then sees its edge. (A cycle through k new edges: each pair of
 * neighbours on it conflicts the same way.) Locks are taken in id order to make deadlocks rare; the
 * executor retries the ones Neo4j detects. Nodes are locked by a no-op write, as `lockItem` does.
 */
async function lockReachAndCheckNoCycle(tx: Tx, rule: RelationshipRule, fromId: string, toId: string) {
  const locked = new Set<string>();
  // Usually two passes: one locks what it read, the next finds nothing new under those locks.
  for (;;) {
    const rows = await tx.run(
      `MATCH (b:CI {id: $toId})-[:${rule.type}*0..]->(r:CI)
       WITH DISTINCT r WHERE NOT r.id IN $locked
       WITH r ORDER BY r.id
       SET r._lock = true REMOVE r._lock
       RETURN r.id AS id`,
      { toId, locked: [...locked] },
    );
    if (rows.length === 0) break;
    for (const row of rows) locked.add(row.id as string);
  }
  if (locked.has(fromId)) {
    throw badInput('to', `${rule.type} may not form a cycle: ${toId} already reaches ${fromId} through ${rule.type}`);
  }
}

export async function unrelate(
  db: Executor,
  ctx: WriteContext,
  fromId: string,
  type: string,
  toId: string,
): Promise<boolean> {
  const rule = ruleOrThrow(type);
  return db.writeTx('unrelate', async (tx) => {
    // Lock the source first: concurrent unrelates of one edge then run one after the other, and the
    // match below (a new statement, after the lock) sees the edge only in the first; the rest answer
    // false and log nothing. It also keeps relate's cycle check sound (lockReachAndCheckNoCycle).
    if (!(await lockItem(tx, fromId))) return false;
    const rows = await tx.run(
      `MATCH (a:CI {id: $fromId})-[r:${rule.type}]->(b:CI {id: $toId})
       WITH a, b, r, properties(r) AS props
       DELETE r
       RETURN a.class AS fromClass, b.class AS toClass, props`,
      { fromId, toId },
    );
    if (rows.length === 0) return false;
    const row = rows[0] as { fromClass: string; toClass: string; props: Record<string, unknown> };
    await appendChanges(tx, ctx, [
      {
        op: 'UNRELATE',
        ciId: fromId,
        ciClass: row.fromClass,
        before: { type, properties: row.props },
        after: null,
        relationship: { type, toId, toClass: row.toClass },
      },
    ]);
    if (IP_SCOPE_TYPES.has(rule.type)) await checkIpSpace(tx, [{ id: fromId, class: row.fromClass }], 'to');
    return true;
  });
}

export type Direction = 'OUT' | 'IN';

/** A neighbour together with the relationship that leads to it. */
export interface Neighbour {
  item: Item;
  properties: Record<string, unknown>;
}

/**
 * Neighbours of many CIs along one type and direction, in one query, in
 * the order of `ids` (for DataLoader). Each list is ordered by name.
 */
/** `(from)-[rel:TYPE]->(to:CI)` or its reverse; the type is taken from the rule table, never from the caller. */
export function neighbourPattern(
  type: RelationshipType,
  direction: Direction,
  from: string,
  rel: string,
  to: string,
): string {
  const rule = ruleOrThrow(type);
  return direction === 'OUT'
    ? `(${from})-[${rel}:${rule.type}]->(${to}:CI)`
    : `(${from})<-[${rel}:${rule.type}]-(${to}:CI)`;
}

export async function neighbours(
  db: Executor,
  type: RelationshipType,
  direction: Direction,
  ids: readonly string[],
): Promise<Neighbour[][]> {
  const pattern = neighbourPattern(type, direction, 'n', 'r', 'm');
  const rows = await db.read(
    `neighbours.${type}.${direction}`,
    `UNWIND $ids AS id
     MATCH (n:CI {id: id})
     CALL (n) {
       MATCH ${pattern}
       WITH m, r ORDER BY m.name, m.id
       RETURN collect({node: m {.*}, properties: properties(r)}) AS found
     }
     RETURN id, found`,
    { ids },
  );
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.found as { node: Record<string, unknown>; properties: Record<string, unknown> }[]).map((f) => ({
        item: itemFromNode(f.node),
        properties: f.properties,
      })),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
