/**
 * The wired network kept in memory between questions. Loading the part of
 * the network a question needs is what makes it slow (a large site is
 * 65,000 CIs and 2 s to read; the rules then take a tenth of that), and the
 * part is the same for every impact, path or reachability question asked
 * about it, so each part loaded (effects.load.ts) is kept, tagged with the
 * change sequence it reflects.
 *
 * It is a cache of the one truth, never a second truth: before every use it
 * reads the change log past its sequence, in the question's transaction, and
 * brings itself up to date: a field change (a status, a cable's status, an
 * interface disabled) is applied to the CI; a relationship made or removed,
 * or a CI deleted, drops the parts it touches, to be read again when asked.
 * So a question sees every write committed before it began, from this
 * instance or any other (they share the log).
 *
 * Writes that bypass the log (seeding an estate, clearing it, a test reset)
 * start a new epoch on the change counter (changelog.writer.ts
 * `startNewEpoch`); a new epoch empties the cache, as does falling more than
 * `maxReplay` changes behind. A part larger than the budget is used once and
 * not kept; the least recently used parts go first.
 */
import { TOPOLOGY_FIELDS, buildTopology } from './topology';
import type { TopoEdge, TopoNode, Topology } from './topology';
import { LEAVES, loadNetworkPart } from './effects.load';
import type { NetworkPart } from './effects.load';
import type { Driver } from 'neo4j-driver';
import type { Executor, Tx } from '../platform/executor';

export const WIRED_CACHE_LIMITS = {
  /** Most CIs kept across all parts (a large site is ~65,000; a CI costs ~0.5 kB). */
  maxNodes: 400_000,
  /** Most parts kept (most are one unwired CI: an application, a service). */
  maxParts: 20_000,
  /** Most changes replayed in one catch-up; further behind, the cache starts over. */
  maxReplay: 2_000,
};

/** The change counter, its epoch and the changes past `since`, at most `max` of them. */
const CATCH_UP = `MATCH (s:Sequence {name: 'change'})
  CALL (s) {
    MATCH (c:Change) WHERE c.seq > $since AND c.seq <= s.value
    WITH c ORDER BY c.seq LIMIT $max
    RETURN collect(c {.seq, .op, .ciId, .otherId, .relType, .after}) AS changes
  }
  RETURN s.value AS head, s.epoch AS epoch, changes`;

interface LoggedChange {
  seq: number;
  op: string;
  ciId: string;
  otherId?: string | null;
  relType?: string | null;
  after?: string | null;
}

/** Changes that only set fields of a CI: applied in place. Others that touch a part drop it. */
const FIELD_OPS: ReadonlySet<string> = new Set(['UPDATE', 'STATUS', 'TRANSITION']);

/**
 * Which end of a relationship made or removed must be in a part for the part to change: the wiring walked
 * both ways joins its two ends' parts; a wired CI's place, type and termination point are read from the
 * CI (a new server in a kept rack does not change the rack's part). Other relationships (an application
 * on a server) leave the wired network as it is.
 */
const TOUCHED_END: Readonly<Record<string, 'either' | 'source'>> = {
  COMPONENT_OF: 'either',
  TERMINATES: 'either',
  MAPS_TO: 'either',
  FED_BY: 'either',
  LOCATED_IN: 'source',
  OF_TYPE: 'source',
  TERMINATES_AT: 'source',
};

/** Node fields a change may set, and where they live on a TopoNode. */
const TOP_LEVEL: Readonly<Record<string, 'name' | 'status' | 'lifecycleState'>> = {
  name: 'name',
  operationalStatus: 'status',
  lifecycleState: 'lifecycleState',
};
const WALK_FIELDS: ReadonlySet<string> = new Set(TOPOLOGY_FIELDS);

/** `node` with the stored values a change recorded. */
export function patchNode(node: TopoNode, after: Readonly<Record<string, unknown>>): TopoNode {
  const top: { name: string; status: string | null; lifecycleState: string | null } = {
    name: node.name,
    status: node.status ?? null,
    lifecycleState: node.lifecycleState ?? null,
  };
  const fields: Record<string, unknown> = { ...node.fields };
  for (const [key, value] of Object.entries(after)) {
    const at = TOP_LEVEL[key];
    if (at === 'name') top.name = (value as string | null) ?? node.id;
    else if (at) top[at] = (value as string | null) ?? null;
    else if (WALK_FIELDS.has(key)) {
      if (value === null || value === undefined) delete fields[key];
      else fields[key] = value;
    }
  }
  return { id: node.id, class: node.class, ...top, fields };
}

/** One kept part: its CIs and relationships, and the Topology built from them (replaced, never changed, on a patch). */
class Part {
  topology: Topology;
  private pending = new Map<string, TopoNode>();

  constructor(readonly loaded: NetworkPart) {
    this.topology = buildTopology(loaded.nodes.values(), loaded.edges);
  }

  get size(): number {
    return this.loaded.nodes.size;
  }

  /** The part as it stands now (patches applied), for merging with others. */
  get current(): NetworkPart {
    return { nodes: this.topology.nodes, edges: this.loaded.edges, closed: true };
  }

  patch(id: string, after: Readonly<Record<string, unknown>>): void {
    const node = this.pending.get(id) ?? this.topology.nodes.get(id);
    if (node) this.pending.set(id, patchNode(node, after));
  }

  /** Applies the patches in one new Topology, so answers already holding the old one are not changed under them. */
  commit(): void {
    if (this.pending.size === 0) return;
    const nodes = new Map(this.topology.nodes);
    for (const [id, node] of this.pending) nodes.set(id, node);
    this.topology = { ...this.topology, nodes };
    this.pending = new Map();
  }
}

