/**
 * `estate import FILE --class Server` and `estate import-relationships FILE`:
 * run the import pipeline on a local file with a progress bar (rows/s, ETA)
 * on stderr and a summary on stdout. `--resume JOB` carries on a job that
 * stopped. Exit code: 0 all rows imported, 2 some rows refused (partial),
 * 1 rejected or failed.
 *
 * `--from snipe-it|netbox|servicenow|generic` names whose column names a
 * single CSV file uses (its source profile, importers/imports/profiles/;
 * without it the profile is told from the header). `estate import --from
 * netbox FOLDER` reads a whole NetBox export folder instead
 * (netbox.command.ts), each file's type told by its header; its exit code
 * is that command's. `--from` is a closed list, IMPORT_SOURCES.
 *
 * `estate import --all FOLDER|FILE.tar.gz` reads a whole-estate archive that
 * `estate export --all` wrote (importers/imports/estate.archive.ts).
 *
 * The error report goes to `--errors FILE`, else to `import-errors/` in the
 * data folder (or the current folder when NEO4J_URI names the database),
 * never beside the input, which may be read-only or shared; its path is said
 * on stderr (errors.folder.ts).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { CLASS_NAMES } from '../../graph/model/classes';
import { describeOutcome } from '../../importers/imports/error.report';
import type { ImportJob } from '../../graph/imports/import.jobs';
import { readMappingFile, resolveImportOptions } from '../../importers/imports/import.options';
import { EMPTY_CELL_POLICIES, IMPORT_MODES, IMPORT_SOURCES, UNKNOWN_COLUMN_POLICIES } from '../../graph/model/imports';
import type { ImportKind, ImportSource } from '../../graph/model/imports';
import type { ImportProgress } from '../../importers/imports/import.pipeline';
import { resumeImport, startImport } from '../../importers/imports/import.service';
import type { CliContext } from './cli.database';
import { errorsFileFor, importErrorsDir } from './errors.folder';
import { runEstateImportCommand } from './estate.import.command';
import { netboxExitCode, runNetboxImportCommand } from './netbox.command';
import { runSbomImportCommand } from './security.command';
import { FEED_KINDS, runFeedImportCommand } from './feeds.command';

/** The sources whose whole export folder `--from SOURCE FOLDER` reads: the folder given, the flags; resolves to the exit code. */
const FOLDER_IMPORTS: Partial<
  Record<ImportSource, (path: string, flags: ImportFlags, ctx: CliContext) => Promise<number>>
> = {
  netbox: async (path, flags, ctx) => netboxExitCode(await runNetboxImportCommand(path, flags, ctx)),
};

/** Flags of the CSV pipeline that a folder import does not read (it has its own columns and one mode). */
const PIPELINE_ONLY_FLAGS = [
  'class',
  'map',
  'mode',
  'delimiter',
  'dateOrder',
  'currency',
  'empty',
  'unknownColumns',
  'listSeparator',
  'batchSize',
  'errors',
  'report',
  'resume',
];

export interface ImportFlags {
  /** An SBOM to import (security.command.ts), and the CI it is for. */
  sbom?: string;
  /** A vulnerability or end-of-life feed to import (feeds.command.ts), and the product an EOL file is about. */
  osv?: string;
  kev?: string;
  eol?: string;
  product?: string;
  for?: string;
  from?: ImportSource;
  class?: string;
  map?: string;
  dryRun?: boolean;
  mode?: string;
  encoding?: string;
  delimiter?: string;
  dateOrder?: string;
  currency?: string;
  empty?: string;
  unknownColumns?: string;
  listSeparator?: string;
  batchSize?: string;
  errors?: string;
  report?: string;
  resume?: string;
  progress?: boolean;
  json?: boolean;
  /** Read the file as relationships (`estate import --relationships`, as `import-relationships`). */
  relationships?: boolean;
  /** A whole-estate archive (`--all PATH`). */
  all?: string;
  /** Where error reports go when --errors names none (set from the database the command uses). */
  errorsDir?: string;
}

