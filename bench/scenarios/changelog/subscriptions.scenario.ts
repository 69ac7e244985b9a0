/**
 * Subscription fan-out under load: 1,000 concurrent subscribers while
 * writes arrive at 200 changes/s, measuring how long after each change's
 * write it reaches a subscriber, and the server's memory.
 *
 * - Subscribers run in a child process (bench/subscribers.child.ts), one
 *   WebSocket each: WATCHERS `itemChanged(id)` subscriptions spread over the
 *   WATCHED CIs the writer updates (each change reaches WATCHERS / WATCHED of
 *   them), and FIREHOSE `changes` subscriptions that get every change.
 * - The writer (here) changes those CIs through the API at RATE changes/s
 *   for SECONDS, never two writes to one CI at once. Like a monitoring feed,
 *   it sends BATCH changes per request (`reportStatuses` over BATCH CIs,
 *   each flipping status); BATCH=1 sends one `updateItem` per change
 *   instead. Every write transaction queues on the change-sequence lock
 *   (held to commit), so one change per request caps the rate at one
 *   commit per change; see the notes for the rate reached.
 * - Latency is receipt time minus the change's `at` (same machine clock),
 *   which the writing transaction stamps before it queues for the sequence
 *   lock, so it is commit → receipt plus that wait and the commit itself.
 *   The write's own round trip is reported beside it.
 * - Memory is this process's RSS (the server runs here; the clients do not):
 *   before the subscribers connect, and the peak while the writes arrive.
 *
 * The CIs are the scenario's own (`bench-sub-<run>-*` Teams) and deleted at the end.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { BenchContext } from '../../context';
import type { Measurement, RunOptions, Scenario, ScenarioResult } from '../../runner';
import { collectGarbage } from '../../runner';
import { median, p95 } from '../../stats';

/** The issue's figures; the environment can shrink them for a smoke run. */
const knob = (name: string, fallback: number) => Number(process.env[`ESTATE_BENCH_SUB_${name}`] ?? fallback);
const SUBSCRIBERS = knob('SUBSCRIBERS', 1000);
const FIREHOSE = knob('FIREHOSE', 10);
const WATCHED = knob('WATCHED', 100);
const RATE = knob('RATE', 200);
const SECONDS = knob('SECONDS', 20);
const BATCH = Math.max(1, Math.min(knob('BATCH', 10), WATCHED));
const TARGET_P99_MS = 200;

const WATCH = 'subscription ($id: ID!) { itemChanged(id: $id) { seq at ciId } }';
const ALL = 'subscription { changes { seq at ciId } }';
/** Only what the writer needs back: the SDK's ReportStatuses also asks for the touched services' health. */
const REPORT = 'mutation ($reports: [StatusReportInput!]!) { reportStatuses(reports: $reports) { changed { id } } }';

interface GroupResult {
  latencies: number[];
  received: number;
  outOfOrder: number;
  errors: string[];
}

const percentile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ask<T>(child: ChildProcess, message: object, reply: string): Promise<T> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      reject(new Error(`the subscriber process is gone (${child.exitCode ?? child.signalCode})`));
      return;
    }
    const onMessage = (m: { type: string }) => {
      if (m.type !== reply) return;
      child.off('message', onMessage);
      resolve(m as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code, signal) => reject(new Error(`the subscriber process exited (${code ?? signal})`)));
    child.send(message);
  });
}

