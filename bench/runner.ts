/**
 * The shared bench runner: warm-up, repeated timed runs, median and p95,
 * throughput, and the ratio of Estate to each baseline.
 *
 * ## Writing a scenario
 *
 * A scenario is one module in `bench/scenarios/<name>.scenario.ts` exporting
 * a `Scenario`, listed in `bench/scenarios/index.ts`:
 *
 * ```ts
 * interface Scenario {
 *   name: string;          // kebab-case, what `--scenario NAME` selects
 *   description: string;   // one line for the table's notes
 *   run(ctx: BenchContext, options: RunOptions): Promise<ScenarioResult>;
 * }
 * ```
 *
 * `ctx` (bench/context.ts) holds the seeded estate's ids, Estate's API (the
 * generated SDK over HTTP), the @neo4j/graphql peer (`ctx.peer.request`), the
 * floor (`ctx.floor.read`, raw driver) and Estate's executor for set-up.
 * `options` carries the user's `--runs`, `--warmup` and the scenario's time
 * cap (`maxSeconds`, its share of the run's budget); honour them, with
 * `timeBox(options)` or through `measureLatency` / `throughput`, so
 * `--runs 5` gives a quick smoke run and a busy machine does not overrun.
 *
 * Two ways to build one:
 *
 * 1. A read compared side by side: `comparison({ name, description,
 *    variables, estate, floor, peer?, targets?, concurrency? })`. Each of
 *    `estate`, `floor` and `peer` fetches the same data its own way and
 *    returns it in one common plain shape (ids and names, say); the runner
 *    checks once that the three agree (a warning in the report if not), then
 *    times them interleaved, run by run, so a load spike hits all alike.
 *    `targets` declares what the issue promises (`floorRatio: 1.5`,
 *    `beatPeer: true`); the report marks each met or missed.
 *
 * 2. Anything else (impact latency, import throughput, subscription
 *    fan-out): write `run` yourself and use `measureLatency` or
 *    `throughput` below to make `Measurement`s. Return at least `estate`;
 *    add `floor` / `peer` when there is a fair baseline, `notes` for
 *    figures that do not fit the table (events/s, rows imported, …) and
 *    `warnings` when something was off. A write scenario must leave the
 *    estate as it found it: the bench reuses the seeded store between runs
 *    and reseeds it when the CI or relationship count no longer matches. Give
 *    the CIs it creates ids of its own that include `ctx.runId` (Estate never
 *    reuses the id of a deleted CI) and delete them afterwards.
 *
 * A Measurement is either latency (unit `ms`, lower is better; median and
 * p95 over the runs) or throughput (any `…/s` unit, higher is better; median
 * over the runs). The ratio in the table is always "how many times slower
 * than the baseline": Estate ÷ baseline for latency, baseline ÷ Estate for
 * throughput, so below 1 means Estate was faster.
 *
 * No timing assertions here or in the test suite: the bench reports, it does
 * not fail on a slow run.
 */
import type { BenchContext, RequestCost } from './context';
import { median, p95 } from './stats';

export interface RunOptions {
  /** Timed runs per subject. */
  runs: number;
  /** Untimed runs per subject first. */
  warmup: number;
  /** Stop taking runs once a scenario has used this long (it still gets at least `minRuns`). */
  maxSeconds: number;
}

/** Timed runs a subject gets however busy the machine (the time cap stops it after these). */
export const MIN_RUNS = 5;

/**
 * The time a scenario may take, from now: warm-up may use its first quarter (one run at least), timed
 * runs the rest (MIN_RUNS at least), so a slow machine shortens the runs rather than the budget.
 */
export function timeBox(options: RunOptions): { warm(i: number): boolean; more(i: number): boolean } {
  const start = performance.now();
  const cap = options.maxSeconds * 1000;
  return {
    warm: (i) => i < options.warmup && (i === 0 || performance.now() - start < cap / 4),
    more: (i) => i < options.runs && (i < MIN_RUNS || performance.now() - start < cap),
  };
}

