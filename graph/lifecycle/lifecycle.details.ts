/**
 * Validating the details of one transition against its table row: every
 * required detail present, each one well-formed (zod, from the same field
 * kinds as the class table), nothing the row does not take. Pure.
 */
import { z } from 'zod';
import { fieldSchema } from '../items/items.validation';
import { DETAIL_BY_NAME } from './lifecycle.rules';
import type { Transition } from './lifecycle.rules';
import type { Problem } from './refusals';

export type Details = Readonly<Record<string, unknown>>;

/** Details every transition accepts. */
const ALWAYS_ACCEPTED = ['note'];

const schemaCache = new Map<Transition, z.ZodType>();

function schemaFor(t: Transition): z.ZodType {
  let schema = schemaCache.get(t);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const name of t.required) shape[name] = fieldSchema(DETAIL_BY_NAME.get(name)!.kind);
    for (const name of [...t.optional, ...ALWAYS_ACCEPTED]) {
      shape[name] = fieldSchema(DETAIL_BY_NAME.get(name)!.kind).optional();
    }
    schema = z.strictObject(shape);
    schemaCache.set(t, schema);
  }
  return schema;
}

export type DetailsResult = { ok: true; details: Details } | { ok: false; problems: Problem[] };

/**
 * The transition's effective details: the given ones, valid, plus today's
 * date for the date details the row takes that default to it.
 */
export function validateDetails(
  t: Transition,
  given: Record<string, unknown> | null | undefined,
  today: string,
  move = `a transition from ${t.from} to ${t.to}`,
): DetailsResult {
  const present = Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined && v !== null));
  const problems: Problem[] = t.required
    .filter((name) => !(name in present))
    .map((name) => ({ field: `details.${name}`, reason: `required for ${move}` }));
  const parsed = schemaFor(t).safeParse(present);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const takes = [...t.required, ...t.optional, ...ALWAYS_ACCEPTED].join(', ');
        for (const key of issue.keys) {
          problems.push({
            field: `details.${key}`,
            reason: DETAIL_BY_NAME.has(key)
              ? `${key} does not apply to ${move}; it takes ${takes}`
              : `unknown detail ${key}`,
          });
        }
      } else if (issue.path.length > 0 && issue.path[0] in present) {
        problems.push({ field: ['details', ...issue.path.map(String)].join('.'), reason: issue.message });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const details: Record<string, unknown> = { ...(parsed.data as Record<string, unknown>) };
  for (const name of [...t.required, ...t.optional]) {
    if (DETAIL_BY_NAME.get(name)!.defaultsToToday && details[name] === undefined) details[name] = today;
  }
  return { ok: true, details };
}