/** The local operator; imports from the command line are recorded under this actor. */
const CLI_ACTOR = process.env.ESTATE_ACTOR ?? 'cli';

/**
 * How much V8 lets the heap of an import process grow past what survived its
 * last full collection. An import's live heap is small and flat — the
 * modules, one batch being decided or written and the next one parsed (about
 * 40–50 MB at 2,000 rows a batch); the seen-key table lives outside the heap —
 * but each batch leaves a few MB of garbage behind, and with room to spare V8
 * lets the heap grow to 4× the live set before it collects (170–200 MB here,
 * which put a million-row run past 300 MB of RSS). At 50% the heap stays near
 * 1.5× the live set, for one more full collection every few thousand rows.
 * Set once for the whole process, so only where the process is the import
 * (the `estate import` commands and the bench's import child), never in a
 * server or a test run.
 */
export const IMPORT_HEAP_GROWING_PERCENT = 50;

export function useImportHeapPolicy(): void {
  setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
}

/** Run one import (or resume) to its end; the command's body, callable from tests. */
export async function runImportCommand(
  kind: ImportKind,
  file: string | undefined,
  flags: ImportFlags,
  ctx: CliContext,
): Promise<ImportJob> {
  const db = await ctx.openDatabase();
  const bar = flags.progress === false ? undefined : progressBar(ctx);
  const started = performance.now();
  try {
    const listing = (o: Parameters<typeof describeOutcome>[0]) => ctx.stdout.write(`${describeOutcome(o)}\n`);
    let run;
    if (flags.resume) {
      run = await resumeImport(db.executor, flags.resume, {
        actor: CLI_ACTOR,
        requestId: randomUUID(),
        onProgress: bar?.update,
      });
    } else {
      if (!file) throw new Error('give the CSV file to import');
      const options = resolveImportOptions({
        kind,
        source: flags.from,
        className: flags.class,
        mode: flags.mode,
        dryRun: flags.dryRun,
        encoding: flags.encoding,
        delimiter: flags.delimiter,
        dateOrder: flags.dateOrder,
        currency: flags.currency,
        emptyCells: flags.empty,
        unknownColumns: flags.unknownColumns,
        listSeparator: flags.listSeparator,
        batchSize: flags.batchSize,
        mapping: flags.map ? readMappingFile(flags.map) : undefined,
      });
      const path = resolve(file);
      run = await startImport(db.executor, {
        options,
        filePath: path,
        actor: CLI_ACTOR,
        requestId: randomUUID(),
        errorsFile: resolve(flags.errors ?? errorsFileFor(path, flags.errorsDir ?? importErrorsDir({}))),
        reportFile: flags.report ? resolve(flags.report) : undefined,
        onProgress: bar?.update,
        onRow: options.dryRun && !flags.report && !flags.json ? listing : undefined,
      });
    }
    const job = await run.done;
    bar?.stop();
    if (job.errors > 0 && job.errorsFile) ctx.stderr.write(`error report: ${job.errorsFile}\n`);
    ctx.stdout.write(
      flags.json ? `${JSON.stringify(jobSummary(job), null, 2)}\n` : summaryText(job, performance.now() - started),
    );
    return job;
  } finally {
    bar?.stop();
    await db.close();
  }
}

function progressBar(ctx: CliContext) {
  const bar = new SingleBar({
    stream: ctx.stderr,
    format: '{phase} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    etaBuffer: 20,
    hideCursor: null,
    noTTYOutput: false,
  });
  let phase: string | undefined;
  let active = false;
  return {
    update: (p: ImportProgress) => {
      const payload = { phase: p.phase.toLowerCase().padEnd(10), rows: p.rowsRead, rate: p.rowsPerSecond };
      if (p.phase === 'DONE') return;
      if (phase !== p.phase) {
        if (active) bar.stop();
        bar.start(p.totalBytes ?? 0, 0, payload);
        active = true;
        phase = p.phase;
      }
      bar.update(p.bytesRead, payload);
    },
    stop: () => {
      if (active) bar.stop();
      active = false;
    },
  };
}

