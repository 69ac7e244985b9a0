/**
 * Which field each column of a CSV fills, decided once from the header row.
 *
 * A header is compared squashed (case and punctuation ignored) against, in
 * order: the mapping file, `attr.<name>` columns, the class's own field
 * names (money also as `purchaseCost.amount`/`purchaseCost.currency`), the
 * read-only columns an export carries, and the alias table of other tools'
 * column names. Whatever is left is unknown: kept as attributes or left out
 * with a warning, as the options say.
 *
 * Two columns are never merged silently: a repeated header, or two columns
 * for one single-valued field, is an error that stops the import before any
 * row is read. Only list fields (tags, IP addresses) may take values from
 * several differently named columns, and the plan says so.
 */
import { classSpec, COMMON_FIELDS } from '../../graph/model/classes';
import type { FieldKind } from '../../graph/model/classes';
import { COLUMN_ALIASES, WARRANTY_MONTHS } from './column.aliases';
import type { ImportOptions } from '../../graph/model/imports';
import { squash } from './normalise';

export type ColumnTarget =
  | { kind: 'field'; field: string; fieldKind: FieldKind }
  | { kind: 'moneyPart'; field: string; part: 'amount' | 'currency' }
  | { kind: 'attribute'; name: string }
  /** The whole attributes object as JSON (what export writes). */
  | { kind: 'attributes' }
  /** Warranty length in months, turned into warrantyEnd from the purchase date. */
  | { kind: 'warrantyMonths' }
  /** The class column an export may carry: must name the class being imported. */
  | { kind: 'class' }
  | { kind: 'ignore'; reason: string };

export interface PlannedColumn {
  /** Position in the row, 0-based. */
  index: number;
  header: string;
  target: ColumnTarget;
  /** How the target was found, for the plan shown to the user. */
  via: string;
}

export interface PlannedConstant {
  field: string;
  target: ColumnTarget;
  text: string;
}

export interface HeaderProblem {
  column: string;
  reason: string;
}

export interface ColumnPlan {
  className: string;
  columns: PlannedColumn[];
  constants: PlannedConstant[];
  /** Things the user should know but that do not stop the import. */
  warnings: string[];
  /** Problems that stop the import before any row is read. */
  errors: HeaderProblem[];
}

/** Common fields a row may set, by kind. */
const COMMON_KINDS: Record<string, FieldKind> = {
  id: 'string',
  name: 'string',
  description: 'string',
  tags: 'strings',
  lifecycleState: { enum: 'LifecycleState' },
  operationalStatus: { enum: 'OperationalStatus' },
};
/** Columns an export or another tool carries that an import never writes. */
const READ_ONLY = new Set(COMMON_FIELDS.filter((f) => !(f in COMMON_KINDS) && f !== 'attributes' && f !== 'class'));

const ALIAS_BY_SQUASHED = new Map(COLUMN_ALIASES.map((a) => [squash(a.header), a]));

/** Every target a header can name exactly for this class, by squashed name. */
function targetsFor(className: string): Map<string, ColumnTarget> {
  const spec = classSpec(className)!;
  const targets = new Map<string, ColumnTarget>();
  const addField = (name: string, kind: FieldKind) => {
    if (kind === 'money') {
      targets.set(squash(name), { kind: 'field', field: name, fieldKind: 'money' });
      targets.set(squash(`${name}.amount`), { kind: 'moneyPart', field: name, part: 'amount' });
      targets.set(squash(`${name}.currency`), { kind: 'moneyPart', field: name, part: 'currency' });
    } else {
      targets.set(squash(name), { kind: 'field', field: name, fieldKind: kind });
    }
  };
  for (const [name, kind] of Object.entries(COMMON_KINDS)) addField(name, kind);
  for (const field of spec.fields) addField(field.name, field.kind);
  targets.set('attributes', { kind: 'attributes' });
  targets.set('class', { kind: 'class' });
  for (const name of READ_ONLY) targets.set(squash(name), { kind: 'ignore', reason: 'read-only' });
  if (spec.fields.some((f) => f.name === 'warrantyEnd') && spec.fields.some((f) => f.name === 'purchaseDate')) {
    targets.set(squash(WARRANTY_MONTHS), { kind: 'warrantyMonths' });
  }
  return targets;
}

