/**
 * Which cable a NetBox cable row is about, and what it ends on. A NetBox
 * cable has no natural key of its own (its label is optional): it is known
 * by its terminations, each of which takes one cable. So a row whose ends
 * are exactly a cable's ends is that cable (a re-import), a row whose ends
 * are free is a new cable (two parallel cables between the same switches
 * stay two), and a row naming an end that another cable already holds is
 * refused, as NetBox refuses it ("… is already connected").
 *
 * Sides name their terminations by `side_a_type` (dcim.interface,
 * dcim.frontport, dcim.powerport, dcim.powerfeed…) and the parent the type
 * needs: `side_a_device`, `side_a_power_panel` (within `side_a_site`), or
 * `side_a_circuit` for a circuit termination (A or Z). Names may be a
 * comma list ("eth0,eth1"), as in NetBox 4. A UI table export carries no
 * type: the device's components are searched for the name, and a name two
 * kinds of component share is refused rather than guessed.
 */
import type { Tx } from '../../graph/platform/executor';
import type { RowError } from '../imports/row.values';
import { CABLE_TERMINATION_TYPES } from './netbox.profiles';
import type { NetboxType } from './netbox.profiles';
import type { Cells, Hit, KeyResolver, Resolved } from './netbox.keys';
import type { RowDraft } from './netbox.rows';

export interface CableEnd {
  side: 'A' | 'B';
  hit: Hit;
  /** `acc-s1 Gi1/0/49`: the end as the row names it (port names repeat across devices). */
  label: string;
}

export interface CableDecision {
  /** The cable the row is about, when it exists already. */
  existing?: Hit;
  ends: CableEnd[];
  /** Names of the two sides, for a new cable's name. */
  title: string;
}

const DEVICE_COMPONENTS = Object.values(CABLE_TERMINATION_TYPES)
  .filter((t) => t.parent === 'device')
  .map((t) => t.type);

interface EndRequest {
  draft: number;
  side: 'A' | 'B';
  column: string;
  /** The column naming the end's parent (side_b_device), blamed when the parent is missing. */
  parentColumn: string;
  /** Candidate types (one when the row says its type). */
  types: NetboxType[];
  cells: Cells;
}

/** The terminations of one side of a row, as key requests, or the reason the side cannot be read. */
function sideRequests(draft: RowDraft, index: number, side: 'A' | 'B'): EndRequest[] | RowError {
  const s = side.toLowerCase();
  const cell = (c: string) => draft.cells[`side_${s}_${c}`] ?? '';
  const column = `side_${s}_name`;
  const error = (reason: string, col = column): RowError => ({ row: draft.row, line: draft.line, column: col, reason });
  const names = cell('name')
    .split(',')
    .map((n) => n.trim());
  if (names.length === 0 || names.some((n) => !n)) return error(`side ${side}: give the termination name(s)`);
  const typeText = cell('type').toLowerCase();
  const termination = typeText ? CABLE_TERMINATION_TYPES[typeText] : undefined;
  if (typeText && !termination) {
    return error(
      `"${cell('type')}" is not a cable termination type; expected one of ${Object.keys(CABLE_TERMINATION_TYPES).join(', ')}`,
      `side_${s}_type`,
    );
  }
  const parentColumn = termination?.parent ?? 'device';
  const parents = cell(parentColumn)
    .split(',')
    .map((p) => p.trim());
  if (!parents[0])
    return error(
      `side ${side}: give side_${s}_${parentColumn} for ${typeText || 'a device component'}`,
      `side_${s}_${parentColumn}`,
    );
  if (parents.length !== 1 && parents.length !== names.length) {
    return error(`side ${side}: ${parents.length} parents for ${names.length} names`, `side_${s}_${parentColumn}`);
  }
  return names.map((name, i) => {
    const parent = parents.length === 1 ? parents[0] : parents[i];
    const cells: Record<string, string> =
      parentColumn === 'circuit'
        ? { circuit: parent, term_side: name.toUpperCase() }
        : parentColumn === 'power_panel'
          ? { power_panel: parent, name, site: cell('site') }
          : { device: parent, name };
    return {
      draft: index,
      side,
      column,
      parentColumn: `side_${s}_${parentColumn}`,
      types: termination ? [termination.type] : DEVICE_COMPONENTS,
      cells,
    };
  });
}

const EXISTING_CABLES = `
UNWIND $ids AS id
MATCH (x:CI {id: id})<-[:TERMINATES]-(c:Cable)
MATCH (c)-[r:TERMINATES]->(y:CI)
RETURN id, c {.*} AS cable, collect({id: y.id, side: r.side}) AS ends`;

