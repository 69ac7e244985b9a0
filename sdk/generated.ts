/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import { GraphQLError, print } from 'graphql'
import gql from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** Every class of configuration item. */
export type CiClass =
  | 'Application'
  | 'BusinessService'
  | 'Cluster'
  | 'Contract'
  | 'Database'
  | 'EndUserDevice'
  | 'Location'
  | 'Network'
  | 'NetworkDevice'
  | 'Person'
  | 'Server'
  | 'SoftwareInstallation'
  | 'SoftwareProduct'
  | 'StorageDevice'
  | 'Team'
  | 'TechnicalService'
  | 'Vendor'
  | 'VirtualMachine';

export type ContractKind =
  | 'LEASE'
  | 'LICENCE'
  | 'SUPPORT'
  | 'WARRANTY';

/** A new CI: its class, a name, and any fields of that class. */
export type CreateItemInput = {
  /** Postal address, for sites and buildings. */
  address?: string | null | undefined;
  /** Organisation asset tag, unique across hardware. */
  assetTag?: string | null | undefined;
  /** Replaces all attributes. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Usable capacity in TB. */
  capacityTb?: number | null | undefined;
  /** Where to reach the team in a hurry. */
  chatChannel?: string | null | undefined;
  /** Address range, e.g. 10.1.0.0/24. */
  cidr?: string | null | undefined;
  class: CiClass;
  /** Hypervisor cluster, database cluster, load-balanced pool… */
  clusterType?: string | null | undefined;
  /** What the contract covers. */
  contractKind?: ContractKind | null | undefined;
  /** The vendor's contract reference. */
  contractNumber?: string | null | undefined;
  /** Total contract cost. */
  cost?: MoneyInput | null | undefined;
  /** Physical CPU cores. */
  cpuCores?: number | null | undefined;
  /** How much the business suffers when it is down. */
  criticality?: Criticality | null | undefined;
  /** Version deployed now. */
  deployedVersion?: string | null | undefined;
  description?: string | null | undefined;
  /** Laptop, desktop, phone, tablet… */
  deviceType?: string | null | undefined;
  /** DNS domain the host name belongs to. */
  domain?: string | null | undefined;
  /** Team mailbox. */
  email?: string | null | undefined;
  /** HR identifier. */
  employeeId?: string | null | undefined;
  /** Last day covered. */
  endDate?: string | null | undefined;
  /** PostgreSQL, Oracle, MySQL… */
  engine?: string | null | undefined;
  /** Engine version. */
  engineVersion?: string | null | undefined;
  /** Firmware or OS version. */
  firmware?: string | null | undefined;
  /** Default gateway address. */
  gateway?: string | null | undefined;
  /** Primary host name. */
  hostname?: string | null | undefined;
  /** Your own stable id; a UUID is made when absent. */
  id?: string | number | null | undefined;
  /** Where it is installed. */
  installPath?: string | null | undefined;
  /** When it was installed. */
  installedAt?: string | null | undefined;
  /** Installed version. */
  installedVersion?: string | null | undefined;
  /** IP addresses (v4 or v6). */
  ipAddresses?: Array<string> | null | undefined;
  /** Per core, per user, subscription… */
  licenceModel?: string | null | undefined;
  /** Units entitled by a licence contract. */
  licensedUnits?: number | null | undefined;
  /** Initial state; PLANNED for hardware and DEPLOYED for the rest when absent. */
  lifecycleState?: LifecycleState | null | undefined;
  /** What sort of place it is. */
  locationKind?: LocationKind | null | undefined;
  /** Manufacturer, e.g. Dell, Cisco. */
  manufacturer?: string | null | undefined;
  /** Installed memory in GiB. */
  memoryGb?: number | null | undefined;
  /** Members that must be up for the cluster to be up. */
  minHealthyMembers?: number | null | undefined;
  /** Model name or number. */
  model?: string | null | undefined;
  name: string;
  operationalStatus?: OperationalStatus | null | undefined;
  /** Operating system and version. */
  os?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Listening port. */
  port?: number | null | undefined;
  /** Number of ports. */
  portCount?: number | null | undefined;
  /** Product version or edition. */
  productVersion?: string | null | undefined;
  /** Who makes it. */
  publisher?: string | null | undefined;
  /** Purchase price. */
  purchaseCost?: MoneyInput | null | undefined;
  /** Date the asset was bought. */
  purchaseDate?: string | null | undefined;
  /** Purchase order number. */
  purchaseOrder?: string | null | undefined;
  /** Source repository URL. */
  repository?: string | null | undefined;
  /** What the device does in the network. */
  role?: NetworkDeviceRole | null | undefined;
  /** Manufacturer's serial number, unique across hardware. */
  serialNumber?: string | null | undefined;
  /** When the service must be available, e.g. 24x7. */
  serviceHours?: string | null | undefined;
  /** Availability target in percent, e.g. 99.9. */
  slaTarget?: number | null | undefined;
  /** First day covered. */
  startDate?: string | null | undefined;
  /** SAN, NAS, DAS, object… */
  storageType?: string | null | undefined;
  /** Support mailbox. */
  supportEmail?: string | null | undefined;
  /** Support line. */
  supportPhone?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Where users reach it. */
  url?: string | null | undefined;
  /** Virtual CPUs. */
  vcpu?: number | null | undefined;
  /** VLAN id. */
  vlan?: number | null | undefined;
  /** Last day of the manufacturer warranty. */
  warrantyEnd?: string | null | undefined;
  /** Web site. */
  website?: string | null | undefined;
};

