/**
 * Reading IP space: the prefix tree of a VRF (parent and children computed
 * from the CIDR, not stored), a prefix's utilisation, its first free
 * addresses and its free child prefixes. Each answer is one query that loads
 * the scope (a VRF, or the global table) and arithmetic in ip.space.ts.
 *
 * Loading the whole scope keeps the Cypher plain (CIDR containment is not
 * something an index answers); a VRF of some hundred thousand addresses
 * reads in well under a second. Stored numeric bounds with an index would be
 * the next step if scopes grow past that.
 */
import type { Executor } from '../platform/executor';
import { badInput, notFound } from '../platform/errors';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import {
  availablePrefixes,
  contains,
  formatAddress,
  formatPrefix,
  freeAddresses,
  parseAddress,
  parsePrefix,
  prefixTree,
  utilisation,
} from './ip.space';
import type { Address, Prefix } from './ip.space';

/** Most free addresses or prefixes one answer lists. */
export const MAX_FREE = 1000;

/** One prefix in its tree. */
export interface PrefixTreeEntry {
  item: Item;
  prefix: string;
  family: number;
  /** Prefixes above it in its scope. */
  depth: number;
  parentId: string | null;
  childIds: string[];
  vrfId: string | null;
}

interface Scope {
  vrf: { id: string; name: string } | null;
  prefixes: { item: Item; prefix: Prefix }[];
  addresses: Address[];
}

/** Members of one scope: a VRF's through IN_VRF, the global table's by having none. */
const SCOPE_MEMBERS = `
CALL (v) {
  WITH v WHERE v IS NULL
  MATCH (m:CI) WHERE (m:Prefix OR m:IPAddress) AND NOT (m)-[:IN_VRF]->(:VRF)
  RETURN collect(m {.*}) AS globalMembers
}
CALL (v) {
  WITH v WHERE v IS NOT NULL
  MATCH (v)<-[:IN_VRF]-(m:CI) WHERE m:Prefix OR m:IPAddress
  RETURN collect(m {.*}) AS vrfMembers
}
RETURN v {.id, .name} AS vrf, globalMembers + vrfMembers AS members`;

function toScope(row: Record<string, unknown> | undefined): Scope {
  const members = (row?.members ?? []) as Record<string, unknown>[];
  const prefixes: Scope['prefixes'] = [];
  const addresses: Address[] = [];
  for (const node of members) {
    if (node.class === 'Prefix') {
      const parsed = parsePrefix(String(node.prefix ?? ''));
      if (parsed.ok) prefixes.push({ item: itemFromNode(node), prefix: parsed.value });
    } else {
      const parsed = parseAddress(String(node.ipAddress ?? ''));
      if (parsed.ok) addresses.push(parsed.value);
    }
  }
  return { vrf: (row?.vrf ?? null) as Scope['vrf'], prefixes, addresses };
}

async function scopeOfVrf(db: Executor, vrfId: string | null): Promise<Scope> {
  if (vrfId === null) return toScope((await db.read('ip.scope', `WITH null AS v ${SCOPE_MEMBERS}`))[0]);
  const rows = await db.read(
    'ip.scope',
    `OPTIONAL MATCH (v:VRF {id: $vrfId}) WITH v WHERE v IS NOT NULL ${SCOPE_MEMBERS}`,
    {
      vrfId,
    },
  );
  if (rows.length === 0) throw notFound('VRF', vrfId, 'vrf');
  return toScope(rows[0]);
}

/** The scope a prefix is in, and the prefix. */
async function scopeOfPrefix(
  db: Executor,
  prefixId: string,
): Promise<{ scope: Scope; self: Scope['prefixes'][number] }> {
  const rows = await db.read(
    'ip.scopeOfPrefix',
    `MATCH (p:Prefix {id: $prefixId}) OPTIONAL MATCH (p)-[:IN_VRF]->(v:VRF) WITH v ${SCOPE_MEMBERS}`,
    { prefixId },
  );
  if (rows.length === 0) throw notFound('Prefix', prefixId, 'prefixId');
  const scope = toScope(rows[0]);
  const self = scope.prefixes.find((p) => p.item.id === prefixId);
  if (!self) throw badInput('prefixId', `prefix ${prefixId} has no valid CIDR stored`);
  return { scope, self };
}

