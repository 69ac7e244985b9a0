/**
 * Writing a batch of decided relationship rows: one statement per batch
 * that re-checks what each row was decided on, writes every relationship
 * (all types), checks the acyclic types for cycles the batch closed, and
 * appends the change records (the same-transaction outbox), so the batch
 * costs one round trip and each end is found once.
 *
 * A batch may have been decided ahead, in a read transaction, while the
 * batch before it was being written (import.pipeline.ts). Rows of the same
 * file cannot make that decision wrong (the seen set refuses a second row
 * for a relationship or a capped slot, and cycles are checked here, after
 * the write), but another writer can. So each row's decision is checked
 * again where it is written: the relationship's properties are still the
 * ones decided on (none for a create), the source still has room under the
 * per-source cap, the target under the per-target cap, and both ends still
 * exist. A row that fails it throws StaleBatchError: the transaction rolls
 * back and the pipeline decides the batch again inside its write
 * transaction. Rows that close a cycle among the file's rows (this batch's
 * or earlier batches') are refused (RowsRefusedOnWrite) and the batch is
 * written again without them. Either way nothing is appended: the change
 * records are the statement's last step, taken only when the batch stands.
 */
import type { Tx } from '../../graph/platform/executor';
import { appendChangesCypher, changeParams } from '../../graph/platform/changelog.writer';
import type { WriteContext } from '../../graph/platform/changelog.writer';
import { maxTargets, RELATIONSHIP_RULES, relationshipRule } from '../../graph/model/relationships.rules';
import type { RelationshipRule } from '../../graph/model/relationships.rules';
import type { RowError } from './row.values';
import { StaleBatchError } from './import.write';

type PropValue = string | number | boolean;

/** A row decided to be created or updated, as the write needs it. */
export interface RelationshipWrite {
  row: number;
  line: number;
  type: string;
  from: { id: string; className: string };
  to: { id: string; className: string };
  /** The properties it was decided to have now: null when it did not exist. */
  before: Record<string, PropValue> | null;
  props: Record<string, PropValue>;
}

/** Thrown from a write: these rows must be refused and the batch written again without them. */
export class RowsRefusedOnWrite extends Error {
  constructor(readonly refused: ReadonlyMap<number, RowError>) {
    super(`${refused.size} row(s) refused while writing`);
    this.name = 'RowsRefusedOnWrite';
  }
}

/**
 * Whether a relationship of this rule from a CI of this class could close a
 * cycle: only when the type is acyclic and the class may also be its
 * target, since the path back from the target ends with one of its
 * relationships into the source (everything in the graph and in the file
 * obeys the rule table).
 */
export function mayCloseCycle(rule: RelationshipRule, fromClass: string): boolean {
  return rule.acyclic && rule.to.includes(fromClass);
}

/**
 * The batch's statement, for the types it holds (in table order, so the text and its plan are reused).
 * Types and labels come from the rule table, never from the file. Every check is read before the first
 * MERGE (the planner puts an Eager between them), so a row is checked against the graph as it was decided
 * on, not against the rows before it in the batch. The subqueries sit in a WITH, where they are planned as
 * RollUpApply (batchLookupQuery says why), and name their types so they expand between the two ends.
 */
