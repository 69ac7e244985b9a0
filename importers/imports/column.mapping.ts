/**
 * Which field each column of a CSV fills, decided once from the header row.
 *
 * First the source profile is chosen (given, or told from the header:
 * profiles/profiles.ts). Then each column is compared, by position and then
 * squashed (case and punctuation ignored), against, in order: the mapping
 * file (`"#3"` names the third column, whatever its header), `attr.<name>`
 * columns, the profile's column names (its own tool's only), the class's own
 * field names (money also as `purchaseCost.amount`/`purchaseCost.currency`)
 * and the read-only columns an export carries. Whatever is left is unknown:
 * kept as attributes or left out with a warning, as the options say. Then
 * the transforms (transforms.ts): the mapping file's, and those the profile
 * gives the object the file holds, where nothing else fills their field.
 *
 * Two columns are never merged silently: a repeated header (unless the
 * mapping file maps the repeats by position), or two columns for one
 * single-valued field, is an error that stops the import before any row is
 * read. Only list fields (tags, IP addresses) may take values from several
 * differently named columns, and the plan says so.
 */
import { classSpec, COMMON_FIELDS } from '../../graph/model/classes';
import type { FieldKind } from '../../graph/model/classes';
import { WARRANTY_MONTHS } from './column.aliases';
import type { ImportOptions, TransformSpec } from '../../graph/model/imports';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import { squash } from './normalise';
import { chooseSource, describeSource } from './profiles/profiles';
import type { SourceChoice } from './profiles/profiles';
import type { SourceProfile } from './profiles/profile';
import { bindTransform, headerLookup } from './transforms';
import { describeReference, HEADER_REFERENCES, referenceKey, referenceTarget } from './reference.columns';

export type ColumnTarget =
  | { kind: 'field'; field: string; fieldKind: FieldKind }
  | { kind: 'moneyPart'; field: string; part: 'amount' | 'currency' }
  | { kind: 'attribute'; name: string }
  /** The whole attributes object as JSON (what export writes). */
  | { kind: 'attributes' }
  /** Warranty length in months, turned into warrantyEnd from the purchase date. */
  | { kind: 'warrantyMonths' }
  /** The class column an export may carry: must name the class being imported (or a tool's name for it). */
  | { kind: 'class'; values?: Readonly<Record<string, string>> }
  /** A column that names another CI: a relationship of the row's CI (reference.columns.ts). */
  | { kind: 'reference'; name: string }
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

/** A value derived for every row by a transform of the mapping file or the profile. */
export interface PlannedTransform {
  field: string;
  target: ColumnTarget;
  compute: (values: readonly string[]) => string;
  /** 0-based positions of the columns it reads. */
  reads: number[];
  /** `name ← join("First Name", "Last Name") with " " (mapping file)`. */
  describe: string;
}

export interface HeaderProblem {
  column: string;
  reason: string;
}

export interface ColumnPlan {
  className: string;
  /** The source profile chosen, and how (absent when the header was refused before it). */
  source?: SourceChoice;
  columns: PlannedColumn[];
  constants: PlannedConstant[];
  transforms: PlannedTransform[];
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
  // Columns that name another CI (location, owner, deviceType, their …Id forms), where no field has the name.
  for (const name of HEADER_REFERENCES) {
    const target = referenceTarget(className, name);
    if (target && !targets.has(squash(name))) targets.set(squash(name), target);
  }
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
  // `ref.deviceType` names the reference even where a field has the plain name (an EndUserDevice's deviceType).
  if (/^ref\./i.test(name)) return referenceTarget(className, name.slice(4));
  // Profiles and mapping files may also name the references a bare header does not match (site, rack, tenant).
  return exactTargets(className).get(squash(name)) ?? referenceTarget(className, name);
}

/** What a profile's column table says of a squashed header for a class: its first target the class has, or a skip. */
function profileTarget(
  profile: SourceProfile,
  className: string,
  squashed: string,
): { target: ColumnTarget; via: string } | undefined {
  const entry = profileColumns(profile).get(squashed);
  if (!entry) return undefined;
  const via = `${profile.label} column name`;
  if (entry.targets === null) return { target: { kind: 'ignore', reason: entry.reason ?? profile.label }, via };
  for (const name of entry.targets) {
    const target = namedTarget(className, name);
    // A read-only field of ours (version, createdAt) is not what another tool's column of that name holds.
    if (target?.kind === 'ignore') continue;
    if (target?.kind === 'class' && profile.classValues)
      return { target: { kind: 'class', values: profile.classValues }, via };
    if (target) return { target, via };
  }
  return undefined;
}

const columnsByProfile = new Map<SourceProfile, Map<string, SourceProfile['columns'][number]>>();
function profileColumns(profile: SourceProfile) {
  let columns = columnsByProfile.get(profile);
  if (!columns) columnsByProfile.set(profile, (columns = new Map(profile.columns.map((c) => [squash(c.header), c]))));
  return columns;
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
    case 'reference':
      return `ref:${referenceKey(target.name)}`;
    case 'ignore':
      return undefined;
  }
}

