/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import { GraphQLError, print } from 'graphql'
import gql from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** A stocktake: the count found at a location, and why it differs. */
export type AdjustStockInput = {
  itemId: string | number;
  locationId: string | number;
  /** The location's own minimum; absent: left as it is; null: removed (the item's minimum applies). */
  minQuantity?: number | null | undefined;
  /** Why the count changed (stocktake, breakage, loss…); required. */
  note: string;
  /** The count found (0 or more): the stock there from now on. */
  quantity: number;
};

/** STATE, CLASS, LOCATION (the direct LOCATED_IN) or OWNER (OWNED_BY). */
export type AssetGroupBy =
  | 'CLASS'
  | 'LOCATION'
  | 'OWNER'
  | 'STATE';

/** Why an element on a wire carries nothing. */
export type BreakReason =
  /** Left service: lifecycle RETIRED or DISPOSED, or a cable whose cableStatus is DECOMMISSIONING. */
  | 'DECOMMISSIONED'
  /** Reported DOWN (operationalStatus). */
  | 'DOWN';

/** Every class of configuration item. */
export type CiClass =
  | 'Accessory'
  | 'Application'
  | 'BusinessService'
  | 'Cable'
  | 'Circuit'
  | 'CircuitTermination'
  | 'Cluster'
  | 'ConsolePort'
  | 'ConsoleServerPort'
  | 'Consumable'
  | 'Contract'
  | 'Database'
  | 'DeviceType'
  | 'EndUserDevice'
  | 'FrontPort'
  | 'IPAddress'
  | 'Interface'
  | 'Location'
  | 'Network'
  | 'NetworkDevice'
  | 'Part'
  | 'Person'
  | 'PowerFeed'
  | 'PowerOutlet'
  | 'PowerPanel'
  | 'PowerPort'
  | 'Prefix'
  | 'Provider'
  | 'ProviderNetwork'
  | 'RearPort'
  | 'Server'
  | 'SoftwareInstallation'
  | 'SoftwareProduct'
  | 'StorageDevice'
  | 'Team'
  | 'TechnicalService'
  | 'VLAN'
  | 'VLANGroup'
  | 'VRF'
  | 'Vendor'
  | 'VirtualMachine';

/** The two sides of a cable; only names. */
export type CableSide =
  | 'A'
  | 'B';

export type CableStatus =
  | 'CONNECTED'
  | 'DECOMMISSIONING'
  | 'PLANNED';

/** All given conditions must hold. A relationship change matches ciIds and classes at either end. */
export type ChangeFilter = {
  actor?: string | null | undefined;
  ciIds?: Array<string | number> | null | undefined;
  classes?: Array<CiClass> | null | undefined;
  ops?: Array<ChangeOp> | null | undefined;
  /** Changes at or after this instant. */
  since?: string | null | undefined;
  source?: ChangeSource | null | undefined;
  /** Changes at or before this instant. */
  until?: string | null | undefined;
};

/** What a change did. */
export type ChangeOp =
  | 'CREATE'
  | 'DELETE'
  | 'RELATE'
  | 'SBOM'
  | 'STATUS'
  | 'TRANSITION'
  | 'UNRELATE'
  | 'UPDATE';

/** Where a change came from. */
export type ChangeSource =
  | 'API'
  | 'IMPORT'
  | 'SYSTEM';

/** Units of an accessory or part given back and put on a shelf. */
export type CheckinInput = {
  /** The Person or asset giving them back. */
  fromId: string | number;
  itemId: string | number;
  /** The Location they go back to. */
  locationId: string | number;
  note?: string | null | undefined;
  /** Units given back, at least 1 and at most what the holder holds. */
  quantity: number;
};

/** Units handed out from a location to a person or an asset. */
export type CheckoutInput = {
  itemId: string | number;
  /** The Location the units are taken from. */
  locationId: string | number;
  note?: string | null | undefined;
  /** Units handed out, at least 1 and at most the stock there. */
  quantity: number;
  /** A Person or a hardware asset (a Part: hardware only). */
  toId: string | number;
};

export type CircuitSide =
  | 'A'
  | 'Z';

export type ComplianceStatus =
  | 'COMPLIANT'
  | 'OVER_DEPLOYED';

/** The classes of device components (what COMPONENT_OF joins to a device or circuit). */
export type ComponentClass =
  | 'CircuitTermination'
  | 'ConsolePort'
  | 'ConsoleServerPort'
  | 'FrontPort'
  | 'Interface'
  | 'PowerOutlet'
  | 'PowerPort'
  | 'RearPort';

/** Components to find; all given conditions hold, names and versions exactly. */
export type ComponentFilter = {
  /** A purl type: maven, npm, pypi… */
  ecosystem?: string | null | undefined;
  group?: string | null | undefined;
  /** Exact name (log4j-core finds no log4j-api). */
  name?: string | null | undefined;
  /** A purl: its ecosystem and package name, and its version when it has one. */
  purl?: string | null | undefined;
  /** Exact version. */
  version?: string | null | undefined;
};

