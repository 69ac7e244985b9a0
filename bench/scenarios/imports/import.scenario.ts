/**
 * CSV import throughput and memory, against a raw UNWIND floor.
 *
 * - `import-assets`: N servers (default 100,000; ESTATE_BENCH_IMPORT_ROWS)
 *   from a Snipe-IT-like CSV through the CLI command in a child process
 *   (partial mode, so one pass; parse, map, normalise, validate, reconcile,
 *   write, Change records, job record). The floor writes the same nodes,
 *   already in stored form, with `UNWIND … CREATE` through the driver in
 *   batches of the same size: no parsing, no lookups, no change log.
 *   Then the same file again: a re-import that finds every row unchanged;
 *   with ESTATE_BENCH_IMPORT_DRY_RUN=1, a dry run of it as well (peak RSS).
 *   ESTATE_BENCH_IMPORT_ROWS=1000000 gives the 1M-row memory figures.
 * - `import-relationships`: 2N relationship rows (LOCATED_IN a rack with a
 *   rack unit, OWNED_BY a team), keys resolved by serial number, against
 *   `UNWIND … MATCH … MATCH … CREATE` with ids already known; and against
 *   that floor with a change record per relationship (`appendChanges` in
 *   the same transaction, which every Estate write pays: a Change node with
 *   its indexes and two CHANGED links), noted beside it.
 *
 * Throughput is rows per second of the import itself (the child's own
 * clock, process start-up excluded); peak RSS is the child's (the CLI's),
 * from the kernel. Each scenario cleans up after itself: its CIs, its jobs
 * and their Change records, and its files; the change sequence only goes
 * forward (import.data.ts says why).
 */
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { BenchContext } from '../../context';
import type { Measurement, RunOptions, Scenario, ScenarioResult } from '../../runner';
import { collectGarbage } from '../../runner';
import { labelsFor } from '../../../graph/items/items';
import { appendChanges } from '../../../graph/platform/changelog.writer';
import type { ChangeInput } from '../../../graph/platform/changelog.writer';
import { DEFAULT_BATCH_SIZE } from '../../../importers/imports/import.options';
import type { ImportKind } from '../../../graph/model/imports';
import type { ImportFlags } from '../../../server/cli/import.command';
import { changeSequence, cleanUp, createTargets, RACKS, storedServer, TEAMS, writeImportFiles } from './import.data';
import type { ImportBenchData } from './import.data';

const ROWS = Number(process.env.ESTATE_BENCH_IMPORT_ROWS ?? 100_000);
const BATCH = Number(process.env.ESTATE_BENCH_IMPORT_BATCH ?? DEFAULT_BATCH_SIZE);
/** ESTATE_BENCH_IMPORT_DRY_RUN=1 also dry-runs the servers file (its own CLI child) for the dry run's peak RSS. */
const DRY_RUN = process.env.ESTATE_BENCH_IMPORT_DRY_RUN === '1';
const TARGET_ROWS_PER_SECOND = 10_000;
const TARGET_PEAK_RSS_MB = 300;

export interface ChildResult {
  job: {
    id: string;
    status: string;
    rowsRead: number;
    created: number;
    updated: number;
    unchanged: number;
    errors: number;
    message?: string;
  };
  seconds: number;
  peakRssMb: number;
}

/** The bolt address the bench's driver uses (NEO4J_URI, or the embedded server the bench started). */
function boltUri(driver: Driver): string {
  if (process.env.NEO4J_URI) return process.env.NEO4J_URI;
  const address = (driver as unknown as { _meta: { address: { asHostPort(): string } } })._meta.address;
  return `bolt://${address.asHostPort()}`;
}

export function runChild(ctx: BenchContext, kind: ImportKind, file: string, flags: ImportFlags): Promise<ChildResult> {
  const script = require.resolve('./import.child');
  const child = fork(script, [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // ESTATE_BENCH_CHILD_FLAGS passes node flags to the import child, e.g. `--cpu-prof --cpu-prof-dir=prof`.
    execArgv: [
      ...(script.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : []),
      ...(process.env.ESTATE_BENCH_CHILD_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { type: string; message?: string } & ChildResult) => {
      if (m.type === 'done') resolve(m);
      else reject(new Error(`the import child failed: ${m.message}`));
    });
    child.once('exit', (code) => reject(new Error(`the import child exited (${code}) without an answer`)));
    child.send({ uri: boltUri(ctx.driver), file, kind, flags });
  });
}

