/**
 * IP space arithmetic, pure: parsing and normalising CIDR prefixes and
 * addresses-with-mask (IPv4 and IPv6), containment, the prefix tree of a VRF,
 * utilisation, free addresses and free child ranges. Parsing is ipaddr.js's
 * (IPv6 by hand is where bugs live); the arithmetic is on bigints so an IPv6
 * /0 is as exact as an IPv4 /32. Nothing here reads the graph: ip.rules.ts and
 * ip.query.ts load rows and call these.
 */
import ipaddr from 'ipaddr.js';

export type Family = 4 | 6;

/** A prefix, or the network an address sits in: family, network address as a number, prefix length. */
export interface Cidr {
  readonly family: Family;
  readonly network: bigint;
  readonly length: number;
}

export interface Prefix extends Cidr {
  /** Normalised text, e.g. `10.1.0.0/16`, `2001:db8::/48` (IPv6 compressed, lower case). */
  readonly text: string;
}

export interface Address {
  readonly family: Family;
  readonly address: bigint;
  /** The mask's length, e.g. 24 in `10.1.0.5/24`. */
  readonly length: number;
  /** Normalised `address/length`. */
  readonly text: string;
  /** Normalised address alone, e.g. `10.1.0.5`. */
  readonly host: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const bitsOf = (family: Family): number => (family === 4 ? 32 : 128);

/** Number of addresses in a prefix: 2^(bits − length). */
export const sizeOf = (c: Cidr): bigint => 1n << BigInt(bitsOf(c.family) - c.length);

/** The last address of a prefix (the broadcast address of an IPv4 one). */
export const lastOf = (c: Cidr): bigint => c.network + sizeOf(c) - 1n;

/** An address as normalised text: dotted quad, or RFC 5952 IPv6 (compressed, lower case). */
export function formatAddress(family: Family, value: bigint): string {
  const bytes: number[] = [];
  for (let i = bitsOf(family) / 8 - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  const ip = ipaddr.fromByteArray(bytes);
  return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}

export const formatPrefix = (c: Cidr): string => `${formatAddress(c.family, c.network)}/${c.length}`;

function toBigInt(ip: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  let value = 0n;
  for (const byte of ip.toByteArray()) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Splits `address/length` and parses both strictly (no `10.1`, no octal or hex quads, no IPv6 zone). */
function parseParts(text: string): Parsed<{ family: Family; value: bigint; length: number }> {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0)
    return { ok: false, reason: `${JSON.stringify(text)} has no /length; expected CIDR such as 10.1.0.0/16` };
  const addr = trimmed.slice(0, slash);
  const lengthText = trimmed.slice(slash + 1);
  let family: Family;
  if (ipaddr.IPv4.isValidFourPartDecimal(addr)) family = 4;
  else if (ipaddr.IPv6.isValid(addr) && !addr.includes('%')) family = 6;
  else return { ok: false, reason: `${JSON.stringify(addr)} is not an IPv4 or IPv6 address` };
  const bits = bitsOf(family);
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > bits) {
    return {
      ok: false,
      reason: `prefix length ${JSON.stringify(lengthText)} must be a whole number 0–${bits} for IPv${family}`,
    };
  }
  return { ok: true, value: { family, value: toBigInt(ipaddr.parse(addr)), length: Number(lengthText) } };
}

const maskOf = (family: Family, length: number): bigint => {
  const bits = bitsOf(family);
  return ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - length)) - 1n);
};

/** A prefix in CIDR notation; host bits set is refused, naming the prefix that was probably meant. */
export function parsePrefix(text: string): Parsed<Prefix> {
  const parts = parseParts(text);
  if (!parts.ok) return parts;
  const { family, value, length } = parts.value;
  const network = value & maskOf(family, length);
  const normal = formatPrefix({ family, network, length });
  if (network !== value) {
    return {
      ok: false,
      reason: `${text.trim()} has host bits set, so it is not a prefix: did you mean ${normal}? (an address with its mask is an IPAddress)`,
    };
  }
  return { ok: true, value: { family, network, length, text: normal } };
}

