/**
 * Which identification keys earlier rows of the same file used, and the
 * first row that used each: how an import notices two rows that aim at the
 * same CI, however far apart they are in the file.
 *
 * Memory must stay small for a million rows, so keys are kept as 53-bit
 * hashes in an open-addressing table of typed arrays (12 bytes a slot, at
 * most three quarters full, so 16-32 bytes a key): 48 MB for the three
 * million keys of a million servers (serial number, asset tag, host name),
 * instead of the several hundred a Map of strings would take. It was half
 * full at most (96 MB there, and 144 MB while doubling, the largest part of
 * a million-row import's peak RSS); linear probing at 3/4 costs a few more
 * probes a lookup, far below the cost of hashing the key. Two different
 * keys share a hash with a probability around 2^-53 per pair, i.e. never in
 * practice.
 */

/** What deciding a batch reads of the seen set: the first row that used a key. */
export interface SeenView {
  firstRow(key: string): number | undefined;
}

const EMPTY = 0;
/** Grow when more than MAX_LOAD_NUM/MAX_LOAD_DEN of the slots are taken. */
const MAX_LOAD_NUM = 3;
const MAX_LOAD_DEN = 4;

export class SeenKeys implements SeenView {
  private hashes: Float64Array;
  private rows: Uint32Array;
  private count = 0;

  constructor(initialCapacity = 1 << 12) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.hashes = new Float64Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes the table holds (for tests and figures). */
  get bytes(): number {
    return this.hashes.byteLength + this.rows.byteLength;
  }

  /** The row that first used this key, or undefined. */
  firstRow(key: string): number | undefined {
    const h = hash53(key);
    const slot = this.find(h);
    return this.hashes[slot] === h ? this.rows[slot] : undefined;
  }

  /**
   * The set as it was before `row`: a batch decided again (its CIs moved under it) must not find its own
   * keys, nor those of the batch decided ahead of it.
   */
  before(row: number): SeenView {
    return { firstRow: (key) => this.firstRowBefore(key, row) };
  }

  private firstRowBefore(key: string, row: number): number | undefined {
    const first = this.firstRow(key);
    return first !== undefined && first < row ? first : undefined;
  }

  /** Record that `row` used `key`, unless an earlier row already did. */
  add(key: string, row: number): void {
    const h = hash53(key);
    const slot = this.find(h);
    if (this.hashes[slot] === h) return;
    this.hashes[slot] = h;
    this.rows[slot] = row;
    this.count += 1;
    if (this.count * MAX_LOAD_DEN > this.hashes.length * MAX_LOAD_NUM) this.grow();
  }

  private find(h: number): number {
    const mask = this.hashes.length - 1;
    let slot = h % this.hashes.length;
    while (this.hashes[slot] !== EMPTY && this.hashes[slot] !== h) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldRows = this.rows;
    this.hashes = new Float64Array(oldHashes.length * 2);
    this.rows = new Uint32Array(oldRows.length * 2);
    for (let i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] === EMPTY) continue;
      const slot = this.find(oldHashes[i]);
      this.hashes[slot] = oldHashes[i];
      this.rows[slot] = oldRows[i];
    }
  }
}

/** A 53-bit hash of a string (two 32-bit FNV-1a variants), never 0. */
export function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const high = (a >>> 0) & 0x1fffff;
  const low = (b ^ (a >>> 11)) >>> 0;
  return high * 0x100000000 + low || 1;
}
