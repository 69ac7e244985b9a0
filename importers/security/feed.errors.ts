/**
 * Problems found in vulnerability and end-of-life feeds (OSV, CISA KEV, endoflife.date), and
 * the one error that reports them: each problem names the file, where in it (a JSON pointer,
 * or a CSV row and column) and the reason. A feed with any problem writes nothing.
 */
import { stat } from 'node:fs/promises';
import type { z } from 'zod';

import { EstateError } from '../../graph/platform/errors';

export interface FeedProblem {
  /** The file (inside a zip: `archive.zip!/path/in/zip.json`). */
  readonly file: string;
  /** A JSON pointer (`/affected/0/ranges/1/type`, `""` for the whole document), or `row 3, column dueDate`. */
  readonly at: string;
  readonly reason: string;
}

/** How many problems one error lists; the count says how many there were in all. */
export const MAX_REPORTED_PROBLEMS = 50;

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export const jsonPointer = (path: readonly PropertyKey[]): string =>
  path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** zod's issues as problems, their paths as JSON pointers under `base`. */
export const zodProblems = (file: string, error: z.ZodError, base: readonly PropertyKey[] = []): FeedProblem[] =>
  error.issues.map((issue) => ({
    file,
    at: jsonPointer([...base, ...issue.path]),
    reason: issue.message,
  }));

/** Where a problem is, as the error's `field`. */
export const problemField = (p: FeedProblem): string => (p.at === '' ? p.file : `${p.file} ${p.at}`);

/** Collects problems up to the reporting cap, counting all of them. */
export class ProblemLog {
  readonly problems: FeedProblem[] = [];
  count = 0;

  add(...problems: FeedProblem[]): void {
    for (const p of problems) {
      this.count++;
      if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(p);
    }
  }

  /** Throws the feed's error when any problem was found. */
  throwIfAny(feed: string): void {
    if (this.count > 0) throw feedError(feed, this.problems, this.count);
  }
}

export const feedError = (feed: string, problems: readonly FeedProblem[], count = problems.length): EstateError => {
  const first = problems[0];
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  return new EstateError(
    'BAD_USER_INPUT',
    `${feed}: ${count} problem${count === 1 ? '' : 's'}, nothing was written; ${problemField(first)}: ${first.reason}${more}`,
    problems.map((p) => ({ field: problemField(p), reason: p.reason })),
    { problemCount: count },
  );
};

/** Whether a path is an existing file (a feed's first check). */
export const isFile = async (path: string): Promise<boolean> => (await stat(path).catch(() => null))?.isFile() ?? false;
