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

export const NETWORK_DEVICE_ROLES = ['ROUTER', 'SWITCH', 'FIREWALL', 'LOAD_BALANCER', 'ACCESS_POINT'] as const;
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
} as const;
export type EnumName = keyof typeof ENUMS;