export interface Measurement {
  kind: 'latency' | 'throughput';
  /** `ms` for latency; `ops/s`, `rows/s`, `events/s`, … for throughput. */
  unit: string;
  median: number;
  /** Latency only: the 95th percentile. */
  p95?: number;
  /** How many samples the figures come from. */
  samples: number;
  /** For concurrent latency runs: completed operations per second over the whole run. */
  opsPerSecond?: number;
  concurrency?: number;
}

export interface Targets {
  /** Estate's median at most this many times the floor's. */
  floorRatio?: number;
  /** Estate's median below the peer's. */
  beatPeer?: boolean;
}

export interface ScenarioResult {
  name: string;
  description: string;
  estate: Measurement;
  floor?: Measurement;
  peer?: Measurement;
  targets?: Targets;
  notes: string[];
  warnings: string[];
}

export interface Scenario {
  name: string;
  description: string;
  /**
   * For work of a fixed size (an import of N rows) that cannot stop at its cap: about how long it takes.
   * The runner sets this much aside from the budget up front, so the scenarios that can be cut short
   * share what is left and the run as a whole keeps to its budget.
   */
  fixedSeconds?: number;
  /** A read that is cheap to repeat: the database warm-up runs it (see warmDatabase). */
  read?: boolean;
  run(ctx: BenchContext, options: RunOptions): Promise<ScenarioResult>;
}

/** How many times slower Estate is than the baseline (below 1: faster). */
export function ratio(estate: Measurement, baseline: Measurement | undefined): number | undefined {
  if (!baseline) return undefined;
  return estate.kind === 'latency' ? estate.median / baseline.median : baseline.median / estate.median;
}