/** Each row's cable (found by its ends) and ends, or the row's errors. */
export async function decideCables(
  tx: Tx,
  resolver: KeyResolver,
  drafts: readonly RowDraft[],
): Promise<(CableDecision | RowError[])[]> {
  const requests: EndRequest[] = [];
  const errors = new Map<number, RowError[]>();
  const failRow = (i: number, e: RowError) => errors.set(i, [...(errors.get(i) ?? []), e]);
  drafts.forEach((d, i) => {
    for (const side of ['A', 'B'] as const) {
      const r = sideRequests(d, i, side);
      if (Array.isArray(r)) requests.push(...r);
      else failRow(i, r);
    }
  });
  // One lookup per candidate type, for every end that may be of it.
  const found = new Map<EndRequest, Hit[]>();
  const failures = new Map<EndRequest, Resolved & { ok: false }>();
  const types = [...new Set(requests.flatMap((r) => r.types))];
  for (const type of types) {
    const asked = requests.filter((r) => r.types.includes(type));
    const resolved: Resolved[] = await resolver.resolve(
      type,
      asked.map((r) => r.cells),
    );
    asked.forEach((r, j) => {
      const res = resolved[j];
      if (res.ok) found.set(r, [...(found.get(r) ?? []), res.hit]);
      // A missing parent is missing for every candidate type alike: worth saying even when the type was not given.
      else if (r.types.length === 1 || res.ownerMissing) failures.set(r, res);
    });
  }
  const ends = new Map<number, CableEnd[]>();
  for (const r of requests) {
    const hits = found.get(r) ?? [];
    const d = drafts[r.draft];
    const what = `${Object.values(r.cells)
      .filter((v) => v)
      .join(' ')}`;
    if (hits.length === 1) {
      ends.set(r.draft, [...(ends.get(r.draft) ?? []), { side: r.side, hit: hits[0], label: what }]);
    } else if (hits.length === 0) {
      const failure = failures.get(r);
      failRow(r.draft, {
        row: d.row,
        line: d.line,
        column: failure?.ownerMissing ? r.parentColumn : r.column,
        reason: `side ${r.side}: ${failure?.reason ?? `no component ${what}`}`,
      });
    } else {
      failRow(r.draft, {
        row: d.row,
        line: d.line,
        column: r.column,
        reason: `side ${r.side}: ${what} names ${hits.map((h) => h.className).join(' and ')} alike; give side_${r.side.toLowerCase()}_type`,
      });
    }
  }
  const ids = [...new Set([...ends.values()].flat().map((e) => e.hit.id))];
  const cableOf = new Map<string, { cable: Record<string, unknown>; ends: { id: string; side: string }[] }>();
  if (ids.length) {
    for (const row of await tx.run(EXISTING_CABLES, { ids })) {
      cableOf.set(row.id as string, {
        cable: row.cable as Record<string, unknown>,
        ends: row.ends as { id: string; side: string }[],
      });
    }
  }
  const claimed = new Map<string, number>();
  return drafts.map((d, i): CableDecision | RowError[] => {
    const rowErrors = errors.get(i);
    if (rowErrors) return rowErrors;
    const mine = ends.get(i) ?? [];
    const fail = (column: string, reason: string): RowError[] => [{ row: d.row, line: d.line, column, reason }];
    for (const e of mine) {
      const earlier = claimed.get(e.hit.id);
      if (earlier !== undefined) {
        return fail(
          `side_${e.side.toLowerCase()}_name`,
          `side ${e.side}: ${e.label} is already connected by row ${earlier} of this file`,
        );
      }
    }
    const cables = new Map<string, { cable: Record<string, unknown>; ends: { id: string; side: string }[] }>();
    for (const e of mine) {
      const c = cableOf.get(e.hit.id);
      if (c) cables.set(c.cable.id as string, c);
    }
    const title = describeEnds(d);
    let existing: Hit | undefined;
    let decided = mine;
    if (cables.size > 0) {
      const [c] = cables.values();
      const same = cables.size === 1 && sameEnds(c.ends, mine, false);
      const swapped = cables.size === 1 && !same && sameEnds(c.ends, mine, true);
      if (!same && !swapped) {
        const taken = mine.find((e) => cableOf.has(e.hit.id))!;
        const other = cableOf.get(taken.hit.id)!.cable;
        return fail(
          `side_${taken.side.toLowerCase()}_name`,
          `side ${taken.side}: ${taken.label} is already connected (cable ${String(other.label ?? other.name ?? other.id)}); remove that cable first`,
        );
      }
      existing = { id: c.cable.id as string, className: 'Cable', node: c.cable };
      // A row that names the sides the other way round is the same undirected cable: keep its sides.
      if (swapped) decided = mine.map((e) => ({ ...e, side: e.side === 'A' ? 'B' : 'A' }));
    }
    for (const e of mine) claimed.set(e.hit.id, d.row);
    return { existing, ends: decided, title };
  });
}

function sameEnds(stored: readonly { id: string; side: string }[], row: readonly CableEnd[], swap: boolean): boolean {
  const flip = (s: string) => (swap ? (s === 'A' ? 'B' : 'A') : s);
  const a = stored.map((e) => `${e.side}:${e.id}`).sort();
  const b = row.map((e) => `${flip(e.side)}:${e.hit.id}`).sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function describeEnds(d: RowDraft): string {
  const side = (s: string) => {
    const parent = d.cells[`side_${s}_device`] || d.cells[`side_${s}_power_panel`] || d.cells[`side_${s}_circuit`];
    return `${parent} ${d.cells[`side_${s}_name`]}`;
  };
  return `${side('a')} – ${side('b')}`;
}
