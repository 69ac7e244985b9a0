/**
 * Fills a Topology (topology.ts) from Neo4j with only what a question
 * needs: the wired network around one CI, found breadth-first in rounds,
 * one UNWIND query per round over the whole frontier (never a query per CI).
 *
 * Two reaches:
 * - `trace`: what a cable trace can pass: cables, their terminations, front
 *   ↔ rear maps, a circuit and its terminations, where they terminate. The
 *   devices that own the ports are read (name, status) but not expanded, so a
 *   trace loads its wire, not the devices' other ports.
 * - `component`: the connected physical component for paths and
 *   reachability: the above, and every device reached is expanded to its
 *   interfaces and pass-through ports (not its power or console ports, which
 *   would pull in every device on the same PDU).
 * - `impact` (asOf only: live impact reads effects.load.ts through the
 *   cache): the whole wired part, as effects.load.ts reads it live: every
 *   component, power (FED_BY) both ways, and from each CI its termination
 *   point, type and place, with the places above it.
 * Places (sites, provider networks) are read as ends, never expanded (an
 * impact load climbs a place's own LOCATED_IN, nothing else).
 *
 * Bounded: past `maxNodes` CIs (TOPOLOGY_LIMITS) or `maxRounds` rounds the
 * load stops with LIMIT_EXCEEDED naming the limit. With `asOf`, each round
 * rebuilds the relationships and the CIs' states as they were from the
 * change log (graph/changelog/history.ts, as impact.history.ts does).
 */
import { relationshipsAsOf, statesAsOf } from '../changelog/history';
import type { RelationshipType } from '../model/relationships.rules';
import { EstateError, notFound } from '../platform/errors';
import type { Executor, Row, Tx } from '../platform/executor';
import { buildTopology, TOPOLOGY_FIELDS } from './topology';
import type { TopoEdge, TopoNode, Topology } from './topology';

export type TopologyReach = 'trace' | 'component' | 'impact';

export const TOPOLOGY_LIMITS = {
  /** Most CIs one question loads. */
  maxNodes: 50_000,
  /** Most breadth-first rounds (each one query, two with asOf). */
  maxRounds: 200,
} as const;

export interface LoadOptions {
  readonly reach: TopologyReach;
  /** Rebuild the network as it was at this instant. */
  readonly asOf?: string;
  readonly maxNodes?: number;
  /** The arguments the starts came in as, for errors (default from, to). */
  readonly fields?: readonly string[];
  /** Starts that did not exist (then) are left out rather than refused (impact reports them itself). */
  readonly skipMissing?: boolean;
}

/** The relationship types the walk follows. */
const WALKED: readonly RelationshipType[] = ['COMPONENT_OF', 'TERMINATES', 'MAPS_TO', 'TERMINATES_AT'];
/** Components a device is expanded to in a component load. */
const PASSING_COMPONENTS: readonly string[] = ['Interface', 'FrontPort', 'RearPort'];
const COMPONENTS: ReadonlySet<string> = new Set([
  'Interface',
  'FrontPort',
  'RearPort',
  'ConsolePort',
  'ConsoleServerPort',
  'PowerPort',
  'PowerOutlet',
  'CircuitTermination',
  'PowerFeed',
]);
const PLACES: ReadonlySet<string> = new Set(['Location', 'ProviderNetwork']);

/** Whether a CI reached is expanded in the next round. */
function expands(cls: string, reach: TopologyReach): boolean {
  if (reach === 'impact') return cls !== 'ProviderNetwork';
  if (PLACES.has(cls)) return false;
  if (COMPONENTS.has(cls) || cls === 'Cable' || cls === 'Circuit') return true;
  return reach === 'component';
}

/**
 * Whether the walk follows a relationship of `self` (class selfClass) to `other`: always along cables and
 * front↔rear maps, from a component to its owner and a termination to its place; from an owner to its
 * components only for a circuit (its terminations) or, in a component load, a device's passing ports.
 */
