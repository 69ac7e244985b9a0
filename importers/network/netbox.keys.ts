/**
 * Finding NetBox objects in the graph by NetBox's natural keys: a rack by
 * its site and name, an interface by its device and name, a prefix by its
 * VRF and prefix. A key's owner is found first (recursively: a front port's
 * rear port needs its device), then one UNWIND query per object type looks
 * up every key of a batch at once, so a file costs a handful of queries
 * whatever its length, never one per row.
 *
 * Keys of the file being loaded are registered as pending before its
 * references are resolved, so a row may point at another row of the same
 * file (a location's parent) or of an earlier file in the same transaction.
 */
import type { Tx } from '../../graph/platform/executor';
import { ALL_CLASS_FIELDS, CLASS_NAMES } from '../../graph/model/classes';
import { relationshipRule } from '../../graph/model/relationships.rules';
import { netboxProfile } from './netbox.profiles';
import type { NetboxProfile, NetboxType, RefSpec } from './netbox.profiles';

export type Cells = Readonly<Record<string, string>>;

export interface Hit {
  id: string;
  className: string;
  node: Record<string, unknown>;
}

/** What a key found: its owner failed, or the CIs it matched (none, one, or — refused — several). */
export type Found = { ownerError: string } | { keyText: string; hits: Hit[] };

/** A failure says whether the key's owner was missing (the device of an interface), so the owner's column is named. */
export type Resolved = { ok: true; hit: Hit } | { ok: false; reason: string; ownerMissing?: true };

/** The cells a reference gives its target, under the target's own column names. */
export function targetCells(ref: RefSpec, cells: Cells): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [targetColumn, sourceColumn] of Object.entries(ref.from)) out[targetColumn] = cells[sourceColumn] ?? '';
  return out;
}

/** The column naming the target's first match field (a rack ref's `rack`): filled means the ref applies. */
export function primaryColumn(ref: RefSpec): string {
  const key = netboxProfile(ref.type).key;
  const first = key.match.find((m) => m.column)?.column;
  return first ? (ref.from[first] ?? first) : Object.values(ref.from)[0];
}

/** `rack "Comms closet" in site "North"`: a key as a person reads it. */
export function describeKey(type: NetboxType, cells: Cells): string {
  const profile = netboxProfile(type);
  const own = profile.key.match
    .filter((m) => m.column)
    .map((m) => `${m.column}=${JSON.stringify(cells[m.column!] ?? '')}`)
    .join(' ');
  const within = profile.key.within;
  const owner =
    within && Object.values(targetCells(within.ref, cells)).some((v) => v)
      ? ` in ${describeKey(within.ref.type, targetCells(within.ref, cells))}`
      : '';
  return `${singular(type)} ${own}${owner}`;
}

export const singular = (type: NetboxType): string =>
  type === 'ip-addresses' ? 'IP address' : type === 'prefixes' ? 'prefix' : type.replace(/-/g, ' ').replace(/s$/, '');

function propValue(prop: string, text: string): string | number {
  const kind = ALL_CLASS_FIELDS.get(prop)?.kind;
  return kind === 'int' || kind === 'float' ? Number(text) : text;
}

const queryCache = new Map<NetboxType, string>();

/** The lookup of one type's keys; labels and relationship types come only from the model tables. */
function lookupQuery(profile: NetboxProfile): string {
  const cached = queryCache.get(profile.type);
  if (cached) return cached;
  const { key } = profile;
  if (key.label !== 'Hardware' && !CLASS_NAMES.includes(key.label)) throw new Error(`not a class: ${key.label}`);
  const where: string[] = [];
  key.match.forEach((m, i) => {
    where.push(m.column ? `n.${m.prop} = k.v[${i}]` : `n.${m.prop} IN $fixed${i}`);
  });
  if (key.within) {
    const rel = relationshipRule(key.within.rel)!.type;
    const hops = key.within.depth ? `*1..${key.within.depth}` : '';
    const owned = `EXISTS { MATCH (n)-[:${rel}${hops}]->(o:CI {id: k.owner}) }`;
    where.push(
      key.within.whenEmpty === 'none'
        ? `CASE WHEN k.owner IS NULL THEN NOT EXISTS { MATCH (n)-[:${rel}]->(:CI) } ELSE ${owned} END`
        : `(k.owner IS NULL OR ${owned})`,
    );
  }
  const query = `
UNWIND $keys AS k
MATCH (n:${key.label})
WHERE ${where.join(' AND ')}
RETURN k.i AS i, collect(n {.*}) AS found`;
  queryCache.set(profile.type, query);
  return query;
}

