/**
 * Writing the graph back out as NetBox bulk-import CSV files, one per
 * object type (`sites.csv`, `racks.csv`, `interfaces.csv`, `cables.csv`…),
 * in the very columns netbox.load.ts reads: fields through the profiles'
 * choice maps the other way (DEPLOYED → active, FRONT → front), attributes
 * kept under their NetBox column names as they were imported, and every
 * reference by NetBox's natural key (a device's rack by rack and site, a
 * front port's rear port by name, a cable's ends by device or power panel
 * or circuit). So import → export → import changes nothing, and the files
 * load into NetBox itself (except circuit-termination cable ends, which
 * NetBox's own cable import refuses).
 *
 * The network part of the graph is read in two queries (its CIs, then
 * their relationships of the profiles' types) and shaped in memory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Executor } from '../../graph/platform/executor';
import { classesIn } from '../../graph/model/classes';
import { escapeFormula } from '../imports/formula.escape';
import { CABLE_TERMINATION_TYPES, DEVICE_STATUS, NETBOX_PROFILES, netboxProfile, refColumns } from './netbox.profiles';
import type { FieldColumn, NetboxProfile, NetboxType, RefSpec } from './netbox.profiles';

type Node = Record<string, unknown>;
interface EdgeRow {
  type: string;
  to: string;
  props: Record<string, unknown>;
}

export interface NetboxExportResult {
  folder: string;
  files: { file: string; type: NetboxType; rows: number }[];
}

const HARDWARE = classesIn('hardware');
const PLACE_KINDS: Record<string, NetboxType> = {
  SITE: 'sites',
  BUILDING: 'locations',
  FLOOR: 'locations',
  ROOM: 'locations',
  RACK: 'racks',
};
const BY_CLASS = new Map<string, NetboxType>(
  NETBOX_PROFILES.filter((p) => !['Location', 'Interface', 'NetworkDevice'].includes(p.className)).map((p) => [
    p.className,
    p.type,
  ]),
);

/** The order of a type's columns: the bulk-import order, key and reference columns first. */
export function exportColumns(profile: NetboxProfile): string[] {
  if (profile.type === 'cables') {
    const side = (s: string) =>
      ['site', 'device', 'power_panel', 'circuit', 'type', 'name'].map((c) => `side_${s}_${c}`);
    return [...side('a'), ...side('b'), ...profile.fields.map((f) => f.column)];
  }
  const columns = new Set<string>();
  if (profile.key.within) Object.values(profile.key.within.ref.from).forEach((c) => columns.add(c));
  for (const m of profile.key.match) if (m.column) columns.add(m.column);
  for (const r of profile.refs) {
    refColumns(r).forEach((c) => columns.add(c));
    (r.props ?? []).forEach((p) => columns.add(p.column));
  }
  if (profile.type === 'devices') columns.add('manufacturer');
  for (const f of profile.fields) columns.add(f.column);
  return [...columns];
}

class Graph {
  readonly nodes = new Map<string, Node>();
  readonly out = new Map<string, EdgeRow[]>();

  edges(id: string, type: string): EdgeRow[] {
    return (this.out.get(id) ?? []).filter((e) => e.type === type);
  }

  target(id: string, type: string): Node | undefined {
    const e = this.edges(id, type)[0];
    return e ? this.nodes.get(e.to) : undefined;
  }

  typeOf(node: Node): NetboxType | undefined {
    const cls = node.class as string;
    if (cls === 'Location') return PLACE_KINDS[node.locationKind as string];
    if (cls === 'Interface')
      return this.target(node.id as string, 'COMPONENT_OF')?.class === 'VirtualMachine'
        ? 'vm-interfaces'
        : 'interfaces';
    if (HARDWARE.includes(cls)) return 'devices';
    return BY_CLASS.get(cls);
  }

  /** The owner a key is unique within: along the relationship, climbing places until one of the owner's type. */
  ownerOf(node: Node, ref: RefSpec, rel: string, depth = 1): Node | undefined {
    let at: Node | undefined = node;
    for (let hop = 0; hop < depth && at; hop++) {
      at = this.target(at.id as string, rel);
      if (at && this.typeOf(at) === ref.type) return at;
    }
    return undefined;
  }

