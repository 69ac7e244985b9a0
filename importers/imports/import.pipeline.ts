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
import type { WriteContext } from '../../graph/platform/changelog.writer';
import { EstateError } from '../../graph/platform/errors';
import type { Executor } from '../../graph/platform/executor';
import { readCsv } from './csv.source';
import type { CsvRecord, CsvSource } from './csv.source';
import { ErrorReport, RowReport } from './error.report';
import type { RowOutcomeLine } from './error.report';
import type { Draft, HeaderPlan, ImportHandler, Outcome } from './import.handler';
import { ERROR_SAMPLE, recordBatch, updateJob, ZERO_COUNTS } from '../../graph/imports/import.jobs';
import type { ImportJob, JobCounts, JobError, JobPhase, JobStatus } from '../../graph/imports/import.jobs';
import type { ImportOptions } from '../../graph/model/imports';
import { StaleBatchError } from './import.write';
import { itemsHandler } from './items.import';
import { prepareItemImport } from './items.prepare';
import type { ItemImportSetup } from './items.prepare';
import { relationshipsHandler, RowsRefusedOnWrite } from './relationships.import';
import { SeenKeys } from './seen.keys';
import type { SeenView } from './seen.keys';
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

export function handlerFor(options: ImportOptions, setup?: ItemImportSetup): AnyHandler {
  return options.kind === 'relationships' ? relationshipsHandler(options) : itemsHandler(options, setup);
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

/** A batch written: its outcomes and the job's counters after it. */
interface BatchWritten {
  outcomes: Outcome[];
  counts: JobCounts;
}

/** Run (or resume) an import job to its end; the returned job is its final record. Never throws for a failed job. */
export function runImport(run: ImportRun): Promise<ImportJob> {
  return new ImportRunner(run).execute();
}

/** The phase a run starts in: a dry run plans; an atomic run validates first unless it is resuming its writes. */
function startPhase(job: ImportJob): JobPhase {
  if (job.options.dryRun) return 'PLANNING';
  return job.options.mode === 'atomic' && job.phase !== 'WRITING' ? 'VALIDATING' : 'WRITING';
}

/** What one pass over the file carries from batch to batch. */
interface Pass {
  handler: AnyHandler;
  /** Writes (else only decides, in read transactions). */
  write: boolean;
  /** Decides each batch while the one before it is written. */
  ahead: boolean;
  seen: SeenKeys;
  source: CsvSource;
  started: number;
  /** The counters when the pass began, and after the batches so far. */
  start: JobCounts;
  counts: JobCounts;
  /** The next batch's decision, running while this one is written. */
  decidedAhead?: Promise<Decision | undefined>;
}

type Progress = Partial<ImportProgress> & { bytesRead: number; rowsPerSecond: number };

/**
 * One run of one job: its passes over the file and the state they share (the job record, phase, status,
 * counters, error sample and reports). One method per step; `execute` runs them and never throws.
 */
class ImportRunner {
  private job: ImportJob;
  private readonly options: ImportOptions;
  private readonly resumeAfter: number;
  private readonly errors: ErrorReport | undefined;
  private readonly report: RowReport | undefined;
  private readonly sample: JobError[];
  private phase: JobPhase;
  private status: JobStatus = 'RUNNING';
  private counts: JobCounts;
  private setup: Promise<ItemImportSetup | undefined> | undefined;

  constructor(private readonly run: ImportRun) {
    const { job } = run;
    this.job = job;
    this.options = job.options;
    this.resumeAfter = job.lastCommittedRow;
    this.errors = job.errorsFile ? new ErrorReport(job.errorsFile, this.resumeAfter > 0) : undefined;
    this.report = job.reportFile ? new RowReport(job.reportFile, this.resumeAfter > 0) : undefined;
    this.sample = [...job.errorSample];
    this.phase = startPhase(job);
    this.counts = countsOf(job);
  }

  private get db(): Executor {
    return this.run.db;
  }

  async execute(): Promise<ImportJob> {
    try {
      await this.finish(await this.passes());
    } catch (error) {
      await this.fail(error);
    } finally {
      await this.errors?.close();
      await this.report?.close();
    }
    return this.job;
  }

  /** The passes this job needs: one read pass (dry run), validation then writing (atomic), or one write pass. */
  private async passes(): Promise<PassResult> {
    this.job = await updateJob(this.db, this.job.id, { status: this.status, phase: this.phase });
    if (this.phase === 'WRITING') return this.pass(true, countsOf(this.job), this.resumeAfter);
    const checked = await this.pass(false, ZERO_COUNTS, 0);
    if (this.phase !== 'VALIDATING' || checked.headerRejected || checked.counts.errors !== 0) return checked;
    this.phase = 'WRITING';
    this.counts = { ...ZERO_COUNTS };
    return this.pass(true, ZERO_COUNTS, 0);
  }

  /** One pass over the file from its start: the header, then every batch after `skipThrough`. */
  private async pass(write: boolean, start: JobCounts, skipThrough: number): Promise<PassResult> {
    const handler = handlerFor(this.options, await this.itemSetup());
    const input = this.run.open();
    const source = readCsv(input, { encoding: this.options.encoding, delimiter: this.options.delimiter });
    const started = performance.now();
    const records = source.records[Symbol.asyncIterator]();
    try {
      const header = await this.readHeader(handler, records);
      if (header.plan.errors.length) return await this.rejectHeader(header.plan, header.values, start);
      const ahead = write && handler.decidesAhead === true;
      const pass: Pass = { handler, write, ahead, seen: new SeenKeys(), source, started, start, counts: { ...start } };
      await this.batches(pass, batchesOf(records, handler, this.options.batchSize, skipThrough, pass.seen));
      return { counts: pass.counts, headerRejected: false };
    } finally {
      input.destroy();
    }
  }

  /** Once per run, before its first pass: what item rows are read with (custom fields, inferred date orders). */
  private itemSetup(): Promise<ItemImportSetup | undefined> {
    this.setup ??=
      this.options.kind === 'items'
        ? prepareItemImport(this.db, this.options, this.run.open)
        : Promise.resolve(undefined);
    return this.setup;
  }

  /** Reads and plans the header row, and records the plan (columns, warnings) on the job. */
  private async readHeader(
    handler: AnyHandler,
    records: AsyncIterator<CsvRecord>,
  ): Promise<{ plan: HeaderPlan; values: string[] }> {
    const first = await records.next();
    if (first.done)
      throw new EstateError('BAD_USER_INPUT', 'the file is empty', [{ field: 'file', reason: 'no header row' }]);
    this.errors?.setHeaders(first.value.values);
    const plan = handler.planHeader(first.value.values);
    this.job = await updateJob(this.db, this.job.id, {
      status: this.status,
      phase: this.phase,
      warnings: plan.warnings,
      columns: plan.columns,
    });
    return { plan, values: first.value.values };
  }

  /** A header with errors: they go to the sample and the error report, and no row is read. */
  private async rejectHeader(plan: HeaderPlan, values: string[], start: JobCounts): Promise<PassResult> {
    for (const e of plan.errors) this.sample.push({ row: 0, line: 1, column: e.column, reason: e.reason });
    await this.errors?.add(0, 1, plan.errors, values);
    this.counts = { ...start, errors: plan.errors.length };
    return { counts: this.counts, headerRejected: true };
  }

  /** Every batch in turn: decided (and written), reported, and the progress told. */
  private async batches(pass: Pass, batches: AsyncGenerator<Draft[]>): Promise<void> {
    let next = batches.next();
    for (let step = await next; !step.done; step = await next) {
      next = batches.next();
      next.catch(() => undefined);
      const outcomes = await this.batchOutcomes(pass, step.value, next);
      this.counts = pass.counts;
      await this.reportOutcomes(pass.handler, outcomes);
      await this.afterBatch(pass);
    }
  }

  /**
   * One batch's outcomes: decided in a read pass; decided and written in a write pass. Deciding ahead
   * overlaps a batch's lookups with the write of the one before; what was decided is still guarded when
   * written (versions, unique keys), and a batch that moved is decided again.
   */
  private async batchOutcomes(pass: Pass, batch: Draft[], next: Promise<IteratorResult<Draft[]>>): Promise<Outcome[]> {
    if (!pass.write) {
      const { outcomes } = await this.decideBatch(pass.handler, batch, pass.seen);
      pass.counts = tally(pass.counts, outcomes, batch[batch.length - 1].row);
      return outcomes;
    }
    let decision: Decision | undefined;
    if (pass.ahead) {
      const early = await pass.decidedAhead;
      decision = early?.batch === batch ? early : await this.decideBatch(pass.handler, batch, pass.seen);
      pass.decidedAhead = next.then((s) => (s.done ? undefined : this.decideBatch(pass.handler, s.value, pass.seen)));
      pass.decidedAhead.catch(() => undefined);
    }
    const written = await this.writeBatch(pass.handler, batch, pass.counts, pass.seen, decision);
    pass.counts = written.counts;
    return written.outcomes;
  }

  /** After a batch: speed and time left, the job's counters (a read pass commits nothing, so its resume point stays), progress. */
  private async afterBatch(pass: Pass): Promise<void> {
    const seconds = (performance.now() - pass.started) / 1000;
    const bytesRead = pass.source.bytesRead();
    const rowsPerSecond = Math.round((pass.counts.rowsRead - pass.start.rowsRead) / Math.max(seconds, 0.001));
    const size = this.job.fileSize;
    const etaSeconds = size && bytesRead ? Math.round(((size - bytesRead) * seconds) / bytesRead) : undefined;
    if (!pass.write) {
      this.job = await updateJob(this.db, this.job.id, {
        ...pass.counts,
        lastCommittedRow: pass.start.lastCommittedRow,
        phase: this.phase,
      });
    }
    this.emit({ bytesRead, rowsPerSecond, etaSeconds });
  }

  /** Decide a batch in a read transaction, and add the keys its rows use to the seen set. */
  private async decideBatch(handler: AnyHandler, batch: Draft[], seen: SeenKeys): Promise<Decision> {
    for (let attempt = 1; ; attempt++) {
      try {
        const now = new Date().toISOString();
        const decided = await this.db.readTx('import.plan', (tx) => handler.reconcile(tx, batch, seen, now));
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
  private async writeBatch(
    handler: AnyHandler,
    batch: Draft[],
    before: JobCounts,
    seen: SeenKeys,
    early?: Decision,
  ): Promise<BatchWritten> {
    // Decided again, a batch must not find its own keys in the seen set, nor those of the batch after it.
    const seenBefore = seen.before(batch[0].row);
    for (let attempt = 1; ; attempt++) {
      const decidedEarly = early;
      early = undefined;
      try {
        return await this.commitBatch(handler, batch, before, { seen, seenBefore }, decidedEarly);
      } catch (error) {
        if (error instanceof RowsRefusedOnWrite) {
          // Write the batch again without those rows (each round refuses at least one row).
          refuseRows(batch, error);
          attempt = 0;
          continue;
        }
        if (isTimeout(error) && attempt >= 2 && batch.length > 1) return this.writeHalves(handler, batch, before, seen);
        if (!mayRetry(error) || attempt >= BATCH_ATTEMPTS) throw error;
      }
    }
  }

  /** One attempt at a batch: decided (unless decided ahead), written and counted in one write transaction. */
  private async commitBatch(
    handler: AnyHandler,
    batch: Draft[],
    before: JobCounts,
    keys: { seen: SeenKeys; seenBefore: SeenView },
    early: Decision | undefined,
  ): Promise<BatchWritten> {
    const lastRow = batch[batch.length - 1].row;
    const now = early?.now ?? new Date().toISOString();
    const { decided, after } = await this.db.writeTx(
      'import.batch',
      async (tx): Promise<{ decided: Reconciled<Outcome>; after: JobCounts }> => {
        const decided = early
          ? { outcomes: early.outcomes, seen: [] }
          : await handler.reconcile(tx, batch, keys.seenBefore, now);
        const refused = decided.outcomes.filter((o) => o.action === 'error');
        if (this.options.mode === 'atomic' && refused.length) throw new AtomicBatchRefused(refused);
        await handler.write(tx, decided.outcomes, this.run.writer, now);
        const after = tally(before, decided.outcomes, lastRow);
        const errorSample = withSample(this.sample, handler, decided.outcomes);
        await recordBatch(tx, this.job.id, { ...after, phase: this.phase, errorSample });
        return { decided, after };
      },
    );
    for (const [key, row] of decided.seen) keys.seen.add(key, row);
    return { outcomes: decided.outcomes, counts: after };
  }

  /** A batch that keeps running past the transaction timeout, written as two halves (each may halve again). */
  private async writeHalves(
    handler: AnyHandler,
    batch: Draft[],
    before: JobCounts,
    seen: SeenKeys,
  ): Promise<BatchWritten> {
    const mid = Math.ceil(batch.length / 2);
    const first = await this.writeBatch(handler, batch.slice(0, mid), before, seen);
    const second = await this.writeBatch(handler, batch.slice(mid), first.counts, seen);
    return { outcomes: [...first.outcomes, ...second.outcomes], counts: second.counts };
  }

  /** Each row's outcome to the error sample and report, the row report and the dry-run listing. */
  private async reportOutcomes(handler: AnyHandler, outcomes: Outcome[]): Promise<void> {
    for (const o of outcomes) {
      const line = handler.describe(o);
      if (line.action === 'error') {
        if (this.sample.length < ERROR_SAMPLE)
          this.sample.push(...(line.errors ?? []).map((e) => ({ row: o.row, line: o.line, ...e })));
        await this.errors?.add(o.row, o.line, line.errors ?? [], line.raw ?? []);
      }
      await this.report?.add(line);
      this.run.onRow?.(line);
    }
  }

  /** The job's final record: counters (none kept for a rejected or dry run), status, summary. */
  private async finish(result: PassResult): Promise<void> {
    const { options } = this;
    this.status = finalStatus(options, result);
    const message = summary(options, result, this.status);
    this.phase = 'DONE';
    const validationOnly = this.status === 'REJECTED' && !options.dryRun;
    this.job = await updateJob(this.db, this.job.id, {
      ...result.counts,
      ...(validationOnly || options.dryRun ? { lastCommittedRow: 0 } : {}),
      ...(validationOnly ? { created: 0, updated: 0, unchanged: 0 } : {}),
      status: this.status,
      phase: this.phase,
      message,
      errorSample: this.sample.slice(0, ERROR_SAMPLE),
      finishedAt: new Date().toISOString(),
    });
    this.emit({ bytesRead: this.job.fileSize ?? 0, rowsPerSecond: 0, message });
  }

  /** A run that stopped: FAILED, with where it stopped and how to go on, recorded if the database still answers. */
  private async fail(error: unknown): Promise<void> {
    this.status = 'FAILED';
    const message = failureMessage(error, this.job.id, this.counts.lastCommittedRow, this.phase);
    if (error instanceof AtomicBatchRefused) {
      await this.reportOutcomes(handlerFor(this.options), error.outcomes).catch(() => undefined);
    }
    try {
      this.job = await updateJob(this.db, this.job.id, {
        status: this.status,
        message,
        errorSample: this.sample.slice(0, ERROR_SAMPLE),
        finishedAt: new Date().toISOString(),
      });
    } catch {
      // The database is gone: the record keeps RUNNING and its last committed row; a resume picks it up.
      this.job = { ...this.job, status: this.status, message };
    }
    this.emit({ bytesRead: 0, rowsPerSecond: 0, message });
  }

  private emit(extra: Progress): void {
    const { job, phase, status, counts } = this;
    this.run.onProgress?.({ jobId: job.id, phase, status, ...counts, totalBytes: job.fileSize, ...extra });
  }
}

/** Marks the rows a write refused, so that the batch is written again without them. */
function refuseRows(batch: Draft[], error: RowsRefusedOnWrite): void {
  for (const draft of batch) {
    const refusal = error.refused.get(draft.row);
    if (refusal) draft.errors.push(refusal);
  }
}

/** A batch worth another attempt: a CI moved under it (stale version, lost uniqueness race) or it timed out. */
function mayRetry(error: unknown): boolean {
  return (
    error instanceof StaleBatchError || (error instanceof EstateError && error.code === 'CONFLICT') || isTimeout(error)
  );
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
