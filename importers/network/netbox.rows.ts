/**
 * One NetBox CSV row read into what Estate stores: the class (a device's
 * from its role), field values parsed by the import pipeline's own cell
 * rules (normalise.ts) with NetBox's choice slugs mapped to our enums, the
 * columns kept as attributes exactly as written, and the name a new CI
 * gets when NetBox has none (an IP address is named by its address).
 */
import { parseBoolean, parseDate, parseEnum, parseInteger, parseNumber } from '../imports/normalise';
import type { RowError } from '../imports/row.values';
import { DEVICE_STATUS } from './netbox.profiles';
import type { CellKind, FieldColumn, NetboxProfile } from './netbox.profiles';
import type { Cells } from './netbox.keys';
import { customFieldOf } from './netbox.detect';

export interface RowDraft {
  row: number;
  line: number;
  raw: string[];
  cells: Cells;
  className: string;
  values: Record<string, unknown>;
  /** Kept as written; typed by the class's custom field definitions once they are read (netbox.load.ts). */
  attributes: Record<string, unknown>;
  /** The column each attribute came from, to name it in a refusal. */
  attributeColumns: Record<string, string>;
  errors: RowError[];
}

/** A cell in the given kind; undefined for an empty cell (left alone, as the CSV import's default does). */
export function parseKind(kind: CellKind, text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  switch (kind) {
    case 'int':
      return parseInteger(text);
    case 'float':
      return parseNumber(text);
    case 'bool':
      return parseBoolean(text);
    case 'date':
      return parseDate(text);
    case 'tags':
      return {
        ok: true,
        value: text
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t.length),
      };
    case 'text':
      return { ok: true, value: text };
  }
}

/** A slug through its choice map (case-insensitive), or why it is not one of NetBox's choices. */
export function mapChoice(values: Readonly<Record<string, string>>, text: string, column: string) {
  const hit = Object.entries(values).find(([slug]) => slug.toLowerCase() === text.toLowerCase());
  return hit
    ? ({ ok: true, value: hit[1] } as const)
    : ({
        ok: false,
        reason: `"${text}" is not a NetBox ${column} choice; expected one of ${Object.keys(values).join(', ')}`,
      } as const);
}

function fieldValue(col: FieldColumn, text: string) {
  if (col.values) return mapChoice(col.values, text, col.column);
  const parsed = parseKind(col.kind ?? 'text', text);
  if (parsed.ok && col.scale !== undefined) return { ok: true as const, value: Number(parsed.value) * col.scale };
  return parsed;
}

/** A device's class and role from its NetBox role: a switch-like role is a NetworkDevice with that role. */
export function deviceClass(role: string): { className: string; role?: string } {
  const asRole = parseEnum('NetworkDeviceRole', role);
  if (asRole.ok) return { className: 'NetworkDevice', role: asRole.value };
  if (/server|host|hypervisor|compute|blade/i.test(role)) return { className: 'Server' };
  if (/storage|nas|san\b|array/i.test(role)) return { className: 'StorageDevice' };
  return { className: 'NetworkDevice' };
}

export function readRow(
  profile: NetboxProfile,
  row: number,
  line: number,
  raw: string[],
  plan: (string | undefined)[],
): RowDraft {
  const cells: Record<string, string> = {};
  plan.forEach((column, i) => {
    if (column && cells[column] === undefined) cells[column] = (raw[i] ?? '').trim();
  });
  const draft: RowDraft = {
    row,
    line,
    raw,
    cells,
    className: profile.className,
    values: { ...profile.constants },
    attributes: {},
    attributeColumns: {},
    errors: [],
  };
  const fail = (column: string, reason: string) => draft.errors.push({ row, line, column, reason });
  for (const column of profile.required) {
    if (profile.type === 'cables') continue;
    // A device's place is the lifecycle's to require: deploying one needs it (netbox.load.ts names the rule).
    if (profile.type === 'devices' && column === 'site') continue;
    if (!cells[column]) fail(column, `${column} is required by NetBox's ${profile.model} import`);
  }
  for (const col of profile.fields) {
    const text = cells[col.column];
    if (!text) continue;
    if (!col.field) {
      draft.attributes[col.column] = text;
      draft.attributeColumns[col.column] = col.column;
      continue;
    }
    const parsed = fieldValue(col, text);
    if (parsed.ok) draft.values[col.field] = parsed.value;
    else fail(col.column, parsed.reason);
  }
  for (const [column, text] of Object.entries(cells)) {
    const name = customFieldOf(column);
    if (name === undefined || !text) continue;
    draft.attributes[name] = text;
    draft.attributeColumns[name] = column;
  }
  if (profile.type === 'devices') deviceRules(draft, fail);
  if (profile.type === 'locations' && cells.parent) draft.values.locationKind = 'ROOM';
  const name = draft.values.name ?? defaultName(profile, cells);
  if (name !== undefined) draft.values.name = name;
  return draft;
}

/** Class, role and lifecycle of a device from its role and status columns. */
function deviceRules(draft: RowDraft, fail: (column: string, reason: string) => void): void {
  const { role, status } = draft.cells;
  if (role) {
    const chosen = deviceClass(role);
    draft.className = chosen.className;
    if (chosen.role) draft.values.role = chosen.role;
  }
  if (status) {
    const state = DEVICE_STATUS[status.toLowerCase()];
    if (!state)
      fail(
        'status',
        `"${status}" is not a NetBox device status; expected one of ${Object.keys(DEVICE_STATUS).join(', ')}`,
      );
    else draft.values.lifecycleState = state;
  }
  if (draft.cells.device_type && draft.cells.manufacturer) {
    draft.values.manufacturer = draft.cells.manufacturer;
    draft.values.model = draft.cells.device_type;
  }
}

/** The name of a CI NetBox does not name: IP addresses, prefixes, device types, circuits and their ends. */
function defaultName(profile: NetboxProfile, cells: Cells): string | undefined {
  switch (profile.type) {
    case 'ip-addresses':
      return cells.address || undefined;
    case 'prefixes':
      return cells.prefix || undefined;
    case 'device-types':
      return cells.model ? `${cells.manufacturer} ${cells.model}`.trim() : undefined;
    case 'circuits':
      return cells.cid || undefined;
    case 'circuit-terminations':
      return cells.circuit ? `${cells.circuit} ${cells.term_side}` : undefined;
    default:
      return undefined;
  }
}
