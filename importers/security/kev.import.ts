/**
 * `estate import --kev FILE`: CISA KEV entries onto Vulnerability nodes (by CVE, and onto the
 * advisories that alias the CVE). Checked whole first (a bad entry or a CVE listed twice
 * writes nothing), then written in batches. Idempotent.
 */
import type { Executor } from '../../graph/platform/executor';
import { storeKev, type KevRow } from '../../graph/security/vulnerabilities';

import { ProblemLog } from './feed.errors';
import { readKev, type KevEntry } from './kev.source';
import type { FeedImportOptions } from './osv.import';

export const KEV_WRITE_BATCH = 500;

export interface KevImportOutcome {
  entries: number;
  changed: number;
  /** Advisories (by alias) that took KEV facts in this import. */
  advisories: number;
}

export const kevRow = (e: KevEntry): KevRow => ({
  cveId: e.cveID,
  name: e.vulnerabilityName ?? null,
  description: e.shortDescription ?? null,
  dateAdded: e.dateAdded,
  dueDate: e.dueDate,
  ransomware: e.knownRansomwareCampaignUse === 'Known',
  requiredAction: e.requiredAction ?? null,
  cwes: e.cwes ?? [],
});

async function check(path: string): Promise<void> {
  const problems = new ProblemLog();
  const seen = new Map<string, string>();
  for await (const { file, at, entry } of readKev(path, problems)) {
    const first = seen.get(entry.cveID);
    if (first !== undefined) problems.add({ file, at, reason: `${entry.cveID} is listed again (first at ${first})` });
    else seen.set(entry.cveID, at);
  }
  problems.throwIfAny('KEV import');
}

export async function importKev(
  executor: Executor,
  path: string,
  options: FeedImportOptions = {},
): Promise<KevImportOutcome> {
  await check(path);
  const outcome: KevImportOutcome = { entries: 0, changed: 0, advisories: 0 };
  let batch: KevRow[] = [];
  const flush = async (): Promise<void> => {
    const stored = await storeKev(executor, batch);
    outcome.entries += stored.entries;
    outcome.changed += stored.changed;
    outcome.advisories += stored.advisories;
    batch = [];
    options.onProgress?.(outcome.entries);
  };
  const problems = new ProblemLog();
  for await (const { entry } of readKev(path, problems)) {
    batch.push(kevRow(entry));
    if (batch.length >= KEV_WRITE_BATCH) await flush();
  }
  await flush();
  problems.throwIfAny('KEV import (the input changed while it was read)');
  return outcome;
}
