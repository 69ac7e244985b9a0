/**
 * Finding the CIs a row's reference columns name (reference.columns.ts).
 * The graph is asked once per batch (findInGraph); its answers are joined
 * with the rows the same file created or updated above (FileIndex), so a
 * locations file may name parents created a few rows earlier. A row that may
 * name an earlier row of its own batch splits the batch's decision there
 * (mayNameRow), so that row is decided, and indexed, first. Exactly one CI must
 * match: none is a dangling reference, two or more an ambiguous one (the
 * candidates are listed with their ids and parent paths); either refuses
 * the row. Nothing is created on the fly and nothing is guessed.
 */
import type { Tx } from '../../graph/platform/executor';
import { checkRelationship, relationshipRule } from '../../graph/model/relationships.rules';
import type { ColumnPlan } from './column.mapping';
import { CHECKOUT_TYPES, REFERENCE_COLUMNS, REFERENCE_SLOTS } from './reference.columns';
import type { ReferenceSlot } from './reference.columns';
import type { ItemDraft, RowError } from './row.values';

type ReferenceColumn = (typeof REFERENCE_COLUMNS)[string];

/** One slot's value in one row, before resolution. */
export interface RowReference {
  slot: ReferenceSlot;
  /** The column(s) it came from, for messages. */
  column: string;
  /** The value as the row gives it (path parts joined by " / "). */
  text: string;
  byId: boolean;
  /** Path names, outermost first; the last is the CI's own name. */
  names: string[];
}

interface Cell {
  name: string;
  column: string;
  text: string;
}

/** The reference cells of a row: columns, constants and transforms whose target is a reference. */
function referenceCells(plan: ColumnPlan, draft: ItemDraft): Cell[] {
  const cells: Cell[] = [];
  for (const c of plan.columns) {
    if (c.target.kind === 'reference')
      cells.push({ name: c.target.name, column: c.header, text: (draft.raw[c.index] ?? '').trim() });
  }
  for (const c of plan.constants) {
    if (c.target.kind === 'reference') cells.push({ name: c.target.name, column: `constant ${c.field}`, text: c.text });
  }
  for (const t of plan.transforms) {
    if (t.target.kind === 'reference')
      cells.push({ name: t.target.name, column: `transform ${t.field}`, text: t.compute(draft.raw).trim() });
  }
  return cells;
}

/** Whether the plan reads any reference (the batch then resolves them). */
export function hasReferences(plan: ColumnPlan): boolean {
  return [...plan.columns, ...plan.constants, ...plan.transforms].some((c) => c.target.kind === 'reference');
}

const splitPath = (text: string) =>
  text
    .split('/')
    .map((s) => s.trim())
    .filter(Boolean);

/** A row's references by slot, or the errors that refuse it (a checkout to an asset, an unknown checkout type). */
export function rowReferences(plan: ColumnPlan, draft: ItemDraft): { refs: RowReference[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: string, reason: string) => errors.push({ row: draft.row, line: draft.line, column, reason });
  const bySlot = new Map<ReferenceSlot, Map<number, (Cell & ReferenceColumn)[]>>();
  for (const cell of referenceCells(plan, draft)) {
    if (!cell.text) continue;
    if (cell.text.includes('\uFFFD')) {
      fail(cell.column, 'holds bytes that are not valid in the file encoding');
      continue;
    }
    const spec = REFERENCE_COLUMNS[cell.name];
    let slot = spec.slot;
    if (spec.checkout) {
      const type = String(draft.attributes.checkoutType ?? 'user').toLowerCase();
      const to = CHECKOUT_TYPES[type];
      if (to === undefined) {
        fail(cell.column, `Checkout Type "${type}" is not one of ${Object.keys(CHECKOUT_TYPES).join(', ')}`);
        continue;
      }
      if (to === null) {
        fail(
          cell.column,
          `checked out to the asset "${cell.text}": Estate has no relationship for an asset held by another asset; check it in, or map the column elsewhere`,
        );
        continue;
      }
      slot = to;
    }
    if (!relationshipRule(REFERENCE_SLOTS[slot].type)!.from.includes(plan.className)) continue;
    const ranks = bySlot.get(slot) ?? new Map<number, (Cell & ReferenceColumn)[]>();
    ranks.set(spec.rank, [...(ranks.get(spec.rank) ?? []), { ...cell, ...spec, slot }]);
    bySlot.set(slot, ranks);
  }
  const refs: RowReference[] = [];
  // In the slot table's order, so the relationships are written and recorded in the same order every time.
  for (const slot of Object.keys(REFERENCE_SLOTS) as ReferenceSlot[]) {
    const ranks = bySlot.get(slot);
    if (!ranks) continue;
    const best = ranks.get(Math.min(...ranks.keys()))!.sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
    const byId = best.some((c) => c.byId);
    const names = byId ? [best[0].text] : best.flatMap((c) => splitPath(c.text));
    refs.push({
      slot,
      column: best.map((c) => c.column).join(' / '),
      text: byId ? best[0].text : names.join(' / '),
      byId,
      names,
    });
  }
  return { refs, errors };
}