export class KeyResolver {
  /** Keys found in the graph, by key text: valid for the whole load (nothing is deleted by it). */
  private readonly known = new Map<string, Hit>();
  /** Keys of rows decided in this transaction (created or matched), by key text. */
  private readonly pending = new Map<string, Hit>();
  /** Lookups run, for the report and the tests. */
  queries = 0;

  constructor(private readonly tx: () => Tx) {}

  register(keyText: string, hit: Hit): void {
    this.pending.set(keyText, hit);
  }

  /** After a file's transaction: its keys are in the graph now (committed), or gone (rolled back). */
  settle(committed: boolean): void {
    if (committed) for (const [k, v] of this.pending) this.known.set(k, v);
    this.pending.clear();
  }

  /** What each key finds: its owner resolved first, then the type's one lookup for every key not known yet. */
  async find(type: NetboxType, rows: readonly Cells[]): Promise<Found[]> {
    const profile = netboxProfile(type);
    const within = profile.key.within;
    const owners: (Resolved | null)[] = rows.map(() => null);
    if (within) {
      const given = rows.map((r) => targetCells(within.ref, r));
      const needed = given.map((g, i) => (Object.values(g).some((v) => v) ? i : -1)).filter((i) => i >= 0);
      const resolved = await this.resolve(
        within.ref.type,
        needed.map((i) => given[i]),
      );
      needed.forEach((i, j) => (owners[i] = resolved[j]));
    }
    const out: Found[] = [];
    const misses: { i: number; v: (string | number)[]; owner: string | null; keyText: string }[] = [];
    rows.forEach((cells, i) => {
      const owner = owners[i];
      if (owner && !owner.ok) {
        out[i] = { ownerError: owner.reason };
        return;
      }
      const v = profile.key.match.map((m) => (m.column ? propValue(m.prop, (cells[m.column] ?? '').trim()) : ''));
      const ownerId = owner?.ok ? owner.hit.id : null;
      const keyText = `${type}|${ownerId ?? '-'}|${JSON.stringify(v)}`;
      const hit = this.pending.get(keyText) ?? this.known.get(keyText);
      if (hit) out[i] = { keyText, hits: [hit] };
      else misses.push({ i, v, owner: ownerId, keyText });
    });
    if (misses.length) {
      const fixed = Object.fromEntries(profile.key.match.map((m, i) => [`fixed${i}`, m.values ?? []]));
      this.queries++;
      const rowsFound = await this.tx().run(lookupQuery(profile), {
        keys: misses.map((m, i) => ({ i, v: m.v, owner: m.owner })),
        ...fixed,
      });
      const byI = new Map(rowsFound.map((r) => [r.i as number, r.found as Record<string, unknown>[]]));
      misses.forEach((m, j) => {
        const hits = (byI.get(j) ?? []).map((node) => ({
          id: node.id as string,
          className: node.class as string,
          node,
        }));
        if (hits.length === 1) this.known.set(m.keyText, hits[0]);
        out[m.i] = { keyText: m.keyText, hits };
      });
    }
    return out;
  }

  /** Each key to exactly one CI, or the reason it cannot be (not found, several, its owner not found). */
  async resolve(type: NetboxType, rows: readonly Cells[]): Promise<Resolved[]> {
    if (rows.length === 0) return [];
    const found = await this.find(type, rows);
    return found.map((f, i): Resolved => {
      if ('ownerError' in f) return { ok: false, reason: f.ownerError, ownerMissing: true };
      if (f.hits.length === 1) return { ok: true, hit: f.hits[0] };
      const what = describeKey(type, rows[i]);
      return f.hits.length === 0
        ? { ok: false, reason: `no ${what}` }
        : { ok: false, reason: `${f.hits.length} CIs match ${what}: ${f.hits.map((h) => h.id).join(', ')}` };
    });
  }
}
