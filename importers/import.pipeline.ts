/**
 * The import pipeline, shared by the CLI and the HTTP API:
 *
 *   file → decode → csv-parse (stream) → column plan → row drafts
 *        → batches → reconcile (one lookup query) → write (one transaction)
 *        → job record, error report, progress
 *
 * Passes, by mode:
 * - dry run: one read-only pass that decides every row and writes nothing
 *   (no CI, relationship or Change; only the job record);
 * - partial: one pass; each batch writes its valid rows and the job's
 *   counters in one transaction; invalid rows go to the error report;
 * - atomic: a read-only validation pass over the whole file first; if any
 *   row is invalid nothing is written and the job is REJECTED; otherwise a
 *   write pass. A million rows cannot be one transaction, so "atomic" means
 *   validation-first: each batch commits all-or-nothing, and if the write
 *   pass is stopped (crash, outage, a row that became invalid meanwhile)
 *   the committed batches stay, the job says where it stopped, and a resume
 *   finishes it.
 *
 * In a write pass, item batches are decided ahead: a batch's lookup runs
 * (read-only) while the batch before it is written, and its write still
 * checks what the decision rested on (versions, unique keys).
 *
 * Memory stays flat: one batch of rows (plus the next, parsed and decided
 * while the current one is in the database) and the seen-key set of 53-bit
 * hashes.
 */
import type { Readable } from 'node:stream';
import type { WriteContext } from '../graph/changes';
import { EstateError } from '../graph/errors';
import type { Executor } from '../graph/executor';
import { readCsv } from './csv.source';
import type { CsvRecord } from './csv.source';
import { ErrorReport, RowReport } from './error.report';
import type { RowOutcomeLine } from './error.report';
import type { Draft, ImportHandler, Outcome } from './import.handler';
import { ERROR_SAMPLE, recordBatch, updateJob, ZERO_COUNTS } from './import.jobs';
import type { ImportJob, JobCounts, JobError, JobPhase, JobStatus } from './import.jobs';
import type { ImportOptions } from './import.options';
import { StaleBatchError } from './import.write';
import { itemsHandler } from './items.import';
import { relationshipsHandler, RowsRefusedOnWrite } from './relationships.import';
import { SeenKeys } from './seen.keys';
import type { Reconciled } from './reconcile';

export interface ImportProgress extends JobCounts {
  jobId: string;
  phase: JobPhase;
  status: JobStatus;
  bytesRead: number;
  totalBytes?: number;
  /** Rows per second over this pass so far. */
  rowsPerSecond: number;
  /** Seconds left in this pass, from the bytes still to read. */
  etaSeconds?: number;
  message?: string;
}

export interface ImportRun {
  db: Executor;
  job: ImportJob;
  /** Opens the file from its start; called once per pass. */
  open: () => Readable;
  writer: WriteContext;
  onProgress?: (progress: ImportProgress) => void;
  /** Each row's outcome as it is decided (dry-run listings). */
  onRow?: (outcome: RowOutcomeLine) => void;
}

/** Attempts at one batch when a CI moved under it (stale version, lost uniqueness race). */
const BATCH_ATTEMPTS = 3;

type AnyHandler = ImportHandler<Draft, Outcome>;

export function handlerFor(options: ImportOptions): AnyHandler {
  return options.kind === 'relationships' ? relationshipsHandler(options) : itemsHandler(options);
}

/** A batch of the atomic write pass held a row that was valid when validated and is not any more. */
class AtomicBatchRefused extends Error {
  constructor(readonly outcomes: Outcome[]) {
    super('a row became invalid after validation');
  }
}

/** A batch's outcomes, decided in a read transaction at `now`. */
interface Decision {
  batch: Draft[];
  outcomes: Outcome[];
  now: string;
}

interface PassResult {
  counts: JobCounts;
  headerRejected: boolean;
}

