/**
 * Connectivity as a requirement of its own: which devices are cut off from
 * the network's upstream, or lose uplink redundancy, when some CIs fail.
 * Pure, over a Topology.
 *
 * The rule (dead elements as failure.ts defines them):
 * - roots are devices with `upstream: true` and every ProviderNetwork;
 * - paths run device → its live data interfaces (not dead, not disabled
 *   (enabled=false), not management-only) → a live cable → the far
 *   terminations → (front port → its rear port → cable → rear port → the
 *   front port at the same position; circuit termination → its circuit,
 *   when live → the other termination → its cable, or the provider network
 *   it TERMINATES_AT) → the owning device, when it is not dead and is
 *   powered (power.ts) → its other interfaces. A patch panel passes traffic
 *   only front ↔ rear, never between its own unrelated ports;
 * - uplinks(d) = the number of d's live data interfaces from whose far side
 *   a root is reachable without passing through d;
 * - a device that is not upstream and had uplinks > 0 before is DOWN (cut
 *   off) when it has 0 after, DEGRADED when it has fewer than before.
 *   Devices never connected before are not judged; devices dead or
 *   unpowered after are left to failure and power.
 *
 * How it is fast: the paths form one undirected graph (a rear port is one
 * vertex per position, so a trunk keeps its positions apart), with a super
 * root joined to every root. "Reachable without passing through d" is the
 * articulation question, answered for every device at once by one
 * depth-first search (Tarjan's low links): an interface of d counts when it
 * is d's parent in the DFS tree, or lies in a child subtree of d whose low
 * link reaches above d. Two linear passes (before, after) answer every
 * device; only the explaining paths, read lazily, walk the graph again.
 */
import type { RelationshipType } from '../model/relationships.rules';
import type { PathStep } from '../impact/impact.engine';
import type { Failures } from './failure';
import { farEnds as farEndsOf } from './topology';
import type { Topology } from './topology';

/** One edge of the path graph: the cable that must be live to cross it (if any) and how the path names it. */
interface EdgeSpec {
  readonly cable: string | null;
  /** The relationship from one end's CI to the other's (TERMINATES across a cable, to and from the cable). */
  readonly via: RelationshipType | null;
}

const NONE = -1;

/** The path graph of a topology: vertices for devices, data terminations, rear-port positions, circuits, provider networks. */
export class PathGraph {
  /** By vertex: its CI id (a rear port's positions share the port's id); vertex 0 is the super root. */
  readonly ci: string[] = [''];
  /** By vertex: what kind it is, for liveness. */
  readonly kind: Kind[] = ['root'];
  /** Device vertices by CI id. */
  readonly deviceVertex = new Map<string, number>();
  readonly deviceIds: string[] = [];
  /** Adjacency in CSR form: neighbours of v are adj[start[v]..start[v+1]), edge ids alongside. */
  private start = new Int32Array(0);
  private adj = new Int32Array(0);
  private adjEdge = new Int32Array(0);
  /** By edge (kept in flat arrays: a site has a hundred thousand). */
  private readonly edgeA: number[] = [];
  private readonly edgeB: number[] = [];
  private readonly edgeCable: (string | null)[] = [];
  private readonly edgeVia: (RelationshipType | null)[] = [];
  private readonly vertexOf = new Map<string, number>();
  /** Vertices by position of rear ports, circuits and circuit terminations. */
  private readonly positional = new Map<string, Map<number, number>>();

