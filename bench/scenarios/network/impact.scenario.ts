/**
 * Impact through the wired network: a core switch (its partner carries every
 * uplink, so devices lose redundancy but stay up) and a rack PDU (every
 * device there keeps its other PSU on the B side). Estate answers the
 * operator's query (`ImpactOverview`: summary and the first 500 hit CIs
 * with their explaining paths), which loads the wired network around the
 * failed CI, works out power and connectivity, then walks the dependencies.
 *
 * The floor is the reading alone, one statement through the driver: every
 * CI wired to the failed one (a breadth-first pruned walk over COMPONENT_OF,
 * TERMINATES, MAPS_TO and FED_BY, which stays on the site: circuits are not
 * followed to the provider's network), counted, and the same 10-hop
 * dependency walk from the failed CI as the impact scenarios' floor, as ids.
 * No redundancy is judged and nothing is evaluated. A note splits Estate's
 * network part: loading the wired network (effects.load.ts) and working out
 * its effects (network.effects.ts), timed apart through the executor.
 */
import { reachableQuery } from '../../../graph/impact/impact.cypher';
import { loadNetworkAround } from '../../../graph/network/effects.load';
import { networkEffects } from '../../../graph/network/network.effects';
import type { BenchContext } from '../../context';
import { collectGarbage, timeBox } from '../../runner';
import type { Measurement, RunOptions, Scenario, ScenarioResult } from '../../runner';
import { median, p95 } from '../../stats';
import { networkTargets, withLatencyTarget } from './network.targets';
import type { NetworkTargets } from './network.targets';

const DEPTH = 10;
const FIRST = 500;

interface Outcome {
  hit: number;
  down: number;
  degraded: number;
  services: number;
  queries: number;
}

async function estate(ctx: BenchContext, failed: string): Promise<Outcome> {
  const answer = await ctx.api.sdk.ImpactOverview({ failed: [failed], maxDepth: DEPTH, first: FIRST });
  const { summary } = answer.data.impact;
  const cost = (answer.extensions as { estate?: { queries: number } } | undefined)?.estate;
  return {
    hit: summary.total,
    down: summary.down,
    degraded: summary.degraded,
    services: summary.businessServices.length,
    queries: cost?.queries ?? NaN,
  };
}

/** The wiring effects.load.ts walks, less the places, types and provider networks it reads but does not cross. */
const FLOOR = `
CALL () {
  MATCH (:CI {id: $failed})-[:COMPONENT_OF|TERMINATES|MAPS_TO|FED_BY*0..]-(w:CI)
  RETURN count(DISTINCT w) AS wired
}
OPTIONAL CALL () {
  ${reachableQuery(DEPTH).replace('x.id IN $ids', 'x.id = $failed')}
}
RETURN wired, collect(id) AS reached`;

async function floor(ctx: BenchContext, failed: string): Promise<{ wired: number; reached: number }> {
  const [row] = await ctx.floor.read(FLOOR, { failed });
  return { wired: row.wired as number, reached: (row.reached as string[]).length };
}

/** Estate's network part alone: the load, and the effects worked out over what it loaded. */
async function networkPart(
  ctx: BenchContext,
  failed: string,
): Promise<{ loadMs: number; effectsMs: number; cis: number }> {
  const t0 = performance.now();
  const topology = await ctx.executor.readTx('bench.network.load', (tx) => loadNetworkAround(tx, [failed]));
  const t1 = performance.now();
  networkEffects(topology, [failed]);
  return { loadMs: t1 - t0, effectsMs: performance.now() - t1, cis: topology.nodes.size };
}

const latency = (samples: number[]): Measurement => ({
  kind: 'latency',
  unit: 'ms',
  median: median(samples),
  p95: p95(samples),
  samples: samples.length,
});

const ms = (samples: number[]) => `median ${median(samples).toFixed(1)} ms, p95 ${p95(samples).toFixed(1)} ms`;

function networkImpact(name: string, description: string, failedOf: (targets: NetworkTargets) => string): Scenario {
  return {
    name,
    description,
    async run(ctx: BenchContext, options: RunOptions): Promise<ScenarioResult> {
      const failed = failedOf(await networkTargets(ctx));
      const first = await estate(ctx, failed);
      const reached = await floor(ctx, failed);
      const queries: number[] = [];
      const parts: { loadMs: number; effectsMs: number; cis: number }[] = [];
      const subjects: [string, () => Promise<unknown>][] = [
        ['api', async () => queries.push((await estate(ctx, failed)).queries)],
        ['floor', () => floor(ctx, failed)],
        ['network', async () => parts.push(await networkPart(ctx, failed))],
      ];
      // A large site's answer takes seconds: warm-up and runs keep to the scenario's time box.
      const box = timeBox(options);
      for (let i = 0; box.warm(i); i++) for (const [, run] of subjects) await run();
      queries.length = 0;
      parts.length = 0;
      collectGarbage();
      const samples = new Map<string, number[]>(subjects.map(([s]) => [s, []]));
      for (let round = 0; box.more(round); round++) {
        // Rotate who goes first, so drift in machine load falls on all alike.
        for (let k = 0; k < subjects.length; k++) {
          const [subject, run] = subjects[(round + k) % subjects.length];
          const t0 = performance.now();
          await run();
          samples.get(subject)!.push(performance.now() - t0);
        }
      }
      const api = samples.get('api')!;
      const raw = samples.get('floor')!;
      const notes = [
        `failed: ${failed}; Estate hits ${first.hit} CIs (${first.down} down, ${first.degraded} degraded, ${first.services} business services) in ${median(queries)} queries`,
        `the floor reads ${reached.wired} CIs wired to it and reaches ${reached.reached} CIs within ${DEPTH} dependency hops, redundancy ignored`,
        `Estate's network part through the executor (${parts[0]?.cis ?? 0} CIs loaded): load ${ms(parts.map((p) => p.loadMs))}; effects ${ms(parts.map((p) => p.effectsMs))}`,
      ];
      if (api.length < options.runs) notes.push(`stopped after ${api.length} of ${options.runs} runs (time cap)`);
      return {
        name,
        description,
        estate: latency(api),
        floor: latency(raw),
        notes,
        warnings: first.hit === 0 ? ['Estate hit nothing: the scenario measures nothing'] : [],
      };
    },
  };
}

export const networkImpactCoreSwitchScenario = withLatencyTarget(
  networkImpact(
    'network-impact-core-switch',
    'impact of one core switch through cables and panels: summary + first 500 hit CIs with paths',
    (t) => t.coreSwitch,
  ),
  250,
);

export const networkImpactPduScenario = networkImpact(
  'network-impact-pdu',
  'impact of a rack PDU through outlets and PSUs: summary + first 500 hit CIs with paths',
  (t) => t.pdu,
);