/** A cable between terminations on side A and side B, with its own fields. */
export type ConnectCableInput = {
  aTerminations: Array<TerminationRef>;
  bTerminations: Array<TerminationRef>;
  cableStatus?: CableStatus | null | undefined;
  /** cat6, mmf-om4, smf, power, dac-passive… */
  cableType?: string | null | undefined;
  colour?: string | null | undefined;
  description?: string | null | undefined;
  /** Your own stable id; a UUID is made when absent. */
  id?: string | number | null | undefined;
  /** Printed label; also the name (else the name lists the ends). */
  label?: string | null | undefined;
  length?: number | null | undefined;
  lengthUnit?: LengthUnit | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type ContractKind =
  | 'LEASE'
  | 'LICENCE'
  | 'SUPPORT'
  | 'WARRANTY';

export type CreateApiTokenInput = {
  /** Days until it expires (1–3650); omitted: until revoked. */
  expiresInDays?: number | null | undefined;
  /** Who or what uses it, e.g. "monitoring"; the actor of its changes. */
  name: string;
  role: Role;
};

/** A new CI: its class, a name, and any fields of that class. */
export type CreateItemInput = {
  /** Our account with the provider. */
  accountNumber?: string | null | undefined;
  /** Postal address, for sites and buildings. */
  address?: string | null | undefined;
  /** What the port is budgeted to draw, in watts. */
  allocatedDrawW?: number | null | undefined;
  /** Amperes. */
  amperage?: number | null | undefined;
  /** Autonomous system number. */
  asn?: number | null | undefined;
  /** Organisation asset tag, unique across hardware. */
  assetTag?: string | null | undefined;
  /** Replaces all attributes. */
  attributes?: Record<string, unknown> | null | undefined;
  /** CONNECTED (default), PLANNED or DECOMMISSIONING; only a connected cable carries. */
  cableStatus?: CableStatus | null | undefined;
  /** Cable type as NetBox names it: cat6, mmf-om4, smf, power, dac-passive… */
  cableType?: string | null | undefined;
  /** Usable capacity in TB. */
  capacityTb?: number | null | undefined;
  /** Category name, e.g. Laptops, Keyboards, Toner, RAM. */
  category?: string | null | undefined;
  /** Where to reach the team in a hurry. */
  chatChannel?: string | null | undefined;
  /** The provider's circuit id. */
  cid?: string | null | undefined;
  /** Address range, e.g. 10.1.0.0/24. */
  cidr?: string | null | undefined;
  /** Internet, MPLS, dark fibre, wavelength… */
  circuitType?: string | null | undefined;
  class: CiClass;
  /** Hypervisor cluster, database cluster, load-balanced pool… */
  clusterType?: string | null | undefined;
  /** Colour as RGB hex, e.g. 2196f3. */
  colour?: string | null | undefined;
  /** Committed rate in kbit/s. */
  commitRateKbps?: number | null | undefined;
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
  /** Declining balance: multiple of the straight-line rate (2 = double declining). */
  decliningBalanceFactor?: number | null | undefined;
  /** What a device of the type typically draws, in watts. */
  defaultPowerDrawW?: number | null | undefined;
  /** Version deployed now. */
  deployedVersion?: string | null | undefined;
  /** How the asset loses book value; the class default when absent. */
  depreciationMethod?: DepreciationMethod | null | undefined;
  description?: string | null | undefined;
  /** Laptop, desktop, phone, tablet… */
  deviceType?: string | null | undefined;
  /** Reference of the disposal or sanitisation certificate. */
  disposalCertificate?: string | null | undefined;
  /** What became of the asset. */
  disposalMethod?: DisposalMethod | null | undefined;
  /** Date the asset left the organisation. */
  disposedDate?: string | null | undefined;
  /** DNS name. */
  dnsName?: string | null | undefined;
  /** DNS domain the host name belongs to. */
  domain?: string | null | undefined;
  /** Team mailbox. */
  email?: string | null | undefined;
  /** HR identifier. */
  employeeId?: string | null | undefined;
  /** Administratively up (default true); a disabled interface carries nothing. */
  enabled?: boolean | null | undefined;
  /** Last day covered. */
  endDate?: string | null | undefined;
  /** Date the asset should be replaced by (vendor end of life or policy). */
  endOfLife?: string | null | undefined;
  /** Refuse duplicate prefixes and addresses inside it (default true). */
  enforceUnique?: boolean | null | undefined;
  /** PostgreSQL, Oracle, MySQL… */
  engine?: string | null | undefined;
  /** Engine version. */
  engineVersion?: string | null | undefined;
  /** Delivery date the supplier promised when ordered. */
  expectedDelivery?: string | null | undefined;
  /** The phase leg of a three-phase feed it draws from. */
  feedLeg?: FeedLeg | null | undefined;
  /** PRIMARY or REDUNDANT. */
  feedType?: PowerFeedType | null | undefined;
  /** Firmware or OS version. */
  firmware?: string | null | undefined;
  /** Rack 1U, tower, blade, small form factor, laptop, 2.5-inch… */
  formFactor?: string | null | undefined;
  /** Default gateway address. */
  gateway?: string | null | undefined;
  /** Primary host name. */
  hostname?: string | null | undefined;
  /** Your own stable id; a UUID is made when absent. */
  id?: string | number | null | undefined;
  /** Date the circuit was installed. */
  installDate?: string | null | undefined;
  /** Where it is installed. */
  installPath?: string | null | undefined;
  /** When it was installed. */
  installedAt?: string | null | undefined;
  /** Installed version. */
  installedVersion?: string | null | undefined;
  /** The supplier's invoice number. */
  invoiceNumber?: string | null | undefined;
  /** Address with its mask, e.g. 10.1.0.5/24. */
  ipAddress?: string | null | undefined;
  /** IP addresses (v4 or v6). */
  ipAddresses?: Array<string> | null | undefined;
  /** Loopback, secondary, anycast, VIP, VRRP, HSRP… */
  ipRole?: string | null | undefined;
  /** Every address in it is usable (no network or broadcast address). */
  isPool?: boolean | null | undefined;
  /** Physical label, when it differs from the name. */
  label?: string | null | undefined;
  /** Length, in lengthUnit. */
  length?: number | null | undefined;
  /** Unit of the length. */
  lengthUnit?: LengthUnit | null | undefined;
  /** Per core, per user, subscription… */
  licenceModel?: string | null | undefined;
  /** Units entitled by a licence contract. */
  licensedUnits?: number | null | undefined;
  /** For a CI created past PLANNED: the details of the lifecycle moves that lead to its state (see docs/lifecycle.md, "Creating in a later state"). */
  lifecycleDetails?: LifecycleDetailsInput | null | undefined;
  /** Initial state; PLANNED for hardware and DEPLOYED for the rest when absent. A later state takes the details of the moves that lead there (lifecycleDetails). */
  lifecycleState?: LifecycleState | null | undefined;
  /** What sort of place it is. */
  locationKind?: LocationKind | null | undefined;
  /** MAC address. */
  macAddress?: string | null | undefined;
  /** Manufacturer, e.g. Dell, Cisco. */
  manufacturer?: string | null | undefined;
  /** Treated as cabled although no cable is recorded (a cable outside the model). */
  markConnected?: boolean | null | undefined;
  /** Counted as fully used. */
  markUtilised?: boolean | null | undefined;
  /** Most of its capacity it should carry, in percent (default 80). */
  maxUtilisation?: number | null | undefined;
  /** Highest VLAN id (default 4094). */
  maxVid?: number | null | undefined;
  /** Most the port draws, in watts. */
  maximumDrawW?: number | null | undefined;
  /** Installed memory in GiB. */
  memoryGb?: number | null | undefined;
  /** Out-of-band management only: it does not carry the data network. */
  mgmtOnly?: boolean | null | undefined;
  /** Members that must be up for the cluster to be up. */
  minHealthyMembers?: number | null | undefined;
  /** Least stock wanted at each location that stocks it (a location may set its own); none: never low. */
  minQuantity?: number | null | undefined;
  /** Lowest VLAN id (default 1). */
  minVid?: number | null | undefined;
  /** 802.1Q mode: ACCESS (one untagged VLAN), TAGGED, or TAGGED_ALL. */
  mode?: InterfaceMode | null | undefined;
  /** Model name or number. */
  model?: string | null | undefined;
  /** Maximum transmission unit in bytes. */
  mtu?: number | null | undefined;
  name: string;
  /** The provider's network operations centre. */
  nocPhone?: string | null | undefined;
  operationalStatus?: OperationalStatus | null | undefined;
  /** Operating system and version. */
  os?: string | null | undefined;
  /** The manufacturer's part number. */
  partNumber?: string | null | undefined;
  /** Single or three phase. */
  phase?: PowerPhase | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Listening port. */
  port?: number | null | undefined;
  /** Number of ports. */
  portCount?: number | null | undefined;
  /** Physical speed of the handoff in kbit/s. */
  portSpeedKbps?: number | null | undefined;
  /** Physical type as NetBox names it, e.g. 1000base-t, 10gbase-x-sfpp, lc, iec-60320-c14. */
  portType?: string | null | undefined;
  /** The provider's customer portal. */
  portalUrl?: string | null | undefined;
  /** Front ports it can carry (default 1). */
  positions?: number | null | undefined;
  /** Power inlets (PSUs) a device of the type has. */
  powerPortCount?: number | null | undefined;
  /** Power ports that must reach a live feed for it to run (else its device type says; default 1). */
  powerPortsRequired?: number | null | undefined;
  /** Patch panel and port at the facility. */
  ppInfo?: string | null | undefined;
  /** The prefix in CIDR notation, e.g. 10.1.0.0/16. */
  prefix?: string | null | undefined;
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
  /** Route distinguisher, e.g. 65000:1. */
  rd?: string | null | undefined;
  /** Date the asset arrived; depreciation starts here (else at the purchase date). */
  receivedDate?: string | null | undefined;
  /** Source repository URL. */
  repository?: string | null | undefined;
  /** Date the asset was taken out of service. */
  retiredDate?: string | null | undefined;
  /** Why the asset was retired. */
  retirementReason?: string | null | undefined;
  /** What the device does in the network. */
  role?: NetworkDeviceRole | null | undefined;
  /** Book value left at the end of the useful life (same currency as the cost); 0 when absent. */
  salvageValue?: MoneyInput | null | undefined;
  /** How its media were sanitised (NIST SP 800-88). */
  sanitisationMethod?: SanitisationMethod | null | undefined;
  /** Manufacturer's serial number, unique across hardware. */
  serialNumber?: string | null | undefined;
  /** When the service must be available, e.g. 24x7. */
  serviceHours?: string | null | undefined;
  /** The provider's id for our service on it. */
  serviceId?: string | null | undefined;
  /** Availability target in percent, e.g. 99.9. */
  slaTarget?: number | null | undefined;
  /** Line speed in baud. */
  speedBaud?: number | null | undefined;
  /** Speed in kbit/s. */
  speedKbps?: number | null | undefined;
  /** First day covered. */
  startDate?: string | null | undefined;
  /** SAN, NAS, DAS, object… */
  storageType?: string | null | undefined;
  /** AC or DC. */
  supply?: PowerSupply | null | undefined;
  /** Support mailbox. */
  supportEmail?: string | null | undefined;
  /** Support line. */
  supportPhone?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Which end of the circuit: A or Z. */
  termSide?: CircuitSide | null | undefined;
  /** Date the circuit ends (contract end). */
  terminationDate?: string | null | undefined;
  /** Rack units it takes. */
  uHeight?: number | null | undefined;
  /** Where the network's upstream is (a core or egress device): other devices are connected while a path of cables reaches one. */
  upstream?: boolean | null | undefined;
  /** Upstream speed when it differs (asymmetric circuits). */
  upstreamSpeedKbps?: number | null | undefined;
  /** Where users reach it. */
  url?: string | null | undefined;
  /** Months over which the asset depreciates; the class default when absent. */
  usefulLifeMonths?: number | null | undefined;
  /** Login name in the directory (what Snipe-IT and ServiceNow key users by). */
  username?: string | null | undefined;
  /** Virtual CPUs. */
  vcpu?: number | null | undefined;
  /** VLAN id, 1–4094. */
  vid?: number | null | undefined;
  /** VLAN id. */
  vlan?: number | null | undefined;
  /** Volts. */
  voltage?: number | null | undefined;
  /** Last day of the manufacturer warranty. */
  warrantyEnd?: string | null | undefined;
  /** Web site. */
  website?: string | null | undefined;
  /** Cross-connect id at the facility. */
  xconnectId?: string | null | undefined;
};

export type Criticality =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A custom field to create, or to replace whole if the class has one of that name. */
export type CustomFieldInput = {
  /** ENUM fields only: the values allowed. */
  choices?: Array<string> | null | undefined;
  class: CiClass;
  description?: string | null | undefined;
  /** Defaults to the name. */
  label?: string | null | undefined;
  /** Letters, digits and _, not starting with a digit; not a field of the class. */
  name: string;
  required?: boolean | null | undefined;
  type: CustomFieldType;
};

/** What values a custom field takes (as JSON in attributes; an import reads them from text). */
export type CustomFieldType =
  /** true or false (an import reads TRUE/yes/Y/1 and FALSE/no/N/0, any case). */
  | 'BOOLEAN'
  /** A calendar date as text, YYYY-MM-DD. */
  | 'DATE'
  /** A number. */
  | 'DECIMAL'
  /** One of the field’s choices (an import matches them ignoring case and punctuation). */
  | 'ENUM'
  /** A whole number. */
  | 'INTEGER'
  /** A list of texts (an import splits the cell on the list separator). */
  | 'LIST'
  /** An http or https URL. */
  | 'URL';

export type DepreciationMethod =
  | 'DECLINING_BALANCE'
  | 'STRAIGHT_LINE';

/** How deviceCounts groups hardware: ROLE (a NetworkDevice's role), CLASS, SITE (the nearest SITE up the LOCATED_IN chain) or RACK (the nearest RACK). */
export type DeviceGrouping =
  | 'CLASS'
  | 'RACK'
  | 'ROLE'
  | 'SITE';

/** OUT follows relationships from this CI; IN follows those pointing at it. */
export type Direction =
  | 'IN'
  | 'OUT';

export type DisposalMethod =
  | 'DESTROYED'
  | 'DONATED'
  | 'RECYCLED'
  | 'RESOLD'
  | 'RETURNED_TO_LESSOR';

/** END_OF_LIFE_DATE: the asset's endOfLife; USEFUL_LIFE: its depreciation start plus useful life. */
export type EndOfLifeBasis =
  | 'END_OF_LIFE_DATE'
  | 'USEFUL_LIFE';

/** Where an asset's end of life comes from: its own endOfLife, or its hardware model's. */
export type EndOfLifeSource =
  | 'ASSET'
  | 'MODEL';

export type FeedLeg =
  | 'A'
  | 'B'
  | 'C';

/** All given conditions must hold. */
export type HardwareModelFilter = {
  category?: string | null | undefined;
  /** End of life on or before this date. */
  endOfLifeBefore?: string | null | undefined;
  manufacturer?: string | null | undefined;
};

/** A CI state derived from the reported status of everything it stands on. */
export type HealthState =
  | 'DEGRADED'
  | 'DOWN'
  | 'OPERATIONAL';

/** What the rest of the estate is assumed to be while a failure is played out. */
export type ImpactBaseline =
  /** Everything else is up: a pure what-if. */
  | 'HEALTHY'
  /** CIs reported DOWN or DEGRADED (operationalStatus) count as such; the rest is up. */
  | 'REPORTED';

/** What a failure does to a CI. */
export type ImpactState =
  /** Working, with less redundancy or capacity than it should have. */
  | 'DEGRADED'
  /** Not working. */
  | 'DOWN';

/** What an import job is doing. */
export type ImportJobPhase =
  | 'DONE'
  | 'PLANNING'
  | 'VALIDATING'
  | 'WRITING';

/** Where an import job stands. */
export type ImportJobStatus =
  /** Partial mode: valid rows written, the others in the error report. */
  | 'COMPLETED_WITH_ERRORS'
  /** Stopped by the file or the database, not the rows; resumable. */
  | 'FAILED'
  | 'PENDING'
  /** Invalid rows (atomic) or a bad header: nothing was written. */
  | 'REJECTED'
  | 'RUNNING'
  /** Every row was imported (a dry run: would be). */
  | 'SUCCEEDED';

/** CIs of one class, or relationships. */
export type ImportKind =
  | 'ITEMS'
  | 'RELATIONSHIPS';

/** ATOMIC: validate the whole file first, write nothing if any row is invalid. PARTIAL: write the valid rows. */
export type ImportMode =
  | 'ATOMIC'
  | 'PARTIAL';

/** All given conditions must hold. */
export type IncidentFilter = {
  /** Incidents that affect this CI. */
  affectsId?: string | number | null | undefined;
  /** Opened at or after this instant. */
  openedAfter?: string | null | undefined;
  /** Opened before this instant. */
  openedBefore?: string | null | undefined;
  severities?: Array<IncidentSeverity> | null | undefined;
  statuses?: Array<IncidentStatus> | null | undefined;
};

/** Fields to change; absent fields are left alone. */
export type IncidentPatch = {
  /** CIs to add to those it affects. */
  addAffects?: Array<string | number> | null | undefined;
  /** null clears it. */
  description?: string | null | undefined;
  /** CIs it no longer affects (at least one must remain). */
  removeAffects?: Array<string | number> | null | undefined;
  severity?: IncidentSeverity | null | undefined;
  status?: IncidentStatus | null | undefined;
  title?: string | null | undefined;
};

/** SEV1 is the worst. */
export type IncidentSeverity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

/** OPEN → MITIGATED → RESOLVED; MITIGATED may fall back to OPEN, RESOLVED may be reopened. */
export type IncidentStatus =
  | 'MITIGATED'
  | 'OPEN'
  | 'RESOLVED';

export type InterfaceMode =
  | 'ACCESS'
  | 'TAGGED'
  | 'TAGGED_ALL';

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
  /** Our account with the provider. */
  accountNumber?: string | null | undefined;
  /** Postal address, for sites and buildings. */
  address?: string | null | undefined;
  /** What the port is budgeted to draw, in watts. */
  allocatedDrawW?: number | null | undefined;
  /** Amperes. */
  amperage?: number | null | undefined;
  /** Autonomous system number. */
  asn?: number | null | undefined;
  /** Organisation asset tag, unique across hardware. */
  assetTag?: string | null | undefined;
  /** Replaces all attributes. */
  attributes?: Record<string, unknown> | null | undefined;
  /** CONNECTED (default), PLANNED or DECOMMISSIONING; only a connected cable carries. */
  cableStatus?: CableStatus | null | undefined;
  /** Cable type as NetBox names it: cat6, mmf-om4, smf, power, dac-passive… */
  cableType?: string | null | undefined;
  /** Usable capacity in TB. */
  capacityTb?: number | null | undefined;
  /** Category name, e.g. Laptops, Keyboards, Toner, RAM. */
  category?: string | null | undefined;
  /** Where to reach the team in a hurry. */
  chatChannel?: string | null | undefined;
  /** The provider's circuit id. */
  cid?: string | null | undefined;
  /** Address range, e.g. 10.1.0.0/24. */
  cidr?: string | null | undefined;
  /** Internet, MPLS, dark fibre, wavelength… */
  circuitType?: string | null | undefined;
  /** Hypervisor cluster, database cluster, load-balanced pool… */
  clusterType?: string | null | undefined;
  /** Colour as RGB hex, e.g. 2196f3. */
  colour?: string | null | undefined;
  /** Committed rate in kbit/s. */
  commitRateKbps?: number | null | undefined;
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
  /** Declining balance: multiple of the straight-line rate (2 = double declining). */
  decliningBalanceFactor?: number | null | undefined;
  /** What a device of the type typically draws, in watts. */
  defaultPowerDrawW?: number | null | undefined;
  /** Version deployed now. */
  deployedVersion?: string | null | undefined;
  /** How the asset loses book value; the class default when absent. */
  depreciationMethod?: DepreciationMethod | null | undefined;
  description?: string | null | undefined;
  /** Laptop, desktop, phone, tablet… */
  deviceType?: string | null | undefined;
  /** Reference of the disposal or sanitisation certificate. */
  disposalCertificate?: string | null | undefined;
  /** What became of the asset. */
  disposalMethod?: DisposalMethod | null | undefined;
  /** Date the asset left the organisation. */
  disposedDate?: string | null | undefined;
  /** DNS name. */
  dnsName?: string | null | undefined;
  /** DNS domain the host name belongs to. */
  domain?: string | null | undefined;
  /** Team mailbox. */
  email?: string | null | undefined;
  /** HR identifier. */
  employeeId?: string | null | undefined;
  /** Administratively up (default true); a disabled interface carries nothing. */
  enabled?: boolean | null | undefined;
  /** Last day covered. */
  endDate?: string | null | undefined;
  /** Date the asset should be replaced by (vendor end of life or policy). */
  endOfLife?: string | null | undefined;
  /** Refuse duplicate prefixes and addresses inside it (default true). */
  enforceUnique?: boolean | null | undefined;
  /** PostgreSQL, Oracle, MySQL… */
  engine?: string | null | undefined;
  /** Engine version. */
  engineVersion?: string | null | undefined;
  /** Delivery date the supplier promised when ordered. */
  expectedDelivery?: string | null | undefined;
  /** The phase leg of a three-phase feed it draws from. */
  feedLeg?: FeedLeg | null | undefined;
  /** PRIMARY or REDUNDANT. */
  feedType?: PowerFeedType | null | undefined;
  /** Firmware or OS version. */
  firmware?: string | null | undefined;
  /** Rack 1U, tower, blade, small form factor, laptop, 2.5-inch… */
  formFactor?: string | null | undefined;
  /** Default gateway address. */
  gateway?: string | null | undefined;
  /** Primary host name. */
  hostname?: string | null | undefined;
  /** Date the circuit was installed. */
  installDate?: string | null | undefined;
  /** Where it is installed. */
  installPath?: string | null | undefined;
  /** When it was installed. */
  installedAt?: string | null | undefined;
  /** Installed version. */
  installedVersion?: string | null | undefined;
  /** The supplier's invoice number. */
  invoiceNumber?: string | null | undefined;
  /** Address with its mask, e.g. 10.1.0.5/24. */
  ipAddress?: string | null | undefined;
  /** IP addresses (v4 or v6). */
  ipAddresses?: Array<string> | null | undefined;
  /** Loopback, secondary, anycast, VIP, VRRP, HSRP… */
  ipRole?: string | null | undefined;
  /** Every address in it is usable (no network or broadcast address). */
  isPool?: boolean | null | undefined;
  /** Physical label, when it differs from the name. */
  label?: string | null | undefined;
  /** Length, in lengthUnit. */
  length?: number | null | undefined;
  /** Unit of the length. */
  lengthUnit?: LengthUnit | null | undefined;
  /** Per core, per user, subscription… */
  licenceModel?: string | null | undefined;
  /** Units entitled by a licence contract. */
  licensedUnits?: number | null | undefined;
  /** What sort of place it is. */
  locationKind?: LocationKind | null | undefined;
  /** MAC address. */
  macAddress?: string | null | undefined;
  /** Manufacturer, e.g. Dell, Cisco. */
  manufacturer?: string | null | undefined;
  /** Treated as cabled although no cable is recorded (a cable outside the model). */
  markConnected?: boolean | null | undefined;
  /** Counted as fully used. */
  markUtilised?: boolean | null | undefined;
  /** Most of its capacity it should carry, in percent (default 80). */
  maxUtilisation?: number | null | undefined;
  /** Highest VLAN id (default 4094). */
  maxVid?: number | null | undefined;
  /** Most the port draws, in watts. */
  maximumDrawW?: number | null | undefined;
  /** Installed memory in GiB. */
  memoryGb?: number | null | undefined;
  /** Out-of-band management only: it does not carry the data network. */
  mgmtOnly?: boolean | null | undefined;
  /** Members that must be up for the cluster to be up. */
  minHealthyMembers?: number | null | undefined;
  /** Least stock wanted at each location that stocks it (a location may set its own); none: never low. */
  minQuantity?: number | null | undefined;
  /** Lowest VLAN id (default 1). */
  minVid?: number | null | undefined;
  /** 802.1Q mode: ACCESS (one untagged VLAN), TAGGED, or TAGGED_ALL. */
  mode?: InterfaceMode | null | undefined;
  /** Model name or number. */
  model?: string | null | undefined;
  /** Maximum transmission unit in bytes. */
  mtu?: number | null | undefined;
  name?: string | null | undefined;
  /** The provider's network operations centre. */
  nocPhone?: string | null | undefined;
  operationalStatus?: OperationalStatus | null | undefined;
  /** Operating system and version. */
  os?: string | null | undefined;
  /** The manufacturer's part number. */
  partNumber?: string | null | undefined;
  /** Single or three phase. */
  phase?: PowerPhase | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Listening port. */
  port?: number | null | undefined;
  /** Number of ports. */
  portCount?: number | null | undefined;
  /** Physical speed of the handoff in kbit/s. */
  portSpeedKbps?: number | null | undefined;
  /** Physical type as NetBox names it, e.g. 1000base-t, 10gbase-x-sfpp, lc, iec-60320-c14. */
  portType?: string | null | undefined;
  /** The provider's customer portal. */
  portalUrl?: string | null | undefined;
  /** Front ports it can carry (default 1). */
  positions?: number | null | undefined;
  /** Power inlets (PSUs) a device of the type has. */
  powerPortCount?: number | null | undefined;
  /** Power ports that must reach a live feed for it to run (else its device type says; default 1). */
  powerPortsRequired?: number | null | undefined;
  /** Patch panel and port at the facility. */
  ppInfo?: string | null | undefined;
  /** The prefix in CIDR notation, e.g. 10.1.0.0/16. */
  prefix?: string | null | undefined;
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
  /** Route distinguisher, e.g. 65000:1. */
  rd?: string | null | undefined;
  /** Date the asset arrived; depreciation starts here (else at the purchase date). */
  receivedDate?: string | null | undefined;
  /** Source repository URL. */
  repository?: string | null | undefined;
  /** Date the asset was taken out of service. */
  retiredDate?: string | null | undefined;
  /** Why the asset was retired. */
  retirementReason?: string | null | undefined;
  /** What the device does in the network. */
  role?: NetworkDeviceRole | null | undefined;
  /** Book value left at the end of the useful life (same currency as the cost); 0 when absent. */
  salvageValue?: MoneyInput | null | undefined;
  /** How its media were sanitised (NIST SP 800-88). */
  sanitisationMethod?: SanitisationMethod | null | undefined;
  /** Manufacturer's serial number, unique across hardware. */
  serialNumber?: string | null | undefined;
  /** When the service must be available, e.g. 24x7. */
  serviceHours?: string | null | undefined;
  /** The provider's id for our service on it. */
  serviceId?: string | null | undefined;
  /** Availability target in percent, e.g. 99.9. */
  slaTarget?: number | null | undefined;
  /** Line speed in baud. */
  speedBaud?: number | null | undefined;
  /** Speed in kbit/s. */
  speedKbps?: number | null | undefined;
  /** First day covered. */
  startDate?: string | null | undefined;
  /** SAN, NAS, DAS, object… */
  storageType?: string | null | undefined;
  /** AC or DC. */
  supply?: PowerSupply | null | undefined;
  /** Support mailbox. */
  supportEmail?: string | null | undefined;
  /** Support line. */
  supportPhone?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Which end of the circuit: A or Z. */
  termSide?: CircuitSide | null | undefined;
  /** Date the circuit ends (contract end). */
  terminationDate?: string | null | undefined;
  /** Rack units it takes. */
  uHeight?: number | null | undefined;
  /** Where the network's upstream is (a core or egress device): other devices are connected while a path of cables reaches one. */
  upstream?: boolean | null | undefined;
  /** Upstream speed when it differs (asymmetric circuits). */
  upstreamSpeedKbps?: number | null | undefined;
  /** Where users reach it. */
  url?: string | null | undefined;
  /** Months over which the asset depreciates; the class default when absent. */
  usefulLifeMonths?: number | null | undefined;
  /** Login name in the directory (what Snipe-IT and ServiceNow key users by). */
  username?: string | null | undefined;
  /** Virtual CPUs. */
  vcpu?: number | null | undefined;
  /** VLAN id, 1–4094. */
  vid?: number | null | undefined;
  /** VLAN id. */
  vlan?: number | null | undefined;
  /** Volts. */
  voltage?: number | null | undefined;
  /** Last day of the manufacturer warranty. */
  warrantyEnd?: string | null | undefined;
  /** Web site. */
  website?: string | null | undefined;
  /** Cross-connect id at the facility. */
  xconnectId?: string | null | undefined;
};

export type LengthUnit =
  | 'CM'
  | 'FT'
  | 'IN'
  | 'KM'
  | 'M'
  | 'MI';

