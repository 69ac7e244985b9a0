/**
 * `estate import --eol FILE [--product NAME]`: release cycles into ReleaseCycle nodes.
 * Checked whole first (a bad cycle, or one cycle of a product twice, writes nothing), then
 * written in batches. Idempotent.
 */
import type { Executor } from '../../graph/platform/executor';
import type { ReleaseCycle } from '../../graph/security/end.of.life';
import { cycleKey, storeReleaseCycles } from '../../graph/security/end.of.life.store';

import { type EolOptions, readEol } from './eol.source';
import { ProblemLog } from './feed.errors';
import type { FeedImportOptions } from './osv.import';

export const EOL_WRITE_BATCH = 500;

export interface EolImportOutcome {
  cycles: number;
  created: number;
  updated: number;
  unchanged: number;
}

async function check(path: string, options: EolOptions): Promise<void> {
  const problems = new ProblemLog();
  const seen = new Map<string, string>();
  for await (const { file, at, cycle } of readEol(path, options, problems)) {
    const key = cycleKey(cycle.product, cycle.cycle);
    const first = seen.get(key);
    if (first !== undefined)
      problems.add({ file, at, reason: `${cycle.product} ${cycle.cycle} is listed again (first at ${first})` });
    else seen.set(key, at);
  }
  problems.throwIfAny('End-of-life import');
}

export async function importEol(
  executor: Executor,
  path: string,
  options: EolOptions & FeedImportOptions = {},
): Promise<EolImportOutcome> {
  await check(path, options);
  const outcome: EolImportOutcome = { cycles: 0, created: 0, updated: 0, unchanged: 0 };
  let batch: ReleaseCycle[] = [];
  const flush = async (): Promise<void> => {
    const stored = await storeReleaseCycles(executor, batch);
    outcome.created += stored.created;
    outcome.updated += stored.updated;
    outcome.unchanged += stored.unchanged;
    outcome.cycles += batch.length;
    batch = [];
    options.onProgress?.(outcome.cycles);
  };
  const problems = new ProblemLog();
  for await (const { cycle } of readEol(path, options, problems)) {
    batch.push(cycle);
    if (batch.length >= EOL_WRITE_BATCH) await flush();
  }
  await flush();
  problems.throwIfAny('End-of-life import (the input changed while it was read)');
  return outcome;
}
