/**
 * `estate export --class Server [filters] > servers.csv`: CIs of one class as
 * CSV with stable column names that `estate import` reads back unchanged.
 * The CSV goes to stdout (or --output); logs and the count go to stderr.
 *
 * `estate export --to netbox FOLDER`: the network part of the graph as
 * NetBox bulk-import CSV files (netbox.command.ts), which `estate import
 * --from netbox` reads back unchanged. `--to` is a closed list, EXPORT_TARGETS.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { Option } from 'commander';
import { CLASS_NAMES } from '../../graph/model/classes';
import { LIFECYCLE_STATES, OPERATIONAL_STATUSES } from '../../graph/model/enums';
import { exportCsv } from '../../importers/imports/export';
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

/** Export to `--output` or stdout; returns how many CIs were written. */
export async function runExportCommand(flags: ExportFlags, ctx: CliContext): Promise<number> {
  const db = await ctx.openDatabase();
  const out: Writable = flags.output ? createWriteStream(flags.output) : (ctx.stdout as Writable);
  try {
    const count = await exportCsv(
      db.executor,
      {
        className: flags.class,
        filter: {
          lifecycleStates: flags.lifecycleState,
          operationalStatuses: flags.operationalStatus,
          tags: flags.tag,
          locationId: flags.location,
          ownerId: flags.owner,
          text: flags.text,
        },
      },
      out,
    );
    if (flags.output) {
      out.end();
      await once(out, 'close');
    }
    ctx.stderr.write(`exported ${count} ${flags.class} CI(s)${flags.output ? ` to ${flags.output}` : ''}\n`);
    return count;
  } finally {
    await db.close();
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `estate export [--class C | --to TARGET FOLDER]`: which of the two, or why neither. */
export async function runExportAction(
  folder: string | undefined,
  flags: Partial<ExportFlags> & { to?: ExportTarget },
  ctx: CliContext,
): Promise<void> {
  if (flags.to) {
    if (!folder)
      throw new Error(`give the folder to write the ${flags.to} CSV files to: estate export --to ${flags.to} <folder>`);
    await TARGET_EXPORTS[flags.to](folder, ctx);
    return;
  }
  if (!flags.class)
    throw new Error('give --class <class> (one class as CSV) or --to netbox <folder> (NetBox CSV files)');
  if (folder) throw new Error(`${folder}: a folder is for --to; --class writes to stdout or --output <file>`);
  await runExportCommand({ ...flags, class: flags.class }, ctx);
}

const TARGET_HELP = `
Another tool's own import format (--to):
  estate export --to netbox FOLDER
      the network (sites, racks, devices, ports, cables, power, circuits, IP space, VMs) as NetBox
      bulk-import CSV files, one per type, which estate import --from netbox reads back unchanged`;

export function registerExportCommand(program: Command, context: () => CliContext): void {
  program
    .command('export')
    .description('export CIs of one class as CSV (stdout), in the columns import reads back; or --to netbox')
    .argument('[folder]', 'with --to: the folder to write the files to')
    .addOption(
      new Option('--to <target>', 'write another tool’s own import format (see below)')
        .choices(EXPORT_TARGETS)
        .conflicts(CLASS_EXPORT_FLAGS),
    )
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
    .action(async (folder: string | undefined, flags: Partial<ExportFlags> & { to?: ExportTarget }) => {
      await runExportAction(folder, flags, context());
    });
}