export function jobSummary(job: ImportJob) {
  const { options: _options, filePath: _path, errorSample, ...rest } = job;
  return { ...rest, errorSample: errorSample.slice(0, 10) };
}

function summaryText(job: ImportJob, ms: number): string {
  const lines = [
    `import ${job.id} (${job.kind === 'items' ? job.className : 'relationships'}, ${job.mode}${job.dryRun ? ', dry run' : ''}): ${job.status}`,
    `  ${job.message ?? ''}`,
    `  ${(ms / 1000).toFixed(1)} s, ${Math.round(job.rowsRead / Math.max(ms / 1000, 0.001))} rows/s`,
    `  encoding: ${encodingText(job)}`,
  ];
  if (job.dryRun || job.status === 'REJECTED') lines.push('  columns:', ...job.columns.map((c) => `    ${c}`));
  for (const w of job.warnings) lines.push(`  warning: ${w}`);
  for (const e of job.errorSample.slice(0, 10)) {
    lines.push(`  row ${e.row} (line ${e.line})${e.column ? `, ${e.column}` : ''}: ${e.reason}`);
  }
  if (job.errors > 0 && job.errorsFile) lines.push(`  all errors: ${job.errorsFile}`);
  if (job.reportFile) lines.push(`  row report: ${job.reportFile}`);
  if (job.status === 'FAILED') lines.push(`  resume with: estate import --resume ${job.id}`);
  return `${lines.join('\n')}\n`;
}

/** "windows-1252 (detected, confidence 0.059: detected from the whole file; next: …)" or "macintosh (named)". */
function encodingText(job: ImportJob): string {
  if (!job.encodingDetected) return `${job.encoding} (named)`;
  const note = job.encodingNote ? `: ${job.encodingNote}` : '';
  return `${job.encoding} (detected, confidence ${(job.encodingConfidence ?? 0).toFixed(3)}${note})`;
}

const EXIT_CODES: Record<ImportJob['status'], number> = {
  PENDING: 1,
  RUNNING: 1,
  SUCCEEDED: 0,
  COMPLETED_WITH_ERRORS: 2,
  REJECTED: 1,
  FAILED: 1,
};

function addImportOptions(command: Command): Command {
  return command
    .option('--map <file>', 'mapping file (JSON): column mappings, constants, enum synonyms, defaults')
    .option('--dry-run', 'decide every row and say what would happen; write nothing')
    .addOption(
      new Option('--mode <mode>', 'atomic: nothing is written if any row is invalid; partial: write the valid rows')
        .choices(IMPORT_MODES)
        .default('atomic'),
    )
    .option(
      '--encoding <name>',
      'file encoding, e.g. utf-8, windows-1252 (Excel on Windows), macintosh (Apple’s current table: 0xDB is €), ' +
        'utf-16le (default: detected from the whole file and reported; a file whose detection is ambiguous ' +
        'is refused with the candidates until one is named here)',
    )
    .option('--delimiter <char>', 'field delimiter (default: sniffed from the header: , ; tab |)')
    .addOption(
      new Option('--date-order <order>', 'day/month order of numeric dates like 03/04/2024').choices(['DMY', 'MDY']),
    )
    .option('--currency <code>', 'currency of money cells that carry none, e.g. EUR')
    .addOption(
      new Option('--empty <policy>', 'an empty cell leaves the field alone (ignore) or clears it (clear)').choices(
        EMPTY_CELL_POLICIES,
      ),
    )
    .addOption(
      new Option(
        '--unknown-columns <policy>',
        'columns that match no field: keep as attributes, or report and skip',
      ).choices(UNKNOWN_COLUMN_POLICIES),
    )
    .option('--list-separator <sep>', 'separator of list values such as tags (default ;)')
    .option('--batch-size <n>', 'rows per write transaction (default 2000)')
    .option(
      '--errors <file>',
      'error report (default: import-errors/<file>.errors.csv in the data folder, or in the current folder with NEO4J_URI; never beside the input)',
    )
    .option('--report <file>', 'write what each row did (or would do) to this CSV')
    .option('--resume <jobId>', 'carry on a job that stopped, after its last committed batch')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the job record as JSON instead of the summary');
}

