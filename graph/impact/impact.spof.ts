/**
 * Single points of failure and root-cause candidates. Both load the
 * downstream closure of the CIs asked about once (everything whose failure
 * could reach them, each with all its inputs, so the closure evaluates
 * exactly on its own) and then replay one failure per candidate in memory.
 */
import type { Executor } from '../platform/executor';
import { EstateError, notFound } from '../platform/errors';
import { ImpactEvaluation } from './impact.engine';
import type { Baseline, BaselineFn, ImpactNode } from './impact.engine';
import { checkDepth, checkIds } from './impact';
import { IMPACT_LIMITS } from './impact.rules';
import type { ImpactState } from './impact.rules';
import { loadClosure } from './impact.source';
import { dedupe, MemorySource, traverse } from './impact.traversal';

async function closureOf(db: Executor, op: string, ids: readonly string[], depth: number) {
  const closure = await db.readTx(op, (tx) => loadClosure(tx, ids, depth));
  if (closure.size > IMPACT_LIMITS.maxClosure) {
    throw new EstateError('LIMIT_EXCEEDED', `the analysis would examine ${closure.size} CIs`, [
      { field: 'maxDepth', reason: `at most ${IMPACT_LIMITS.maxClosure} CIs (server limit); lower maxDepth` },
    ]);
  }
  return closure;
}

/** How many hops each CI of the closure lies below `from`, following inputs. */
function depthsBelow(from: string, closure: ReadonlyMap<string, ImpactNode>): Map<string, number> {
  const depth = new Map([[from, 0]]);
  let level = [from];
  for (let d = 1; level.length > 0; d++) {
    const next: string[] = [];
    for (const id of level) {
      for (const input of closure.get(id)?.inputs ?? []) {
        if (depth.has(input.id) || !closure.has(input.id)) continue;
        depth.set(input.id, d);
        next.push(input.id);
      }
    }
    level = next;
  }
  return depth;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface SinglePointOfFailure {
  id: string;
  class: string;
  name: string;
  /** Hops below the service. */
  depth: number;
}

export interface SpofReport {
  serviceId: string;
  /** The service's state before any further failure (OK unless reported failures already hit it). */
  state: ImpactState;
  /** Each CI whose loss alone takes the service DOWN, by depth, class, name and id. */
  items: SinglePointOfFailure[];
  /** CIs examined (the service's closure). */
  examined: number;
}

/** The single points of failure of `serviceId` within its loaded closure (pure; exact on a full closure). */
export async function spofInClosure(
  closure: ReadonlyMap<string, ImpactNode>,
  serviceId: string,
  baseline: Baseline,
): Promise<SpofReport> {
  // The closure holds every input of the service, so its states under the baseline are exact; each
  // replayed failure starts from them (a CI the replay does not load keeps its derived state).
  const before = new ImpactEvaluation([], baseline);
  before.add(closure.values());
  const state = before.state(serviceId);
  const depths = depthsBelow(serviceId, closure);
  const report: SpofReport = { serviceId, state, items: [], examined: depths.size };
  if (state === 'DOWN') return report;
  const derived: BaselineFn = (id, status) => before.state(id, status);
  const source = new MemorySource(closure);
  const down = (evaluation: ImpactEvaluation) => evaluation.has(serviceId) && evaluation.state(serviceId) === 'DOWN';
  for (const [id, depth] of depths) {
    if (id === serviceId) continue;
    const { evaluation } = await traverse(source, [id], {
      maxDepth: Infinity,
      baseline: derived,
      stopWhen: down,
      hits: false,
    });
    if (down(evaluation)) {
      const node = closure.get(id)!;
      report.items.push({ id, class: node.class, name: node.name, depth });
    }
  }
  report.items.sort((a, b) => a.depth - b.depth || cmp(a.class, b.class) || cmp(a.name, b.name) || cmp(a.id, b.id));
  return report;
}

export async function singlePointsOfFailure(
  db: Executor,
  serviceId: string,
  options: { maxDepth?: number; baseline?: Baseline } = {},
): Promise<SpofReport> {
  const depth = checkDepth(options.maxDepth);
  const closure = await closureOf(db, 'singlePointsOfFailure', [serviceId], depth);
  if (!closure.has(serviceId)) throw notFound('CI', serviceId, 'serviceId');
  return spofInClosure(closure, serviceId, options.baseline ?? 'HEALTHY');
}

export interface RootCauseCandidate {
  id: string;
  class: string;
  name: string;
  /** The failing CIs this CI's failure alone would take DOWN (itself included when it is one; never only itself). */
  explained: string[];
  /** The failing CIs it would only degrade. */
  degraded: string[];
  /** Hops from this CI to the farthest failing CI it explains. */
  distance: number;
}

export interface RootCauseReport {
  failing: string[];
  unknownIds: string[];
  duplicateIds: string[];
  /** Ranked: most failures explained first, then the shortest distance, then class, name and id. */
  candidates: RootCauseCandidate[];
}

const rank = (a: RootCauseCandidate, b: RootCauseCandidate): number =>
  b.explained.length - a.explained.length ||
  a.distance - b.distance ||
  cmp(a.class, b.class) ||
  cmp(a.name, b.name) ||
  cmp(a.id, b.id);

/**
 * The CIs of a loaded closure whose failure alone would explain most of the
 * failing ones, assuming everything else healthy (pure). A candidate can
 * only explain failing CIs that stand on it, so candidates are tried from
 * the one most failing CIs stand on down, and the search stops when no
 * untried one could enter the top `first`.
 */
export async function rankRootCauses(
  closure: ReadonlyMap<string, ImpactNode>,
  failing: readonly string[],
  first: number,
): Promise<RootCauseCandidate[]> {
  const reach = new Map<string, number>();
  for (const id of failing) {
    for (const below of depthsBelow(id, closure).keys()) reach.set(below, (reach.get(below) ?? 0) + 1);
  }
  const order = [...reach].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const source = new MemorySource(closure);
  const best: RootCauseCandidate[] = [];
  const failingSet = new Set(failing);
  for (const [id, standOn] of order) {
    const worst = best.length === first ? best[best.length - 1].explained.length : 0;
    if (standOn < worst) break;
    const { hit } = await traverse(source, [id], { maxDepth: Infinity, baseline: 'HEALTHY' });
    const mine = hit.filter((h) => failingSet.has(h.id));
    const explained = mine.filter((h) => h.state === 'DOWN');
    // A failing CI that explains only its own failure is no candidate.
    if (explained.length === 0 || (explained.length === 1 && explained[0].id === id)) continue;
    const node = closure.get(id)!;
    best.push({
      id,
      class: node.class,
      name: node.name,
      explained: explained.map((h) => h.id).sort(),
      degraded: mine
        .filter((h) => h.state !== 'DOWN')
        .map((h) => h.id)
        .sort(),
      distance: Math.max(...explained.map((h) => h.distance)),
    });
    best.sort(rank);
    if (best.length > first) best.pop();
  }
  return best;
}

export async function rootCauseCandidates(
  db: Executor,
  failing: readonly string[],
  options: { maxDepth?: number; first: number },
): Promise<RootCauseReport> {
  checkIds(failing, 'failing');
  const depth = checkDepth(options.maxDepth);
  const { unique, duplicates } = dedupe(failing);
  const closure = await closureOf(db, 'rootCauseCandidates', unique, depth);
  const known = unique.filter((id) => closure.has(id));
  return {
    failing: known,
    unknownIds: unique.filter((id) => !closure.has(id)),
    duplicateIds: duplicates,
    candidates: await rankRootCauses(closure, known, options.first),
  };
}
