/**
 * `estate import --sbom FILE [--for CI] [--mode partial] [--json]`: import
 * a CycloneDX JSON SBOM for the CI it describes, with a progress bar (bytes
 * read) on stderr and a summary on stdout. A refused SBOM lists every
 * problem on stderr as `file /json/pointer: reason`, and nothing is written.
 * Exit code: 0 imported (or unchanged), 2 imported with parts left out
 * (--mode partial), 1 refused.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { EstateError } from '../../graph/platform/errors';
import type { ImportMode } from '../../graph/model/imports';
import { importSbom } from '../../importers/security/sbom.import';
import type { SbomImportResult } from '../../importers/security/sbom.import';
import type { CliContext } from './cli.database';

const CLI_ACTOR = process.env.ESTATE_ACTOR ?? 'cli';

export interface SbomImportFlags {
  for?: string;
  mode?: string;
  json?: boolean;
  progress?: boolean;
}

/** Import one SBOM; resolves to the exit code. */
export async function runSbomImportCommand(file: string, flags: SbomImportFlags, ctx: CliContext): Promise<number> {
  const db = await ctx.openDatabase();
  const bar =
    flags.progress === false
      ? undefined
      : new SingleBar({
          stream: ctx.stderr,
          format: 'sbom [{bar}] {percentage}% | {value}/{total} kB',
          hideCursor: null,
          noTTYOutput: false,
        });
  let started = false;
  try {
    const result = await importSbom(
      db.executor,
      { actor: CLI_ACTOR, source: 'import', requestId: randomUUID() },
      resolve(file),
      {
        for: flags.for,
        mode: flags.mode as ImportMode | undefined,
        onProgress: (p) => {
          if (!bar) return;
          if (!started) bar.start(Math.ceil(p.totalBytes / 1024), 0);
          started = true;
          bar.update(Math.ceil(p.bytesRead / 1024));
        },
      },
    );
    if (started) bar?.stop();
    ctx.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : sbomSummary(result));
    return result.skippedCount > 0 ? 2 : 0;
  } catch (error) {
    if (started) bar?.stop();
    if (!(error instanceof EstateError)) throw error;
    ctx.stderr.write(`${error.message}\n`);
    for (const d of error.details) ctx.stderr.write(`  ${d.field ? `${d.field}: ` : ''}${d.reason}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

export function sbomSummary(r: SbomImportResult): string {
  const lines = [
    `sbom ${r.file} (${r.format} ${r.specVersion}${r.serialNumber ? `, ${r.serialNumber}` : ', no serial number'}) for ${r.ciId} (${r.ciClass}): ${r.status}`,
    `  ${r.components} components: ${r.added} added, ${r.removed} removed, ${r.changed} changed`,
  ];
  if (r.skippedCount > 0) {
    lines.push(`  ${r.skippedCount} left out (--mode partial):`);
    for (const p of r.skipped) lines.push(`    ${p.file} ${p.at}: ${p.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
