/**
 * `import-snipeit`: a mixed Snipe-IT asset export as people have it (see
 * snipeit.data.ts: Snipe-IT's column titles, status labels, five models of
 * four makers, month-first dates, US costs, non-ASCII names and notes, UTF-8
 * with a BOM and CRLF) imported through the CLI in a child process exactly as
 * a user would run it: `--class Server --currency USD`, no `--encoding` (the
 * encoding is detected from the whole file) and no `--from` (the source is
 * told from the header), partial mode. It records the rows per second, the
 * CLI's peak RSS and what was detected, against the raw `UNWIND … CREATE`
 * floor of import-assets (same batch size, same kind of nodes).
 *
 * ESTATE_BENCH_SNIPEIT_ROWS sets the size (default 100,000);
 * ESTATE_BENCH_SNIPEIT_ROWS=1000000 is the 1M-row memory check (peak RSS
 * under 200 MB, issue 18), about 15 minutes on 2 cores, so not run by default.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from '../../context';
import type { RunOptions, Scenario, ScenarioResult } from '../../runner';
import { collectGarbage } from '../../runner';
import { labelsFor } from '../../../graph/items/items';
import { DEFAULT_BATCH_SIZE } from '../../../importers/imports/import.options';
import { changeSequence, cleanUp, storedServer } from './import.data';
import { fmt, rate, runChild } from './import.scenario';
import { writeSnipeitFile } from './snipeit.data';

const ROWS = Number(process.env.ESTATE_BENCH_SNIPEIT_ROWS ?? 100_000);
const BATCH = Number(process.env.ESTATE_BENCH_IMPORT_BATCH ?? DEFAULT_BATCH_SIZE);
const TARGET_PEAK_RSS_MB = 200;

/** The floor: the same number of servers, in stored form, by raw `UNWIND … CREATE` in batches of BATCH. */
async function floorSeconds(ctx: BenchContext, prefix: string): Promise<number> {
  const now = new Date().toISOString();
  const create = `UNWIND $rows AS row CREATE (n${labelsFor('Server')}) SET n = row`;
  collectGarbage();
  const started = performance.now();
  for (let from = 1; from <= ROWS; from += BATCH) {
    const rows: Record<string, unknown>[] = [];
    for (let i = from; i < from + BATCH && i <= ROWS; i++) rows.push(storedServer(prefix, i, now));
    await ctx.executor.writeTx('bench.snipeit.floor', (tx) => tx.run(create, { rows }));
  }
  return (performance.now() - started) / 1000;
}

/** What the job recorded it detected: the encoding (and how sure) and the source profile line of its column plan. */
async function detected(ctx: BenchContext, jobId: string): Promise<string> {
  const [job] = await ctx.executor.read(
    'bench.snipeit.job',
    'MATCH (j:ImportJob {id: $id}) RETURN j.encoding AS encoding, j.encodingDetected AS detected, j.columns AS columns',
    { id: jobId },
  );
  const columns = (job?.columns as string[] | undefined) ?? [];
  const source = columns.find((c) => c.startsWith('source profile')) ?? 'no source profile line';
  return `encoding ${String(job?.encoding)} (${job?.detected ? 'detected' : 'named'}); ${source}`;
}

/** The run's servers' lifecycle events (a Lost/Stolen row is created with one), which cleanUp would orphan. */
async function removeEvents(ctx: BenchContext, prefix: string): Promise<void> {
  for (;;) {
    const [row] = await ctx.executor.writeTx('bench.snipeit.cleanup', (tx) =>
      tx.run(
        'MATCH (n:Server)-[:HAD_EVENT]->(e:LifecycleEvent) WHERE n.serialNumber STARTS WITH $serial WITH e LIMIT 10000 DETACH DELETE e RETURN count(*) AS deleted',
        { serial: `SN-${prefix}-` },
      ),
    );
    if ((row?.deleted as number) === 0) return;
  }
}

async function snipeit(ctx: BenchContext, _options: RunOptions): Promise<ScenarioResult> {
  const prefix = `bench-snp-${ctx.runId}`;
  const dir = join(__dirname, '..', '..', '.data', 'import');
  ctx.log(`import-snipeit: writing a ${fmt(ROWS)}-row Snipe-IT asset export (UTF-8 with BOM, CRLF)`);
  const file = await writeSnipeitFile(dir, prefix, ROWS);
  const sequence = await changeSequence(ctx.executor);
  const notes: string[] = [];
  const warnings: string[] = [];
  try {
    ctx.log(`import-snipeit: floor, raw UNWIND CREATE of ${fmt(ROWS)} servers in batches of ${BATCH}`);
    const floor = rate(ROWS, await floorSeconds(ctx, `${prefix}-raw`));
    await cleanUp(ctx.executor, `${prefix}-raw`, sequence);
    ctx.log(`import-snipeit: estate import (CLI, child process; encoding and source detected, partial mode)`);
    const result = await runChild(ctx, 'items', file, {
      class: 'Server',
      currency: 'USD',
      mode: 'partial',
      batchSize: String(BATCH),
    });
    if (result.job.created !== ROWS)
      warnings.push(`created ${result.job.created} of ${ROWS} (${result.job.status}: ${result.job.message})`);
    const estate = rate(ROWS, result.seconds);
    notes.push(
      `${fmt(ROWS)} Snipe-IT assets: estate import ${fmt(estate.median)} rows/s, raw UNWIND floor ${fmt(floor.median)} rows/s, ${(floor.median / estate.median).toFixed(2)}× the floor`,
      `CLI peak RSS ${fmt(result.peakRssMb)} MB (target < ${TARGET_PEAK_RSS_MB} MB for 1M rows: ESTATE_BENCH_SNIPEIT_ROWS=1000000)`,
      await detected(ctx, result.job.id),
    );
    if (result.peakRssMb >= TARGET_PEAK_RSS_MB) warnings.push(`CLI peak RSS ${fmt(result.peakRssMb)} MB`);
    return { name: 'import-snipeit', description: snipeitScenario.description, estate, floor, notes, warnings };
  } finally {
    await removeEvents(ctx, prefix);
    await cleanUp(ctx.executor, prefix, sequence);
    rmSync(file, { force: true });
  }
}

export const snipeitScenario: Scenario = {
  name: 'import-snipeit',
  description: `A mixed Snipe-IT asset export of ${ROWS.toLocaleString('en')} rows via the CLI, encoding and source detected (rows/s, peak RSS)`,
  // Measured on the medium estate, 2 cores: file, floor, import and clean-up of 100k rows.
  fixedSeconds: Math.ceil((150 * ROWS) / 100_000),
  run: snipeit,
};
