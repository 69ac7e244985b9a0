/**
 * Writing one reconciled batch of item rows inside the batch's write
 * transaction: creates in one UNWIND, updates in another (each guarded by
 * the version the decision was made on), and their Change records through
 * graph/changes.ts in the same transaction, and a lifecycle event for
 * each row that moves its CI's state, so the batch and its audit trail
 * commit together or not at all. The relationships a row's reference
 * columns make (reconcile.ts) are written after the nodes, one query per
 * type, replacing the target a capped type had (a move), each recorded as
 * RELATE (and UNRELATE for the old target) as `relate` records it; the
 * lifecycle events of the rows that needed them come after.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../graph/platform/executor';
import { appendChanges } from '../../graph/platform/changelog.writer';
import type { ChangeInput, WriteContext } from '../../graph/platform/changelog.writer';
import { labelsFor } from '../../graph/items/items';
import { RECORD_EVENTS, replaceTarget } from '../../graph/lifecycle/lifecycle.cypher';
import { creationEvent } from '../../graph/lifecycle/lifecycle';
import type { ImportedCreation, ImportedTransition } from './lifecycle.import';
import type { ItemOutcome, RelateChange, UpdateOutcome } from './reconcile';

/** A CI of the batch moved between the decision and the write: the batch must be decided again. */
export class StaleBatchError extends Error {
  constructor(
    readonly expected: number,
    readonly written: number,
  ) {
    super(`${expected - written} CI(s) of the batch changed while it was being written`);
    this.name = 'StaleBatchError';
  }
}

const createQuery = (className: string) =>
  `UNWIND $rows AS row CREATE (n${labelsFor(className)}) SET n = row RETURN count(n) AS created`;

/**
 * Lock each node before comparing its version, so a concurrent writer that
 * commits in between is seen (Neo4j does not re-check a WHERE after a lock wait).
 */
const UPDATE = `
UNWIND $rows AS row
MATCH (n:CI {id: row.id})
SET n._lock = true REMOVE n._lock
WITH n, row WHERE n.version = row.version
SET n += row.props, n.version = n.version + 1, n.updatedAt = $now
RETURN count(n) AS updated`;

export async function writeItemOutcomes(
  tx: Tx,
  className: string,
  outcomes: readonly ItemOutcome[],
  writer: WriteContext,
  now: string,
): Promise<void> {
  const changes: ChangeInput[] = [];
  const creates: Record<string, unknown>[] = [];
  const updates: { id: string; version: number; props: Record<string, unknown> }[] = [];
  const moves: { change: number; outcome: UpdateOutcome & { transition: ImportedTransition } }[] = [];
  const born: { change: number; ciId: string; creation: ImportedCreation }[] = [];
  for (const o of outcomes) {
    if (o.action === 'create') {
      creates.push(o.props);
      if (o.creation) born.push({ change: changes.length, ciId: o.ciId, creation: o.creation });
      changes.push({ op: 'CREATE', ciId: o.ciId, ciClass: className, before: null, after: o.props });
    } else if (o.action === 'update' && Object.keys(o.props).length > 0) {
      // An update may only move a relationship (a new location): then the node and its version stay.
      updates.push({ id: o.ciId, version: o.version, props: o.props });
      if (o.transition) moves.push({ change: changes.length, outcome: { ...o, transition: o.transition } });
      changes.push({ op: 'UPDATE', ciId: o.ciId, ciClass: className, before: o.before, after: o.after });
    }
  }
  if (creates.length) await tx.run(createQuery(className), { rows: creates });
  if (updates.length) {
    const [{ updated }] = await tx.run(UPDATE, { rows: updates, now });
    if (updated !== updates.length) throw new StaleBatchError(updates.length, updated as number);
  }
  changes.push(...(await writeRelationships(tx, className, outcomes)));
  const seqs = await appendChanges(tx, writer, changes, now);
  if (moves.length || born.length) {
    // Every lifecycle move is recorded as an event, as transitionLifecycle records it, linked to its change;
    // a CI created past PLANNED by one event from null, linked to its CREATE change, as createItem records it.
    const events = [
      ...born.map(({ change, ciId, creation: c }) =>
        creationEvent({ id: ciId, transition: { to: c.to }, details: c.details }, seqs[change]),
      ),
      ...moves.map(({ change, outcome: o }) => ({
        id: randomUUID(),
        ciId: o.ciId,
        from: o.transition.from,
        to: o.transition.to,
        details: JSON.stringify(o.transition.details),
        changeSeq: seqs[change],
      })),
    ];
    await tx.run(RECORD_EVENTS, {
      events,
      actor: writer.actor,
      source: writer.source,
      requestId: writer.requestId,
      at: now,
    });
  }
}

/**
 * The rows' relationships, one query per type (types come from the rule table): each points its CI at the
 * row's target, removing the target it had (capped types: one location, one owner). A CI or target gone
 * since the decision (a batch decided ahead named a CI of the batch before, decided again) makes the batch
 * stale, so it is decided again.
 */
async function writeRelationships(tx: Tx, className: string, outcomes: readonly ItemOutcome[]): Promise<ChangeInput[]> {
  const byType = new Map<string, { i: number; id: string; targetId: string }[]>();
  for (const o of outcomes) {
    if (o.action !== 'create' && o.action !== 'update') continue;
    for (const r of o.relate ?? ([] as RelateChange[])) {
      const rows = byType.get(r.type) ?? [];
      rows.push({ i: rows.length, id: o.ciId, targetId: r.toId });
      byType.set(r.type, rows);
    }
  }
  const changes: ChangeInput[] = [];
  for (const [type, rows] of byType) {
    const written = await tx.run(replaceTarget(type as RelateChange['type']), { rows });
    if (written.length !== rows.length) throw new StaleBatchError(rows.length, written.length);
    for (const w of written) {
      const row = rows[w.i as number];
      const relationship = (toId: string, toClass: string) => ({ type, toId, toClass });
      for (const old of w.removed as { id: string; class: string; props: Record<string, unknown> }[]) {
        changes.push({
          op: 'UNRELATE',
          ciId: row.id,
          ciClass: className,
          before: { type, properties: old.props },
          after: null,
          relationship: relationship(old.id, old.class),
        });
      }
      if (!w.existed) {
        changes.push({
          op: 'RELATE',
          ciId: row.id,
          ciClass: className,
          before: null,
          after: { type, properties: {} },
          relationship: relationship(row.targetId, w.toClass as string),
        });
      }
    }
  }
  return changes;
}