function follows(
  type: string,
  outgoing: boolean,
  selfClass: string,
  otherClass: string,
  reach: TopologyReach,
): boolean {
  if (reach === 'impact') return IMPACT_FOLLOWS[type] === 'both' || (IMPACT_FOLLOWS[type] === 'out' && outgoing);
  switch (type) {
    case 'TERMINATES':
    case 'MAPS_TO':
      return true;
    case 'TERMINATES_AT':
      return outgoing;
    case 'COMPONENT_OF':
      if (outgoing) return true;
      if (selfClass === 'Circuit') return true;
      return reach === 'component' && PASSING_COMPONENTS.includes(otherClass);
    default:
      return false;
  }
}

/** What an impact load follows: the wiring both ways, a CI's place, type and termination point outward only. */
const IMPACT_FOLLOWS: Readonly<Record<string, 'both' | 'out'>> = {
  COMPONENT_OF: 'both',
  TERMINATES: 'both',
  MAPS_TO: 'both',
  FED_BY: 'both',
  TERMINATES_AT: 'out',
  OF_TYPE: 'out',
  LOCATED_IN: 'out',
};

const NODE_MAP = `{.id, .class, .name, .operationalStatus, .lifecycleState, ${TOPOLOGY_FIELDS.map((f) => `.${f}`).join(', ')}}`;

/** One round: the frontier's nodes and every relationship the walk may follow from them, with the other ends. */
const ROUND = `
UNWIND $frontier AS id
MATCH (n:CI {id: id})
CALL (n) {
  MATCH (n)-[r:${WALKED.join('|')}]-(m:CI)
  WHERE type(r) IN ['TERMINATES', 'MAPS_TO']
     OR (type(r) = 'TERMINATES_AT' AND startNode(r) = n)
     OR (type(r) = 'COMPONENT_OF' AND (startNode(r) = n OR n:Circuit
         OR ($component AND (m:Interface OR m:FrontPort OR m:RearPort))))
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r),
                  other: m ${NODE_MAP}}) AS links
}
RETURN n ${NODE_MAP} AS self, links`;

function toNode(row: Readonly<Record<string, unknown>>): TopoNode {
  const fields: Record<string, unknown> = {};
  for (const f of TOPOLOGY_FIELDS) if (row[f] !== null && row[f] !== undefined) fields[f] = row[f];
  return {
    id: row.id as string,
    class: row.class as string,
    name: (row.name as string | undefined) ?? (row.id as string),
    status: (row.operationalStatus as string | null | undefined) ?? null,
    lifecycleState: (row.lifecycleState as string | null | undefined) ?? null,
    fields,
  };
}

/** What the rounds have found so far, and the next frontier. */
class Gathered {
  readonly nodes = new Map<string, TopoNode>();
  private readonly edges = new Map<string, TopoEdge>();
  private readonly expanded = new Set<string>();
  next: string[] = [];

  constructor(
    private readonly reach: TopologyReach,
    private readonly maxNodes: number,
    private readonly start: string,
    private readonly field: string,
  ) {}

  addNode(node: TopoNode): void {
    if (this.nodes.has(node.id)) return;
    if (this.nodes.size >= this.maxNodes) {
      throw new EstateError(
        'LIMIT_EXCEEDED',
        `the wired network around ${this.start} has more than ${this.maxNodes} CIs (server limit)`,
        [{ field: this.field, reason: `at most ${this.maxNodes} CIs are loaded for one question (server limit)` }],
        { limit: 'topologyNodes', max: this.maxNodes },
      );
    }
    this.nodes.set(node.id, node);
    if (!this.expanded.has(node.id) && expands(node.class, this.reach)) {
      this.expanded.add(node.id);
      this.next.push(node.id);
    }
  }

  addEdge(edge: TopoEdge): void {
    const key = `${edge.type}\u0000${edge.from}\u0000${edge.to}`;
    if (!this.edges.has(key)) this.edges.set(key, edge);
  }

  /** The frontier to expand now (and empties the next one). */
  take(): string[] {
    const frontier = this.next;
    this.next = [];
    return frontier;
  }

  topology(): Topology {
    return buildTopology(this.nodes.values(), this.edges.values());
  }
}