/** Run (or resume) an import job to its end; the returned job is its final record. Never throws for a failed job. */
export async function runImport(run: ImportRun): Promise<ImportJob> {
  const { db } = run;
  let job = run.job;
  const options = job.options;
  const resumeAfter = job.lastCommittedRow;
  const errors = job.errorsFile ? new ErrorReport(job.errorsFile, resumeAfter > 0) : undefined;
  const report = job.reportFile ? new RowReport(job.reportFile, resumeAfter > 0) : undefined;
  const sample: JobError[] = [...job.errorSample];
  let phase: JobPhase = options.dryRun
    ? 'PLANNING'
    : options.mode === 'atomic' && job.phase !== 'WRITING'
      ? 'VALIDATING'
      : 'WRITING';
  let status: JobStatus = 'RUNNING';
  let counts: JobCounts = countsOf(job);

  const emit = (extra: Partial<ImportProgress> & { bytesRead: number; rowsPerSecond: number }) =>
    run.onProgress?.({ jobId: job.id, phase, status, ...counts, totalBytes: job.fileSize, ...extra });

  async function pass(write: boolean, start: JobCounts, skipThrough: number): Promise<PassResult> {
    const handler = handlerFor(options);
    const input = run.open();
    const source = readCsv(input, { encoding: options.encoding, delimiter: options.delimiter });
    const started = performance.now();
    const seen = new SeenKeys();
    let passCounts: JobCounts = { ...start };
    const records = source.records[Symbol.asyncIterator]();
    try {
      const first = await records.next();
      if (first.done)
        throw new EstateError('BAD_USER_INPUT', 'the file is empty', [{ field: 'file', reason: 'no header row' }]);
      errors?.setHeaders(first.value.values);
      const plan = handler.planHeader(first.value.values);
      job = await updateJob(db, job.id, { status, phase, warnings: plan.warnings, columns: plan.columns });
      if (plan.errors.length) {
        for (const e of plan.errors) sample.push({ row: 0, line: 1, column: e.column, reason: e.reason });
        await errors?.add(0, 1, plan.errors, first.value.values);
        counts = { ...passCounts, errors: plan.errors.length };
        return { counts, headerRejected: true };
      }

      const batches = batchesOf(records, handler, options.batchSize, skipThrough, seen);
      // Deciding ahead overlaps a batch's lookups with the write of the one before; what was decided is
      // still guarded when written (versions, unique keys), and a batch that moved is decided again.
      const ahead = write && handler.decidesAhead === true;
      let next = batches.next();
      let decidedAhead: Promise<Decision | undefined> | undefined;
      for (;;) {
        const step = await next;
        if (step.done) break;
        next = batches.next();
        next.catch(() => undefined);
        const batch = step.value;
        let outcomes: Outcome[];
        if (ahead) {
          const early = await decidedAhead;
          const decision = early?.batch === batch ? early : await decideBatch(handler, batch, seen);
          decidedAhead = next.then((s) => (s.done ? undefined : decideBatch(handler, s.value, seen)));
          decidedAhead.catch(() => undefined);
          ({ outcomes, counts: passCounts } = await writeBatch(handler, batch, passCounts, seen, decision));
        } else if (write) {
          ({ outcomes, counts: passCounts } = await writeBatch(handler, batch, passCounts, seen));
        } else {
          ({ outcomes } = await decideBatch(handler, batch, seen));
          passCounts = tally(passCounts, outcomes, batch[batch.length - 1].row);
        }
        counts = passCounts;
        await reportOutcomes(handler, outcomes);
        const seconds = (performance.now() - started) / 1000;
        const bytesRead = source.bytesRead();
        const rowsPerSecond = Math.round((passCounts.rowsRead - start.rowsRead) / Math.max(seconds, 0.001));
        const etaSeconds =
          job.fileSize && bytesRead ? Math.round(((job.fileSize - bytesRead) * seconds) / bytesRead) : undefined;
        // A read pass commits nothing: its resume point stays where it was.
        if (!write)
          job = await updateJob(db, job.id, { ...passCounts, lastCommittedRow: start.lastCommittedRow, phase });
        emit({ bytesRead, rowsPerSecond, etaSeconds });
      }
      return { counts: passCounts, headerRejected: false };
    } finally {
      input.destroy();
    }
  }

  /** Decide a batch in a read transaction, and add the keys its rows use to the seen set. */
  async function decideBatch(handler: AnyHandler, batch: Draft[], seen: SeenKeys): Promise<Decision> {
    for (let attempt = 1; ; attempt++) {
      try {
        const now = new Date().toISOString();
        const decided = await db.readTx('import.plan', (tx) => handler.reconcile(tx, batch, seen, now));
        for (const [key, row] of decided.seen) seen.add(key, row);
        return { batch, outcomes: decided.outcomes, now };
      } catch (error) {
        if (!isTimeout(error) || attempt >= BATCH_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Write one batch in one transaction, with the job's counters and resume
   * point; returns its outcomes and the counters after it. The batch is
   * decided in that transaction unless it was decided ahead (`early`). A batch
   * a CI moved under (stale version, lost uniqueness race) is decided again;
   * one that keeps running past the transaction timeout is halved.
   */
  async function writeBatch(
    handler: AnyHandler,
    batch: Draft[],
    before: JobCounts,
    seen: SeenKeys,
    early?: Decision,
  ): Promise<{ outcomes: Outcome[]; counts: JobCounts }> {
    const lastRow = batch[batch.length - 1].row;
    // Decided again, a batch must not find its own keys in the seen set, nor those of the batch after it.
    const seenBefore = seen.before(batch[0].row);
    for (let attempt = 1; ; attempt++) {
      const decidedEarly = early;
      early = undefined;
      try {
        const now = decidedEarly?.now ?? new Date().toISOString();
        const decided = await db.writeTx(
          'import.batch',
          async (tx): Promise<{ d: Reconciled<Outcome>; after: JobCounts }> => {
            const d = decidedEarly
              ? { outcomes: decidedEarly.outcomes, seen: [] }
              : await handler.reconcile(tx, batch, seenBefore, now);
            const refused = d.outcomes.filter((o) => o.action === 'error');
            if (options.mode === 'atomic' && refused.length) throw new AtomicBatchRefused(refused);
            await handler.write(tx, d.outcomes, run.writer, now);
            const after = tally(before, d.outcomes, lastRow);
            await recordBatch(tx, job.id, { ...after, phase, errorSample: withSample(sample, handler, d.outcomes) });
            return { d, after };
          },
        );
        for (const [key, row] of decided.d.seen) seen.add(key, row);
        return { outcomes: decided.d.outcomes, counts: decided.after };
      } catch (error) {
        if (error instanceof RowsRefusedOnWrite) {
          // Refuse those rows and write the batch again without them (each round refuses at least one row).
          for (const draft of batch) {
            const refusal = error.refused.get(draft.row);
            if (refusal) draft.errors.push(refusal);
          }
          attempt = 0;
          continue;
        }
        if (isTimeout(error) && attempt >= 2 && batch.length > 1) {
          const mid = Math.ceil(batch.length / 2);
          const first = await writeBatch(handler, batch.slice(0, mid), before, seen);
          const second = await writeBatch(handler, batch.slice(mid), first.counts, seen);
          return { outcomes: [...first.outcomes, ...second.outcomes], counts: second.counts };
        }
        const retry =
          error instanceof StaleBatchError ||
          (error instanceof EstateError && error.code === 'CONFLICT') ||
          isTimeout(error);
        if (!retry || attempt >= BATCH_ATTEMPTS) throw error;
      }
    }
  }

  async function reportOutcomes(handler: AnyHandler, outcomes: Outcome[]) {
    for (const o of outcomes) {
      const line = handler.describe(o);
      if (line.action === 'error') {
        if (sample.length < ERROR_SAMPLE)
          sample.push(...(line.errors ?? []).map((e) => ({ row: o.row, line: o.line, ...e })));
        await errors?.add(o.row, o.line, line.errors ?? [], line.raw ?? []);
      }
      await report?.add(line);
      run.onRow?.(line);
    }
  }

  try {
    job = await updateJob(db, job.id, { status, phase });
    let result: PassResult;
    if (phase === 'PLANNING' || phase === 'VALIDATING') {
      result = await pass(false, ZERO_COUNTS, 0);
      if (phase === 'VALIDATING' && !result.headerRejected && result.counts.errors === 0) {
        phase = 'WRITING';
        counts = { ...ZERO_COUNTS };
        result = await pass(true, ZERO_COUNTS, 0);
      }
    } else {
      result = await pass(true, countsOf(job), resumeAfter);
    }
    status = finalStatus(options, result);
    const message = summary(options, result, status);
    phase = 'DONE';
    const validationOnly = status === 'REJECTED' && !options.dryRun;
    job = await updateJob(db, job.id, {
      ...result.counts,
      ...(validationOnly || options.dryRun ? { lastCommittedRow: 0 } : {}),
      ...(validationOnly ? { created: 0, updated: 0, unchanged: 0 } : {}),
      status,
      phase,
      message,
      errorSample: sample.slice(0, ERROR_SAMPLE),
      finishedAt: new Date().toISOString(),
    });
    emit({ bytesRead: job.fileSize ?? 0, rowsPerSecond: 0, message });
  } catch (error) {
    status = 'FAILED';
    const message = failureMessage(error, job.id, counts.lastCommittedRow, phase);
    if (error instanceof AtomicBatchRefused) {
      const handler = handlerFor(options);
      await reportOutcomes(handler, error.outcomes).catch(() => undefined);
    }
    try {
      job = await updateJob(db, job.id, {
        status,
        message,
        errorSample: sample.slice(0, ERROR_SAMPLE),
        finishedAt: new Date().toISOString(),
      });
    } catch {
      // The database is gone: the record keeps RUNNING and its last committed row; a resume picks it up.
      job = { ...job, status, message };
    }
    emit({ bytesRead: 0, rowsPerSecond: 0, message });
  } finally {
    await errors?.close();
    await report?.close();
  }
  return job;
}

/** Drafts of the data rows, `size` at a time; rows up to `skipThrough` (a resume) only refill the seen set. */
async function* batchesOf(
  records: AsyncIterator<CsvRecord>,
  handler: AnyHandler,
  size: number,
  skipThrough: number,
  seen: SeenKeys,
): AsyncGenerator<Draft[]> {
  let batch: Draft[] = [];
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const draft = handler.draft(next.value);
    if (draft.row <= skipThrough) {
      if (draft.errors.length === 0) for (const key of handler.resumeKeys(draft)) seen.add(key, draft.row);
      continue;
    }
    batch.push(draft);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The transaction ran past its timeout (first runs of the import's queries are planned, and a loaded database is slow). */
function isTimeout(error: unknown): boolean {
  if (error instanceof EstateError) return error.code === 'LIMIT_EXCEEDED';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(code);
}

function countsOf(c: JobCounts): JobCounts {
  const { rowsRead, created, updated, unchanged, errors, lastCommittedRow } = c;
  return { rowsRead, created, updated, unchanged, errors, lastCommittedRow };
}

function tally(counts: JobCounts, outcomes: readonly Outcome[], lastRow: number): JobCounts {
  const next = { ...counts, rowsRead: counts.rowsRead + outcomes.length, lastCommittedRow: lastRow };
  for (const o of outcomes) {
    if (o.action === 'create') next.created++;
    else if (o.action === 'update') next.updated++;
    else if (o.action === 'unchanged') next.unchanged++;
    else next.errors++;
  }
  return next;
}

function withSample(sample: readonly JobError[], handler: AnyHandler, outcomes: readonly Outcome[]): JobError[] {
  const out = [...sample];
  for (const o of outcomes) {
    if (out.length >= ERROR_SAMPLE) break;
    if (o.action === 'error')
      out.push(...(handler.describe(o).errors ?? []).map((e) => ({ row: o.row, line: o.line, ...e })));
  }
  return out.slice(0, ERROR_SAMPLE);
}

function finalStatus(options: ImportOptions, result: PassResult): JobStatus {
  if (result.headerRejected) return 'REJECTED';
  if (result.counts.errors === 0) return 'SUCCEEDED';
  return options.mode === 'atomic' ? 'REJECTED' : 'COMPLETED_WITH_ERRORS';
}

function summary(options: ImportOptions, result: PassResult, status: JobStatus): string {
  const c = result.counts;
  if (result.headerRejected) return `the header has ${c.errors} problem(s); nothing was read or written`;
  const would = options.dryRun ? 'would be ' : '';
  const counts = `${c.rowsRead} rows: ${c.created} ${would}created, ${c.updated} ${would}updated, ${c.unchanged} unchanged, ${c.errors} invalid`;
  if (options.dryRun) return `dry run, nothing written; ${counts}`;
  if (status === 'REJECTED')
    return `${c.errors} of ${c.rowsRead} rows are invalid; atomic mode, so nothing was written`;
  return counts;
}

function failureMessage(error: unknown, jobId: string, lastCommittedRow: number, phase: JobPhase): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof AtomicBatchRefused) {
    return `a row became invalid after validation (the graph changed meanwhile); rows up to ${lastCommittedRow} are committed; fix the file and resume job ${jobId}`;
  }
  if (phase !== 'WRITING') return `${reason}; nothing was written`;
  return `${reason}; rows up to ${lastCommittedRow} are committed; resume job ${jobId} to finish`;
}