export function batchWriteQuery(rules: readonly RelationshipRule[]): string {
  const types = (rs: readonly RelationshipRule[]) => rs.map((r) => r.type).join('|');
  const cappedOut = rules.filter((r) => r.maxTargetsPerSource !== undefined);
  const cappedIn = rules.filter((r) => r.maxSourcesPerTarget !== undefined);
  const acyclic = rules.filter((r) => r.acyclic);
  const others = cappedOut.length
    ? `size(COLLECT { MATCH (a)-[r:${types(cappedOut)}]->(x:CI) WHERE row.cap IS NOT NULL AND type(r) = row.type AND x <> b RETURN x })`
    : '0';
  const sources = cappedIn.length
    ? `size(COLLECT { MATCH (x:CI)-[r:${types(cappedIn)}]->(b) WHERE row.capIn IS NOT NULL AND type(r) = row.type AND x <> a RETURN x })`
    : '0';
  const merges = rules.map(
    (rule) => `CALL (row, a, b) {
  WITH row, a, b WHERE row.type = '${rule.type}'
  MERGE (a)-[r:${rule.type}]->(b)
  SET r = row.props
}`,
  );
  const cycles = acyclic.length
    ? `CALL (cyclic) {
  UNWIND cyclic AS c
  WITH c, c.from AS a
  WHERE ${acyclic.map((r) => `(c.type = '${r.type}' AND EXISTS { (a)-[:${r.type}*1..]->(a) })`).join(' OR ')}
  RETURN collect(c.row) AS cycles
}`
    : 'WITH *, [] AS cycles';
  return `
UNWIND $rows AS row
MATCH (a:CI {id: row.from}) MATCH (b:CI {id: row.to})
WITH row, a, b,
  COLLECT { MATCH (a)-[r:${types(rules)}]->(b) WHERE type(r) = row.type RETURN properties(r) } AS now,
  ${others} AS others,
  ${sources} AS sources
WITH row, a, b,
  CASE WHEN row.before IS NULL THEN size(now) = 0 ELSE now[0] = row.before END
    AND (row.cap IS NULL OR others < row.cap) AND (row.capIn IS NULL OR sources < row.capIn) AS current
${merges.join('\n')}
WITH collect(CASE WHEN NOT current THEN row.row END) AS stale,
  collect(CASE WHEN row.cyclic THEN {row: row.row, type: row.type, from: a} END) AS cyclic,
  collect({op: 'RELATE', ciId: a.id, ciClass: a.class, before: row.beforeJson, after: row.afterJson,
           relType: row.type, otherId: b.id, otherClass: b.class}) AS changes,
  count(*) AS written
${cycles}
WITH written, stale, cycles,
  CASE WHEN written = size($rows) AND size(stale) = 0 AND size(cycles) = 0 THEN changes ELSE [] END AS appended
${appendChangesCypher('appended')}
RETURN written, stale, cycles`;
}

/** A row as the statement reads it: the relationship, what it was decided on, and its change's JSON. */
function writeRow(w: RelationshipWrite) {
  const rule = relationshipRule(w.type)!;
  return {
    row: w.row,
    type: w.type,
    from: w.from.id,
    to: w.to.id,
    props: w.props,
    before: w.before,
    cap: maxTargets(rule, w.from.className) ?? null,
    capIn: rule.maxSourcesPerTarget ?? null,
    cyclic: mayCloseCycle(rule, w.from.className),
    // As changeRows writes a change's before and after.
    beforeJson: w.before === null ? null : JSON.stringify({ type: w.type, properties: w.before }),
    afterJson: JSON.stringify({ type: w.type, properties: w.props }),
  };
}

/** Write the batch's relationships and their change records in one statement (see the file's comment). */
export async function writeRelationships(
  tx: Tx,
  writes: readonly RelationshipWrite[],
  writer: WriteContext,
  now: string,
): Promise<void> {
  if (writes.length === 0) return;
  const rules = RELATIONSHIP_RULES.filter((r) => writes.some((w) => w.type === r.type));
  const rows = writes.map(writeRow);
  const [result] = await tx.run(batchWriteQuery(rules), { ...changeParams(writer, now), rows });
  const written = result.written as number;
  const stale = result.stale as number[];
  if (written !== rows.length || stale.length) throw new StaleBatchError(rows.length, written - stale.length);
  const cycles = new Set(result.cycles as number[]);
  if (cycles.size === 0) return;
  const refused = new Map<number, RowError>();
  for (const w of writes) {
    if (!cycles.has(w.row)) continue;
    refused.set(w.row, {
      row: w.row,
      line: w.line,
      column: 'target',
      reason: `${w.type} may not form a cycle: this row closes one with other rows of the file`,
    });
  }
  throw new RowsRefusedOnWrite(refused);
}
