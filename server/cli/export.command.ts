/**
 * `estate export --class Server [filters] > servers.csv`: CIs of one class as
 * CSV with stable column names that `estate import` reads back unchanged.
 * The CSV goes to stdout (or --output); logs and the count go to stderr.
 *
 * `estate export --relationships [--type T…] [--source-class C…] [--target-class C…]`:
 * relationships as CSV (importers/imports/export.relationships.ts), which
 * `estate import --relationships` reads back unchanged; stdout or --output.
 *
 * `estate export --all FOLDER|FILE.tar.gz`: the whole estate, for moving it
 * to another instance with `estate import --all` (importers/imports/estate.archive.ts),
 * with a progress bar on stderr.
 *
 * `estate export --to netbox FOLDER`: the network part of the graph as
 * NetBox bulk-import CSV files (netbox.command.ts), which `estate import
 * --from netbox` reads back unchanged. `--to` is a closed list, EXPORT_TARGETS.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { CLASS_NAMES } from '../../graph/model/classes';
import { LIFECYCLE_STATES, OPERATIONAL_STATUSES } from '../../graph/model/enums';
import { exportCsv } from '../../importers/imports/export';
import { EXPORTABLE_TYPES, exportRelationshipsCsv } from '../../importers/imports/export.relationships';
import { exportEstate } from '../../importers/imports/estate.archive';
import type { ExportedEstate } from '../../importers/imports/estate.archive';
import { projectRoot } from '../data.folder';
import type { CliContext } from './cli.database';
import { runNetboxExportCommand } from './netbox.command';

/** The tools whose own import formats `--to` writes (a folder of files each). */
export const EXPORT_TARGETS = ['netbox'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

const TARGET_EXPORTS: Record<ExportTarget, (folder: string, ctx: CliContext) => Promise<unknown>> = {
  netbox: runNetboxExportCommand,
};

/** The one-class CSV export's flags, which `--to` does not read. */
const CLASS_EXPORT_FLAGS = [
  'class',
  'lifecycleState',
  'operationalStatus',
  'tag',
  'location',
  'owner',
  'text',
  'output',
];

export interface ExportFlags {
  class: string;
  lifecycleState?: string[];
  operationalStatus?: string[];
  tag?: string[];
  location?: string;
  owner?: string;
  text?: string;
  output?: string;
}

/** The relationship export's flags. */
const RELATIONSHIP_EXPORT_FLAGS = ['relationships', 'type', 'sourceClass', 'targetClass'];

export interface RelationshipExportFlags {
  type?: string[];
  sourceClass?: string[];
  targetClass?: string[];
  output?: string;
}

/** Run `write` on the database into `--output` or stdout; returns its count. */
async function toOutput(
  ctx: CliContext,
  output: string | undefined,
  write: (db: Awaited<ReturnType<CliContext['openDatabase']>>, out: Writable) => Promise<number>,
): Promise<number> {
  const db = await ctx.openDatabase();
  const out: Writable = output ? createWriteStream(output) : (ctx.stdout as Writable);
  try {
    const count = await write(db, out);
    if (output) {
      out.end();
      await once(out, 'close');
    }
    return count;
  } finally {
    await db.close();
  }
}

/** Export to `--output` or stdout; returns how many CIs were written. */
export async function runExportCommand(flags: ExportFlags, ctx: CliContext): Promise<number> {
  const filter = {
    lifecycleStates: flags.lifecycleState,
    operationalStatuses: flags.operationalStatus,
    tags: flags.tag,
    locationId: flags.location,
    ownerId: flags.owner,
    text: flags.text,
  };
  const count = await toOutput(ctx, flags.output, (db, out) =>
    exportCsv(db.executor, { className: flags.class, filter }, out),
  );
  ctx.stderr.write(`exported ${count} ${flags.class} CI(s)${flags.output ? ` to ${flags.output}` : ''}\n`);
  return count;
}

/** Relationships to `--output` or stdout; returns how many were written. */
export async function runRelationshipExportCommand(flags: RelationshipExportFlags, ctx: CliContext): Promise<number> {
  const request = { types: flags.type, sourceClasses: flags.sourceClass, targetClasses: flags.targetClass };
  const count = await toOutput(ctx, flags.output, (db, out) => exportRelationshipsCsv(db.executor, request, out));
  ctx.stderr.write(`exported ${count} relationship(s)${flags.output ? ` to ${flags.output}` : ''}\n`);
  return count;
}

/** The version in the project's package.json, for the archive's manifest. */
const estateVersion = () =>
  (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

/** The whole estate into a folder or a .tar.gz, with a progress bar on stderr; returns what was written. */
export async function runEstateExportCommand(path: string, ctx: CliContext, progress = true): Promise<ExportedEstate> {
  const db = await ctx.openDatabase();
  const bar = new SingleBar({
    stream: ctx.stderr,
    format: 'export     [{bar}] {percentage}% | {value}/{total} rows | ETA {eta_formatted}',
    etaBuffer: 20,
    hideCursor: null,
    noTTYOutput: false,
  });
  let started = false;
  try {
    const exported = await exportEstate(db.executor, path, {
      estateVersion: estateVersion(),
      onRows: (written, total) => {
        if (!progress) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(Math.min(written, total));
      },
    });
    if (started) bar.stop();
    for (const f of exported.manifest.files) ctx.stderr.write(`  ${f.path}: ${f.rows} row(s)\n`);
    ctx.stderr.write(
      `exported the estate to ${path} (${exported.manifest.files.length} files, change sequence ${exported.manifest.changeSequence})\n`,
    );
    if (exported.changedTo !== undefined)
      ctx.stderr.write(
        `warning: the estate changed while it was exported (change sequence ${exported.manifest.changeSequence} → ${exported.changedTo}); export again when it is quiet for a consistent copy\n`,
      );
    return exported;
  } finally {
    if (started) bar.stop();
    await db.close();
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export type ExportActionFlags = Partial<ExportFlags> &
  RelationshipExportFlags & { to?: ExportTarget; relationships?: boolean; all?: string; progress?: boolean };

/** `estate export [--class C | --relationships | --all PATH | --to TARGET FOLDER]`: which one, or why none. */
export async function runExportAction(
  folder: string | undefined,
  flags: ExportActionFlags,
  ctx: CliContext,
): Promise<void> {
  if (flags.all) {
    if (folder) throw new Error(`${folder}: --all takes its folder or .tar.gz file itself: estate export --all <path>`);
    await runEstateExportCommand(flags.all, ctx, flags.progress !== false);
    return;
  }
  const relationshipOnly = (['type', 'sourceClass', 'targetClass'] as const).filter((f) => flags[f] !== undefined);
  if (relationshipOnly.length && !flags.relationships)
    throw new Error(
      `--${relationshipOnly[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} filters relationships: add --relationships`,
    );
  if (flags.relationships) {
    if (folder) throw new Error(`${folder}: --relationships writes to stdout or --output <file>`);
    await runRelationshipExportCommand(flags, ctx);
    return;
  }
  if (flags.to) {
    if (!folder)
      throw new Error(`give the folder to write the ${flags.to} CSV files to: estate export --to ${flags.to} <folder>`);
    await TARGET_EXPORTS[flags.to](folder, ctx);
    return;
  }
  if (!flags.class)
    throw new Error(
      'give --class <class> (one class as CSV), --relationships, --all <folder|file.tar.gz> (the whole estate) or --to netbox <folder> (NetBox CSV files)',
    );
  if (folder) throw new Error(`${folder}: a folder is for --to; --class writes to stdout or --output <file>`);
  await runExportCommand({ ...flags, class: flags.class }, ctx);
}

const TARGET_HELP = `
Relationships (--relationships), as estate import --relationships reads them:
  estate export --relationships --type LOCATED_IN CONNECTED_TO --source-class Server --output rels.csv
The whole estate (--all), for moving it to another instance with estate import --all:
  estate export --all estate-2026-12-05.tar.gz
Another tool's own import format (--to):
  estate export --to netbox FOLDER
      the network (sites, racks, devices, ports, cables, power, circuits, IP space, VMs) as NetBox
      bulk-import CSV files, one per type, which estate import --from netbox reads back unchanged`;

export function registerExportCommand(program: Command, context: () => CliContext): void {
  program
    .command('export')
    .description(
      'export CIs of one class as CSV (stdout), in the columns import reads back; or the relationships, the whole estate, or --to netbox',
    )
    .argument('[folder]', 'with --to: the folder to write the files to')
    .addOption(
      new Option('--to <target>', 'write another tool’s own import format (see below)')
        .choices(EXPORT_TARGETS)
        .conflicts([...CLASS_EXPORT_FLAGS, ...RELATIONSHIP_EXPORT_FLAGS]),
    )
    .addOption(
      new Option('--all <path>', 'the whole estate into a new folder or a .tar.gz file (see below)').conflicts([
        ...CLASS_EXPORT_FLAGS,
        ...RELATIONSHIP_EXPORT_FLAGS,
        'to',
      ]),
    )
    .addOption(
      new Option(
        '--relationships',
        'export relationships instead of CIs (source, type, target by id, properties)',
      ).conflicts(CLASS_EXPORT_FLAGS.filter((f) => f !== 'output')),
    )
    .addOption(new Option('--type <types...>', 'with --relationships: only these types').choices(EXPORTABLE_TYPES))
    .addOption(
      new Option('--source-class <classes...>', 'with --relationships: only from CIs of these classes').choices(
        CLASS_NAMES,
      ),
    )
    .addOption(
      new Option('--target-class <classes...>', 'with --relationships: only to CIs of these classes').choices(
        CLASS_NAMES,
      ),
    )
    .option('--no-progress', 'with --all: no progress bar')
    .addOption(new Option('--class <class>', 'class to export').choices(CLASS_NAMES))
    .addOption(new Option('--lifecycle-state <states...>', 'only CIs in one of these states').choices(LIFECYCLE_STATES))
    .addOption(
      new Option('--operational-status <statuses...>', 'only CIs with one of these statuses').choices(
        OPERATIONAL_STATUSES,
      ),
    )
    .option('--tag <tag>', 'only CIs carrying this tag (repeatable)', collect)
    .option('--location <id>', 'only CIs in this location or anywhere below it')
    .option('--owner <id>', 'only CIs owned by this team or person')
    .option('--text <words>', 'only CIs matching these words (full-text)')
    .option('--output <file>', 'write to this file instead of stdout')
    .addHelpText('after', TARGET_HELP)
    .action(async (folder: string | undefined, flags: ExportActionFlags) => {
      await runExportAction(folder, flags, context());
    });
}