const cache = new Map<string, Map<string, ColumnTarget>>();
function exactTargets(className: string): Map<string, ColumnTarget> {
  let targets = cache.get(className);
  if (!targets) cache.set(className, (targets = targetsFor(className)));
  return targets;
}

/** The target a mapping-file value (`serialNumber`, `purchaseCost.amount`, `attr.x`) names, if any. */
export function namedTarget(className: string, name: string): ColumnTarget | undefined {
  if (/^attr\./i.test(name)) return { kind: 'attribute', name: name.slice(5) };
  return exactTargets(className).get(squash(name)) ?? aliasTarget(className, name);
}

function aliasTarget(className: string, header: string): ColumnTarget | undefined {
  const alias = ALIAS_BY_SQUASHED.get(squash(header));
  return alias ? exactTargets(className).get(squash(alias.field)) : undefined;
}

/** A header as an attribute name: words in camelCase, ASCII letters and digits only. */
export function attributeName(header: string): string | undefined {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const name = words
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
  return /^[0-9]/.test(name) ? `_${name}` : name.slice(0, 64);
}

function targetKey(target: ColumnTarget): string | undefined {
  switch (target.kind) {
    case 'field':
      return target.field;
    case 'moneyPart':
      return `${target.field}.${target.part}`;
    case 'attribute':
      return `attr.${target.name}`;
    case 'attributes':
    case 'warrantyMonths':
    case 'class':
      return target.kind;
    case 'ignore':
      return undefined;
  }
}

/** Plan the columns of a header row for an import of `options.className`. */
export function planColumns(header: readonly string[], options: ImportOptions): ColumnPlan {
  const className = options.className!;
  const plan: ColumnPlan = { className, columns: [], constants: [], warnings: [], errors: [] };
  const overrides = new Map(Object.entries(options.columns).map(([h, t]) => [squash(h), { header: h, target: t }]));
  const usedOverrides = new Set<string>();
  const seenHeaders = new Map<string, number>();

  header.forEach((rawHeader, index) => {
    const text = rawHeader.trim();
    const label = text || `column ${index + 1}`;
    if (!text) {
      plan.warnings.push(`column ${index + 1} has no header name; its values are not imported`);
      plan.columns.push({ index, header: label, target: { kind: 'ignore', reason: 'no header' }, via: 'blank header' });
      return;
    }
    const squashed = squash(text);
    const earlier = seenHeaders.get(squashed);
    if (earlier !== undefined) {
      plan.errors.push({
        column: text,
        reason: `header "${text}" (column ${index + 1}) repeats "${header[earlier].trim()}" (column ${earlier + 1}); rename one or map it in a mapping file`,
      });
    }
    if (earlier !== undefined) {
      plan.columns.push({
        index,
        header: text,
        target: { kind: 'ignore', reason: 'repeated header' },
        via: 'repeated header',
      });
      return;
    }
    seenHeaders.set(squashed, index);
    plan.columns.push({ index, header: text, ...resolveHeader(text, squashed) });
  });

  function resolveHeader(text: string, squashed: string): { target: ColumnTarget; via: string } {
    const override = overrides.get(squashed);
    if (override) {
      usedOverrides.add(squashed);
      if (override.target === null) return { target: { kind: 'ignore', reason: 'mapping file' }, via: 'mapping file' };
      const target = namedTarget(className, override.target);
      if (!target) {
        plan.errors.push({
          column: text,
          reason: `the mapping file maps it to ${override.target}, which is not a field of ${className}`,
        });
        return { target: { kind: 'ignore', reason: 'bad mapping' }, via: 'mapping file' };
      }
      return { target, via: 'mapping file' };
    }
    if (/^attr\./i.test(text)) return { target: { kind: 'attribute', name: text.slice(5) }, via: 'attribute column' };
    const exact = exactTargets(className).get(squashed);
    if (exact) return { target: exact, via: exact.kind === 'ignore' ? 'read-only column' : 'field name' };
    const alias = ALIAS_BY_SQUASHED.get(squashed);
    const viaAlias = alias && exactTargets(className).get(squash(alias.field));
    if (viaAlias) return { target: viaAlias, via: `${alias.source} column name` };
    const name = attributeName(text);
    if (options.unknownColumns === 'attributes' && name) {
      return { target: { kind: 'attribute', name }, via: 'unknown column kept as attribute' };
    }
    plan.warnings.push(
      `column "${text}" matches no field of ${className}; not imported (map it in a mapping file, or keep unknown columns as attributes)`,
    );
    return { target: { kind: 'ignore', reason: 'unknown' }, via: 'unknown column' };
  }

  for (const [squashed, { header: h }] of overrides) {
    if (!usedOverrides.has(squashed))
      plan.warnings.push(`the mapping file names a column "${h}" that the file does not have`);
  }

  for (const [field, text] of Object.entries(options.constants)) {
    const target = namedTarget(className, field);
    if (!target || target.kind === 'ignore' || target.kind === 'class') {
      plan.errors.push({ column: `constant ${field}`, reason: `${field} is not a field of ${className}` });
    } else {
      plan.constants.push({ field, target, text });
    }
  }

  checkTargets(plan);
  return plan;
}