/**
 * The prefixes of a VRF (or of the global table when `vrfId` is null) in
 * tree order, each with its parent and children; with `within`, only those
 * inside that CIDR (depth and parent still count the whole scope).
 */
export async function listPrefixes(
  db: Executor,
  options: { vrfId: string | null; within: string | null },
): Promise<PrefixTreeEntry[]> {
  let within: Prefix | undefined;
  if (options.within !== null) {
    const parsed = parsePrefix(options.within);
    if (!parsed.ok) throw badInput('within', parsed.reason);
    within = parsed.value;
  }
  const scope = await scopeOfVrf(db, options.vrfId);
  const tree = prefixTree(scope.prefixes);
  const entries: PrefixTreeEntry[] = [];
  for (const [entry, node] of tree) {
    if (within && !contains(within, entry.prefix)) continue;
    entries.push({
      item: entry.item,
      prefix: entry.prefix.text,
      family: entry.prefix.family,
      depth: node.depth,
      parentId: node.parent?.item.id ?? null,
      childIds: node.children.map((c) => c.item.id),
      vrfId: scope.vrf?.id ?? null,
    });
  }
  return entries;
}

export interface PrefixUsage {
  id: string;
  prefix: string;
  /** Decimal strings: an IPv6 prefix's size does not fit a GraphQL Int or Float exactly. */
  size: string;
  used: string;
  percent: number;
}

export interface PrefixUtilisation extends PrefixUsage {
  children: PrefixUsage[];
}

/** A prefix's utilisation and that of each of its child prefixes. */
export async function prefixUtilisation(db: Executor, prefixId: string): Promise<PrefixUtilisation> {
  const { scope, self } = await scopeOfPrefix(db, prefixId);
  const tree = prefixTree(scope.prefixes);
  const byFamily = new Map<number, bigint[]>();
  for (const a of scope.addresses) {
    if (!byFamily.has(a.family)) byFamily.set(a.family, []);
    byFamily.get(a.family)!.push(a.address);
  }
  const usage = (entry: Scope['prefixes'][number]): PrefixUsage => {
    const children = tree.get(entry)!.children;
    const u = utilisation({
      prefix: entry.prefix,
      isPool: entry.item.isPool === true,
      markUtilised: entry.item.markUtilised === true,
      children: children.map((c) => c.prefix),
      addresses: children.length > 0 ? [] : (byFamily.get(entry.prefix.family) ?? []),
    });
    return {
      id: entry.item.id,
      prefix: entry.prefix.text,
      size: String(u.size),
      used: String(u.used),
      percent: u.percent,
    };
  };
  return { ...usage(self), children: tree.get(self)!.children.map(usage) };
}

/** The first `first` addresses of a prefix that no address in its scope holds. */
export async function listFreeAddresses(db: Executor, prefixId: string, first: number): Promise<string[]> {
  checkFirst(first);
  const { scope, self } = await scopeOfPrefix(db, prefixId);
  const free = freeAddresses(
    { ...self.prefix, isPool: self.item.isPool === true },
    scope.addresses.filter((a) => a.family === self.prefix.family).map((a) => a.address),
    first,
  );
  return free.map((a) => `${formatAddress(self.prefix.family, a)}/${self.prefix.length}`);
}

/** The first `first` free child prefixes of `length` bits inside a prefix (not overlapping its child prefixes). */
export async function listAvailablePrefixes(
  db: Executor,
  prefixId: string,
  length: number,
  first: number,
): Promise<string[]> {
  checkFirst(first);
  const { scope, self } = await scopeOfPrefix(db, prefixId);
  const bits = self.prefix.family === 4 ? 32 : 128;
  if (!Number.isInteger(length) || length <= self.prefix.length || length > bits) {
    throw badInput(
      'length',
      `a child of ${self.prefix.text} has a length ${self.prefix.length + 1}–${bits}, not ${length}`,
    );
  }
  const children = prefixTree(scope.prefixes)
    .get(self)!
    .children.map((c) => c.prefix);
  return availablePrefixes(self.prefix, children, length, first).map(formatPrefix);
}

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FREE) {
    throw badInput('first', `between 1 and ${MAX_FREE}, not ${first}`);
  }
}
