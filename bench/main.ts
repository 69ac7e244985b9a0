/**
 * `npm run bench [-- --size small|medium|large] [--scenario NAME …] [--runs N] [--warmup N]`
 *
 * Opens the bench's Neo4j (its own embedded store per size, or NEO4J_URI),
 * seeds the generated estate unless it is already there, starts Estate's API
 * and the @neo4j/graphql peer on loopback ports in this process, runs the
 * scenarios, prints the table and writes it to bench/RESULTS.md.
 */
import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import { ESTATE_SIZES } from '../server/demo/estate.generator';
import type { EstateSize } from '../server/demo/estate.generator';
import { startApp } from '../server/app';
import { OPEN_SETTINGS } from '../server/access/security';
import type { SecuritySettings } from '../server/access/security';
import type { BenchContext } from './context';
import { estateApi, floorReader } from './context';
import { ensureEstate, openBenchDatabase } from './estate';
import { peerVersion, startPeer } from './peer';
import { describeMachine, loadWarning, renderNotes, renderResults, renderTable } from './report';
import { runScenarios, warmDatabase } from './runner';
import type { RunOptions } from './runner';
import { SCENARIOS } from './scenarios';

interface CliOptions {
  size: EstateSize;
  seed: string;
  scenario?: string[];
  runs: string;
  warmup: string;
  maxSeconds: string;
  budgetSeconds: string;
  warmupSeconds: string;
  out?: string;
  write: boolean;
}

/**
 * Estate as in-process tools serve it (no tokens, no rate limit), with the complexity limit raised: the
 * issue's nested scenario (50 services, three list levels) is estimated far above the default 50,000,
 * because a list without `first` is costed at 10 entries per level. Depth and body limits stay.
 */
export const BENCH_MAX_COMPLEXITY = 10_000_000;
const BENCH_SECURITY: SecuritySettings = {
  ...OPEN_SETTINGS,
  limits: { ...OPEN_SETTINGS.limits, maxComplexity: BENCH_MAX_COMPLEXITY },
};