export type Criticality =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** OUT follows relationships from this CI; IN follows those pointing at it. */
export type Direction =
  | 'IN'
  | 'OUT';

/** All given conditions must hold. */
export type ItemFilter = {
  classes?: Array<CiClass> | null | undefined;
  lifecycleStates?: Array<LifecycleState> | null | undefined;
  /** In this location or anywhere below it. */
  locationId?: string | number | null | undefined;
  operationalStatuses?: Array<OperationalStatus> | null | undefined;
  /** OWNED_BY this team or person. */
  ownerId?: string | number | null | undefined;
  /** The CI carries every one of these tags. */
  tags?: Array<string> | null | undefined;
  /** Words to find through the full-text index (prefix match, all words). */
  text?: string | null | undefined;
};

export type ItemOrder = {
  direction?: OrderDirection;
  field?: ItemOrderField;
};

export type ItemOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME'
  | 'UPDATED_AT';

/** Fields a patch may change; null clears a field, an absent field is left alone. */
export type ItemPatch = {
  /** Postal address, for sites and buildings. */
  address?: string | null | undefined;
  /** Organisation asset tag, unique across hardware. */
  assetTag?: string | null | undefined;
  /** Replaces all attributes. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Usable capacity in TB. */
  capacityTb?: number | null | undefined;
  /** Where to reach the team in a hurry. */
  chatChannel?: string | null | undefined;
  /** Address range, e.g. 10.1.0.0/24. */
  cidr?: string | null | undefined;
  /** Hypervisor cluster, database cluster, load-balanced pool… */
  clusterType?: string | null | undefined;
  /** What the contract covers. */
  contractKind?: ContractKind | null | undefined;
  /** The vendor's contract reference. */
  contractNumber?: string | null | undefined;
  /** Total contract cost. */
  cost?: MoneyInput | null | undefined;
  /** Physical CPU cores. */
  cpuCores?: number | null | undefined;
  /** How much the business suffers when it is down. */
  criticality?: Criticality | null | undefined;
  /** Version deployed now. */
  deployedVersion?: string | null | undefined;
  description?: string | null | undefined;
  /** Laptop, desktop, phone, tablet… */
  deviceType?: string | null | undefined;
  /** DNS domain the host name belongs to. */
  domain?: string | null | undefined;
  /** Team mailbox. */
  email?: string | null | undefined;
  /** HR identifier. */
  employeeId?: string | null | undefined;
  /** Last day covered. */
  endDate?: string | null | undefined;
  /** PostgreSQL, Oracle, MySQL… */
  engine?: string | null | undefined;
  /** Engine version. */
  engineVersion?: string | null | undefined;
  /** Firmware or OS version. */
  firmware?: string | null | undefined;
  /** Default gateway address. */
  gateway?: string | null | undefined;
  /** Primary host name. */
  hostname?: string | null | undefined;
  /** Where it is installed. */
  installPath?: string | null | undefined;
  /** When it was installed. */
  installedAt?: string | null | undefined;
  /** Installed version. */
  installedVersion?: string | null | undefined;
  /** IP addresses (v4 or v6). */
  ipAddresses?: Array<string> | null | undefined;
  /** Per core, per user, subscription… */
  licenceModel?: string | null | undefined;
  /** Units entitled by a licence contract. */
  licensedUnits?: number | null | undefined;
  /** What sort of place it is. */
  locationKind?: LocationKind | null | undefined;
  /** Manufacturer, e.g. Dell, Cisco. */
  manufacturer?: string | null | undefined;
  /** Installed memory in GiB. */
  memoryGb?: number | null | undefined;
  /** Members that must be up for the cluster to be up. */
  minHealthyMembers?: number | null | undefined;
  /** Model name or number. */
  model?: string | null | undefined;
  name?: string | null | undefined;
  operationalStatus?: OperationalStatus | null | undefined;
  /** Operating system and version. */
  os?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Listening port. */
  port?: number | null | undefined;
  /** Number of ports. */
  portCount?: number | null | undefined;
  /** Product version or edition. */
  productVersion?: string | null | undefined;
  /** Who makes it. */
  publisher?: string | null | undefined;
  /** Purchase price. */
  purchaseCost?: MoneyInput | null | undefined;
  /** Date the asset was bought. */
  purchaseDate?: string | null | undefined;
  /** Purchase order number. */
  purchaseOrder?: string | null | undefined;
  /** Source repository URL. */
  repository?: string | null | undefined;
  /** What the device does in the network. */
  role?: NetworkDeviceRole | null | undefined;
  /** Manufacturer's serial number, unique across hardware. */
  serialNumber?: string | null | undefined;
  /** When the service must be available, e.g. 24x7. */
  serviceHours?: string | null | undefined;
  /** Availability target in percent, e.g. 99.9. */
  slaTarget?: number | null | undefined;
  /** First day covered. */
  startDate?: string | null | undefined;
  /** SAN, NAS, DAS, object… */
  storageType?: string | null | undefined;
  /** Support mailbox. */
  supportEmail?: string | null | undefined;
  /** Support line. */
  supportPhone?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Where users reach it. */
  url?: string | null | undefined;
  /** Virtual CPUs. */
  vcpu?: number | null | undefined;
  /** VLAN id. */
  vlan?: number | null | undefined;
  /** Last day of the manufacturer warranty. */
  warrantyEnd?: string | null | undefined;
  /** Web site. */
  website?: string | null | undefined;
};

