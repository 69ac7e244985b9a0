/**
 * The estate while it is being built, shared by every builder: the seeded random stream, the node and
 * relationship lists the result is made of, the id counters, and the records one builder leaves for the
 * next (the place tree, the VMs free for workloads, the teams, vendors, contracts and products made so far).
 *
 * It is also the one place a CI node is made (`ci`) and a relationship added (`rel`), so every node gets
 * the same common fields in the same key order, and the few distinct tag lists and attribute maps are
 * shared rather than copied per node.
 */
import { CLASS_NAMES } from '../../graph/model/classes';
import type { Criticality, LifecycleState } from '../../graph/model/enums';
import { RELATIONSHIP_TYPES } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { InfraTeam } from './catalogue.organisation';
import type { RegionSpec } from './catalogue.places';
import { AS_OF_MS, DAY, isoInstant } from './clock';
import type { Profile } from './estate.profiles';
import type { EstateSize, GeneratedRelationship, StoredNode } from './estate.types';
import { Rng } from './random';

export interface RegionCtx {
  spec: RegionSpec;
  id: string;
  sites: SiteCtx[];
}

export interface RackCtx {
  id: string;
  torId: string;
  /** The rack's second top-of-rack switch (made by the wiring builder; servers are dual-homed to both). */
  torBId: string;
  /** The lowest rack unit not yet taken from the bottom (network gear counts its units from the top). */
  nextUnit: number;
  /** Top-of-rack switch ports used so far. */
  ports: number;
  /** Every in-service device mounted in the rack, in the order it was mounted (the wiring builders power and cable them). */
  devices: string[];
}

export interface RoomCtx {
  id: string;
  name: string;
  distIds: string[];
  racks: RackCtx[];
}

export interface BuildingCtx {
  id: string;
  name: string;
  rooms: RoomCtx[];
}

export type SiteNetwork = 'mgmt' | 'prod' | 'dev' | 'user';

/** One uplink the network builder made as CONNECTED_TO, for the wiring builder to lay as a cable. */
export interface UplinkRecord {
  from: string;
  localPort: string;
  to: string;
  remotePort: string;
}

export interface SiteCtx {
  index: number;
  id: string;
  code: string;
  lower: string;
  domain: string;
  region: RegionCtx;
  buildings: BuildingCtx[];
  coreIds: string[];
  coreClusterId: string;
  fwClusterId: string;
  lbClusterId: string;
  networks: Record<SiteNetwork, string>;
  ipNext: Record<SiteNetwork, number>;
  storageIds: string[];
  vms: VmSlot[];
  vmCursor: number;
  peopleIds: string[];
  hypervisorHosts: { serverId: string; clusterId: string }[];
  /** The network vendor family the site's switches and routers come from (index into NETWORK_FAMILIES). */
  networkFamily: number;
  /** Edge-device and distribution uplinks to the core pair, as CONNECTED_TO records them. */
  uplinks: UplinkRecord[];
  /** Access points in service, with the distribution switch and port they hang off. */
  accessPoints: { id: string; building: string; to: string; localPort: string; remotePort: string }[];
}

export type VmEnv = 'prod' | 'dev' | 'test';

export interface VmSlot {
  node: StoredNode;
  site: SiteCtx;
  used: boolean;
  env: VmEnv;
  /** The key (in PRODUCTS) of the database engine a database placed here needs installed, if any. */
  engine?: string;
}

export interface ServiceCtx {
  id: string;
  slug: string;
  apps: string[];
}

export interface ProductRecord {
  id: string;
  /** The licence contract, sized once every installation is known. */
  contract: StoredNode;
  installs: number;
}

/** Sequences that number generated ids; `hw` numbers asset tags and serials across all hardware. */
export type CounterName =
  | 'hw'
  | 'server'
  | 'vm'
  | 'tor'
  | 'dist'
  | 'ap'
  | 'storage'
  | 'hvCluster'
  | 'dbCluster'
  | 'appCluster'
  | 'db'
  | 'app'
  | 'bs'
  | 'ts'
  | 'team'
  | 'person'
  | 'eud'
  | 'contract'
  | 'inst'
  | 'spare'
  | 'cable'
  | 'mac';

/** What `ci` may add beyond the class's own fields. */
export interface CiExtra {
  description?: string;
  tags?: readonly string[];
  attributes?: Record<string, string>;
  /** The earliest the CI may have been created (default: three years before the estate's instant). */
  since?: number;
}

export class EstateDraft {
  readonly rng: Rng;
  readonly nodes = new Map<string, StoredNode[]>(CLASS_NAMES.map((c) => [c, []]));
  readonly rels = new Map<RelationshipType, GeneratedRelationship[]>(RELATIONSHIP_TYPES.map((t) => [t, []]));
  private readonly counters = new Map<CounterName, number>();
  /** Mixed into serial numbers so different seeds give different serials (a bijection keeps them unique). */
  readonly serialMix: number;