/** Each target with whether it was met; `undefined` where a baseline is missing. */
export function targetOutcomes(result: ScenarioResult): { label: string; met: boolean | undefined }[] {
  const out: { label: string; met: boolean | undefined }[] = [];
  const { targets } = result;
  if (targets?.floorRatio !== undefined) {
    const r = ratio(result.estate, result.floor);
    out.push({ label: `≤ ${targets.floorRatio}× floor`, met: r === undefined ? undefined : r <= targets.floorRatio });
  }
  if (targets?.beatPeer) {
    const r = ratio(result.estate, result.peer);
    out.push({ label: 'faster than peer', met: r === undefined ? undefined : r < 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Measuring

export interface LatencyOptions extends RunOptions {
  /** Operations in flight at once (default 1: one after another). */
  concurrency?: number;
}

/** Latency of `op` (median, p95 in ms) after a warm-up; with concurrency > 1 also operations per second. */
export async function measureLatency(
  op: (i: number) => Promise<unknown>,
  options: LatencyOptions,
): Promise<Measurement> {
  const concurrency = options.concurrency ?? 1;
  const box = timeBox(options);
  for (let i = 0; box.warm(i); i++) await op(i);
  collectGarbage();
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (box.more(next)) {
      const i = next++;
      const t0 = performance.now();
      await op(i);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = (performance.now() - started) / 1000;
  return latencyOf(samples, concurrency, wall);
}

/** Throughput of repeated runs of `op`, each returning how many units it handled (rows, events, …). */
export async function throughput(
  op: (i: number) => Promise<number>,
  unit: string,
  options: RunOptions,
): Promise<Measurement> {
  const box = timeBox(options);
  for (let i = 0; box.warm(i); i++) await op(i);
  collectGarbage();
  const rates: number[] = [];
  for (let i = 0; box.more(i); i++) {
    const t0 = performance.now();
    const units = await op(i);
    rates.push(units / ((performance.now() - t0) / 1000));
  }
  return { kind: 'throughput', unit, median: median(rates), samples: rates.length };
}

function latencyOf(samples: number[], concurrency: number, wallSeconds: number): Measurement {
  return {
    kind: 'latency',
    unit: 'ms',
    median: median(samples),
    p95: p95(samples),
    samples: samples.length,
    ...(concurrency > 1 ? { concurrency, opsPerSecond: samples.length / wallSeconds } : {}),
  };
}

/** With `node --expose-gc` (as `npm run bench` runs), start each measurement from a clean heap. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// ---------------------------------------------------------------------------
// Side-by-side reads

type Fetch<V> = (ctx: BenchContext, variables: V, i: number) => Promise<unknown>;

export interface ComparisonSpec<V> {
  name: string;
  description: string;
  /** The request's inputs, from the estate's well-known ids; computed once. */
  variables(ctx: BenchContext): V | Promise<V>;
  /** Estate through its GraphQL API; returns the data in the scenario's common shape. */
  estate: Fetch<V>;
  /** The same data from one hand-written Cypher statement, same shape. */
  floor: Fetch<V>;
  /** The same GraphQL request answered by @neo4j/graphql, same shape. */
  peer?: Fetch<V>;
  targets?: Targets;
  /** Requests in flight at once (default 1). */
  concurrency?: number;
}

type Subject = 'estate' | 'floor' | 'peer';

/** A scenario that times Estate, the floor and the peer fetching the same data, interleaved. */
export function comparison<V>(spec: ComparisonSpec<V>): Scenario {
  return {
    name: spec.name,
    description: spec.description,
    read: true,
    async run(ctx, options) {
      const box = timeBox(options);
      const variables = await spec.variables(ctx);
      const subjects: [Subject, Fetch<V>][] = [
        ['estate', spec.estate],
        ['floor', spec.floor],
      ];
      if (spec.peer) subjects.push(['peer', spec.peer]);

      const warnings: string[] = [];
      const notes: string[] = [];
      ctx.api.lastCost = undefined;
      const first = [await spec.estate(ctx, variables, 0)];
      const queries = (ctx.api.lastCost as RequestCost | undefined)?.queries;
      for (const [, fetch] of subjects.slice(1)) first.push(await fetch(ctx, variables, 0));
      for (let s = 1; s < subjects.length; s++) {
        const difference = firstDifference(first[0], first[s]);
        if (difference) warnings.push(`${subjects[s][0]} returned different data than Estate: ${difference}`);
      }
      if (isEmpty(first[0])) warnings.push('Estate returned no data: the comparison measures nothing');

      for (let i = 0; box.warm(i); i++) {
        for (const [, fetch] of subjects) await fetch(ctx, variables, i);
      }
      collectGarbage();
      const samples = await interleaved(ctx, subjects, variables, box, spec.concurrency ?? 1);
      if (queries !== undefined) {
        const db = samples.estateDbMs;
        notes.push(
          `one Estate request ran ${queries} Cypher ${queries === 1 ? 'query' : 'queries'}` +
            (db === undefined ? '' : `, median ${db} ms of it in them (summed; queries run side by side overlap)`),
        );
      }
      const taken = samples.estate.samples;
      if (taken < options.runs) notes.push(`stopped after ${taken} of ${options.runs} runs (time cap)`);
      return {
        name: spec.name,
        description: spec.description,
        estate: samples.estate,
        floor: samples.floor,
        peer: samples.peer,
        targets: spec.targets,
        notes,
        warnings,
      };
    },
  };
}

/**
 * Runs are taken in rounds; in each round every subject runs once (or, with concurrency c, c requests at
 * once), in an order that rotates, so drift in machine load spreads evenly over the subjects.
 */
async function interleaved<V>(
  ctx: BenchContext,
  subjects: [Subject, Fetch<V>][],
  variables: V,
  box: ReturnType<typeof timeBox>,
  concurrency: number,
): Promise<Partial<Record<Subject, Measurement>> & { estate: Measurement; estateDbMs?: number }> {
  const samples = new Map<Subject, number[]>(subjects.map(([s]) => [s, []]));
  const dbMs: number[] = [];
  const wall = new Map<Subject, number>(subjects.map(([s]) => [s, 0]));
  for (let round = 0; box.more(round); round++) {
    for (let k = 0; k < subjects.length; k++) {
      const [subject, fetch] = subjects[(round + k) % subjects.length];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async (_, c) => {
          const t0 = performance.now();
          await fetch(ctx, variables, round * concurrency + c);
          samples.get(subject)!.push(performance.now() - t0);
          if (subject === 'estate' && concurrency === 1 && ctx.api.lastCost) dbMs.push(ctx.api.lastCost.dbMs);
        }),
      );
      wall.set(subject, wall.get(subject)! + (performance.now() - started) / 1000);
    }
  }
  const out: Partial<Record<Subject, Measurement>> = {};
  for (const [subject] of subjects) out[subject] = latencyOf(samples.get(subject)!, concurrency, wall.get(subject)!);
  return { ...out, estate: out.estate!, estateDbMs: dbMs.length ? median(dbMs) : undefined };
}

// ---------------------------------------------------------------------------
// Same data?

/** Key order does not matter; everything else (array order included) does. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Where two results first differ, as a path and the two values; undefined when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (canonical(a) === canonical(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return `${path}: ${a.length} entries against ${b.length}`;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = firstDifference(a[key], b[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${path}: ${clip(canonical(a))} against ${clip(canonical(b))}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const clip = (s: string | undefined, max = 200) =>
  s === undefined ? 'nothing' : s.length > max ? `${s.slice(0, max - 3)}...` : s;
const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

// ---------------------------------------------------------------------------
// Running a list

/** One line for a failed scenario: a GraphQL error's own message (graphql-request puts the whole answer in its). */
function failure(error: unknown): string {
  const graphql = (error as { response?: { errors?: { message: string }[] } }).response?.errors?.[0]?.message;
  return clip(graphql ?? (error as Error).message.split('\n')[0]);
}

/**
 * Runs the read scenarios over and over for `seconds`, results discarded,
 * before anything is timed. Neo4j runs in a JVM whose JIT compiles its
 * Bolt, transaction and Cypher code only after thousands of queries: on a
 * freshly started one, `RETURN 1` takes 10–20 ms instead of 1–5, which
 * inflates every subject's time alike and makes the ratios look better
 * than a long-running server would show.
 */
export async function warmDatabase(
  scenarios: readonly Scenario[],
  ctx: BenchContext,
  seconds: number,
): Promise<number> {
  const reads = scenarios.filter((s) => s.read);
  if (seconds <= 0 || reads.length === 0) return 0;
  const deadline = performance.now() + seconds * 1000;
  let rounds = 0;
  while (performance.now() < deadline) {
    for (const scenario of reads) await scenario.run(ctx, { runs: MIN_RUNS, warmup: 0, maxSeconds: 1 });
    rounds += 1;
  }
  return rounds;
}

/**
 * Runs each scenario in turn within an overall time budget (each gets at most its share of what is left,
 * and at most `maxSeconds`); a scenario that throws is reported and the rest still run.
 */
export async function runScenarios(
  scenarios: readonly Scenario[],
  ctx: BenchContext,
  options: RunOptions & { budgetSeconds: number },
  onResult: (result: ScenarioResult) => void,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const deadline = performance.now() + options.budgetSeconds * 1000;
  for (const [i, scenario] of scenarios.entries()) {
    // What is left of the budget, less what fixed-size scenarios still to run will take, is shared evenly
    // by the others still to run; a fixed-size one gets its estimate.
    const later = scenarios.slice(i);
    const reserved = later.reduce((sum, s) => sum + (s.fixedSeconds ?? 0), 0);
    const flexible = later.filter((s) => s.fixedSeconds === undefined).length;
    const share = scenario.fixedSeconds ?? ((deadline - performance.now()) / 1000 - reserved) / Math.max(1, flexible);
    const maxSeconds = Math.max(1, Math.min(options.maxSeconds, Math.floor(share)));
    ctx.log(`running ${scenario.name} (at most ${maxSeconds} s): ${scenario.description}`);
    collectGarbage();
    let result: ScenarioResult;
    try {
      result = await scenario.run(ctx, { runs: options.runs, warmup: options.warmup, maxSeconds });
    } catch (error) {
      result = {
        name: scenario.name,
        description: scenario.description,
        estate: { kind: 'latency', unit: 'ms', median: NaN, samples: 0 },
        notes: [],
        warnings: [`failed: ${failure(error)}`],
      };
    }
    results.push(result);
    onResult(result);
  }
  return results;
}