  constructor(readonly topology: Topology) {
    const t = topology;
    for (const node of t.nodes.values()) {
      if (node.class === 'Interface') {
        const owner = t.ownerOf.get(node.id);
        if (owner === undefined) continue;
        const iface = this.vertex(node.id, 'interface');
        this.edge(this.device(owner), iface, null, 'COMPONENT_OF');
      } else if (node.class === 'RearPort') {
        const fronts = t.frontsOf.get(node.id);
        for (const position of fronts && fronts.size > 0 ? fronts.keys() : [1]) this.positioned(node.id, position);
      } else if (node.class === 'ProviderNetwork') {
        this.edge(0, this.vertex(node.id, 'provider'), null, null);
      }
    }
    for (const node of t.nodes.values()) {
      if (node.class === 'FrontPort') {
        const front = this.vertex(node.id, 'port');
        const rear = t.rearOf.get(node.id);
        if (rear) this.edge(front, this.positioned(rear.rear, rear.position), null, 'MAPS_TO');
      } else if (node.class === 'Circuit') {
        this.circuit(node.id);
      }
    }
    for (const [id, vertex] of this.deviceVertex) {
      if (t.nodes.get(id)?.fields?.upstream === true) this.edge(0, vertex, null, null);
    }
    for (const [cable, ends] of t.cables) {
      for (const a of ends.A) for (const b of ends.B) this.cableEdges(cable, a, b);
    }
    this.compile();
  }

  /**
   * A circuit and its terminations, once per position of the trunks (rear
   * ports) cabled to its ends: a fibre pair carrying two patch positions
   * keeps them apart end to end, as NetBox's trace keeps its position stack.
   */
  private circuit(id: string): void {
    const t = this.topology;
    const terms = (t.componentsOf.get(id) ?? []).filter((c) => t.nodes.get(c)?.class === 'CircuitTermination');
    const positions = new Set<number>();
    for (const term of terms) {
      for (const end of farEndsOf(t, term)) for (const p of this.positional.get(end)?.keys() ?? []) positions.add(p);
    }
    if (positions.size === 0) positions.add(0);
    for (const p of positions) {
      const circuit = this.positioned(id, p, 'circuit');
      for (const term of terms) {
        const v = this.positioned(term, p);
        this.edge(v, circuit, null, 'COMPONENT_OF');
        const at = t.terminatesAt.get(term);
        if (at !== undefined && t.nodes.get(at)?.class === 'ProviderNetwork') {
          this.edge(v, this.vertex(at, 'provider'), null, 'TERMINATES_AT');
        }
      }
    }
  }

  get size(): number {
    return this.ci.length;
  }

  private vertex(id: string, kind: Kind): number {
    let v = this.vertexOf.get(id);
    if (v === undefined) {
      v = this.ci.length;
      this.ci.push(id);
      this.kind.push(kind);
      this.vertexOf.set(id, v);
    }
    return v;
  }

  private device(id: string): number {
    let v = this.deviceVertex.get(id);
    if (v === undefined) {
      v = this.vertex(id, 'device');
      this.deviceVertex.set(id, v);
      this.deviceIds.push(id);
    }
    return v;
  }

  /** The vertex of a rear port (or circuit, or circuit termination) at one position: a trunk carries each apart. */
  private positioned(id: string, position: number, kind: Kind = 'port'): number {
    let positions = this.positional.get(id);
    if (!positions) this.positional.set(id, (positions = new Map<number, number>()));
    let v = positions.get(position);
    if (v === undefined) {
      v = this.ci.length;
      this.ci.push(id);
      this.kind.push(kind);
      positions.set(position, v);
    }
    return v;
  }

  /** The vertices a cable end joins at: a rear port or circuit termination at each of its positions, any other data termination as itself. */
  private endVertices(id: string): Map<number, number> | number | undefined {
    const positions = this.positional.get(id);
    if (positions) return positions;
    return this.vertexOf.get(id);
  }

  private cableEdges(cable: string, a: string, b: string): void {
    const va = this.endVertices(a);
    const vb = this.endVertices(b);
    if (va === undefined || vb === undefined) return;
    if (typeof va === 'number' && typeof vb === 'number') this.edge(va, vb, cable, 'TERMINATES');
    else if (typeof va === 'number')
      for (const v of (vb as Map<number, number>).values()) this.edge(va, v, cable, 'TERMINATES');
    else if (typeof vb === 'number') for (const v of va.values()) this.edge(v, vb, cable, 'TERMINATES');
    else if (va.has(0) || vb.has(0)) {
      // A circuit that carries no positions: every position meets it.
      for (const v of va.values()) for (const w of vb.values()) this.edge(v, w, cable, 'TERMINATES');
    } else {
      // Trunk to trunk: position p on one side is position p on the other.
      for (const [p, v] of va) {
        const w = vb.get(p);
        if (w !== undefined) this.edge(v, w, cable, 'TERMINATES');
      }
    }
  }