export class WiredCache {
  /** In least recently used order. */
  private readonly parts = new Set<Part>();
  private readonly partsOf = new Map<string, Set<Part>>();
  private nodeCount = 0;
  private seq = 0;
  private epoch: string | null | undefined = undefined;

  constructor(private readonly limits = WIRED_CACHE_LIMITS) {}

  /** CIs kept, for metrics and tests. */
  get size(): { parts: number; nodes: number; seq: number } {
    return { parts: this.parts.size, nodes: this.nodeCount, seq: this.seq };
  }

  /**
   * The wired network joined to `ids` as the transaction sees it: the kept parts they are in, brought up to
   * date first, and the rest read (and kept when they are whole parts).
   */
  async around(tx: Tx, ids: readonly string[]): Promise<Topology> {
    const seq = await this.catchUp(tx);
    const hit = new Set<Part>();
    const missing: string[] = [];
    for (const id of ids) {
      const part = this.partOf(id);
      if (part) hit.add(part);
      else missing.push(id);
    }
    for (const part of hit) this.touch(part);
    if (missing.length === 0 && hit.size === 1) return [...hit][0].topology;
    const parts = [...hit].map((p) => p.current);
    if (missing.length > 0) {
      const loaded = await loadNetworkPart(tx, missing);
      // Kept only when no other question moved the cache on meanwhile: it could have missed those changes.
      if (loaded.closed && loaded.nodes.size > 0 && seq === this.seq) this.keep(new Part(loaded));
      if (parts.length === 0) return buildTopology(loaded.nodes.values(), loaded.edges);
      parts.push(loaded);
    }
    return merge(parts);
  }

  /** The kept part a question about `id` can use: one where it is a wired CI, not a place read at the edge. */
  private partOf(id: string): Part | undefined {
    for (const part of this.partsOf.get(id) ?? []) {
      const node = part.loaded.nodes.get(id);
      if (node && !LEAVES.has(node.class)) return part;
    }
    return undefined;
  }

  /** Replays the log since the cache's sequence; returns the sequence it now reflects. */
  private async catchUp(tx: Tx): Promise<number> {
    const [row] = await tx.run(CATCH_UP, { since: this.seq, max: this.limits.maxReplay });
    const head = Number(row?.head ?? 0);
    const epoch = (row?.epoch as string | null | undefined) ?? null;
    const changes = (row?.changes ?? []) as LoggedChange[];
    const behind = changes.length >= this.limits.maxReplay && Number(changes[changes.length - 1].seq) < head;
    if (epoch !== this.epoch || behind) {
      this.clear();
      this.epoch = epoch;
      this.seq = head;
      return head;
    }
    if (head <= this.seq) return this.seq; // another question caught up further meanwhile
    const patched = new Set<Part>();
    for (const change of changes) if (Number(change.seq) > this.seq) this.apply(change, patched);
    for (const part of patched) part.commit();
    this.seq = head;
    return head;
  }

  private apply(change: LoggedChange, patched: Set<Part>): void {
    if (change.op === 'CREATE') return; // a new CI joins a part only by a relationship, which is its own change
    if (FIELD_OPS.has(change.op)) {
      const after = change.after ? (JSON.parse(change.after) as Record<string, unknown>) : {};
      for (const part of this.partsOf.get(change.ciId) ?? []) {
        part.patch(change.ciId, after);
        patched.add(part);
      }
      return;
    }
    const touched = change.relType ? TOUCHED_END[change.relType] : 'source';
    if (!touched) return;
    for (const id of touched === 'either' ? [change.ciId, change.otherId] : [change.ciId]) {
      if (!id) continue;
      for (const part of [...(this.partsOf.get(id) ?? [])]) this.drop(part);
    }
  }

  private keep(part: Part): void {
    if (part.size > this.limits.maxNodes) return;
    for (const old of this.parts) {
      if (this.nodeCount + part.size <= this.limits.maxNodes && this.parts.size < this.limits.maxParts) break;
      this.drop(old);
    }
    this.parts.add(part);
    this.nodeCount += part.size;
    for (const id of part.loaded.nodes.keys()) {
      const set = this.partsOf.get(id);
      if (set) set.add(part);
      else this.partsOf.set(id, new Set([part]));
    }
  }

  private touch(part: Part): void {
    this.parts.delete(part);
    this.parts.add(part);
  }

  private drop(part: Part): void {
    if (!this.parts.delete(part)) return;
    this.nodeCount -= part.size;
    for (const id of part.loaded.nodes.keys()) {
      const set = this.partsOf.get(id);
      set?.delete(part);
      if (set?.size === 0) this.partsOf.delete(id);
    }
  }

  private clear(): void {
    this.parts.clear();
    this.partsOf.clear();
    this.nodeCount = 0;
  }
}

/** One Topology over several parts (places and types at their edges may be in more than one). */
function merge(parts: readonly NetworkPart[]): Topology {
  const nodes = new Map<string, TopoNode>();
  const edges = new Map<string, TopoEdge>();
  for (const part of parts) {
    for (const node of part.nodes.values()) nodes.set(node.id, node);
    for (const edge of part.edges) edges.set(`${edge.from}|${edge.type}|${edge.to}`, edge);
  }
  return buildTopology(nodes.values(), edges.values());
}

const caches = new WeakMap<Driver, WiredCache>();

/** The cache of the database an executor reaches: one per driver, so one per server instance and all its requests. */
export function wiredCache(db: Executor): WiredCache {
  let cache = caches.get(db.driver);
  if (!cache) caches.set(db.driver, (cache = new WiredCache()));
  return cache;
}
