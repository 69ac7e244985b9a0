/** A page of 100 servers with their location, owner and what runs on them (VMs, software installations). */
import { comparison } from '../../runner';
import { ref, refs, single, PEER_ORDER } from '../shape';
import type { Ref } from '../shape';

interface ServerShape {
  id: string;
  name: string;
  hostname: string | null;
  serialNumber: string | null;
  location: Ref | null;
  owner: Ref | null;
  hosts: Ref[];
}

const FLOOR = `
MATCH (s:Server)
WITH s ORDER BY s.name, s.id LIMIT $first
RETURN s {.id, .name, .hostname, .serialNumber,
  location: COLLECT { MATCH (s)-[:LOCATED_IN]->(l:CI) RETURN l {.id, .name} ORDER BY l.name, l.id LIMIT 1 }[0],
  owner: COLLECT { MATCH (s)-[:OWNED_BY]->(o:CI) RETURN o {.id, .name} ORDER BY o.name, o.id LIMIT 1 }[0],
  hosts: COLLECT { MATCH (s)<-[:RUNS_ON]-(h:CI) RETURN h {.id, .name} ORDER BY h.name, h.id }
} AS server`;

const PEER = `
query ($first: Int) {
  servers(limit: $first, sort: ${PEER_ORDER}) {
    id name hostname serialNumber
    location(limit: 1, sort: ${PEER_ORDER}) { id name }
    owner(limit: 1, sort: ${PEER_ORDER}) { id name }
    hosts(sort: ${PEER_ORDER}) { id name }
  }
}`;

/** What Estate's and the peer's answers have in common (to-one neighbours differ: object or list). */
interface Answer {
  id: string;
  name: string;
  hostname?: string | null;
  serialNumber?: string | null;
  location: Ref | Ref[] | null;
  owner: Ref | Ref[] | null;
  hosts: Ref[];
}

const toShape = (s: Answer): ServerShape => ({
  id: s.id,
  name: s.name,
  hostname: s.hostname ?? null,
  serialNumber: s.serialNumber ?? null,
  location: ref(single(s.location)),
  owner: ref(single(s.owner)),
  hosts: refs(s.hosts),
});

export const serversPageScenario = comparison({
  name: 'servers-page',
  description: 'a page of 100 servers, each with its location, owner and everything that runs on it',
  targets: { floorRatio: 1.5, beatPeer: true },
  variables: () => ({ first: 100 }),
  estate: async (ctx, v) => (await ctx.api.sdk.ServersPage(v)).data.items.edges.map(({ node }) => toShape(node)),
  // The floor's statement returns the common shape already (a missing property or neighbour is null).
  floor: async (ctx, v) => (await ctx.floor.read(FLOOR, v)).map((r) => r.server as ServerShape),
  peer: async (ctx, v) => (await ctx.peer.request<{ servers: Answer[] }>(PEER, v)).servers.map(toShape),
});
