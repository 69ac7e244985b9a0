/**
 * `estate import --from netbox <folder>`: load a set of NetBox CSV files
 * (bulk-import or table-export formats) in dependency order, with a
 * progress bar on stderr and, on stdout, one line per file (its detected
 * type, what it did) and every refusal with file, row, column and reason.
 * `estate export --to netbox <folder>` writes the same formats back.
 * Exit code: 0 every file loaded, 1 a file was refused, skipped or not
 * recognised.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadNetboxFolder } from '../../importers/network/netbox.load';
import type { NetboxLoadResult, NetboxProgress } from '../../importers/network/netbox.load';
import { exportNetboxFolder } from '../../importers/network/netbox.export';
import type { NetboxExportResult } from '../../importers/network/netbox.export';
import type { CliContext } from './cli.database';

export const IMPORT_SOURCES = ['netbox'] as const;

const CLI_ACTOR = process.env.ESTATE_ACTOR ?? 'cli';

export async function runNetboxImportCommand(
  folder: string,
  flags: { progress?: boolean; json?: boolean },
  ctx: CliContext,
): Promise<NetboxLoadResult> {
  const db = await ctx.openDatabase();
  const bar = flags.progress === false ? undefined : progressBar(ctx);
  try {
    const result = await loadNetboxFolder(db.executor, resolve(folder), {
      actor: CLI_ACTOR,
      requestId: randomUUID(),
      onProgress: bar?.update,
    });
    bar?.stop();
    ctx.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : netboxSummary(result));
    return result;
  } finally {
    bar?.stop();
    await db.close();
  }
}

export async function runNetboxExportCommand(folder: string, ctx: CliContext): Promise<NetboxExportResult> {
  const db = await ctx.openDatabase();
  try {
    const result = await exportNetboxFolder(db.executor, resolve(folder));
    for (const f of result.files) ctx.stdout.write(`${f.file}: ${f.rows} ${f.type}\n`);
    return result;
  } finally {
    await db.close();
  }
}

/** 0 when every file loaded, else 1. */
export function netboxExitCode(result: NetboxLoadResult): number {
  return result.files.every((f) => f.status === 'LOADED') ? 0 : 1;
}

export function netboxSummary(result: NetboxLoadResult): string {
  const lines = [`netbox import ${result.runId} from ${result.folder}`];
  for (const f of result.files) {
    const rel = f.relationships;
    lines.push(
      `  ${f.file} (${f.type ?? '?'}): ${f.status}; ${f.rows} rows: ${f.created} created, ${f.updated} updated, ${f.unchanged} unchanged; relationships ${rel.created} created, ${rel.updated} updated, ${rel.removed} removed`,
      `    detected by ${f.detection}`,
    );
    for (const w of f.warnings) lines.push(`    warning: ${w}`);
    for (const r of f.refusals) {
      lines.push(`    ${r.file} row ${r.row} (line ${r.line})${r.column ? `, ${r.column}` : ''}: ${r.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function progressBar(ctx: CliContext) {
  const bar = new SingleBar({
    stream: ctx.stderr,
    format: 'netbox [{bar}] {percentage}% | {value}/{total} rows | {file}',
    hideCursor: null,
    noTTYOutput: false,
  });
  let active = false;
  return {
    update: (p: NetboxProgress) => {
      if (!active) {
        bar.start(Math.max(p.rowsTotal, 1), 0, { file: p.file });
        active = true;
      }
      bar.update(p.rowsDone, { file: p.file });
    },
    stop: () => {
      if (active) bar.stop();
      active = false;
    },
  };
}
