/**
 * CISA's Known Exploited Vulnerabilities catalogue, from its JSON feed or its CSV export,
 * one entry at a time. The JSON is streamed with @streamparser/json (only
 * `/vulnerabilities/*` is kept, an entry at a time), so the full catalogue costs one entry's
 * memory. Each entry is checked with zod: a CVE id, calendar dates for dateAdded and
 * dueDate, and knownRansomwareCampaignUse as CISA writes it (Known or Unknown).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { JSONParser } from '@streamparser/json';
import { z } from 'zod';

import { csvRows, rowProblems } from './feed.csv';
import type { ProblemLog } from './feed.errors';
import { isFile, zodProblems } from './feed.errors';
import { calendarDate } from './feed.fields';

export const KEV_RANSOMWARE = { Known: true, Unknown: false } as const;

const cwes = z.union([
  z.array(z.string()),
  // The CSV export joins them with commas: "CWE-20, CWE-400".
  z.string().transform((s) =>
    s
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  ),
]);

export const kevEntrySchema = z.object({
  cveID: z.string().regex(/^CVE-\d{4}-\d{4,}$/, 'must be a CVE id, e.g. CVE-2021-44228'),
  vendorProject: z.string().optional(),
  product: z.string().optional(),
  vulnerabilityName: z.string().optional(),
  dateAdded: calendarDate,
  shortDescription: z.string().optional(),
  requiredAction: z.string().optional(),
  dueDate: calendarDate,
  knownRansomwareCampaignUse: z.enum(['Known', 'Unknown'], { message: 'must be Known or Unknown' }),
  notes: z.string().optional(),
  cwes: cwes.optional(),
});

export type KevEntry = z.infer<typeof kevEntrySchema>;

export interface KevRecord {
  readonly file: string;
  readonly at: string;
  readonly entry: KevEntry;
}

/** Columns the CSV must have; the others are read when present. */
export const KEV_REQUIRED_COLUMNS = ['cveID', 'dateAdded', 'dueDate', 'knownRansomwareCampaignUse'] as const;

async function* fromCsv(path: string, problems: ProblemLog): AsyncGenerator<KevRecord> {
  const file = basename(path);
  for await (const { row, values } of csvRows(path, KEV_REQUIRED_COLUMNS, problems)) {
    const parsed = kevEntrySchema.safeParse(values);
    if (parsed.success) yield { file, at: `row ${row}`, entry: parsed.data };
    else problems.add(...rowProblems(file, row, parsed.error));
  }
}

async function* fromJson(path: string, problems: ProblemLog): AsyncGenerator<KevRecord> {
  const file = basename(path);
  const found: KevRecord[] = [];
  let entries = 0;
  const parser = new JSONParser({ paths: ['$.vulnerabilities.*'], keepStack: false });
  parser.onValue = ({ value, key }) => {
    entries++;
    const parsed = kevEntrySchema.safeParse(value);
    if (parsed.success) found.push({ file, at: `/vulnerabilities/${String(key)}`, entry: parsed.data });
    else problems.add(...zodProblems(file, parsed.error, ['vulnerabilities', key as number]));
  };
  try {
    for await (const chunk of createReadStream(path)) {
      parser.write(chunk as Buffer);
      // Hand over what this chunk completed, so only a chunk's worth of entries is ever held.
      yield* found.splice(0);
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    problems.add({ file, at: '', reason: `not JSON: ${(error as Error).message}` });
    return;
  }
  yield* found.splice(0);
  if (entries === 0)
    problems.add({ file, at: '/vulnerabilities', reason: 'no KEV entries: expected a vulnerabilities list' });
}

const isCsv = (path: string): boolean => path.toLowerCase().endsWith('.csv');

/** The entries of a KEV file, JSON or CSV (by its extension); problems go to `problems`. */
export async function* readKev(path: string, problems: ProblemLog): AsyncGenerator<KevRecord> {
  if (!(await isFile(path))) return problems.add({ file: path, at: '', reason: 'no such file' });
  yield* isCsv(path) ? fromCsv(path, problems) : fromJson(path, problems);
}
