/**
 * `estate export --class Server [filters] > servers.csv`: CIs of one class as
 * CSV with stable column names that `estate import` reads back unchanged.
 * The CSV goes to stdout (or --output); logs and the count go to stderr.
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

export function registerExportCommand(program: Command, context: () => CliContext): void {
  program
    .command('export')
    .description('export CIs of one class as CSV (stdout), in the columns import reads back')
    .addOption(new Option('--class <class>', 'class to export').choices(CLASS_NAMES).makeOptionMandatory())
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
    .action(async (flags: ExportFlags) => {
      await runExportCommand(flags, context());
    });
}
