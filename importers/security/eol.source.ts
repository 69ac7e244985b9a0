/**
 * Release cycles in endoflife.date's shapes, one cycle at a time:
 * - JSON, its v0 API (`/api/<product>.json`): an array of cycles, the product named by the
 *   caller or by the file name (`ubuntu.json` → ubuntu), or by a `product` on each cycle;
 * - JSON, its v1 API (`/api/v1/products/<product>`): `{ result: { name, releases: [...] } }`;
 * - CSV: product (unless the caller names it), cycle, releaseDate, eol, lts, support,
 *   extendedSupport, latest.
 * `eol`, `support` and `extendedSupport` are a date or a boolean; `lts` is a boolean, or the
 * date LTS began (read as true). Anything else is refused with the file and where.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';

import { dayNumber, type EndMark, type ReleaseCycle } from '../../graph/security/end.of.life';

import { csvRows, rowProblems } from './feed.csv';
import type { ProblemLog } from './feed.errors';
import { isFile, zodProblems } from './feed.errors';
import { calendarDate } from './feed.fields';

/** A date or a boolean; in CSV, the words true/false. */
const endMark = z.union([z.boolean(), z.string()]).transform((value, ctx): EndMark => {
  if (typeof value === 'boolean') return value;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (dayNumber(value) !== null) return value;
  ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD), true or false' });
  return z.NEVER;
});

const name = z.union([z.string().min(1, 'must not be empty'), z.number().transform(String)]);

/** One cycle as the v0 API and the CSV write it. */
const cycleV0 = z.object({
  product: name.optional(),
  cycle: name,
  releaseDate: calendarDate.optional(),
  eol: endMark,
  lts: endMark.optional(),
  support: endMark.optional(),
  extendedSupport: endMark.optional(),
  latest: name.optional(),
});

/** One release as the v1 API writes it. */
const releaseV1 = z.object({
  name,
  releaseDate: calendarDate.optional(),
  isLts: z.boolean().optional(),
  isEol: z.boolean(),
  eolFrom: calendarDate.nullish(),
  isEoas: z.boolean().nullish(),
  eoasFrom: calendarDate.nullish(),
  isEoes: z.boolean().nullish(),
  eoesFrom: calendarDate.nullish(),
  latest: z.object({ name }).nullish(),
});

const v1Document = z.object({ result: z.object({ name, releases: z.array(z.unknown()) }) });

export interface EolRecord {
  readonly file: string;
  readonly at: string;
  readonly cycle: ReleaseCycle;
}

export interface EolOptions {
  /** The product the file is about, when it does not say (v0 JSON, CSV without a product column). */
  readonly product?: string;
}

/** The v1 API's date-or-flag pairs as one end mark: the date when known, else the flag. */
const v1Mark = (flag: boolean | null | undefined, from: string | null | undefined): EndMark | undefined =>
  from ?? (flag === null || flag === undefined ? undefined : flag);

const fromV0 = (c: z.infer<typeof cycleV0>, product: string | undefined): ReleaseCycle | { missing: 'product' } => {
  const named = c.product ?? product;
  if (named === undefined) return { missing: 'product' };
  return {
    product: named,
    cycle: c.cycle,
    releaseDate: c.releaseDate,
    eol: c.eol,
    lts: c.lts === undefined ? undefined : c.lts !== false,
    support: c.support,
    extendedSupport: c.extendedSupport,
    latest: c.latest,
  };
};

const fromV1 = (r: z.infer<typeof releaseV1>, product: string): ReleaseCycle => ({
  product,
  cycle: r.name,
  releaseDate: r.releaseDate,
  eol: v1Mark(r.isEol, r.eolFrom) ?? false,
  lts: r.isLts,
  support: v1Mark(r.isEoas, r.eoasFrom),
  extendedSupport: v1Mark(r.isEoes, r.eoesFrom),
  latest: r.latest?.name,
});

const productRequired = 'no product: give one (--product), a product field, or name the file after the product';

async function* fromCsv(path: string, options: EolOptions, problems: ProblemLog): AsyncGenerator<EolRecord> {
  const file = basename(path);
  const required = options.product === undefined ? ['product', 'cycle', 'eol'] : ['cycle', 'eol'];
  for await (const { row, values } of csvRows(path, required, problems)) {
    const parsed = cycleV0.safeParse(values);
    if (!parsed.success) {
      problems.add(...rowProblems(file, row, parsed.error));
      continue;
    }
    const cycle = fromV0(parsed.data, options.product);
    if ('missing' in cycle) problems.add({ file, at: `row ${row}, column product`, reason: productRequired });
    else yield { file, at: `row ${row}`, cycle };
  }
}

/** Largest JSON cycle file read whole (endoflife.date's biggest product is a few hundred KB). */
export const MAX_EOL_JSON_BYTES = 8 * 1024 * 1024;

function* fromJsonValue(file: string, json: unknown, options: EolOptions, problems: ProblemLog): Generator<EolRecord> {
  const v1 = v1Document.safeParse(json);
  if (v1.success) {
    const product = options.product ?? v1.data.result.name;
    for (const [i, release] of v1.data.result.releases.entries()) {
      const parsed = releaseV1.safeParse(release);
      if (parsed.success) yield { file, at: `/result/releases/${i}`, cycle: fromV1(parsed.data, product) };
      else problems.add(...zodProblems(file, parsed.error, ['result', 'releases', i]));
    }
    return;
  }
  if (!Array.isArray(json)) {
    problems.add({ file, at: '', reason: 'expected an array of cycles, or { result: { name, releases } }' });
    return;
  }
  const stem = basename(file, extname(file));
  for (const [i, item] of json.entries()) {
    const parsed = cycleV0.safeParse(item);
    if (!parsed.success) {
      problems.add(...zodProblems(file, parsed.error, [i]));
      continue;
    }
    const cycle = fromV0(parsed.data, options.product ?? stem);
    if ('missing' in cycle) problems.add({ file, at: `/${i}/product`, reason: productRequired });
    else yield { file, at: `/${i}`, cycle };
  }
}

async function* fromJson(path: string, options: EolOptions, problems: ProblemLog): AsyncGenerator<EolRecord> {
  const file = basename(path);
  const { size } = await stat(path);
  if (size > MAX_EOL_JSON_BYTES) {
    return problems.add({
      file,
      at: '',
      reason: `${size} bytes is more than the ${MAX_EOL_JSON_BYTES} a cycle file may have`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    return problems.add({ file, at: '', reason: `not JSON: ${(error as Error).message}` });
  }
  yield* fromJsonValue(file, json, options, problems);
}

/** The release cycles of a JSON or CSV file (by its extension); problems go to `problems`. */
export async function* readEol(path: string, options: EolOptions, problems: ProblemLog): AsyncGenerator<EolRecord> {
  if (!(await isFile(path))) return problems.add({ file: path, at: '', reason: 'no such file' });
  yield* path.toLowerCase().endsWith('.csv') ? fromCsv(path, options, problems) : fromJson(path, options, problems);
}
