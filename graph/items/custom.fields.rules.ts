/**
 * The rules of custom fields, pure: what a definition may say, and whether
 * the attributes of a CI fit the definitions of its class. Values arrive
 * here as JSON (the API's `attributes`, or what an import made of a cell,
 * see importers/imports/normalise.ts `parseCustomValue`), so nothing is
 * coerced: `"yes"` is not a boolean here, `true` is.
 */
import { z } from 'zod';
import { classSpec, COMMON_FIELDS } from '../model/classes';
import { CUSTOM_FIELD_TYPES } from '../model/custom.fields';
import type { CustomFieldDef, CustomFieldType } from '../model/custom.fields';
import { EstateError } from '../platform/errors';
import type { ErrorDetail } from '../platform/errors';

/** Letters, digits and `_`, not starting with a digit: a name that is also a plain `attr.<name>` column. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same squashing the CSV header match uses: `Hot swap`, `hot_swap` and `HOTSWAP` meet. */
export const squashName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export const isRealDate = (s: string): boolean =>
  ISO_DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function isWebUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const show = (value: unknown): string => JSON.stringify(value);

/** Per type: why a JSON value does not fit (undefined when it does). */
export const VALUE_RULES: Record<CustomFieldType, (value: unknown, def: CustomFieldDef) => string | undefined> = {
  BOOLEAN: (v) => (typeof v === 'boolean' ? undefined : `expected true or false, got ${show(v)}`),
  INTEGER: (v) => (Number.isSafeInteger(v) ? undefined : `expected a whole number, got ${show(v)}`),
  DECIMAL: (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `expected a number, got ${show(v)}`),
  DATE: (v) => (typeof v === 'string' && isRealDate(v) ? undefined : `expected an ISO date YYYY-MM-DD, got ${show(v)}`),
  ENUM: (v, def) =>
    typeof v === 'string' && def.choices?.includes(v)
      ? undefined
      : `expected one of ${(def.choices ?? []).join(', ')}, got ${show(v)}`,
  URL: (v) => (typeof v === 'string' && isWebUrl(v) ? undefined : `expected an http or https URL, got ${show(v)}`),
  LIST: (v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')
      ? undefined
      : `expected a list of texts, got ${show(v)}`,
};

/**
 * A CI's attributes against its class's definitions: one detail per field that does not fit, named
 * `attributes.<name>`. With `previous` (an update), a value the write leaves as it was is not judged:
 * a CI stored before its field was defined is refused only for what the write changes.
 */
export function customValueIssues(
  defs: readonly CustomFieldDef[],
  attributes: Record<string, unknown> | null | undefined,
  previous?: Record<string, unknown> | null,
): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  for (const def of defs) {
    const value = attributes?.[def.name];
    if (previous !== undefined && JSON.stringify(value ?? null) === JSON.stringify(previous?.[def.name] ?? null))
      continue;
    if (value === undefined || value === null) {
      if (def.required) issues.push({ field: `attributes.${def.name}`, reason: `${def.label} is required` });
      continue;
    }
    const reason = VALUE_RULES[def.type](value, def);
    if (reason) issues.push({ field: `attributes.${def.name}`, reason: `${def.label}: ${reason}` });
  }
  return issues;
}

const definitionSchema = z.strictObject({
  class: z.string(),
  name: z.string().regex(FIELD_NAME, 'letters, digits and _, at most 64, not starting with a digit'),
  label: z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters').optional(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  required: z.boolean().optional(),
  description: z.string().trim().max(2000, 'at most 2000 characters').optional(),
  choices: z
    .array(z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'))
    .max(200)
    .optional(),
});

/** A definition as asked for, checked whole: every problem in one BAD_USER_INPUT naming its input field. */
export function checkDefinition(input: Record<string, unknown>, path = 'input'): CustomFieldDef {
  const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  const parsed = definitionSchema.safeParse(clean);
  const details: ErrorDetail[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: [path, ...i.path.map(String)].join('.'), reason: i.message }));
  const className = String(clean.class);
  const spec = classSpec(className);
  if (!spec) details.push({ field: `${path}.class`, reason: `unknown class ${className}` });
  if (!parsed.success || !spec) throw refusal(details);
  const d = parsed.data;
  const label = d.label ?? d.name;
  const taken = new Set([...COMMON_FIELDS, ...spec.fields.map((f) => f.name)].map(squashName));
  if (taken.has(squashName(d.name))) {
    details.push({ field: `${path}.name`, reason: `${d.name} is already a field of ${className}` });
  }
  if (squashName(label) !== squashName(d.name) && taken.has(squashName(label))) {
    details.push({
      field: `${path}.label`,
      reason: `a column "${label}" would fill the ${className} field of that name`,
    });
  }
  if (d.type === 'ENUM') {
    const choices = d.choices ?? [];
    if (choices.length === 0) details.push({ field: `${path}.choices`, reason: 'an ENUM field needs its choices' });
    const seen = new Map<string, string>();
    for (const choice of choices) {
      const earlier = seen.get(squashName(choice));
      if (earlier !== undefined) {
        details.push({ field: `${path}.choices`, reason: `"${choice}" and "${earlier}" read as the same choice` });
      }
      seen.set(squashName(choice), choice);
    }
  } else if (d.choices !== undefined) {
    details.push({ field: `${path}.choices`, reason: `only ENUM fields have choices, not ${d.type}` });
  }
  if (details.length) throw refusal(details);
  return {
    class: className,
    name: d.name,
    label,
    type: d.type,
    required: d.required ?? false,
    ...(d.description ? { description: d.description } : {}),
    ...(d.type === 'ENUM' ? { choices: d.choices } : {}),
  };
}

function refusal(details: ErrorDetail[]): EstateError {
  return new EstateError(
    'BAD_USER_INPUT',
    `invalid custom field: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`,
    details,
  );
}
