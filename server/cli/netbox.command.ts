/**
 * `estate import --from netbox <folder>`: load a set of NetBox CSV files
 * (bulk-import or table-export formats) in dependency order, with a
 * progress bar on stderr and, on stdout, one line per file (its detected
 * type, what it did) and every refusal with file, row, column and reason.
 * `estate export --to netbox <folder>` writes the same formats back.
 * `--dry-run` decides and writes everything, then rolls it back;
 * each file's encoding is detected from the whole file (an ambiguous one is
 * refused with the candidates) unless `--encoding` names one for every file.
 * Exit code: 0 every file loaded, 1 a file was refused, skipped or not
 * recognised (or the folder holds no CSV file).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadNetboxFolder, netboxFiles } from '../../importers/network/netbox.load';
import type { NetboxLoadResult, NetboxProgress } from '../../importers/network/netbox.load';
import { exportNetboxFolder } from '../../importers/network/netbox.export';
import type { NetboxExportResult } from '../../importers/network/netbox.export';
import { EstateError } from '../../graph/platform/errors';
import type { CliContext } from './cli.database';

const CLI_ACTOR = process.env.ESTATE_ACTOR ?? 'cli';

export interface NetboxImportFlags {
  progress?: boolean;
  json?: boolean;
  dryRun?: boolean;
  encoding?: string;
}

export async function runNetboxImportCommand(
  folder: string,
  flags: NetboxImportFlags,
  ctx: CliContext,
): Promise<NetboxLoadResult> {
  const path = resolve(folder);
  // Checked before the database opens: a mistyped folder costs a second, not a Neo4j start.
  if (!existsSync(path)) throw new Error(`${folder}: no such folder (give the folder of NetBox CSV files)`);
  if (netboxFiles(path).length === 0) throw new Error(`${folder} holds no .csv file`);
  const db = await ctx.openDatabase();
  const bar = flags.progress === false ? undefined : progressBar(ctx);
  let current = '';
  try {
    const result = await loadNetboxFolder(db.executor, path, {
      actor: CLI_ACTOR,
      requestId: randomUUID(),
      dryRun: flags.dryRun,
      encoding: flags.encoding,
      onProgress: (p) => {
        current = p.file;
        bar?.update(p);
      },
    }).catch((error: unknown) => {
      throw timeoutHint(error, flags.dryRun ? 'the dry run (the whole set is one transaction)' : current);
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

/** The executor's "ran past the transaction timeout", said of this import and with the setting to raise. */
function timeoutHint(error: unknown, what: string): unknown {
  if (!(error instanceof EstateError) || !/transaction timeout/.test(error.message)) return error;
  return new Error(`${what}: ${error.message}; nothing of it was written; raise ESTATE_TX_TIMEOUT_MS and run again`);
}

/** 0 when every file loaded, else 1. */
export function netboxExitCode(result: NetboxLoadResult): number {
  return result.files.every((f) => f.status === 'LOADED') ? 0 : 1;
}

export function netboxSummary(result: NetboxLoadResult): string {
  const lines = [
    `netbox import ${result.runId} from ${result.folder}${result.dryRun ? ' (dry run: nothing was written)' : ''}`,
  ];
  for (const f of result.files) {
    const rel = f.relationships;
    lines.push(
      `  ${f.file} (${f.type ?? '?'}): ${f.status}; ${f.rows} rows: ${f.created} created, ${f.updated} updated, ${f.unchanged} unchanged; relationships ${rel.created} created, ${rel.updated} updated, ${rel.removed} removed`,
      `    detected by ${f.detection}; read as ${f.encoding} (${f.encodingNote})`,
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