  // Places, filled by the location builder and read by every builder after it.
  readonly regions: RegionCtx[] = [];
  readonly sites: SiteCtx[] = [];

  // Parties and paper, made on first use and looked up by key.
  readonly vendorIds = new Map<string, string>();
  readonly contractIds = new Map<string, string>();
  readonly contractNodes = new Map<string, StoredNode>();
  readonly productIds = new Map<string, ProductRecord>();
  readonly infraTeamIds = new Map<InfraTeam, string>();
  readonly productTeamIds: string[] = [];
  readonly teamNames = new Map<string, string>();
  readonly emails = new Set<string>();

  // Infrastructure and workloads, kept for later builders and for the estate's well-known ids.
  readonly serverIndex = new Map<string, StoredNode>();
  readonly technical = new Map<string, ServiceCtx>();
  readonly businessServices: { id: string; criticality: Criticality; apps: string[] }[] = [];
  readonly dbUsers: string[] = [];
  readonly appVms = new Map<string, string[]>();
  torWithServers = '';
  rackWithServers = '';

  /**
   * Shared, frozen copies of the few distinct tag lists and attribute maps: at 200k CIs, one array or JSON
   * string per node was most of the garbage collector's work.
   */
  private readonly tagSets = new Map<string, readonly string[]>();
  private readonly attributeStrings = new Map<string, string>();

  constructor(
    readonly size: EstateSize,
    readonly seed: number,
    readonly profile: Profile,
  ) {
    this.rng = new Rng(seed);
    this.serialMix = Math.floor(this.rng.next() * 0xffffffff) >>> 0;
  }

  /** The next number of a sequence (1 first). */
  next(counter: CounterName): number {
    const n = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, n);
    return n;
  }

  /** A CI node: the common fields, then the class's own (undefined and null left out), added to its class. */
  ci(
    className: string,
    id: string,
    name: string,
    state: LifecycleState,
    fields: Record<string, unknown>,
    extra: CiExtra = {},
  ): StoredNode {
    const earliest = extra.since ?? AS_OF_MS - 3 * 365 * DAY;
    const created = earliest + Math.floor(this.rng.next() * Math.max(DAY, AS_OF_MS - DAY - earliest));
    const updated = created + Math.floor(this.rng.next() * (AS_OF_MS - created));
    const node: StoredNode = { id, class: className, name };
    if (extra.description) node.description = extra.description;
    if (extra.tags && extra.tags.length > 0) node.tags = this.tagSet(extra.tags);
    node.lifecycleState = state;
    node.operationalStatus = state === 'DEPLOYED' ? 'OPERATIONAL' : 'UNKNOWN';
    node.version = 1;
    node.createdAt = isoInstant(created);
    node.updatedAt = isoInstant(updated);
    node.attributes = this.attributesJson(extra.attributes);
    for (const key in fields) {
      const value = fields[key];
      if (value !== undefined && value !== null) node[key] = value;
    }
    this.nodes.get(className)!.push(node);
    return node;
  }

  /**
   * A device component (interface, port, outlet, circuit termination) and its COMPONENT_OF. The fast path
   * for the million-odd parts of the large estate: no random draws, and the owner's state and timestamps
   * (a part arrives with its device), so a component costs one object and one relationship.
   */
  part(className: string, id: string, name: string, owner: StoredNode, fields: Record<string, unknown>): StoredNode {
    const node = this.lean(className, id, name, owner, fields);
    this.rels.get('COMPONENT_OF')!.push({ from: id, to: owner.id as string });
    return node;
  }

  /** A CI dated and in the state of `like` (the device it belongs to or sits on), with no random draws. */
  lean(className: string, id: string, name: string, like: StoredNode, fields: Record<string, unknown>): StoredNode {
    const node: StoredNode = {
      id,
      class: className,
      name,
      lifecycleState: like.lifecycleState,
      operationalStatus: like.operationalStatus,
      version: 1,
      createdAt: like.createdAt,
      updatedAt: like.createdAt,
      attributes: '{}',
    };
    for (const key in fields) {
      const value = fields[key];
      if (value !== undefined && value !== null) node[key] = value;
    }
    this.nodes.get(className)!.push(node);
    return node;
  }

  rel(type: RelationshipType, from: string, to: string, properties?: Record<string, unknown>): void {
    this.rels.get(type)!.push(properties ? { from, to, properties } : { from, to });
  }

  tagSet(tags: readonly string[]): readonly string[] {
    const key = tags.join('\n');
    let set = this.tagSets.get(key);
    if (!set) {
      set = Object.freeze([...tags]);
      this.tagSets.set(key, set);
    }
    return set;
  }

  private attributesJson(attributes: Record<string, string> | undefined): string {
    if (!attributes) return '{}';
    const json = JSON.stringify(attributes);
    let shared = this.attributeStrings.get(json);
    if (shared === undefined) {
      shared = json;
      this.attributeStrings.set(json, shared);
    }
    return shared;
  }
}