export const rate = (rows: number, seconds: number): Measurement => ({
  kind: 'throughput',
  unit: 'rows/s',
  median: rows / seconds,
  samples: 1,
});
export const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Time `write(batch)` over `total` items made `BATCH` at a time. */
async function timedBatches<T>(
  total: number,
  make: (i: number) => T,
  write: (rows: T[]) => Promise<unknown>,
): Promise<number> {
  collectGarbage();
  const started = performance.now();
  for (let from = 1; from <= total; from += BATCH) {
    const rows: T[] = [];
    for (let i = from; i < from + BATCH && i <= total; i++) rows.push(make(i));
    await write(rows);
  }
  return (performance.now() - started) / 1000;
}

async function prepare(
  ctx: BenchContext,
  name: string,
): Promise<{ data: ImportBenchData; dir: string; sequence: Awaited<ReturnType<typeof changeSequence>> }> {
  const dir = join(__dirname, '..', '..', '.data', 'import');
  const prefix = `bench-${name}-${ctx.runId}`;
  ctx.log(`${name}: writing ${fmt(ROWS)} servers and ${fmt(2 * ROWS)} relationships as CSV`);
  const data = await writeImportFiles(dir, prefix, ROWS);
  return { data, dir, sequence: await changeSequence(ctx.executor) };
}

async function assets(ctx: BenchContext, _options: RunOptions): Promise<ScenarioResult> {
  const { data, sequence } = await prepare(ctx, 'imp');
  const warnings: string[] = [];
  const notes: string[] = [];
  try {
    ctx.log(`import-assets: floor, raw UNWIND CREATE of ${fmt(ROWS)} servers in batches of ${BATCH}`);
    const now = new Date().toISOString();
    const create = `UNWIND $rows AS row CREATE (n${labelsFor('Server')}) SET n = row`;
    const floorSeconds = await timedBatches(
      ROWS,
      (i) => storedServer(data.prefix, i, now),
      (rows) => ctx.executor.writeTx('bench.import.floor', (tx) => tx.run(create, { rows })),
    );
    await cleanUp(ctx.executor, `${data.prefix}-raw`, sequence);

    ctx.log(`import-assets: estate import of ${fmt(ROWS)} servers (CLI, child process, partial mode, batch ${BATCH})`);
    const first = await runChild(ctx, 'items', data.serversFile, {
      class: 'Server',
      mode: 'partial',
      dateOrder: 'DMY',
      batchSize: String(BATCH),
    });
    if (first.job.created !== ROWS)
      warnings.push(`created ${first.job.created} of ${ROWS} (${first.job.status}: ${first.job.message})`);
    ctx.log(`import-assets: the same file again (every row unchanged)`);
    const again = await runChild(ctx, 'items', data.serversFile, {
      class: 'Server',
      mode: 'partial',
      dateOrder: 'DMY',
      batchSize: String(BATCH),
    });
    if (again.job.unchanged !== ROWS)
      warnings.push(`re-import: ${again.job.unchanged} of ${ROWS} unchanged (${again.job.status})`);

    let dry: ChildResult | undefined;
    if (DRY_RUN) {
      ctx.log(`import-assets: a dry run of the same file (every row decided against the graph, nothing written)`);
      dry = await runChild(ctx, 'items', data.serversFile, {
        class: 'Server',
        dryRun: true,
        dateOrder: 'DMY',
        batchSize: String(BATCH),
      });
    }

    const estate = rate(ROWS, first.seconds);
    const floor = rate(ROWS, floorSeconds);
    notes.push(
      `${fmt(ROWS)} servers: estate import ${fmt(estate.median)} rows/s (target ≥ ${fmt(TARGET_ROWS_PER_SECOND)}: ${estate.median >= TARGET_ROWS_PER_SECOND ? 'met' : 'missed'}), raw UNWIND floor ${fmt(floor.median)} rows/s, ${(floor.median / estate.median).toFixed(2)}× slower than the floor`,
      `CLI peak RSS ${fmt(first.peakRssMb)} MB importing, ${fmt(again.peakRssMb)} MB re-importing (target < ${TARGET_PEAK_RSS_MB} MB for 1M rows; ESTATE_BENCH_IMPORT_ROWS=1000000 to check, ESTATE_BENCH_IMPORT_DRY_RUN=1 for a dry run's too)`,
      `re-import of the same file: ${fmt(ROWS / again.seconds)} rows/s, ${again.job.unchanged} unchanged, ${again.job.created + again.job.updated} written`,
    );
    if (dry) {
      notes.push(
        `dry run of the same file: ${fmt(ROWS / dry.seconds)} rows/s, CLI peak RSS ${fmt(dry.peakRssMb)} MB (${dry.job.status})`,
      );
      if (dry.peakRssMb >= TARGET_PEAK_RSS_MB) warnings.push(`CLI peak RSS ${fmt(dry.peakRssMb)} MB in the dry run`);
    }
    if (first.peakRssMb >= TARGET_PEAK_RSS_MB) warnings.push(`CLI peak RSS ${fmt(first.peakRssMb)} MB`);
    return {
      name: 'import-assets',
      description: assetsScenario.description,
      estate,
      floor,
      targets: { floorRatio: 2 },
      notes,
      warnings,
    };
  } finally {
    await removeRun(ctx, data, sequence);
  }
}

