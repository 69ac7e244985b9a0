/**
 * Loads the wired network around failed CIs into a Topology, for
 * network.effects.ts: everything joined to them by wiring (components,
 * cables, patch-panel mappings, circuits, power), breadth-first, one query
 * per level for the whole frontier (each CI read once), plus what is inside
 * a failed place and the places and device types of what was found.
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

/** The wiring walked, in both directions. LOCATED_IN is read upward only (a device's place, not a place's contents). */
const WIRING = 'COMPONENT_OF|TERMINATES|MAPS_TO|FED_BY|TERMINATES_AT|OF_TYPE|LOCATED_IN';

/** Classes read but not walked through: roots, places and types join unrelated parts of the estate. */
const LEAVES = new Set(['ProviderNetwork', 'Location', 'DeviceType']);

/** Most levels walked: a wired network deeper than this is malformed (a chain of thousands of patch panels). */
export const MAX_LEVELS = 400;

const NODE = `{ id: m.id, class: m.class, name: m.name, status: m.operationalStatus, lifecycleState: m.lifecycleState,
  enabled: m.enabled, mgmtOnly: m.mgmtOnly, cableStatus: m.cableStatus, upstream: m.upstream,
  positions: m.positions, powerPortsRequired: m.powerPortsRequired, role: m.role, termSide: m.termSide }`;

const SEEDS = `UNWIND $ids AS id MATCH (m:CI {id: id}) RETURN ${NODE} AS m`;

/** What is inside the failed places (a site's rooms, racks and devices). */
const CONTENTS = `UNWIND $ids AS id MATCH (p:Location {id: id})<-[r:LOCATED_IN*1..8]-(m:CI)
  RETURN ${NODE} AS m, [x IN r | [startNode(x).id, endNode(x).id]] AS chain`;

/** One level: every wiring relationship of the frontier, with the CI at its far end. */
const LEVEL = `UNWIND $ids AS id MATCH (n:CI {id: id})-[r:${WIRING}]-(m:CI)
  WHERE NOT (type(r) = 'LOCATED_IN' AND endNode(r) = n)
  RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to,
    r.side AS side, r.rearPortPosition AS position, ${NODE} AS m`;

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
  const walked = new Set<string>();
  let frontier = [...nodes.values()].filter((n) => !LEAVES.has(n.class)).map((n) => n.id);
  for (let level = 0; frontier.length > 0 && level < MAX_LEVELS; level++) {
    for (const id of frontier) walked.add(id);
    const next = new Set<string>();
    for (const row of await tx.run(LEVEL, { ids: frontier })) {
      const node = topoNode(row.m as Row);
      if (!nodes.has(node.id)) add(node);
      const from = row.from as string;
      const type = row.type as RelationshipType;
      const to = row.to as string;
      const position = toNumber(row.position);
      edges.set(`${from}|${type}|${to}`, {
        type,
        from,
        to,
        properties: { side: row.side, ...(position === null ? {} : { rearPortPosition: position }) },
      });
      if (!walked.has(node.id) && !LEAVES.has(node.class)) next.add(node.id);
    }
    frontier = [...next];
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