export type LifecycleState =
  | 'CANCELLED'
  | 'DEPLOYED'
  | 'DISPOSED'
  | 'IN_MAINTENANCE'
  | 'IN_STOCK'
  | 'LOST'
  | 'ORDERED'
  | 'PLANNED'
  | 'RECEIVED'
  | 'RETIRED'
  | 'STOLEN';

export type LocationKind =
  | 'BUILDING'
  | 'FLOOR'
  | 'RACK'
  | 'REGION'
  | 'ROOM'
  | 'SITE';

/** An amount of money in minor units (cents) with its ISO-4217 currency. */
export type MoneyInput = {
  /** Amount in minor units (a whole number). */
  amount: number;
  /** ISO-4217 currency code, e.g. EUR. */
  currency: string;
};

export type NetworkDeviceRole =
  | 'ACCESS_POINT'
  | 'FIREWALL'
  | 'LOAD_BALANCER'
  | 'ROUTER'
  | 'SWITCH';

export type OperationalStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'OPERATIONAL'
  | 'UNKNOWN';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A relationship to make; it points from the dependent to what it needs. */
export type RelateInput = {
  from: string | number;
  /** Scalar properties, e.g. {localPort: "ge-0/0/1"}. */
  properties?: Record<string, unknown> | null | undefined;
  to: string | number;
  type: RelationshipType;
};