function checkRounds(round: number, start: string, field: string): void {
  if (round >= TOPOLOGY_LIMITS.maxRounds) {
    throw new EstateError(
      'LIMIT_EXCEEDED',
      `the wired network around ${start} is more than ${TOPOLOGY_LIMITS.maxRounds} steps deep (server limit)`,
      [{ field, reason: `at most ${TOPOLOGY_LIMITS.maxRounds} rounds of loading (server limit)` }],
      { limit: 'topologyRounds', max: TOPOLOGY_LIMITS.maxRounds },
    );
  }
}

/** The live graph, in one read transaction (a consistent snapshot), one query per round. */
async function loadLive(
  tx: Tx,
  starts: readonly string[],
  gathered: Gathered,
  reach: TopologyReach,
  fields: readonly string[],
) {
  const field = fields[0];
  let frontier = [...starts];
  for (let round = 0; frontier.length > 0; round++) {
    checkRounds(round, starts[0], field);
    const rows: Row[] = await tx.run(ROUND, { frontier, component: reach === 'component' });
    if (round === 0) {
      const found = new Set(rows.map((r) => (r.self as { id: string }).id));
      const missing = starts.findIndex((id) => !found.has(id));
      if (missing >= 0) throw notFound('CI', starts[missing], fields[missing]);
      for (const r of rows) gathered.addNode(toNode(r.self as Record<string, unknown>));
      gathered.take();
    }
    for (const r of rows) {
      for (const link of r.links as {
        type: RelationshipType;
        from: string;
        to: string;
        properties: Row;
        other: Row;
      }[]) {
        gathered.addNode(toNode(link.other));
        gathered.addEdge({ type: link.type, from: link.from, to: link.to, properties: link.properties });
      }
    }
    frontier = gathered.take();
  }
}

/** The graph as it was at `asOf`: per round, the frontier's relationships then the new CIs' states. */
async function loadAsOf(
  db: Executor,
  starts: readonly string[],
  asOf: string,
  gathered: Gathered,
  reach: TopologyReach,
  fields: readonly string[],
  skipMissing: boolean,
) {
  const field = fields[0];
  const startStates = await statesAsOf(db, starts, asOf);
  starts.forEach((id, i) => {
    const state = startStates[i];
    if (state) gathered.addNode(toNode({ ...state, id }));
    else if (!skipMissing) throw notFound('CI', id, fields[i]);
  });
  let frontier = gathered.take();
  for (let round = 0; frontier.length > 0; round++) {
    checkRounds(round, starts[0], field);
    const relationships = await relationshipsAsOf(db, frontier, asOf);
    const found: { edge: TopoEdge; other: string }[] = [];
    frontier.forEach((id, i) => {
      const self = gathered.nodes.get(id)!;
      for (const r of relationships[i]) {
        const outgoing = r.direction === 'OUT';
        if (!follows(r.type, outgoing, self.class, r.otherClass, reach)) continue;
        const edge: TopoEdge = {
          type: r.type as RelationshipType,
          from: outgoing ? id : r.otherId,
          to: outgoing ? r.otherId : id,
          properties: r.properties,
        };
        found.push({ edge, other: r.otherId });
      }
    });
    const fresh = [...new Set(found.map((f) => f.other))].filter((id) => !gathered.nodes.has(id));
    const states = await statesAsOf(db, fresh, asOf);
    fresh.forEach((id, i) => {
      const state = states[i];
      if (state) gathered.addNode(toNode({ ...state, id }));
    });
    for (const f of found) if (gathered.nodes.has(f.other)) gathered.addEdge(f.edge);
    frontier = gathered.take();
  }
}

/** The wired network around `starts` (one CI, or the two ends of a question), live or as of an instant. */
export async function loadTopology(db: Executor, starts: readonly string[], options: LoadOptions): Promise<Topology> {
  const fields = options.fields ?? ['from', 'to'];
  const gathered = new Gathered(options.reach, options.maxNodes ?? TOPOLOGY_LIMITS.maxNodes, starts[0], fields[0]);
  if (options.asOf === undefined) {
    if (options.reach === 'impact') throw new Error('live impact reads the wired network through wired.cache.ts');
    await db.readTx(`network.topology.${options.reach}`, (tx) => loadLive(tx, starts, gathered, options.reach, fields));
  } else {
    await loadAsOf(db, starts, options.asOf, gathered, options.reach, fields, options.skipMissing ?? false);
  }
  return gathered.topology();
}