/** `--from SOURCE PATH` is a folder import: the source has one and PATH is not a file (a missing one is its error). */
export function isFolderImport(source: ImportSource | undefined, path: string | undefined): source is ImportSource {
  if (!source || !FOLDER_IMPORTS[source]) return false;
  return !path || !statSync(path, { throwIfNoEntry: false })?.isFile();
}

/** `estate import --from SOURCE FOLDER`: the source's own import of its export folder; resolves to its exit code. */
export function runSourceImport(
  source: ImportSource,
  path: string | undefined,
  flags: ImportFlags,
  ctx: CliContext,
  given: (flag: string) => boolean = (flag) => flags[flag as keyof ImportFlags] !== undefined,
): Promise<number> {
  if (!path) throw new Error(`give the folder of ${source} CSV files: estate import --from ${source} <folder>`);
  const pipelineOnly = PIPELINE_ONLY_FLAGS.filter(given);
  if (pipelineOnly.length)
    throw new Error(
      `${pipelineOnly.map(flagName).join(', ')}: not read by a ${source} folder import (each file's type comes from its header); give one CSV file instead to import it with the CSV pipeline's flags`,
    );
  return FOLDER_IMPORTS[source]!(path, flags, ctx);
}

/** `dateOrder` → `--date-order`. */
const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const SOURCE_HELP = `
Another tool's export, one CSV file (--from names whose column names it uses; without it the source is
told from the header, and a header with two tools' own column names is refused):
  estate import assets.csv --class Server --from snipe-it
  estate import users.csv --class Person --from snipe-it
  estate import cmdb_ci_server.csv --class Server --from servicenow
  estate import devices.csv --class NetworkDevice --from netbox
A whole NetBox export folder (the CSV pipeline's flags above do not apply, except --dry-run,
--encoding, --no-progress and --json):
  estate import --from netbox FOLDER
      a folder of NetBox bulk-import or table-export CSV files (sites.csv, devices.csv, cables.csv…),
      each file's type told by its header, loaded in dependency order, one transaction per file
  estate import --from netbox FOLDER --dry-run
      decide and write everything, then roll it all back
  estate import --from netbox FOLDER --encoding windows-1252
      files that Excel on Windows saved as "CSV (Comma delimited)"
  Exit code: 0 every file loaded; 1 a file was refused (each refused row named by file, row, column
  and reason), skipped because a file it needs was refused, or not recognised.`;

