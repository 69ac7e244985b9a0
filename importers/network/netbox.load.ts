/**
 * Loading a set of NetBox CSV files (a folder of bulk-import or table
 * export files) in dependency order: sites before racks before devices
 * before interfaces before cables, whatever the files are called.
 *
 * Each file is one write transaction: its rows are read with the CSV
 * pipeline's reader (csv.source.ts: BOM, quoting, delimiter sniffing,
 * formula escapes) and cell rules (normalise.ts), identified by NetBox's
 * natural keys (netbox.keys.ts), validated by graph/'s own zod schemas
 * (items.validation.ts) and relationship rules, and written through the
 * CSV import's writers (import.write.ts, relationships.import.ts), so the
 * CIs, relationships and Change records (source "import", the actor, the
 * run id as jobId) are exactly what `estate import` leaves. A file with any
 * refused row writes nothing, and every refusal names the file, row, line,
 * column and reason; files that depend on a refused file are skipped.
 *
 * Why per file and not the whole set in one transaction: a NetBox set is
 * tens of thousands of interfaces and cables, more than one transaction
 * should hold, and a refused cables.csv should not throw away sites and
 * devices that were right. Re-running the set after a fix is safe: a row
 * that matches its CI with nothing to change writes nothing.
 *
 * A dry run decides and writes every file exactly so, but in one
 * transaction that is rolled back at the end: each file sees what the files
 * before it would have written (devices find the sites of sites.csv), and
 * nothing stays. (A file refused after its writes — a relationship cycle
 * found by the write itself — leaves them in that transaction, where only
 * files that do not depend on it, and so never look at them, still run.)
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Executor, Tx } from '../../graph/platform/executor';
import { appendChanges } from '../../graph/platform/changelog.writer';
import type { ChangeInput, WriteContext } from '../../graph/platform/changelog.writer';
import { EstateError } from '../../graph/platform/errors';
import { fieldDiff } from '../../graph/items/items';
import { validateCreate, validatePatch } from '../../graph/items/items.validation';
import type { StoredProps } from '../../graph/items/items.validation';
import {
  creationRule,
  defaultLifecycleState,
  describePath,
  initialOperationalStatus,
} from '../../graph/lifecycle/lifecycle.creation';
import { isRefusal } from '../../graph/lifecycle/lifecycle.rules';
import { importedCreation } from '../imports/lifecycle.import';
import { customFieldsOf } from '../../graph/items/custom.fields';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import { parseCustomValue } from '../imports/normalise';
import { checkRelationship, maxTargets, relationshipRule } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import { readCsv } from '../imports/csv.source';
import { detectFileEncoding } from '../imports/encoding.detect';
import type { EncodingDetection } from '../imports/encoding.detect';
import { writeItemOutcomes } from '../imports/import.write';
import type { ItemOutcome } from '../imports/reconcile';
import { RowsRefusedOnWrite, writeRelationshipOutcomes } from '../imports/relationships.import';
import type { RelationshipOutcome } from '../imports/relationships.import';
import type { RowError } from '../imports/row.values';
import { decideCables } from './netbox.cables';
import { detectType, planHeader } from './netbox.detect';
import { describeKey, KeyResolver, primaryColumn, targetCells } from './netbox.keys';
import type { Cells, Hit } from './netbox.keys';
import { dependenciesOf, netboxProfile } from './netbox.profiles';
import type { NetboxProfile, NetboxType, RefColumn } from './netbox.profiles';
import { mapChoice, parseKind, readRow } from './netbox.rows';
import type { RowDraft } from './netbox.rows';

export interface NetboxRefusal {
  file: string;
  row: number;
  line: number;
  column?: string;
  reason: string;
}

export type NetboxFileStatus = 'LOADED' | 'REFUSED' | 'SKIPPED' | 'UNRECOGNISED';

export interface NetboxFileResult {
  file: string;
  type?: NetboxType;
  /** How the type was told (or why it could not be). */
  detection: string;
  status: NetboxFileStatus;
  /** The encoding the file was read in, and how it was decided (named, byte-order mark, detected …). */
  encoding: string;
  encodingNote: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Relationships made, changed or removed (a device moved to another rack). */
  relationships: { created: number; updated: number; removed: number };
  refusals: NetboxRefusal[];
  /** Header cells no column of the type matches (skipped). */
  warnings: string[];
}

