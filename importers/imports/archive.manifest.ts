/**
 * The manifest of a whole-estate archive and the checks an import makes on
 * the archive before it writes anything.
 *
 * An archive is a folder (or a .tar.gz of one) of CSV files side by side:
 *
 *   manifest.json        format and its version, Estate's version, when, the
 *                        source's change sequence, and each file with its kind
 *                        and row count
 *   custom-fields.csv    custom field definitions (class, name, label, type…)
 *   <Class>.csv          the CIs of one class, as `estate export --class` writes them
 *   relationships.csv    as `estate export --relationships` writes them
 *   stock.csv            stock of quantity items per location
 *   checkouts.csv        units checked out to people and assets
 *
 * Only files that have rows are written. The import refuses, before writing
 * anything, an archive whose manifest is missing, of another format or a
 * newer version, or that lists a file that is missing, has another header
 * or another number of rows than the manifest says, or that holds a CSV the
 * manifest does not list.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { EstateError } from '../../graph/platform/errors';
import { CLASS_NAMES } from '../../graph/model/classes';
import { exportColumns } from './export';
import { RELATIONSHIP_HEADER } from './export.relationships';

export const ARCHIVE_FORMAT = 'estate-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export const ARCHIVE_KINDS = ['customFields', 'items', 'relationships', 'stock', 'checkouts'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** The file name and header of each kind (items: per class). */
export const FIXED_FILES: Readonly<Record<Exclude<ArchiveKind, 'items'>, { path: string; header: readonly string[] }>> =
  {
    customFields: {
      path: 'custom-fields.csv',
      header: ['class', 'name', 'label', 'type', 'required', 'description', 'choices'],
    },
    relationships: { path: 'relationships.csv', header: RELATIONSHIP_HEADER },
    stock: { path: 'stock.csv', header: ['item', 'location', 'quantity', 'minQuantity'] },
    checkouts: { path: 'checkouts.csv', header: ['item', 'holder', 'quantity'] },
  };

const fileSchema = z.strictObject({
  path: z.string(),
  kind: z.enum(ARCHIVE_KINDS),
  class: z.string().optional(),
  rows: z.number().int().min(0),
});
export type ArchiveFile = z.infer<typeof fileSchema>;

const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  estateVersion: z.string(),
  exportedAt: z.string(),
  changeSequence: z.number().int().min(0),
  files: z.array(fileSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function itemsFile(className: string): string {
  return `${className}.csv`;
}

/** The name and header a listed file must have. */
function expected(file: ArchiveFile): { path: string; header: readonly string[] } | string {
  if (file.kind !== 'items') return FIXED_FILES[file.kind];
  if (!file.class || !CLASS_NAMES.includes(file.class)) return `"${file.class ?? ''}" is not a class`;
  return { path: itemsFile(file.class), header: exportColumns(file.class).map((c) => c.name) };
}

/** The header and the number of data rows of a CSV file, read as a stream. */
export async function csvShape(path: string): Promise<{ header: string[]; rows: number }> {
  let header: string[] = [];
  let rows = -1;
  for await (const record of createReadStream(path).pipe(parse({ bom: true }))) {
    if (rows === -1) header = record as string[];
    rows += 1;
  }
  return { header, rows: Math.max(rows, 0) };
}

const problem = (field: string, reason: string) => ({ field, reason });

/** The refusal of an archive, every problem named by its file. */
function refused(folder: string, problems: { field: string; reason: string }[]): EstateError {
  return new EstateError(
    'BAD_USER_INPUT',
    `the archive ${folder} is refused and nothing was written:\n${problems.map((p) => `  ${p.field}: ${p.reason}`).join('\n')}`,
    problems,
  );
}

/** Read the manifest and check every file against it; throws the refusal naming each problem. */
export async function checkArchive(folder: string): Promise<Manifest> {
  const manifestPath = join(folder, MANIFEST_FILE);
  if (!existsSync(manifestPath))
    throw refused(folder, [problem(MANIFEST_FILE, 'missing: not an archive that estate export --all wrote')]);
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${issue.path.join('.') || 'the manifest'}: ${issue.message}`);
    }
    manifest = parsed.data;
  } catch (error) {
    throw refused(folder, [problem(MANIFEST_FILE, (error as Error).message)]);
  }
  if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION)
    throw refused(folder, [
      problem(
        MANIFEST_FILE,
        `format version ${manifest.formatVersion} is newer than this Estate reads (${ARCHIVE_FORMAT_VERSION}); export it again with this version, or upgrade`,
      ),
    ]);
  const problems: { field: string; reason: string }[] = [];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    const want = expected(file);
    if (typeof want === 'string') {
      problems.push(problem(file.path, want));
      continue;
    }
    if (file.path !== want.path) {
      problems.push(problem(file.path, `a ${file.kind} file is named ${want.path}`));
      continue;
    }
    if (listed.has(file.path)) problems.push(problem(file.path, 'listed twice in the manifest'));
    listed.add(file.path);
    const path = join(folder, file.path);
    if (!existsSync(path)) {
      problems.push(problem(file.path, `missing: the manifest lists it with ${file.rows} row(s)`));
      continue;
    }
    const shape = await csvShape(path).catch((error: Error) => error);
    if (shape instanceof Error) {
      problems.push(problem(file.path, `not a readable CSV file: ${shape.message}`));
      continue;
    }
    if (shape.header.join(',') !== want.header.join(','))
      problems.push(problem(file.path, `the header is ${shape.header.join(',')}; expected ${want.header.join(',')}`));
    if (shape.rows !== file.rows)
      problems.push(problem(file.path, `holds ${shape.rows} row(s); the manifest says ${file.rows}`));
  }
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.csv') && !listed.has(n))
    .sort())
    problems.push(problem(name, 'not listed in the manifest'));
  if (problems.length) throw refused(folder, problems);
  return manifest;
}
