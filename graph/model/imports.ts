/**
 * The closed vocabulary of imports — kinds, modes, cell and column policies —
 * and the validated options of one import run, which an import job records.
 * Here, beneath every domain, so the API, the importers and the job store
 * read the same lists.
 */
import type { EnumName } from './enums';

/** Which day/month order a date cell like 03/04/2025 is read in. */
export type DateOrder = 'DMY' | 'MDY';

export const IMPORT_MODES = ['atomic', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What an empty cell means: leave the field as it is, or clear it. */
export const EMPTY_CELL_POLICIES = ['ignore', 'clear'] as const;
export type EmptyCellPolicy = (typeof EMPTY_CELL_POLICIES)[number];

/** Columns that match no field: keep them as attributes, or leave them out and say so. */
export const UNKNOWN_COLUMN_POLICIES = ['attributes', 'report'] as const;
export type UnknownColumnPolicy = (typeof UNKNOWN_COLUMN_POLICIES)[number];

export const IMPORT_KINDS = ['items', 'relationships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Whose column names a CSV file uses: one source profile each (importers/imports/profiles/). */
export const IMPORT_SOURCES = ['snipe-it', 'netbox', 'servicenow', 'generic'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/**
 * One value a mapping file derives for every row (importers/imports/transforms.ts):
 * exactly one of join, split, template, constant or column, then the optional
 * value map, prefix and suffix. Columns are named by header or by position (`#3`).
 */
export interface TransformSpec {
  join?: string[];
  split?: string;
  template?: string;
  constant?: string | number | boolean;
  column?: string;
  separator?: string;
  part?: number;
  map?: Record<string, string>;
  prefix?: string;
  suffix?: string;
}

export interface ImportOptions {
  kind: ImportKind;
  /** Class of every row (item imports only). */
  className?: string;
  mode: ImportMode;
  dryRun: boolean;
  /** The encoding the file is read in: the one the user named, or (once the file is read) the detected one. */
  encoding: string;
  /** No encoding was named: it is detected from the whole file, and an ambiguous detection refuses the file. */
  detectEncoding?: boolean;
  /** Other plausible encodings from the detection, for the hint on undecodable bytes. */
  encodingAlternatives?: string[];
  /** Field delimiter; sniffed from the header line when absent. */
  delimiter?: string;
  dateOrder?: DateOrder;
  /** Read 5-digit numbers in date columns as Excel date serials (the mapping file's `"dates": "excel-serial"`); else refused. */
  excelSerialDates?: boolean;
  defaultCurrency?: string;
  emptyCells: EmptyCellPolicy;
  unknownColumns: UnknownColumnPolicy;
  listSeparator: string;
  batchSize: number;
  /** Whose column names the file uses; absent: told from the header. */
  source?: ImportSource;
  /** Header (or `#n`, a 1-based position) → target, or null to leave the column out. */
  columns: Record<string, string | null>;
  constants: Record<string, string>;
  /** Field → how its value is derived from each row (absent in jobs recorded before transforms). */
  transforms?: Record<string, TransformSpec>;
  enumSynonyms: Partial<Record<EnumName, Record<string, string>>>;
}