export interface NetboxLoadResult {
  runId: string;
  folder: string;
  /** Everything was decided and written, then rolled back. */
  dryRun: boolean;
  /** How the files' bytes were read: the encoding named for all of them, or `detected` (each file's own). */
  encoding: string;
  files: NetboxFileResult[];
  /** The lookups the run made (a handful per file, never one per row). */
  queries: number;
}

export interface NetboxProgress {
  file: string;
  type?: NetboxType;
  index: number;
  files: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface NetboxLoadOptions {
  actor: string;
  requestId?: string;
  /** Decide and write every file, then roll it all back. */
  dryRun?: boolean;
  /**
   * Of every file (Excel on Windows saves windows-1252). Unset: each file's encoding is detected from the
   * whole file (importers/imports/encoding.detect.ts, as the CSV import does), and a file whose detection
   * is ambiguous is refused with the candidates.
   */
  encoding?: string;
  onProgress?: (progress: NetboxProgress) => void;
}

interface ParsedFile {
  path: string;
  name: string;
  encoding: string;
  encodingNote: string;
  /** Why the file cannot be read without a named encoding (an ambiguous detection). */
  encodingRefusal?: string;
  header: string[];
  records: { row: number; line: number; values: string[] }[];
  type?: NetboxType;
  detection: string;
}

/** Thrown inside a file's transaction to roll it back: these rows are refused. */
class FileRefused extends Error {
  constructor(readonly refusals: RowError[]) {
    super(`${refusals.length} row(s) refused`);
  }
}

/** The encoding a file is read in: the one named, else the detection of the whole file (the CSV import's). */
async function fileEncoding(
  path: string,
  named: string | undefined,
): Promise<Pick<ParsedFile, 'encoding' | 'encodingNote' | 'encodingRefusal'>> {
  if (named) return { encoding: named, encodingNote: 'named' };
  const detection = await detectFileEncoding(path);
  // An ambiguous file's header is still read in the leading candidate, to tell its type (headers are ASCII).
  return {
    encoding: detection.encoding,
    encodingNote: detectionNote(detection),
    ...(detection.refusal ? { encodingRefusal: detection.refusal } : {}),
  };
}

/** How a detection decided, for the file's line: `byte-order mark`, `detected, confidence 0.870`. */
function detectionNote(d: EncodingDetection): string {
  if (d.method === 'bom') return 'byte-order mark';
  if (d.method === 'ascii') return 'every byte is ASCII';
  return `detected from the whole file, confidence ${d.confidence.toFixed(3)}`;
}

async function parseFile(path: string, named: string | undefined): Promise<ParsedFile> {
  const read = await fileEncoding(path, named);
  const source = readCsv(createReadStream(path), { encoding: read.encoding });
  const records: ParsedFile['records'] = [];
  let header: string[] | undefined;
  const name = basename(path);
  const base = { path, name, ...read };
  try {
    for await (const r of source.records) {
      if (r.row === 0) header = r.values;
      else records.push({ row: r.row, line: r.line, values: r.values });
    }
  } catch (error) {
    // Not CSV (an unclosed quote, a line past the limits): this file is refused by name, the others still load.
    if (!(error instanceof EstateError)) throw error;
    return { ...base, header: [], records: [], detection: error.message };
  }
  if (!header) return { ...base, header: [], records, detection: 'the file is empty' };
  const detected = detectType(header, name);
  return { ...base, header, records, type: detected.type, detection: detected.reason };
}

/** The CSV files of a folder, or the one file given. */
export function netboxFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.csv$/i.test(f) && !/\.(errors|report)\.csv$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

/** Files in dependency order (a type after every type it points at), then by name. */
export function loadOrder<T extends { type?: NetboxType; name: string }>(files: readonly T[]): T[] {
  const present = new Set(files.map((f) => f.type).filter((t): t is NetboxType => t !== undefined));
  const placed: NetboxType[] = [];
  const visit = (t: NetboxType, path: NetboxType[]) => {
    if (placed.includes(t) || path.includes(t)) return;
    for (const d of dependenciesOf(t)) if (present.has(d)) visit(d, [...path, t]);
    placed.push(t);
  };
  [...present].sort().forEach((t) => visit(t, []));
  const rank = (f: T) => (f.type ? placed.indexOf(f.type) : -1);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Runs one file's work in a transaction: its own (a real load) or the dry run's shared one. */
type FileTx = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export async function loadNetboxFolder(
  db: Executor,
  folder: string,
  options: NetboxLoadOptions,
): Promise<NetboxLoadResult> {
  const runId = randomUUID();
  const writer: WriteContext = {
    actor: options.actor,
    source: 'import',
    requestId: options.requestId ?? runId,
    jobId: runId,
  };
  const encoding = options.encoding ?? 'detected';
  const parsed = loadOrder(await Promise.all(netboxFiles(folder).map((f) => parseFile(f, options.encoding))));
  const load = (inTx: FileTx) => loadFiles(parsed, inTx, writer, options.onProgress);
  const loaded = options.dryRun ? await rolledBack(db, load) : await load((work) => db.writeTx('netbox.import', work));
  return { runId, folder, dryRun: options.dryRun === true, encoding, ...loaded };
}

/** Thrown at the end of a dry run's transaction, to roll it back. */
class DryRunRollback extends Error {}

/** What `load` returns, having run every file in one write transaction that is then rolled back. */
async function rolledBack<T>(db: Executor, load: (inTx: FileTx) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined;
  try {
    await db.writeTx('netbox.import.dry-run', async (tx) => {
      result = { value: await load((work) => work(tx)) };
      throw new DryRunRollback('dry run: rolled back');
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (!result) throw new Error('a dry run ended without its result');
  return result.value;
}

async function loadFiles(
  parsed: ParsedFile[],
  inTx: FileTx,
  writer: WriteContext,
  onProgress: NetboxLoadOptions['onProgress'],
): Promise<Pick<NetboxLoadResult, 'files' | 'queries'>> {
  let tx: Tx | undefined;
  const resolver = new KeyResolver(() => tx!);
  const results: NetboxFileResult[] = [];
  const failedTypes = new Set<NetboxType>();
  const seenTypes = new Map<NetboxType, string>();
  const rowsTotal = parsed.reduce((n, f) => n + f.records.length, 0);
  let rowsDone = 0;
  for (const [index, file] of parsed.entries()) {
    onProgress?.({ file: file.name, type: file.type, index, files: parsed.length, rowsDone, rowsTotal });
    const result = emptyResult(file);
    results.push(result);
    if (!file.type) {
      result.status = 'UNRECOGNISED';
      result.refusals.push({
        file: file.name,
        row: 0,
        line: 1,
        reason: `not a NetBox file this import knows: ${file.detection}`,
      });
      continue;
    }
    if (file.encodingRefusal) {
      // Read only once its encoding is named: a guess could store every non-ASCII name garbled.
      result.status = 'REFUSED';
      result.refusals.push({
        file: file.name,
        row: 0,
        line: 1,
        reason: `the file's encoding is not clear: ${file.encodingRefusal}`,
      });
      failedTypes.add(file.type);
      continue;
    }
    const blocked = dependenciesOf(file.type).filter((d) => failedTypes.has(d));
    const twice = seenTypes.get(file.type);
    if (blocked.length || twice) {
      result.status = 'SKIPPED';
      const reason = twice
        ? `a second ${file.type} file (after ${twice}); give one file per type`
        : `it needs ${blocked.join(', ')}, whose file${blocked.length > 1 ? 's' : ''} did not load (refused, or skipped in turn)`;
      result.refusals.push({ file: file.name, row: 0, line: 1, reason });
      failedTypes.add(file.type);
      continue;
    }
    seenTypes.set(file.type, file.name);
    const profile = netboxProfile(file.type);
    const plan = planHeader(file.type, file.header);
    result.warnings = file.header
      .filter((h, i) => h.trim() && plan[i] === undefined)
      .map((h) => `column "${h}" is not a ${profile.model} column; skipped`);
    try {
      const counts = await inTx(async (t) => {
        tx = t;
        resolver.settle(false);
        const drafts = file.records.map((r) => {
          const draft = readRow(profile, r.row, r.line, r.values, plan);
          draft.errors.push(...undecodable(r, file.header, file.encoding));
          return draft;
        });
        return loadRows(t, resolver, profile, drafts, writer);
      });
      resolver.settle(true);
      Object.assign(result, counts, { status: 'LOADED' });
    } catch (error) {
      resolver.settle(false);
      if (!(error instanceof FileRefused)) throw error;
      result.status = 'REFUSED';
      result.refusals.push(...error.refusals.map((e) => ({ file: file.name, ...e })));
      failedTypes.add(file.type);
    } finally {
      tx = undefined;
    }
    rowsDone += file.records.length;
  }
  onProgress?.({ file: '', index: parsed.length, files: parsed.length, rowsDone, rowsTotal });
  return { files: results, queries: resolver.queries };
}

/**
 * Cells whose bytes the encoding could not decode (the decoder leaves U+FFFD): a site name saved by
 * Excel as windows-1252 and read as UTF-8 would otherwise be stored garbled, and match nothing.
 */
function undecodable(record: ParsedFile['records'][number], header: readonly string[], encoding: string): RowError[] {
  const hint = /^utf-?8$/i.test(encoding)
    ? '; saved by Excel on Windows ("CSV (Comma delimited)")? give --encoding windows-1252'
    : '; is the file in another encoding?';
  return record.values.flatMap((value, i) =>
    value.includes('\uFFFD')
      ? [
          {
            row: record.row,
            line: record.line,
            column: header[i]?.trim() || `column ${i + 1}`,
            reason: `"${value}" holds bytes that are not valid ${encoding}${hint}`,
          },
        ]
      : [],
  );
}

function emptyResult(file: ParsedFile): NetboxFileResult {
  return {
    file: file.name,
    type: file.type,
    detection: file.detection,
    status: 'LOADED',
    encoding: file.encoding,
    encodingNote: file.encodingNote,
    rows: file.records.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    relationships: { created: 0, updated: 0, removed: 0 },
    refusals: [],
    warnings: [],
  };
}

// ------------------------------------------------------------------ one file

interface RowState {
  draft: RowDraft;
  id: string;
  existing?: Hit;
  edges: Edge[];
}

interface Edge {
  type: RelationshipType;
  to: Hit;
  props: Record<string, string | number | boolean>;
}

type Counts = Pick<NetboxFileResult, 'created' | 'updated' | 'unchanged' | 'relationships'>;

/** Decide every row of one file and write them, or throw FileRefused having written nothing. */
async function loadRows(
  tx: Tx,
  resolver: KeyResolver,
  profile: NetboxProfile,
  drafts: RowDraft[],
  writer: WriteContext,
): Promise<Counts> {
  const customFields = await customFieldsByClass(tx, drafts);
  typeAttributes(drafts, customFields);
  const errors: RowError[] = drafts.flatMap((d) => d.errors);
  const states =
    profile.type === 'cables'
      ? await identifyCables(tx, resolver, drafts, errors)
      : await identify(resolver, profile, drafts, errors);
  await resolveRefs(resolver, profile, states, errors);
  if (errors.length) throw new FileRefused(sortErrors(errors));
  const now = new Date().toISOString();
  const items = decideItems(states, errors, now, customFields);
  const rels = await decideEdges(tx, states, errors);
  if (errors.length) throw new FileRefused(sortErrors(errors));
  const byClass = new Map<string, ItemOutcome[]>();
  for (const o of items.outcomes) {
    const cls = o.className;
    byClass.set(cls, [...(byClass.get(cls) ?? []), o.outcome]);
  }
  for (const [cls, outcomes] of byClass) await writeItemOutcomes(tx, cls, outcomes, writer, now);
  await removeEdges(tx, rels.removed, writer, now);
  try {
    await writeRelationshipOutcomes(tx, rels.outcomes, writer, now);
  } catch (error) {
    if (error instanceof RowsRefusedOnWrite) throw new FileRefused([...error.refused.values()]);
    throw error;
  }
  const touched = new Set(rels.touchedRows);
  let created = 0;
  let updated = 0;
  for (const o of items.outcomes) {
    if (o.outcome.action === 'create') created++;
    else if (o.outcome.action === 'update') updated++;
  }
  for (const s of states) {
    const action = items.actions.get(s.draft.row);
    if (action === 'unchanged' && touched.has(s.draft.row)) updated++;
  }
  return {
    created,
    updated,
    unchanged: states.length - created - updated,
    relationships: {
      created: rels.outcomes.filter((o) => o.action === 'create').length,
      updated: rels.outcomes.filter((o) => o.action === 'update').length,
      removed: rels.removed.length,
    },
  };
}

function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

/** Each row's CI: the one its key finds, or a new one; refused when its owner is missing, it is ambiguous or repeated. */
async function identify(
  resolver: KeyResolver,
  profile: NetboxProfile,
  drafts: RowDraft[],
  errors: RowError[],
): Promise<RowState[]> {
  const found = await resolver.find(
    profile.type,
    drafts.map((d) => d.cells),
  );
  const firstRow = new Map<string, number>();
  const states: RowState[] = [];
  drafts.forEach((draft, i) => {
    const f = found[i];
    const fail = (column: string | undefined, reason: string) =>
      errors.push({ row: draft.row, line: draft.line, column, reason });
    const ownerColumn = profile.key.within ? primaryColumn(profile.key.within.ref) : undefined;
    if ('ownerError' in f) return fail(ownerColumn, f.ownerError);
    if (f.hits.length > 1)
      return fail(
        profile.key.match[0].column,
        `${f.hits.length} CIs match this row's key: ${f.hits.map((h) => h.id).join(', ')}`,
      );
    const earlier = firstRow.get(f.keyText);
    if (earlier !== undefined)
      return fail(
        profile.key.match[0].column,
        `row ${earlier} of this file already describes ${describeKey(profile.type, draft.cells)}`,
      );
    firstRow.set(f.keyText, draft.row);
    const existing = f.hits[0];
    if (existing && existing.className !== draft.className) {
      return fail(
        profile.type === 'devices' ? 'role' : profile.key.match[0].column,
        `it matches ${existing.id}, a ${existing.className}; this row makes a ${draft.className} (class cannot change on import)`,
      );
    }
    const id = existing?.id ?? randomUUID();
    resolver.register(f.keyText, existing ?? { id, className: draft.className, node: {} });
    states.push({ draft, id, existing, edges: [] });
  });
  return states;
}

async function identifyCables(
  tx: Tx,
  resolver: KeyResolver,
  drafts: RowDraft[],
  errors: RowError[],
): Promise<RowState[]> {
  const decided = await decideCables(tx, resolver, drafts);
  const states: RowState[] = [];
  drafts.forEach((draft, i) => {
    const d = decided[i];
    if (Array.isArray(d)) {
      errors.push(...d);
      return;
    }
    const id = d.existing?.id ?? randomUUID();
    if (!d.existing) draft.values.name = draft.values.label ?? d.title;
    states.push({
      draft,
      id,
      existing: d.existing,
      edges: d.ends.map((e) => ({ type: 'TERMINATES', to: e.hit, props: { side: e.side } })),
    });
  });
  return states;
}

/**
 * The target of a reference for one row: the first alternative whose naming column is filled, and its
 * owner's too when the target is only unique within an owner (an IP address's `interface` is a device's
 * when `device` is given, else the VM's of `virtual_machine`).
 */
function chosenTarget(ref: RefColumn, cells: Cells) {
  return ref.targets.find((t) => {
    const within = netboxProfile(t.type).key.within;
    const ownerColumns =
      within?.whenEmpty === 'any'
        ? Object.values(within.ref.from)
            .map((c) => t.from[c])
            .filter((c): c is string => c !== undefined)
        : [];
    return [primaryColumn(t), ...ownerColumns].every((c) => (cells[c] ?? '') !== '');
  });
}

/** Every reference of every row, one lookup per target type; a missing or ambiguous target refuses the row. */
async function resolveRefs(
  resolver: KeyResolver,
  profile: NetboxProfile,
  states: RowState[],
  errors: RowError[],
): Promise<void> {
  for (const ref of profile.refs) {
    const asks: { state: RowState; cells: Record<string, string>; type: NetboxType; column: string }[] = [];
    for (const state of states) {
      const target = chosenTarget(ref, state.draft.cells);
      if (!target) continue;
      const column = primaryColumn(target);
      const base = targetCells(target, state.draft.cells);
      const values = ref.list
        ? state.draft.cells[column]
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v)
        : [undefined];
      for (const v of values) {
        const cells = { ...base };
        if (v !== undefined) {
          const own = Object.entries(target.from).find(([, src]) => src === column)![0];
          cells[own] = v;
        }
        asks.push({ state, cells, type: target.type, column });
      }
    }
    for (const type of [...new Set(asks.map((a) => a.type))]) {
      const group = asks.filter((a) => a.type === type);
      const resolved = await resolver.resolve(
        type,
        group.map((a) => a.cells),
      );
      group.forEach((a, j) => {
        const r = resolved[j];
        const d = a.state.draft;
        const fail = (column: string, reason: string) => errors.push({ row: d.row, line: d.line, column, reason });
        if (!r.ok) return fail(a.column, r.reason);
        if (!ref.rel) return;
        const broken = checkRelationship(ref.rel, d.className, r.hit.className, r.hit.id === a.state.id);
        if (broken) return fail(a.column, broken.reason);
        const props: Record<string, string | number | boolean> = {};
        for (const p of ref.props ?? []) {
          const text = d.cells[p.column];
          if (!text) continue;
          const parsed = p.values ? mapChoice(p.values, text, p.column) : parseKind(p.kind, text);
          if (parsed.ok) props[p.prop] = parsed.value as string | number | boolean;
          else fail(p.column, parsed.reason);
        }
        a.state.edges.push({ type: ref.rel, to: r.hit, props });
      });
    }
  }
}

interface DecidedItem {
  className: string;
  outcome: ItemOutcome;
}

/** Each class's custom field definitions (graph/items/custom.fields.ts), read in the file's transaction: one query per class. */
async function customFieldsByClass(tx: Tx, drafts: readonly RowDraft[]): Promise<Map<string, CustomFieldDef[]>> {
  const byClass = new Map<string, CustomFieldDef[]>();
  for (const className of new Set(drafts.map((d) => d.className))) {
    byClass.set(className, await customFieldsOf(tx, className));
  }
  return byClass;
}

/**
 * Attributes that are custom fields of their class, typed as the CSV import types such a column
 * (importers/imports/normalise.ts): NetBox writes `True`, `2026-01-31` or `a,b` as text. A cell that does
 * not fit refuses its row, naming the column; validateCreate/validatePatch then check them as any write.
 */
function typeAttributes(drafts: readonly RowDraft[], customFields: ReadonlyMap<string, CustomFieldDef[]>): void {
  for (const d of drafts) {
    for (const def of customFields.get(d.className) ?? []) {
      const text = d.attributes[def.name];
      if (typeof text !== 'string') continue;
      const parsed = parseCustomValue(def, text, { listSeparator: ',' });
      if (parsed.ok) d.attributes[def.name] = parsed.value;
      else d.errors.push({ row: d.row, line: d.line, column: d.attributeColumns[def.name], reason: parsed.reason });
    }
  }
}

/** The column of a refusal's field: an attribute's own column (`cf_warranty_ref`), else the field. */
function columnOf(d: RowDraft, field: string | undefined): string | undefined {
  const name = field?.replace(/^row\./, '');
  const attribute = name?.startsWith('attributes.') ? name.slice('attributes.'.length) : undefined;
  return (attribute !== undefined && d.attributeColumns[attribute]) || name;
}

/** Create, update (the fields that differ, validated as updateItem validates them) or leave each row's CI. */
function decideItems(
  states: RowState[],
  errors: RowError[],
  now: string,
  customFields: ReadonlyMap<string, CustomFieldDef[]>,
) {
  const outcomes: DecidedItem[] = [];
  const actions = new Map<number, string>();
  for (const s of states) {
    const d = s.draft;
    try {
      if (!s.existing) {
        const attributes = Object.keys(d.attributes).length ? d.attributes : undefined;
        const defs = customFields.get(d.className) ?? [];
        const valid = validateCreate({ ...d.values, class: d.className, attributes }, 'row', { defs });
        const lifecycleState = (valid.props.lifecycleState as string | undefined) ?? defaultLifecycleState(d.className);
        const creation = netboxCreation(s, lifecycleState, valid.props, now);
        const down = d.cells.status?.toLowerCase() === 'failed';
        const props: StoredProps = {
          operationalStatus: initialOperationalStatus(d.className, lifecycleState),
          ...valid.props,
          ...creation?.fields,
          // NetBox's "failed" is a deployed device that is down, whatever deploying it would set.
          ...(down ? { operationalStatus: 'DOWN' } : {}),
          id: s.id,
          class: d.className,
          lifecycleState,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        const clean: StoredProps = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
        outcomes.push({
          className: d.className,
          outcome: {
            action: 'create',
            row: d.row,
            line: d.line,
            ciId: s.id,
            props: clean,
            ...(creation && { creation }),
          },
        });
        actions.set(d.row, 'create');
        continue;
      }
      const current = s.existing.node;
      const { lifecycleState, ...fields } = d.values;
      if (lifecycleState !== undefined && lifecycleState !== current.lifecycleState) {
        errors.push({
          row: d.row,
          line: d.line,
          column: 'status',
          reason: `${s.existing.id} is ${String(current.lifecycleState)}; a status that moves it to ${String(lifecycleState)} is a lifecycle transition: use transitionLifecycle`,
        });
        continue;
      }
      const patch: Record<string, unknown> = { ...fields };
      delete patch.locationKind;
      const stored =
        typeof current.attributes === 'string' ? (JSON.parse(current.attributes) as Record<string, unknown>) : {};
      const merged = { ...stored, ...d.attributes };
      if (JSON.stringify(merged) !== JSON.stringify(stored)) patch.attributes = merged;
      const custom = { defs: customFields.get(d.className) ?? [], current: stored };
      const props = Object.keys(patch).length ? validatePatch(d.className, patch, 'row', custom) : {};
      const { before, after } = fieldDiff(current, props);
      if (Object.keys(after).length === 0) {
        outcomes.push({
          className: d.className,
          outcome: { action: 'unchanged', row: d.row, line: d.line, ciId: s.id, matchedBy: 'netbox key' },
        });
        actions.set(d.row, 'unchanged');
        continue;
      }
      outcomes.push({
        className: d.className,
        outcome: {
          action: 'update',
          row: d.row,
          line: d.line,
          ciId: s.id,
          matchedBy: 'netbox key',
          version: current.version as number,
          props: after as StoredProps,
          before,
          after,
        },
      });
      actions.set(d.row, 'update');
    } catch (error) {
      if (!(error instanceof EstateError)) throw error;
      for (const detail of error.details) {
        const column = detail.field === 'row.lifecycleState' ? 'status' : columnOf(d, detail.field);
        errors.push({ row: d.row, line: d.line, column, reason: detail.reason });
      }
    }
  }
  return { outcomes, actions };
}

/** The NetBox columns that give each reference detail a creation path may need. */
const DETAIL_COLUMNS: Readonly<Record<string, { rel: RelationshipType; column: string; give: string }>> = {
  locationId: { rel: 'LOCATED_IN', column: 'site', give: 'a site (and rack or location)' },
  ownerId: { rel: 'OWNED_BY', column: 'tenant', give: 'a tenant (a row of tenants.csv, or a Team of that name)' },
};

/**
 * A CI created past PLANNED (an active device is DEPLOYED) is held to the moves that lead there, as the
 * CSV import and createItem hold it (graph/lifecycle/lifecycle.creation.ts through importedCreation):
 * its place and owner are the row's own LOCATED_IN and OWNED_BY edges, written in the same transaction,
 * and one lifecycle event records it. A reference the path needs and the row lacks refuses the row,
 * naming the NetBox column that gives it.
 */
function netboxCreation(s: RowState, state: string, props: StoredProps, now: string) {
  const { className } = s.draft;
  const rule = creationRule(className, state);
  const references: Record<string, string> = {};
  for (const [detail, { rel }] of Object.entries(DETAIL_COLUMNS)) {
    const edge = s.edges.find((e) => e.type === rel);
    if (edge) references[detail] = edge.to.id;
  }
  if (rule && !isRefusal(rule)) {
    const missing = rule.required.filter((d) => DETAIL_COLUMNS[d] && !(d in references));
    if (missing.length) {
      const needs = missing.map((d) => `${d} (${DETAIL_COLUMNS[d].rel})`).join(' and ');
      const give = missing.map((d) => DETAIL_COLUMNS[d].give).join(' and ');
      throw new EstateError('BAD_USER_INPUT', 'lifecycle', [
        {
          field: `row.${DETAIL_COLUMNS[missing[0]].column}`,
          reason: `refused by rule details: creating a ${className} in ${state} (${describePath(rule)}) needs ${needs}, which the row does not give: give it ${give}, or give it status inventory and make the move with transitionLifecycle`,
        },
      ]);
    }
  }
  return importedCreation(className, s.id, state, props, new Date(now), references);
}

const EXISTING_EDGES = `
UNWIND $ids AS id
MATCH (n:CI {id: id})-[r]->(m:CI)
WHERE type(r) IN $types
RETURN id, type(r) AS type, m.id AS to, m.class AS toClass, properties(r) AS props`;

const TAKEN_ENDS = `
UNWIND $ids AS id
MATCH (m:CI {id: id})<-[r]-(n:CI)
WHERE type(r) IN $types
RETURN id, type(r) AS type, n.id AS from`;

interface Removal {
  from: Hit & { id: string };
  fromClass: string;
  type: RelationshipType;
  toId: string;
  toClass: string;
  props: Record<string, unknown>;
}

/**
 * Each wanted relationship against what the graph holds: the same (unchanged), other properties (update),
 * absent (create). A one-target type (a device's place, a port's rear port) pointing elsewhere is moved:
 * the old edge is removed and recorded. A target that takes one source (a port, one cable) and has another
 * refuses the row.
 */
async function decideEdges(tx: Tx, states: RowState[], errors: RowError[]) {
  const outcomes: RelationshipOutcome[] = [];
  const removed: Removal[] = [];
  const touchedRows: number[] = [];
  const types = [...new Set(states.flatMap((s) => s.edges.map((e) => e.type)))];
  if (types.length === 0) return { outcomes, removed, touchedRows };
  const existingIds = states.filter((s) => s.existing).map((s) => s.id);
  const have = new Map<string, { type: string; to: string; toClass: string; props: Record<string, unknown> }[]>();
  if (existingIds.length) {
    for (const r of await tx.run(EXISTING_EDGES, { ids: existingIds, types })) {
      const list = have.get(r.id as string) ?? [];
      list.push({
        type: r.type as string,
        to: r.to as string,
        toClass: r.toClass as string,
        props: r.props as Record<string, unknown>,
      });
      have.set(r.id as string, list);
    }
  }
  const capped = types.filter((t) => relationshipRule(t)?.maxSourcesPerTarget !== undefined);
  const takenBy = new Map<string, string>();
  if (capped.length) {
    const ids = [...new Set(states.flatMap((s) => s.edges.filter((e) => capped.includes(e.type)).map((e) => e.to.id)))];
    for (const r of await tx.run(TAKEN_ENDS, { ids, types: capped }))
      takenBy.set(`${r.type as string}|${r.id as string}`, r.from as string);
  }
  for (const s of states) {
    const d = s.draft;
    const mine = have.get(s.id) ?? [];
    let touched = false;
    for (const e of s.edges) {
      const rule = relationshipRule(e.type)!;
      const holder = takenBy.get(`${e.type}|${e.to.id}`);
      if (holder && holder !== s.id) {
        errors.push({ row: d.row, line: d.line, reason: `${e.to.id} already has a ${e.type} from ${holder}` });
        continue;
      }
      const props = sortedProps(e.props);
      const same = mine.find((m) => m.type === e.type && m.to === e.to.id);
      const from = { id: s.id, className: d.className };
      const to = { id: e.to.id, className: e.to.className };
      if (same) {
        const before = sortedProps(same.props as Record<string, string | number | boolean>);
        if (JSON.stringify(before) === JSON.stringify(props)) continue;
        outcomes.push({ action: 'update', row: d.row, line: d.line, type: rule.type, from, to, before, props });
        touched = true;
        continue;
      }
      const max = maxTargets(rule, d.className);
      if (max === 1) {
        for (const old of mine.filter((m) => m.type === e.type && m.to !== e.to.id)) {
          removed.push({
            from: { ...from, node: {} },
            fromClass: d.className,
            type: rule.type,
            toId: old.to,
            toClass: old.toClass,
            props: old.props,
          });
        }
      }
      outcomes.push({ action: 'create', row: d.row, line: d.line, type: rule.type, from, to, before: null, props });
      touched = true;
    }
    if (touched) touchedRows.push(d.row);
  }
  return { outcomes, removed, touchedRows };
}

function sortedProps(p: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]]),
  );
}

const REMOVE_EDGES = `
UNWIND $rows AS row
MATCH (a:CI {id: row.from})-[r]->(b:CI {id: row.to})
WHERE type(r) = row.type
DELETE r`;

/** Moved one-target relationships: the old edge removed and recorded as unrelate records it. */
async function removeEdges(tx: Tx, removed: readonly Removal[], writer: WriteContext, now: string): Promise<void> {
  if (removed.length === 0) return;
  await tx.run(REMOVE_EDGES, { rows: removed.map((r) => ({ from: r.from.id, to: r.toId, type: r.type })) });
  const changes: ChangeInput[] = removed.map((r) => ({
    op: 'UNRELATE',
    ciId: r.from.id,
    ciClass: r.fromClass,
    before: { type: r.type, properties: r.props },
    after: null,
    relationship: { type: r.type, toId: r.toId, toClass: r.toClass },
  }));
  await appendChanges(tx, writer, changes, now);
}
