/**
 * Loads the wired network around failed CIs into a Topology, for
 * network.effects.ts: everything joined to them by wiring (components,
 * cables, patch-panel mappings, circuits, power), found by one
 * breadth-first statement (Neo4j's pruning expand, each CI reached once)
 * that returns each CI with its outgoing wiring, plus what is inside a
 * failed place and the places and device types of what was found.
 *
 * One statement, not one per level: a site's wired network is 20–30 levels
 * deep, and the per-level queries (every edge read from both ends, each with
 * the far CI's fields) took 0.9–1.4 s for the 6,900 CIs of a medium site
 * where this takes about a third of that (bench network-impact-*).
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
import { buildTopology } from './topology';
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
const LEAVES = new Set(['ProviderNetwork', 'Location', 'DeviceType']);

const NODE = `{ id: m.id, class: m.class, name: m.name, status: m.operationalStatus, lifecycleState: m.lifecycleState,
  enabled: m.enabled, mgmtOnly: m.mgmtOnly, cableStatus: m.cableStatus, upstream: m.upstream,
  positions: m.positions, powerPortsRequired: m.powerPortsRequired, role: m.role, termSide: m.termSide }`;

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

/** The wired network joined to `failed`, in one read transaction. */
export async function loadNetworkAround(tx: Tx, failed: readonly string[]): Promise<Topology> {
  const nodes = new Map<string, TopoNode>();
  const edges = new Map<string, TopoEdge>();
  const add = (node: TopoNode) => nodes.set(node.id, node);
  for (const row of await tx.run(SEEDS, { ids: failed })) add(topoNode(row.m as Row));
  for (const row of await tx.run(CONTENTS, { ids: failed })) {
    add(topoNode(row.m as Row));
    for (const [from, to] of row.chain as [string, string][]) {
      edges.set(`${from}|LOCATED_IN|${to}`, { type: 'LOCATED_IN', from, to });
    }
  }
  const starts = [...nodes.values()].filter((n) => !LEAVES.has(n.class)).map((n) => n.id);
  for (const row of await tx.run(WIRED, { ids: starts, leaves: [...LEAVES] })) {
    const node = topoNode(row.m as Row);
    add(node);
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
  }
  // Places of what was found, up to the top (a reported DOWN site fails what is in it).
  const placed = [...nodes.values()].filter((n) => n.class !== 'Location').map((n) => n.id);
  for (const row of await tx.run(PLACES, { ids: placed })) {
    add(topoNode(row.m as Row));
    const [from, to] = row.edge as [string, string];
    edges.set(`${from}|LOCATED_IN|${to}`, { type: 'LOCATED_IN', from, to });
  }
  return buildTopology(nodes.values(), edges.values());
}

/**
 * Every place above the given CIs, each with the LOCATED_IN step that reaches it. The place is taken
 * from the step itself: a `MATCH (m:CI) WHERE m = endNode(x)` here scanned every CI per step.
 */
const PLACES = `UNWIND $ids AS id MATCH (:CI {id: id})-[r:LOCATED_IN*1..8]->(:Location)
  UNWIND r AS x WITH DISTINCT x WITH x, endNode(x) AS m
  RETURN ${NODE} AS m, [startNode(x).id, m.id] AS edge`;
