/**
 * The bench's table, as Markdown: printed to the terminal and written to
 * bench/RESULTS.md with the machine it ran on.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Executor } from '../graph/platform/executor';
import { formatNumber } from './stats';
import { ratio, targetOutcomes } from './runner';
import type { Measurement, RunOptions, ScenarioResult } from './runner';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  neo4j: string;
  /** 1-minute load average when the bench started and when it finished. */
  loadBefore: number;
  loadAfter?: number;
}

export async function describeMachine(db: Executor): Promise<Machine> {
  const rows = await db.read(
    'bench.version',
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  const neo4j = rows.map((r) => `${String(r.name)} ${String(r.version)} ${String(r.edition)}`).join(', ');
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j,
    loadBefore: loadavg()[0],
  };
}

/** A busy machine makes the figures noisy; say so when the load is above the core count. */
export function loadWarning(machine: Machine): string | undefined {
  const peak = Math.max(machine.loadBefore, machine.loadAfter ?? 0);
  return peak > machine.cores * 0.75
    ? `The machine was busy: 1-minute load average ${machine.loadBefore.toFixed(1)} at the start and ${machine.loadAfter?.toFixed(1) ?? '?'} at the end on ${machine.cores} cores (other processes were running). Figures are noisier than on an idle machine; the ratios, taken interleaved, are the more reliable part.`
    : undefined;
}

const figure = (m: Measurement | undefined): string =>
  m === undefined ? '–' : m.kind === 'latency' ? `${formatNumber(m.median)} ms` : `${formatNumber(m.median)} ${m.unit}`;

const times = (r: number | undefined): string => (r === undefined || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`);

function targetCell(result: ScenarioResult): string {
  const outcomes = targetOutcomes(result);
  if (outcomes.length === 0) return '';
  return outcomes.map((o) => `${o.met === undefined ? '?' : o.met ? '✓' : '✗'} ${o.label}`).join('; ');
}

/** One row per scenario: Estate's median and p95, each baseline's median and Estate's ratio to it, targets. */
export function renderTable(results: readonly ScenarioResult[]): string {
  const header = [
    'scenario',
    'Estate median',
    'Estate p95',
    'floor median',
    '× floor',
    'peer median',
    '× peer',
    'targets',
  ];
  const rows = results.map((r) => [
    r.estate.concurrency ? `${r.name} (×${r.estate.concurrency} concurrent)` : r.name,
    figure(r.estate),
    r.estate.p95 === undefined ? '–' : `${formatNumber(r.estate.p95)} ms`,
    figure(r.floor),
    times(ratio(r.estate, r.floor)),
    figure(r.peer),
    times(ratio(r.estate, r.peer)),
    targetCell(r),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Descriptions, sample counts, throughput of concurrent runs, notes and warnings, per scenario. */
export function renderNotes(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const samples = [`Estate ${r.estate.samples}`];
    if (r.floor) samples.push(`floor ${r.floor.samples}`);
    if (r.peer) samples.push(`peer ${r.peer.samples}`);
    const extra: string[] = [];
    for (const [who, m] of [
      ['Estate', r.estate],
      ['floor', r.floor],
      ['peer', r.peer],
    ] as const) {
      if (m?.opsPerSecond) extra.push(`${who} ${formatNumber(m.opsPerSecond)} req/s`);
      if (m?.p95 !== undefined && who !== 'Estate') extra.push(`${who} p95 ${formatNumber(m.p95)} ms`);
    }
    lines.push(
      `- **${r.name}**: ${r.description} (samples: ${samples.join(', ')}${extra.length ? `; ${extra.join(', ')}` : ''})`,
    );
    for (const note of r.notes) lines.push(`  - ${note}`);
    for (const warning of r.warnings) lines.push(`  - ⚠ ${warning}`);
  }
  return lines.join('\n');
}

export interface ReportInput {
  size: string;
  seed: number;
  cis: number;
  relationships: number;
  options: RunOptions;
  machine: Machine;
  results: readonly ScenarioResult[];
  startedAt: Date;
  totalSeconds: number;
  budgetSeconds: number;
  seededSeconds?: number;
  /** How the subjects were set up, one line each. */
  setup: string[];
}

/** The whole of bench/RESULTS.md. */
export function renderResults(input: ReportInput): string {
  const { machine } = input;
  const busy = loadWarning(machine);
  return `# Estate benchmark results

Written by \`npm run bench\` on ${input.startedAt.toISOString()}; rerun it to refresh this file.

- Estate: **${input.size}** (seed ${input.seed}): ${input.cis} CIs, ${input.relationships} relationships${input.seededSeconds === undefined ? ' (store reused)' : ` (seeded in ${input.seededSeconds.toFixed(0)} s)`}
- Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory; Node ${machine.node}; ${machine.neo4j}
- Load average (1 min): ${machine.loadBefore.toFixed(2)} at the start, ${machine.loadAfter?.toFixed(2) ?? '?'} at the end
${input.setup.map((l) => `- ${l}\n`).join('')}- Runs: ${input.options.warmup} warm-up + up to ${input.options.runs} timed per subject, interleaved; each scenario at most ${input.options.maxSeconds} s and its share of a ${input.budgetSeconds} s budget for the whole run; the whole run took ${input.totalSeconds.toFixed(0)} s
${busy ? `\n> ⚠ ${busy}\n` : ''}
${renderTable(input.results)}

Latency is per request as the client sees it. **Estate** and the **peer** (\`@neo4j/graphql\`) are each
measured over HTTP on loopback, through the same GraphQL client; the **floor** is one hand-written Cypher
statement through \`neo4j-driver\` in the bench process (no HTTP, no GraphQL), records mapped to plain
objects. All three read the same Neo4j and the same data, and were checked to return the same ids first.
"× floor" and "× peer" are Estate's median divided by the baseline's (below 1: Estate is faster).

${renderNotes(input.results)}
`;
}
