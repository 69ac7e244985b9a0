/**
 * Cables, NetBox's way: a Cable CI joining one or more terminations on side
 * A to one or more on side B (TERMINATES edges carrying `side`), any number
 * of cables between the same two devices, undirected (A and B are names,
 * nothing reads a direction from them).
 *
 * connectCable is one transaction: the terminations resolved in one query,
 * checked against the rule table (what may end a cable), locked, checked for
 * a cable already there, then the Cable created (createValidItem, its CREATE
 * change) and every TERMINATES edge written by one UNWIND with a RELATE
 * change each. Anything refused writes nothing.
 */
import type { Executor, Tx } from '../platform/executor';
import type { WriteContext } from '../platform/changelog.writer';
import { appendChanges } from '../platform/changelog.writer';
import { EstateError } from '../platform/errors';
import type { ErrorDetail } from '../platform/errors';
import { checkRelationship, relationshipRule } from '../model/relationships.rules';
import { createValidItem, deleteItem } from '../items/items';
import type { Item } from '../items/items.mapping';
import { itemFromNode } from '../items/items.mapping';
import { validateCreate } from '../items/items.validation';
import { refShapeProblem, resolveComponentRefs } from './components';
import type { ComponentRef } from './components';

export type CableSide = 'A' | 'B';

/** Most terminations on one side (a 48-port trunk's fan-out with room to spare). */
export const MAX_TERMINATIONS_PER_SIDE = 64;

/** What a cable end carries: power and signal ends never share a cable (NetBox refuses it too). */
const POWER_ENDS: ReadonlySet<string> = new Set(['PowerPort', 'PowerOutlet', 'PowerFeed']);
const carries = (className: string) => (POWER_ENDS.has(className) ? 'power' : 'data');

export interface CableInput {
  id?: string | null;
  aTerminations: readonly ComponentRef[];
  bTerminations: readonly ComponentRef[];
  cableType?: string | null;
  cableStatus?: string | null;
  label?: string | null;
  colour?: string | null;
  length?: number | null;
  lengthUnit?: string | null;
  description?: string | null;
  tags?: string[] | null;
}

export interface CableEnd {
  side: CableSide;
  item: Item;
}

export interface ConnectedCable {
  cable: Item;
  terminations: CableEnd[];
}

interface Slot {
  side: CableSide;
  field: string;
  ref: ComponentRef;
}

const SIDES = [
  ['A', 'aTerminations'],
  ['B', 'bTerminations'],
] as const;

const refused = (details: ErrorDetail[]) =>
  new EstateError('BAD_USER_INPUT', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);

/** Every termination with its side and input path; refuses empty, oversized or malformed sides. */
function slotsOf(input: CableInput): Slot[] {
  const details: ErrorDetail[] = [];
  const slots: Slot[] = [];
  for (const [side, field] of SIDES) {
    const refs = input[field] ?? [];
    if (refs.length === 0) details.push({ field, reason: `a cable needs at least one termination on side ${side}` });
    if (refs.length > MAX_TERMINATIONS_PER_SIDE) {
      details.push({ field, reason: `at most ${MAX_TERMINATIONS_PER_SIDE} terminations per side, not ${refs.length}` });
    }
    refs.forEach((ref, i) => {
      const problem = refShapeProblem(ref);
      if (problem) details.push({ field: `${field}[${i}]`, reason: problem });
      slots.push({ side, field: `${field}[${i}]`, ref });
    });
  }
  if (details.length) throw refused(details);
  return slots;
}

/** The cable's own fields, validated as createItem would; its name defaults to its label or its ends. */
function cableFields(input: CableInput, name: string) {
  const { aTerminations: _a, bTerminations: _b, ...fields } = input;
  return validateCreate({ ...fields, class: 'Cable', name: input.label || name }, 'input');
}

/**
 * Connects a cable between side A and side B terminations (components by id or device + name), in one
 * transaction. Refused (BAD_USER_INPUT naming `aTerminations[i]`/`bTerminations[i]`, nothing written): an
 * unknown device or component, a class that cannot end a cable, a termination already cabled (naming the
 * cable), the same termination twice or on both sides, an empty side, power and data ends on one cable.
 */
export async function connectCable(db: Executor, ctx: WriteContext, input: CableInput): Promise<ConnectedCable> {
  const slots = slotsOf(input);
  // Validated once up front with a stand-in name, so bad cable fields are refused before any read.
  cableFields(input, 'cable');
  return db.writeTx('connectCable', async (tx) => {
    const ends = await resolveEnds(tx, slots);
    const valid = cableFields(input, defaultName(ends));
    await lockAndCheckFree(tx, ends);
    const cable = await createValidItem(tx, ctx, valid);
    const rule = relationshipRule('TERMINATES')!;
    const rows = ends.map((e) => ({ to: e.node.id, props: { side: e.side } }));
    await tx.run(
      `MATCH (c:CI {id: $cable})
       UNWIND $rows AS row
       MATCH (t:CI {id: row.to})
       CREATE (c)-[r:${rule.type}]->(t) SET r = row.props`,
      { cable: cable.id, rows },
    );
    await appendChanges(
      tx,
      ctx,
      ends.map((e) => ({
        op: 'RELATE' as const,
        ciId: cable.id,
        ciClass: 'Cable',
        before: null,
        after: { type: rule.type, properties: { side: e.side } },
        relationship: { type: rule.type, toId: e.node.id as string, toClass: e.node.class as string },
      })),
    );
    return { cable, terminations: ends.map((e) => ({ side: e.side, item: itemFromNode(e.node) })) };
  });
}