/** Register `import` and `import-relationships` on the estate program. */
export function registerImportCommands(program: Command, context: () => CliContext): void {
  const action = (kind: ImportKind) => async (file: string | undefined, flags: ImportFlags, command: Command) => {
    const given = (flag: string) => ['cli', 'env'].includes(command.getOptionValueSource(flag) ?? '');
    const errorsDir = importErrorsDir(command.optsWithGlobals());
    const feed = FEED_KINDS.find((kind) => flags[kind] !== undefined);
    if (feed !== undefined) {
      if (file) throw new Error(`${file}: --${feed} takes the file itself: estate import --${feed} <path>`);
      process.exitCode = await runFeedImportCommand(feed, flags[feed] as string, flags, context());
      return;
    }
    if (flags.sbom !== undefined) {
      if (file) throw new Error(`${file}: --sbom takes the SBOM itself: estate import --sbom <file.json> [--for CI]`);
      process.exitCode = await runSbomImportCommand(flags.sbom, flags, context());
      return;
    }
    if (flags.all !== undefined) {
      if (file) throw new Error(`${file}: --all takes the archive itself: estate import --all <folder|file.tar.gz>`);
      const notRead = [...PIPELINE_ONLY_FLAGS, 'encoding', 'dryRun'].filter(given);
      if (notRead.length)
        throw new Error(
          `${notRead.map(flagName).join(', ')}: not read by estate import --all (an archive's files are Estate's own CSV, each imported whole and atomic)`,
        );
      process.exitCode = await runEstateImportCommand(flags.all, context(), {
        actor: CLI_ACTOR,
        errorsDir,
        json: flags.json,
        progress: flags.progress === false ? undefined : progressBar,
      });
      return;
    }
    if (kind === 'items' && isFolderImport(flags.from, file)) {
      process.exitCode = await runSourceImport(flags.from, file, flags, context(), given);
      return;
    }
    useImportHeapPolicy();
    const job = await runImportCommand(
      flags.relationships ? 'relationships' : kind,
      file,
      { ...flags, errorsDir },
      context(),
    );
    process.exitCode = EXIT_CODES[job.status];
  };
  addImportOptions(
    program
      .command('import')
      .argument('[file]', 'CSV file to import (with --from netbox: a file, or the folder of a NetBox export)')
      .description('import CIs of one class from a CSV file (Snipe-IT, NetBox, ServiceNow exports and more)')
      .addOption(new Option('--class <class>', 'class of every row').choices(CLASS_NAMES))
      .addOption(
        new Option(
          '--relationships',
          'the file holds relationships (source, type, target…), as estate export --relationships writes them',
        ).conflicts(['class', 'from']),
      )
      .addOption(
        new Option(
          '--all <path>',
          'a whole-estate archive (folder or .tar.gz) that estate export --all wrote; checked whole before anything is written',
        ).conflicts(['class', 'from', 'relationships', 'resume', 'dryRun']),
      )
      .addOption(
        new Option(
          '--sbom <file>',
          'a CycloneDX JSON SBOM (1.2–1.6): replaces the components of the CI it describes (docs/security.md)',
        ).conflicts(['class', 'from', 'relationships', 'all', 'resume', 'dryRun']),
      )
      .addOption(
        new Option(
          '--osv <path>',
          'OSV advisories: a JSON file, a folder of them or a zip; then matched (docs/security.md)',
        ).conflicts(['class', 'from', 'relationships', 'all', 'resume', 'dryRun', 'sbom', 'kev', 'eol']),
      )
      .addOption(
        new Option('--kev <file>', 'CISA Known Exploited Vulnerabilities, JSON or CSV').conflicts([
          'class',
          'from',
          'relationships',
          'all',
          'resume',
          'dryRun',
          'sbom',
          'eol',
        ]),
      )
      .addOption(
        new Option('--eol <file>', 'release cycles, endoflife.date JSON or CSV').conflicts([
          'class',
          'from',
          'relationships',
          'all',
          'resume',
          'dryRun',
          'sbom',
        ]),
      )
      .option(
        '--product <name>',
        'with --eol: the product the file is about (default: its product column or file name)',
      )
      .option('--for <ci>', 'with --sbom: the CI it describes, by id or name (default: its metadata.component)')
      .addOption(
        new Option(
          '--from <source>',
          'whose column names the file uses; default: told from the header (see below)',
        ).choices(IMPORT_SOURCES),
      )
      .addHelpText('after', SOURCE_HELP),
  ).action(action('items'));
  addImportOptions(
    program
      .command('import-relationships')
      .argument(
        '[file]',
        'CSV of source, type, target[, properties…]; keys like srv-1, serialNumber=SN-1, Location:name=DC1',
      )
      .description('import relationships between existing CIs from a CSV file'),
  ).action(action('relationships'));
}