/** An address with its mask (`10.1.0.5/24`); the mask is required, as NetBox requires it. */
export function parseAddress(text: string): Parsed<Address> {
  const parts = parseParts(text);
  if (!parts.ok) return parts;
  const { family, value, length } = parts.value;
  const host = formatAddress(family, value);
  return { ok: true, value: { family, address: value, length, host, text: `${host}/${length}` } };
}

/** Whether `outer` contains `inner` (equal counts as containing). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || outer.length > inner.length) return false;
  const shift = BigInt(bitsOf(outer.family) - outer.length);
  return outer.network >> shift === inner.network >> shift;
}

export function containsAddress(prefix: Cidr, address: { family: Family; address: bigint }): boolean {
  return contains(prefix, { family: address.family, network: address.address, length: bitsOf(address.family) });
}

/** Whether `outer` contains `inner` and is wider than it (a prefix is not its own parent). */
export const strictlyContains = (outer: Cidr, inner: Cidr): boolean =>
  outer.length < inner.length && contains(outer, inner);

/** Orders prefixes as a tree is walked: IPv4 first, then by network, wider before narrower. */
export function comparePrefixes(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.length - b.length;
}

export interface TreeNode<T> {
  readonly entry: T;
  /** The narrowest strictly containing prefix, if any. */
  parent?: T;
  /** The widest strictly contained prefixes (those whose parent this is). */
  readonly children: T[];
  readonly depth: number;
}

/**
 * The containment tree of one VRF's prefixes in one pass after a sort:
 * walking in tree order, the open prefixes form a stack, and a prefix's
 * parent is the top of the stack once every prefix not containing it is
 * popped. Duplicates (allowed when a VRF does not enforce uniqueness) are
 * siblings, as NetBox makes them.
 */
export function prefixTree<T extends { prefix: Cidr }>(entries: readonly T[]): Map<T, TreeNode<T>> {
  const sorted = [...entries].sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  const nodes = new Map<T, TreeNode<T>>();
  const stack: T[] = [];
  for (const entry of sorted) {
    while (stack.length > 0 && !strictlyContains(stack[stack.length - 1].prefix, entry.prefix)) stack.pop();
    const parent = stack[stack.length - 1];
    nodes.set(entry, { entry, parent, children: [], depth: stack.length });
    if (parent) nodes.get(parent)!.children.push(entry);
    stack.push(entry);
  }
  return nodes;
}

export interface UtilisationInput {
  readonly prefix: Cidr;
  readonly isPool?: boolean;
  readonly markUtilised?: boolean;
  /** Its direct child prefixes. */
  readonly children: readonly Cidr[];
  /** Addresses (any: those outside the prefix are ignored); counted only when it has no child prefixes. */
  readonly addresses: readonly bigint[];
}

export interface Utilisation {
  /** Addresses that count: the whole prefix, less network and broadcast for an ordinary IPv4 leaf. */
  readonly size: bigint;
  readonly used: bigint;
  /** used / size in percent, one decimal place. */
  readonly percent: number;
}

/** Whether every address of a prefix is usable as a host (a pool, a point-to-point /31 or /127, a host route). */
function allUsable(c: Cidr, isPool: boolean | undefined): boolean {
  return isPool === true || bitsOf(c.family) - c.length <= 1;
}

/** The host addresses of a prefix: IPv4 drops network and broadcast, IPv6 the subnet-router anycast (RFC 4291). */
export function usableRange(c: Cidr, isPool?: boolean): { first: bigint; last: bigint } {
  if (allUsable(c, isPool)) return { first: c.network, last: lastOf(c) };
  return c.family === 4 ? { first: c.network + 1n, last: lastOf(c) - 1n } : { first: c.network + 1n, last: lastOf(c) };
}

export const percentOf = (used: bigint, size: bigint): number =>
  size === 0n ? 0 : Number((used * 1000n + size / 2n) / size) / 10;

