/**
 * Input validation at the edge of graph/: zod schemas built from the class
 * table. A create or patch that breaks any rule is refused whole with one
 * BAD_USER_INPUT error listing every offending field.
 */
import { z } from 'zod';
import { ALL_CLASS_FIELDS, classSpec, CLASS_NAMES } from '../model/classes';
import type { FieldKind, FieldSpec } from '../model/classes';
import type { CustomFieldDef } from '../model/custom.fields';
import { customValueIssues } from './custom.fields.rules';
import { ENUMS, LIFECYCLE_STATES, OPERATIONAL_STATUSES } from '../model/enums';
import { EstateError } from '../platform/errors';
import type { ErrorDetail } from '../platform/errors';
import { NETWORK_FIELD_RULES } from '../network/field.rules';
import type { FieldRule } from '../network/field.rules';

export type Primitive = string | number | boolean;
export type StoredValue = Primitive | Primitive[] | null;
/** Neo4j properties to set on a CI node; null removes the property. */
export type StoredProps = Record<string, StoredValue>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const money = z.strictObject({
  amount: z
    .number()
    .int('amount is in minor units (cents), a whole number')
    .min(0, 'must not be negative')
    .max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO-4217 code such as EUR or USD'),
});

const attributeValue = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(2000), z.number(), z.boolean()])).max(100),
]);
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
export const attributesSchema = z.record(z.string(), attributeValue).superRefine((attributes, ctx) => {
  const keys = Object.keys(attributes);
  if (keys.length > 100) ctx.addIssue({ code: 'custom', message: 'at most 100 attributes' });
  for (const key of keys.filter((k) => !ATTRIBUTE_NAME.test(k))) {
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: 'attribute names are letters, digits, _ . - (at most 64, not starting with a digit)',
    });
  }
});

export const idSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
    'ids are 1-128 letters, digits, . _ : - and start with a letter or digit',
  );

export const tagsSchema = z.array(text(64)).max(50, 'at most 50 tags');

/** The zod schema for one field kind of the class table (also used for lifecycle transition details). */
export function fieldSchema(kind: FieldKind): z.ZodType {
  if (typeof kind === 'object') return z.enum(ENUMS[kind.enum] as unknown as [string, ...string[]]);
  switch (kind) {
    case 'string':
      return text(2000);
    case 'int':
      return z.number().int('expected a whole number');
    case 'float':
      return z.number().finite();
    case 'boolean':
      return z.boolean();
    case 'date':
      return z.string().refine(isRealDate, 'expected an ISO date YYYY-MM-DD');
    case 'datetime':
      return z.iso.datetime({ offset: true });
    case 'strings':
      return z.array(text(500)).max(100, 'at most 100 values');
    case 'money':
      return money;
  }
}

const commonFields = {
  name: text(200),
  description: text(4000).nullable(),
  tags: tagsSchema.nullable(),
  operationalStatus: z.enum(OPERATIONAL_STATUSES),
  attributes: attributesSchema.nullable(),
};

function classFieldSchemas(className: string, fields: readonly FieldSpec[], nullable: boolean) {
  return Object.fromEntries(
    fields.map((f) => {
      const schema = withFieldRule(fieldSchema(f.kind), NETWORK_FIELD_RULES[`${className}.${f.name}`]);
      return [f.name, (nullable ? schema.nullable() : schema).optional()];
    }),
  );
}

/** A class's own rule for one field (a CIDR stored normalised, a VLAN id in range), after the kind's check. */
function withFieldRule(schema: z.ZodType, rule: FieldRule | undefined): z.ZodType {
  if (!rule) return schema;
  return schema.transform((value, ctx) => {
    const checked = rule(value);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.reason });
    return z.NEVER;
  });
}

const schemaCache = new Map<string, { create: z.ZodType; patch: z.ZodType }>();

function schemasFor(className: string) {
  let schemas = schemaCache.get(className);
  if (!schemas) {
    const spec = classSpec(className)!;
    schemas = {
      create: z.strictObject({
        class: z.literal(className),
        id: idSchema.optional(),
        ...commonFields,
        description: commonFields.description.optional(),
        tags: commonFields.tags.optional(),
        operationalStatus: commonFields.operationalStatus.optional(),
        attributes: commonFields.attributes.optional(),
        lifecycleState: z.enum(LIFECYCLE_STATES).optional(),
        ...classFieldSchemas(className, spec.fields, false),
      }),
      patch: z.strictObject({
        name: commonFields.name.optional(),
        description: commonFields.description.optional(),
        tags: commonFields.tags.optional(),
        operationalStatus: commonFields.operationalStatus.optional(),
        attributes: commonFields.attributes.optional(),
        ...classFieldSchemas(className, spec.fields, true),
      }),
    };
    schemaCache.set(className, schemas);
  }
  return schemas;
}

