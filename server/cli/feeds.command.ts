/**
 * `estate import --osv FILE|FOLDER|ZIP`, `--kev FILE`, `--eol FILE [--product NAME]`: the
 * vulnerability and end-of-life feeds, read from local files only (the server never fetches
 * them itself). A count on stderr as records are written, a summary on stdout (or the
 * outcome as JSON). A refused feed lists every problem on stderr as `file where: reason`,
 * and nothing is written. Exit code: 0 imported, 1 refused.
 */
import { resolve } from 'node:path';

import { EstateError } from '../../graph/platform/errors';
import { importEol } from '../../importers/security/eol.import';
import { importKev } from '../../importers/security/kev.import';
import { importOsv } from '../../importers/security/osv.import';
import type { CliContext } from './cli.database';

export const FEED_KINDS = ['osv', 'kev', 'eol'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedImportFlags {
  product?: string;
  json?: boolean;
  progress?: boolean;
}

const summaries: Record<FeedKind, (outcome: Record<string, unknown>) => string> = {
  osv: (o) => {
    const m = o.matching as Record<string, number>;
    return (
      `osv: ${o.records} advisories: ${o.created} new, ${o.updated} changed, ${o.unchanged} unchanged\n` +
      `  matching: ${m.added} affected edges added, ${m.removed} removed, ${m.kept} kept` +
      `${m.unevaluated > 0 ? `; ${m.unevaluated} component × advisory pairs not evaluable` : ''}\n`
    );
  },
  kev: (o) => `kev: ${o.entries} entries, ${o.changed} new or changed; ${o.advisories} advisories marked by alias\n`,
  eol: (o) => `eol: ${o.cycles} release cycles: ${o.created} new, ${o.updated} changed, ${o.unchanged} unchanged\n`,
};

/** Import one feed; resolves to the exit code. */
export async function runFeedImportCommand(
  kind: FeedKind,
  path: string,
  flags: FeedImportFlags,
  ctx: CliContext,
): Promise<number> {
  const db = await ctx.openDatabase();
  const onProgress = flags.progress === false ? undefined : (n: number) => ctx.stderr.write(`\r${kind}: ${n} written`);
  try {
    const file = resolve(path);
    const outcome: object =
      kind === 'osv'
        ? await importOsv(db.executor, file, { onProgress })
        : kind === 'kev'
          ? await importKev(db.executor, file, { onProgress })
          : await importEol(db.executor, file, { product: flags.product, onProgress });
    if (onProgress) ctx.stderr.write('\n');
    ctx.stdout.write(
      flags.json ? `${JSON.stringify(outcome, null, 2)}\n` : summaries[kind](outcome as Record<string, unknown>),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof EstateError)) throw error;
    ctx.stderr.write(`${error.message}\n`);
    for (const d of error.details) ctx.stderr.write(`  ${d.field ? `${d.field}: ` : ''}${d.reason}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