/** Plan the columns of a header row for an import of `options.className`. */
export function planColumns(
  header: readonly string[],
  options: ImportOptions,
  customFields: readonly CustomFieldDef[] = [],
): ColumnPlan {
  const className = options.className!;
  // A column named like a custom field of the class (its name or label) fills that attribute, typed.
  const custom = new Map(customFields.flatMap((f) => [[squash(f.name), f] as const, [squash(f.label), f] as const]));
  const plan: ColumnPlan = { className, columns: [], constants: [], transforms: [], warnings: [], errors: [] };
  const source = chooseSource(header, className, options.source);
  if (!source.ok) {
    plan.errors.push({ column: 'header', reason: source.reason });
    return plan;
  }
  plan.source = source.choice;
  const profile = source.choice.profile;
  if (source.choice.object && !source.choice.object.classes.includes(className)) {
    plan.warnings.push(
      `a ${profile.label} ${source.choice.object.name} export is imported as ${source.choice.object.classes.join(' or ')}; this import is of ${className}`,
    );
  }
  const { byPosition, byName } = splitOverrides(options.columns, header.length, plan);
  const usedNames = new Set<string>();
  const unknownWarning = (text: string) =>
    `column "${text}" matches no field of ${className}; not imported (map it in a mapping file, or keep unknown columns as attributes)`;
  const seenHeaders = new Map<string, number>();

  header.forEach((rawHeader, index) => {
    const text = rawHeader.trim();
    const label = text || `column ${index + 1}`;
    const position = byPosition.get(index);
    if (position !== undefined) {
      plan.columns.push({ index, header: label, ...mapped(position, label, `mapping file (#${index + 1})`) });
      return;
    }
    if (!text) {
      plan.warnings.push(
        `column ${index + 1} has no header name; its values are not imported (map it by position, "#${index + 1}", in a mapping file)`,
      );
      plan.columns.push({ index, header: label, target: { kind: 'ignore', reason: 'no header' }, via: 'blank header' });
      return;
    }
    const squashed = squash(text);
    const earlier = seenHeaders.get(squashed);
    if (earlier !== undefined) {
      plan.errors.push({
        column: text,
        reason: `header "${text}" (column ${index + 1}) repeats "${header[earlier].trim()}" (column ${earlier + 1}); rename one, or map it by position in a mapping file: "columns": {"#${index + 1}": "<field>"} (null leaves it out)`,
      });
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

  /** A mapping-file target for a column: null leaves it out; a name the class lacks is an error. */
  function mapped(name: string | null, column: string, via: string): { target: ColumnTarget; via: string } {
    if (name === null) return { target: { kind: 'ignore', reason: 'mapping file' }, via: 'mapping file' };
    const target = namedTarget(className, name);
    if (target) return { target, via };
    plan.errors.push({ column, reason: `the mapping file maps it to ${name}, which is not a field of ${className}` });
    return { target: { kind: 'ignore', reason: 'bad mapping' }, via };
  }

  function resolveHeader(text: string, squashed: string): { target: ColumnTarget; via: string } {
    const override = byName.get(squashed);
    if (override) {
      usedNames.add(squashed);
      return mapped(override.target, text, 'mapping file');
    }
    if (/^attr\./i.test(text)) return { target: { kind: 'attribute', name: text.slice(5) }, via: 'attribute column' };
    const field = custom.get(squashed);
    if (field) return { target: { kind: 'attribute', name: field.name }, via: `custom field, ${field.type}` };
    const fromProfile = profileTarget(profile, className, squashed);
    if (fromProfile) return fromProfile;
    const exact = exactTargets(className).get(squashed);
    if (exact) return { target: exact, via: exact.kind === 'ignore' ? 'read-only column' : 'field name' };
    const name = attributeName(text);
    if (options.unknownColumns === 'attributes' && name) {
      return { target: { kind: 'attribute', name }, via: 'unknown column kept as attribute' };
    }
    plan.warnings.push(unknownWarning(text));
    return { target: { kind: 'ignore', reason: 'unknown' }, via: 'unknown column' };
  }

  for (const [squashed, { header: h }] of byName) {
    if (!usedNames.has(squashed))
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

  planTransforms(plan, header, options.transforms ?? {});
  quietReadColumns(plan, unknownWarning);
  checkTargets(plan);
  return plan;
}

/** An unknown column that a transform reads is not lost: it is read, not warned about. */
function quietReadColumns(plan: ColumnPlan, unknownWarning: (text: string) => string) {
  for (const column of plan.columns) {
    if (column.target.kind !== 'ignore' || column.target.reason !== 'unknown') continue;
    const reader = plan.transforms.find((t) => t.reads.includes(column.index));
    if (!reader) continue;
    column.target = { kind: 'ignore', reason: `read by transform ${reader.field}` };
    column.via = column.target.reason;
    plan.warnings = plan.warnings.filter((w) => w !== unknownWarning(column.header));
  }
}

/** The mapping file's column entries: `#n` by 0-based position (checked against the header), the rest by squashed name. */
function splitOverrides(columns: ImportOptions['columns'], width: number, plan: ColumnPlan) {
  const byPosition = new Map<number, string | null>();
  const byName = new Map<string, { header: string; target: string | null }>();
  for (const [key, target] of Object.entries(columns)) {
    const position = /^#(\d+)$/.exec(key.trim());
    if (!position) byName.set(squash(key), { header: key, target });
    else if (Number(position[1]) >= 1 && Number(position[1]) <= width) byPosition.set(Number(position[1]) - 1, target);
    else plan.warnings.push(`the mapping file names column ${key}, but the file has ${width} columns`);
  }
  return { byPosition, byName };
}

/**
 * The mapping file's transforms, each bound to the header (a column it names that the file lacks is an
 * error naming the transform), then the profile's for the object the file holds, each only where the class
 * has its field, the file has its columns, and nothing else fills the field.
 */
function planTransforms(plan: ColumnPlan, header: readonly string[], transforms: Record<string, TransformSpec>) {
  const lookup = headerLookup(header);
  const add = (field: string, spec: TransformSpec, from: string, optional: boolean) => {
    const target = namedTarget(plan.className, field);
    if (!target || target.kind === 'ignore' || target.kind === 'class') {
      if (!optional)
        plan.errors.push({ column: `transform ${field}`, reason: `${field} is not a field of ${plan.className}` });
      return;
    }
    const bound = bindTransform(spec, lookup);
    if ('reason' in bound) {
      if (!optional) plan.errors.push({ column: `transform ${field}`, reason: `the transform ${bound.reason}` });
      return;
    }
    plan.transforms.push({
      field,
      target,
      compute: bound.compute,
      reads: bound.reads,
      describe: `${field} ← ${bound.describe} (${from})`,
    });
  };
  for (const [field, spec] of Object.entries(transforms)) add(field, spec, 'mapping file', false);
  const object = plan.source?.object;
  const filled = new Set(
    [
      ...plan.columns.map((c) => c.target),
      ...plan.constants.map((c) => c.target),
      ...plan.transforms.map((t) => t.target),
    ]
      .map(targetKey)
      .filter(Boolean),
  );
  for (const [field, spec] of Object.entries(object?.transforms ?? {})) {
    if (!filled.has(field)) add(field, spec, `${plan.source!.profile.label} ${object!.name}`, true);
  }
}

/** Two sources for one single-valued target is an error; several for a list field is allowed and reported. */
function checkTargets(plan: ColumnPlan) {
  const sources = new Map<string, { label: string; target: ColumnTarget }[]>();
  const add = (key: string | undefined, label: string, target: ColumnTarget) => {
    if (key) sources.set(key, [...(sources.get(key) ?? []), { label, target }]);
  };
  for (const c of plan.columns) add(targetKey(c.target), `"${c.header}"`, c.target);
  for (const c of plan.constants) add(targetKey(c.target), `constant ${c.field}`, c.target);
  for (const t of plan.transforms) add(targetKey(t.target), `transform ${t.field}`, t.target);
  for (const [key, list] of sources) {
    if (list.length < 2) continue;
    const target = list[0].target;
    const isList = target.kind === 'field' && target.fieldKind === 'strings';
    const names = list.map((s) => s.label).join(' and ');
    if (isList && !list.some((s) => /^(constant|transform) /.test(s.label))) {
      plan.warnings.push(`${key} takes the values of ${names} together`);
    } else {
      plan.errors.push({
        column: list[1].label.replace(/"/g, ''),
        reason: `${names} both fill ${key}; keep one (or map the other elsewhere in a mapping file)`,
      });
    }
  }
  const has = (field: string, part?: string) =>
    [...plan.columns, ...plan.constants, ...plan.transforms]
      .map((c) => c.target)
      .some((t) => t.kind === 'moneyPart' && t.field === field && t.part === part);
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
      case 'reference':
        return describeReference(t.name);
      case 'ignore':
        return `not imported (${t.reason})`;
    }
  };
  return [
    ...(plan.source ? [describeSource(plan.source)] : []),
    ...plan.columns.map((c) =>
      c.target.kind === 'ignore' && c.target.reason === c.via
        ? `"${c.header}" → ${describe(c.target)}`
        : `"${c.header}" → ${describe(c.target)} (${c.via})`,
    ),
    ...plan.constants.map((c) => `constant ${describe(c.target)} = "${c.text}"`),
    ...plan.transforms.map((t) => `transform ${t.describe}`),
  ];
}
