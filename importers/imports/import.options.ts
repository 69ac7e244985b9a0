/**
 * What an import is asked to do, from the CLI flags, the HTTP query string
 * or a mapping file, validated once into one ImportOptions. Flags given on
 * the command line or in the query string win over the mapping file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { classSpec, CLASS_NAMES } from '../../graph/model/classes';
import { ENUMS } from '../../graph/model/enums';
import type { EnumName } from '../../graph/model/enums';
import { badInput, EstateError } from '../../graph/platform/errors';
import { encodingExists } from './encoding.tables';
import type { CellOptions } from './normalise';
import {
  EMPTY_CELL_POLICIES,
  IMPORT_KINDS,
  IMPORT_MODES,
  IMPORT_SOURCES,
  UNKNOWN_COLUMN_POLICIES,
} from '../../graph/model/imports';
import type { ImportOptions, TransformSpec } from '../../graph/model/imports';
import { checkTransform } from './transforms';

export const DEFAULT_BATCH_SIZE = 2000;
export const MAX_BATCH_SIZE = 10_000;

/** A mapping file: the parts of an import that belong with a file format rather than a run. */
export const mappingFileSchema = z.strictObject({
  /** Whose column names the file uses (source profile); absent: told from the header. */
  from: z.enum(IMPORT_SOURCES).optional(),
  /**
   * Header, or `#n` for the n-th column (1-based: a blank or repeated header), → target
   * (`serialNumber`, `purchaseCost.amount`, `attr.costCentre`), or null to leave the column out.
   */
  columns: z.record(z.string(), z.string().min(1).nullable()).optional(),
  /** Field → how each row's value is derived (join, split, template, constant, column; map, prefix, suffix). */
  transforms: z.record(z.string(), z.unknown()).optional(),
  /** Field → value for every row (as a cell would say it); a column for the same field is refused. */
  constants: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** Enum name → synonym → value, e.g. {"LifecycleState": {"Spare": "IN_STOCK"}}. */
  enumSynonyms: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  encoding: z.string().optional(),
  delimiter: z.string().length(1).optional(),
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
  /** `excel-serial`: the file's date columns hold Excel serial numbers (45291) to read as dates; else they are refused. */
  dates: z.enum(['text', 'excel-serial']).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO-4217 code such as EUR')
    .optional(),
  emptyCells: z.enum(EMPTY_CELL_POLICIES).optional(),
  unknownColumns: z.enum(UNKNOWN_COLUMN_POLICIES).optional(),
  listSeparator: z.string().min(1).max(3).optional(),
});
export type MappingFile = z.infer<typeof mappingFileSchema>;

/** Options as they arrive (flags, query string): everything optional, strings allowed for numbers and booleans. */
export interface RawImportOptions {
  kind?: string;
  /** Source profile (`--from`, `from=`). */
  source?: string;
  className?: string;
  mode?: string;
  dryRun?: boolean | string;
  encoding?: string;
  delimiter?: string;
  dateOrder?: string;
  currency?: string;
  emptyCells?: string;
  unknownColumns?: string;
  listSeparator?: string;
  batchSize?: number | string;
  mapping?: MappingFile | string;
}

const rawSchema = z.object({
  kind: z.enum(IMPORT_KINDS).default('items'),
  source: z.enum(IMPORT_SOURCES).optional(),
  className: z.string().optional(),
  mode: z.enum(IMPORT_MODES).default('atomic'),
  dryRun: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .default(false)
    .transform((v) => v === true || v === 'true' || v === '1'),
  encoding: z.string().optional(),
  delimiter: z
    .string()
    .transform((d) => (d === '\\t' || d.toLowerCase() === 'tab' ? '\t' : d))
    .pipe(z.string().length(1, 'a delimiter is one character'))
    .optional(),
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO-4217 code such as EUR')
    .optional(),
  emptyCells: z.enum(EMPTY_CELL_POLICIES).optional(),
  unknownColumns: z.enum(UNKNOWN_COLUMN_POLICIES).optional(),
  listSeparator: z.string().min(1).max(3).optional(),
  batchSize: z.coerce.number().int().min(1).max(MAX_BATCH_SIZE).optional(),
});