async function run(ctx: BenchContext, options: RunOptions): Promise<ScenarioResult> {
  const { sdk, app } = ctx.api;
  const seconds = Math.max(5, Math.min(SECONDS, options.maxSeconds));
  // Ids of this run: a deleted CI's id is never reused, so a reused store needs fresh ones.
  const ids = Array.from({ length: WATCHED }, (_, i) => `bench-sub-${ctx.runId}-${i}`);
  const warnings: string[] = [];
  const versions = new Map<string, number>();
  for (const id of ids) {
    const { data } = await sdk.CreateItem({ input: { class: 'Team', id, name: id } });
    versions.set(id, data.createItem.version);
  }
  const writeMs: number[] = [];
  let failedWrites = 0;
  const writeErrors: string[] = [];
  const failed = (error: Error) => void writeErrors.push(error.message.slice(0, 300));
  const writesTo = new Map<string, number>();
  const chains = new Map<string, Promise<void>>();
  const status = new Map<string, string>();
  /** Request i changes BATCH CIs (group i mod groups); requests to one group run one after another. */
  const groups = Math.floor(WATCHED / BATCH);
  const batchOf = (i: number) => ids.slice((i % groups) * BATCH, (i % groups) * BATCH + BATCH);
  const single = async (i: number, id: string) => {
    const answer = await sdk
      .UpdateItem({ id, expectedVersion: versions.get(id)!, patch: { description: `tick ${i}` } })
      .catch(failed);
    if (!answer?.data.updateItem) return [];
    versions.set(id, answer.data.updateItem.version);
    return [id];
  };
  const batched = async (batch: string[]) => {
    const reports = batch.map((id) => ({
      id,
      status: status.get(id) === 'DEGRADED' ? 'OPERATIONAL' : 'DEGRADED',
    }));
    const answer = await ctx.api.client
      .request<{ reportStatuses: { changed: { id: string }[] } }>(REPORT, { reports })
      .catch(failed);
    if (!answer) return [];
    for (const r of reports) status.set(r.id, r.status);
    return answer.reportStatuses.changed.map((c) => c.id);
  };
  const write = (i: number) => {
    const batch = BATCH === 1 ? [ids[i % WATCHED]] : batchOf(i);
    const key = batch[0];
    const next = (chains.get(key) ?? Promise.resolve()).then(async () => {
      const t0 = performance.now();
      const changed = await (BATCH === 1 ? single(i, key) : batched(batch));
      writeMs.push(performance.now() - t0);
      failedWrites += batch.length - changed.length;
      for (const id of changed) writesTo.set(id, (writesTo.get(id) ?? 0) + 1);
    });
    chains.set(key, next);
  };
  // Warm up each write path (query plans, JIT) before anyone listens, then forget it.
  for (let i = 0; i < 2 * (BATCH === 1 ? WATCHED : groups); i++) write(i);
  await Promise.all(chains.values());
  writeMs.length = 0;
  writeErrors.length = 0;
  writesTo.clear();
  failedWrites = 0;
  await sleep(500);
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;

  const script = require.resolve('../../subscribers.child');
  const child = fork(script, [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // From dist/ (npm run bench) the child is JavaScript; from the sources it needs ts-node.
    execArgv: script.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [],
  });
  child.on('exit', (code, signal) => {
    if (code !== 0) ctx.log(`subscriptions: the subscriber process exited (${code ?? signal})`);
  });
  try {
    const subscriptions = [
      ...Array.from({ length: SUBSCRIBERS - FIREHOSE }, (_, i) => ({
        query: WATCH,
        variables: { id: ids[i % WATCHED] },
        group: 'watchers',
      })),
      ...Array.from({ length: FIREHOSE }, () => ({ query: ALL, variables: {}, group: 'firehose' })),
    ];
    const ready = await ask<{ connected: number; failed: number }>(
      child,
      { type: 'start', wsUrl: app.wsUrl, subscriptions },
      'ready',
    );
    if (ready.failed > 0) warnings.push(`${ready.failed} subscribers could not connect`);
    ctx.log(`subscriptions: ${ready.connected} subscribers connected; writing ${RATE} changes/s for ${seconds} s`);
    await sleep(1000);
    const rssIdle = process.memoryUsage().rss;

    let peakRss = rssIdle;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
    const started = performance.now();
    const requests = Math.round((RATE * seconds) / BATCH);
    const total = requests * BATCH;
    for (let i = 0; i < requests; i++) {
      const due = started + (i * 1000 * BATCH) / RATE;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      write(i);
    }
    await Promise.all(chains.values());
    const writeSeconds = (performance.now() - started) / 1000;
    await sleep(2000);
    clearInterval(sampler);
    const written = total - failedWrites;

    const result = await ask<{ groups: Record<string, GroupResult> }>(child, { type: 'stop' }, 'result');
    const watchers = result.groups.watchers ?? { latencies: [], received: 0, outOfOrder: 0, errors: [] };
    const firehose = result.groups.firehose ?? { latencies: [], received: 0, outOfOrder: 0, errors: [] };
    const all = [...watchers.latencies, ...firehose.latencies].sort((a, b) => a - b);
    const watchersOf = (id: string) => subscriptions.filter((x) => (x.variables as { id?: string }).id === id).length;
    const expectedWatcher = ids.reduce((sum, id) => sum + (writesTo.get(id) ?? 0) * watchersOf(id), 0);
    for (const [name, g, expected] of [
      ['watchers', watchers, expectedWatcher],
      ['firehose', firehose, written * FIREHOSE],
    ] as const) {
      if (g.received !== expected) warnings.push(`${name} received ${g.received} changes, expected ${expected}`);
      if (g.outOfOrder) warnings.push(`${name}: ${g.outOfOrder} changes out of sequence order`);
      if (g.errors.length) warnings.push(`${name}: ${g.errors.length} errors, first: ${g.errors[0]}`);
    }
    if (writeErrors.length) warnings.push(`${writeErrors.length} write requests failed, first: ${writeErrors[0]}`);
    const p99 = percentile(all, 0.99);
    const sortedWrites = [...writeMs].sort((a, b) => a - b);
    const figure = (sorted: number[]) =>
      `p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0) ?? '-'} ms`;
    const notes = [
      `${ready.connected} subscribers (${SUBSCRIBERS - FIREHOSE} itemChanged over ${WATCHED} CIs, ${FIREHOSE} unfiltered changes), ` +
        `${written} changes in ${writeSeconds.toFixed(1)} s (${(written / writeSeconds).toFixed(0)} changes/s of ${RATE} asked, ` +
        `${BATCH === 1 ? 'one updateItem per change' : `${BATCH} per reportStatuses request`}), ` +
        `${all.length} deliveries (${(all.length / writeSeconds).toFixed(0)}/s)`,
      `commit → receipt, all deliveries: ${figure(all)}; target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'missed'}`,
      `commit → receipt, itemChanged: ${figure([...watchers.latencies].sort((a, b) => a - b))}; unfiltered: ${figure([...firehose.latencies].sort((a, b) => a - b))}`,
      `the write requests themselves (request → response): ${figure(sortedWrites)}`,
      `server RSS: ${mb(rssBefore)} before subscribers, ${mb(rssIdle)} with them idle, peak ${mb(peakRss)} under load`,
    ];
    const estate: Measurement = {
      kind: 'latency',
      unit: 'ms',
      median: median(all),
      p95: p95(all),
      samples: all.length,
    };
    return {
      name: subscriptionsScenario.name,
      description: subscriptionsScenario.description,
      estate,
      notes,
      warnings,
    };
  } finally {
    if (child.exitCode === null) child.kill();
    await Promise.all(ids.map((id) => sdk.DeleteItem({ id, force: true }).catch(() => undefined)));
  }
}

export const subscriptionsScenario: Scenario = {
  name: 'subscriptions',
  description: `${SUBSCRIBERS} subscribers while writes arrive at ${RATE} changes/s: commit → receipt latency (p50, p95; p99 in the notes)`,
  // The writes run their full SECONDS (a few seconds' slice is mostly start-up), plus ~10 s to connect the
  // subscribers and drain; the runner sets that aside from the budget like an import's.
  fixedSeconds: SECONDS + 10,
  run,
};