/**
 * How much of a prefix is used, as NetBox counts it: a prefix with child
 * prefixes by the space they cover; a leaf by its addresses (an ordinary
 * IPv4 leaf out of size − 2, as network and broadcast cannot be hosts);
 * markUtilised is full.
 */
export function utilisation(input: UtilisationInput): Utilisation {
  const { prefix } = input;
  if (input.children.length > 0 || input.markUtilised) {
    const size = sizeOf(prefix);
    const used = input.markUtilised ? size : coveredBy(input.children.filter((c) => contains(prefix, c)));
    return { size, used, percent: percentOf(used, size) };
  }
  const size = prefix.family === 4 && !allUsable(prefix, input.isPool) ? sizeOf(prefix) - 2n : sizeOf(prefix);
  const { first, last } =
    prefix.family === 4 ? usableRange(prefix, input.isPool) : { first: prefix.network, last: lastOf(prefix) };
  const used = BigInt(new Set(input.addresses.filter((a) => a >= first && a <= last)).size);
  return { size, used, percent: percentOf(used, size) };
}

/** Addresses covered by some prefixes, overlaps counted once. */
function coveredBy(prefixes: readonly Cidr[]): bigint {
  let covered = 0n;
  let reach = -1n;
  for (const p of [...prefixes].sort(comparePrefixes)) {
    const last = lastOf(p);
    if (last <= reach) continue;
    covered += last - (p.network > reach ? p.network : reach + 1n) + 1n;
    reach = last;
  }
  return covered;
}

/** The first `first` usable addresses of a prefix that are not in `used`, in order. */
export function freeAddresses(prefix: Cidr & { isPool?: boolean }, used: Iterable<bigint>, first: number): bigint[] {
  const taken = new Set(used);
  const { first: start, last } = usableRange(prefix, prefix.isPool);
  const free: bigint[] = [];
  for (let a = start; a <= last && free.length < first; a++) if (!taken.has(a)) free.push(a);
  return free;
}

/** The largest aligned CIDR blocks that exactly cover [first, last]. */
export function rangeToPrefixes(family: Family, first: bigint, last: bigint): Cidr[] {
  const bits = bitsOf(family);
  const blocks: Cidr[] = [];
  let start = first;
  while (start <= last) {
    // Widest block aligned at `start` that does not run past `last`.
    let length = bits;
    while (length > 0) {
      const wider = 1n << BigInt(bits - length + 1);
      if (start % wider !== 0n || start + wider - 1n > last) break;
      length--;
    }
    blocks.push({ family, network: start, length });
    start += 1n << BigInt(bits - length);
  }
  return blocks;
}

/** The parts of a prefix no child covers, as the widest CIDR blocks, in address order. */
export function freeRanges(prefix: Cidr, children: readonly Cidr[]): Cidr[] {
  const free: Cidr[] = [];
  let next = prefix.network;
  for (const child of [...children].filter((c) => contains(prefix, c)).sort(comparePrefixes)) {
    if (child.network > next) free.push(...rangeToPrefixes(prefix.family, next, child.network - 1n));
    const after = lastOf(child) + 1n;
    if (after > next) next = after;
  }
  if (next <= lastOf(prefix)) free.push(...rangeToPrefixes(prefix.family, next, lastOf(prefix)));
  return free;
}

/** The first `first` free child prefixes of exactly `length` bits, carved in address order from the free ranges. */
export function availablePrefixes(prefix: Cidr, children: readonly Cidr[], length: number, first: number): Cidr[] {
  const found: Cidr[] = [];
  if (length < prefix.length || length > bitsOf(prefix.family)) return found;
  const step = 1n << BigInt(bitsOf(prefix.family) - length);
  for (const block of freeRanges(prefix, children)) {
    if (block.length > length) continue;
    for (let n = block.network; n <= lastOf(block) && found.length < first; n += step) {
      found.push({ family: prefix.family, network: n, length });
    }
    if (found.length >= first) break;
  }
  return found;
}
