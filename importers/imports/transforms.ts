/**
 * Transforms: values a mapping file (or a source profile) derives for every
 * row from the row's cells, as data rather than code:
 *
 *   {"join": ["First Name", "Last Name"], "separator": " "}   non-empty cells joined
 *   {"split": "FQDN", "separator": ".", "part": 1}            one piece (negative counts from the end)
 *   {"template": "{Building}, room {#4}"}                     cells put into a text
 *   {"constant": "LICENCE"}                                   the same text on every row
 *   {"column": "ID", "prefix": "snipe-"}                      one cell, e.g. another tool's id made ours
 *
 * then, on any of them, `map` (value → value, e.g. a status vocabulary; a value
 * not in the map passes unchanged), `prefix` and `suffix` (only on a value that
 * is not empty). Columns are named by header (compared like headers: case and
 * punctuation ignored) or by 1-based position (`#3`), which also reaches a
 * blank or repeated header. The result is a cell like any other: the field's
 * own parsing and the empty-cell policy apply to it.
 *
 * Pure and validated twice: the shape when the mapping file is read (a bad
 * transform is refused naming it), the column names against the header.
 */
import { z } from 'zod';
import type { TransformSpec } from '../../graph/model/imports';
import { squash } from './normalise';

const KINDS = ['join', 'split', 'template', 'constant', 'column'] as const;
type TransformKind = (typeof KINDS)[number];

const modifiers = {
  map: z.record(z.string(), z.string()).optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
};
const columnName = z.string().min(1, 'a column is named by its header or its position, e.g. "#3"');

/** One strict shape per kind, so a key that does not belong to it is named in the error. */
const SHAPES: Record<TransformKind, z.ZodType<TransformSpec>> = {
  join: z.strictObject({
    join: z.array(columnName).min(2, 'join needs at least two columns'),
    separator: z.string().optional(),
    ...modifiers,
  }),
  split: z.strictObject({
    split: columnName,
    separator: z.string().min(1, 'split needs the separator to cut at'),
    part: z
      .number()
      .int()
      .refine((n) => n !== 0, 'part counts from 1 (or from the end: -1 is the last piece)'),
    ...modifiers,
  }),
  template: z.strictObject({
    template: z.string().regex(/\{[^{}]+\}/, 'a template names at least one column in braces, e.g. "{Building}"'),
    ...modifiers,
  }),
  constant: z.strictObject({ constant: z.union([z.string(), z.number(), z.boolean()]), ...modifiers }),
  column: z.strictObject({ column: columnName, ...modifiers }),
};

/** A transform's shape, checked; `where` names it in the error (`mapping.transforms.name`). */
export function checkTransform(
  spec: unknown,
): { ok: true; spec: TransformSpec } | { ok: false; path: string[]; reason: string } {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    return { ok: false, path: [], reason: `expected an object with one of ${KINDS.join(', ')}` };
  const kinds = KINDS.filter((k) => k in spec);
  if (kinds.length !== 1)
    return {
      ok: false,
      path: [],
      reason: kinds.length
        ? `give one of ${KINDS.join(', ')}, not ${kinds.join(' and ')}`
        : `give one of ${KINDS.join(', ')} (it has ${Object.keys(spec).join(', ') || 'nothing'})`,
    };
  const parsed = SHAPES[kinds[0]].safeParse(spec);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue.code === 'unrecognized_keys' ? [issue.keys[0]] : [];
  const reason =
    issue.code === 'unrecognized_keys' ? `${issue.keys[0]} does not belong to a ${kinds[0]} transform` : issue.message;
  return { ok: false, path: [...issue.path.map(String), ...key], reason };
}

/** A transform bound to a header: what it reads, and how it makes a row's value. */
export interface BoundTransform {
  /** 0-based positions of the columns it reads. */
  reads: number[];
  compute: (values: readonly string[]) => string;
  /** `join("First Name", "Last Name") with " "`, for the column plan. */
  describe: string;
}

/** Where each column reference of a transform points, or why it cannot. */
export type ColumnLookup = (ref: string) => { index: number } | { reason: string };

