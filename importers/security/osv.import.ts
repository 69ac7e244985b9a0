/**
 * `estate import --osv FILE|FOLDER|ZIP`: advisories into Vulnerability nodes, then matching.
 * Two passes over the input, one record in memory at a time: the first checks every record
 * (and that no id comes twice) and writes nothing if anything is wrong; the second writes in
 * batches and collects the ids that changed, whose AFFECTED_BY edges are then recomputed.
 * Re-importing the same advisories changes nothing and rematches nothing.
 */
import type { Executor } from '../../graph/platform/executor';
import { matchVulnerabilities, type MatchSummary } from '../../graph/security/matching';
import { cvssBaseScore } from '../../graph/security/cvss.score';
import { vulnerabilityPackageKeys } from '../../graph/security/matching.evaluate';
import { storeAdvisories, type VulnerabilityRow } from '../../graph/security/vulnerabilities';

import { ProblemLog } from './feed.errors';
import type { OsvRecord } from './osv.record';
import { readOsv } from './osv.source';

export const OSV_WRITE_BATCH = 500;

export interface OsvImportOutcome {
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  matching: MatchSummary;
}

export interface FeedImportOptions {
  /** Called as records are written: how many so far. */
  onProgress?: (written: number) => void;
}

/** The database a record comes from, by its id's prefix (GHSA, PYSEC, GO, CVE…). */
const sourceOf = (id: string): string => id.split('-')[0];

/** An OSV record as a Vulnerability row: severities per source (OSV's vector and its base score), the affected list as JSON. */
export const vulnerabilityRow = (record: OsvRecord): VulnerabilityRow => {
  const source = sourceOf(record.id);
  const severities = [
    ...(record.severity ?? []).map((s) => ({
      source,
      type: s.type,
      vector: s.score,
      score: cvssBaseScore(s.type, s.score),
    })),
    ...(record.affected ?? []).flatMap((a) =>
      (a.severity ?? []).map((s) => ({
        source,
        package: a.package.name,
        type: s.type,
        vector: s.score,
        score: cvssBaseScore(s.type, s.score),
      })),
    ),
  ];
  const affected = (record.affected ?? []).map(({ package: pkg, ranges, versions }) => ({
    package: pkg,
    ranges,
    versions,
  }));
  return {
    id: record.id,
    aliases: record.aliases ?? [],
    summary: record.summary ?? null,
    details: record.details ?? null,
    severities: JSON.stringify(severities),
    cwes: record.database_specific?.cwe_ids ?? [],
    published: record.published ?? null,
    modified: record.modified,
    withdrawn: record.withdrawn ?? null,
    affected: JSON.stringify(affected),
    packageKeys: vulnerabilityPackageKeys(affected),
  };
};

/** Pass one: every record checked, ids unique; throws the feed's error naming each problem. */
async function check(path: string): Promise<void> {
  const problems = new ProblemLog();
  const seen = new Map<string, string>();
  for await (const { file, at, record } of readOsv(path, problems)) {
    const first = seen.get(record.id);
    if (first !== undefined) problems.add({ file, at: `${at}/id`, reason: `${record.id} is also in ${first}` });
    else seen.set(record.id, file);
  }
  problems.throwIfAny('OSV import');
}

export async function importOsv(
  executor: Executor,
  path: string,
  options: FeedImportOptions = {},
): Promise<OsvImportOutcome> {
  await check(path);
  const outcome = { records: 0, created: 0, updated: 0, unchanged: 0 };
  const changedIds: string[] = [];
  let batch: VulnerabilityRow[] = [];
  const flush = async (): Promise<void> => {
    const stored = await storeAdvisories(executor, batch);
    outcome.created += stored.created;
    outcome.updated += stored.updated;
    outcome.unchanged += stored.unchanged;
    changedIds.push(...stored.changedIds);
    outcome.records += batch.length;
    batch = [];
    options.onProgress?.(outcome.records);
  };
  const problems = new ProblemLog();
  for await (const { record } of readOsv(path, problems)) {
    batch.push(vulnerabilityRow(record));
    if (batch.length >= OSV_WRITE_BATCH) await flush();
  }
  await flush();
  // The input changed between the passes: what was written stays, and the change is said.
  problems.throwIfAny('OSV import (the input changed while it was read)');
  return { ...outcome, matching: await matchVulnerabilities(executor, changedIds) };
}
