/**
 * `estate import --all FOLDER|FILE.tar.gz`: a whole-estate archive that
 * `estate export --all` wrote, checked whole, then imported file by file
 * (importers/imports/estate.archive.ts) with each file's progress on stderr
 * and what each file did on stdout. Exit code 0 when every file is in, 1
 * when the archive or one of its files was refused (the refusal names each
 * problem on stderr).
 */
import { EstateError } from '../../graph/platform/errors';
import { importEstate } from '../../importers/imports/estate.archive';
import type { ImportedEstate } from '../../importers/imports/estate.archive';
import type { ImportProgress } from '../../importers/imports/import.pipeline';
import type { CliContext } from './cli.database';

interface Bar {
  update: (p: ImportProgress) => void;
  stop: () => void;
}

export interface EstateImportOptions {
  actor: string;
  errorsDir: string;
  json?: boolean;
  /** Makes one file's progress bar on stderr; none: no bar. */
  progress?: (ctx: CliContext) => Bar;
}

function summary(path: string, imported: ImportedEstate): string {
  const m = imported.manifest;
  const lines = [
    `imported the estate from ${path} (exported ${m.exportedAt} by Estate ${m.estateVersion}, change sequence ${m.changeSequence})`,
    ...imported.files.map(
      (f) =>
        `  ${f.file.path}: ${f.file.rows} row(s), ${f.created} created, ${f.updated} updated, ${f.unchanged} unchanged`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Resolves to the exit code. */
export async function runEstateImportCommand(
  path: string,
  ctx: CliContext,
  options: EstateImportOptions,
): Promise<number> {
  const db = await ctx.openDatabase();
  let bar: Bar | undefined;
  try {
    const imported = await importEstate(db.executor, path, {
      actor: options.actor,
      errorsDir: options.errorsDir,
      onFile: (file, n, total) => {
        bar?.stop();
        ctx.stderr.write(`[${n}/${total}] ${file.path} (${file.rows} row(s))\n`);
        bar = options.progress?.(ctx);
      },
      onProgress: (p) => bar?.update(p),
    });
    bar?.stop();
    ctx.stdout.write(options.json ? `${JSON.stringify(imported, null, 2)}\n` : summary(path, imported));
    return 0;
  } catch (error) {
    bar?.stop();
    if (!(error instanceof EstateError)) throw error;
    ctx.stderr.write(`estate: ${error.message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
