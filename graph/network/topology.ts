/**
 * The wired network in memory: devices, their components, cables, patch
 * panel pass-throughs, circuits and power, as the questions about paths
 * need them (cable trace, paths and reachability, who is cut off or
 * unpowered). Built from plain node and edge rows, so unit tests describe a
 * network by hand and topology.load.ts fills it from Neo4j the same way.
 *
 * Cables are undirected: a cable's ends are kept by side, and every walk
 * looks at both sides alike.
 */
import type { RelationshipType } from '../model/relationships.rules';

/** Class fields the walks read, as stored on a CI (TopoNode.fields); the loaders read exactly these. */
export const TOPOLOGY_FIELDS = [
  'enabled',
  'cableStatus',
  'positions',
  'mgmtOnly',
  'termSide',
  'upstream',
  'role',
  'powerPortsRequired',
] as const;

/** A CI as the network walks see it. */
export interface TopoNode {
  readonly id: string;
  readonly class: string;
  readonly name: string;
  /** Reported operationalStatus (DOWN fails it). */
  readonly status?: string | null;
  readonly lifecycleState?: string | null;
  /** Class fields the walks read: enabled, cableStatus, upstream, positions, powerPortsRequired, role, mgmtOnly, termSide. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** A relationship between two CIs, in the model's direction (source → target). */
export interface TopoEdge {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** A cable's two sides; A and B are only names. */
export interface CableEnds {
  readonly A: readonly string[];
  readonly B: readonly string[];
}

export interface Topology {
  readonly nodes: ReadonlyMap<string, TopoNode>;
  /** A component's owner (device, VM or circuit). */
  readonly ownerOf: ReadonlyMap<string, string>;
  /** An owner's components. */
  readonly componentsOf: ReadonlyMap<string, readonly string[]>;
  readonly cables: ReadonlyMap<string, CableEnds>;
  /** The cable a termination is on, and on which side. */
  readonly cableAt: ReadonlyMap<string, { readonly cable: string; readonly side: 'A' | 'B' }>;
  /** A front port's rear port and position there. */
  readonly rearOf: ReadonlyMap<string, { readonly rear: string; readonly position: number }>;
  /** A rear port's front ports by position. */
  readonly frontsOf: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** What powers a power outlet (its PDU's power port) or a feed (its panel). */
  readonly fedBy: ReadonlyMap<string, string>;
  /** Where a circuit termination is: a site (Location) or a provider network. */
  readonly terminatesAt: ReadonlyMap<string, string>;
  /** A CI's place (LOCATED_IN), for failures of a site, room or rack. */
  readonly locatedIn: ReadonlyMap<string, string>;
  /** A device's DeviceType (OF_TYPE), for what every device of the type needs (powerPortsRequired). */
  readonly typeOf?: ReadonlyMap<string, string>;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The topology of these nodes and edges; edges whose ends are not among the nodes are ignored. */
export function buildTopology(nodes: Iterable<TopoNode>, edges: Iterable<TopoEdge>): Topology {
  // In id order, whatever order the rows were read in: the walks break ties by the order of their
  // neighbours, and an answer must not depend on which CI the network was first read from.
  const byId = new Map<string, TopoNode>();
  for (const node of [...nodes].sort((a, b) => compareIds(a.id, b.id))) byId.set(node.id, node);
  edges = [...edges].sort((a, b) => compareIds(a.from, b.from) || compareIds(a.type, b.type) || compareIds(a.to, b.to));
  const ownerOf = new Map<string, string>();
  const componentsOf = new Map<string, string[]>();
  const sides = new Map<string, { A: string[]; B: string[] }>();
  const cableAt = new Map<string, { cable: string; side: 'A' | 'B' }>();
  const rearOf = new Map<string, { rear: string; position: number }>();
  const frontsOf = new Map<string, Map<number, string>>();
  const fedBy = new Map<string, string>();
  const terminatesAt = new Map<string, string>();
  const locatedIn = new Map<string, string>();
  const typeOf = new Map<string, string>();
  for (const cable of byId.values()) if (cable.class === 'Cable') sides.set(cable.id, { A: [], B: [] });

  for (const edge of edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    switch (edge.type) {
      case 'COMPONENT_OF':
        ownerOf.set(edge.from, edge.to);
        pushTo(componentsOf, edge.to, edge.from);
        break;
      case 'TERMINATES': {
        const side = edge.properties?.side === 'B' ? 'B' : 'A';
        sides.get(edge.from)?.[side].push(edge.to);
        cableAt.set(edge.to, { cable: edge.from, side });
        break;
      }
      case 'MAPS_TO': {
        const position = Number(edge.properties?.rearPortPosition ?? 1);
        rearOf.set(edge.from, { rear: edge.to, position });
        const fronts = frontsOf.get(edge.to) ?? new Map<number, string>();
        fronts.set(position, edge.from);
        frontsOf.set(edge.to, fronts);
        break;
      }
      case 'FED_BY':
        fedBy.set(edge.from, edge.to);
        break;
      case 'TERMINATES_AT':
        terminatesAt.set(edge.from, edge.to);
        break;
      case 'LOCATED_IN':
        locatedIn.set(edge.from, edge.to);
        break;
      case 'OF_TYPE':
        typeOf.set(edge.from, edge.to);
        break;
      default:
        break;
    }
  }
  return {
    nodes: byId,
    ownerOf,
    componentsOf,
    cables: sides,
    cableAt,
    rearOf,
    frontsOf,
    fedBy,
    terminatesAt,
    locatedIn,
    typeOf,
  };
}

/** The ends across the cable from `termination` (empty when it is not cabled). */
export function farEnds(topology: Topology, termination: string): readonly string[] {
  const at = topology.cableAt.get(termination);
  if (!at) return [];
  const ends = topology.cables.get(at.cable)!;
  return at.side === 'A' ? ends.B : ends.A;
}

/** The other termination of a circuit (A ↔ Z), when the circuit has both. */
export function otherCircuitEnd(topology: Topology, termination: string): string | undefined {
  const circuit = topology.ownerOf.get(termination);
  if (!circuit) return undefined;
  return topology.componentsOf.get(circuit)?.find((t) => t !== termination);
}

/** The relationship types topology.load.ts reads. */
export const TOPOLOGY_TYPES: readonly RelationshipType[] = [
  'COMPONENT_OF',
  'TERMINATES',
  'MAPS_TO',
  'FED_BY',
  'TERMINATES_AT',
  'LOCATED_IN',
  'OF_TYPE',
];