/** Details a lifecycle transition records. Which are required and which accepted depends on the move: see nextLifecycleStates. */
export type LifecycleDetailsInput = {
  /** Asset tag stuck on at receipt. */
  assetTag?: string | null | undefined;
  /** Reference of the disposal or sanitisation certificate. */
  certificateReference?: string | null | undefined;
  /** Purchase cost, in minor units with its currency. */
  cost?: MoneyInput | null | undefined;
  /** What became of the asset. */
  disposalMethod?: DisposalMethod | null | undefined;
  /** Date the asset left the organisation; today when absent. */
  disposedDate?: string | null | undefined;
  /** Delivery date the supplier promised. */
  expectedDelivery?: string | null | undefined;
  /** The supplier's invoice number. */
  invoiceNumber?: string | null | undefined;
  /** The Location CI the asset goes to; becomes its LOCATED_IN (replacing the old one). */
  locationId?: string | null | undefined;
  /** Free text kept with the lifecycle event; every transition accepts it. */
  note?: string | null | undefined;
  /** Date of the order (the purchase date); today when absent. */
  orderDate?: string | null | undefined;
  /** The Team or Person CI accountable for it; becomes its OWNED_BY (replacing the old one). */
  ownerId?: string | null | undefined;
  /** Purchase order number. */
  purchaseOrder?: string | null | undefined;
  /** Why: the reason for a retirement or cancellation, or a note on the move. */
  reason?: string | null | undefined;
  /** Date the asset arrived. */
  receivedDate?: string | null | undefined;
  /** Date the asset left service; today when absent. */
  retiredDate?: string | null | undefined;
  /** How its media were sanitised (NIST SP 800-88). */
  sanitisationMethod?: SanitisationMethod | null | undefined;
  /** Manufacturer's serial number, read off the delivered asset. */
  serialNumber?: string | null | undefined;
  /** The Vendor CI the asset is ordered from; becomes its SUPPLIED_BY. */
  vendorId?: string | null | undefined;
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
  | 'ACCESS_SWITCH'
  | 'CONSOLE_SERVER'
  | 'CORE_SWITCH'
  | 'DISTRIBUTION_SWITCH'
  | 'FIREWALL'
  | 'LOAD_BALANCER'
  | 'PATCH_PANEL'
  | 'PDU'
  | 'ROUTER'
  | 'SWITCH'
  | 'TOR_SWITCH'
  | 'UPS'
  | 'WIRELESS_CONTROLLER';

export type OpenIncidentInput = {
  /** The CIs that are failing (at least one, at most 500). */
  affects: Array<string | number>;
  description?: string | null | undefined;
  /** Your own id; one is made when absent. */
  id?: string | number | null | undefined;
  /** When it started; now when absent. */
  openedAt?: string | null | undefined;
  severity: IncidentSeverity;
  title: string;
};

export type OperationalStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'OPERATIONAL'
  | 'UNKNOWN';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** How a step of a network path is reached from the step before it. */
export type PathVia =
  /** Across a cable (named in `through`). */
  | 'CABLE'
  /** Across a circuit, one termination to the other (A ↔ Z; the circuit named in `through`). */
  | 'CIRCUIT'
  /** Into or out of a device, between it and one of its interfaces. */
  | 'COMPONENT_OF'
  /** Through a patch panel: a front port to its rear port's position, or back. */
  | 'MAPS_TO';

export type PowerFeedType =
  | 'PRIMARY'
  | 'REDUNDANT';

export type PowerPhase =
  | 'SINGLE_PHASE'
  | 'THREE_PHASE';

export type PowerSupply =
  | 'AC'
  | 'DC';

/** Units arriving at a location. */
export type ReceiveStockInput = {
  /** An Accessory, Consumable or Part. */
  itemId: string | number;
  /** A Location. */
  locationId: string | number;
  /** Sets the location's own minimum for the item. */
  minQuantity?: number | null | undefined;
  /** E.g. the purchase order or delivery note. */
  note?: string | null | undefined;
  /** Units received, at least 1. */
  quantity: number;
};

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
  /** The source IP address is configured on the target interface. */
  | 'ASSIGNED_TO'
  /** Units of the source accessory or part held by the target person or asset (quantity); a part is fitted into an asset. Consumables are used up, so they leave no holding. */
  | 'CHECKED_OUT_TO'
  /** The source is a part of the target device (or circuit) and is deleted with it. */
  | 'COMPONENT_OF'
  /** The source is cabled to an upstream network device or attached to a network. */
  | 'CONNECTED_TO'
  /** A warranty, support, lease or licence contract that covers the source. */
  | 'COVERED_BY'
  /** The source needs the target to work. */
  | 'DEPENDS_ON'
  /** The source draws power from the target: an outlet from its PDU's power port, a feed from its panel. */
  | 'FED_BY'
  /** The software product an installation is a copy of (counted by licence compliance). */
  | 'INSTANCE_OF'
  /** The source VLAN belongs to the target VLAN group. */
  | 'IN_GROUP'
  /** The source prefix or address belongs to the target VRF (none: the global table). */
  | 'IN_VRF'
  /** The source is physically inside the target place (a device in a rack at a position and face). */
  | 'LOCATED_IN'
  /** The source front port passes through to the target rear port, at position rearPortPosition (default 1). */
  | 'MAPS_TO'
  /** The source is one member of a redundancy group. */
  | 'MEMBER_OF'
  /** The source device is of the target make and model. */
  | 'OF_TYPE'
  /** The source prefix is the subnet of the target VLAN. */
  | 'ON_VLAN'
  /** The team or person accountable for the source. */
  | 'OWNED_BY'
  /** The source service is a component of the target service. */
  | 'PART_OF'
  /** The source is hosted on the target. */
  | 'RUNS_ON'
  /** The source power feed runs to the target rack. */
  | 'SERVES'
  /** The source quantity item is stocked at the target location: quantity on the shelf, and minQuantity when the location sets its own minimum. */
  | 'STOCKED_AT'
  /** The vendor the source was bought from, or the provider of a circuit or provider network. */
  | 'SUPPLIED_BY'
  /** Who fixes the source when it breaks. */
  | 'SUPPORTED_BY'
  /** A VLAN the source interface carries tagged. */
  | 'TAGGED_VLAN'
  /** The source cable ends on the target, on side A or B (property side); a termination takes one cable. */
  | 'TERMINATES'
  /** The source circuit termination is at the target site or provider network. */
  | 'TERMINATES_AT'
  /** The source interface's untagged (access or native) VLAN. */
  | 'UNTAGGED_VLAN';

/** What a caller may do; each role has the rights of those before it. */
export type Role =
  /** Tokens, webhooks, deletes and forced operations. */
  | 'ADMIN'
  /** Write CIs, relationships, lifecycle, status and imports. */
  | 'EDITOR'
  /** Read and subscribe. */
  | 'VIEWER';

export type SanitisationMethod =
  | 'CLEAR'
  | 'DESTROY'
  | 'NONE'
  | 'PURGE';

/** One CI status seen by monitoring. */
export type StatusReportInput = {
  id: string | number;
  status: OperationalStatus;
};

/** RECEIVE (units arrive at a location), ADJUST (a stocktake sets the count), CHECKOUT (units go to a person or asset), CHECKIN (they come back). */
export type StockMovementKind =
  | 'ADJUST'
  | 'CHECKIN'
  | 'CHECKOUT'
  | 'RECEIVE';

/** One end of a cable: a component by id, or by its device id and name (NetBox style); class only where the device has two components of that name (a patch panel front port 1 and rear port 1). */
export type TerminationRef = {
  class?: ComponentClass | null | undefined;
  /** The device (or circuit) the component belongs to. */
  device?: string | number | null | undefined;
  id?: string | number | null | undefined;
  name?: string | null | undefined;
};

/** One transition of a bulk request. */
export type TransitionRequestInput = {
  details?: LifecycleDetailsInput | null | undefined;
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  id: string | number;
  to: LifecycleState;
};

export type WebhookInput = {
  /** Deliver the changes after this cursor (default: from now). */
  after?: string | null | undefined;
  filter?: ChangeFilter | null | undefined;
  /** An http or https URL that receives POSTed batches of changes. */
  url: string;
};

export type BenchItemQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchItemQuery = { item:
    | { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, updatedAt: string, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
    | { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, updatedAt: string, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
    | { hostname: string | null, serialNumber: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, updatedAt: string, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
   | null };

export type BenchPingQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchPingQuery = { __typename: 'Query' };

export type StockLevelFieldsFragment = { itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, location:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type StockMovementFieldsFragment = { id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null };

export type HoldingFieldsFragment = { itemId: string, holderId: string, quantity: number, holder:
    | { id: string, name: string, class: string }
    | { id: string, name: string, class: string }
    | { id: string, name: string, class: string }
   | null };

export type HardwareModelFieldsFragment = { id: string, name: string, manufacturer: string | null, model: string | null, partNumber: string | null, category: string | null, formFactor: string | null, endOfLife: string | null, defaultPowerDrawW: number | null, powerPortCount: number | null, uHeight: number | null, assetCount: number };

export type HardwareModelsQueryVariables = Exact<{
  filter?: HardwareModelFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type HardwareModelsQuery = { hardwareModels: Array<{ id: string, name: string, manufacturer: string | null, model: string | null, partNumber: string | null, category: string | null, formFactor: string | null, endOfLife: string | null, defaultPowerDrawW: number | null, powerPortCount: number | null, uHeight: number | null, assetCount: number }> };

export type ModelAssetsQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelAssetsQuery = { item:
    | { id: string }
    | { id: string }
    | { id: string, name: string, manufacturer: string | null, model: string | null, partNumber: string | null, category: string | null, formFactor: string | null, endOfLife: string | null, defaultPowerDrawW: number | null, powerPortCount: number | null, uHeight: number | null, assetCount: number, assets: Array<{ id: string, name: string, class: string }> }
   | null };

export type AssetModelQueryVariables = Exact<{
  id: string | number;
}>;


export type AssetModelQuery = { item:
    | { id: string, name: string }
    | { id: string, name: string }
    | { endOfLife: string | null, id: string, name: string, hardwareModel: { id: string, manufacturer: string | null, model: string | null, endOfLife: string | null } | null, effectiveEndOfLife: { date: string, from: EndOfLifeSource } | null, holdings: Array<{ itemId: string, holderId: string, quantity: number, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, holder:
          | { id: string, name: string, class: string }
          | { id: string, name: string, class: string }
          | { id: string, name: string, class: string }
         | null }> }
   | null };

export type ManufacturersQueryVariables = Exact<{ [key: string]: never; }>;


export type ManufacturersQuery = { manufacturers: Array<{ name: string, modelCount: number, quantityItemCount: number, vendor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ name: string, modelCount: number, quantityItemCount: number }> };

export type QuantityItemQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type QuantityItemQuery = { item:
    | { minQuantity: number | null, inStock: number, checkedOutQuantity: number, id: string, name: string, class: string, stock: Array<{ itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, location:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }>, checkedOut: Array<{ itemId: string, holderId: string, quantity: number, holder:
          | { id: string, name: string, class: string }
          | { id: string, name: string, class: string }
          | { id: string, name: string, class: string }
         | null }>, movements: Array<{ id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null }> }
    | { id: string, name: string, class: string }
    | { id: string, name: string, class: string }
   | null };

export type StockLevelsQueryVariables = Exact<{
  itemId?: string | number | null | undefined;
  locationId?: string | number | null | undefined;
}>;


export type StockLevelsQuery = { stockLevels: Array<{ itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, location:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type LowStockQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type LowStockQuery = { lowStock: Array<{ itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, location:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type StockMovementsQueryVariables = Exact<{
  itemId: string | number;
  first?: number | null | undefined;
}>;


export type StockMovementsQuery = { stockMovements: Array<{ id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null }> };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { receiveStock: { id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock: { id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null } };

export type CheckoutItemMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutItemMutation = { checkoutItem: { id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null } };

export type CheckinItemMutationVariables = Exact<{
  input: CheckinInput;
}>;


export type CheckinItemMutation = { checkinItem: { id: string, kind: StockMovementKind, at: string, changeSeq: number, actor: string, itemId: string, itemName: string, quantity: number, note: string | null, locationId: string, locationName: string, stockBefore: number, stockAfter: number, holderId: string | null, holderName: string | null, heldBefore: number | null, heldAfter: number | null } };

export type QuantityItemsQueryVariables = Exact<{
  classes?: Array<CiClass> | CiClass | null | undefined;
}>;


export type QuantityItemsQuery = { items: { edges: Array<{ node:
        | { id: string, stock: Array<{ itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, location:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }>, checkedOut: Array<{ itemId: string, holderId: string, quantity: number, holder:
              | { id: string, name: string, class: string }
              | { id: string, name: string, class: string }
              | { id: string, name: string, class: string }
             | null }>, movements: Array<{ id: string }> }
        | { id: string }
        | { id: string }
        | { id: string, stock: Array<{ itemId: string, locationId: string, quantity: number, ownMinimum: number | null, minimum: number | null, low: boolean, shortfall: number, item:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, location:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }>, movements: Array<{ id: string }> }
       }> } };

export type QuantityItemAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type QuantityItemAsOfQuery = { item:
    | { id: string, stock: Array<{ locationId: string, quantity: number, ownMinimum: number | null }>, checkedOut: Array<{ holderId: string, quantity: number }> }
    | { id: string }
    | { id: string }
   | null };

export type ChangeFieldsFragment = { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null };

export type ChangesQueryVariables = Exact<{
  filter?: ChangeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { edges: Array<{ cursor: string, node: { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangeCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangeCursorQuery = { changeCursor: string };

export type ItemHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: OrderDirection | null | undefined;
}>;


export type ItemHistoryQuery = { item:
    | { id: string, history: { edges: Array<{ cursor: string, node: { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, history: { edges: Array<{ cursor: string, node: { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, history: { edges: Array<{ cursor: string, node: { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   | null };

export type ItemAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ItemAsOfQuery = { item:
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
       | null, dependsOn: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, history: { edges: Array<{ node: { seq: number, op: ChangeOp, at: string } }> } }
      & { __typename: 'Accessory' | 'Application' | 'BusinessService' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'Cluster' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Contract' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Location' | 'Network' | 'Part' | 'Person' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
       | null, dependsOn: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, history: { edges: Array<{ node: { seq: number, op: ChangeOp, at: string } }> } }
      & { __typename: 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' | 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' | 'VirtualMachine' }
    )
    | (
      { hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, purchaseCost: { amount: number, currency: string } | null, location:
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }
       | null, dependsOn: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, history: { edges: Array<{ node: { seq: number, op: ChangeOp, at: string } }> } }
      & { __typename: 'EndUserDevice' | 'NetworkDevice' | 'Server' | 'StorageDevice' }
    )
   | null };

export type DiffQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DiffQuery = { diff: { id: string, from: string, to: string, existedAtFrom: boolean, existedAtTo: boolean, fields: Array<{ field: string, before: unknown, after: unknown }>, relationships: Array<{ type: RelationshipType, direction: Direction, otherId: string, otherClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type WebhookFieldsFragment = { id: string, url: string, filter: Record<string, unknown>, cursor: string, active: boolean, createdAt: string, createdBy: string, failures: number, lastError: string | null, lastDeliveredAt: string | null, nextAttemptAt: string | null };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, filter: Record<string, unknown>, cursor: string, active: boolean, createdAt: string, createdBy: string, failures: number, lastError: string | null, lastDeliveredAt: string | null, nextAttemptAt: string | null }> };

export type RegisterWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { id: string, url: string, filter: Record<string, unknown>, cursor: string, active: boolean, createdAt: string, createdBy: string, failures: number, lastError: string | null, lastDeliveredAt: string | null, nextAttemptAt: string | null } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

export type OnChangesSubscriptionVariables = Exact<{
  filter?: ChangeFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type OnChangesSubscription = { changes: { seq: number, cursor: string, at: string, actor: string, source: ChangeSource, requestId: string, jobId: string | null, op: ChangeOp, ciId: string, ciClass: string, version: number | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, fromClass: string, toId: string, toClass: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } | null } };

export type OnItemChangedSubscriptionVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OnItemChangedSubscription = { itemChanged: { seq: number, cursor: string, op: ChangeOp, ciId: string, fields: Array<{ field: string, before: unknown, after: unknown }>, relationship: { type: RelationshipType, fromId: string, toId: string } | null, item:
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
     | null } };

export type OnImportProgressSubscriptionVariables = Exact<{
  jobId: string | number;
}>;


export type OnImportProgressSubscription = { importProgress: { jobId: string, status: string, phase: string | null, rowsRead: number, totalRows: number | null, created: number, updated: number, unchanged: number, errors: number, message: string | null, done: boolean, at: string } };

export type OnServiceHealthChangedSubscriptionVariables = Exact<{
  serviceId: string | number;
}>;


export type OnServiceHealthChangedSubscription = { serviceHealthChanged: { serviceId: string, previous: HealthState | null, cursor: string, at: string, health: { state: HealthState, causes: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }, service:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     } };

export type ImpactedServiceFieldsFragment = { id: string, state: ImpactState, criticality: Criticality | null, distance: number, item:
    | { name: string }
    | { name: string }
    | { name: string }
   };

export type ImpactQueryVariables = Exact<{
  failed: Array<string | number> | string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  baseline?: ImpactBaseline | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ImpactQuery = { impact: { failedIds: Array<string>, unknownIds: Array<string>, duplicateIds: Array<string>, maxDepth: number, asOf: string | null, truncated: boolean, summary: { total: number, down: number, degraded: number, byClass: Array<{ class: CiClass, down: number, degraded: number }>, businessServices: Array<{ id: string, state: ImpactState, criticality: Criticality | null, distance: number, item:
          | { name: string }
          | { name: string }
          | { name: string }
         }> }, impacted: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, id: string, state: ImpactState, distance: number, item:
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
        , path: Array<{ id: string, via: RelationshipType | null }> }> } } };

export type ImpactOverviewQueryVariables = Exact<{
  failed: Array<string | number> | string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImpactOverviewQuery = { impact: { truncated: boolean, summary: { total: number, down: number, degraded: number, byClass: Array<{ class: CiClass, down: number, degraded: number }>, businessServices: Array<{ id: string, name: string, state: ImpactState, criticality: Criticality | null, distance: number }> }, impacted: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, id: string, name: string, class: CiClass, state: ImpactState, distance: number, path: Array<{ id: string, via: RelationshipType | null }> }> } } };

export type ImpactIdsQueryVariables = Exact<{
  failed: Array<string | number> | string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ImpactIdsQuery = { impact: { truncated: boolean, summary: { total: number, down: number, degraded: number }, impacted: { totalCount: number, edges: Array<{ id: string, state: ImpactState, distance: number }> } } };

export type DependenciesQueryVariables = Exact<{
  id: string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DependenciesQuery = { dependencies: { rootId: string, truncated: boolean, totalCount: number, root:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ id: string, depth: number, parentId: string, via: RelationshipType, item:
        | { class: string, name: string }
        | { class: string, name: string }
        | { class: string, name: string }
       }> } };

export type SinglePointsOfFailureQueryVariables = Exact<{
  serviceId: string | number;
  maxDepth?: number | null | undefined;
  baseline?: ImpactBaseline | null | undefined;
}>;


export type SinglePointsOfFailureQuery = { singlePointsOfFailure: { serviceId: string, state: HealthState, examined: number, items: Array<{ id: string, depth: number, item:
        | { class: string, name: string }
        | { class: string, name: string }
        | { class: string, name: string }
       }> } };

export type RootCauseCandidatesQueryVariables = Exact<{
  failing: Array<string | number> | string | number;
  maxDepth?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type RootCauseCandidatesQuery = { rootCauseCandidates: { unknownIds: Array<string>, duplicateIds: Array<string>, candidates: Array<{ id: string, explains: number, explained: Array<string>, degraded: Array<string>, distance: number, item:
        | { class: string, name: string }
        | { class: string, name: string }
        | { class: string, name: string }
       }> } };

export type HealthQueryVariables = Exact<{
  id: string | number;
}>;


export type HealthQuery = { item:
    | { id: string, operationalStatus: OperationalStatus, health: { state: HealthState, causes: Array<
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
        > } }
    | { id: string, operationalStatus: OperationalStatus, health: { state: HealthState, causes: Array<
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
        > } }
    | { id: string, operationalStatus: OperationalStatus, health: { state: HealthState, causes: Array<
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
        > } }
   | null };

export type ServiceHealthQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ServiceHealthQuery = { items: { edges: Array<{ node:
        | { id: string, name: string, health: { state: HealthState, causes: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }
        | { id: string, name: string, health: { state: HealthState, causes: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }
        | { id: string, name: string, health: { state: HealthState, causes: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }
       }> } };

export type ReportStatusMutationVariables = Exact<{
  id: string | number;
  status: OperationalStatus;
}>;


export type ReportStatusMutation = { reportStatus: { unchanged: Array<string>, changed: Array<
      | { id: string, operationalStatus: OperationalStatus, version: number }
      | { id: string, operationalStatus: OperationalStatus, version: number }
      | { id: string, operationalStatus: OperationalStatus, version: number }
    >, services: Array<
      | { id: string, health: { state: HealthState, causes: Array<
            | { id: string }
            | { id: string }
            | { id: string }
          > } }
      | { id: string, health: { state: HealthState, causes: Array<
            | { id: string }
            | { id: string }
            | { id: string }
          > } }
      | { id: string, health: { state: HealthState, causes: Array<
            | { id: string }
            | { id: string }
            | { id: string }
          > } }
    > } };

export type ReportStatusesMutationVariables = Exact<{
  reports: Array<StatusReportInput> | StatusReportInput;
}>;


export type ReportStatusesMutation = { reportStatuses: { unchanged: Array<string>, changed: Array<
      | { id: string, operationalStatus: OperationalStatus }
      | { id: string, operationalStatus: OperationalStatus }
      | { id: string, operationalStatus: OperationalStatus }
    >, services: Array<
      | { id: string, health: { state: HealthState } }
      | { id: string, health: { state: HealthState } }
      | { id: string, health: { state: HealthState } }
    > } };

export type ImportJobFieldsFragment = { id: string, kind: ImportKind, className: CiClass | null, mode: ImportMode, dryRun: boolean, status: ImportJobStatus, phase: ImportJobPhase | null, fileName: string, fileSize: number | null, actor: string, encoding: string | null, encodingDetected: boolean, encodingConfidence: number | null, encodingNote: string | null, rowsRead: number, created: number, updated: number, unchanged: number, errors: number, lastCommittedRow: number, startedAt: string, finishedAt: string | null, message: string | null, warnings: Array<string>, columns: Array<string>, errorsUrl: string | null, reportUrl: string | null, errorSample: Array<{ row: number, line: number, column: string | null, reason: string }> };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, className: CiClass | null, mode: ImportMode, dryRun: boolean, status: ImportJobStatus, phase: ImportJobPhase | null, fileName: string, fileSize: number | null, actor: string, encoding: string | null, encodingDetected: boolean, encodingConfidence: number | null, encodingNote: string | null, rowsRead: number, created: number, updated: number, unchanged: number, errors: number, lastCommittedRow: number, startedAt: string, finishedAt: string | null, message: string | null, warnings: Array<string>, columns: Array<string>, errorsUrl: string | null, reportUrl: string | null, errorSample: Array<{ row: number, line: number, column: string | null, reason: string }> } | null };

export type ImportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  status?: ImportJobStatus | null | undefined;
}>;


export type ImportJobsQuery = { importJobs: Array<{ id: string, kind: ImportKind, className: CiClass | null, mode: ImportMode, dryRun: boolean, status: ImportJobStatus, phase: ImportJobPhase | null, fileName: string, fileSize: number | null, actor: string, encoding: string | null, encodingDetected: boolean, encodingConfidence: number | null, encodingNote: string | null, rowsRead: number, created: number, updated: number, unchanged: number, errors: number, lastCommittedRow: number, startedAt: string, finishedAt: string | null, message: string | null, warnings: Array<string>, columns: Array<string>, errorsUrl: string | null, reportUrl: string | null, errorSample: Array<{ row: number, line: number, column: string | null, reason: string }> }> };

export type ResumeImportJobMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeImportJobMutation = { resumeImportJob: { id: string, kind: ImportKind, className: CiClass | null, mode: ImportMode, dryRun: boolean, status: ImportJobStatus, phase: ImportJobPhase | null, fileName: string, fileSize: number | null, actor: string, encoding: string | null, encodingDetected: boolean, encodingConfidence: number | null, encodingNote: string | null, rowsRead: number, created: number, updated: number, unchanged: number, errors: number, lastCommittedRow: number, startedAt: string, finishedAt: string | null, message: string | null, warnings: Array<string>, columns: Array<string>, errorsUrl: string | null, reportUrl: string | null, errorSample: Array<{ row: number, line: number, column: string | null, reason: string }> } };

export type IncidentFieldsFragment = { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, affects: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  > };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, impactedServices: Array<{ id: string, state: ImpactState, criticality: Criticality | null, distance: number, item:
        | { name: string }
        | { name: string }
        | { name: string }
       }>, affects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } | null };

export type IncidentsQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, affects: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        > } }> } };

export type OpenIncidentMutationVariables = Exact<{
  input: OpenIncidentInput;
}>;


export type OpenIncidentMutation = { openIncident: { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, impactedServices: Array<{ id: string, state: ImpactState }>, affects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type UpdateIncidentMutationVariables = Exact<{
  id: string | number;
  patch: IncidentPatch;
}>;


export type UpdateIncidentMutation = { updateIncident: { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, affects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type ResolveIncidentMutationVariables = Exact<{
  id: string | number;
  resolvedAt?: string | null | undefined;
}>;


export type ResolveIncidentMutation = { resolveIncident: { id: string, title: string, description: string | null, severity: IncidentSeverity, status: IncidentStatus, openedAt: string, mitigatedAt: string | null, resolvedAt: string | null, updatedAt: string, affects: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

type ItemFields_NepPbeootZwh2Cbd9Pm30zZxsJySvJkDzLrDl1Tm_Fragment = (
  { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Accessory' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Network' | 'Part' | 'Person' | 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' }
);

type ItemFields_ZpPzBHm2bLy9LBn0yo54wibZLx29l85Au2glqwU0_Fragment = (
  { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
  & { __typename: 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' }
);

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
  | ItemFields_NepPbeootZwh2Cbd9Pm30zZxsJySvJkDzLrDl1Tm_Fragment
  | ItemFields_ZpPzBHm2bLy9LBn0yo54wibZLx29l85Au2glqwU0_Fragment
  | ItemFields_Application_Fragment
  | ItemFields_BusinessService_Fragment
  | ItemFields_Cluster_Fragment
  | ItemFields_Contract_Fragment
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
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'Accessory' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Network' | 'Part' | 'Person' | 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' }
    )
    | (
      { deployedVersion: string | null, repository: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'Application' }
    )
    | (
      { criticality: Criticality | null, slaTarget: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'BusinessService' }
    )
    | (
      { minHealthyMembers: number | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'Cluster' }
    )
    | (
      { contractKind: ContractKind | null, startDate: string | null, endDate: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, cost: { amount: number, currency: string } | null }
      & { __typename: 'Contract' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'EndUserDevice' | 'StorageDevice' }
    )
    | (
      { locationKind: LocationKind | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
      & { __typename: 'Location' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, role: NetworkDeviceRole | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'NetworkDevice' }
    )
    | (
      { assetTag: string | null, serialNumber: string | null, manufacturer: string | null, model: string | null, hostname: string | null, ipAddresses: Array<string> | null, purchaseDate: string | null, warrantyEnd: string | null, cpuCores: number | null, memoryGb: number | null, os: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, purchaseCost: { amount: number, currency: string } | null }
      & { __typename: 'Server' }
    )
    | (
      { vcpu: number | null, memoryGb: number | null, hostname: string | null, id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown>, location:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, owner:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
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
          { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Accessory' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Network' | 'Part' | 'Person' | 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' }
        )
        | (
          { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
          & { __typename: 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' }
        )
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


export type SearchQuery = { search: Array<{ score: number, item:
      | { id: string, name: string, class: string }
      | { id: string, name: string, class: string }
      | { id: string, name: string, class: string }
     }> };

export type CreateItemMutationVariables = Exact<{
  input: CreateItemInput;
}>;


export type CreateItemMutation = { createItem:
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Accessory' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Network' | 'Part' | 'Person' | 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' }
    )
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
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Accessory' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Network' | 'Part' | 'Person' | 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' }
    )
    | (
      { id: string, name: string, class: string, description: string | null, tags: Array<string>, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, createdAt: string, updatedAt: string, attributes: Record<string, unknown> }
      & { __typename: 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' }
    )
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


export type DeleteItemMutation = { deleteItem:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type RelateMutationVariables = Exact<{
  input: RelateInput;
}>;


export type RelateMutation = { relate: { type: RelationshipType, properties: Record<string, unknown>, from:
      | { id: string }
      | { id: string }
      | { id: string }
    , to:
      | { id: string }
      | { id: string }
      | { id: string }
     } };

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


export type RelatedQuery = { item:
    | { id: string, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
         }> }
    | { id: string, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
         }> }
    | { id: string, related: Array<{ type: RelationshipType, direction: Direction, properties: Record<string, unknown>, item:
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
          | { id: string, class: string, name: string }
         }> }
   | null };

export type CustomFieldsQueryVariables = Exact<{
  class?: CiClass | null | undefined;
}>;


export type CustomFieldsQuery = { customFields: Array<{ class: CiClass, name: string, label: string, type: CustomFieldType, required: boolean, description: string | null, choices: Array<string> | null, createdAt: string, updatedAt: string, updatedBy: string }> };

export type DefineCustomFieldMutationVariables = Exact<{
  input: CustomFieldInput;
}>;


export type DefineCustomFieldMutation = { defineCustomField: { nonConformingCount: number, field: { class: CiClass, name: string, label: string, type: CustomFieldType, required: boolean, description: string | null, choices: Array<string> | null }, nonConforming: Array<{ id: string, reason: string }> } };

export type RemoveCustomFieldMutationVariables = Exact<{
  class: CiClass;
  name: string;
}>;


export type RemoveCustomFieldMutation = { removeCustomField: boolean };

type LifecycleItem_UefrfJPmWyHowqrvfKiYlkw50yo0sQgeFgQwSicUjA_Fragment = (
  { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, location:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, owner:
    | { id: string }
    | { id: string }
    | { id: string }
   | null }
  & { __typename: 'Accessory' | 'Application' | 'BusinessService' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'Cluster' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Contract' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Location' | 'Network' | 'Part' | 'Person' }
);

type LifecycleItem_2IeZxr2OIrEvuYpkfCwztxf5jtyxmnbPUkeIjlDe00_Fragment = (
  { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, location:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, owner:
    | { id: string }
    | { id: string }
    | { id: string }
   | null }
  & { __typename: 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' | 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' | 'VirtualMachine' }
);

type LifecycleItem_BJcqFn94rizaoxnaRml9PmLBlSj0cgZfVfZlY86zTk_Fragment = (
  { serialNumber: string | null, assetTag: string | null, purchaseOrder: string | null, purchaseDate: string | null, invoiceNumber: string | null, expectedDelivery: string | null, receivedDate: string | null, retiredDate: string | null, retirementReason: string | null, disposedDate: string | null, disposalMethod: DisposalMethod | null, sanitisationMethod: SanitisationMethod | null, disposalCertificate: string | null, id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, purchaseCost: { amount: number, currency: string } | null, vendor:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, location:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, owner:
    | { id: string }
    | { id: string }
    | { id: string }
   | null }
  & { __typename: 'EndUserDevice' | 'NetworkDevice' | 'Server' | 'StorageDevice' }
);

export type LifecycleItemFragment =
  | LifecycleItem_UefrfJPmWyHowqrvfKiYlkw50yo0sQgeFgQwSicUjA_Fragment
  | LifecycleItem_2IeZxr2OIrEvuYpkfCwztxf5jtyxmnbPUkeIjlDe00_Fragment
  | LifecycleItem_BJcqFn94rizaoxnaRml9PmLBlSj0cgZfVfZlY86zTk_Fragment
;

export type TransitionLifecycleMutationVariables = Exact<{
  id: string | number;
  to: LifecycleState;
  expectedVersion: number;
  details?: LifecycleDetailsInput | null | undefined;
}>;


export type TransitionLifecycleMutation = { transitionLifecycle:
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'Accessory' | 'Application' | 'BusinessService' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'Cluster' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Contract' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Location' | 'Network' | 'Part' | 'Person' }
    )
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' | 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' | 'VirtualMachine' }
    )
    | (
      { serialNumber: string | null, assetTag: string | null, purchaseOrder: string | null, purchaseDate: string | null, invoiceNumber: string | null, expectedDelivery: string | null, receivedDate: string | null, retiredDate: string | null, retirementReason: string | null, disposedDate: string | null, disposalMethod: DisposalMethod | null, sanitisationMethod: SanitisationMethod | null, disposalCertificate: string | null, id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, purchaseCost: { amount: number, currency: string } | null, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'EndUserDevice' | 'NetworkDevice' | 'Server' | 'StorageDevice' }
    )
   };

export type TransitionLifecycleManyMutationVariables = Exact<{
  requests: Array<TransitionRequestInput> | TransitionRequestInput;
}>;


export type TransitionLifecycleManyMutation = { transitionLifecycleMany: Array<
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'Accessory' | 'Application' | 'BusinessService' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'Cluster' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Contract' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Location' | 'Network' | 'Part' | 'Person' }
    )
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' | 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' | 'VirtualMachine' }
    )
    | (
      { serialNumber: string | null, assetTag: string | null, purchaseOrder: string | null, purchaseDate: string | null, invoiceNumber: string | null, expectedDelivery: string | null, receivedDate: string | null, retiredDate: string | null, retirementReason: string | null, disposedDate: string | null, disposalMethod: DisposalMethod | null, sanitisationMethod: SanitisationMethod | null, disposalCertificate: string | null, id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, purchaseCost: { amount: number, currency: string } | null, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'EndUserDevice' | 'NetworkDevice' | 'Server' | 'StorageDevice' }
    )
  > };

export type LifecycleQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleQuery = { item:
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, lifecycle: Array<{ id: string, seq: number, from: LifecycleState | null, to: LifecycleState, details: Record<string, unknown>, actor: string, source: string, at: string, changeSeq: number }>, nextLifecycleStates: Array<{ to: LifecycleState, requiredDetails: Array<string>, optionalDetails: Array<string>, guards: Array<string> }>, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'Accessory' | 'Application' | 'BusinessService' | 'Cable' | 'Circuit' | 'CircuitTermination' | 'Cluster' | 'ConsolePort' | 'ConsoleServerPort' | 'Consumable' | 'Contract' | 'Database' | 'DeviceType' | 'FrontPort' | 'IPAddress' | 'Interface' | 'Location' | 'Network' | 'Part' | 'Person' }
    )
    | (
      { id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, lifecycle: Array<{ id: string, seq: number, from: LifecycleState | null, to: LifecycleState, details: Record<string, unknown>, actor: string, source: string, at: string, changeSeq: number }>, nextLifecycleStates: Array<{ to: LifecycleState, requiredDetails: Array<string>, optionalDetails: Array<string>, guards: Array<string> }>, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'PowerFeed' | 'PowerOutlet' | 'PowerPanel' | 'PowerPort' | 'Prefix' | 'Provider' | 'ProviderNetwork' | 'RearPort' | 'SoftwareInstallation' | 'SoftwareProduct' | 'Team' | 'TechnicalService' | 'VLAN' | 'VLANGroup' | 'VRF' | 'Vendor' | 'VirtualMachine' }
    )
    | (
      { serialNumber: string | null, assetTag: string | null, purchaseOrder: string | null, purchaseDate: string | null, invoiceNumber: string | null, expectedDelivery: string | null, receivedDate: string | null, retiredDate: string | null, retirementReason: string | null, disposedDate: string | null, disposalMethod: DisposalMethod | null, sanitisationMethod: SanitisationMethod | null, disposalCertificate: string | null, id: string, name: string, class: string, lifecycleState: LifecycleState, operationalStatus: OperationalStatus, version: number, lifecycle: Array<{ id: string, seq: number, from: LifecycleState | null, to: LifecycleState, details: Record<string, unknown>, actor: string, source: string, at: string, changeSeq: number }>, nextLifecycleStates: Array<{ to: LifecycleState, requiredDetails: Array<string>, optionalDetails: Array<string>, guards: Array<string> }>, purchaseCost: { amount: number, currency: string } | null, vendor:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, location:
        | { id: string }
        | { id: string }
        | { id: string }
       | null, owner:
        | { id: string }
        | { id: string }
        | { id: string }
       | null }
      & { __typename: 'EndUserDevice' | 'NetworkDevice' | 'Server' | 'StorageDevice' }
    )
   | null };

export type AssetValueQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type AssetValueQuery = { item:
    | { id: string }
    | { id: string }
    | { id: string, bookValue: { amount: number, currency: string } | null, depreciationSchedule: { method: DepreciationMethod, usefulLifeMonths: number, decliningBalanceFactor: number, startDate: string, cost: { amount: number, currency: string }, salvageValue: { amount: number, currency: string }, periods: Array<{ period: number, date: string, charge: { amount: number }, accumulated: { amount: number }, bookValue: { amount: number } }> } | null, totalCostOfOwnership: { purchaseCost: { amount: number, currency: string } | null, contractShares: Array<{ coveredCount: number, contract:
            | { id: string }
            | { id: string }
            | { id: string }
          , share: { amount: number, currency: string } }>, totals: Array<{ amount: number, currency: string }> } }
   | null };

export type ServersValueQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ServersValueQuery = { items: { edges: Array<{ node:
        | { id: string, lifecycle: Array<{ to: LifecycleState }> }
        | { id: string, lifecycle: Array<{ to: LifecycleState }> }
        | { id: string, bookValue: { amount: number, currency: string } | null, totalCostOfOwnership: { totals: Array<{ amount: number, currency: string }> }, lifecycle: Array<{ to: LifecycleState }> }
       }> } };

export type ExpiringContractsQueryVariables = Exact<{
  withinDays: number;
  kinds?: Array<ContractKind> | ContractKind | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ExpiringContractsQuery = { expiringContracts: Array<{ endDate: string, daysLeft: number, coveredCount: number, contract:
      | { id: string, name: string }
      | { id: string, name: string }
      | { contractKind: ContractKind | null, id: string, name: string }
     }> };

export type ExpiringWarrantiesQueryVariables = Exact<{
  withinDays: number;
  asOf?: string | null | undefined;
  lifecycleStates?: Array<LifecycleState> | LifecycleState | null | undefined;
}>;


export type ExpiringWarrantiesQuery = { expiringWarranties: Array<{ warrantyEnd: string | null, daysLeft: number | null, asset:
      | { id: string }
      | { id: string }
      | { id: string }
    , contract:
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type AssetsOutOfWarrantyQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AssetsOutOfWarrantyQuery = { assetsOutOfWarranty: Array<{ warrantyEnd: string | null, daysLeft: number | null, asset:
      | { id: string }
      | { id: string }
      | { id: string }
    , contract:
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type LicenceComplianceQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type LicenceComplianceQuery = { licenceCompliance: Array<{ entitled: number, installed: number, balance: number, licenceContracts: number, status: ComplianceStatus, product:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type AssetReportQueryVariables = Exact<{
  groupBy: AssetGroupBy;
  asOf?: string | null | undefined;
  lifecycleStates?: Array<LifecycleState> | LifecycleState | null | undefined;
}>;


export type AssetReportQuery = { assetReport: Array<{ key: string | null, label: string | null, count: number, unvalued: number, purchaseCost: Array<{ amount: number, currency: string }>, bookValue: Array<{ amount: number, currency: string }> }> };

export type AssetsPastEndOfLifeQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lifecycleStates?: Array<LifecycleState> | LifecycleState | null | undefined;
}>;


export type AssetsPastEndOfLifeQuery = { assetsPastEndOfLife: Array<{ endOfLife: string, basis: EndOfLifeBasis, daysPast: number, asset:
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type AssetsInStockLongerThanQueryVariables = Exact<{
  days: number;
  asOf?: string | null | undefined;
}>;


export type AssetsInStockLongerThanQuery = { assetsInStockLongerThan: Array<{ since: string, days: number, asset:
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type SoftwareInstancesQueryVariables = Exact<{
  id: string | number;
}>;


export type SoftwareInstancesQuery = { item:
    | { id: string, class: string, product:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, installations: Array<
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
      > }
    | { id: string, class: string, product:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, installations: Array<
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
      > }
    | { id: string, class: string, product:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, installations: Array<
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
        | { id: string, lifecycleState: LifecycleState }
      > }
   | null };

export type ServersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServersPageQuery = { items: { edges: Array<{ node:
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, owner:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, hosts: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          > }
        | { id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, owner:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, hosts: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          > }
        | { hostname: string | null, serialNumber: string | null, id: string, name: string, location:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, owner:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, hosts: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          > }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceStackQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ServiceStackQuery = { items: { edges: Array<{ node:
        | { id: string, name: string, owner:
            | { name: string }
            | { name: string }
            | { name: string }
           | null, dependsOn: Array<
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
          > }
        | { id: string, name: string, owner:
            | { name: string }
            | { name: string }
            | { name: string }
           | null, dependsOn: Array<
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
          > }
        | { id: string, name: string, owner:
            | { name: string }
            | { name: string }
            | { name: string }
           | null, dependsOn: Array<
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
            | { id: string, name: string, runsOn: Array<
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
                | { id: string, name: string, runsOn: Array<
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                    | { id: string, name: string, location:
                        | { name: string }
                        | { name: string }
                        | { name: string }
                       | null }
                  > }
              > }
          > }
       }> } };

export type ServiceToSiteQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ServiceToSiteQuery = { items: { edges: Array<{ node:
        | { id: string, dependsOn: Array<
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
          > }
        | { id: string, dependsOn: Array<
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
          > }
        | { id: string, dependsOn: Array<
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
            | { id: string, runsOn: Array<
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
                | { id: string, runsOn: Array<
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                    | { id: string, location:
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                        | { id: string, location:
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                            | { id: string, location:
                                | { id: string }
                                | { id: string }
                                | { id: string }
                               | null }
                           | null }
                       | null }
                  > }
              > }
          > }
       }> } };

type HostPlace_VtF3Mrrvf5swsGbHv67raqaaw6ebtyDuwxrv1QRlh8_Fragment = { id: string, location:
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

type HostPlace_H4yfXyoQfg1EczKbAiMm7ona365onJluOhXqa7wc_Fragment = { id: string, location:
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

type HostPlace_VirtualMachine_Fragment = { id: string, location:
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type HostPlaceFragment =
  | HostPlace_VtF3Mrrvf5swsGbHv67raqaaw6ebtyDuwxrv1QRlh8_Fragment
  | HostPlace_H4yfXyoQfg1EczKbAiMm7ona365onJluOhXqa7wc_Fragment
  | HostPlace_VirtualMachine_Fragment
;

export type AppHostsThroughFragmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AppHostsThroughFragmentsQuery = { item:
    | { id: string, runsOn: Array<
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { id: string, runsOn: Array<
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { id: string, vms: Array<
        | { id: string, runsOn: Array<
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
          > }
        | { id: string, runsOn: Array<
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
          > }
        | { id: string, runsOn: Array<
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
            | { id: string, location:
                | { name: string }
                | { name: string }
                | { name: string }
               | null }
          > }
      >, runsOn: Array<
        | { name: string }
        | { name: string }
        | { name: string }
      > }
   | null };

export type TwoItemsWithNeighboursQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type TwoItemsWithNeighboursQuery = { a:
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
   | null, b:
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
    | { id: string, owner:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, dependents: Array<
        | { id: string }
        | { id: string }
        | { id: string }
      > }
   | null };

export type SearchWithHostsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchWithHostsQuery = { search: Array<{ item:
      | { id: string, runsOn: Array<
          | { id: string }
          | { id: string }
          | { id: string }
        > }
      | { id: string, runsOn: Array<
          | { id: string }
          | { id: string }
          | { id: string }
        > }
      | { id: string, runsOn: Array<
          | { id: string }
          | { id: string }
          | { id: string }
        > }
     }> };

export type SameNeighboursTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type SameNeighboursTwiceQuery = { item:
    | { id: string, runsOn: Array<
        | { id: string }
        | { id: string }
        | { hostname: string | null, id: string }
      > }
    | { id: string, runsOn: Array<
        | { id: string }
        | { id: string }
        | { hostname: string | null, id: string }
      > }
    | { id: string, runsOn: Array<
        | { id: string }
        | { id: string }
        | { hostname: string | null, id: string }
      > }
   | null, items: { edges: Array<{ node:
        | { id: string, hosts: Array<
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
          > }
        | { id: string, hosts: Array<
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
          > }
        | { id: string, hosts: Array<
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
            | { id: string, runsOn: Array<{ serialNumber: string | null }> }
          > }
       }> } };

export type PageThenItemQueryVariables = Exact<{
  id: string | number;
}>;


export type PageThenItemQuery = { items: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }> }, item:
    | { id: string, tags: Array<string>, lifecycle: Array<{ to: LifecycleState }> }
    | { id: string, tags: Array<string>, lifecycle: Array<{ to: LifecycleState }> }
    | { hostname: string | null, serialNumber: string | null, id: string, tags: Array<string>, lifecycle: Array<{ to: LifecycleState }> }
   | null };

type AddressingFields_TmG5TqKhaZMeLjG6Mzr95IrOicTcgAmwqHwLNh3Rku_Fragment = { id: string, name: string, class: string, version: number };

type AddressingFields_B74Fg7ZuVlq8DFfSaUo7NwV2C20CvQzxyf05y26hc_Fragment = { id: string, name: string, class: string, version: number };

type AddressingFields_IpAddress_Fragment = { ipAddress: string | null, dnsName: string | null, id: string, name: string, class: string, version: number };

type AddressingFields_Prefix_Fragment = { prefix: string | null, isPool: boolean | null, markUtilised: boolean | null, id: string, name: string, class: string, version: number };

type AddressingFields_Vlan_Fragment = { vid: number | null, id: string, name: string, class: string, version: number };

type AddressingFields_VlanGroup_Fragment = { minVid: number | null, maxVid: number | null, id: string, name: string, class: string, version: number };

type AddressingFields_Vrf_Fragment = { rd: string | null, enforceUnique: boolean | null, id: string, name: string, class: string, version: number };

export type AddressingFieldsFragment =
  | AddressingFields_TmG5TqKhaZMeLjG6Mzr95IrOicTcgAmwqHwLNh3Rku_Fragment
  | AddressingFields_B74Fg7ZuVlq8DFfSaUo7NwV2C20CvQzxyf05y26hc_Fragment
  | AddressingFields_IpAddress_Fragment
  | AddressingFields_Prefix_Fragment
  | AddressingFields_Vlan_Fragment
  | AddressingFields_VlanGroup_Fragment
  | AddressingFields_Vrf_Fragment
;

export type CreateAddressingMutationVariables = Exact<{
  input: CreateItemInput;
}>;


export type CreateAddressingMutation = { createItem:
    | { id: string, name: string, class: string, version: number }
    | { id: string, name: string, class: string, version: number }
    | { ipAddress: string | null, dnsName: string | null, id: string, name: string, class: string, version: number }
    | { prefix: string | null, isPool: boolean | null, markUtilised: boolean | null, id: string, name: string, class: string, version: number }
    | { vid: number | null, id: string, name: string, class: string, version: number }
    | { minVid: number | null, maxVid: number | null, id: string, name: string, class: string, version: number }
    | { rd: string | null, enforceUnique: boolean | null, id: string, name: string, class: string, version: number }
   };

export type UpdateAddressingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: ItemPatch;
}>;


export type UpdateAddressingMutation = { updateItem:
    | { id: string, name: string, class: string, version: number }
    | { id: string, name: string, class: string, version: number }
    | { ipAddress: string | null, dnsName: string | null, id: string, name: string, class: string, version: number }
    | { prefix: string | null, isPool: boolean | null, markUtilised: boolean | null, id: string, name: string, class: string, version: number }
    | { vid: number | null, id: string, name: string, class: string, version: number }
    | { minVid: number | null, maxVid: number | null, id: string, name: string, class: string, version: number }
    | { rd: string | null, enforceUnique: boolean | null, id: string, name: string, class: string, version: number }
   };

export type PrefixesQueryVariables = Exact<{
  vrf?: string | number | null | undefined;
  within?: string | null | undefined;
}>;


export type PrefixesQuery = { prefixes: Array<{ prefix: string, family: number, depth: number, parentId: string | null, childIds: Array<string>, vrfId: string | null, item:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type PrefixUtilisationQueryVariables = Exact<{
  id: string | number;
}>;


export type PrefixUtilisationQuery = { prefixUtilisation: { id: string, prefix: string, size: string, used: string, percent: number, children: Array<{ id: string, prefix: string, size: string, used: string, percent: number }> } };

export type FreeAddressesQueryVariables = Exact<{
  prefixId: string | number;
  first?: number | null | undefined;
}>;


export type FreeAddressesQuery = { freeAddresses: Array<string> };

export type AvailablePrefixesQueryVariables = Exact<{
  prefixId: string | number;
  length: number;
  first?: number | null | undefined;
}>;


export type AvailablePrefixesQuery = { availablePrefixes: Array<string> };

export type ConnectCableMutationVariables = Exact<{
  input: ConnectCableInput;
}>;


export type ConnectCableMutation = { connectCable: { cable:
      | { id: string, name: string, class: string }
      | { id: string, name: string, class: string }
      | { label: string | null, cableType: string | null, cableStatus: CableStatus | null, length: number | null, lengthUnit: LengthUnit | null, id: string, name: string, class: string }
    , terminations: Array<{ side: CableSide, item:
        | { id: string, name: string, class: string }
        | { id: string, name: string, class: string }
        | { id: string, name: string, class: string }
       }> } };

export type DisconnectCableMutationVariables = Exact<{
  id: string | number;
}>;


export type DisconnectCableMutation = { disconnectCable:
    | { id: string, class: string }
    | { id: string, class: string }
    | { id: string, class: string }
   };

export type ComponentQueryVariables = Exact<{
  device: string | number;
  name: string;
  class?: ComponentClass | null | undefined;
}>;


export type ComponentQuery = { component:
    | { id: string, name: string, class: string }
    | { id: string, name: string, class: string }
    | { id: string, name: string, class: string }
   | null };

export type DeviceComponentsQueryVariables = Exact<{
  id: string | number;
  classes?: Array<ComponentClass> | ComponentClass | null | undefined;
}>;


export type DeviceComponentsQuery = { item:
    | { id: string, components: Array<
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
      > }
    | { id: string, components: Array<
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
      > }
    | { id: string, components: Array<
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
        | { id: string, name: string, class: string, related: Array<{ properties: Record<string, unknown>, item:
              | { id: string }
              | { id: string }
              | { id: string }
             }> }
      > }
   | null };

export type TracedCiFieldsFragment = { id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null };

export type PathStepFieldsFragment = { position: number | null, via: PathVia | null, hops: number, ci: { id: string, class: CiClass, name: string }, through: { id: string, class: CiClass, name: string } | null };

export type CableTraceQueryVariables = Exact<{
  from: string | number;
  asOf?: string | null | undefined;
}>;


export type CableTraceQuery = { cableTrace: { isComplete: boolean, isActive: boolean, isSplit: boolean, loop: boolean, asOf: string | null, origin: { id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null }, segments: Array<{ near: Array<{ id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null }>, cables: Array<{ cableStatus: CableStatus, cable: { id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null } }>, far: Array<{ id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null }>, circuit: { id: string, class: CiClass, name: string, operationalStatus: OperationalStatus | null } | null }>, breaks: Array<{ reason: BreakReason, segment: number, ci: { id: string, class: CiClass } }>, brokenAt: { reason: BreakReason, segment: number, ci: { id: string, class: CiClass, name: string, item:
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
          | { id: string, operationalStatus: OperationalStatus }
         | null } } | null } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: { count: number, truncated: boolean, maxHops: number, asOf: string | null, paths: Array<{ hops: number, steps: Array<{ position: number | null, via: PathVia | null, hops: number, ci: { id: string, class: CiClass, name: string }, through: { id: string, class: CiClass, name: string } | null }> }> } };

export type ReachableQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;


export type ReachableQuery = { reachable: { reachable: boolean, hops: number | null, asOf: string | null, path: Array<{ position: number | null, via: PathVia | null, hops: number, ci: { id: string, class: CiClass, name: string }, through: { id: string, class: CiClass, name: string } | null }> } };

export type DeviceCountsQueryVariables = Exact<{
  by: DeviceGrouping;
  site?: string | number | null | undefined;
}>;


export type DeviceCountsQuery = { deviceCounts: Array<{ key: string | null, name: string | null, siteId: string | null, siteName: string | null, count: number }> };

export type RackPowerQueryVariables = Exact<{
  site?: string | number | null | undefined;
  racks?: Array<string | number> | string | number | null | undefined;
}>;


export type RackPowerQuery = { rackPower: Array<{ capacityW: number | null, allocatedDrawW: number, maximumDrawW: number, utilisationPercent: number | null, overloaded: boolean, rack:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , site:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, feeds: Array<{ capacityW: number | null, counted: boolean, feed:
        | { id: string, name: string }
        | { id: string, name: string }
        | { feedType: PowerFeedType | null, phase: PowerPhase | null, voltage: number | null, amperage: number | null, maxUtilisation: number | null, id: string, name: string }
      , panel:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }> }> };

export type SoftwareComponentFieldsFragment = { key: string, purl: string | null, ecosystem: string | null, packageName: string | null, name: string, group: string | null, version: string | null, type: string, supplier: string | null, licences: Array<string>, hashes: Array<string>, cpe: string | null };

export type SoftwareComponentQueryVariables = Exact<{
  purl: string;
}>;


export type SoftwareComponentQuery = { softwareComponent: { key: string, purl: string | null, ecosystem: string | null, packageName: string | null, name: string, group: string | null, version: string | null, type: string, supplier: string | null, licences: Array<string>, hashes: Array<string>, cpe: string | null, usedBy: Array<{ bomRefs: Array<string>, paths: Array<string>, scope: string | null, dependsOn: Array<string>, direct: boolean | null, ci:
        | { id: string, class: string, name: string }
        | { id: string, class: string, name: string }
        | { id: string, class: string, name: string }
       }> } | null };

export type WhereUsedQueryVariables = Exact<{
  filter: ComponentFilter;
  first?: number | null | undefined;
}>;


export type WhereUsedQuery = { softwareComponents: Array<{ key: string, purl: string | null, ecosystem: string | null, packageName: string | null, name: string, group: string | null, version: string | null, type: string, supplier: string | null, licences: Array<string>, hashes: Array<string>, cpe: string | null, usedBy: Array<{ paths: Array<string>, ci:
        | { id: string, class: string, name: string }
        | { id: string, class: string, name: string }
        | { id: string, class: string, name: string }
       }>, services: Array<{ state: string, path: Array<string>, service:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }> };

export type SbomQueryVariables = Exact<{
  ciId: string | number;
}>;


export type SbomQuery = { sbom: { ci:
      | { id: string, class: string, name: string }
      | { id: string, class: string, name: string }
      | { id: string, class: string, name: string }
    , sbom: { format: string, specVersion: string, serialNumber: string | null, bomVersion: number | null, digest: string, componentCount: number, importedAt: string, file: string } | null, components: Array<{ bomRefs: Array<string>, paths: Array<string>, scope: string | null, dependsOn: Array<string>, direct: boolean | null, component: { key: string, purl: string | null, ecosystem: string | null, packageName: string | null, name: string, group: string | null, version: string | null, type: string, supplier: string | null, licences: Array<string>, hashes: Array<string>, cpe: string | null } }> } };

export type ApiTokenFieldsFragment = { id: string, name: string, role: Role, createdAt: string, createdBy: string | null, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean };

export type ApiTokensQueryVariables = Exact<{
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, role: Role, createdAt: string, createdBy: string | null, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, role: Role, createdAt: string, createdBy: string | null, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, role: Role, createdAt: string, createdBy: string | null, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role } };

export const StockLevelFieldsFragmentDoc = gql`
    fragment StockLevelFields on StockLevel {
  itemId
  locationId
  quantity
  ownMinimum
  minimum
  low
  shortfall
  item {
    id
    name
  }
  location {
    id
    name
  }
}
    `;
export const StockMovementFieldsFragmentDoc = gql`
    fragment StockMovementFields on StockMovement {
  id
  kind
  at
  changeSeq
  actor
  itemId
  itemName
  quantity
  note
  locationId
  locationName
  stockBefore
  stockAfter
  holderId
  holderName
  heldBefore
  heldAfter
}
    `;
export const HoldingFieldsFragmentDoc = gql`
    fragment HoldingFields on Holding {
  itemId
  holderId
  quantity
  holder {
    id
    name
    class
  }
}
    `;
export const HardwareModelFieldsFragmentDoc = gql`
    fragment HardwareModelFields on DeviceType {
  id
  name
  manufacturer
  model
  partNumber
  category
  formFactor
  endOfLife
  defaultPowerDrawW
  powerPortCount
  uHeight
  assetCount
}
    `;
export const ChangeFieldsFragmentDoc = gql`
    fragment ChangeFields on Change {
  seq
  cursor
  at
  actor
  source
  requestId
  jobId
  op
  ciId
  ciClass
  version
  before
  after
  fields {
    field
    before
    after
  }
  relationship {
    type
    fromId
    fromClass
    toId
    toClass
    before
    after
  }
}
    `;
export const WebhookFieldsFragmentDoc = gql`
    fragment WebhookFields on Webhook {
  id
  url
  filter
  cursor
  active
  createdAt
  createdBy
  failures
  lastError
  lastDeliveredAt
  nextAttemptAt
}
    `;
export const ImpactedServiceFieldsFragmentDoc = gql`
    fragment ImpactedServiceFields on ImpactedService {
  id
  state
  criticality
  distance
  item {
    name
  }
}
    `;
export const ImportJobFieldsFragmentDoc = gql`
    fragment ImportJobFields on ImportJob {
  id
  kind
  className
  mode
  dryRun
  status
  phase
  fileName
  fileSize
  actor
  encoding
  encodingDetected
  encodingConfidence
  encodingNote
  rowsRead
  created
  updated
  unchanged
  errors
  lastCommittedRow
  startedAt
  finishedAt
  message
  warnings
  columns
  errorSample {
    row
    line
    column
    reason
  }
  errorsUrl
  reportUrl
}
    `;
export const IncidentFieldsFragmentDoc = gql`
    fragment IncidentFields on Incident {
  id
  title
  description
  severity
  status
  openedAt
  mitigatedAt
  resolvedAt
  updatedAt
  affects {
    id
    name
  }
}
    `;
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
export const LifecycleItemFragmentDoc = gql`
    fragment LifecycleItem on ConfigurationItem {
  __typename
  id
  name
  class
  lifecycleState
  operationalStatus
  version
  ... on HardwareAsset {
    serialNumber
    assetTag
    purchaseOrder
    purchaseDate
    purchaseCost {
      amount
      currency
    }
    invoiceNumber
    expectedDelivery
    receivedDate
    retiredDate
    retirementReason
    disposedDate
    disposalMethod
    sanitisationMethod
    disposalCertificate
  }
  vendor {
    id
  }
  location {
    id
  }
  owner {
    id
  }
}
    `;
export const HostPlaceFragmentDoc = gql`
    fragment HostPlace on ConfigurationItem {
  id
  location {
    name
  }
}
    `;
export const AddressingFieldsFragmentDoc = gql`
    fragment AddressingFields on ConfigurationItem {
  id
  name
  class
  version
  ... on Prefix {
    prefix
    isPool
    markUtilised
  }
  ... on IPAddress {
    ipAddress
    dnsName
  }
  ... on VLAN {
    vid
  }
  ... on VLANGroup {
    minVid
    maxVid
  }
  ... on VRF {
    rd
    enforceUnique
  }
}
    `;
export const TracedCiFieldsFragmentDoc = gql`
    fragment TracedCIFields on TracedCI {
  id
  class
  name
  operationalStatus
}
    `;
export const PathStepFieldsFragmentDoc = gql`
    fragment PathStepFields on PathStep {
  ci {
    id
    class
    name
  }
  position
  via
  through {
    id
    class
    name
  }
  hops
}
    `;
export const SoftwareComponentFieldsFragmentDoc = gql`
    fragment SoftwareComponentFields on SoftwareComponent {
  key
  purl
  ecosystem
  packageName
  name
  group
  version
  type
  supplier
  licences
  hashes
  cpe
}
    `;
export const ApiTokenFieldsFragmentDoc = gql`
    fragment ApiTokenFields on ApiToken {
  id
  name
  role
  createdAt
  createdBy
  lastUsedAt
  expiresAt
  revokedAt
  active
}
    `;
export const BenchItemDocument = gql`
    query BenchItem($id: ID!) {
  item(id: $id) {
    id
    name
    class
    lifecycleState
    operationalStatus
    version
    updatedAt
    ... on Server {
      hostname
      serialNumber
      cpuCores
      memoryGb
      os
    }
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
    `;
export const BenchPingDocument = gql`
    query BenchPing {
  __typename
}
    `;
export const HardwareModelsDocument = gql`
    query HardwareModels($filter: HardwareModelFilter, $first: Int) {
  hardwareModels(filter: $filter, first: $first) {
    ...HardwareModelFields
  }
}
    ${HardwareModelFieldsFragmentDoc}`;
export const ModelAssetsDocument = gql`
    query ModelAssets($id: ID!) {
  item(id: $id) {
    id
    ... on DeviceType {
      ...HardwareModelFields
      assets {
        id
        name
        class
      }
    }
  }
}
    ${HardwareModelFieldsFragmentDoc}`;
export const AssetModelDocument = gql`
    query AssetModel($id: ID!) {
  item(id: $id) {
    id
    name
    ... on HardwareAsset {
      endOfLife
      hardwareModel {
        id
        manufacturer
        model
        endOfLife
      }
      effectiveEndOfLife {
        date
        from
      }
      holdings {
        ...HoldingFields
        item {
          id
          name
        }
      }
    }
  }
}
    ${HoldingFieldsFragmentDoc}`;
export const ManufacturersDocument = gql`
    query Manufacturers {
  manufacturers {
    name
    modelCount
    quantityItemCount
    vendor {
      id
      name
    }
  }
}
    `;
export const CategoriesDocument = gql`
    query Categories {
  categories {
    name
    modelCount
    quantityItemCount
  }
}
    `;
export const QuantityItemDocument = gql`
    query QuantityItem($id: ID!, $first: Int) {
  item(id: $id) {
    id
    name
    class
    ... on Accessory {
      minQuantity
      inStock
      checkedOutQuantity
      stock {
        ...StockLevelFields
      }
      checkedOut {
        ...HoldingFields
      }
      movements(first: $first) {
        ...StockMovementFields
      }
    }
    ... on Consumable {
      minQuantity
      inStock
      checkedOutQuantity
      stock {
        ...StockLevelFields
      }
      checkedOut {
        ...HoldingFields
      }
      movements(first: $first) {
        ...StockMovementFields
      }
    }
    ... on Part {
      minQuantity
      inStock
      checkedOutQuantity
      stock {
        ...StockLevelFields
      }
      checkedOut {
        ...HoldingFields
      }
      movements(first: $first) {
        ...StockMovementFields
      }
    }
  }
}
    ${StockLevelFieldsFragmentDoc}
${HoldingFieldsFragmentDoc}
${StockMovementFieldsFragmentDoc}`;
export const StockLevelsDocument = gql`
    query StockLevels($itemId: ID, $locationId: ID) {
  stockLevels(itemId: $itemId, locationId: $locationId) {
    ...StockLevelFields
  }
}
    ${StockLevelFieldsFragmentDoc}`;
export const LowStockDocument = gql`
    query LowStock($locationId: ID) {
  lowStock(locationId: $locationId) {
    ...StockLevelFields
  }
}
    ${StockLevelFieldsFragmentDoc}`;
export const StockMovementsDocument = gql`
    query StockMovements($itemId: ID!, $first: Int) {
  stockMovements(itemId: $itemId, first: $first) {
    ...StockMovementFields
  }
}
    ${StockMovementFieldsFragmentDoc}`;
export const ReceiveStockDocument = gql`
    mutation ReceiveStock($input: ReceiveStockInput!) {
  receiveStock(input: $input) {
    ...StockMovementFields
  }
}
    ${StockMovementFieldsFragmentDoc}`;
export const AdjustStockDocument = gql`
    mutation AdjustStock($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    ...StockMovementFields
  }
}
    ${StockMovementFieldsFragmentDoc}`;
export const CheckoutItemDocument = gql`
    mutation CheckoutItem($input: CheckoutInput!) {
  checkoutItem(input: $input) {
    ...StockMovementFields
  }
}
    ${StockMovementFieldsFragmentDoc}`;
export const CheckinItemDocument = gql`
    mutation CheckinItem($input: CheckinInput!) {
  checkinItem(input: $input) {
    ...StockMovementFields
  }
}
    ${StockMovementFieldsFragmentDoc}`;
export const QuantityItemsDocument = gql`
    query QuantityItems($classes: [CIClass!]) {
  items(filter: {classes: $classes}, first: 100) {
    edges {
      node {
        id
        ... on Accessory {
          stock {
            ...StockLevelFields
          }
          checkedOut {
            ...HoldingFields
          }
          movements(first: 5) {
            id
          }
        }
        ... on Consumable {
          stock {
            ...StockLevelFields
          }
          movements(first: 5) {
            id
          }
        }
        ... on Part {
          stock {
            ...StockLevelFields
          }
          checkedOut {
            ...HoldingFields
          }
          movements(first: 5) {
            id
          }
        }
      }
    }
  }
}
    ${StockLevelFieldsFragmentDoc}
${HoldingFieldsFragmentDoc}`;
export const QuantityItemAsOfDocument = gql`
    query QuantityItemAsOf($id: ID!, $asOf: DateTime) {
  item(id: $id, asOf: $asOf) {
    id
    ... on Accessory {
      stock {
        locationId
        quantity
        ownMinimum
      }
      checkedOut {
        holderId
        quantity
      }
    }
  }
}
    `;
export const ChangesDocument = gql`
    query Changes($filter: ChangeFilter, $first: Int, $after: String) {
  changes(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ChangeFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${ChangeFieldsFragmentDoc}`;
export const ChangeCursorDocument = gql`
    query ChangeCursor {
  changeCursor
}
    `;
export const ItemHistoryDocument = gql`
    query ItemHistory($id: ID!, $first: Int, $after: String, $order: OrderDirection) {
  item(id: $id) {
    id
    history(first: $first, after: $after, order: $order) {
      edges {
        cursor
        node {
          ...ChangeFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    ${ChangeFieldsFragmentDoc}`;
export const ItemAsOfDocument = gql`
    query ItemAsOf($id: ID!, $asOf: DateTime) {
  item(id: $id, asOf: $asOf) {
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
      hostname
      purchaseCost {
        amount
        currency
      }
    }
    location {
      id
      name
      location {
        id
        name
      }
    }
    dependsOn {
      id
      name
    }
    related(direction: IN) {
      type
      direction
      properties
      item {
        id
        name
      }
    }
    history(first: 50, order: ASC) {
      edges {
        node {
          seq
          op
          at
        }
      }
    }
  }
}
    `;
export const DiffDocument = gql`
    query Diff($id: ID!, $from: DateTime!, $to: DateTime!) {
  diff(id: $id, from: $from, to: $to) {
    id
    from
    to
    existedAtFrom
    existedAtTo
    fields {
      field
      before
      after
    }
    relationships {
      type
      direction
      otherId
      otherClass
      before
      after
    }
  }
}
    `;
export const WebhooksDocument = gql`
    query Webhooks {
  webhooks {
    ...WebhookFields
  }
}
    ${WebhookFieldsFragmentDoc}`;
export const RegisterWebhookDocument = gql`
    mutation RegisterWebhook($input: WebhookInput!) {
  registerWebhook(input: $input) {
    secret
    webhook {
      ...WebhookFields
    }
  }
}
    ${WebhookFieldsFragmentDoc}`;
export const DeleteWebhookDocument = gql`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `;
export const OnChangesDocument = gql`
    subscription OnChanges($filter: ChangeFilter, $after: String) {
  changes(filter: $filter, after: $after) {
    ...ChangeFields
  }
}
    ${ChangeFieldsFragmentDoc}`;
export const OnItemChangedDocument = gql`
    subscription OnItemChanged($id: ID!, $after: String) {
  itemChanged(id: $id, after: $after) {
    seq
    cursor
    op
    ciId
    fields {
      field
      before
      after
    }
    relationship {
      type
      fromId
      toId
    }
    item {
      id
      name
      version
    }
  }
}
    `;
export const OnImportProgressDocument = gql`
    subscription OnImportProgress($jobId: ID!) {
  importProgress(jobId: $jobId) {
    jobId
    status
    phase
    rowsRead
    totalRows
    created
    updated
    unchanged
    errors
    message
    done
    at
  }
}
    `;
export const OnServiceHealthChangedDocument = gql`
    subscription OnServiceHealthChanged($serviceId: ID!) {
  serviceHealthChanged(serviceId: $serviceId) {
    serviceId
    previous
    cursor
    at
    health {
      state
      causes {
        id
      }
    }
    service {
      id
      name
    }
  }
}
    `;
export const ImpactDocument = gql`
    query Impact($failed: [ID!]!, $maxDepth: Int, $first: Int, $after: String, $baseline: ImpactBaseline, $asOf: DateTime) {
  impact(failed: $failed, maxDepth: $maxDepth, baseline: $baseline, asOf: $asOf) {
    failedIds
    unknownIds
    duplicateIds
    maxDepth
    asOf
    truncated
    summary {
      total
      down
      degraded
      byClass {
        class
        down
        degraded
      }
      businessServices {
        ...ImpactedServiceFields
      }
    }
    impacted(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        id
        state
        distance
        item {
          id
          class
          name
        }
        path {
          id
          via
        }
      }
    }
  }
}
    ${ImpactedServiceFieldsFragmentDoc}`;
export const ImpactOverviewDocument = gql`
    query ImpactOverview($failed: [ID!]!, $maxDepth: Int, $first: Int, $after: String) {
  impact(failed: $failed, maxDepth: $maxDepth) {
    truncated
    summary {
      total
      down
      degraded
      byClass {
        class
        down
        degraded
      }
      businessServices {
        id
        name
        state
        criticality
        distance
      }
    }
    impacted(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        id
        name
        class
        state
        distance
        path {
          id
          via
        }
      }
    }
  }
}
    `;
export const ImpactIdsDocument = gql`
    query ImpactIds($failed: [ID!]!, $maxDepth: Int, $first: Int) {
  impact(failed: $failed, maxDepth: $maxDepth) {
    truncated
    summary {
      total
      down
      degraded
    }
    impacted(first: $first) {
      totalCount
      edges {
        id
        state
        distance
      }
    }
  }
}
    `;
export const DependenciesDocument = gql`
    query Dependencies($id: ID!, $maxDepth: Int, $first: Int, $after: String) {
  dependencies(id: $id, maxDepth: $maxDepth, first: $first, after: $after) {
    rootId
    root {
      id
      name
    }
    truncated
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      id
      depth
      parentId
      via
      item {
        class
        name
      }
    }
  }
}
    `;
export const SinglePointsOfFailureDocument = gql`
    query SinglePointsOfFailure($serviceId: ID!, $maxDepth: Int, $baseline: ImpactBaseline) {
  singlePointsOfFailure(
    serviceId: $serviceId
    maxDepth: $maxDepth
    baseline: $baseline
  ) {
    serviceId
    state
    examined
    items {
      id
      depth
      item {
        class
        name
      }
    }
  }
}
    `;
export const RootCauseCandidatesDocument = gql`
    query RootCauseCandidates($failing: [ID!]!, $maxDepth: Int, $first: Int) {
  rootCauseCandidates(failing: $failing, maxDepth: $maxDepth, first: $first) {
    unknownIds
    duplicateIds
    candidates {
      id
      explains
      explained
      degraded
      distance
      item {
        class
        name
      }
    }
  }
}
    `;
export const HealthDocument = gql`
    query Health($id: ID!) {
  item(id: $id) {
    id
    operationalStatus
    health {
      state
      causes {
        id
        operationalStatus
      }
    }
  }
}
    `;
export const ServiceHealthDocument = gql`
    query ServiceHealth($first: Int) {
  items(filter: {classes: [BusinessService]}, first: $first) {
    edges {
      node {
        id
        name
        health {
          state
          causes {
            id
          }
        }
      }
    }
  }
}
    `;
export const ReportStatusDocument = gql`
    mutation ReportStatus($id: ID!, $status: OperationalStatus!) {
  reportStatus(id: $id, status: $status) {
    unchanged
    changed {
      id
      operationalStatus
      version
    }
    services {
      id
      health {
        state
        causes {
          id
        }
      }
    }
  }
}
    `;
export const ReportStatusesDocument = gql`
    mutation ReportStatuses($reports: [StatusReportInput!]!) {
  reportStatuses(reports: $reports) {
    unchanged
    changed {
      id
      operationalStatus
    }
    services {
      id
      health {
        state
      }
    }
  }
}
    `;
export const ImportJobDocument = gql`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    ${ImportJobFieldsFragmentDoc}`;
export const ImportJobsDocument = gql`
    query ImportJobs($first: Int, $status: ImportJobStatus) {
  importJobs(first: $first, status: $status) {
    ...ImportJobFields
  }
}
    ${ImportJobFieldsFragmentDoc}`;
export const ResumeImportJobDocument = gql`
    mutation ResumeImportJob($id: ID!) {
  resumeImportJob(id: $id) {
    ...ImportJobFields
  }
}
    ${ImportJobFieldsFragmentDoc}`;
export const IncidentDocument = gql`
    query Incident($id: ID!) {
  incident(id: $id) {
    ...IncidentFields
    impactedServices {
      ...ImpactedServiceFields
    }
  }
}
    ${IncidentFieldsFragmentDoc}
${ImpactedServiceFieldsFragmentDoc}`;
export const IncidentsDocument = gql`
    query Incidents($filter: IncidentFilter, $first: Int, $after: String) {
  incidents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...IncidentFields
      }
    }
  }
}
    ${IncidentFieldsFragmentDoc}`;
export const OpenIncidentDocument = gql`
    mutation OpenIncident($input: OpenIncidentInput!) {
  openIncident(input: $input) {
    ...IncidentFields
    impactedServices {
      id
      state
    }
  }
}
    ${IncidentFieldsFragmentDoc}`;
export const UpdateIncidentDocument = gql`
    mutation UpdateIncident($id: ID!, $patch: IncidentPatch!) {
  updateIncident(id: $id, patch: $patch) {
    ...IncidentFields
  }
}
    ${IncidentFieldsFragmentDoc}`;
export const ResolveIncidentDocument = gql`
    mutation ResolveIncident($id: ID!, $resolvedAt: DateTime) {
  resolveIncident(id: $id, resolvedAt: $resolvedAt) {
    ...IncidentFields
  }
}
    ${IncidentFieldsFragmentDoc}`;
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
export const CustomFieldsDocument = gql`
    query CustomFields($class: CIClass) {
  customFields(class: $class) {
    class
    name
    label
    type
    required
    description
    choices
    createdAt
    updatedAt
    updatedBy
  }
}
    `;
export const DefineCustomFieldDocument = gql`
    mutation DefineCustomField($input: CustomFieldInput!) {
  defineCustomField(input: $input) {
    field {
      class
      name
      label
      type
      required
      description
      choices
    }
    nonConformingCount
    nonConforming {
      id
      reason
    }
  }
}
    `;
export const RemoveCustomFieldDocument = gql`
    mutation RemoveCustomField($class: CIClass!, $name: String!) {
  removeCustomField(class: $class, name: $name)
}
    `;
export const TransitionLifecycleDocument = gql`
    mutation TransitionLifecycle($id: ID!, $to: LifecycleState!, $expectedVersion: Int!, $details: LifecycleDetailsInput) {
  transitionLifecycle(
    id: $id
    to: $to
    expectedVersion: $expectedVersion
    details: $details
  ) {
    ...LifecycleItem
  }
}
    ${LifecycleItemFragmentDoc}`;
export const TransitionLifecycleManyDocument = gql`
    mutation TransitionLifecycleMany($requests: [TransitionRequestInput!]!) {
  transitionLifecycleMany(requests: $requests) {
    ...LifecycleItem
  }
}
    ${LifecycleItemFragmentDoc}`;
export const LifecycleDocument = gql`
    query Lifecycle($id: ID!) {
  item(id: $id) {
    ...LifecycleItem
    lifecycle {
      id
      seq
      from
      to
      details
      actor
      source
      at
      changeSeq
    }
    nextLifecycleStates {
      to
      requiredDetails
      optionalDetails
      guards
    }
  }
}
    ${LifecycleItemFragmentDoc}`;
export const AssetValueDocument = gql`
    query AssetValue($id: ID!, $asOf: Date) {
  item(id: $id) {
    id
    ... on HardwareAsset {
      bookValue(asOf: $asOf) {
        amount
        currency
      }
      depreciationSchedule {
        method
        usefulLifeMonths
        decliningBalanceFactor
        startDate
        cost {
          amount
          currency
        }
        salvageValue {
          amount
          currency
        }
        periods {
          period
          date
          charge {
            amount
          }
          accumulated {
            amount
          }
          bookValue {
            amount
          }
        }
      }
      totalCostOfOwnership {
        purchaseCost {
          amount
          currency
        }
        contractShares {
          contract {
            id
          }
          share {
            amount
            currency
          }
          coveredCount
        }
        totals {
          amount
          currency
        }
      }
    }
  }
}
    `;
export const ServersValueDocument = gql`
    query ServersValue($asOf: Date) {
  items(filter: {classes: [Server]}, first: 100) {
    edges {
      node {
        id
        lifecycle {
          to
        }
        ... on HardwareAsset {
          bookValue(asOf: $asOf) {
            amount
            currency
          }
          totalCostOfOwnership {
            totals {
              amount
              currency
            }
          }
        }
      }
    }
  }
}
    `;
export const ExpiringContractsDocument = gql`
    query ExpiringContracts($withinDays: Int!, $kinds: [ContractKind!], $asOf: Date, $first: Int) {
  expiringContracts(
    withinDays: $withinDays
    kinds: $kinds
    asOf: $asOf
    first: $first
  ) {
    contract {
      id
      name
      ... on Contract {
        contractKind
      }
    }
    endDate
    daysLeft
    coveredCount
  }
}
    `;
export const ExpiringWarrantiesDocument = gql`
    query ExpiringWarranties($withinDays: Int!, $asOf: Date, $lifecycleStates: [LifecycleState!]) {
  expiringWarranties(
    withinDays: $withinDays
    asOf: $asOf
    lifecycleStates: $lifecycleStates
  ) {
    asset {
      id
    }
    warrantyEnd
    daysLeft
    contract {
      id
    }
  }
}
    `;
export const AssetsOutOfWarrantyDocument = gql`
    query AssetsOutOfWarranty($asOf: Date, $first: Int) {
  assetsOutOfWarranty(asOf: $asOf, first: $first) {
    asset {
      id
    }
    warrantyEnd
    daysLeft
    contract {
      id
    }
  }
}
    `;
export const LicenceComplianceDocument = gql`
    query LicenceCompliance($asOf: Date) {
  licenceCompliance(asOf: $asOf) {
    product {
      id
      name
    }
    entitled
    installed
    balance
    licenceContracts
    status
  }
}
    `;
export const AssetReportDocument = gql`
    query AssetReport($groupBy: AssetGroupBy!, $asOf: Date, $lifecycleStates: [LifecycleState!]) {
  assetReport(groupBy: $groupBy, asOf: $asOf, lifecycleStates: $lifecycleStates) {
    key
    label
    count
    purchaseCost {
      amount
      currency
    }
    bookValue {
      amount
      currency
    }
    unvalued
  }
}
    `;
export const AssetsPastEndOfLifeDocument = gql`
    query AssetsPastEndOfLife($asOf: Date, $lifecycleStates: [LifecycleState!]) {
  assetsPastEndOfLife(asOf: $asOf, lifecycleStates: $lifecycleStates) {
    asset {
      id
    }
    endOfLife
    basis
    daysPast
  }
}
    `;
export const AssetsInStockLongerThanDocument = gql`
    query AssetsInStockLongerThan($days: Int!, $asOf: Date) {
  assetsInStockLongerThan(days: $days, asOf: $asOf) {
    asset {
      id
    }
    since
    days
  }
}
    `;
export const SoftwareInstancesDocument = gql`
    query SoftwareInstances($id: ID!) {
  item(id: $id) {
    id
    class
    product {
      id
      name
    }
    installations {
      id
      lifecycleState
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
export const ServiceToSiteDocument = gql`
    query ServiceToSite($first: Int) {
  items(filter: {classes: [BusinessService]}, first: $first) {
    edges {
      node {
        id
        dependsOn {
          id
          runsOn {
            id
            runsOn {
              id
              location {
                id
                location {
                  id
                  location {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `;
export const AppHostsThroughFragmentsDocument = gql`
    query AppHostsThroughFragments($id: ID!) {
  item(id: $id) {
    id
    ... on Application {
      vms: runsOn {
        id
        runsOn {
          ...HostPlace
        }
      }
    }
    runsOn {
      name
    }
  }
}
    ${HostPlaceFragmentDoc}`;
export const TwoItemsWithNeighboursDocument = gql`
    query TwoItemsWithNeighbours($a: ID!, $b: ID!) {
  a: item(id: $a) {
    id
    owner {
      name
    }
    dependents {
      id
    }
  }
  b: item(id: $b) {
    id
    owner {
      name
    }
    dependents {
      id
    }
  }
}
    `;
export const SearchWithHostsDocument = gql`
    query SearchWithHosts($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    item {
      id
      runsOn {
        id
      }
    }
  }
}
    `;
export const SameNeighboursTwiceDocument = gql`
    query SameNeighboursTwice($id: ID!) {
  item(id: $id) {
    id
    runsOn {
      id
      ... on Server {
        hostname
      }
    }
  }
  items(filter: {classes: [Server]}, first: 20) {
    edges {
      node {
        id
        hosts {
          id
          runsOn {
            ... on Server {
              serialNumber
            }
          }
        }
      }
    }
  }
}
    `;
export const PageThenItemDocument = gql`
    query PageThenItem($id: ID!) {
  items(filter: {classes: [Server]}, first: 20) {
    edges {
      node {
        id
      }
    }
  }
  item(id: $id) {
    id
    ... on Server {
      hostname
      serialNumber
    }
    tags
    lifecycle {
      to
    }
  }
}
    `;
export const CreateAddressingDocument = gql`
    mutation CreateAddressing($input: CreateItemInput!) {
  createItem(input: $input) {
    ...AddressingFields
  }
}
    ${AddressingFieldsFragmentDoc}`;
export const UpdateAddressingDocument = gql`
    mutation UpdateAddressing($id: ID!, $expectedVersion: Int!, $patch: ItemPatch!) {
  updateItem(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
    ...AddressingFields
  }
}
    ${AddressingFieldsFragmentDoc}`;
export const PrefixesDocument = gql`
    query Prefixes($vrf: ID, $within: String) {
  prefixes(vrf: $vrf, within: $within) {
    prefix
    family
    depth
    parentId
    childIds
    vrfId
    item {
      id
      name
    }
  }
}
    `;
export const PrefixUtilisationDocument = gql`
    query PrefixUtilisation($id: ID!) {
  prefixUtilisation(id: $id) {
    id
    prefix
    size
    used
    percent
    children {
      id
      prefix
      size
      used
      percent
    }
  }
}
    `;
export const FreeAddressesDocument = gql`
    query FreeAddresses($prefixId: ID!, $first: Int) {
  freeAddresses(prefixId: $prefixId, first: $first)
}
    `;
export const AvailablePrefixesDocument = gql`
    query AvailablePrefixes($prefixId: ID!, $length: Int!, $first: Int) {
  availablePrefixes(prefixId: $prefixId, length: $length, first: $first)
}
    `;
export const ConnectCableDocument = gql`
    mutation ConnectCable($input: ConnectCableInput!) {
  connectCable(input: $input) {
    cable {
      id
      name
      class
      ... on Cable {
        label
        cableType
        cableStatus
        length
        lengthUnit
      }
    }
    terminations {
      side
      item {
        id
        name
        class
      }
    }
  }
}
    `;
export const DisconnectCableDocument = gql`
    mutation DisconnectCable($id: ID!) {
  disconnectCable(id: $id) {
    id
    class
  }
}
    `;
export const ComponentDocument = gql`
    query Component($device: ID!, $name: String!, $class: ComponentClass) {
  component(device: $device, name: $name, class: $class) {
    id
    name
    class
  }
}
    `;
export const DeviceComponentsDocument = gql`
    query DeviceComponents($id: ID!, $classes: [ComponentClass!]) {
  item(id: $id) {
    id
    components(classes: $classes) {
      id
      name
      class
      related(direction: IN, types: [TERMINATES]) {
        properties
        item {
          id
        }
      }
    }
  }
}
    `;
export const CableTraceDocument = gql`
    query CableTrace($from: ID!, $asOf: DateTime) {
  cableTrace(from: $from, asOf: $asOf) {
    origin {
      ...TracedCIFields
    }
    segments {
      near {
        ...TracedCIFields
      }
      cables {
        cable {
          ...TracedCIFields
        }
        cableStatus
      }
      far {
        ...TracedCIFields
      }
      circuit {
        ...TracedCIFields
      }
    }
    isComplete
    isActive
    isSplit
    loop
    breaks {
      ci {
        id
        class
      }
      reason
      segment
    }
    brokenAt {
      ci {
        id
        class
        name
        item {
          id
          operationalStatus
        }
      }
      reason
      segment
    }
    asOf
  }
}
    ${TracedCiFieldsFragmentDoc}`;
export const PathsDocument = gql`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $asOf: DateTime, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) {
    count
    truncated
    maxHops
    asOf
    paths(first: $first) {
      hops
      steps {
        ...PathStepFields
      }
    }
  }
}
    ${PathStepFieldsFragmentDoc}`;
export const ReachableDocument = gql`
    query Reachable($from: ID!, $to: ID!, $asOf: DateTime) {
  reachable(from: $from, to: $to, asOf: $asOf) {
    reachable
    hops
    asOf
    path {
      ...PathStepFields
    }
  }
}
    ${PathStepFieldsFragmentDoc}`;
export const DeviceCountsDocument = gql`
    query DeviceCounts($by: DeviceGrouping!, $site: ID) {
  deviceCounts(by: $by, site: $site) {
    key
    name
    siteId
    siteName
    count
  }
}
    `;
export const RackPowerDocument = gql`
    query RackPower($site: ID, $racks: [ID!]) {
  rackPower(site: $site, racks: $racks) {
    rack {
      id
      name
    }
    site {
      id
      name
    }
    feeds {
      feed {
        id
        name
        ... on PowerFeed {
          feedType
          phase
          voltage
          amperage
          maxUtilisation
        }
      }
      panel {
        id
        name
      }
      capacityW
      counted
    }
    capacityW
    allocatedDrawW
    maximumDrawW
    utilisationPercent
    overloaded
  }
}
    `;
export const SoftwareComponentDocument = gql`
    query SoftwareComponent($purl: String!) {
  softwareComponent(purl: $purl) {
    ...SoftwareComponentFields
    usedBy {
      ci {
        id
        class
        name
      }
      bomRefs
      paths
      scope
      dependsOn
      direct
    }
  }
}
    ${SoftwareComponentFieldsFragmentDoc}`;
export const WhereUsedDocument = gql`
    query WhereUsed($filter: ComponentFilter!, $first: Int) {
  softwareComponents(filter: $filter, first: $first) {
    ...SoftwareComponentFields
    usedBy {
      ci {
        id
        class
        name
      }
      paths
    }
    services {
      service {
        id
        name
      }
      state
      path
    }
  }
}
    ${SoftwareComponentFieldsFragmentDoc}`;
export const SbomDocument = gql`
    query Sbom($ciId: ID!) {
  sbom(ciId: $ciId) {
    ci {
      id
      class
      name
    }
    sbom {
      format
      specVersion
      serialNumber
      bomVersion
      digest
      componentCount
      importedAt
      file
    }
    components {
      component {
        ...SoftwareComponentFields
      }
      bomRefs
      paths
      scope
      dependsOn
      direct
    }
  }
}
    ${SoftwareComponentFieldsFragmentDoc}`;
export const ApiTokensDocument = gql`
    query ApiTokens($includeRevoked: Boolean) {
  apiTokens(includeRevoked: $includeRevoked) {
    ...ApiTokenFields
  }
}
    ${ApiTokenFieldsFragmentDoc}`;
export const CreateApiTokenDocument = gql`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      ...ApiTokenFields
    }
  }
}
    ${ApiTokenFieldsFragmentDoc}`;
export const RevokeApiTokenDocument = gql`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenFields
  }
}
    ${ApiTokenFieldsFragmentDoc}`;
export const MeDocument = gql`
    query Me {
  me {
    name
    role
  }
}
    `;

export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();
const BenchItemDocumentString = print(BenchItemDocument);
const BenchPingDocumentString = print(BenchPingDocument);
const HardwareModelsDocumentString = print(HardwareModelsDocument);
const ModelAssetsDocumentString = print(ModelAssetsDocument);
const AssetModelDocumentString = print(AssetModelDocument);
const ManufacturersDocumentString = print(ManufacturersDocument);
const CategoriesDocumentString = print(CategoriesDocument);
const QuantityItemDocumentString = print(QuantityItemDocument);
const StockLevelsDocumentString = print(StockLevelsDocument);
const LowStockDocumentString = print(LowStockDocument);
const StockMovementsDocumentString = print(StockMovementsDocument);
const ReceiveStockDocumentString = print(ReceiveStockDocument);
const AdjustStockDocumentString = print(AdjustStockDocument);
const CheckoutItemDocumentString = print(CheckoutItemDocument);
const CheckinItemDocumentString = print(CheckinItemDocument);
const QuantityItemsDocumentString = print(QuantityItemsDocument);
const QuantityItemAsOfDocumentString = print(QuantityItemAsOfDocument);
const ChangesDocumentString = print(ChangesDocument);
const ChangeCursorDocumentString = print(ChangeCursorDocument);
const ItemHistoryDocumentString = print(ItemHistoryDocument);
const ItemAsOfDocumentString = print(ItemAsOfDocument);
const DiffDocumentString = print(DiffDocument);
const WebhooksDocumentString = print(WebhooksDocument);
const RegisterWebhookDocumentString = print(RegisterWebhookDocument);
const DeleteWebhookDocumentString = print(DeleteWebhookDocument);
const OnChangesDocumentString = print(OnChangesDocument);
const OnItemChangedDocumentString = print(OnItemChangedDocument);
const OnImportProgressDocumentString = print(OnImportProgressDocument);
const OnServiceHealthChangedDocumentString = print(OnServiceHealthChangedDocument);
const ImpactDocumentString = print(ImpactDocument);
const ImpactOverviewDocumentString = print(ImpactOverviewDocument);
const ImpactIdsDocumentString = print(ImpactIdsDocument);
const DependenciesDocumentString = print(DependenciesDocument);
const SinglePointsOfFailureDocumentString = print(SinglePointsOfFailureDocument);
const RootCauseCandidatesDocumentString = print(RootCauseCandidatesDocument);
const HealthDocumentString = print(HealthDocument);
const ServiceHealthDocumentString = print(ServiceHealthDocument);
const ReportStatusDocumentString = print(ReportStatusDocument);
const ReportStatusesDocumentString = print(ReportStatusesDocument);
const ImportJobDocumentString = print(ImportJobDocument);
const ImportJobsDocumentString = print(ImportJobsDocument);
const ResumeImportJobDocumentString = print(ResumeImportJobDocument);
const IncidentDocumentString = print(IncidentDocument);
const IncidentsDocumentString = print(IncidentsDocument);
const OpenIncidentDocumentString = print(OpenIncidentDocument);
const UpdateIncidentDocumentString = print(UpdateIncidentDocument);
const ResolveIncidentDocumentString = print(ResolveIncidentDocument);
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
const CustomFieldsDocumentString = print(CustomFieldsDocument);
const DefineCustomFieldDocumentString = print(DefineCustomFieldDocument);
const RemoveCustomFieldDocumentString = print(RemoveCustomFieldDocument);
const TransitionLifecycleDocumentString = print(TransitionLifecycleDocument);
const TransitionLifecycleManyDocumentString = print(TransitionLifecycleManyDocument);
const LifecycleDocumentString = print(LifecycleDocument);
const AssetValueDocumentString = print(AssetValueDocument);
const ServersValueDocumentString = print(ServersValueDocument);
const ExpiringContractsDocumentString = print(ExpiringContractsDocument);
const ExpiringWarrantiesDocumentString = print(ExpiringWarrantiesDocument);
const AssetsOutOfWarrantyDocumentString = print(AssetsOutOfWarrantyDocument);
const LicenceComplianceDocumentString = print(LicenceComplianceDocument);
const AssetReportDocumentString = print(AssetReportDocument);
const AssetsPastEndOfLifeDocumentString = print(AssetsPastEndOfLifeDocument);
const AssetsInStockLongerThanDocumentString = print(AssetsInStockLongerThanDocument);
const SoftwareInstancesDocumentString = print(SoftwareInstancesDocument);
const ServersPageDocumentString = print(ServersPageDocument);
const ServiceStackDocumentString = print(ServiceStackDocument);
const ServiceToSiteDocumentString = print(ServiceToSiteDocument);
const AppHostsThroughFragmentsDocumentString = print(AppHostsThroughFragmentsDocument);
const TwoItemsWithNeighboursDocumentString = print(TwoItemsWithNeighboursDocument);
const SearchWithHostsDocumentString = print(SearchWithHostsDocument);
const SameNeighboursTwiceDocumentString = print(SameNeighboursTwiceDocument);
const PageThenItemDocumentString = print(PageThenItemDocument);
const CreateAddressingDocumentString = print(CreateAddressingDocument);
const UpdateAddressingDocumentString = print(UpdateAddressingDocument);
const PrefixesDocumentString = print(PrefixesDocument);
const PrefixUtilisationDocumentString = print(PrefixUtilisationDocument);
const FreeAddressesDocumentString = print(FreeAddressesDocument);
const AvailablePrefixesDocumentString = print(AvailablePrefixesDocument);
const ConnectCableDocumentString = print(ConnectCableDocument);
const DisconnectCableDocumentString = print(DisconnectCableDocument);
const ComponentDocumentString = print(ComponentDocument);
const DeviceComponentsDocumentString = print(DeviceComponentsDocument);
const CableTraceDocumentString = print(CableTraceDocument);
const PathsDocumentString = print(PathsDocument);
const ReachableDocumentString = print(ReachableDocument);
const DeviceCountsDocumentString = print(DeviceCountsDocument);
const RackPowerDocumentString = print(RackPowerDocument);
const SoftwareComponentDocumentString = print(SoftwareComponentDocument);
const WhereUsedDocumentString = print(WhereUsedDocument);
const SbomDocumentString = print(SbomDocument);
const ApiTokensDocumentString = print(ApiTokensDocument);
const CreateApiTokenDocumentString = print(CreateApiTokenDocument);
const RevokeApiTokenDocumentString = print(RevokeApiTokenDocument);
const MeDocumentString = print(MeDocument);
export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    BenchItem(variables: BenchItemQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: BenchItemQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<BenchItemQuery>(BenchItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'BenchItem', 'query', variables);
    },
    BenchPing(variables?: BenchPingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: BenchPingQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<BenchPingQuery>(BenchPingDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'BenchPing', 'query', variables);
    },
    HardwareModels(variables?: HardwareModelsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: HardwareModelsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<HardwareModelsQuery>(HardwareModelsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'HardwareModels', 'query', variables);
    },
    ModelAssets(variables: ModelAssetsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ModelAssetsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ModelAssetsQuery>(ModelAssetsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ModelAssets', 'query', variables);
    },
    AssetModel(variables: AssetModelQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetModelQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetModelQuery>(AssetModelDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetModel', 'query', variables);
    },
    Manufacturers(variables?: ManufacturersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ManufacturersQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ManufacturersQuery>(ManufacturersDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Manufacturers', 'query', variables);
    },
    Categories(variables?: CategoriesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CategoriesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CategoriesQuery>(CategoriesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Categories', 'query', variables);
    },
    QuantityItem(variables: QuantityItemQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: QuantityItemQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<QuantityItemQuery>(QuantityItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'QuantityItem', 'query', variables);
    },
    StockLevels(variables?: StockLevelsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: StockLevelsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<StockLevelsQuery>(StockLevelsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'StockLevels', 'query', variables);
    },
    LowStock(variables?: LowStockQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: LowStockQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<LowStockQuery>(LowStockDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'LowStock', 'query', variables);
    },
    StockMovements(variables: StockMovementsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: StockMovementsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<StockMovementsQuery>(StockMovementsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'StockMovements', 'query', variables);
    },
    ReceiveStock(variables: ReceiveStockMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ReceiveStockMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ReceiveStockMutation>(ReceiveStockDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ReceiveStock', 'mutation', variables);
    },
    AdjustStock(variables: AdjustStockMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AdjustStockMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AdjustStockMutation>(AdjustStockDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AdjustStock', 'mutation', variables);
    },
    CheckoutItem(variables: CheckoutItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CheckoutItemMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CheckoutItemMutation>(CheckoutItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CheckoutItem', 'mutation', variables);
    },
    CheckinItem(variables: CheckinItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CheckinItemMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CheckinItemMutation>(CheckinItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CheckinItem', 'mutation', variables);
    },
    QuantityItems(variables?: QuantityItemsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: QuantityItemsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<QuantityItemsQuery>(QuantityItemsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'QuantityItems', 'query', variables);
    },
    QuantityItemAsOf(variables: QuantityItemAsOfQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: QuantityItemAsOfQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<QuantityItemAsOfQuery>(QuantityItemAsOfDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'QuantityItemAsOf', 'query', variables);
    },
    Changes(variables?: ChangesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ChangesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ChangesQuery>(ChangesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Changes', 'query', variables);
    },
    ChangeCursor(variables?: ChangeCursorQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ChangeCursorQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ChangeCursorQuery>(ChangeCursorDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ChangeCursor', 'query', variables);
    },
    ItemHistory(variables: ItemHistoryQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ItemHistoryQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ItemHistoryQuery>(ItemHistoryDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ItemHistory', 'query', variables);
    },
    ItemAsOf(variables: ItemAsOfQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ItemAsOfQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ItemAsOfQuery>(ItemAsOfDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ItemAsOf', 'query', variables);
    },
    Diff(variables: DiffQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DiffQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DiffQuery>(DiffDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Diff', 'query', variables);
    },
    Webhooks(variables?: WebhooksQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: WebhooksQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<WebhooksQuery>(WebhooksDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Webhooks', 'query', variables);
    },
    RegisterWebhook(variables: RegisterWebhookMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RegisterWebhookMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RegisterWebhookMutation>(RegisterWebhookDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'RegisterWebhook', 'mutation', variables);
    },
    DeleteWebhook(variables: DeleteWebhookMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DeleteWebhookMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DeleteWebhookMutation>(DeleteWebhookDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DeleteWebhook', 'mutation', variables);
    },
    OnChanges(variables?: OnChangesSubscriptionVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: OnChangesSubscription; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<OnChangesSubscription>(OnChangesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'OnChanges', 'subscription', variables);
    },
    OnItemChanged(variables: OnItemChangedSubscriptionVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: OnItemChangedSubscription; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<OnItemChangedSubscription>(OnItemChangedDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'OnItemChanged', 'subscription', variables);
    },
    OnImportProgress(variables: OnImportProgressSubscriptionVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: OnImportProgressSubscription; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<OnImportProgressSubscription>(OnImportProgressDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'OnImportProgress', 'subscription', variables);
    },
    OnServiceHealthChanged(variables: OnServiceHealthChangedSubscriptionVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: OnServiceHealthChangedSubscription; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<OnServiceHealthChangedSubscription>(OnServiceHealthChangedDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'OnServiceHealthChanged', 'subscription', variables);
    },
    Impact(variables: ImpactQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ImpactQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ImpactQuery>(ImpactDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Impact', 'query', variables);
    },
    ImpactOverview(variables: ImpactOverviewQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ImpactOverviewQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ImpactOverviewQuery>(ImpactOverviewDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ImpactOverview', 'query', variables);
    },
    ImpactIds(variables: ImpactIdsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ImpactIdsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ImpactIdsQuery>(ImpactIdsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ImpactIds', 'query', variables);
    },
    Dependencies(variables: DependenciesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DependenciesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DependenciesQuery>(DependenciesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Dependencies', 'query', variables);
    },
    SinglePointsOfFailure(variables: SinglePointsOfFailureQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SinglePointsOfFailureQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SinglePointsOfFailureQuery>(SinglePointsOfFailureDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'SinglePointsOfFailure', 'query', variables);
    },
    RootCauseCandidates(variables: RootCauseCandidatesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RootCauseCandidatesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RootCauseCandidatesQuery>(RootCauseCandidatesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'RootCauseCandidates', 'query', variables);
    },
    Health(variables: HealthQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: HealthQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<HealthQuery>(HealthDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Health', 'query', variables);
    },
    ServiceHealth(variables?: ServiceHealthQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServiceHealthQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServiceHealthQuery>(ServiceHealthDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServiceHealth', 'query', variables);
    },
    ReportStatus(variables: ReportStatusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ReportStatusMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ReportStatusMutation>(ReportStatusDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ReportStatus', 'mutation', variables);
    },
    ReportStatuses(variables: ReportStatusesMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ReportStatusesMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ReportStatusesMutation>(ReportStatusesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ReportStatuses', 'mutation', variables);
    },
    ImportJob(variables: ImportJobQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ImportJobQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ImportJobQuery>(ImportJobDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ImportJob', 'query', variables);
    },
    ImportJobs(variables?: ImportJobsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ImportJobsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ImportJobsQuery>(ImportJobsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ImportJobs', 'query', variables);
    },
    ResumeImportJob(variables: ResumeImportJobMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ResumeImportJobMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ResumeImportJobMutation>(ResumeImportJobDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ResumeImportJob', 'mutation', variables);
    },
    Incident(variables: IncidentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: IncidentQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<IncidentQuery>(IncidentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Incident', 'query', variables);
    },
    Incidents(variables?: IncidentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: IncidentsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<IncidentsQuery>(IncidentsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Incidents', 'query', variables);
    },
    OpenIncident(variables: OpenIncidentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: OpenIncidentMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<OpenIncidentMutation>(OpenIncidentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'OpenIncident', 'mutation', variables);
    },
    UpdateIncident(variables: UpdateIncidentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: UpdateIncidentMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<UpdateIncidentMutation>(UpdateIncidentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'UpdateIncident', 'mutation', variables);
    },
    ResolveIncident(variables: ResolveIncidentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ResolveIncidentMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ResolveIncidentMutation>(ResolveIncidentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ResolveIncident', 'mutation', variables);
    },
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
    CustomFields(variables?: CustomFieldsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CustomFieldsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CustomFieldsQuery>(CustomFieldsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CustomFields', 'query', variables);
    },
    DefineCustomField(variables: DefineCustomFieldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DefineCustomFieldMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DefineCustomFieldMutation>(DefineCustomFieldDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DefineCustomField', 'mutation', variables);
    },
    RemoveCustomField(variables: RemoveCustomFieldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RemoveCustomFieldMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RemoveCustomFieldMutation>(RemoveCustomFieldDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'RemoveCustomField', 'mutation', variables);
    },
    TransitionLifecycle(variables: TransitionLifecycleMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: TransitionLifecycleMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<TransitionLifecycleMutation>(TransitionLifecycleDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'TransitionLifecycle', 'mutation', variables);
    },
    TransitionLifecycleMany(variables: TransitionLifecycleManyMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: TransitionLifecycleManyMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<TransitionLifecycleManyMutation>(TransitionLifecycleManyDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'TransitionLifecycleMany', 'mutation', variables);
    },
    Lifecycle(variables: LifecycleQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: LifecycleQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<LifecycleQuery>(LifecycleDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Lifecycle', 'query', variables);
    },
    AssetValue(variables: AssetValueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetValueQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetValueQuery>(AssetValueDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetValue', 'query', variables);
    },
    ServersValue(variables?: ServersValueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServersValueQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServersValueQuery>(ServersValueDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServersValue', 'query', variables);
    },
    ExpiringContracts(variables: ExpiringContractsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ExpiringContractsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ExpiringContractsQuery>(ExpiringContractsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ExpiringContracts', 'query', variables);
    },
    ExpiringWarranties(variables: ExpiringWarrantiesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ExpiringWarrantiesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ExpiringWarrantiesQuery>(ExpiringWarrantiesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ExpiringWarranties', 'query', variables);
    },
    AssetsOutOfWarranty(variables?: AssetsOutOfWarrantyQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetsOutOfWarrantyQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetsOutOfWarrantyQuery>(AssetsOutOfWarrantyDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetsOutOfWarranty', 'query', variables);
    },
    LicenceCompliance(variables?: LicenceComplianceQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: LicenceComplianceQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<LicenceComplianceQuery>(LicenceComplianceDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'LicenceCompliance', 'query', variables);
    },
    AssetReport(variables: AssetReportQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetReportQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetReportQuery>(AssetReportDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetReport', 'query', variables);
    },
    AssetsPastEndOfLife(variables?: AssetsPastEndOfLifeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetsPastEndOfLifeQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetsPastEndOfLifeQuery>(AssetsPastEndOfLifeDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetsPastEndOfLife', 'query', variables);
    },
    AssetsInStockLongerThan(variables: AssetsInStockLongerThanQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AssetsInStockLongerThanQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AssetsInStockLongerThanQuery>(AssetsInStockLongerThanDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AssetsInStockLongerThan', 'query', variables);
    },
    SoftwareInstances(variables: SoftwareInstancesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SoftwareInstancesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SoftwareInstancesQuery>(SoftwareInstancesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'SoftwareInstances', 'query', variables);
    },
    ServersPage(variables?: ServersPageQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServersPageQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServersPageQuery>(ServersPageDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServersPage', 'query', variables);
    },
    ServiceStack(variables?: ServiceStackQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServiceStackQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServiceStackQuery>(ServiceStackDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServiceStack', 'query', variables);
    },
    ServiceToSite(variables?: ServiceToSiteQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ServiceToSiteQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ServiceToSiteQuery>(ServiceToSiteDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ServiceToSite', 'query', variables);
    },
    AppHostsThroughFragments(variables: AppHostsThroughFragmentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AppHostsThroughFragmentsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AppHostsThroughFragmentsQuery>(AppHostsThroughFragmentsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AppHostsThroughFragments', 'query', variables);
    },
    TwoItemsWithNeighbours(variables: TwoItemsWithNeighboursQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: TwoItemsWithNeighboursQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<TwoItemsWithNeighboursQuery>(TwoItemsWithNeighboursDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'TwoItemsWithNeighbours', 'query', variables);
    },
    SearchWithHosts(variables: SearchWithHostsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SearchWithHostsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SearchWithHostsQuery>(SearchWithHostsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'SearchWithHosts', 'query', variables);
    },
    SameNeighboursTwice(variables: SameNeighboursTwiceQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SameNeighboursTwiceQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SameNeighboursTwiceQuery>(SameNeighboursTwiceDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'SameNeighboursTwice', 'query', variables);
    },
    PageThenItem(variables: PageThenItemQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: PageThenItemQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<PageThenItemQuery>(PageThenItemDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'PageThenItem', 'query', variables);
    },
    CreateAddressing(variables: CreateAddressingMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CreateAddressingMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CreateAddressingMutation>(CreateAddressingDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CreateAddressing', 'mutation', variables);
    },
    UpdateAddressing(variables: UpdateAddressingMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: UpdateAddressingMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<UpdateAddressingMutation>(UpdateAddressingDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'UpdateAddressing', 'mutation', variables);
    },
    Prefixes(variables?: PrefixesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: PrefixesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<PrefixesQuery>(PrefixesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Prefixes', 'query', variables);
    },
    PrefixUtilisation(variables: PrefixUtilisationQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: PrefixUtilisationQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<PrefixUtilisationQuery>(PrefixUtilisationDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'PrefixUtilisation', 'query', variables);
    },
    FreeAddresses(variables: FreeAddressesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: FreeAddressesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<FreeAddressesQuery>(FreeAddressesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'FreeAddresses', 'query', variables);
    },
    AvailablePrefixes(variables: AvailablePrefixesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: AvailablePrefixesQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<AvailablePrefixesQuery>(AvailablePrefixesDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'AvailablePrefixes', 'query', variables);
    },
    ConnectCable(variables: ConnectCableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ConnectCableMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ConnectCableMutation>(ConnectCableDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ConnectCable', 'mutation', variables);
    },
    DisconnectCable(variables: DisconnectCableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DisconnectCableMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DisconnectCableMutation>(DisconnectCableDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DisconnectCable', 'mutation', variables);
    },
    Component(variables: ComponentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ComponentQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ComponentQuery>(ComponentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Component', 'query', variables);
    },
    DeviceComponents(variables: DeviceComponentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DeviceComponentsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DeviceComponentsQuery>(DeviceComponentsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DeviceComponents', 'query', variables);
    },
    CableTrace(variables: CableTraceQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CableTraceQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CableTraceQuery>(CableTraceDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CableTrace', 'query', variables);
    },
    Paths(variables: PathsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: PathsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<PathsQuery>(PathsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Paths', 'query', variables);
    },
    Reachable(variables: ReachableQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ReachableQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ReachableQuery>(ReachableDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Reachable', 'query', variables);
    },
    DeviceCounts(variables: DeviceCountsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: DeviceCountsQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<DeviceCountsQuery>(DeviceCountsDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'DeviceCounts', 'query', variables);
    },
    RackPower(variables?: RackPowerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RackPowerQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RackPowerQuery>(RackPowerDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'RackPower', 'query', variables);
    },
    SoftwareComponent(variables: SoftwareComponentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SoftwareComponentQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SoftwareComponentQuery>(SoftwareComponentDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'SoftwareComponent', 'query', variables);
    },
    WhereUsed(variables: WhereUsedQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: WhereUsedQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<WhereUsedQuery>(WhereUsedDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'WhereUsed', 'query', variables);
    },
    Sbom(variables: SbomQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: SbomQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<SbomQuery>(SbomDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Sbom', 'query', variables);
    },
    ApiTokens(variables?: ApiTokensQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: ApiTokensQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<ApiTokensQuery>(ApiTokensDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'ApiTokens', 'query', variables);
    },
    CreateApiToken(variables: CreateApiTokenMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: CreateApiTokenMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<CreateApiTokenMutation>(CreateApiTokenDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'CreateApiToken', 'mutation', variables);
    },
    RevokeApiToken(variables: RevokeApiTokenMutationVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: RevokeApiTokenMutation; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<RevokeApiTokenMutation>(RevokeApiTokenDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'RevokeApiToken', 'mutation', variables);
    },
    Me(variables?: MeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders): Promise<{ data: MeQuery; errors?: GraphQLError[]; extensions?: any; headers: Headers; status: number; }> {
        return withWrapper((wrappedRequestHeaders) => client.rawRequest<MeQuery>(MeDocumentString, variables, {...requestHeaders, ...wrappedRequestHeaders}), 'Me', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;