/** A header's lookup: `#n` by position, else by squashed name (a repeated name must be given by position). */
export function headerLookup(header: readonly string[]): ColumnLookup {
  return (ref) => {
    const position = /^#(\d+)$/.exec(ref.trim());
    if (position) {
      const n = Number(position[1]);
      return n >= 1 && n <= header.length
        ? { index: n - 1 }
        : { reason: `names column ${ref}, but the file has ${header.length} columns` };
    }
    const matches = header.flatMap((h, i) => (h.trim() && squash(h) === squash(ref) ? [i] : []));
    if (matches.length === 0) return { reason: `names column "${ref}", which the file does not have` };
    if (matches.length > 1)
      return {
        reason: `names column "${ref}", which the file has ${matches.length} times (columns ${matches.map((i) => i + 1).join(', ')}); name one by position, e.g. "#${matches[1] + 1}"`,
      };
    return { index: matches[0] };
  };
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Bind a checked transform to a header; a column it names that the header lacks is the reason it cannot. */
export function bindTransform(spec: TransformSpec, lookup: ColumnLookup): BoundTransform | { reason: string } {
  const refs: string[] = spec.join ?? (spec.split !== undefined ? [spec.split] : undefined) ?? [];
  if (spec.column !== undefined) refs.push(spec.column);
  if (spec.template !== undefined) for (const m of spec.template.matchAll(PLACEHOLDER)) refs.push(m[1]);
  const reads: number[] = [];
  const at = new Map<string, number>();
  for (const ref of refs) {
    const found = lookup(ref);
    if ('reason' in found) return found;
    reads.push(found.index);
    at.set(ref, found.index);
  }
  const cell = (values: readonly string[], ref: string) => (values[at.get(ref)!] ?? '').trim();
  const base = baseOf(spec, cell);
  return {
    reads,
    compute: (values) => finish(spec, base.compute(values)),
    describe: `${base.describe}${describeModifiers(spec)}`,
  };
}

type Cell = (values: readonly string[], ref: string) => string;

/** The value before the map, prefix and suffix, and how to say it. */
function baseOf(spec: TransformSpec, cell: Cell): { compute: (values: readonly string[]) => string; describe: string } {
  const quoted = (refs: string[]) => refs.map((r) => JSON.stringify(r)).join(', ');
  if (spec.join) {
    const refs = spec.join;
    const separator = spec.separator ?? ' ';
    return {
      compute: (values) =>
        refs
          .map((r) => cell(values, r))
          .filter(Boolean)
          .join(separator),
      describe: `join(${quoted(refs)}) with ${JSON.stringify(separator)}`,
    };
  }
  if (spec.split !== undefined) {
    const ref = spec.split;
    const separator = spec.separator!;
    const part = spec.part!;
    return {
      compute: (values) => {
        const pieces = cell(values, ref).split(separator);
        return (pieces[part > 0 ? part - 1 : pieces.length + part] ?? '').trim();
      },
      describe: `part ${part} of ${JSON.stringify(ref)} split at ${JSON.stringify(separator)}`,
    };
  }
  if (spec.template !== undefined) {
    const template = spec.template;
    return {
      // A template of empty cells is an empty value (so the empty-cell policy applies), not its bare text.
      compute: (values) => {
        let filled = false;
        const text = template.replace(PLACEHOLDER, (_, ref: string) => {
          const v = cell(values, ref);
          if (v) filled = true;
          return v;
        });
        return filled ? text.trim() : '';
      },
      describe: `template ${JSON.stringify(template)}`,
    };
  }
  if (spec.constant !== undefined) {
    const text = String(spec.constant);
    return { compute: () => text, describe: `constant ${JSON.stringify(text)}` };
  }
  const ref = spec.column!;
  return { compute: (values) => cell(values, ref), describe: `column ${JSON.stringify(ref)}` };
}

/** The value map (exact, else ignoring case and spaces at the ends), then prefix and suffix on a value. */
function finish(spec: TransformSpec, value: string): string {
  let out = value;
  if (spec.map && out !== '') {
    const exact = spec.map[out];
    const loose =
      exact ?? Object.entries(spec.map).find(([from]) => from.trim().toLowerCase() === out.toLowerCase())?.[1];
    if (loose !== undefined) out = loose;
  }
  if (out === '') return '';
  return `${spec.prefix ?? ''}${out}${spec.suffix ?? ''}`;
}

function describeModifiers(spec: TransformSpec): string {
  const parts: string[] = [];
  if (spec.map) parts.push(`mapped by ${Object.keys(spec.map).length} value(s)`);
  if (spec.prefix) parts.push(`prefixed ${JSON.stringify(spec.prefix)}`);
  if (spec.suffix) parts.push(`suffixed ${JSON.stringify(spec.suffix)}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}
