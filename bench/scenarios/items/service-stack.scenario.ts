/** Three levels down from 50 business services: what they depend on, what that runs on, and the hosts under that. */
import { comparison } from '../../runner';
import { PEER_ORDER, single } from '../shape';

interface HostShape {
  id: string;
  name: string;
  location: string | null;
}
interface RunsOnShape {
  id: string;
  name: string;
  runsOn: HostShape[];
}
interface DependencyShape {
  id: string;
  name: string;
  runsOn: RunsOnShape[];
}
interface ServiceShape {
  id: string;
  name: string;
  owner: string | null;
  dependsOn: DependencyShape[];
}

const FLOOR = `
MATCH (b:BusinessService)
WITH b ORDER BY b.name, b.id LIMIT $first
RETURN b {.id, .name,
  owner: COLLECT { MATCH (b)-[:OWNED_BY]->(o:CI) RETURN o.name ORDER BY o.name, o.id LIMIT 1 }[0],
  dependsOn: COLLECT {
    MATCH (b)-[:DEPENDS_ON]->(a:CI)
    RETURN a {.id, .name,
      runsOn: COLLECT {
        MATCH (a)-[:RUNS_ON]->(v:CI)
        RETURN v {.id, .name,
          runsOn: COLLECT {
            MATCH (v)-[:RUNS_ON]->(h:CI)
            RETURN h {.id, .name,
              location: COLLECT { MATCH (h)-[:LOCATED_IN]->(l:CI) RETURN l.name ORDER BY l.name, l.id LIMIT 1 }[0]
            } ORDER BY h.name, h.id
          }
        } ORDER BY v.name, v.id
      }
    } ORDER BY a.name, a.id
  }
} AS service`;

const PEER = `
query ($first: Int) {
  businessServices(limit: $first, sort: ${PEER_ORDER}) {
    id name
    owner(limit: 1, sort: ${PEER_ORDER}) { name }
    dependsOn(sort: ${PEER_ORDER}) {
      id name
      runsOn(sort: ${PEER_ORDER}) {
        id name
        runsOn(sort: ${PEER_ORDER}) {
          id name
          location(limit: 1, sort: ${PEER_ORDER}) { name }
        }
      }
    }
  }
}`;

/** What Estate's and the peer's answers have in common (to-one neighbours differ: object or list). */
interface Answer {
  id: string;
  name: string;
  owner?: unknown;
  dependsOn: {
    id: string;
    name: string;
    runsOn: { id: string; name: string; runsOn: { id: string; name: string; location: unknown }[] }[];
  }[];
}

const name = (to: unknown): string | null => single(to as { name: string } | { name: string }[] | null)?.name ?? null;

const toShape = (s: Answer): ServiceShape => ({
  id: s.id,
  name: s.name,
  owner: name(s.owner),
  dependsOn: s.dependsOn.map((a) => ({
    id: a.id,
    name: a.name,
    runsOn: a.runsOn.map((vm) => ({
      id: vm.id,
      name: vm.name,
      runsOn: vm.runsOn.map((h) => ({ id: h.id, name: h.name, location: name(h.location) })),
    })),
  })),
});

export const serviceStackScenario = comparison({
  name: 'service-stack',
  description: '50 business services → what they depend on → what that runs on → the hosts below, with locations',
  targets: { floorRatio: 1.5, beatPeer: true },
  variables: () => ({ first: 50 }),
  estate: async (ctx, v) => (await ctx.api.sdk.ServiceStack(v)).data.items.edges.map(({ node }) => toShape(node)),
  // The floor's statement returns the common shape already (a missing neighbour is null).
  floor: async (ctx, v) => (await ctx.floor.read(FLOOR, v)).map((r) => r.service as ServiceShape),
  peer: async (ctx, v) =>
    (await ctx.peer.request<{ businessServices: Answer[] }>(PEER, v)).businessServices.map(toShape),
});
