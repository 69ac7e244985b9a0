/** One CI by id with its location and owner: the smallest useful read. */
import type { BenchContext } from '../../context';
import { comparison } from '../../runner';
import { ref, single, PEER_ORDER } from '../shape';
import type { Ref } from '../shape';

interface ItemShape {
  id: string;
  name: string;
  class: string;
  lifecycleState: string;
  operationalStatus: string;
  version: number;
  updatedAt: string;
  hostname: string | null;
  serialNumber: string | null;
  cpuCores: number | null;
  memoryGb: number | null;
  os: string | null;
  location: Ref | null;
  owner: Ref | null;
}

/** Estate's, the floor's and the peer's answers alike; to-one neighbours are an object, a list or null. */
type Answer = Omit<ItemShape, 'hostname' | 'serialNumber' | 'cpuCores' | 'memoryGb' | 'os' | 'location' | 'owner'> &
  Partial<Pick<ItemShape, 'hostname' | 'serialNumber' | 'cpuCores' | 'memoryGb' | 'os'>> & {
    location: Ref | Ref[] | null;
    owner: Ref | Ref[] | null;
  };

const toShape = (n: Answer | null | undefined): ItemShape | null =>
  n
    ? {
        id: n.id,
        name: n.name,
        class: n.class,
        lifecycleState: n.lifecycleState,
        operationalStatus: n.operationalStatus,
        version: n.version,
        updatedAt: n.updatedAt,
        hostname: n.hostname ?? null,
        serialNumber: n.serialNumber ?? null,
        cpuCores: n.cpuCores ?? null,
        memoryGb: n.memoryGb ?? null,
        os: n.os ?? null,
        location: ref(single(n.location)),
        owner: ref(single(n.owner)),
      }
    : null;

const FLOOR = `
MATCH (n:CI {id: $id})
RETURN n {.id, .name, .class, .lifecycleState, .operationalStatus, .version, .updatedAt,
          .hostname, .serialNumber, .cpuCores, .memoryGb, .os,
  location: COLLECT { MATCH (n)-[:LOCATED_IN]->(l:CI) RETURN l {.id, .name} ORDER BY l.name, l.id LIMIT 1 }[0],
  owner: COLLECT { MATCH (n)-[:OWNED_BY]->(o:CI) RETURN o {.id, .name} ORDER BY o.name, o.id LIMIT 1 }[0]
} AS item`;

const PEER = `
query ($id: ID!) {
  cis(where: { id: { eq: $id } }) {
    id name class lifecycleState operationalStatus version updatedAt
    hostname serialNumber cpuCores memoryGb os
    location(limit: 1, sort: ${PEER_ORDER}) { id name }
    owner(limit: 1, sort: ${PEER_ORDER}) { id name }
  }
}`;

const fetchers = {
  variables: (ctx: BenchContext) => ({ id: ctx.ids.sampleServerId }),
  estate: async (ctx: BenchContext, v: { id: string }) => toShape((await ctx.api.sdk.BenchItem(v)).data.item),
  floor: async (ctx: BenchContext, v: { id: string }) =>
    toShape((await ctx.floor.read(FLOOR, v))[0]?.item as Answer | undefined),
  peer: async (ctx: BenchContext, v: { id: string }) =>
    toShape((await ctx.peer.request<{ cis: Answer[] }>(PEER, v)).cis[0]),
};

export const itemScenario = comparison({
  name: 'item-by-id',
  description: 'one server by id with a dozen fields, its location and its owner',
  targets: { floorRatio: 1.5 },
  ...fetchers,
});

/** The same read with 8 requests in flight at once: how latency holds up and what throughput one process gives. */
export const itemConcurrentScenario = comparison({
  name: 'item-by-id-x8',
  description: 'item-by-id with 8 requests in flight at once (latency per request; req/s in the notes)',
  concurrency: 8,
  ...fetchers,
});
