/**
 * The shape of a generated estate, as bench/, server/ and seed.ts consume it, and the names of its sizes.
 */
import type { RelationshipType } from '../../graph/model/relationships.rules';

export const ESTATE_SIZES = ['tiny', 'small', 'medium', 'large'] as const;
export type EstateSize = (typeof ESTATE_SIZES)[number];

/** A CI node's stored properties, exactly as `SET n = row` writes them. */
export type StoredNode = Record<string, unknown>;

export interface GeneratedRelationship {
  from: string;
  to: string;
  properties?: Record<string, unknown>;
}

export interface EstateCounts {
  nodes: number;
  relationships: number;
  byClass: Record<string, number>;
  byType: Record<string, number>;
  /** The wiring at a glance (each also in byClass): what the network questions walk over. */
  network: NetworkCounts;
}

export interface NetworkCounts {
  interfaces: number;
  frontPorts: number;
  rearPorts: number;
  powerPorts: number;
  powerOutlets: number;
  cables: number;
  patchPanels: number;
  pdus: number;
  circuits: number;
  powerFeeds: number;
  prefixes: number;
  ipAddresses: number;
}

export interface GeneratedEstate {
  size: EstateSize;
  seed: number;
  /** The instant the estate describes; every timestamp in it is at or before this. */
  asOf: string;
  /** Stored property maps by class name; every class of the table has an entry (maybe empty). */
  nodes: Map<string, StoredNode[]>;
  /** Relationships by type; every type of the rule table has an entry (maybe empty). */
  relationships: Map<RelationshipType, GeneratedRelationship[]>;
  counts: EstateCounts;
  regionIds: string[];
  siteIds: string[];
  /** Both members of every site's core pair, site by site (`sw-core-001-a`, `sw-core-001-b`, …). */
  coreSwitchIds: string[];
  /** The Cluster each site's core pair is MEMBER_OF (minHealthyMembers 1). */
  coreClusterIds: string[];
  businessServiceIds: string[];
  technicalServiceIds: string[];
  /** A deployed hypervisor host whose cluster runs VMs that applications use. */
  sampleServerId: string;
  /** The hypervisor cluster of sampleServerId. */
  sampleClusterId: string;
  /** A VM that an application of a business service runs on. */
  sampleVmId: string;
  /** An application of sampleBusinessServiceId, running on sampleVmId. */
  sampleApplicationId: string;
  /** A database some application depends on. */
  sampleDatabaseId: string;
  /** The most critical business service (the first CRITICAL one, else the first). */
  sampleBusinessServiceId: string;
  /** A top-of-rack switch with servers connected to it. */
  sampleTorSwitchId: string;
  sampleRackId: string;
  /** sampleServerId's first data interface (eno1), cabled to sampleServerId's rack's A switch. */
  sampleInterfaceId: string;
  /** The A-side PDU of sampleRackId. */
  samplePduId: string;
}