/** Relationship types; each points from the dependent to what it needs. */
export type RelationshipType =
  /** The source is cabled to an upstream network device or attached to a network. */
  | 'CONNECTED_TO'
  /** A warranty, support, lease or licence contract that covers the source. */
  | 'COVERED_BY'
  /** The source needs the target to work. */
  | 'DEPENDS_ON'
  /** The source is physically inside the target place. */
  | 'LOCATED_IN'
  /** The source is one member of a redundancy group. */
  | 'MEMBER_OF'
  /** The team or person accountable for the source. */
  | 'OWNED_BY'
  /** The source service is a component of the target service. */
  | 'PART_OF'
  /** The source is hosted on the target. */
  | 'RUNS_ON'
  /** The vendor the source was bought from. */
  | 'SUPPLIED_BY'
  /** Who fixes the source when it breaks. */
  | 'SUPPORTED_BY';

type ItemFields_Application_Fragment = (
  { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Application' }
);

type ItemFields_BusinessService_Fragment = (
  { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'BusinessService' }
);

type ItemFields_Cluster_Fragment = (
  { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Cluster' }
);

type ItemFields_Contract_Fragment = (
  { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, cost: { amount: number, currency: string } | null }
  & { __typename: 'Contract' }
);

type ItemFields_2S2dzaslFqqvBcc0MiMsBto00Kxi3glvDku6yyxqYi_Fragment = (
  { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Database' | 'Network' | 'Person' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'Vendor' }
);

type ItemFields_EndUserDevice_StorageDevice_Fragment = (
  { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
  & { __typename: 'EndUserDevice' | 'StorageDevice' }
);

type ItemFields_Location_Fragment = (
  { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Location' }
);

type ItemFields_NetworkDevice_Fragment = (
  { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
  & { __typename: 'NetworkDevice' }
);

type ItemFields_Server_Fragment = (
  { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
  & { __typename: 'Server' }
);

type ItemFields_VirtualMachine_Fragment = (
  { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'VirtualMachine' }
);

export type ItemFieldsFragment =
  | ItemFields_Application_Fragment
  | ItemFields_BusinessService_Fragment
  | ItemFields_Cluster_Fragment
  | ItemFields_Contract_Fragment
  | ItemFields_2S2dzaslFqqvBcc0MiMsBto00Kxi3glvDku6yyxqYi_Fragment
  | ItemFields_EndUserDevice_StorageDevice_Fragment
  | ItemFields_Location_Fragment
  | ItemFields_NetworkDevice_Fragment
  | ItemFields_Server_Fragment
  | ItemFields_VirtualMachine_Fragment
;

export type ItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemQuery = { item:
    | (
      { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'Application' }
    )
    | (
      { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'BusinessService' }
    )
    | (
      { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'Cluster' }
    )
    | (
      { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, cost: { amount: number, currency: string } | null }
      & { __typename: 'Contract' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'Database' | 'Network' | 'Person' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'Vendor' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'EndUserDevice' | 'StorageDevice' }
    )
    | (
      { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'Location' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'NetworkDevice' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'Server' }
    )
    | (
      { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location: { id: string, name: string } | null, owner: { id: string, name: string } | null }
      & { __typename: 'VirtualMachine' }
    )
   | null };

export type ItemsQueryVariables = Exact<{
  filter?: ItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ItemOrder | null | undefined;
}>;


export type ItemsQuery = { items: { edges: Array<{ cursor: string, node:
        | (
          { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Application' }
        )
        | (
          { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'BusinessService' }
        )
        | (
          { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Cluster' }
        )
        | (
          { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, cost: { amount: number, currency: string } | null }
          & { __typename: 'Contract' }
        )
        | (
          { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Database' | 'Network' | 'Person' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'Vendor' }
        )
        | (
          { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
          & { __typename: 'EndUserDevice' | 'StorageDevice' }
        )
        | (
          { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Location' }
        )
        | (
          { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
          & { __typename: 'NetworkDevice' }
        )
        | (
          { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
          & { __typename: 'Server' }
        )
        | (
          { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'VirtualMachine' }
        )
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ItemsCountQueryVariables = Exact<{
  filter?: ItemFilter | null | undefined;
}>;


export type ItemsCountQuery = { items: { totalCount: number } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, item: { id: string, name: string, class: string } }> };

export type CreateItemMutationVariables = Exact<{
  input: CreateItemInput;
}>;


export type CreateItemMutation = { createItem:
    | (
      { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Application' }
    )
    | (
      { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'BusinessService' }
    )
    | (
      { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Cluster' }
    )
    | (
      { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, cost: { amount: number, currency: string } | null }
      & { __typename: 'Contract' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Database' | 'Network' | 'Person' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'Vendor' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'EndUserDevice' | 'StorageDevice' }
    )
    | (
      { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Location' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'NetworkDevice' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'Server' }
    )
    | (
      { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'VirtualMachine' }
    )
   };

export type UpdateItemMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: ItemPatch;
}>;


export type UpdateItemMutation = { updateItem:
    | (
      { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Application' }
    )
    | (
      { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'BusinessService' }
    )
    | (
      { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Cluster' }
    )
    | (
      { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, cost: { amount: number, currency: string } | null }
      & { __typename: 'Contract' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Database' | 'Network' | 'Person' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'Vendor' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'EndUserDevice' | 'StorageDevice' }
    )
    | (
      { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Location' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'NetworkDevice' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'Server' }
    )
    | (
      { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'VirtualMachine' }
    )
   };

export type DeleteItemMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type DeleteItemMutation = { deleteItem: { id: string, name: string } };

export type RelateMutationVariables = Exact<{
  input: RelateInput;
}>;


export type RelateMutation = { relate: { type: RelationshipType, properties: Record<string, unknown>, from: { id: string }, to: { id: string } } };

export type UnrelateMutationVariables = Exact<{
  from: string | number;
  type: RelationshipType;
  to: string | number;
}>;


export type UnrelateMutation = { unrelate: boolean };

export type RelatedQueryVariables = Exact<{
  id: string | number;
  direction?: Direction | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type RelatedQuery = { item: { id: string, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item: { id: string, class: string, name: string } }> } | null };

export type ServersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServersPageQuery = { items: { edges: Array<{ node:
        | { id: string, name: string, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> }
        | { hostname: string | null, serialNumber: string | null, id: string, name: string, location: { id: string, name: string } | null, owner: { id: string, name: string } | null, hosts: Array<{ id: string, name: string }> }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceStackQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ServiceStackQuery = { items: { edges: Array<{ node: { id: string, name: string, owner: { name: string } | null, dependsOn: Array<{ id: string, name: string, runsOn: Array<{ id: string, name: string, runsOn: Array<{ id: string, name: string, location: { name: string } | null }> }> }> } }> } };

export const ItemFieldsFragmentDoc = gql`
    fragment ItemFields on ConfigurationItem {
  __typename
  id
  name
  class
  description
  tags
  lifecycleState
  operationalStatus
  version
  createdAt
  updatedAt
  attributes
  ... on HardwareAsset {
    assetTag
    serialNumber
    manufacturer
    model
    hostname
    ipAddresses
    purchaseDate
    purchaseCost {
      amount
      currency
    }
    warrantyEnd
  }
  ... on Server {
    cpuCores
    memoryGb
    os
  }
  ... on NetworkDevice {
    role
  }
  ... on VirtualMachine {
    vcpu
    memoryGb
    hostname
  }
  ... on Cluster {
    minHealthyMembers
  }
  ... on Application {
    deployedVersion
    repository
  }
  ... on BusinessService {
    criticality
    slaTarget
  }
  ... on Location {
    locationKind
  }
  ... on Contract {
    contractKind
    startDate
    endDate
    cost {
      amount
      currency
    }
  }
}
    `;
export const ItemDocument = gql`
    query Item($id: ID!) {
  item(id: $id) {
    ...ItemFields
    location {
      id
      name
    }
    owner {
      id
      name
    }
  }
}
    ${ItemFieldsFragmentDoc}`;
export const ItemsDocument = gql`
    query Items($filter: ItemFilter, $first: Int, $after: String, $orderBy: ItemOrder) {
  items(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges {
      cursor
      node {
        ...ItemFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${ItemFieldsFragmentDoc}`;
export const ItemsCountDocument = gql`
    query ItemsCount($filter: ItemFilter) {
  items(filter: $filter, first: 1) {
    totalCount
  }
}
    `;
export const SearchDocument = gql`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    item {
      id
      name
      class
    }
  }
}
    `;
export const CreateItemDocument = gql`
    mutation CreateItem($input: CreateItemInput!) {
  createItem(input: $input) {
    ...ItemFields
  }
}
    ${ItemFieldsFragmentDoc}`;
export const UpdateItemDocument = gql`
    mutation UpdateItem($id: ID!, $expectedVersion: Int!, $patch: ItemPatch!) {
  updateItem(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    ...ItemFields
  }
}
    ${ItemFieldsFragmentDoc}`;
export const DeleteItemDocument = gql`
    mutation DeleteItem($id: ID!, $force: Boolean) {
  deleteItem(id: $id, force: $force) {
    id
    name
  }
}
    `;
export const RelateDocument = gql`
    mutation Relate($input: RelateInput!) {
  relate(input: $input) {
    type
    properties
    from {
      id
    }
    to {
      id
    }
  }
}
    `;
export const UnrelateDocument = gql`
    mutation Unrelate($from: ID!, $type: RelationshipType!, $to: ID!) {
  unrelate(from: $from, type: $type, to: $to)
}
    `;
export const RelatedDocument = gql`
    query Related($id: ID!, $direction: Direction, $types: [RelationshipType!]) {
  item(id: $id) {
    id
    related(direction: $direction, types: $types) {
      type
      direction
      properties
      item {
        id
        class
        name
      }
    }
  }
}
    `;
export const ServersPageDocument = gql`
    query ServersPage($first: Int, $after: String) {
  items(filter: {classes: [Server]}, first: $first, after: $after) {
    edges {
      node {
        id
        name
        ... on Server {
          hostname
          serialNumber
        }
        location {
          id
          name
        }
        owner {
          id
          name
        }
        hosts {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `;
export const ServiceStackDocument = gql`
    query ServiceStack($first: Int) {
  items(filter: {classes: [BusinessService]}, first: $first) {
    edges {
      node {
        id
        name
        owner {
          name
        }
        dependsOn {
          id
          name
          runsOn {
            id
            name
            runsOn {
              id
              name
              location {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `;

export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();
const ItemDocumentString = print(ItemDocument);
const ItemsDocumentString = print(ItemsDocument);
const ItemsCountDocumentString = print(ItemsCountDocument);
const SearchDocumentString = print(SearchDocument);
const CreateItemDocumentString = print(CreateItemDocument);
const UpdateItemDocumentString = print(UpdateItemDocument);
const DeleteItemDocumentString = print(DeleteItemDocument);
const RelateDocumentString = print(RelateDocument);
const UnrelateDocumentString = print(UnrelateDocument);
const RelatedDocumentString = print(RelatedDocument);
const ServersPageDocumentString = print(ServersPageDocument);
const ServiceStackDocumentString = print(ServiceStackDocument);
export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    Item(variables: ItemQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ItemQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ItemQuery>(ItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Item', 'query', variables);
    },
    Items(variables?: ItemsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ItemsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ItemsQuery>(ItemsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Items', 'query', variables);
    },
    ItemsCount(variables?: ItemsCountQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ItemsCountQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ItemsCountQuery>(ItemsCountDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ItemsCount', 'query', variables);
    },
    Search(variables: SearchQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SearchQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SearchQuery>(SearchDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Search', 'query', variables);
    },
    CreateItem(variables: CreateItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CreateItemMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CreateItemMutation>(CreateItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CreateItem', 'mutation', variables);
    },
    UpdateItem(variables: UpdateItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: UpdateItemMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<UpdateItemMutation>(UpdateItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'UpdateItem', 'mutation', variables);
    },
    DeleteItem(variables: DeleteItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DeleteItemMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DeleteItemMutation>(DeleteItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DeleteItem', 'mutation', variables);
    },
    Relate(variables: RelateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RelateMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RelateMutation>(RelateDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Relate', 'mutation', variables);
    },
    Unrelate(variables: UnrelateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: UnrelateMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<UnrelateMutation>(UnrelateDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Unrelate', 'mutation', variables);
    },
    Related(variables: RelatedQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RelatedQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RelatedQuery>(RelatedDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Related', 'query', variables);
    },
    ServersPage(variables?: ServersPageQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServersPageQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServersPageQuery>(ServersPageDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServersPage', 'query', variables);
    },
    ServiceStack(variables?: ServiceStackQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServiceStackQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServiceStackQuery>(ServiceStackDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServiceStack', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;