  /** A CI's natural key as the cells of its own type (a rack: name and site). */
  keyCells(type: NetboxType, node: Node): Record<string, string> {
    const profile = netboxProfile(type);
    const cells: Record<string, string> = {};
    for (const m of profile.key.match) {
      if (!m.column) continue;
      const col = profile.fields.find((f) => f.column === m.column);
      cells[m.column] = col ? fieldText(col, node) : String(node[m.prop] ?? '');
    }
    const within = profile.key.within;
    if (within) {
      const owner = this.ownerOf(node, within.ref, within.rel, within.depth);
      if (owner) {
        const ownerCells = this.keyCells(within.ref.type, owner);
        for (const [targetColumn, sourceColumn] of Object.entries(within.ref.from)) {
          cells[sourceColumn] = ownerCells[targetColumn] ?? '';
        }
      }
    }
    return cells;
  }
}

/** A field's value as NetBox writes it: choice slugs, true/false, comma-joined tags, NetBox's units. */
function fieldText(col: FieldColumn, node: Node): string {
  const value = node[col.field!];
  if (value === undefined || value === null) return '';
  if (col.values) return Object.entries(col.values).find(([, v]) => v === value)?.[0] ?? String(value);
  if (Array.isArray(value)) return value.join(',');
  if (col.scale !== undefined) return String(Math.round((Number(value) / col.scale) * 1e6) / 1e6);
  return String(value);
}

function attributesOf(node: Node): Record<string, unknown> {
  return typeof node.attributes === 'string' ? (JSON.parse(node.attributes) as Record<string, unknown>) : {};
}

async function readGraph(db: Executor): Promise<Graph> {
  const graph = new Graph();
  const classes = [...new Set(NETBOX_PROFILES.map((p) => p.className).concat(HARDWARE))];
  const types = [
    ...new Set(
      NETBOX_PROFILES.flatMap((p) => [...p.refs.map((r) => r.rel), p.key.within?.rel]).concat([
        'TERMINATES',
        'LOCATED_IN',
      ]),
    ),
  ].filter((t): t is NonNullable<typeof t> => t !== undefined);
  for (const r of await db.read(
    'netbox.export.nodes',
    'MATCH (n:CI) WHERE n.class IN $classes RETURN n {.*} AS n ORDER BY n.id',
    { classes },
  )) {
    const n = r.n as Node;
    graph.nodes.set(n.id as string, n);
  }
  const edges = await db.read(
    'netbox.export.edges',
    `MATCH (a:CI)-[r]->(b:CI) WHERE a.class IN $classes AND type(r) IN $types
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY a.id, type(r), b.id`,
    { classes, types },
  );
  for (const e of edges) {
    const list = graph.out.get(e.from as string) ?? [];
    list.push({ type: e.type as string, to: e.to as string, props: e.props as Record<string, unknown> });
    graph.out.set(e.from as string, list);
  }
  return graph;
}

function rowOf(graph: Graph, profile: NetboxProfile, node: Node): Record<string, string> {
  const row: Record<string, string> = {};
  const attributes = attributesOf(node);
  for (const col of profile.fields) {
    row[col.column] = col.field
      ? fieldText(col, node)
      : attributes[col.column] === undefined
        ? ''
        : String(attributes[col.column]);
  }
  Object.assign(row, graph.keyCells(profile.type, node));
  for (const ref of profile.refs) {
    if (!ref.rel) continue;
    const edges = graph.edges(node.id as string, ref.rel);
    const listed: Record<string, string[]> = {};
    for (const e of edges) {
      const target = graph.nodes.get(e.to);
      if (!target) continue;
      const spec = ref.targets.find((t) => t.type === graph.typeOf(target));
      if (!spec) continue;
      const cells = graph.keyCells(spec.type, target);
      for (const [targetColumn, sourceColumn] of Object.entries(spec.from)) {
        const v = cells[targetColumn] ?? '';
        if (ref.list && targetColumn === netboxProfile(spec.type).key.match[0].column)
          (listed[sourceColumn] ??= []).push(v);
        else row[sourceColumn] = v;
      }
      for (const p of ref.props ?? []) {
        const v = e.props[p.prop];
        if (v === undefined) continue;
        row[p.column] = p.values ? (Object.entries(p.values).find(([, x]) => x === v)?.[0] ?? String(v)) : String(v);
      }
    }
    for (const [column, values] of Object.entries(listed)) {
      row[column] = values.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).join(',');
    }
  }
  if (profile.type === 'devices') deviceColumns(row, node, attributes);
  return row;
}