/** Validate options from any entry point; a bad one is a BAD_USER_INPUT naming the option. */
export function resolveImportOptions(raw: RawImportOptions): ImportOptions {
  const parsed = rawSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.path.join('.'), issue.message);
  }
  const o = parsed.data;
  const mapping = typeof raw.mapping === 'string' ? parseMapping(raw.mapping, 'mapping') : (raw.mapping ?? {});
  if (o.kind === 'items') {
    if (!o.className) throw badInput('class', `give the class of the rows: one of ${CLASS_NAMES.join(', ')}`);
    if (!classSpec(o.className))
      throw badInput('class', `unknown class ${o.className}; expected one of ${CLASS_NAMES.join(', ')}`);
  }
  // None named: detected from the file when the job starts (import.service.ts); utf-8 until then.
  const named = o.encoding ?? mapping.encoding;
  const encoding = named ?? 'utf-8';
  if (!encodingExists(encoding)) {
    throw badInput(
      'encoding',
      `unknown encoding ${encoding}; e.g. utf-8, windows-1252, macintosh, utf-16le, iso-8859-1`,
    );
  }
  const enumSynonyms: ImportOptions['enumSynonyms'] = {};
  for (const [name, synonyms] of Object.entries(mapping.enumSynonyms ?? {})) {
    if (!(name in ENUMS))
      throw badInput(`mapping.enumSynonyms.${name}`, `unknown enum; expected one of ${Object.keys(ENUMS).join(', ')}`);
    for (const [word, value] of Object.entries(synonyms)) {
      if (!(ENUMS[name as EnumName] as readonly string[]).includes(value)) {
        throw badInput(
          `mapping.enumSynonyms.${name}.${word}`,
          `${value} is not a ${name}; expected one of ${ENUMS[name as EnumName].join(', ')}`,
        );
      }
    }
    enumSynonyms[name as EnumName] = synonyms;
  }
  const transforms = checkTransforms(mapping.transforms ?? {});
  const source = o.source ?? mapping.from;
  return {
    kind: o.kind,
    className: o.kind === 'items' ? o.className : undefined,
    ...(source ? { source } : {}),
    mode: o.mode,
    dryRun: o.dryRun,
    encoding,
    detectEncoding: named === undefined,
    delimiter: o.delimiter ?? mapping.delimiter,
    dateOrder: o.dateOrder ?? mapping.dateOrder,
    excelSerialDates: mapping.dates === 'excel-serial',
    defaultCurrency: o.currency ?? mapping.currency,
    emptyCells: o.emptyCells ?? mapping.emptyCells ?? 'ignore',
    unknownColumns: o.unknownColumns ?? mapping.unknownColumns ?? 'report',
    listSeparator: o.listSeparator ?? mapping.listSeparator ?? ';',
    batchSize: o.batchSize ?? DEFAULT_BATCH_SIZE,
    columns: mapping.columns ?? {},
    constants: Object.fromEntries(Object.entries(mapping.constants ?? {}).map(([k, v]) => [k, String(v)])),
    ...(Object.keys(transforms).length ? { transforms } : {}),
    enumSynonyms,
  };
}

/** Each transform's shape; a bad one is a BAD_USER_INPUT naming it (`mapping.transforms.name.part`). */
function checkTransforms(raw: Record<string, unknown>): Record<string, TransformSpec> {
  const out: Record<string, TransformSpec> = {};
  for (const [field, spec] of Object.entries(raw)) {
    const checked = checkTransform(spec);
    if (!checked.ok) {
      const where = ['mapping', 'transforms', field, ...checked.path].join('.');
      throw new EstateError('BAD_USER_INPUT', `${where}: ${checked.reason}`, [
        { field: where, reason: checked.reason },
      ]);
    }
    out[field] = checked.spec;
  }
  return out;
}

/** A mapping file's JSON text, validated. */
export function parseMapping(text: string, where: string): MappingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badInput(where, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = mappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.code === 'unrecognized_keys' ? `.${issue.keys[0]}` : '';
    throw new EstateError('BAD_USER_INPUT', `${where}: ${issue.message}`, [
      { field: [where, ...issue.path.map(String)].join('.') + key, reason: issue.message },
    ]);
  }
  return parsed.data;
}

export function readMappingFile(path: string): MappingFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw badInput('mapping', `cannot read ${path}: ${(error as Error).message}`);
  }
  return parseMapping(text, 'mapping');
}

export function cellOptions(options: ImportOptions): CellOptions {
  return {
    dateOrder: options.dateOrder,
    excelSerialDates: options.excelSerialDates,
    defaultCurrency: options.defaultCurrency,
    listSeparator: options.listSeparator,
    enumSynonyms: options.enumSynonyms,
  };
}
