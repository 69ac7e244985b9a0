/**
 * The whole estate in one archive, for moving it between instances
 * (`estate export --all` / `estate import --all`): the files and manifest
 * of archive.manifest.ts, in a folder or a .tar.gz of one
 * (estate.tarball.ts).
 *
 * Export writes the custom field definitions, one CSV per class that has
 * CIs (in archive.order.ts's order: parents and targets first), the
 * relationships, the stock and checkouts, and the manifest last, so a
 * folder an export did not finish has no manifest and is refused.
 *
 * Import checks the whole archive first (manifest, files, headers, counts,
 * the custom fields and stock rows) and writes nothing when any of it is
 * wrong. It then imports the custom fields, each class file (atomic: a file
 * with a refused row writes none of its rows), the relationships and the
 * stock, through the same pipeline and rules as `estate import`, and stops
 * at the first file refused, naming it. Ids are kept, so an archive imported
 * again writes nothing new, and one imported into an empty instance
 * exports again byte for byte (but for the manifest's time and sequence).
 * The change history and lifecycle events are the source's own: the new
 * instance records the import as its own changes.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../graph/platform/executor';
import { EstateError } from '../../graph/platform/errors';
import type { ImportJob } from '../../graph/imports/import.jobs';
import { archiveClassOrder } from './archive.order';
import { exportCustomFields, importCustomFields, readCustomFields } from './archive.fields';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  checkArchive,
  FIXED_FILES,
  itemsFile,
  MANIFEST_FILE,
} from './archive.manifest';
import type { ArchiveFile, Manifest } from './archive.manifest';
import { exportStock, importStock, readStockFiles } from './archive.stock';
import { isTarball, packFolder, unpackTarball } from './estate.tarball';
import { exportCsv } from './export';
import { EXPORTABLE_TYPES, exportRelationshipsCsv } from './export.relationships';
import { resolveImportOptions } from './import.options';
import type { ImportProgress } from './import.pipeline';
import { startImport } from './import.service';

export interface ExportEstateOptions {
  estateVersion: string;
  /** Rows written so far and about how many there are in all (CIs, relationships), as the export goes. */
  onRows?: (written: number, total: number) => void;
}

export interface ExportedEstate {
  manifest: Manifest;
  /** The change sequence when the export ended, when the estate changed while it was read. */
  changedTo?: number;
}

const SEQUENCE = "OPTIONAL MATCH (s:Sequence {name: 'change'}) RETURN coalesce(s.value, 0) AS seq";

async function changeSequence(db: Executor): Promise<number> {
  const [row] = await db.read('archiveSequence', SEQUENCE);
  return row.seq as number;
}

