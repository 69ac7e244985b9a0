/**
 * What the import pipeline needs from a kind of import (items, relationships):
 * plan the header, turn a record into a draft, decide a batch, write it.
 * The pipeline owns streaming, batching, passes, retries, jobs and reports;
 * a handler owns what the rows mean.
 */
import type { WriteContext } from '../../graph/platform/changelog.writer';
import type { Tx } from '../../graph/platform/executor';
import type { HeaderProblem } from './column.mapping';
import type { CsvRecord } from './csv.source';
import type { RowOutcomeLine } from './error.report';
import type { Reconciled, RowAction } from './reconcile';
import type { RowError } from './row.values';
import type { SeenView } from './seen.keys';

export interface Draft {
  row: number;
  line: number;
  raw: string[];
  errors: RowError[];
}

export interface Outcome {
  row: number;
  line: number;
  action: RowAction;
}

export interface HeaderPlan {
  warnings: string[];
  errors: HeaderProblem[];
  /** How each column is read, one line each. */
  columns: string[];
}

export interface ImportHandler<D extends Draft, O extends Outcome> {
  planHeader(header: string[]): HeaderPlan;
  draft(record: CsvRecord): D;
  /** Seen-set keys of a valid draft, to rebuild the set from the rows a resume skips. */
  resumeKeys(draft: D): string[];
  /**
   * True when a batch's decision depends on the batches before it only through the seen set: the write
   * pass then decides a batch (read-only) while the one before it is written. Its write must check again
   * what the decision rested on (relationships: cycles closed with the batch before are found there).
   */
  readonly decidesAhead?: boolean;
  reconcile(tx: Tx, drafts: readonly D[], seen: SeenView, now: string): Promise<Reconciled<O>>;
  write(tx: Tx, outcomes: readonly O[], writer: WriteContext, now: string): Promise<void>;
  describe(outcome: O): RowOutcomeLine & { raw?: string[] };
}