  private edge(a: number, b: number, cable: string | null, via: RelationshipType | null): void {
    this.edgeA.push(a);
    this.edgeB.push(b);
    this.edgeCable.push(cable);
    this.edgeVia.push(via);
  }

  get edgeCount(): number {
    return this.edgeA.length;
  }

  edgeSpec(e: number): EdgeSpec {
    return { cable: this.edgeCable[e], via: this.edgeVia[e] };
  }

  private compile(): void {
    const n = this.ci.length;
    const m = this.edgeA.length;
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      degree[this.edgeA[e] + 1] += 1;
      degree[this.edgeB[e] + 1] += 1;
    }
    for (let v = 0; v < n; v++) degree[v + 1] += degree[v];
    this.start = degree;
    const fill = degree.slice(0, n);
    this.adj = new Int32Array(m * 2);
    this.adjEdge = new Int32Array(m * 2);
    for (let e = 0; e < m; e++) {
      const a = this.edgeA[e];
      const b = this.edgeB[e];
      this.adj[fill[a]] = b;
      this.adjEdge[fill[a]++] = e;
      this.adj[fill[b]] = a;
      this.adjEdge[fill[b]++] = e;
    }
  }

  /** Neighbour slots of v: [from, to) into neighbour()/edgeAt(). */
  from(v: number): number {
    return this.start[v];
  }

  to(v: number): number {
    return this.start[v + 1];
  }

  neighbour(slot: number): number {
    return this.adj[slot];
  }

  edgeAt(slot: number): number {
    return this.adjEdge[slot];
  }

  /** The live data interfaces' vertices of a device. */
  interfacesOf(device: number, alive: Liveness): number[] {
    const out: number[] = [];
    for (let s = this.from(device); s < this.to(device); s++) {
      const w = this.adj[s];
      if (this.kind[w] === 'interface' && alive.vertex(w)) out.push(w);
    }
    return out;
  }
}

const GRAPHS = new WeakMap<Topology, PathGraph>();

/** The path graph of a topology, built once and shared by every scenario on it. */
export function pathGraph(topology: Topology): PathGraph {
  let graph = GRAPHS.get(topology);
  if (!graph) GRAPHS.set(topology, (graph = new PathGraph(topology)));
  return graph;
}

type Kind = 'root' | 'device' | 'interface' | 'port' | 'circuit' | 'provider';

/** Which vertices and edges of the path graph are usable in one scenario. */
export class Liveness {
  private readonly vertexLive: Uint8Array;
  private readonly edgeLive: Uint8Array;

  /** `usable(device)`: not dead and powered (power.ts). */
  constructor(
    readonly graph: PathGraph,
    readonly failures: Failures,
    usable: (device: string) => boolean,
  ) {
    const { topology } = graph;
    this.vertexLive = new Uint8Array(graph.size);
    for (let v = 0; v < graph.size; v++) {
      const id = graph.ci[v];
      switch (graph.kind[v]) {
        case 'root':
          this.vertexLive[v] = 1;
          break;
        case 'device':
          this.vertexLive[v] = usable(id) ? 1 : 0;
          break;
        case 'interface': {
          const fields = topology.nodes.get(id)?.fields;
          this.vertexLive[v] = fields?.enabled === false || fields?.mgmtOnly === true || failures.dead(id) ? 0 : 1;
          break;
        }
        default:
          this.vertexLive[v] = failures.dead(id) ? 0 : 1;
      }
    }
    this.edgeLive = new Uint8Array(graph.edgeCount);
    for (let e = 0; e < graph.edgeCount; e++) {
      const cable = graph.edgeSpec(e).cable;
      this.edgeLive[e] = cable === null || !failures.dead(cable) ? 1 : 0;
    }
  }