async function relationships(ctx: BenchContext, _options: RunOptions): Promise<ScenarioResult> {
  const { data, sequence } = await prepare(ctx, 'rel');
  const warnings: string[] = [];
  const notes: string[] = [];
  try {
    await createTargets(ctx.executor, data);
    ctx.log(`import-relationships: ${fmt(ROWS)} servers to relate (raw UNWIND)`);
    const now = new Date().toISOString();
    const create = `UNWIND $rows AS row CREATE (n${labelsFor('Server')}) SET n = row`;
    await timedBatches(
      ROWS,
      (i) => ({ ...storedServer(data.prefix, i, now), id: `${data.prefix}-srv-${i}` }),
      (rows) => ctx.executor.writeTx('bench.import.setup', (tx) => tx.run(create, { rows })),
    );

    ctx.log(`import-relationships: floor, raw UNWIND of ${fmt(2 * ROWS)} relationships`);
    const floorSeconds = await relationshipFloor(ctx, data, false);
    ctx.log(`import-relationships: the floor again, with each relationship's change record (appendChanges)`);
    const withChangesSeconds = await relationshipFloor(ctx, data, true);
    await removeFloorChanges(ctx, data.prefix, sequence);

    ctx.log(`import-relationships: estate import of ${fmt(2 * ROWS)} relationships (CLI, child process, partial mode)`);
    const result = await runChild(ctx, 'relationships', data.relationshipsFile, {
      mode: 'partial',
      batchSize: String(BATCH),
    });
    if (result.job.created !== 2 * ROWS)
      warnings.push(`created ${result.job.created} of ${2 * ROWS} (${result.job.status}: ${result.job.message})`);
    const estate = rate(2 * ROWS, result.seconds);
    const floor = rate(2 * ROWS, floorSeconds);
    const withChanges = rate(2 * ROWS, withChangesSeconds);
    notes.push(
      `${fmt(2 * ROWS)} relationships: estate import ${fmt(estate.median)} rows/s, raw UNWIND floor ${fmt(floor.median)} rows/s; CLI peak RSS ${fmt(result.peakRssMb)} MB`,
      `the floor with a change record per relationship (appendChanges in the same transaction, as every write of Estate's does): ${fmt(withChanges.median)} rows/s; the import is ${(withChanges.median / estate.median).toFixed(2)}× that`,
    );
    return {
      name: 'import-relationships',
      description: relationshipsScenario.description,
      estate,
      floor,
      targets: { floorRatio: 2 },
      notes,
      warnings,
    };
  } finally {
    await removeRun(ctx, data, sequence);
  }
}

/** The relationship floor's rows: each server LOCATED_IN its rack (with a rack unit) and OWNED_BY its team, by id. */
function floorRow(data: ImportBenchData, j: number) {
  const i = Math.ceil(j / 2);
  return j % 2 === 1
    ? {
        from: `${data.prefix}-srv-${i}`,
        to: data.rackId(i % RACKS),
        type: 'LOCATED_IN',
        props: { rackUnit: (i % 42) + 1 },
      }
    : { from: `${data.prefix}-srv-${i}`, to: data.teamId(i % TEAMS), type: 'OWNED_BY', props: {} };
}