/** A device's role and status: as NetBox named them when they came from NetBox, else from the class table. */
function deviceColumns(row: Record<string, string>, node: Node, attributes: Record<string, unknown>): void {
  if (!row.role) row.role = String(attributes.role ?? node.role ?? node.class);
  if (!row.status) {
    const down = node.operationalStatus === 'DOWN' && node.lifecycleState === 'DEPLOYED';
    row.status = down
      ? 'failed'
      : (Object.entries(DEVICE_STATUS).find(([, v]) => v === node.lifecycleState)?.[0] ?? 'active');
  }
}

/** A cable's two sides: each end's type, parent (device, power panel and its site, or circuit) and name. */
function cableRow(graph: Graph, profile: NetboxProfile, node: Node): Record<string, string> {
  const row = rowOf(graph, { ...profile, refs: [] }, node);
  for (const side of ['A', 'B']) {
    const s = side.toLowerCase();
    const ends = graph.edges(node.id as string, 'TERMINATES').filter((e) => e.props.side === side);
    const names: string[] = [];
    const parents: string[] = [];
    for (const e of ends) {
      const end = graph.nodes.get(e.to);
      const type = end && graph.typeOf(end);
      const model = Object.entries(CABLE_TERMINATION_TYPES).find(([, t]) => t.type === type);
      if (!end || !type || !model) continue;
      row[`side_${s}_type`] = model[0];
      const cells = graph.keyCells(type, end);
      if (model[1].parent === 'circuit') {
        names.push(cells.term_side);
        parents.push(cells.circuit);
      } else if (model[1].parent === 'power_panel') {
        names.push(cells.name);
        parents.push(cells.power_panel);
        row[`side_${s}_site`] = cells.site ?? '';
      } else {
        names.push(cells.name);
        parents.push(cells.device);
      }
      row[`side_${s}_${model[1].parent}`] = '';
    }
    const parentColumn = CABLE_TERMINATION_TYPES[row[`side_${s}_type`]]?.parent ?? 'device';
    row[`side_${s}_name`] = names.join(',');
    row[`side_${s}_${parentColumn}`] = new Set(parents).size === 1 ? parents[0] : parents.join(',');
  }
  return row;
}

export async function exportNetboxFolder(db: Executor, folder: string): Promise<NetboxExportResult> {
  const graph = await readGraph(db);
  mkdirSync(folder, { recursive: true });
  const byType = new Map<NetboxType, Node[]>();
  for (const node of graph.nodes.values()) {
    const type = graph.typeOf(node);
    if (type) byType.set(type, [...(byType.get(type) ?? []), node]);
  }
  const files: NetboxExportResult['files'] = [];
  for (const profile of NETBOX_PROFILES) {
    const nodes = byType.get(profile.type) ?? [];
    if (nodes.length === 0) continue;
    const columns = exportColumns(profile);
    const rows = nodes
      .map((n) => (profile.type === 'cables' ? cableRow(graph, profile, n) : rowOf(graph, profile, n)))
      .map((r) => columns.map((c) => escapeFormula(r[c] ?? '')))
      .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
    const file = `${profile.type}.csv`;
    writeFileSync(join(folder, file), stringify([columns, ...rows]));
    files.push({ file, type: profile.type, rows: rows.length });
  }
  return { folder, files };
}