/** Two sources for one single-valued target is an error; several for a list field is allowed and reported. */
function checkTargets(plan: ColumnPlan) {
  const sources = new Map<string, { label: string; target: ColumnTarget }[]>();
  const add = (key: string | undefined, label: string, target: ColumnTarget) => {
    if (key) sources.set(key, [...(sources.get(key) ?? []), { label, target }]);
  };
  for (const c of plan.columns) add(targetKey(c.target), `"${c.header}"`, c.target);
  for (const c of plan.constants) add(targetKey(c.target), `constant ${c.field}`, c.target);
  for (const [key, list] of sources) {
    if (list.length < 2) continue;
    const target = list[0].target;
    const isList = target.kind === 'field' && target.fieldKind === 'strings';
    const names = list.map((s) => s.label).join(' and ');
    if (isList && !list.some((s) => s.label.startsWith('constant'))) {
      plan.warnings.push(`${key} takes the values of ${names} together`);
    } else {
      plan.errors.push({
        column: list[1].label.replace(/"/g, ''),
        reason: `${names} both fill ${key}; keep one (or map the other elsewhere in a mapping file)`,
      });
    }
  }
  const has = (field: string, part?: string) =>
    [...plan.columns.map((c) => c.target), ...plan.constants.map((c) => c.target)].some(
      (t) => t.kind === 'moneyPart' && t.field === field && t.part === part,
    );
  const money = new Set(plan.columns.flatMap((c) => (c.target.kind === 'moneyPart' ? [c.target.field] : [])));
  for (const field of money) {
    if (!has(field, 'amount') || !has(field, 'currency')) {
      plan.errors.push({
        column: field,
        reason: `${field}.amount and ${field}.currency go together; the file has only one of them`,
      });
    }
    if (sources.has(field)) {
      plan.errors.push({
        column: field,
        reason: `${field} is given both whole and as ${field}.amount/.currency; keep one`,
      });
    }
  }
}

/** One line per column, for the CLI and the job record: `"Serial" → serialNumber (Snipe-IT column name)`. */
export function describePlan(plan: ColumnPlan): string[] {
  const describe = (t: ColumnTarget): string => {
    switch (t.kind) {
      case 'field':
        return t.field;
      case 'moneyPart':
        return `${t.field}.${t.part}`;
      case 'attribute':
        return `attributes.${t.name}`;
      case 'attributes':
        return 'attributes (JSON)';
      case 'warrantyMonths':
        return 'warrantyEnd (from the purchase date plus months)';
      case 'class':
        return 'class (checked)';
      case 'ignore':
        return `not imported (${t.reason})`;
    }
  };
  return [
    ...plan.columns.map((c) =>
      c.target.kind === 'ignore' && c.target.reason === c.via
        ? `"${c.header}" → ${describe(c.target)}`
        : `"${c.header}" → ${describe(c.target)} (${c.via})`,
    ),
    ...plan.constants.map((c) => `constant ${describe(c.target)} = "${c.text}"`),
  ];
}
