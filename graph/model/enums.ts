/**
 * The model's closed vocabularies. Each is a readonly tuple so that the
 * GraphQL enums, the zod validators and the CSV synonyms are all built from
 * the same list.
 */

export const LIFECYCLE_STATES = [
  'PLANNED',
  'ORDERED',
  'RECEIVED',
  'IN_STOCK',
  'DEPLOYED',
  'IN_MAINTENANCE',
  'RETIRED',
  'DISPOSED',
  'CANCELLED',
  'LOST',
  'STOLEN',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const OPERATIONAL_STATUSES = ['OPERATIONAL', 'DEGRADED', 'DOWN', 'UNKNOWN'] as const;
export type OperationalStatus = (typeof OPERATIONAL_STATUSES)[number];

/** Device roles as network teams name them (NetBox's default roles and the usual campus tiers). */
export const NETWORK_DEVICE_ROLES = [
  'ROUTER',
  'CORE_SWITCH',
  'DISTRIBUTION_SWITCH',
  'ACCESS_SWITCH',
  'TOR_SWITCH',
  'SWITCH',
  'FIREWALL',
  'LOAD_BALANCER',
  'ACCESS_POINT',
  'WIRELESS_CONTROLLER',
  'PATCH_PANEL',
  'PDU',
  'UPS',
  'CONSOLE_SERVER',
] as const;
export type NetworkDeviceRole = (typeof NETWORK_DEVICE_ROLES)[number];

/** Ordered from most to least critical: impact reports sort by this order. */
export const CRITICALITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

/** Ordered from the widest place to the narrowest. */
export const LOCATION_KINDS = ['REGION', 'SITE', 'BUILDING', 'FLOOR', 'ROOM', 'RACK'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const CONTRACT_KINDS = ['WARRANTY', 'SUPPORT', 'LEASE', 'LICENCE'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** What became of a disposed asset. */
export const DISPOSAL_METHODS = ['RECYCLED', 'RESOLD', 'DESTROYED', 'RETURNED_TO_LESSOR', 'DONATED'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];

/** Media sanitisation before disposal, after NIST SP 800-88 (clear, purge, destroy), or none. */
export const SANITISATION_METHODS = ['NONE', 'CLEAR', 'PURGE', 'DESTROY'] as const;
export type SanitisationMethod = (typeof SANITISATION_METHODS)[number];

export const DEPRECIATION_METHODS = ['STRAIGHT_LINE', 'DECLINING_BALANCE'] as const;
export type DepreciationMethod = (typeof DEPRECIATION_METHODS)[number];

/** Which end of a cable a termination is on; cables are undirected, A and B are only names. */
export const CABLE_SIDES = ['A', 'B'] as const;
export type CableSide = (typeof CABLE_SIDES)[number];

/** NetBox's cable statuses. */
export const CABLE_STATUSES = ['CONNECTED', 'PLANNED', 'DECOMMISSIONING'] as const;

export const LENGTH_UNITS = ['KM', 'M', 'CM', 'MI', 'FT', 'IN'] as const;

/** Which end of a circuit a termination is. */
export const CIRCUIT_SIDES = ['A', 'Z'] as const;

/** 802.1Q mode of an interface: one untagged VLAN, tagged VLANs, or every VLAN tagged. */
export const INTERFACE_MODES = ['ACCESS', 'TAGGED', 'TAGGED_ALL'] as const;

export const POWER_FEED_TYPES = ['PRIMARY', 'REDUNDANT'] as const;
export const POWER_SUPPLIES = ['AC', 'DC'] as const;
export const POWER_PHASES = ['SINGLE_PHASE', 'THREE_PHASE'] as const;
/** The phase leg of a three-phase feed an outlet draws from. */
export const FEED_LEGS = ['A', 'B', 'C'] as const;

export const RACK_FACES = ['FRONT', 'REAR'] as const;

/** Every closed vocabulary by the name the class table refers to it with. */
export const ENUMS = {
  LifecycleState: LIFECYCLE_STATES,
  OperationalStatus: OPERATIONAL_STATUSES,
  NetworkDeviceRole: NETWORK_DEVICE_ROLES,
  Criticality: CRITICALITIES,
  LocationKind: LOCATION_KINDS,
  ContractKind: CONTRACT_KINDS,
  DisposalMethod: DISPOSAL_METHODS,
  SanitisationMethod: SANITISATION_METHODS,
  DepreciationMethod: DEPRECIATION_METHODS,
  CableStatus: CABLE_STATUSES,
  LengthUnit: LENGTH_UNITS,
  CircuitSide: CIRCUIT_SIDES,
  InterfaceMode: INTERFACE_MODES,
  PowerFeedType: POWER_FEED_TYPES,
  PowerSupply: POWER_SUPPLIES,
  PowerPhase: POWER_PHASES,
  FeedLeg: FEED_LEGS,
  RackFace: RACK_FACES,
} as const;
export type EnumName = keyof typeof ENUMS;