/** The custom fields of the CI's class (custom.fields.ts), and for an update the attributes the CI has now. */
export interface CustomFieldCheck {
  defs: readonly CustomFieldDef[];
  current?: Record<string, unknown> | null;
}

/** Custom field values a create (always: required fields) or a patch (when it gives attributes) gets wrong. */
function customIssues(input: Record<string, unknown>, path: string, custom: CustomFieldCheck | undefined) {
  if (!custom?.defs.length || (custom.current !== undefined && !('attributes' in input))) return [];
  const attributes = input.attributes;
  const given = attributes !== null && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : null;
  return customValueIssues(custom.defs, given, custom.current).map((d) => ({ ...d, field: `${path}.${d.field}` }));
}

export interface ValidCreate {
  className: string;
  id?: string;
  props: StoredProps;
}

/** Validate a createItem input; `path` prefixes field names in errors. */
export function validateCreate(input: Record<string, unknown>, path = 'input', custom?: CustomFieldCheck): ValidCreate {
  const className = input.class;
  if (typeof className !== 'string' || !classSpec(className)) {
    throw new EstateError('BAD_USER_INPUT', `unknown class ${String(className)}`, [
      { field: `${path}.class`, reason: `expected one of ${CLASS_NAMES.join(', ')}` },
    ]);
  }
  const cleaned = dropUndefined(input);
  const parsed = parseOrThrow(
    schemasFor(className).create,
    cleaned,
    path,
    className,
    customIssues(cleaned, path, custom),
  );
  const { class: _class, id, ...rest } = parsed as Record<string, unknown>;
  return { className, id: id as string | undefined, props: toStored(rest) };
}

/** Validate an updateItem patch for a CI of the given class. */
export function validatePatch(
  className: string,
  patch: Record<string, unknown>,
  path = 'patch',
  custom?: CustomFieldCheck,
): StoredProps {
  const cleaned = dropUndefined(patch);
  if (Object.keys(cleaned).length === 0) {
    throw new EstateError('BAD_USER_INPUT', 'the patch changes nothing', [
      { field: path, reason: 'give at least one field to change' },
    ]);
  }
  const check = custom && { ...custom, current: custom.current ?? null };
  const issues = customIssues(cleaned, path, check);
  return toStored(
    parseOrThrow(schemasFor(className).patch, cleaned, path, className, issues) as Record<string, unknown>,
  );
}

/** The value as the schema reads it, or one BAD_USER_INPUT listing the schema's issues and the `extra` ones together. */
function parseOrThrow(
  schema: z.ZodType,
  value: unknown,
  path: string,
  className: string,
  extra: ErrorDetail[] = [],
): unknown {
  const result = schema.safeParse(value);
  if (result.success && extra.length === 0) return result.data;
  const issues = result.success ? [] : result.error.issues;
  const details: ErrorDetail[] = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [path, ...issue.path.map(String), key].join('.'),
        reason: ALL_CLASS_FIELDS.has(key) ? `${key} does not apply to class ${className}` : `unknown field ${key}`,
      }));
    }
    return [{ field: [path, ...issue.path.map(String)].join('.'), reason: issue.message }];
  });
  details.push(...extra.filter((e) => !details.some((d) => d.field === e.field)));
  throw new EstateError(
    'BAD_USER_INPUT',
    `invalid ${className}: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`,
    details,
  );
}

function dropUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** Map validated API values to Neo4j properties (money splits in two, attributes become JSON). */
function toStored(values: Record<string, unknown>): StoredProps {
  const props: StoredProps = {};
  for (const [key, value] of Object.entries(values)) {
    const spec = ALL_CLASS_FIELDS.get(key);
    if (spec?.kind === 'money') {
      const m = value as { amount: number; currency: string } | null;
      props[`${key}Amount`] = m ? m.amount : null;
      props[`${key}Currency`] = m ? m.currency : null;
    } else if (key === 'attributes') {
      props.attributes = value === null ? null : JSON.stringify(value);
    } else {
      props[key] = value as StoredValue;
    }
  }
  return props;
}