/** A CI a reference may resolve to. */
export interface Candidate {
  id: string;
  className: string;
  name: string;
  /** Ancestors by LOCATED_IN, parent first. */
  ancestors: { id: string; name: string }[];
  /** Other keys a value may give: username, email (Person), model (DeviceType). */
  keys: string[];
}

/** What a reference resolved to. */
export type Resolution = { ok: true; target: Candidate } | { ok: false; error: RowError };

/** CIs the file created or updated above the current row, that later rows' references may name. */
export class FileIndex {
  /** By row: a batch decided again replaces its rows' entries (a new CI gets a new id each time). */
  private readonly entries = new Map<number, Candidate>();
  /** Rows by each key a value may give (id, name, username, e-mail, model), so a lookup reads few entries. */
  private readonly rowsByKey = new Map<string, Set<number>>();

  /** Only classes some slot of the plan looks in are kept (a server file keeps nothing). */
  constructor(private readonly classes: ReadonlySet<string>) {}

  static forPlan(plan: ColumnPlan): FileIndex | undefined {
    if (!hasReferences(plan)) return undefined;
    const classes = Object.values(REFERENCE_SLOTS).flatMap((s) => s.to);
    return classes.includes(plan.className) ? new FileIndex(new Set([plan.className])) : undefined;
  }

  add(row: number, candidate: Candidate): void {
    if (!this.classes.has(candidate.className)) return;
    const old = this.entries.get(row);
    if (old) for (const key of keysOf(old)) this.rowsByKey.get(key)?.delete(row);
    this.entries.set(row, candidate);
    for (const key of keysOf(candidate)) {
      const rows = this.rowsByKey.get(key) ?? new Set<number>();
      rows.add(row);
      this.rowsByKey.set(key, rows);
    }
  }

  private withKey(key: string): Candidate[] {
    return [...(this.rowsByKey.get(key) ?? [])].map((row) => this.entries.get(row)!);
  }

  get(id: string): Candidate | undefined {
    return this.withKey(`id:${id}`)[0];
  }

  matching(ref: RowReference): Candidate[] {
    const spec = REFERENCE_SLOTS[ref.slot];
    const keys = ref.byId ? [`id:${ref.names[0]}`] : [`k:${ref.text}`, `k:${ref.names[ref.names.length - 1]}`];
    const found = new Map(keys.flatMap((k) => this.withKey(k)).map((c) => [c.id, c]));
    return [...found.values()].filter((c) => (ref.byId || spec.to.includes(c.className)) && matches(c, ref));
  }
}

const keysOf = (c: Candidate) => [`id:${c.id}`, `k:${c.name}`, ...c.keys.map((k) => `k:${k}`)];