/** CIs per class, and about how many relationships of the exported types there are (the count store's). */
async function sizes(db: Executor): Promise<{ classes: Map<string, number>; relationships: number }> {
  const rows = await db.read('archiveClassCounts', 'MATCH (n:CI) RETURN n.class AS c, count(*) AS n');
  const types = EXPORTABLE_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS n`).join(' UNION ALL ');
  const [rels] = await db.read('archiveRelationshipCount', `CALL () { ${types} } RETURN sum(n) AS n`);
  return { classes: new Map(rows.map((r) => [r.c as string, r.n as number])), relationships: rels.n as number };
}

/** Stream one CSV export into a new file; returns its rows. */
async function toFile(path: string, write: (out: Writable) => Promise<number>): Promise<number> {
  const out = createWriteStream(path);
  const rows = await write(out);
  out.end();
  await once(out, 'close');
  return rows;
}

/** Write the archive's files and manifest into `folder`, which must be empty or new. */
export async function exportEstateFolder(
  db: Executor,
  folder: string,
  options: ExportEstateOptions,
): Promise<ExportedEstate> {
  if (existsSync(folder) && readdirSync(folder).length)
    throw new EstateError('BAD_USER_INPUT', `${folder} is not empty: give a new or empty folder, or a .tar.gz file`, [
      { field: 'folder', reason: 'not empty; nothing was written' },
    ]);
  mkdirSync(folder, { recursive: true });
  const startSeq = await changeSequence(db);
  const { classes, relationships } = await sizes(db);
  const total = [...classes.values()].reduce((a, b) => a + b, 0) + relationships;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    options.onRows?.(written, total);
  };
  const files: ArchiveFile[] = [];
  const fields = await exportCustomFields(db, join(folder, FIXED_FILES.customFields.path));
  if (fields) files.push({ path: FIXED_FILES.customFields.path, kind: 'customFields', rows: fields });
  for (const className of archiveClassOrder().filter((c) => classes.has(c))) {
    const path = itemsFile(className);
    const rows = await toFile(join(folder, path), (out) => exportCsv(db, { className }, out, progress));
    files.push({ path, kind: 'items', class: className, rows });
  }
  const relPath = FIXED_FILES.relationships.path;
  const rels = await toFile(join(folder, relPath), (out) => exportRelationshipsCsv(db, {}, out, progress));
  if (rels) files.push({ path: relPath, kind: 'relationships', rows: rels });
  else rmSync(join(folder, relPath));
  const stock = await exportStock(db, join(folder, FIXED_FILES.stock.path), join(folder, FIXED_FILES.checkouts.path));
  if (stock.stock) files.push({ path: FIXED_FILES.stock.path, kind: 'stock', rows: stock.stock });
  if (stock.checkouts) files.push({ path: FIXED_FILES.checkouts.path, kind: 'checkouts', rows: stock.checkouts });
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    estateVersion: options.estateVersion,
    exportedAt: new Date().toISOString(),
    changeSequence: startSeq,
    files,
  };
  writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const endSeq = await changeSequence(db);
  return endSeq === startSeq ? { manifest } : { manifest, changedTo: endSeq };
}

/** A private scratch folder for an archive on its way in or out of a .tar.gz, removed after `work`. */
async function inScratch<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'estate-archive-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Export to a folder, or to a .tar.gz (written through a scratch folder). */
export async function exportEstate(db: Executor, path: string, options: ExportEstateOptions): Promise<ExportedEstate> {
  if (!isTarball(path)) return exportEstateFolder(db, path, options);
  if (existsSync(path))
    throw new EstateError('BAD_USER_INPUT', `${path} exists: give a new file name`, [
      { field: 'file', reason: 'exists; nothing was written' },
    ]);
  return inScratch(async (dir) => {
    const exported = await exportEstateFolder(db, dir, options);
    await packFolder(dir, resolve(path), [MANIFEST_FILE, ...exported.manifest.files.map((f) => f.path)]);
    return exported;
  });
}

// ---------------------------------------------------------------- import

export interface ImportEstateOptions {
  actor: string;
  /** Where each file's error report goes. */
  errorsDir: string;
  /** A file is about to be imported (the n-th of `total`). */
  onFile?: (file: ArchiveFile, n: number, total: number) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportedFile {
  file: ArchiveFile;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportedEstate {
  manifest: Manifest;
  files: ImportedFile[];
}

/**
 * The archive's files in the order they are imported: fields, classes (parents first), relationships, then
 * stock and checkouts as one step (a checkout is a movement from a shelf).
 */
function importOrder(manifest: Manifest): ArchiveFile[] {
  const of = (kind: ArchiveFile['kind']) => manifest.files.filter((f) => f.kind === kind);
  const order = archiveClassOrder();
  const items = of('items').sort((a, b) => order.indexOf(a.class!) - order.indexOf(b.class!));
  const stock = [...of('stock'), ...of('checkouts')].slice(0, 1);
  return [...of('customFields'), ...items, ...of('relationships'), ...stock];
}

/** A file refused part way: the files before it are in; naming it, why, and where its errors are. */
function refusedFile(file: ArchiveFile, job: ImportJob, done: readonly ImportedFile[]): EstateError {
  const errors = job.errorSample
    .slice(0, 5)
    .map((e) => `  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason}`)
    .join('\n');
  const before = done.length
    ? `the ${done.length} file(s) before it were imported (importing the archive again leaves them unchanged)`
    : 'nothing was written';
  return new EstateError(
    'BAD_USER_INPUT',
    `${file.path} was refused (${job.status}: ${job.message ?? ''}); none of its rows were written, ${before}:\n${errors}${job.errorsFile && job.errors ? `\n  all errors: ${job.errorsFile}` : ''}`,
    [{ field: file.path, reason: job.message ?? job.status }],
  );
}

/** Import one CSV of the archive through the import pipeline (atomic, UTF-8, Estate's own column names). */
async function importCsv(
  db: Executor,
  folder: string,
  file: ArchiveFile,
  options: ImportEstateOptions,
): Promise<ImportJob> {
  const importOptions = resolveImportOptions({
    kind: file.kind === 'items' ? 'items' : 'relationships',
    className: file.class,
    source: file.kind === 'items' ? 'generic' : undefined,
    encoding: 'utf-8',
    mode: 'atomic',
  });
  const run = await startImport(db, {
    options: importOptions,
    filePath: join(folder, file.path),
    actor: options.actor,
    requestId: randomUUID(),
    errorsFile: join(options.errorsDir, file.path.replace(/\.csv$/, '.errors.csv')),
    onProgress: options.onProgress,
  });
  return run.done;
}

/** Check the whole archive in `folder`, then import it file by file. */
export async function importEstateFolder(
  db: Executor,
  folder: string,
  options: ImportEstateOptions,
): Promise<ImportedEstate> {
  const manifest = await checkArchive(folder);
  const pathOf = (kind: ArchiveFile['kind']) => {
    const f = manifest.files.find((x) => x.kind === kind);
    return f ? join(folder, f.path) : undefined;
  };
  // Read and check the small files before anything is written.
  const fieldsPath = pathOf('customFields');
  const fields = fieldsPath ? readCustomFields(fieldsPath, FIXED_FILES.customFields.path) : [];
  const stock = readStockFiles(pathOf('stock'), pathOf('checkouts'));
  const files = importOrder(manifest);
  const done: ImportedFile[] = [];
  const writer = { actor: options.actor, source: 'import' as const, requestId: randomUUID() };
  for (const [i, file] of files.entries()) {
    options.onFile?.(file, i + 1, files.length);
    if (file.kind === 'customFields') {
      const written = await importCustomFields(db, options.actor, fields);
      done.push({ file, created: written, updated: 0, unchanged: file.rows - written });
    } else if (file.kind === 'stock' || file.kind === 'checkouts') {
      const items = new Set([...stock.lines, ...stock.held].map((l) => l.item)).size;
      const filled = await importStock(db, writer, stock);
      done.push({ file, created: filled, updated: 0, unchanged: items - filled });
    } else {
      const job = await importCsv(db, folder, file, options);
      if (job.status !== 'SUCCEEDED' || job.rowsRead !== file.rows) throw refusedFile(file, job, done);
      done.push({ file, created: job.created, updated: job.updated, unchanged: job.unchanged });
    }
  }
  return { manifest, files: done };
}

/** Import from a folder, or a .tar.gz (unpacked into a scratch folder first). */
export async function importEstate(db: Executor, path: string, options: ImportEstateOptions): Promise<ImportedEstate> {
  if (!existsSync(path))
    throw new EstateError('BAD_USER_INPUT', `${path} does not exist`, [
      { field: 'path', reason: 'no such folder or file; nothing was written' },
    ]);
  if (!isTarball(path)) return importEstateFolder(db, path, options);
  return inScratch(async (dir) => {
    await unpackTarball(resolve(path), dir);
    return importEstateFolder(db, dir, options);
  });
}