/** The actor of the floor's change records, so that they can be told apart and removed. */
const FLOOR_WRITER = { actor: 'bench-floor', source: 'import', requestId: 'bench-floor' } as const;

/**
 * Raw `UNWIND … MATCH … CREATE` of the 2N relationships by id, a transaction per batch; with `changes`, each
 * batch also appends a RELATE change record per relationship. Timed; the relationships are removed after.
 */
async function relationshipFloor(ctx: BenchContext, data: ImportBenchData, changes: boolean): Promise<number> {
  const seconds = await timedBatches(
    2 * ROWS,
    (j) => floorRow(data, j),
    (rows) =>
      ctx.executor.writeTx('bench.import.floor', async (tx) => {
        for (const type of ['LOCATED_IN', 'OWNED_BY'] as const) {
          await tx.run(
            `UNWIND $rows AS row MATCH (a:CI {id: row.from}) MATCH (b:CI {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
            { rows: rows.filter((r) => r.type === type) },
          );
        }
        if (!changes) return;
        const relate = (r: ReturnType<typeof floorRow>): ChangeInput => ({
          op: 'RELATE',
          ciId: r.from,
          ciClass: 'Server',
          before: null,
          after: { type: r.type, properties: r.props },
          relationship: { type: r.type, toId: r.to, toClass: r.type === 'LOCATED_IN' ? 'Location' : 'Team' },
        });
        await appendChanges(tx, FLOOR_WRITER, rows.map(relate));
      }),
  );
  for (;;) {
    const [row] = await ctx.executor.writeTx('bench.import.cleanup', (tx) =>
      tx.run(
        'MATCH (n:Server)-[r:LOCATED_IN|OWNED_BY]->() WHERE n.id STARTS WITH $p WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted',
        { p: `${data.prefix}-srv-` },
      ),
    );
    if (row.deleted === 0) return seconds;
  }
}

/** The floor's change records (above the run's starting sequence, by the floor's actor). */
async function removeFloorChanges(ctx: BenchContext, prefix: string, sequence: { value: number }): Promise<void> {
  for (;;) {
    const [row] = await ctx.executor.writeTx('bench.import.cleanup', (tx) =>
      tx.run(
        'MATCH (c:Change) WHERE c.seq > $seq AND c.actor = $actor AND c.ciId STARTS WITH $p WITH c LIMIT 10000 DETACH DELETE c RETURN count(*) AS deleted',
        { seq: sequence.value, actor: FLOOR_WRITER.actor, p: `${prefix}-` },
      ),
    );
    if (row.deleted === 0) return;
  }
}

export const assetsScenario: Scenario = {
  name: 'import-assets',
  description: `CSV import of ${ROWS.toLocaleString('en')} servers via the CLI (rows/s, peak RSS) vs raw UNWIND CREATE of the same nodes`,
  // Measured on the medium estate, 2 cores: raw floor, import, re-import and clean-up of 100k rows (and a dry run).
  fixedSeconds: Math.ceil(((DRY_RUN ? 200 : 150) * ROWS) / 100_000),
  run: assets,
};

export const relationshipsScenario: Scenario = {
  name: 'import-relationships',
  description: `CSV import of ${(2 * ROWS).toLocaleString('en')} relationships by key via the CLI vs raw UNWIND MATCH/CREATE by id`,
  // Measured likewise: the servers to relate, the two floors, import and clean-up of 200k rows.
  fixedSeconds: Math.ceil((230 * ROWS) / 100_000),
  run: relationships,
};

/** Leave the store as it was (but for the change sequence): the run's CIs, jobs and changes out of the graph, its CSV files off the disk. */
async function removeRun(
  ctx: BenchContext,
  data: { prefix: string; serversFile: string; relationshipsFile: string },
  sequence: Parameters<typeof cleanUp>[2],
): Promise<void> {
  await cleanUp(ctx.executor, data.prefix, sequence);
  rmSync(data.serversFile, { force: true });
  rmSync(data.relationshipsFile, { force: true });
}
