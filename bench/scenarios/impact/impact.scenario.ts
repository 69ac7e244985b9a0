/**
 * Blast radius through the API against the same walk as one raw Cypher
 * query. Two failures: one member of a site's redundant core switch pair
 * (its partner carries on, so little is hit) and a whole site (everything
 * in it goes down, and what is paired with other sites degrades).
 *
 * Estate runs the operator's query (the table's figure): the summary (counts by class and
 * state, business services by criticality) and the first page of 500 hit
 * CIs with their state, distance, name, class and explaining path, as the
 * analysis read them (`ImpactOverview`). Notes give the same page with every
 * CI loaded whole through `item` (`Impact`). The floor is
 * the traversal alone: every CI the failure can reach over the propagating
 * relationships within the same depth, ignoring redundancy, as ids and
 * classes, one statement through the driver. For the core switch the floor
 * therefore walks the whole site while Estate stops where redundancy holds.
 * A note gives the lean query too (counts and ids only, like the floor).
 */
import { reachableQuery } from '../../../graph/impact/impact.cypher';
import type { BenchContext } from '../../context';
import { collectGarbage, MIN_RUNS } from '../../runner';
import type { Measurement, RunOptions, Scenario, ScenarioResult } from '../../runner';
import { median, p95 } from '../../stats';

const DEPTH = 10;

interface Outcome {
  hit: number;
  down: number;
  degraded: number;
  services: number;
  queries: number;
  dbMs: number;
  truncated: boolean;
}

async function estate(ctx: BenchContext, failed: string[]): Promise<Outcome> {
  const answer = await ctx.api.sdk.ImpactOverview({ failed, maxDepth: DEPTH, first: 500 });
  const { summary, truncated } = answer.data.impact;
  const cost = (answer.extensions as { estate?: { queries: number; dbMs: number } } | undefined)?.estate;
  return {
    hit: summary.total,
    down: summary.down,
    degraded: summary.degraded,
    services: summary.businessServices.length,
    queries: cost?.queries ?? NaN,
    dbMs: cost?.dbMs ?? NaN,
    truncated,
  };
}

/** The lean form: counts and the first 500 hit CIs' ids, states and distances (no names, no paths). */
async function lean(ctx: BenchContext, failed: string[]): Promise<number> {
  return (await ctx.api.sdk.ImpactIds({ failed, maxDepth: DEPTH, first: 500 })).data.impact.summary.total;
}

/** The same page with each hit CI and business service loaded whole through `item` (one more batched query). */
async function withItems(ctx: BenchContext, failed: string[]): Promise<number> {
  return (await ctx.api.sdk.Impact({ failed, maxDepth: DEPTH, first: 500 })).data.impact.summary.total;
}

async function floor(ctx: BenchContext, failed: string[]): Promise<number> {
  return (await ctx.floor.read(reachableQuery(DEPTH), { ids: failed })).length;
}

const latency = (samples: number[]): Measurement => ({
  kind: 'latency',
  unit: 'ms',
  median: median(samples),
  p95: p95(samples),
  samples: samples.length,
});

function blastRadius(name: string, description: string, failedOf: (ctx: BenchContext) => string[]): Scenario {
  return {
    name,
    description,
    async run(ctx: BenchContext, options: RunOptions): Promise<ScenarioResult> {
      const failed = failedOf(ctx);
      const first = await estate(ctx, failed);
      const reached = await floor(ctx, failed);
      const subjects: [string, () => Promise<unknown>][] = [
        ['api', async () => queries.push((await estate(ctx, failed)).queries)],
        ['lean', () => lean(ctx, failed)],
        ['items', () => withItems(ctx, failed)],
        ['floor', () => floor(ctx, failed)],
      ];
      const queries: number[] = [];
      for (let i = 0; i < options.warmup; i++) for (const [, run] of subjects) await run();
      collectGarbage();
      const samples = new Map<string, number[]>(subjects.map(([s]) => [s, []]));
      const deadline = performance.now() + options.maxSeconds * 1000;
      for (let round = 0; round < options.runs && (round < MIN_RUNS || performance.now() < deadline); round++) {
        // Rotate who goes first, so drift in machine load falls on all alike.
        for (let k = 0; k < subjects.length; k++) {
          const [subject, run] = subjects[(round + k) % subjects.length];
          const t0 = performance.now();
          await run();
          samples.get(subject)!.push(performance.now() - t0);
        }
      }
      const api = samples.get('api')!;
      const leanMs = samples.get('lean')!;
      const itemsMs = samples.get('items')!;
      const raw = samples.get('floor')!;
      const notes = [
        `failed: ${failed.join(', ')}; Estate hits ${first.hit} CIs (${first.down} down, ${first.degraded} degraded, ${first.services} business services) in ${median(queries)} queries${first.truncated ? ', truncated at maxDepth' : ''}`,
        `the floor reaches ${reached} CIs within ${DEPTH} hops, redundancy ignored`,
        `the lean query (counts + 500 ids, states, distances): median ${median(leanMs).toFixed(1)} ms, p95 ${p95(leanMs).toFixed(1)} ms, ${(median(leanMs) / median(raw)).toFixed(2)}× floor`,
        `with every hit CI and business service loaded whole through \`item\`: median ${median(itemsMs).toFixed(1)} ms, p95 ${p95(itemsMs).toFixed(1)} ms, ${(median(itemsMs) / median(raw)).toFixed(2)}× floor`,
      ];
      if (api.length < options.runs) notes.push(`stopped after ${api.length} of ${options.runs} runs (time cap)`);
      return {
        name,
        description,
        estate: latency(api),
        floor: latency(raw),
        targets: { floorRatio: 1.5 },
        notes,
        warnings: first.hit === 0 ? ['Estate hit nothing: the scenario measures nothing'] : [],
      };
    },
  };
}

export const impactCoreSwitchScenario = blastRadius(
  'impact-core-switch',
  'blast radius of one core switch of a redundant pair: summary + first 500 hit CIs with paths',
  (ctx) => [ctx.ids.coreSwitchIds[0]],
);

export const impactSiteScenario = blastRadius(
  'impact-site',
  'blast radius of a whole site through LOCATED_IN: summary + first 500 hit CIs with paths',
  (ctx) => [ctx.ids.siteIds[0]],
);