interface ResolvedEnd extends Slot {
  node: Record<string, unknown>;
  device?: string;
}

/** All references resolved in one query, then checked: known, able to end a cable, each once, one kind of end. */
async function resolveEnds(tx: Tx, slots: readonly Slot[]): Promise<ResolvedEnd[]> {
  const resolved = await resolveComponentRefs(
    (q, p) => tx.run(q, p),
    slots.map((s) => s.ref),
  );
  const details: ErrorDetail[] = [];
  const ends: ResolvedEnd[] = [];
  const firstById = new Map<string, ResolvedEnd>();
  for (const [i, r] of resolved.entries()) {
    const slot = slots[i];
    if (!r.ok) {
      details.push({ field: slot.field, reason: r.reason });
      continue;
    }
    const end: ResolvedEnd = { ...slot, node: r.node, device: r.device };
    const broken = checkRelationship('TERMINATES', 'Cable', r.node.class as string, false);
    if (broken) {
      details.push({ field: slot.field, reason: `${describe(end)} cannot end a cable: ${broken.reason}` });
      continue;
    }
    const earlier = firstById.get(r.node.id as string);
    if (earlier) {
      details.push({
        field: slot.field,
        reason:
          earlier.side === end.side
            ? `${describe(end)} is given twice on side ${end.side} (also ${earlier.field})`
            : `${describe(end)} is on both sides (also ${earlier.field}); a cable joins two different ends`,
      });
      continue;
    }
    firstById.set(r.node.id as string, end);
    ends.push(end);
  }
  if (details.length === 0 && ends.length > 0) {
    const first = ends[0];
    const mixed = ends.find((e) => carries(e.node.class as string) !== carries(first.node.class as string));
    if (mixed) {
      details.push({
        field: mixed.field,
        reason: `${describe(mixed)} carries ${carries(mixed.node.class as string)} but ${describe(first)} (${first.field}) carries ${carries(first.node.class as string)}; power and data ends cannot share a cable`,
      });
    }
  }
  if (details.length) throw refused(details);
  return ends;
}

/**
 * Locks every termination (in id order, so two cables over the same ports do not deadlock), then, in a
 * new statement that reads what committed while it waited, refuses any already cabled, naming the cable.
 * Of concurrent connectCable calls over one port exactly one passes.
 */
async function lockAndCheckFree(tx: Tx, ends: readonly ResolvedEnd[]): Promise<void> {
  const ids = ends.map((e) => e.node.id as string);
  const locked = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:CI {id: id})
     WITH n ORDER BY n.id
     SET n._lock = true REMOVE n._lock
     RETURN n.id AS id`,
    { ids },
  );
  const still = new Set(locked.map((r) => r.id as string));
  const cabled = await tx.run(
    `UNWIND $ids AS id
     MATCH (c:CI)-[:TERMINATES]->(:CI {id: id})
     RETURN id, c.id AS cable, c.label AS label
     ORDER BY id, cable`,
    { ids },
  );
  const byId = new Map(cabled.map((r) => [r.id as string, r]));
  const details: ErrorDetail[] = [];
  for (const e of ends) {
    const id = e.node.id as string;
    if (!still.has(id)) {
      details.push({ field: e.field, reason: `${describe(e)} was deleted meanwhile` });
      continue;
    }
    const row = byId.get(id);
    if (row) {
      const label = row.label ? ` "${String(row.label)}"` : '';
      details.push({
        field: e.field,
        reason: `${describe(e)} is already cabled: cable ${String(row.cable)}${label} ends on it (disconnect it first)`,
      });
    }
  }
  if (details.length) throw refused(details);
}

/** `sw1 Gi1/0/1 (Interface)`, or the id when the component has no device. */
function describe(end: ResolvedEnd): string {
  const name = `${String(end.node.name)} (${String(end.node.class)} ${String(end.node.id)})`;
  return end.device ? `${end.device} ${name}` : name;
}

/** A readable name for a cable without a label: its ends, side A then side B. */
function defaultName(ends: readonly ResolvedEnd[]): string {
  const side = (s: CableSide) =>
    ends
      .filter((e) => e.side === s)
      .map((e) => (e.device ? `${e.device}:${String(e.node.name)}` : String(e.node.name)))
      .join(', ');
  const name = `${side('A')} — ${side('B')}`;
  return name.length <= 200 ? name : `${name.slice(0, 199)}…`;
}

/** Deletes a cable and its TERMINATES edges (each logged as UNRELATE), refusing anything but a Cable. */
export function disconnectCable(db: Executor, ctx: WriteContext, id: string): Promise<Item> {
  return deleteItem(db, ctx, id, { force: false, mayForce: false, onlyClass: 'Cable' });
}
