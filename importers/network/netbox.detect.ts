/**
 * Which NetBox object type a CSV file holds, from its header (and its file
 * name when two types' headers look alike: an interface and a rear port
 * both have device, name and type), and which profile column each header
 * cell is. Headers are matched without case or punctuation, so NetBox's
 * bulk-import slugs (`device_type`) and a UI table export's display names
 * (`Device type`) both match; a cable export's `Device A`/`Termination A`
 * are read as `side_a_device`/`side_a_name`.
 */
import { squash } from '../imports/normalise';
import { CABLE_SIDE_COLUMNS, NETBOX_PROFILES, netboxProfile, refColumns } from './netbox.profiles';
import type { NetboxProfile, NetboxType } from './netbox.profiles';

export interface Detection {
  type?: NetboxType;
  /** How it was told, for the report: `header (device, name, rear_port…)`, or why it could not be. */
  reason: string;
}

/** Every column name a profile reads, by its squashed form (slug and display names) → the slug. */
export function knownColumns(profile: NetboxProfile): Map<string, string> {
  const known = new Map<string, string>();
  const add = (column: string, labels: readonly string[] = []) => {
    for (const name of [column, ...labels]) if (!known.has(squash(name))) known.set(squash(name), column);
  };
  for (const f of profile.fields) add(f.column, f.labels);
  for (const r of profile.refs) {
    add(r.column, r.labels);
    for (const c of refColumns(r)) add(c);
    for (const p of r.props ?? []) add(p.column);
  }
  for (const m of profile.key.match) if (m.column) add(m.column);
  for (const c of profile.ignored ?? []) add(c);
  if (profile.type === 'cables') {
    for (const side of ['a', 'b']) {
      for (const { column, labels } of Object.values(CABLE_SIDE_COLUMNS)) {
        add(
          `side_${side}_${column}`,
          labels.map((l) => `${l} ${side}`),
        );
      }
      // A cable table export names the far ends "Side A"/"Termination A".
      add(`side_${side}_name`, [`Side ${side}`]);
    }
  }
  add('id');
  return known;
}

const KNOWN = new Map(NETBOX_PROFILES.map((p) => [p.type, knownColumns(p)]));

/** NetBox's custom field columns: `cf_<name>` in its bulk-import and export files. */
const CUSTOM_FIELD_COLUMN = /^cf_([A-Za-z_][A-Za-z0-9_]*)$/;

/** The custom field a column fills (`cf_warranty_ref` → `warranty_ref`), if it is one. */
export function customFieldOf(column: string): string | undefined {
  return CUSTOM_FIELD_COLUMN.exec(column)?.[1];
}

/**
 * Header cell → the profile's column (undefined: not a column of the type). A custom field column
 * (`cf_<name>`) is its own column: it fills the attribute `<name>`, typed by the class's definition.
 */
export function planHeader(type: NetboxType, header: readonly string[]): (string | undefined)[] {
  const known = KNOWN.get(type)!;
  return header.map((h) => known.get(squash(h)) ?? (customFieldOf(h.trim()) ? h.trim() : undefined));
}

/**
 * The type whose required columns the header has and whose columns cover
 * most of it; the file name breaks a tie (rear-ports.csv), and no type is
 * guessed when neither does.
 */
export function detectType(header: readonly string[], fileName: string): Detection {
  // Custom field columns say nothing of the type: any object may carry them.
  const squashed = header
    .filter((h) => !customFieldOf(h.trim()))
    .map(squash)
    .filter((h) => h.length);
  const file = squash(fileName.replace(/\.csv$/i, ''));
  const scored = NETBOX_PROFILES.map((p) => {
    const known = KNOWN.get(p.type)!;
    const columns = new Set(squashed.map((h) => known.get(h)).filter((c): c is string => c !== undefined));
    const missing = p.required.filter((r) => !columns.has(r));
    const byName = p.fileWords.some((w) => file.includes(w)) ? 1 : 0;
    return { p, missing, cover: columns.size / Math.max(squashed.length, 1), byName };
  }).filter((s) => s.missing.length === 0);
  if (scored.length === 0) {
    return { reason: `no NetBox type has every required column among: ${header.join(', ')}` };
  }
  scored.sort((a, b) => b.cover - a.cover || b.byName - a.byName);
  const best = scored[0];
  const tied = scored.filter((s) => s.cover === best.cover);
  const named = tied.filter((s) => s.byName);
  const chosen = tied.length === 1 ? best : named.length === 1 ? named[0] : undefined;
  if (!chosen) {
    return {
      reason: `the header fits ${tied.map((s) => s.p.type).join(', ')} alike; name the file after its type (e.g. ${tied[0].p.type}.csv)`,
    };
  }
  const how =
    tied.length === 1 ? 'header' : `header and file name (it fits ${tied.map((s) => s.p.type).join(', ')} alike)`;
  return {
    type: chosen.p.type,
    reason: `${how}: ${Math.round(chosen.cover * 100)}% of the columns are ${chosen.p.model} columns`,
  };
}

export { netboxProfile };