  vertex(v: number): boolean {
    return this.vertexLive[v] === 1;
  }

  edge(e: number): boolean {
    return this.edgeLive[e] === 1;
  }
}

/**
 * uplinks(d) for every device, by device vertex: one iterative DFS from
 * the super root over live vertices and edges, with Tarjan's low links.
 */
const UPLINKS = new WeakMap<Liveness, Int32Array>();

/** `uplinks`, kept with the Liveness it was counted on: the baseline's is the same for every failure asked about. */
function uplinksOf(graph: PathGraph, alive: Liveness): Int32Array {
  let counts = UPLINKS.get(alive);
  if (!counts) UPLINKS.set(alive, (counts = uplinks(graph, alive)));
  return counts;
}

export function uplinks(graph: PathGraph, alive: Liveness): Int32Array {
  const n = graph.size;
  const disc = new Int32Array(n).fill(NONE);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(NONE);
  const parentEdge = new Int32Array(n).fill(NONE);
  const slot = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  let top = 0;
  stack[top++] = 0;
  disc[0] = low[0] = time++;
  slot[0] = graph.from(0);
  while (top > 0) {
    const v = stack[top - 1];
    if (slot[v] < graph.to(v)) {
      const s = slot[v]++;
      const w = graph.neighbour(s);
      const e = graph.edgeAt(s);
      if (e === parentEdge[v] || !alive.edge(e) || !alive.vertex(w)) continue;
      if (disc[w] === NONE) {
        disc[w] = low[w] = time++;
        parent[w] = v;
        parentEdge[w] = e;
        slot[w] = graph.from(w);
        stack[top++] = w;
      } else if (disc[w] < low[v]) {
        low[v] = disc[w];
      }
    } else {
      top -= 1;
      const p = parent[v];
      if (p !== NONE && low[v] < low[p]) low[p] = low[v];
    }
  }
  const count = new Int32Array(n);
  for (const d of graph.deviceVertex.values()) {
    if (disc[d] === NONE) continue;
    let ups = 0;
    for (const i of graph.interfacesOf(d, alive)) {
      if (disc[i] === NONE) continue;
      if (disc[i] < disc[d]) {
        // Its parent, or an ancestor: the tree path above d joins it to the root.
        ups += 1;
        continue;
      }
      // i is below d: the child of d whose subtree holds it decides.
      let child = i;
      while (parent[child] !== d) child = parent[child];
      if (low[child] < disc[d]) ups += 1;
    }
    count[d] = ups;
  }
  return count;
}

export interface ConnectivityHit {
  readonly id: string;
  readonly state: 'DOWN' | 'DEGRADED';
  readonly uplinksBefore: number;
  readonly uplinksAfter: number;
}

