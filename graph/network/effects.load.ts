/**
 * Loads the wired network around failed CIs into a Topology, for
 * network.effects.ts: everything joined to them by wiring (components,
 * cables, patch-panel mappings, circuits, power), found by one
 * breadth-first statement (Neo4j's pruning expand, each CI reached once)
 * that returns each CI with its outgoing wiring, plus what is inside a
 * failed place and the places and device types of what was found.
 *
 * One statement per wired part, not one per level: a site's wired network
 * is 20–30 levels deep, and the per-level queries (every edge read from both
 * ends, each with the far CI's fields) took 0.5–1.4 s for the 6,900 CIs of a
 * medium site where this takes a third of that, and 8 s for the 65,000 of a
 * large one where this takes 2 s (bench network-impact-*).
 *
 * A stand-in until topology.load.ts (the trace/paths loader) lands: it
 * stops at provider networks, places and device types (it reads them but
 * does not walk on through them), so a branch reached only across a
 * provider network is not loaded for a failure elsewhere, which is right,
 * since a provider network is a root; a campus whose buildings hang off
 * point-to-point circuits is loaded whole.
 */
import type { Row, Tx } from '../platform/executor';
import type { RelationshipType } from '../model/relationships.rules';
import { buildTopology, TOPOLOGY_FIELDS } from './topology';
import type { TopoEdge, TopoNode, Topology } from './topology';

/**
 * The wiring walked, in both directions. Its relationships join only wired CIs (the rule table), never a
 * leaf below, so the walk stops at leaves without checking for them.
 */
const WALKED = 'COMPONENT_OF|TERMINATES|MAPS_TO|FED_BY';
/**
 * Every relationship a wired CI reads, from its start (so each is read once): the walked ones, and those
 * to leaves: a circuit termination's place, a device's type, and its place (read upward only: a device's
 * place, not a place's contents).
 */
const WIRING = `${WALKED}|TERMINATES_AT|OF_TYPE|LOCATED_IN`;

/** Classes read but not walked through: roots, places and types join unrelated parts of the estate. */
export const LEAVES: ReadonlySet<string> = new Set(['ProviderNetwork', 'Location', 'DeviceType']);

const NODE = `{ id: m.id, class: m.class, name: m.name, status: m.operationalStatus, lifecycleState: m.lifecycleState,
  ${TOPOLOGY_FIELDS.map((f) => `${f}: m.${f}`).join(', ')} }`;

const SEEDS = `UNWIND $ids AS id MATCH (m:CI {id: id}) RETURN ${NODE} AS m`;

/** What is inside the failed places (a site's rooms, racks and devices). */
const CONTENTS = `UNWIND $ids AS id MATCH (p:Location {id: id})<-[r:LOCATED_IN*1..8]-(m:CI)
  RETURN ${NODE} AS m, [x IN r | [startNode(x).id, endNode(x).id]] AS chain`;

/**
 * Every CI wired to the starts, each once, with its outgoing wiring as [type, to, side, position] and, for a
 * leaf at the other end, that leaf's fields (several devices share a rack: read again, kept once).
 */
const WIRED = `UNWIND $ids AS id MATCH (:CI {id: id})-[:${WALKED}*0..]-(m:CI)
  WITH DISTINCT m
  RETURN ${NODE} AS m, [(m)-[r:${WIRING}]->(o:CI) | [type(r), o.id, r.side, r.rearPortPosition,
    CASE WHEN o.class IN $leaves THEN ${NODE.replace(/\bm\./g, 'o.')} END]] AS out`;

/** Those of the starts with no wiring to walk (a site's shelves, its people's laptops), as WIRED returns them. */
const UNWIRED = `UNWIND $ids AS id MATCH (m:CI {id: id}) WHERE NOT EXISTS { (m)-[:${WALKED}]-() }
  RETURN ${NODE} AS m, [(m)-[r:${WIRING}]->(o:CI) | [type(r), o.id, r.side, r.rearPortPosition,
    CASE WHEN o.class IN $leaves THEN ${NODE.replace(/\bm\./g, 'o.')} END]] AS out`;

/** One outgoing relationship of a wired CI, as WIRED returns it. */
type WiredOut = [RelationshipType, string, unknown, unknown, Row | null];

function topoNode(row: Row): TopoNode {
  const { id, class: cls, name, status, lifecycleState, ...fields } = row as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== null && v !== undefined) set[k] = toNumber(v);
  return {
    id: id as string,
    class: cls as string,
    name: (name as string | null) ?? (id as string),
    status: (status as string | null) ?? null,
    lifecycleState: (lifecycleState as string | null) ?? null,
    fields: set,
  };
}

