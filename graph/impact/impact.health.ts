/**
 * Live health. Monitoring reports each CI's operationalStatus
 * (`reportStatuses`, all or nothing, with a STATUS change per CI that
 * changed); a CI's health is then derived, when asked, from the reported
 * statuses of everything it stands on, by the same rules as impact
 * analysis. Nothing derived is stored, so health is never stale.
 */
import type { Executor } from '../platform/executor';
import { appendChangesCypher, changeParams, jsonStringCypher } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { badInput, EstateError, notFound } from '../platform/errors';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { OPERATIONAL_STATUSES } from '../model/enums';
import { ImpactEvaluation } from './impact.engine';
import type { ImpactNode } from './impact.engine';
import { carries, IMPACT_LIMITS, reportedState } from './impact.rules';
import type { ImpactState } from './impact.rules';
import { CypherSource, loadClosure } from './impact.source';
import { byCriticality } from './impact.summary';
import { traverse } from './impact.traversal';

export const HEALTH_STATES = ['OPERATIONAL', 'DEGRADED', 'DOWN'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

const HEALTH_OF: Record<ImpactState, HealthState> = { OK: 'OPERATIONAL', DEGRADED: 'DEGRADED', DOWN: 'DOWN' };

export interface Health {
  state: HealthState;
  /** CIs reported DOWN or DEGRADED whose state reaches this CI (itself included), nearest first. */
  causes: string[];
}

/** The reported failures a CI's state comes from: a walk down its inputs through CIs in a bad state. */
function causesOf(id: string, closure: ReadonlyMap<string, ImpactNode>, evaluation: ImpactEvaluation): string[] {
  const causes: string[] = [];
  const seen = new Set([id]);
  let level = [id];
  while (level.length > 0) {
    const next: string[] = [];
    for (const current of level.sort()) {
      const node = closure.get(current);
      if (!node) continue;
      if (reportedState(node.status) !== 'OK') causes.push(current);
      for (const input of node.inputs) {
        if (seen.has(input.id) || !carries(input.type, evaluation.state(input.id, input.status))) continue;
        seen.add(input.id);
        next.push(input.id);
      }
    }
    level = next;
  }
  return causes;
}

/** The health of each CI in `ids`, in the same order (DataLoader's contract); an unknown id is OPERATIONAL. */
export async function healthOf(db: Executor, ids: readonly string[]): Promise<Health[]> {
  const closure = await db.readTx('health', (tx) => loadClosure(tx, ids, IMPACT_LIMITS.maxDepth));
  const evaluation = new ImpactEvaluation([], 'REPORTED');
  evaluation.add(closure.values());
  return ids.map((id) => {
    const state = evaluation.has(id) ? evaluation.state(id) : 'OK';
    return { state: HEALTH_OF[state], causes: state === 'OK' ? [] : causesOf(id, closure, evaluation) };
  });
}

export interface StatusReport {
  id: string;
  status: string;
}

export interface StatusOutcome {
  /** CIs whose status changed, as they are now, in the order reported. */
  changed: Item[];
  /** Ids whose reported status was already their status (nothing written for them). */
  unchanged: string[];
}

function checkReports(reports: readonly StatusReport[]): void {
  if (reports.length === 0) throw badInput('reports', 'give at least one status report');
  if (reports.length > IMPACT_LIMITS.maxIds) {
    throw new EstateError('LIMIT_EXCEEDED', `${reports.length} status reports in one call`, [
      { field: 'reports', reason: `at most ${IMPACT_LIMITS.maxIds} reports per call (server limit)` },
    ]);
  }
  const first = new Map<string, number>();
  reports.forEach((r, i) => {
    if (!(OPERATIONAL_STATUSES as readonly string[]).includes(r.status)) {
      throw badInput(`reports[${i}].status`, `expected one of ${OPERATIONAL_STATUSES.join(', ')}; got ${r.status}`);
    }
    const earlier = first.get(r.id);
    if (earlier !== undefined)
      throw badInput(`reports[${i}].id`, `CI ${r.id} is reported twice (also at reports[${earlier}])`);
    first.set(r.id, i);
  });
}

/**
 * The whole report as one statement: lock the reported CIs and read their
 * status, write nothing unless every one exists, set those whose status
 * changes and append their STATUS changes. Run as an auto-commit
 * transaction (Executor.writeOnce), so the change-sequence lock it takes
 * last is held only while the server finishes the statement and commits;
 * a monitoring feed's reports queue on it one after another.
 */
const REPORT = `
UNWIND range(0, size($reports) - 1) AS i
WITH i, $reports[i] AS r
OPTIONAL MATCH (n:CI {id: r.id})
WITH collect({i: i, id: r.id, status: r.status, n: n}) AS rows
CALL (rows) {
  WITH rows WHERE none(x IN rows WHERE x.n IS NULL)
  UNWIND rows AS x
  WITH x, x.n AS n
  SET n._lock = true REMOVE n._lock
  WITH x, n, n.operationalStatus AS before
  WHERE before IS NULL OR before <> x.status
  SET n.operationalStatus = x.status, n.updatedAt = $at
  WITH x, n, before ORDER BY x.i
  RETURN collect({
    item: n {.*},
    change: {
      op: 'STATUS', ciId: x.id, ciClass: n.class,
      before: '{"operationalStatus":' + ${jsonStringCypher('before')} + '}',
      after: '{"operationalStatus":' + ${jsonStringCypher('x.status')} + '}'
    }
  }) AS changed
}
WITH rows, changed, [c IN changed | c.change] AS changes
${appendChangesCypher('changes')}
RETURN [x IN rows WHERE x.n IS NULL | x.id] AS missing, [c IN changed | c.item] AS changed`;

/**
 * Set the operationalStatus of many CIs in one transaction: every id must
 * exist or nothing is written. A status report does not bump `version`
 * (monitoring must not make an editor's expectedVersion stale) but does
 * move `updatedAt` and leaves a STATUS change.
 */
export async function reportStatuses(
  db: Executor,
  ctx: WriteContext,
  reports: readonly StatusReport[],
): Promise<StatusOutcome> {
  checkReports(reports);
  const params = changeParams(ctx);
  const [row] = await db.writeOnce('reportStatuses', REPORT, {
    ...params,
    reports: reports.map((r) => ({ id: r.id, status: r.status })),
  });
  const missing = new Set(row.missing as string[]);
  const first = reports.findIndex((r) => missing.has(r.id));
  if (first >= 0) throw notFound('CI', reports[first].id, `reports[${first}].id`);
  const changed = (row.changed as Record<string, unknown>[]).map(itemFromNode);
  const changedIds = new Set(changed.map((i) => i.id));
  return { changed, unchanged: reports.filter((r) => !changedIds.has(r.id)).map((r) => r.id) };
}

/**
 * Business services whose health a change of these CIs' status can move:
 * those their failure would hit, given what else is reported down, most
 * critical first.
 */
export async function servicesTouchedBy(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { hit } = await db.readTx('servicesTouched', (tx) =>
    traverse(new CypherSource(tx), ids, { maxDepth: IMPACT_LIMITS.maxDepth, baseline: 'REPORTED' }),
  );
  return hit
    .filter((h) => h.class === 'BusinessService')
    .sort(byCriticality)
    .map((h) => h.id);
}