/** However late seeding finishes, each scenario gets at least this long. */
const MIN_SCENARIO_SECONDS = 10;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${value}`);
  return n;
}

/** The folder holding package.json: bench/ runs from dist/bench/ (npm run bench) or bench/ (ts-node). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

async function bench(opts: CliOptions): Promise<void> {
  const startedAt = new Date();
  const started = performance.now();
  const options: RunOptions = {
    runs: Math.max(1, positive('runs', opts.runs)),
    warmup: positive('warmup', opts.warmup),
    maxSeconds: positive('max-seconds', opts.maxSeconds),
  };
  const budgetSeconds = positive('budget-seconds', opts.budgetSeconds);
  const wanted = opts.scenario?.flatMap((s) => s.split(',')).map((s) => s.trim());
  const unknown = wanted?.filter((w) => !SCENARIOS.some((s) => s.name === w));
  if (unknown?.length) {
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  }
  const scenarios = wanted ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS;
  const seed = Number(opts.seed);
  const root = repoRoot();
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });

  log(`opening Neo4j for the ${opts.size} estate (load average ${loadavg()[0].toFixed(1)})`);
  const db = await openBenchDatabase(root, opts.size, logger);
  const stops: (() => Promise<void>)[] = [() => db.close()];
  try {
    const machine = await describeMachine(db.executor);
    const estate = await ensureEstate(db.executor, opts.size, seed, log);
    const app = await startApp({
      executor: db.executor,
      logger,
      port: 0,
      host: '127.0.0.1',
      introspection: false,
      maxBody: '1mb',
      security: BENCH_SECURITY,
    });
    stops.unshift(() => app.stop());
    const peer = await startPeer(db.driver, process.env.NEO4J_DATABASE);
    stops.unshift(() => peer.stop());
    const peerClient = new GraphQLClient(peer.url);
    const ctx: BenchContext = {
      size: opts.size,
      seed,
      ids: estate.ids,
      runId: startedAt.getTime().toString(36),
      api: estateApi(app),
      peer: { url: peer.url, request: (query, variables) => peerClient.request(query, variables) },
      floor: floorReader(db.driver, process.env.NEO4J_DATABASE),
      executor: db.executor,
      driver: db.driver,
      database: process.env.NEO4J_DATABASE,
      log,
    };
    log(`Estate at ${app.url}, peer at ${peer.url}; ${scenarios.length} scenarios, ${options.runs} runs each`);
    const warmupSeconds = positive('warmup-seconds', opts.warmupSeconds);
    // Fixed-size imports are throughput runs long enough to warm up on their own.
    const timed = scenarios.some((s) => s.fixedSeconds === undefined);
    const rounds = timed ? await warmDatabase(SCENARIOS, ctx, warmupSeconds) : 0;
    if (rounds > 0) log(`warmed Neo4j's JIT for ${warmupSeconds} s (${rounds} rounds of the read scenarios)`);

    // The budget covers the whole run: what start-up and seeding used is not left for the scenarios.
    const left = Math.max(
      MIN_SCENARIO_SECONDS * scenarios.length,
      budgetSeconds - (performance.now() - started) / 1000,
    );
    const results = await runScenarios(scenarios, ctx, { ...options, budgetSeconds: left }, (r) => {
      log(
        `${r.name}: Estate ${r.estate.median.toFixed(2)} ${r.estate.unit}${r.warnings.map((w) => ` ⚠ ${w}`).join('')}`,
      );
    });
    machine.loadAfter = loadavg()[0];
    const totalSeconds = (performance.now() - started) / 1000;

    console.log(`\n${renderTable(results)}\n\n${renderNotes(results)}\n`);
    const busy = loadWarning(machine);
    if (busy) console.log(`⚠ ${busy}\n`);
    if (opts.write) {
      const out = opts.out ?? join(root, 'bench', 'RESULTS.md');
      writeFileSync(
        out,
        renderResults({
          size: opts.size,
          seed,
          cis: estate.ids.counts.nodes,
          relationships: estate.ids.counts.relationships,
          options,
          machine,
          results,
          startedAt,
          totalSeconds,
          budgetSeconds,
          seededSeconds: estate.seededSeconds,
          setup: [
            `Estate: its API in this process (\`startApp\`), as in-process tools get it (no tokens, no rate limit), complexity limit raised to ${BENCH_MAX_COMPLEXITY.toLocaleString('en')}`,
            `Peer: \`@neo4j/graphql\` ${peerVersion()} with the type definitions in bench/peer.ts, on Apollo Server + express like Estate`,
            rounds > 0
              ? `Warm-up: the read scenarios ran untimed for ${warmupSeconds} s first, so Neo4j's JIT has compiled its query path (a freshly started JVM adds 5–15 ms to every query, the floor's included)`
              : 'Warm-up: none before the scenarios (only their own warm-up runs)',
          ],
        }),
      );
      log(`wrote ${out} (${totalSeconds.toFixed(0)} s in all)`);
    }
  } finally {
    for (const stop of stops) await stop().catch((e: Error) => log(`stopping: ${e.message}`));
  }
}

export function cli(): Command {
  return new Command('bench')
    .description("Estate's benchmarks against the raw-Cypher floor and @neo4j/graphql")
    .addOption(new Option('--size <size>', 'estate size').choices(ESTATE_SIZES).default('medium'))
    .option('--seed <n>', 'estate generator seed', '42')
    .option('--scenario <names...>', `only these scenarios (${SCENARIOS.map((s) => s.name).join(', ')})`)
    .option('--runs <n>', 'timed runs per subject and scenario', '200')
    .option('--warmup <n>', 'untimed runs per subject first', '20')
    .option('--max-seconds <n>', 'time cap per scenario', '60')
    .option(
      '--budget-seconds <n>',
      'time for the whole run, start-up and seeding included (scenarios share the rest)',
      '420',
    )
    .option('--warmup-seconds <n>', "untimed read scenarios first, to warm Neo4j's JIT (within the budget)", '30')
    .option('--out <file>', 'where to write the results (default bench/RESULTS.md)')
    .option('--no-write', 'print the table only')
    .action(bench);
}

if (require.main === module) {
  cli()
    .parseAsync(process.argv)
    .then(() => process.exit(0))
    .catch((error: Error) => {
      console.error(`bench: ${error.stack ?? error.message}`);
      process.exit(1);
    });
}