/** Neo4j integers arrive as numbers from the executor, or as {low, high} from a raw driver. */
function toNumber(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'toNumber' in value) {
    return (value as { toNumber: () => number }).toNumber();
  }
  return value;
}

/**
 * The CIs and relationships of the wired network joined to `starts`. `closed` says it is whole wired
 * parts (every CI wired to one of them is in it), which the cache (wired.cache.ts) may keep; it is not
 * when a start is a place, whose contents come with it but not everything wired to them.
 */
export interface NetworkPart {
  readonly nodes: ReadonlyMap<string, TopoNode>;
  readonly edges: readonly TopoEdge[];
  readonly closed: boolean;
}

/** The wired network joined to `failed`, in one read transaction. */
export async function loadNetworkAround(tx: Tx, failed: readonly string[]): Promise<Topology> {
  const part = await loadNetworkPart(tx, failed);
  return buildTopology(part.nodes.values(), part.edges);
}

/** The wired parts `starts` fall in (and a place's contents), as nodes and edges. */
export async function loadNetworkPart(tx: Tx, starts: readonly string[]): Promise<NetworkPart> {
  const nodes = new Map<string, TopoNode>();
  const edges = new Map<string, TopoEdge>();
  const add = (node: TopoNode) => nodes.set(node.id, node);
  for (const row of await tx.run(SEEDS, { ids: starts })) add(topoNode(row.m as Row));
  for (const row of await tx.run(CONTENTS, { ids: starts })) {
    add(topoNode(row.m as Row));
    for (const [from, to] of row.chain as [string, string][]) {
      edges.set(`${from}|LOCATED_IN|${to}`, { type: 'LOCATED_IN', from, to });
    }
  }
  // One walk per wired part the starts fall in (one for a device, one or two for a site: its data and
  // power network), the unwired starts read in one go first, never one walk per start: the breadth-first expand runs
  // per input row, so a site's thousands of devices walked as rows would each walk the whole site.
  const walked = new Set<string>();
  const addWired = (row: Row) => {
    const node = topoNode(row.m as Row);
    add(node);
    walked.add(node.id);
    for (const [type, to, side, rearPortPosition, leaf] of row.out as WiredOut[]) {
      if (leaf && !nodes.has(to)) add(topoNode(leaf));
      const position = toNumber(rearPortPosition);
      edges.set(`${node.id}|${type}|${to}`, {
        type,
        from: node.id,
        to,
        properties: { side, ...(position === null ? {} : { rearPortPosition: position }) },
      });
    }
  };
  let pending = [...nodes.values()].filter((n) => !LEAVES.has(n.class)).map((n) => n.id);
  if (pending.length > 1) {
    for (const row of await tx.run(UNWIRED, { ids: pending, leaves: [...LEAVES] })) addWired(row);
    pending = pending.filter((id) => !walked.has(id));
  }
  while (pending.length > 0) {
    for (const row of await tx.run(WIRED, { ids: [pending[0]], leaves: [...LEAVES] })) addWired(row);
    pending = pending.filter((id) => !walked.has(id));
  }
  // Places of what was found, up to the top (a reported DOWN site fails what is in it). A wired CI's own
  // place came with its wiring, so the climb starts from the leaves found: a few hundred racks and rooms,
  // not every port of a site (65k index seeks on the large estate).
  const leaves = [...nodes.values()].filter((n) => LEAVES.has(n.class)).map((n) => n.id);
  for (const row of await tx.run(PLACES, { ids: leaves })) {
    add(topoNode(row.m as Row));
    const [from, to] = row.edge as [string, string];
    edges.set(`${from}|LOCATED_IN|${to}`, { type: 'LOCATED_IN', from, to });
  }
  const closed = starts.every((id) => nodes.has(id) && !LEAVES.has(nodes.get(id)!.class));
  return { nodes, edges: [...edges.values()], closed };
}

/**
 * Every place above the given CIs (places, types, provider networks), each with the LOCATED_IN step that reaches it. The place is taken
 * from the step itself: a `MATCH (m:CI) WHERE m = endNode(x)` here scanned every CI per step.
 */
const PLACES = `UNWIND $ids AS id MATCH (:CI {id: id})-[r:LOCATED_IN*1..8]->(:Location)
  UNWIND r AS x WITH DISTINCT x WITH x, endNode(x) AS m
  RETURN ${NODE} AS m, [startNode(x).id, m.id] AS edge`;