/** Devices cut off (DOWN) or short of uplinks (DEGRADED), by id; dead or unpowered ones are left out. */
export function connectivityHits(graph: PathGraph, before: Liveness, after: Liveness): ConnectivityHit[] {
  const was = uplinksOf(graph, before);
  const now = uplinks(graph, after);
  const hits: ConnectivityHit[] = [];
  for (const [id, d] of graph.deviceVertex) {
    if (graph.topology.nodes.get(id)?.fields?.upstream === true) continue;
    if (was[d] === 0 || now[d] >= was[d] || !after.vertex(d)) continue;
    hits.push({ id, state: now[d] === 0 ? 'DOWN' : 'DEGRADED', uplinksBefore: was[d], uplinksAfter: now[d] });
  }
  return hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Explains a lost uplink: the shortest path, before the failure, from one
 * of the device's lost interfaces to a root without passing through the
 * device, cut at its first element that is broken after; that element's own
 * cause follows (why it is dead, or why a device on the way lost power).
 */
export function explainUplinkLoss(
  graph: PathGraph,
  before: Liveness,
  after: Liveness,
  device: string,
  unpowered: (device: string) => PathStep[],
): PathStep[] {
  const d = graph.deviceVertex.get(device);
  if (d === undefined) return [{ id: device, via: null }];
  if (!after.vertex(d)) return unpowered(device);
  const starts = graph.interfacesOf(d, before).sort((a, b) => compare(graph.ci[a], graph.ci[b]));
  for (const i of starts) {
    const route = shortestToRoot(graph, before, i, d);
    if (!route) continue;
    const cut = cutAt(after, [d, ...route.vertices], [graph.edgeAt(slotOf(graph, d, i)), ...route.edges]);
    if (!cut) continue; // this interface still reaches a root after: not a lost one
    return stepsTo(graph, after, cut, unpowered);
  }
  return [{ id: device, via: null }];
}

/** The slot of the edge from v to its neighbour w. */
function slotOf(graph: PathGraph, v: number, w: number): number {
  for (let s = graph.from(v); s < graph.to(v); s++) if (graph.neighbour(s) === w) return s;
  return NONE;
}

/** Breadth-first from `start` to the super root over `alive`, never through `avoid`: vertices and edges after start. */
function shortestToRoot(
  graph: PathGraph,
  alive: Liveness,
  start: number,
  avoid: number,
): { vertices: number[]; edges: number[] } | undefined {
  const parent = new Map<number, { v: number; e: number }>([[start, { v: NONE, e: NONE }]]);
  let level = [start];
  while (level.length > 0 && !parent.has(0)) {
    const next: number[] = [];
    for (const v of level) {
      for (let s = graph.from(v); s < graph.to(v); s++) {
        const w = graph.neighbour(s);
        const e = graph.edgeAt(s);
        if (w === avoid || parent.has(w) || !alive.edge(e) || !alive.vertex(w)) continue;
        parent.set(w, { v, e });
        next.push(w);
      }
    }
    level = next;
  }
  if (!parent.has(0)) return undefined;
  const vertices: number[] = [];
  const edges: number[] = [];
  for (let v = 0; v !== start; v = parent.get(v)!.v) {
    vertices.unshift(v);
    edges.unshift(parent.get(v)!.e);
  }
  vertices.unshift(start);
  return { vertices: vertices.slice(0, -1), edges: edges.slice(0, -1) };
}

/** The path up to its first element broken after: vertices and the edges between them, and what broke. */
function cutAt(
  after: Liveness,
  vertices: number[],
  edges: number[],
): { vertices: number[]; edges: number[]; broken: 'vertex' | 'edge' } | undefined {
  for (let k = 1; k < vertices.length; k++) {
    if (!after.edge(edges[k - 1])) return { vertices: vertices.slice(0, k), edges: edges.slice(0, k), broken: 'edge' };
    if (!after.vertex(vertices[k]))
      return { vertices: vertices.slice(0, k + 1), edges: edges.slice(0, k), broken: 'vertex' };
  }
  return undefined;
}

/** The steps of a cut path: each vertex's CI, with the cable between two terminations, then the cause. */
function stepsTo(
  graph: PathGraph,
  after: Liveness,
  cut: { vertices: number[]; edges: number[]; broken: 'vertex' | 'edge' },
  unpowered: (device: string) => PathStep[],
): PathStep[] {
  const steps: PathStep[] = [];
  const { vertices, edges } = cut;
  for (let k = 0; k < edges.length; k++) {
    const edge = graph.edgeSpec(edges[k]);
    const id = graph.ci[vertices[k]];
    const last = k === edges.length - 1;
    if (edge.cable !== null) {
      steps.push({ id, via: 'TERMINATES' });
      if (last && cut.broken === 'edge') return [...steps, ...after.failures.deadPath(edge.cable)];
      steps.push({ id: edge.cable, via: 'TERMINATES' });
    } else {
      steps.push({ id, via: edge.via });
    }
  }
  const broken = graph.ci[vertices[vertices.length - 1]];
  if (after.failures.dead(broken)) return [...steps, ...after.failures.deadPath(broken)];
  return [...steps, ...unpowered(broken)];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