/** Whether a candidate found by its name (or other key) is what the reference names. */
function matches(c: Candidate, ref: RowReference): boolean {
  if (ref.byId) return c.id === ref.names[0];
  if (c.name === ref.text || c.keys.includes(ref.text)) return true;
  if (ref.slot !== 'location' || c.name !== ref.names[ref.names.length - 1]) return false;
  // The path's other names are ancestors, outermost first, not necessarily adjacent.
  let from = 0;
  for (let k = ref.names.length - 2; k >= 0; k--) {
    const at = c.ancestors.findIndex((a, i) => i >= from && a.name === ref.names[k]);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

/** `"Comms closet" (loc-2, in Site A / Building 1)`, for an ambiguous reference. */
export function describeCandidate(c: Candidate): string {
  const path = c.ancestors.map((a) => a.name).reverse();
  return `${c.id}${path.length ? ` in ${path.join(' / ')}` : ''}`;
}

/**
 * Every reference of a batch, found in one query: by id, by name (the whole
 * value, and a path's last name), and by a Person's username or e-mail or a
 * DeviceType's model; each candidate with its ancestors, for paths and messages.
 */
const RESOLVE = `
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:CI {id: ref.id}) RETURN n
  UNION
  MATCH (n:CI) WHERE n.name IN ref.names AND n.class IN ref.classes RETURN n
  UNION
  MATCH (n:Person) WHERE 'Person' IN ref.classes AND (n.username = ref.text OR n.email = ref.text) RETURN n
  UNION
  MATCH (n:DeviceType) WHERE 'DeviceType' IN ref.classes AND n.model = ref.text RETURN n
}
RETURN ref.i AS i, collect(n {
  .id, .class, .name,
  keys: [k IN [n.username, n.email, n.model] WHERE k IS NOT NULL],
  ancestors: COLLECT { MATCH p = (n)-[:LOCATED_IN*1..16]->(a:CI) RETURN a {.id, .name} ORDER BY length(p) }
}) AS found`;

/** The CIs in the graph each row's references may name (one query for the batch), by row and slot. */
export async function findInGraph(
  tx: Tx,
  refsByRow: readonly (readonly RowReference[])[],
): Promise<Map<ReferenceSlot, Candidate[]>[]> {
  // Each distinct value once: a file's rows name a few places and people many times over.
  const keyOf = (ref: RowReference) => `${ref.slot}|${ref.byId ? 'id' : 'key'}|${ref.text}`;
  const distinct = new Map<string, RowReference>();
  for (const refs of refsByRow) for (const ref of refs) if (!distinct.has(keyOf(ref))) distinct.set(keyOf(ref), ref);
  const values = [...distinct.values()];
  const query = values.map((ref, k) => ({
    i: k,
    id: ref.byId ? ref.names[0] : null,
    names: ref.byId ? [] : [...new Set([ref.text, ref.names[ref.names.length - 1]])],
    text: ref.byId ? null : ref.text,
    classes: REFERENCE_SLOTS[ref.slot].to,
  }));
  const rows = query.length ? await tx.run(RESOLVE, { refs: query }) : [];
  const found = new Map<string, Candidate[]>();
  for (const r of rows) {
    const ref = values[r.i as number];
    const candidates = (r.found as Record<string, unknown>[]).map((n) => ({
      id: n.id as string,
      className: n.class as string,
      name: n.name as string,
      keys: n.keys as string[],
      ancestors: n.ancestors as { id: string; name: string }[],
    }));
    found.set(
      keyOf(ref),
      candidates.filter((c) => matches(c, ref)),
    );
  }
  return refsByRow.map((refs) => new Map(refs.map((ref) => [ref.slot, found.get(keyOf(ref)) ?? []])));
}

/** What each of a row's references resolves to: the graph's candidates, as the file's rows above left them. */
export function resolveRow(
  draft: ItemDraft,
  refs: readonly RowReference[],
  inGraph: ReadonlyMap<ReferenceSlot, Candidate[]>,
  index: FileIndex | undefined,
): Map<ReferenceSlot, Resolution> {
  const out = new Map<ReferenceSlot, Resolution>();
  for (const ref of refs) {
    const found = new Map<string, Candidate>();
    for (const c of inGraph.get(ref.slot) ?? []) {
      // A CI the file wrote above this row is as the file left it (moved to another parent, renamed).
      const now = index?.get(c.id) ?? c;
      if (matches(now, ref)) found.set(c.id, now);
    }
    for (const c of index?.matching(ref) ?? []) found.set(c.id, c);
    out.set(ref.slot, decide(draft, ref, [...found.values()]));
  }
  return out;
}

/**
 * Whether a reference may name one of `earlier`, rows of the batch not decided yet (their CIs have no id
 * yet): the batch is then decided in two parts, so that the earlier rows are in the file index first.
 */
export function mayNameRow(refs: readonly RowReference[], earlier: readonly ItemDraft[]): boolean {
  return refs.some((ref) =>
    earlier.some((d) => {
      const v = d.values;
      if (ref.byId) return v.id === ref.names[0];
      const keys = [v.name, v.username, v.email, v.model].filter((k) => typeof k === 'string');
      return keys.includes(ref.text) || v.name === ref.names[ref.names.length - 1];
    }),
  );
}

function decide(draft: ItemDraft, ref: RowReference, found: Candidate[]): Resolution {
  const error = (reason: string): Resolution => ({
    ok: false,
    error: { row: draft.row, line: draft.line, column: ref.column, reason },
  });
  const { type, to } = REFERENCE_SLOTS[ref.slot];
  if (found.length === 0) {
    const what = ref.byId ? `no CI has the id "${ref.text}"` : `no ${to.join(' or ')} is "${ref.text}"`;
    return error(
      `${what}: ${type} names a CI that must exist; import or create it first (nothing is created on the fly)`,
    );
  }
  if (found.length > 1) {
    const list = found
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(describeCandidate)
      .join('; ');
    const hint = ref.slot === 'location' ? 'give its parent, "Parent / Child", or its id' : 'give its id';
    return error(`"${ref.text}" is ambiguous: ${found.length} CIs match (${list}); ${hint}, nothing was guessed`);
  }
  return { ok: true, target: found[0] };
}

/** Why `fromClass` may not have this relationship to the target (an id naming a CI of another class). */
export function referenceRefusal(
  ref: RowReference,
  fromClass: string,
  fromId: string | undefined,
  target: Candidate,
): string | undefined {
  const type = REFERENCE_SLOTS[ref.slot].type;
  const broken = checkRelationship(type, fromClass, target.className, fromId === target.id);
  if (broken) return `"${ref.text}" (${target.id}): ${broken.reason}`;
  if (fromId !== undefined && target.ancestors.some((a) => a.id === fromId) && type === 'LOCATED_IN') {
    return `"${ref.text}" (${target.id}) is inside ${fromId}: ${type} may not form a cycle`;
  }
  return undefined;
}
