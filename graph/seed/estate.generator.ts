/**
 * A deterministic, realistic estate for demos, tests and benchmarks. Pure: no
 * I/O, no clock, no Math.random. The same size and seed always give the same
 * nodes, ids, properties and relationships, in the same order.
 *
 * Shape, per site: a location tree (region → site → building → room → rack),
 * a redundant core switch pair, edge routers, a firewall and a load-balancer
 * pair, distribution switches per room, a top-of-rack switch per rack,
 * servers in racks grouped into hypervisor clusters, VMs on those clusters,
 * storage arrays, networks, people and their devices. Across sites:
 * business services made of applications and databases on VMs, shared
 * technical services (DNS, identity, backup, …), teams and people who own
 * things, vendors who supply them and contracts that cover them.
 *
 * Every relationship obeys graph/model/relationships.rules.ts, and the
 * generator keeps even the types that may cycle (DEPENDS_ON, CONNECTED_TO)
 * acyclic, so impact analysis over generated data always terminates cleanly.
 *
 * Redundancy is always visible as a Cluster: the core pair, firewall and
 * load-balancer pairs (minHealthyMembers 1), hypervisor clusters (members - 1),
 * database primary/replica pairs and the VM pairs of redundant applications
 * ('application-pool', 1). Where a CI has two parallel links to the members of
 * one such Cluster (a distribution switch CONNECTED_TO both cores, an
 * application RUNS_ON both VMs of its pool) the links back each other up.
 *
 * Hardware follows the asset lifecycle: mostly DEPLOYED, some IN_MAINTENANCE,
 * IN_STOCK (on a room's shelf), ORDERED (no serial, tag or place yet), RETIRED
 * and DISPOSED (gone: no place), each with the dates and details its state
 * implies, and nothing in service depends on anything out of service.
 *
 * One long file on purpose: it is one focused thing, the generator and the
 * catalogues of realistic names it draws from.
 */
import { CLASS_NAMES } from '../model/classes';
import { RELATIONSHIP_TYPES } from '../model/relationships.rules';
import type { RelationshipType } from '../model/relationships.rules';
import { DISPOSAL_METHODS } from '../model/enums';
import type {
  ContractKind,
  Criticality,
  DepreciationMethod,
  LifecycleState,
  LocationKind,
  NetworkDeviceRole,
  SanitisationMethod,
} from '../model/enums';

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
}

// ---------------------------------------------------------------------------
// Sizes

interface Profile {
  regions: number;
  sitesPerRegion: number;
  buildingsPerSite: number;
  roomsPerBuilding: number;
  racksPerRoom: number;
  serversPerRack: number;
  /** Average VMs per hypervisor host. */
  vmsPerHost: number;
  /** Hypervisor cluster size range (hosts). */
  clusterSize: readonly [number, number];
  apsPerBuilding: number;
  storagePerRoom: number;
  peoplePerSite: number;
  productTeams: number;
  /** How many of TECHNICAL_SERVICES to create (the first n; a parent "Core Infrastructure" from 5 up). */
  technicalServices: number;
  businessServices: number;
  appsPerService: readonly [number, number];
  databasesPerService: readonly [number, number];
  /** Applications outside any business service (dev and test work). */
  sandboxApps: number;
  /** Chance a VM in use gets a monitoring/security agent installation. */
  agentChance: number;
}

const PROFILES: Record<EstateSize, Profile> = {
  tiny: {
    regions: 1,
    sitesPerRegion: 1,
    buildingsPerSite: 1,
    roomsPerBuilding: 1,
    racksPerRoom: 2,
    serversPerRack: 3,
    vmsPerHost: 2,
    clusterSize: [3, 4],
    apsPerBuilding: 1,
    storagePerRoom: 1,
    peoplePerSite: 5,
    productTeams: 2,
    technicalServices: 3,
    businessServices: 3,
    appsPerService: [1, 2],
    databasesPerService: [1, 1],
    sandboxApps: 0,
    agentChance: 0,
  },
  small: {
    regions: 2,
    sitesPerRegion: 2,
    buildingsPerSite: 1,
    roomsPerBuilding: 1,
    racksPerRoom: 3,
    serversPerRack: 6,
    vmsPerHost: 4,
    clusterSize: [3, 6],
    apsPerBuilding: 2,
    storagePerRoom: 1,
    peoplePerSite: 20,
    productTeams: 6,
    technicalServices: 6,
    businessServices: 12,
    appsPerService: [2, 5],
    databasesPerService: [1, 2],
    sandboxApps: 4,
    agentChance: 0.3,
  },
  medium: {
    regions: 3,
    sitesPerRegion: 3,
    buildingsPerSite: 2,
    roomsPerBuilding: 2,
    racksPerRoom: 5,
    serversPerRack: 8,
    vmsPerHost: 5,
    clusterSize: [4, 8],
    apsPerBuilding: 4,
    storagePerRoom: 1,
    peoplePerSite: 130,
    productTeams: 30,
    technicalServices: 10,
    businessServices: 420,
    appsPerService: [2, 6],
    databasesPerService: [1, 2],
    sandboxApps: 150,
    agentChance: 0.3,
  },
  large: {
    regions: 4,
    sitesPerRegion: 10,
    buildingsPerSite: 2,
    roomsPerBuilding: 2,
    racksPerRoom: 10,
    serversPerRack: 10,
    vmsPerHost: 5,
    clusterSize: [4, 10],
    apsPerBuilding: 6,
    storagePerRoom: 1,
    peoplePerSite: 250,
    productTeams: 120,
    technicalServices: 12,
    businessServices: 4300,
    appsPerService: [2, 6],
    databasesPerService: [1, 2],
    sandboxApps: 1500,
    agentChance: 0.3,
  },
};

// ---------------------------------------------------------------------------
// Catalogues

interface RegionSpec {
  name: string;
  code: string;
  currency: string;
  phone: string;
  reseller: string;
  cities: readonly (readonly [city: string, code: string])[];
}

const REGIONS: readonly RegionSpec[] = [
  {
    name: 'EMEA',
    code: 'emea',
    currency: 'EUR',
    phone: '+44 20 7946',
    reseller: 'softcat',
    cities: [
      ['London', 'LON'],
      ['Frankfurt', 'FRA'],
      ['Amsterdam', 'AMS'],
      ['Paris', 'PAR'],
      ['Dublin', 'DUB'],
      ['Madrid', 'MAD'],
      ['Milan', 'MIL'],
      ['Stockholm', 'STO'],
      ['Zurich', 'ZRH'],
      ['Warsaw', 'WAW'],
      ['Vienna', 'VIE'],
      ['Brussels', 'BRU'],
    ],
  },
  {
    name: 'North America',
    code: 'nam',
    currency: 'USD',
    phone: '+1 202 555',
    reseller: 'cdw',
    cities: [
      ['New York', 'NYC'],
      ['Ashburn', 'ASH'],
      ['Chicago', 'CHI'],
      ['Dallas', 'DAL'],
      ['San Jose', 'SJC'],
      ['Toronto', 'TOR'],
      ['Atlanta', 'ATL'],
      ['Seattle', 'SEA'],
      ['Denver', 'DEN'],
      ['Phoenix', 'PHX'],
      ['Boston', 'BOS'],
      ['Montreal', 'MTL'],
    ],
  },
  {
    name: 'APAC',
    code: 'apac',
    currency: 'USD',
    phone: '+65 6555',
    reseller: 'insight',
    cities: [
      ['Singapore', 'SIN'],
      ['Tokyo', 'TYO'],
      ['Sydney', 'SYD'],
      ['Hong Kong', 'HKG'],
      ['Mumbai', 'BOM'],
      ['Seoul', 'SEL'],
      ['Osaka', 'OSA'],
      ['Melbourne', 'MEL'],
      ['Jakarta', 'JKT'],
      ['Bangalore', 'BLR'],
      ['Auckland', 'AKL'],
      ['Taipei', 'TPE'],
    ],
  },
  {
    name: 'LATAM',
    code: 'latam',
    currency: 'USD',
    phone: '+55 11 5555',
    reseller: 'insight',
    cities: [
      ['Sao Paulo', 'SAO'],
      ['Mexico City', 'MEX'],
      ['Bogota', 'BOG'],
      ['Santiago', 'SCL'],
      ['Buenos Aires', 'BUE'],
      ['Lima', 'LIM'],
      ['Queretaro', 'QRO'],
      ['Rio de Janeiro', 'RIO'],
      ['Panama City', 'PTY'],
      ['Montevideo', 'MVD'],
      ['Monterrey', 'MTY'],
      ['Guadalajara', 'GDL'],
    ],
  },
];

const STREETS = [
  'Data Park Way',
  'Harbour Road',
  'Station Street',
  'Industrial Avenue',
  'Fibre Lane',
  'Kingsway',
  'Riverside Drive',
  'Technology Boulevard',
  'Mill Road',
  'Airport Road',
];

interface VendorSpec {
  name: string;
  domain: string;
  serialPrefix: string;
  contractPrefix: string;
}

const VENDORS: Readonly<Record<string, VendorSpec>> = {
  dell: { name: 'Dell Technologies', domain: 'dell.com', serialPrefix: 'D', contractPrefix: 'DELL' },
  hpe: { name: 'Hewlett Packard Enterprise', domain: 'hpe.com', serialPrefix: 'CZ', contractPrefix: 'HPE' },
  lenovo: { name: 'Lenovo', domain: 'lenovo.com', serialPrefix: 'J3', contractPrefix: 'LEN' },
  cisco: { name: 'Cisco Systems', domain: 'cisco.com', serialPrefix: 'FDO', contractPrefix: 'CSCO' },
  arista: { name: 'Arista Networks', domain: 'arista.com', serialPrefix: 'JPE', contractPrefix: 'ANET' },
  juniper: { name: 'Juniper Networks', domain: 'juniper.net', serialPrefix: 'WS', contractPrefix: 'JNPR' },
  paloalto: { name: 'Palo Alto Networks', domain: 'paloaltonetworks.com', serialPrefix: '013', contractPrefix: 'PANW' },
  fortinet: { name: 'Fortinet', domain: 'fortinet.com', serialPrefix: 'FG', contractPrefix: 'FTNT' },
  f5: { name: 'F5', domain: 'f5.com', serialPrefix: 'F5-', contractPrefix: 'F5' },
  netapp: { name: 'NetApp', domain: 'netapp.com', serialPrefix: '721', contractPrefix: 'NTAP' },
  pure: { name: 'Pure Storage', domain: 'purestorage.com', serialPrefix: 'PCH', contractPrefix: 'PSTG' },
  apple: { name: 'Apple', domain: 'apple.com', serialPrefix: 'C02', contractPrefix: 'AAPL' },
  hp: { name: 'HP Inc.', domain: 'hp.com', serialPrefix: '5CG', contractPrefix: 'HPQ' },
  microsoft: { name: 'Microsoft', domain: 'microsoft.com', serialPrefix: 'MS', contractPrefix: 'MSFT' },
  redhat: { name: 'Red Hat', domain: 'redhat.com', serialPrefix: 'RH', contractPrefix: 'RHT' },
  broadcom: { name: 'Broadcom (VMware)', domain: 'broadcom.com', serialPrefix: 'VM', contractPrefix: 'AVGO' },
  oracle: { name: 'Oracle', domain: 'oracle.com', serialPrefix: 'OR', contractPrefix: 'ORCL' },
  crowdstrike: { name: 'CrowdStrike', domain: 'crowdstrike.com', serialPrefix: 'CS', contractPrefix: 'CRWD' },
  splunk: { name: 'Splunk', domain: 'splunk.com', serialPrefix: 'SP', contractPrefix: 'SPLK' },
  mongodb: { name: 'MongoDB', domain: 'mongodb.com', serialPrefix: 'MG', contractPrefix: 'MDB' },
  edb: { name: 'EnterpriseDB', domain: 'enterprisedb.com', serialPrefix: 'ED', contractPrefix: 'EDB' },
  softcat: { name: 'Softcat', domain: 'softcat.com', serialPrefix: 'SC', contractPrefix: 'SCT' },
  cdw: { name: 'CDW', domain: 'cdw.com', serialPrefix: 'CD', contractPrefix: 'CDW' },
  insight: { name: 'Insight Enterprises', domain: 'insight.com', serialPrefix: 'IN', contractPrefix: 'NSIT' },
};

interface HwModel {
  vendor: string;
  model: string;
  /** Purchase cost range in major units. */
  cost: readonly [number, number];
}

const SERVER_MODELS: readonly HwModel[] = [
  { vendor: 'dell', model: 'PowerEdge R750', cost: [14_000, 32_000] },
  { vendor: 'dell', model: 'PowerEdge R650', cost: [9_000, 21_000] },
  { vendor: 'hpe', model: 'ProLiant DL380 Gen10 Plus', cost: [12_000, 30_000] },
  { vendor: 'hpe', model: 'ProLiant DL360 Gen11', cost: [10_000, 24_000] },
  { vendor: 'lenovo', model: 'ThinkSystem SR650 V3', cost: [11_000, 28_000] },
];

/** Per network vendor: the core, distribution and top-of-rack models, router and firmware. */
const NETWORK_FAMILIES: readonly {
  vendor: string;
  core: string;
  dist: string;
  tor: string;
  router: string;
  ap: string;
  firmware: string;
}[] = [
  {
    vendor: 'cisco',
    core: 'Nexus 9364C',
    dist: 'Nexus 9336C-FX2',
    tor: 'Nexus 93180YC-FX3',
    router: 'ASR 1002-HX',
    ap: 'Catalyst 9136I',
    firmware: 'NX-OS 10.3(4a)',
  },
  {
    vendor: 'arista',
    core: '7280R3',
    dist: '7050CX3-32S',
    tor: '7050SX3-48YC8',
    router: '7280CR3-32P4',
    ap: 'C-360',
    firmware: 'EOS 4.31.2F',
  },
  {
    vendor: 'juniper',
    core: 'QFX10002-36Q',
    dist: 'QFX5120-32C',
    tor: 'QFX5120-48Y',
    router: 'MX204',
    ap: 'Mist AP45',
    firmware: 'Junos OS 23.2R1',
  },
];

const FIREWALLS: readonly (HwModel & { firmware: string })[] = [
  { vendor: 'paloalto', model: 'PA-5450', cost: [90_000, 160_000], firmware: 'PAN-OS 11.1.2' },
  { vendor: 'fortinet', model: 'FortiGate 1800F', cost: [45_000, 90_000], firmware: 'FortiOS 7.4.3' },
];

const LOAD_BALANCERS: readonly (HwModel & { firmware: string })[] = [
  { vendor: 'f5', model: 'BIG-IP i10800', cost: [60_000, 110_000], firmware: 'BIG-IP 17.1.1' },
  { vendor: 'f5', model: 'BIG-IP i5800', cost: [35_000, 70_000], firmware: 'BIG-IP 16.1.4' },
];

const STORAGE_MODELS: readonly (HwModel & { type: string; tb: readonly number[] })[] = [
  { vendor: 'netapp', model: 'AFF A400', cost: [120_000, 300_000], type: 'NAS', tb: [100, 200, 400] },
  { vendor: 'pure', model: 'FlashArray//X70', cost: [150_000, 350_000], type: 'SAN', tb: [150, 300, 600] },
  { vendor: 'dell', model: 'PowerStore 3200T', cost: [90_000, 220_000], type: 'SAN', tb: [80, 160, 320] },
];

const EUD_MODELS: Readonly<Record<'laptop' | 'desktop' | 'phone', readonly (HwModel & { os: string })[]>> = {
  laptop: [
    { vendor: 'dell', model: 'Latitude 7440', cost: [1_300, 2_100], os: 'Windows 11 Enterprise 23H2' },
    { vendor: 'lenovo', model: 'ThinkPad T14 Gen 4', cost: [1_200, 1_900], os: 'Windows 11 Enterprise 23H2' },
    { vendor: 'hp', model: 'EliteBook 840 G10', cost: [1_250, 2_000], os: 'Windows 11 Enterprise 23H2' },
    { vendor: 'apple', model: 'MacBook Pro 14 (M3)', cost: [1_900, 2_900], os: 'macOS 14 Sonoma' },
  ],
  desktop: [
    { vendor: 'dell', model: 'OptiPlex 7010', cost: [800, 1_300], os: 'Windows 11 Enterprise 23H2' },
    { vendor: 'hp', model: 'EliteDesk 800 G9', cost: [850, 1_400], os: 'Windows 11 Enterprise 23H2' },
  ],
  phone: [
    { vendor: 'apple', model: 'iPhone 15', cost: [800, 1_100], os: 'iOS 17.5' },
    { vendor: 'apple', model: 'iPhone 14', cost: [650, 900], os: 'iOS 17.5' },
  ],
};

interface ProductSpec {
  name: string;
  vendor: string;
  version: string;
  licence: string;
  path: string;
}

const PRODUCTS: Readonly<Record<string, ProductSpec>> = {
  esxi: {
    name: 'VMware vSphere ESXi',
    vendor: 'broadcom',
    version: '8.0 U2',
    licence: 'per core subscription',
    path: '/',
  },
  rhel: {
    name: 'Red Hat Enterprise Linux',
    vendor: 'redhat',
    version: '9.3',
    licence: 'per host subscription',
    path: '/',
  },
  winsrv: {
    name: 'Windows Server',
    vendor: 'microsoft',
    version: '2022 Datacenter',
    licence: 'per core',
    path: 'C:\\Windows',
  },
  oracle: {
    name: 'Oracle Database Enterprise Edition',
    vendor: 'oracle',
    version: '19c',
    licence: 'per processor',
    path: '/u01/app/oracle/product/19.0.0/dbhome_1',
  },
  mssql: {
    name: 'Microsoft SQL Server',
    vendor: 'microsoft',
    version: '2022 Enterprise',
    licence: 'per core',
    path: 'C:\\Program Files\\Microsoft SQL Server',
  },
  edb: {
    name: 'EDB Postgres Advanced Server',
    vendor: 'edb',
    version: '16',
    licence: 'per core subscription',
    path: '/usr/edb/as16',
  },
  mongodb: {
    name: 'MongoDB Enterprise Advanced',
    vendor: 'mongodb',
    version: '7.0',
    licence: 'per server subscription',
    path: '/opt/mongodb',
  },
  falcon: {
    name: 'CrowdStrike Falcon Sensor',
    vendor: 'crowdstrike',
    version: '7.10',
    licence: 'per endpoint',
    path: '/opt/CrowdStrike',
  },
  splunkuf: {
    name: 'Splunk Universal Forwarder',
    vendor: 'splunk',
    version: '9.2.1',
    licence: 'per GB ingested',
    path: '/opt/splunkforwarder',
  },
};

const DB_ENGINES: readonly { engine: string; version: string; port: number; short: string; product?: string }[] = [
  { engine: 'PostgreSQL', version: '16.2', port: 5432, short: 'pg', product: 'edb' },
  { engine: 'PostgreSQL', version: '15.6', port: 5432, short: 'pg' },
  { engine: 'Oracle', version: '19.21', port: 1521, short: 'ora', product: 'oracle' },
  { engine: 'MySQL', version: '8.0.36', port: 3306, short: 'my' },
  { engine: 'Microsoft SQL Server', version: '2022 CU12', port: 1433, short: 'sql', product: 'mssql' },
  { engine: 'MongoDB', version: '7.0.8', port: 27017, short: 'mongo', product: 'mongodb' },
];

const VM_OSES: readonly (readonly [string, number])[] = [
  ['Red Hat Enterprise Linux 9.3', 40],
  ['Red Hat Enterprise Linux 8.9', 15],
  ['Ubuntu 22.04 LTS', 20],
  ['Windows Server 2022', 25],
];

const INFRA_TEAMS = [
  'Network Operations',
  'Compute Platform',
  'Storage Engineering',
  'Database Administration',
  'Service Desk',
  'Security Operations',
  'IT Procurement',
  'Site Reliability',
  'Facilities',
] as const;
type InfraTeam = (typeof INFRA_TEAMS)[number];

const PRODUCT_AREAS = [
  'Payments',
  'Checkout',
  'Search',
  'Catalogue',
  'Logistics',
  'Billing',
  'Customer Accounts',
  'Loyalty',
  'Pricing',
  'Inventory',
  'Fulfilment',
  'Marketing Tech',
  'Data Platform',
  'Analytics',
  'Mobile Apps',
  'Web Storefront',
  'Partner Integrations',
  'HR Systems',
  'Finance Systems',
  'Risk and Compliance',
  'Fraud Detection',
  'Notifications',
  'Support Tools',
  'Content',
  'Recommendations',
  'Supply Chain',
];

const CAPABILITIES = [
  'Online Checkout',
  'Payments Processing',
  'Customer Portal',
  'Mobile Banking',
  'Order Management',
  'Inventory Management',
  'Payroll',
  'General Ledger',
  'Customer Support',
  'Product Search',
  'Loyalty Programme',
  'Email Marketing',
  'Warehouse Management',
  'Shipping and Tracking',
  'Fraud Screening',
  'Identity Verification',
  'Pricing Engine',
  'Partner API',
  'Reporting and BI',
  'Data Warehouse',
  'HR Portal',
  'Expense Management',
  'Procurement',
  'Contract Management',
  'Document Management',
  'Claims Processing',
  'Billing',
  'Invoicing',
  'Subscription Management',
  'Recommendations',
  'Content Publishing',
  'Store Point of Sale',
  'Click and Collect',
  'Returns Processing',
  'Supplier Portal',
  'Contact Centre',
  'Intranet',
  'Customer Notifications',
  'Gift Cards',
  'Tax Calculation',
];

/** App components: one word each, so `<service-slug>-<component>` names never collide across services. */
const COMPONENTS = [
  'web',
  'api',
  'worker',
  'gateway',
  'batch',
  'search',
  'auth',
  'reporting',
  'ui',
  'scheduler',
  'cache',
  'ingest',
  'export',
  'admin',
];
const FRONT_COMPONENTS = new Set(['web', 'api', 'gateway', 'ui', 'admin']);

/** Shared technical services: what they are called and which team runs them. */
const TECHNICAL_SERVICES: readonly { name: string; slug: string; team: InfraTeam; db: boolean; storage?: boolean }[] = [
  { name: 'DNS', slug: 'dns', team: 'Network Operations', db: false },
  { name: 'Identity and SSO', slug: 'identity', team: 'Security Operations', db: true },
  { name: 'Backup', slug: 'backup', team: 'Storage Engineering', db: true, storage: true },
  { name: 'Monitoring', slug: 'monitoring', team: 'Site Reliability', db: true },
  { name: 'Logging', slug: 'logging', team: 'Site Reliability', db: false, storage: true },
  { name: 'Email Relay', slug: 'smtp', team: 'Compute Platform', db: false },
  { name: 'PKI', slug: 'pki', team: 'Security Operations', db: true },
  { name: 'Secrets Vault', slug: 'vault', team: 'Security Operations', db: false },
  { name: 'NTP', slug: 'ntp', team: 'Network Operations', db: false },
  { name: 'Message Queue', slug: 'mq', team: 'Site Reliability', db: false },
  { name: 'Container Platform', slug: 'k8s', team: 'Compute Platform', db: true },
  { name: 'Object Storage', slug: 's3', team: 'Storage Engineering', db: false, storage: true },
];

const FIRST_NAMES = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Emma',
  'Farid',
  'Grace',
  'Hiro',
  'Isabel',
  'Jack',
  'Kavya',
  'Liam',
  'Maria',
  'Noah',
  'Olivia',
  'Pedro',
  'Quinn',
  'Rosa',
  'Samir',
  'Tara',
  'Umar',
  'Valentina',
  'Wei',
  'Xenia',
  'Yusuf',
  'Zoe',
  'Amara',
  'Bruno',
  'Chen',
  'Dara',
  'Elena',
  'Felix',
  'Gita',
  'Hannah',
  'Ivan',
  'Julia',
  'Kenji',
  'Lena',
  'Mateo',
  'Nadia',
];
const LAST_NAMES = [
  'Smith',
  'Jones',
  'Garcia',
  'Muller',
  'Rossi',
  'Kowalski',
  'Nguyen',
  'Tanaka',
  'Singh',
  'Silva',
  'Martin',
  'Bernard',
  'Johansson',
  'Murphy',
  'Novak',
  'Costa',
  'Kim',
  'Patel',
  'Lopez',
  'Dubois',
  'Schmidt',
  'Moreau',
  'Fischer',
  'Sato',
  'Chen',
  'Okafor',
  'Hansen',
  'Virtanen',
  'Horvat',
  'Ivanova',
  'Ahmed',
  'Walsh',
  'Brown',
  'Wilson',
  'Taylor',
  'Clark',
  'Lewis',
  'Young',
  'King',
  'Wright',
];
const RETIREMENT_REASONS = [
  'End of life',
  'Replaced by a newer model',
  'Hardware failure',
  'Site consolidation',
  'Out of support',
];

const DEPARTMENTS = ['Engineering', 'Finance', 'Sales', 'Marketing', 'Operations', 'HR', 'Legal', 'Support', 'IT'];

const CRITICALITY_WEIGHTS: readonly (readonly [Criticality, number])[] = [
  ['CRITICAL', 10],
  ['HIGH', 25],
  ['MEDIUM', 40],
  ['LOW', 25],
];
const SLA_BY_CRITICALITY: Readonly<Record<Criticality, number>> = {
  CRITICAL: 99.99,
  HIGH: 99.95,
  MEDIUM: 99.9,
  LOW: 99.5,
};

// ---------------------------------------------------------------------------
// Small helpers

const DAY = 86_400_000;
/** The instant every generated estate describes. Fixed, so output never depends on the clock. */
const AS_OF_MS = Date.UTC(2025, 0, 1);

/** mulberry32: a tiny, fast, seedable PRNG (public domain, Tommy Ettinger). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1][0];
  }
  /** k distinct items in random order (k clamped to the list length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    this.shuffle(copy);
    return copy.slice(0, Math.min(k, copy.length));
  }
  shuffle<T>(items: T[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayStrings = new Map<number, string>();
/** `YYYY-MM-DD` (UTC); days are cached because Date#toISOString dominated the large estate's profile. */
function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY);
  let text = dayStrings.get(day);
  if (text === undefined) {
    text = new Date(day * DAY).toISOString().slice(0, 10);
    dayStrings.set(day, text);
  }
  return text;
}
const timesOfDay = new Map<number, string>();
/**
 * `new Date(ms).toISOString()` to the second (milliseconds .000), built from cached day and time-of-day
 * strings so that 400k timestamps cost one small string each rather than a tree of pieces.
 */
function isoInstant(ms: number): string {
  const second = Math.floor((ms - Math.floor(ms / DAY) * DAY) / 1000);
  let time = timesOfDay.get(second);
  if (time === undefined) {
    time = `T${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}.000Z`;
    timesOfDay.set(second, time);
  }
  return isoDate(ms) + time;
}
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const letter = (i: number) => String.fromCharCode(97 + i);

// ---------------------------------------------------------------------------
// The generator

interface RegionCtx {
  spec: RegionSpec;
  id: string;
  sites: SiteCtx[];
}

interface RackCtx {
  id: string;
  torId: string;
  nextUnit: number;
  ports: number;
}

interface RoomCtx {
  id: string;
  name: string;
  distIds: string[];
  racks: RackCtx[];
}

interface BuildingCtx {
  id: string;
  name: string;
  rooms: RoomCtx[];
}

interface SiteCtx {
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
  networks: Record<'mgmt' | 'prod' | 'dev' | 'user', string>;
  ipNext: Record<'mgmt' | 'prod' | 'dev' | 'user', number>;
  storageIds: string[];
  vms: VmSlot[];
  vmCursor: number;
  peopleIds: string[];
  hypervisorHosts: { serverId: string; clusterId: string }[];
}

interface VmSlot {
  node: StoredNode;
  site: SiteCtx;
  used: boolean;
  env: 'prod' | 'dev' | 'test';
  engine?: string;
}

interface ServiceCtx {
  id: string;
  slug: string;
  apps: string[];
}

type Counters = Record<
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
  | 'spare',
  number
>;

class EstateBuilder {
  readonly rng: Rng;
  readonly nodes = new Map<string, StoredNode[]>(CLASS_NAMES.map((c) => [c, []]));
  readonly rels = new Map<RelationshipType, GeneratedRelationship[]>(RELATIONSHIP_TYPES.map((t) => [t, []]));
  private readonly counters: Counters = {
    hw: 0,
    server: 0,
    vm: 0,
    tor: 0,
    dist: 0,
    ap: 0,
    storage: 0,
    hvCluster: 0,
    dbCluster: 0,
    appCluster: 0,
    db: 0,
    app: 0,
    bs: 0,
    ts: 0,
    team: 0,
    person: 0,
    eud: 0,
    contract: 0,
    inst: 0,
    spare: 0,
  };
  /** Mixed into serial numbers so different seeds give different serials (a bijection keeps them unique). */
  private readonly serialMix: number;
  private readonly regions: RegionCtx[] = [];
  private readonly sites: SiteCtx[] = [];
  private readonly vendorIds = new Map<string, string>();
  private readonly productIds = new Map<string, { id: string; contract: StoredNode; installs: number }>();
  private readonly contractIds = new Map<string, string>();
  private readonly infraTeamIds = new Map<InfraTeam, string>();
  private readonly productTeamIds: string[] = [];
  private readonly emails = new Set<string>();
  private readonly technical = new Map<string, ServiceCtx>();
  private readonly businessServices: { id: string; criticality: Criticality; apps: string[] }[] = [];
  private readonly dbUsers: string[] = [];
  private readonly appVms = new Map<string, string[]>();
  private readonly serverIndex = new Map<string, StoredNode>();
  private readonly contractNodes = new Map<string, StoredNode>();
  private readonly teamNames = new Map<string, string>();
  private torWithServers = '';
  private rackWithServers = '';

  constructor(
    readonly size: EstateSize,
    readonly seed: number,
    private readonly p: Profile,
  ) {
    this.rng = new Rng(seed);
    this.serialMix = Math.floor(this.rng.next() * 0xffffffff) >>> 0;
  }

  build(): GeneratedEstate {
    this.teams();
    for (let r = 0; r < this.p.regions; r++) this.region(r);
    this.technicalServices();
    this.businessServicesAndApps();
    this.sandboxApps();
    this.finishVms();
    this.finishProducts();
    return this.result();
  }

  // -- primitives ----------------------------------------------------------

  private ci(
    className: string,
    id: string,
    name: string,
    state: LifecycleState,
    fields: Record<string, unknown>,
    extra: { description?: string; tags?: readonly string[]; attributes?: Record<string, string>; since?: number } = {},
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
   * Shared, frozen copies of the few distinct tag lists and attribute maps: at 200k CIs, one array or JSON
   * string per node was most of the garbage collector's work.
   */
  private readonly tagSets = new Map<string, readonly string[]>();
  private readonly attributeStrings = new Map<string, string>();

  private tagSet(tags: readonly string[]): readonly string[] {
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

  private rel(type: RelationshipType, from: string, to: string, properties?: Record<string, unknown>): void {
    this.rels.get(type)!.push(properties ? { from, to, properties } : { from, to });
  }

  private vendor(key: string): string {
    let id = this.vendorIds.get(key);
    if (!id) {
      const spec = VENDORS[key];
      id = `vendor-${key}`;
      this.ci('Vendor', id, spec.name, 'DEPLOYED', {
        website: `https://www.${spec.domain}`,
        supportPhone: `+1 800 555 ${pad(this.rng.int(0, 9999), 4)}`,
        supportEmail: `support@${spec.domain}`,
      });
      this.vendorIds.set(key, id);
    }
    return id;
  }

  private team(name: InfraTeam): string {
    return this.infraTeamIds.get(name)!;
  }

  /** A contract for (kind, vendor, site), made on first use, SUPPLIED_BY the vendor and OWNED_BY procurement. */
  private contract(kind: ContractKind, vendorKey: string, site: SiteCtx | undefined, subject: string): string {
    const key = `${kind}|${vendorKey}|${site?.id ?? ''}|${subject}`;
    let id = this.contractIds.get(key);
    if (id) return id;
    const n = ++this.counters.contract;
    id = `ctr-${pad(n, 5)}`;
    const spec = VENDORS[vendorKey];
    const start = AS_OF_MS - this.rng.int(30, 3 * 365) * DAY;
    const years = kind === 'LEASE' ? 3 : this.rng.pick([1, 3, 5]);
    const where = site ? ` ${site.code}` : '';
    const currency = site?.region.spec.currency ?? 'USD';
    const node = this.ci(
      'Contract',
      id,
      `${spec.name} ${kind.toLowerCase()} ${subject}${where} #${n}`,
      'DEPLOYED',
      {
        contractKind: kind,
        contractNumber: `${spec.contractPrefix}-${kind.slice(0, 3)}-${isoDate(start).slice(0, 4)}-${pad(n, 6)}`,
        startDate: isoDate(start),
        endDate: isoDate(start + years * 365 * DAY - DAY),
        costAmount: this.rng.int(5_000, 500_000) * 100,
        costCurrency: currency,
      },
      { description: `${kind.toLowerCase()} contract for ${subject}${site ? ` at ${site.code}` : ''}` },
    );
    this.rel('SUPPLIED_BY', id, this.vendor(vendorKey));
    this.rel('OWNED_BY', id, this.team('IT Procurement'));
    this.contractIds.set(key, id);
    this.contractNodes.set(id, node);
    return id;
  }

  private nextIp(site: SiteCtx, net: 'mgmt' | 'prod' | 'dev' | 'user'): string {
    const base = { mgmt: 0, prod: 64, dev: 128, user: 192 }[net];
    const n = site.ipNext[net]++;
    const third = base + Math.floor(n / 250);
    if (third >= base + 64) throw new Error(`site ${site.id} ran out of ${net} addresses`);
    return `10.${site.index}.${third}.${(n % 250) + 2}`;
  }

  /**
   * One hardware asset: asset fields, SUPPLIED_BY, COVERED_BY and OWNED_BY. Asset tags and serials come from
   * one global counter (serials through a bijection of it), so both are unique across all hardware.
   */
  private hardware(
    className: string,
    id: string,
    name: string,
    state: LifecycleState,
    site: SiteCtx,
    model: HwModel,
    own: Record<string, unknown>,
    opts: { hostname?: string; ip?: string; owner: string; supplier?: string; tags?: string[]; domain?: boolean },
  ): StoredNode {
    const n = ++this.counters.hw;
    const vendor = VENDORS[model.vendor];
    const gone = state === 'RETIRED' || state === 'DISPOSED';
    const ageDays = gone
      ? this.rng.int(5 * 365, 9 * 365)
      : state === 'ORDERED'
        ? this.rng.int(1, 20)
        : state === 'IN_STOCK'
          ? this.rng.int(14, 180)
          : this.rng.int(60, 5 * 365);
    const purchased = AS_OF_MS - ageDays * DAY;
    const year = isoDate(purchased).slice(0, 4);
    // Until it arrives an asset has no serial number, asset tag, invoice or receipt date.
    const received = state === 'ORDERED' ? undefined : Math.min(purchased + this.rng.int(7, 40) * DAY, AS_OF_MS - DAY);
    const retired = gone ? AS_OF_MS - this.rng.int(30, 700) * DAY : undefined;
    const disposed = state === 'DISPOSED' && retired !== undefined ? retired + this.rng.int(7, 25) * DAY : undefined;
    const costAmount = this.rng.int(model.cost[0], model.cost[1]) * 100;
    const currency = site.region.spec.currency;
    // Most assets follow their class's depreciation policy; a few carry their own.
    const ownPolicy = this.rng.chance(0.15);
    const method = ownPolicy ? this.rng.pick<DepreciationMethod>(['STRAIGHT_LINE', 'DECLINING_BALANCE']) : undefined;
    const serial = `${vendor.serialPrefix}${((Math.imul(n, 0x9e3779b1) ^ this.serialMix) >>> 0).toString(36).toUpperCase().padStart(7, '0')}`;
    const node = this.ci(
      className,
      id,
      name,
      state,
      {
        assetTag: received !== undefined ? `AT-${pad(n, 7)}` : undefined,
        serialNumber: received !== undefined ? serial : undefined,
        manufacturer: vendor.name,
        model: model.model,
        hostname: opts.hostname,
        domain: opts.hostname && opts.domain !== false ? site.domain : undefined,
        ipAddresses: opts.ip ? [opts.ip] : undefined,
        purchaseDate: isoDate(purchased),
        purchaseOrder: `PO-${year}-${pad(this.rng.int(1, 99_999), 5)}`,
        purchaseCostAmount: costAmount,
        purchaseCostCurrency: currency,
        expectedDelivery: isoDate(purchased + this.rng.int(10, 30) * DAY),
        invoiceNumber: received !== undefined ? `INV-${year}-${pad(this.rng.int(1, 999_999), 6)}` : undefined,
        receivedDate: received !== undefined ? isoDate(received) : undefined,
        warrantyEnd: isoDate(purchased + this.rng.pick([3, 3, 5]) * 365 * DAY),
        endOfLife: isoDate(purchased + (className === 'EndUserDevice' ? 4 : this.rng.pick([5, 6, 7])) * 365 * DAY),
        depreciationMethod: method,
        usefulLifeMonths: ownPolicy ? this.rng.pick([36, 48, 60, 84]) : undefined,
        decliningBalanceFactor: method === 'DECLINING_BALANCE' ? this.rng.pick([1.5, 2]) : undefined,
        salvageValueAmount: ownPolicy ? Math.round((costAmount * this.rng.int(0, 10)) / 100) : undefined,
        salvageValueCurrency: ownPolicy ? currency : undefined,
        retiredDate: retired !== undefined ? isoDate(retired) : undefined,
        retirementReason: gone ? this.rng.pick(RETIREMENT_REASONS) : undefined,
        disposedDate: disposed !== undefined ? isoDate(disposed) : undefined,
        disposalMethod: disposed !== undefined ? this.rng.pick(DISPOSAL_METHODS) : undefined,
        // Every hardware class here bears storage (configurations at least), so none is disposed unsanitised.
        sanitisationMethod:
          disposed !== undefined ? this.rng.pick<SanitisationMethod>(['CLEAR', 'PURGE', 'DESTROY']) : undefined,
        disposalCertificate: disposed !== undefined ? `CERT-${isoDate(disposed).slice(0, 4)}-${pad(n, 7)}` : undefined,
        ...own,
      },
      {
        tags: opts.tags,
        since: purchased - 30 * DAY,
        attributes: { costCentre: `CC-${1000 + site.index * 10 + (n % 7)}` },
      },
    );
    this.rel('SUPPLIED_BY', id, this.vendor(opts.supplier ?? model.vendor));
    if (state === 'DEPLOYED' || state === 'IN_MAINTENANCE') {
      this.rel(
        'COVERED_BY',
        id,
        this.contract('SUPPORT', model.vendor, site, className === 'EndUserDevice' ? 'devices' : 'hardware'),
      );
    } else if (state === 'IN_STOCK') {
      this.rel('COVERED_BY', id, this.contract('WARRANTY', model.vendor, site, 'hardware'));
    }
    this.rel('OWNED_BY', id, opts.owner);
    return node;
  }

  private location(id: string, name: string, kind: LocationKind, parent: string | undefined, address?: string): void {
    this.ci('Location', id, name, 'DEPLOYED', { locationKind: kind, address }, { since: AS_OF_MS - 5 * 365 * DAY });
    if (parent) this.rel('LOCATED_IN', id, parent);
    this.rel('OWNED_BY', id, this.team('Facilities'));
  }

  // -- parties -------------------------------------------------------------

  private teams(): void {
    const team = (name: string): string => {
      const id = `team-${pad(++this.counters.team, 3)}`;
      const s = slug(name);
      this.ci('Team', id, name, 'DEPLOYED', { email: `${s}@example.com`, chatChannel: `#team-${s}` });
      this.teamNames.set(id, name);
      return id;
    };
    for (const name of INFRA_TEAMS) this.infraTeamIds.set(name, team(name));
    for (let i = 0; i < this.p.productTeams; i++) {
      const area = PRODUCT_AREAS[i % PRODUCT_AREAS.length];
      const round = Math.floor(i / PRODUCT_AREAS.length);
      this.productTeamIds.push(team(round === 0 ? area : `${area} ${round + 1}`));
    }
  }

  private person(site: SiteCtx): string {
    const id = `person-${pad(++this.counters.person, 5)}`;
    const first = this.rng.pick(FIRST_NAMES);
    const last = this.rng.pick(LAST_NAMES);
    const base = `${first}.${last}`.toLowerCase();
    let email = `${base}@example.com`;
    for (let k = 2; this.emails.has(email); k++) email = `${base}${k}@example.com`;
    this.emails.add(email);
    this.ci(
      'Person',
      id,
      `${first} ${last}`,
      'DEPLOYED',
      {
        email,
        phone: `${site.region.spec.phone} ${pad(this.rng.int(0, 9999), 4)}`,
        employeeId: `E${pad(this.counters.person, 6)}`,
      },
      { attributes: { department: this.rng.pick(DEPARTMENTS), site: site.code } },
    );
    return id;
  }

  // -- places and infrastructure --------------------------------------------

  private region(r: number): void {
    const spec = REGIONS[r % REGIONS.length];
    const id = `region-${pad(r + 1, 2)}`;
    this.location(id, spec.name, 'REGION', undefined);
    const region: RegionCtx = { spec, id, sites: [] };
    this.regions.push(region);
    for (let s = 0; s < this.p.sitesPerRegion; s++) this.site(region, s);
  }

  private site(region: RegionCtx, s: number): void {
    const index = this.sites.length + 1;
    if (index > 250) throw new Error('at most 250 sites (one 10.<site>.0.0/16 each)');
    const [city, cityCode] = region.spec.cities[s % region.spec.cities.length];
    const code = `${cityCode}${Math.floor(s / region.spec.cities.length) + 1}`;
    const id = `site-${pad(index, 3)}`;
    const site: SiteCtx = {
      index,
      id,
      code,
      lower: code.toLowerCase(),
      domain: `${code.toLowerCase()}.dc.example.com`,
      region,
      buildings: [],
      coreIds: [],
      coreClusterId: `cl-core-${pad(index, 3)}`,
      fwClusterId: `cl-fw-${pad(index, 3)}`,
      lbClusterId: `cl-lb-${pad(index, 3)}`,
      networks: {
        mgmt: `net-${pad(index, 3)}-mgmt`,
        prod: `net-${pad(index, 3)}-prod`,
        dev: `net-${pad(index, 3)}-dev`,
        user: `net-${pad(index, 3)}-user`,
      },
      ipNext: { mgmt: 0, prod: 0, dev: 0, user: 0 },
      storageIds: [],
      vms: [],
      vmCursor: 0,
      peopleIds: [],
      hypervisorHosts: [],
    };
    this.sites.push(site);
    region.sites.push(site);
    const street = () => `${this.rng.int(1, 250)} ${this.rng.pick(STREETS)}, ${city}`;
    this.location(id, `${code} ${city}`, 'SITE', region.id, street());

    // Location tree first: the network gear needs its racks.
    for (let b = 0; b < this.p.buildingsPerSite; b++) {
      const bl = letter(b);
      const building: BuildingCtx = {
        id: `bldg-${pad(index, 3)}-${bl}`,
        name: `${code} Building ${bl.toUpperCase()}`,
        rooms: [],
      };
      this.location(building.id, building.name, 'BUILDING', id, street());
      for (let m = 0; m < this.p.roomsPerBuilding; m++) {
        const room: RoomCtx = {
          id: `room-${pad(index, 3)}-${bl}${pad(m + 1, 2)}`,
          name: `${code}-${bl.toUpperCase()} Hall ${m + 1}`,
          distIds: [],
          racks: [],
        };
        this.location(room.id, room.name, 'ROOM', building.id);
        for (let k = 0; k < this.p.racksPerRoom; k++) {
          const rackId = `rack-${pad(index, 3)}-${bl}${pad(m + 1, 2)}-${pad(k + 1, 2)}`;
          this.location(rackId, `${code}-${bl.toUpperCase()}${m + 1} Rack ${pad(k + 1, 2)}`, 'RACK', room.id);
          room.racks.push({ id: rackId, torId: '', nextUnit: 1, ports: 0 });
        }
        building.rooms.push(room);
      }
      site.buildings.push(building);
    }

    this.siteNetwork(site);
    for (const building of site.buildings) {
      for (const room of building.rooms) this.roomCompute(site, room);
    }
    // Servers on order: bought but not delivered, so no serial number, asset tag or place yet.
    for (let i = 0; i < 2; i++) {
      const n = ++this.counters.server;
      this.hardware(
        'Server',
        `srv-${pad(n, 5)}`,
        `${site.lower}-srv-${pad(n, 5)}`,
        'ORDERED',
        site,
        this.rng.pick(SERVER_MODELS),
        { cpuCores: this.rng.pick([32, 48, 64]), memoryGb: this.rng.pick([512, 768, 1024]) },
        { owner: this.team('Compute Platform'), supplier: site.region.spec.reseller },
      );
    }
    this.sitePeople(site);
  }

  /** Core pair, edge routers, firewall and LB pairs, distribution, top-of-rack, access points, spares, networks. */
  private siteNetwork(site: SiteCtx): void {
    const fam = this.rng.pick(NETWORK_FAMILIES);
    const netOps = this.team('Network Operations');
    const firstRoom = site.buildings[0].rooms[0];
    const rackFor = (i: number) => firstRoom.racks[i % firstRoom.racks.length];
    const place = (deviceId: string, rack: RackCtx, units: number) => {
      this.rel('LOCATED_IN', deviceId, rack.id, { rackUnit: 43 - rack.nextUnit - units });
      rack.nextUnit += units;
    };
    const device = (
      id: string,
      host: string,
      role: NetworkDeviceRole,
      model: HwModel,
      firmware: string,
      ports: number,
      state: LifecycleState = 'DEPLOYED',
      tags?: string[],
    ) =>
      this.hardware(
        'NetworkDevice',
        id,
        host,
        state,
        site,
        model,
        { role, portCount: ports, firmware: state === 'DEPLOYED' || state === 'IN_MAINTENANCE' ? firmware : undefined },
        {
          hostname: host,
          ip: state === 'RETIRED' || state === 'IN_STOCK' ? undefined : this.nextIp(site, 'mgmt'),
          owner: netOps,
          tags,
        },
      );
    const pair = (clusterId: string, name: string, type: string, members: string[]) => {
      this.ci(
        'Cluster',
        clusterId,
        name,
        'DEPLOYED',
        { clusterType: type, minHealthyMembers: 1 },
        {
          description: `${name}: either member can carry the load`,
        },
      );
      this.rel('OWNED_BY', clusterId, netOps);
      for (const m of members) this.rel('MEMBER_OF', m, clusterId);
    };
    const netModel = (model: string, cost: readonly [number, number]): HwModel => ({ vendor: fam.vendor, model, cost });

    // Core: a redundant pair in a Cluster; everything else hangs below it.
    for (const ab of ['a', 'b']) {
      const coreId = `sw-core-${pad(site.index, 3)}-${ab}`;
      device(
        coreId,
        `${site.lower}-core-${ab}`,
        'SWITCH',
        netModel(fam.core, [40_000, 90_000]),
        fam.firmware,
        64,
        'DEPLOYED',
        ['network:core'],
      );
      place(coreId, rackFor(ab === 'a' ? 0 : 1), 2);
      site.coreIds.push(coreId);
    }
    pair(site.coreClusterId, `${site.code} core pair`, 'network-redundancy-pair', site.coreIds);
    const uplinks = (from: string, localBase: number, remote: string[], remoteStart: number) => {
      remote.forEach((to, i) =>
        this.rel('CONNECTED_TO', from, to, {
          localPort: `Ethernet1/${localBase + i}`,
          remotePort: `Ethernet1/${remoteStart}`,
        }),
      );
    };
    let corePort = 1;
    const edge = (
      id: string,
      host: string,
      role: NetworkDeviceRole,
      model: HwModel,
      firmware: string,
      ports: number,
      i: number,
    ) => {
      device(id, host, role, model, firmware, ports);
      place(id, rackFor(i), 1);
      uplinks(id, ports - 1, site.coreIds, corePort++);
      return id;
    };
    for (const [i, ab] of ['a', 'b'].entries()) {
      edge(
        `rtr-${pad(site.index, 3)}-${ab}`,
        `${site.lower}-rtr-${ab}`,
        'ROUTER',
        netModel(fam.router, [25_000, 60_000]),
        fam.firmware,
        8,
        i,
      );
    }
    const fw = this.rng.pick(FIREWALLS);
    const fwIds = ['a', 'b'].map((ab, i) =>
      edge(`fw-${pad(site.index, 3)}-${ab}`, `${site.lower}-fw-${ab}`, 'FIREWALL', fw, fw.firmware, 16, i),
    );
    pair(site.fwClusterId, `${site.code} firewall HA pair`, 'firewall-ha-pair', fwIds);
    const lb = this.rng.pick(LOAD_BALANCERS);
    const lbIds = ['a', 'b'].map((ab, i) =>
      edge(`lb-${pad(site.index, 3)}-${ab}`, `${site.lower}-lb-${ab}`, 'LOAD_BALANCER', lb, lb.firmware, 8, i),
    );
    pair(site.lbClusterId, `${site.code} load balancer pair`, 'load-balancer-pair', lbIds);

    // Distribution pairs per room (dual-homed to both cores), a top-of-rack switch per rack (single-homed).
    for (const building of site.buildings) {
      for (const room of building.rooms) {
        for (const ab of ['a', 'b']) {
          const distId = `sw-dist-${pad(++this.counters.dist, 4)}`;
          device(
            distId,
            `${site.lower}-dist-${pad(this.counters.dist, 4)}`,
            'SWITCH',
            netModel(fam.dist, [18_000, 40_000]),
            fam.firmware,
            36,
          );
          place(distId, room.racks[ab === 'a' ? 0 : room.racks.length - 1], 1);
          uplinks(distId, 35, site.coreIds, corePort++);
          room.distIds.push(distId);
        }
        room.racks.forEach((rack, k) => {
          const torId = `sw-tor-${pad(++this.counters.tor, 5)}`;
          const state: LifecycleState = this.rng.chance(0.02) ? 'IN_MAINTENANCE' : 'DEPLOYED';
          device(
            torId,
            `${site.lower}-tor-${pad(this.counters.tor, 5)}`,
            'SWITCH',
            netModel(fam.tor, [9_000, 22_000]),
            fam.firmware,
            54,
            state,
          );
          this.rel('LOCATED_IN', torId, rack.id, { rackUnit: 42 });
          this.rel('CONNECTED_TO', torId, room.distIds[k % 2], {
            localPort: 'Ethernet1/49',
            remotePort: `Ethernet1/${k + 1}`,
          });
          rack.torId = torId;
        });
      }
      for (let i = 0; i < this.p.apsPerBuilding; i++) {
        const apId = `ap-${pad(++this.counters.ap, 5)}`;
        const state: LifecycleState = this.rng.chance(0.05) ? 'IN_MAINTENANCE' : 'DEPLOYED';
        device(
          apId,
          `${site.lower}-ap-${pad(this.counters.ap, 5)}`,
          'ACCESS_POINT',
          netModel(fam.ap, [600, 1_400]),
          fam.firmware,
          1,
          state,
        );
        this.rel('LOCATED_IN', apId, building.id);
        this.rel('CONNECTED_TO', apId, building.rooms[0].distIds[i % 2], {
          localPort: 'mgmt0',
          remotePort: `Ethernet1/${30 - (i % 6)}`,
        });
      }
    }

    // A spare switch on the shelf and, from medium up, a retired one awaiting disposal.
    const spareStates: LifecycleState[] =
      this.size === 'tiny' || this.size === 'small' ? ['IN_STOCK'] : ['IN_STOCK', 'RETIRED'];
    for (const state of spareStates) {
      const spareId = `sw-spare-${pad(++this.counters.spare, 4)}`;
      device(
        spareId,
        `${site.lower}-spare-${pad(this.counters.spare, 4)}`,
        'SWITCH',
        netModel(fam.tor, [9_000, 22_000]),
        fam.firmware,
        54,
        state,
      );
      this.rel('LOCATED_IN', spareId, firstRoom.id);
    }

    // Networks: each needs the core pair (through its Cluster, so one core failing does not take it down).
    const nets: [keyof SiteCtx['networks'], string, number, string][] = [
      ['mgmt', 'management', 100, `10.${site.index}.0.0/18`],
      ['prod', 'production servers', 200, `10.${site.index}.64.0/18`],
      ['dev', 'development servers', 300, `10.${site.index}.128.0/18`],
      ['user', 'user access', 400, `10.${site.index}.192.0/18`],
    ];
    for (const [key, label, vlan, cidr] of nets) {
      const netId = site.networks[key];
      this.ci(
        'Network',
        netId,
        `${site.code} ${label}`,
        'DEPLOYED',
        { cidr, vlan, gateway: cidr.replace(/0\/18$/, '1') },
        {
          description: `${label} VLAN ${vlan} at ${site.code}`,
          tags: key === 'prod' ? ['env:prod'] : key === 'dev' ? ['env:dev'] : undefined,
        },
      );
      this.rel('DEPENDS_ON', netId, site.coreClusterId);
      this.rel('OWNED_BY', netId, netOps);
    }
  }

  /** Servers and storage in one room's racks; hypervisor clusters and the VMs on them. */
  private roomCompute(site: SiteCtx, room: RoomCtx): void {
    const compute = this.team('Compute Platform');
    const reseller = site.region.spec.reseller;
    const active: string[] = [];
    for (const rack of room.racks) {
      for (let i = 0; i < this.p.serversPerRack; i++) {
        const state = this.rng.weighted<LifecycleState>([
          ['DEPLOYED', 88],
          ['IN_MAINTENANCE', 3],
          ['IN_STOCK', 5],
          ['RETIRED', 4],
        ]);
        const n = ++this.counters.server;
        const id = `srv-${pad(n, 5)}`;
        const inService = state === 'DEPLOYED' || state === 'IN_MAINTENANCE';
        const host = `${site.lower}-srv-${pad(n, 5)}`;
        const node = this.hardware(
          'Server',
          id,
          host,
          state,
          site,
          this.rng.pick(SERVER_MODELS),
          {
            cpuCores: this.rng.pick([16, 24, 32, 48, 64, 96]),
            memoryGb: this.rng.pick([128, 256, 384, 512, 768, 1024]),
          },
          {
            hostname: host,
            ip: inService ? this.nextIp(site, 'mgmt') : undefined,
            owner: compute,
            supplier: reseller,
            tags: inService ? ['env:prod'] : undefined,
          },
        );
        this.serverIndex.set(id, node);
        if (inService) {
          this.rel('LOCATED_IN', id, rack.id, { rackUnit: rack.nextUnit + 1 });
          rack.nextUnit += 2;
          this.rel('CONNECTED_TO', id, rack.torId, { localPort: 'eno1', remotePort: `Ethernet1/${++rack.ports}` });
          this.rel('CONNECTED_TO', id, site.networks.mgmt);
          active.push(id);
          if (!this.torWithServers) {
            this.torWithServers = rack.torId;
            this.rackWithServers = rack.id;
          }
        } else {
          // On the shelf in the room's store, not in a rack.
          this.rel('LOCATED_IN', id, room.id);
        }
      }
    }

    for (let s = 0; s < this.p.storagePerRoom; s++) {
      const rack = room.racks[s % room.racks.length];
      const model = this.rng.pick(STORAGE_MODELS);
      const id = `stor-${pad(++this.counters.storage, 4)}`;
      const host = `${site.lower}-stor-${pad(this.counters.storage, 4)}`;
      this.hardware(
        'StorageDevice',
        id,
        host,
        'DEPLOYED',
        site,
        model,
        {
          capacityTb: this.rng.pick(model.tb),
          storageType: model.type,
        },
        { hostname: host, ip: this.nextIp(site, 'mgmt'), owner: this.team('Storage Engineering'), tags: ['env:prod'] },
      );
      this.rel('LOCATED_IN', id, rack.id, { rackUnit: rack.nextUnit + 1 });
      rack.nextUnit += 4;
      this.rel('CONNECTED_TO', id, rack.torId, { localPort: 'e0a', remotePort: `Ethernet1/${++rack.ports}` });
      this.rel('CONNECTED_TO', id, site.networks.mgmt);
      site.storageIds.push(id);
    }

    // Hypervisor clusters of 'clusterSize' hosts (minHealthyMembers = members - 1); the rest stand alone.
    this.rng.shuffle(active);
    const standalone = active.splice(0, Math.round(active.length * 0.15));
    const [minSize, maxSize] = this.p.clusterSize;
    while (active.length > 0) {
      const size = Math.min(active.length, this.rng.int(minSize, maxSize));
      const members = active.splice(0, size);
      if (members.length < 2) {
        standalone.push(...members);
        continue;
      }
      const clusterId = `cl-hv-${pad(++this.counters.hvCluster, 4)}`;
      this.ci(
        'Cluster',
        clusterId,
        `${site.code} vSphere cluster ${pad(this.counters.hvCluster, 4)}`,
        'DEPLOYED',
        {
          clusterType: 'hypervisor',
          minHealthyMembers: members.length - 1,
        },
        { description: `VMware vSphere cluster of ${members.length} hosts in ${room.name}`, tags: ['env:prod'] },
      );
      this.rel('OWNED_BY', clusterId, compute);
      for (const m of members) {
        this.rel('MEMBER_OF', m, clusterId);
        this.setOs(m, 'VMware ESXi 8.0 U2');
        this.install('esxi', m, this.serverIndex.get(m)!.name as string);
        site.hypervisorHosts.push({ serverId: m, clusterId });
      }
      const vms = Math.max(1, Math.round(members.length * this.p.vmsPerHost * (0.7 + this.rng.next() * 0.6)));
      for (let v = 0; v < vms; v++) this.vm(site, clusterId);
    }
    // Stand-alone hosts: most run a few VMs directly (KVM), the rest are bare-metal Linux boxes.
    for (const serverId of standalone) {
      this.setOs(serverId, 'Red Hat Enterprise Linux 9.3');
      this.install('rhel', serverId, this.serverIndex.get(serverId)!.name as string);
      if (this.rng.chance(0.7)) {
        const vms = this.rng.int(1, 3);
        for (let v = 0; v < vms; v++) this.vm(site, serverId);
      }
    }
  }

  private setOs(serverId: string, os: string): void {
    this.serverIndex.get(serverId)!.os = os;
  }

  private vm(site: SiteCtx, hostId: string): void {
    const n = ++this.counters.vm;
    const id = `vm-${pad(n, 6)}`;
    const host = `${site.lower}-vm-${pad(n, 6)}`;
    const node = this.ci(
      'VirtualMachine',
      id,
      host,
      'DEPLOYED',
      {
        hostname: host,
        domain: site.domain,
        ipAddresses: [] as string[],
        os: this.rng.weighted(VM_OSES),
        vcpu: this.rng.pick([2, 2, 4, 4, 8, 16]),
        memoryGb: this.rng.pick([4, 8, 8, 16, 32, 64]),
      },
      { tags: ['env:dev'] },
    );
    this.rel('RUNS_ON', id, hostId);
    site.vms.push({ node, site, used: false, env: 'dev' });
  }

  private sitePeople(site: SiteCtx): void {
    const desk = this.team('Service Desk');
    const reseller = site.region.spec.reseller;
    const building = site.buildings[0];
    const device = (kind: 'laptop' | 'desktop' | 'phone', state: LifecycleState, owner: string) => {
      const model = this.rng.pick(EUD_MODELS[kind]);
      const n = ++this.counters.eud;
      const id = `eud-${pad(n, 6)}`;
      const host = `${site.code}-${kind === 'laptop' ? 'LT' : kind === 'desktop' ? 'DT' : 'PH'}-${pad(n, 6)}`;
      const inUse = state === 'DEPLOYED';
      this.hardware(
        'EndUserDevice',
        id,
        host,
        state,
        site,
        model,
        {
          deviceType: kind,
          os: model.os,
        },
        {
          hostname: kind === 'phone' ? undefined : host,
          domain: false,
          owner,
          supplier: reseller,
          ip: inUse && kind === 'desktop' ? this.nextIp(site, 'user') : undefined,
        },
      );
      const gone = state === 'RETIRED' || state === 'DISPOSED';
      if (kind === 'laptop' && !gone) this.rel('COVERED_BY', id, this.contract('LEASE', reseller, site, 'laptops'));
      // A disposed device has left the organisation: it is nowhere.
      if (state !== 'DISPOSED') this.rel('LOCATED_IN', id, building.id);
      if (inUse && kind !== 'phone') this.rel('CONNECTED_TO', id, site.networks.user);
    };
    for (let i = 0; i < this.p.peoplePerSite; i++) {
      const person = this.person(site);
      site.peopleIds.push(person);
      const state = this.rng.weighted<LifecycleState>([
        ['DEPLOYED', 96],
        ['IN_MAINTENANCE', 4],
      ]);
      if (this.rng.chance(0.95)) device(this.rng.chance(0.85) ? 'laptop' : 'desktop', state, person);
      if (this.rng.chance(0.3)) device('phone', 'DEPLOYED', person);
    }
    const spares = Math.max(1, Math.round(this.p.peoplePerSite * 0.08));
    for (let i = 0; i < spares; i++) device('laptop', 'IN_STOCK', desk);
    for (let i = 0; i < Math.max(1, Math.round(this.p.peoplePerSite * 0.05)); i++) {
      device(this.rng.chance(0.7) ? 'laptop' : 'desktop', 'RETIRED', desk);
    }
    for (let i = 0; i < Math.max(1, Math.round(this.p.peoplePerSite * 0.03)); i++) device('laptop', 'DISPOSED', desk);
  }

  // -- workloads -----------------------------------------------------------

  /** A free VM at the site, else elsewhere in its region, else anywhere; shared when none is free. */
  private takeVm(site: SiteCtx, env: 'prod' | 'dev' | 'test'): VmSlot {
    let free = this.freeVm(site);
    for (let i = 0; !free && i < site.region.sites.length; i++) free = this.freeVm(site.region.sites[i]);
    for (let i = 0; !free && i < this.sites.length; i++) free = this.freeVm(this.sites[i]);
    if (free) {
      free.used = true;
      free.env = env;
      return free;
    }
    // Every VM is taken: co-host on one already in use (realistic enough for a busy estate).
    const pool = site.vms.length > 0 ? site.vms : this.sites.find((s) => s.vms.length > 0)!.vms;
    return this.rng.pick(pool);
  }

  /** The site's next free VM (its VMs are shuffled once, on first use, to spread load over its clusters). */
  private freeVm(site: SiteCtx): VmSlot | undefined {
    if (site.vmCursor === 0 && site.vms.length > 0) this.rng.shuffle(site.vms);
    return site.vmCursor < site.vms.length ? site.vms[site.vmCursor++] : undefined;
  }

  private database(
    name: string,
    site: SiteCtx,
    owner: string,
    tags: readonly string[],
  ): { id: string; engine: (typeof DB_ENGINES)[number] } {
    const engine = this.rng.pick(DB_ENGINES);
    const id = `db-${pad(++this.counters.db, 5)}`;
    this.ci(
      'Database',
      id,
      name,
      'DEPLOYED',
      { engine: engine.engine, engineVersion: engine.version, port: engine.port },
      {
        description: `${engine.engine} ${engine.version} database ${name}`,
        tags,
      },
    );
    const vm = this.takeVm(site, tags.includes('env:dev') ? 'dev' : 'prod');
    vm.engine = engine.product;
    this.rel('RUNS_ON', id, vm.node.id as string);
    this.rel('OWNED_BY', id, owner);
    if (site.storageIds.length > 0 && this.rng.chance(0.3)) this.rel('DEPENDS_ON', id, this.rng.pick(site.storageIds));
    return { id, engine };
  }

  /**
   * A database for an application to depend on: one instance, or (a quarter of the time) a primary and a
   * replica that are MEMBER_OF a database Cluster, in which case the application depends on the Cluster.
   */
  private databaseTarget(baseName: string, site: SiteCtx, tags: readonly string[]): string {
    const dba = this.team('Database Administration');
    if (!this.rng.chance(0.25)) return this.database(baseName, site, dba, tags).id;
    const clusterId = `cl-db-${pad(++this.counters.dbCluster, 4)}`;
    const other = site.region.sites.length > 1 ? this.rng.pick(site.region.sites.filter((s) => s !== site)) : site;
    const primary = this.database(`${baseName}-a`, site, dba, tags);
    const replica = this.database(`${baseName}-b`, other, dba, tags);
    this.ci(
      'Cluster',
      clusterId,
      `${baseName} cluster`,
      'DEPLOYED',
      { clusterType: 'database', minHealthyMembers: 1 },
      {
        description: `${primary.engine.engine} primary and replica`,
        tags,
      },
    );
    this.rel('OWNED_BY', clusterId, dba);
    this.rel('MEMBER_OF', primary.id, clusterId);
    this.rel('MEMBER_OF', replica.id, clusterId);
    return clusterId;
  }

  /**
   * An application on one VM, or on a redundant pair of VMs in two sites of the region (behind the LB pair
   * when it serves users). A pair's VMs are also MEMBER_OF an 'application-pool' Cluster that needs one
   * member, which tells impact analysis that the two RUNS_ON targets back each other up.
   */
  private application(
    name: string,
    site: SiteCtx,
    owner: string,
    tags: readonly string[],
    opts: { pair: boolean; front: boolean; team: string },
  ): string {
    const id = `app-${pad(++this.counters.app, 5)}`;
    this.ci(
      'Application',
      id,
      name,
      'DEPLOYED',
      {
        deployedVersion: `${this.rng.int(1, 9)}.${this.rng.int(0, 30)}.${this.rng.int(0, 99)}`,
        repository: `https://git.example.com/${slug(opts.team)}/${name}`,
        url: opts.front ? `https://${name}.apps.example.com` : undefined,
      },
      { tags },
    );
    const env = tags.includes('env:dev') ? 'dev' : tags.includes('env:test') ? 'test' : 'prod';
    const vms = [this.takeVm(site, env)];
    if (opts.pair) {
      const other = site.region.sites.length > 1 ? this.rng.pick(site.region.sites.filter((s) => s !== site)) : site;
      let second = this.takeVm(other, env);
      if (second === vms[0]) second = this.takeVm(site, env);
      if (second !== vms[0]) vms.push(second);
    }
    const vmIds = vms.map((v) => v.node.id as string);
    for (const vmId of vmIds) this.rel('RUNS_ON', id, vmId);
    this.appVms.set(id, vmIds);
    if (vmIds.length > 1) {
      const poolId = `cl-app-${pad(++this.counters.appCluster, 5)}`;
      this.ci(
        'Cluster',
        poolId,
        `${name} pool`,
        'DEPLOYED',
        { clusterType: 'application-pool', minHealthyMembers: 1 },
        { description: `The VMs ${name} runs on; either can carry it`, tags },
      );
      this.rel('OWNED_BY', poolId, owner);
      for (const vmId of vmIds) this.rel('MEMBER_OF', vmId, poolId);
    }
    if (opts.pair && opts.front) this.rel('DEPENDS_ON', id, site.lbClusterId);
    this.rel('OWNED_BY', id, owner);
    return id;
  }

  /** DNS, identity, backup…: each runs on one infrastructure application per region (a cross-site pair). */
  private technicalServices(): void {
    const count = Math.min(this.p.technicalServices, TECHNICAL_SERVICES.length);
    let parent: string | undefined;
    if (count >= 5) {
      parent = `tsvc-${pad(++this.counters.ts, 3)}`;
      this.ci(
        'TechnicalService',
        parent,
        'Core Infrastructure',
        'DEPLOYED',
        {
          criticality: 'CRITICAL',
          slaTarget: 99.99,
          serviceHours: '24x7',
        },
        { description: 'The shared infrastructure services everything else needs', tags: ['env:prod'] },
      );
      this.rel('OWNED_BY', parent, this.team('Site Reliability'));
    }
    for (const spec of TECHNICAL_SERVICES.slice(0, count)) {
      const id = `tsvc-${pad(++this.counters.ts, 3)}`;
      const team = this.team(spec.team);
      this.ci(
        'TechnicalService',
        id,
        spec.name,
        'DEPLOYED',
        {
          criticality: this.rng.pick<Criticality>(['CRITICAL', 'HIGH']),
          slaTarget: 99.95,
          serviceHours: '24x7',
        },
        { description: `Shared ${spec.name} service`, tags: ['env:prod'] },
      );
      this.rel('OWNED_BY', id, team);
      this.rel('SUPPORTED_BY', id, this.team('Service Desk'));
      if (parent) this.rel('PART_OF', id, parent);
      const ctx: ServiceCtx = { id, slug: spec.slug, apps: [] };
      for (const region of this.regions) {
        const site = region.sites[0];
        const name = `${spec.slug}-${region.spec.code}`;
        const app = this.application(name, site, team, ['env:prod'], { pair: true, front: false, team: spec.team });
        if (spec.db) this.rel('DEPENDS_ON', app, this.databaseTarget(`${name}-db`, site, ['env:prod']));
        this.rel('DEPENDS_ON', id, app);
        ctx.apps.push(app);
        if (spec.storage && site.storageIds.length > 0) this.rel('DEPENDS_ON', id, site.storageIds[0]);
      }
      this.technical.set(spec.slug, ctx);
    }
  }

  private businessServicesAndApps(): void {
    const shared = [...this.technical.values()];
    const parents: string[] = [];
    for (let i = 0; i < this.p.businessServices; i++) {
      const cap = CAPABILITIES[i % CAPABILITIES.length];
      const round = Math.floor(i / CAPABILITIES.length);
      const name = round === 0 ? cap : `${cap} ${round + 1}`;
      const bsSlug = slug(name);
      const id = `bsvc-${pad(++this.counters.bs, 4)}`;
      const criticality = this.rng.weighted(CRITICALITY_WEIGHTS);
      const pci = this.rng.chance(0.15);
      const tags = pci ? ['env:prod', 'pci'] : ['env:prod'];
      const team = this.rng.pick(this.productTeamIds);
      const owner =
        this.rng.chance(0.1) && this.sites[0].peopleIds.length > 0
          ? this.rng.pick(this.rng.pick(this.sites).peopleIds)
          : team;
      this.ci(
        'BusinessService',
        id,
        name,
        'DEPLOYED',
        {
          criticality,
          slaTarget: SLA_BY_CRITICALITY[criticality],
          serviceHours: criticality === 'LOW' ? 'Mon-Fri 07:00-19:00' : '24x7',
        },
        { description: `${name} for customers and staff`, tags },
      );
      this.rel('OWNED_BY', id, owner);
      this.rel('SUPPORTED_BY', id, this.team('Service Desk'));
      // One service in eight is a component of an earlier top-level service (never of a component: no cycles).
      if (parents.length > 0 && this.rng.chance(0.12)) this.rel('PART_OF', id, this.rng.pick(parents));
      else if (parents.length < Math.max(1, this.p.businessServices / 10)) parents.push(id);

      const site = this.rng.pick(this.rng.pick(this.regions).sites);
      const teamName = this.teamNames.get(team)!;
      const dbs: string[] = [];
      const dbCount = this.rng.int(...this.p.databasesPerService);
      for (let d = 0; d < dbCount; d++) dbs.push(this.databaseTarget(`${bsSlug}-db${d + 1}`, site, tags));
      const apps: string[] = [];
      const components = this.rng.sample(COMPONENTS, this.rng.int(...this.p.appsPerService));
      for (const component of components) {
        const front = FRONT_COMPONENTS.has(component);
        const app = this.application(`${bsSlug}-${component}`, site, team, tags, {
          pair: this.rng.chance(front ? 0.5 : 0.2),
          front,
          team: teamName,
        });
        if (dbs.length > 0 && this.rng.chance(0.7)) this.rel('DEPENDS_ON', app, this.rng.pick(dbs));
        // Later components call earlier ones (web → api), which keeps DEPENDS_ON acyclic.
        if (apps.length > 0 && this.rng.chance(0.4)) this.rel('DEPENDS_ON', app, this.rng.pick(apps));
        if (pci) this.rel('DEPENDS_ON', app, site.fwClusterId);
        for (const ts of shared) {
          if ((ts.slug === 'identity' && this.rng.chance(0.4)) || (ts.slug !== 'identity' && this.rng.chance(0.05))) {
            this.rel('DEPENDS_ON', app, ts.id);
          }
        }
        this.rel('DEPENDS_ON', id, app);
        apps.push(app);
      }
      for (const ts of shared) {
        if (ts.slug === 'dns' || (ts.slug === 'identity' && this.rng.chance(0.5))) this.rel('DEPENDS_ON', id, ts.id);
      }
      this.businessServices.push({ id, criticality, apps });
      this.dbUsers.push(...dbs);
    }
  }

  /** Dev and test applications outside any business service. */
  private sandboxApps(): void {
    for (let i = 0; i < this.p.sandboxApps; i++) {
      const team = this.rng.pick(this.productTeamIds);
      const teamName = this.teamNames.get(team)!;
      const env = this.rng.chance(0.6) ? 'env:dev' : 'env:test';
      const site = this.rng.pick(this.sites);
      const name = `sandbox-${slug(teamName)}-${pad(i + 1, 4)}`;
      const app = this.application(name, site, team, [env], {
        pair: false,
        front: this.rng.chance(0.3),
        team: teamName,
      });
      if (this.rng.chance(0.3)) this.rel('DEPENDS_ON', app, this.databaseTarget(`${name}-db`, site, [env]));
    }
  }

  // -- finishing -----------------------------------------------------------

  private install(productKey: string, hostId: string, hostName: string): void {
    const product = this.product(productKey);
    const spec = PRODUCTS[productKey];
    const id = `inst-${pad(++this.counters.inst, 6)}`;
    this.ci('SoftwareInstallation', id, `${spec.name} on ${hostName}`, 'DEPLOYED', {
      installedVersion: spec.version,
      installPath: spec.path,
      installedAt: isoDate(AS_OF_MS - this.rng.int(1, 900) * DAY),
    });
    this.rel('RUNS_ON', id, hostId);
    this.rel('INSTANCE_OF', id, product.id);
    product.installs += 1;
  }

  /** A software product, made on first use with its licence contract. */
  private product(key: string): { id: string; contract: StoredNode; installs: number } {
    let product = this.productIds.get(key);
    if (!product) {
      const spec = PRODUCTS[key];
      const id = `swp-${key}`;
      this.ci('SoftwareProduct', id, `${spec.name} ${spec.version}`, 'DEPLOYED', {
        publisher: VENDORS[spec.vendor].name,
        productVersion: spec.version,
        licenceModel: spec.licence,
      });
      this.rel('SUPPLIED_BY', id, this.vendor(spec.vendor));
      this.rel('OWNED_BY', id, this.team('IT Procurement'));
      const contractId = this.contract('LICENCE', spec.vendor, undefined, spec.name);
      this.rel('COVERED_BY', id, contractId);
      const contract = this.contractNodes.get(contractId)!;
      product = { id, contract, installs: 0 };
      this.productIds.set(key, product);
    }
    return product;
  }

  /** VMs learn their environment, network, address and installed software once workloads are placed. */
  private finishVms(): void {
    for (const site of this.sites) {
      for (const slot of site.vms) {
        const env = slot.used ? slot.env : this.rng.chance(0.5) ? 'dev' : 'test';
        const net = env === 'prod' ? 'prod' : 'dev';
        const vm = slot.node;
        vm.tags = this.tagSet([`env:${env}`]);
        vm.ipAddresses = [this.nextIp(site, net)];
        if (!slot.used) vm.description = 'Not assigned to an application (build agent, jump host or spare)';
        this.rel('CONNECTED_TO', vm.id as string, site.networks[net]);
        if (!slot.used) continue;
        const name = vm.name as string;
        if ((vm.os as string).startsWith('Windows')) this.install('winsrv', vm.id as string, name);
        else if ((vm.os as string).startsWith('Red Hat')) this.install('rhel', vm.id as string, name);
        if (slot.engine) this.install(slot.engine, vm.id as string, name);
        if (this.rng.chance(this.p.agentChance))
          this.install(this.rng.chance(0.6) ? 'falcon' : 'splunkuf', vm.id as string, name);
      }
    }
  }

  /** Licence contracts are sized to what is installed, with some head-room. */
  private finishProducts(): void {
    for (const product of this.productIds.values()) {
      product.contract.licensedUnits = Math.ceil((product.installs * 1.1) / 10) * 10;
    }
  }

  private result(): GeneratedEstate {
    const byClass: Record<string, number> = {};
    let nodes = 0;
    for (const [className, list] of this.nodes) {
      byClass[className] = list.length;
      nodes += list.length;
    }
    const byType: Record<string, number> = {};
    let relationships = 0;
    for (const [type, list] of this.rels) {
      byType[type] = list.length;
      relationships += list.length;
    }
    const critical = this.businessServices.find((b) => b.criticality === 'CRITICAL') ?? this.businessServices[0];
    const sampleApplicationId = critical.apps[0];
    const vmIds = new Set(this.appVms.get(sampleApplicationId));
    const sampleVmId = [...vmIds][0];
    // A deployed host whose cluster carries VMs that applications use.
    const usedOn = new Set<string>();
    for (const rel of this.rels.get('RUNS_ON')!) {
      if (rel.from.startsWith('vm-') && this.usedVm(rel.from)) usedOn.add(rel.to);
    }
    const host =
      this.sites
        .flatMap((s) => s.hypervisorHosts)
        .find((h) => usedOn.has(h.clusterId) && this.serverIndex.get(h.serverId)?.lifecycleState === 'DEPLOYED') ??
      this.sites.flatMap((s) => s.hypervisorHosts)[0];
    return {
      size: this.size,
      seed: this.seed,
      asOf: isoInstant(AS_OF_MS),
      nodes: this.nodes,
      relationships: this.rels,
      counts: { nodes, relationships, byClass, byType },
      regionIds: this.regions.map((r) => r.id),
      siteIds: this.sites.map((s) => s.id),
      coreSwitchIds: this.sites.flatMap((s) => s.coreIds),
      coreClusterIds: this.sites.map((s) => s.coreClusterId),
      businessServiceIds: this.businessServices.map((b) => b.id),
      technicalServiceIds: this.nodes.get('TechnicalService')!.map((n) => n.id as string),
      sampleServerId: host.serverId,
      sampleClusterId: host.clusterId,
      sampleVmId,
      sampleApplicationId,
      sampleDatabaseId: this.dbUsers.find((d) => d.startsWith('db-')) ?? (this.nodes.get('Database')![0].id as string),
      sampleBusinessServiceId: critical.id,
      sampleTorSwitchId: this.torWithServers,
      sampleRackId: this.rackWithServers,
    };
  }

  private usedVmIds?: Set<string>;

  private usedVm(id: string): boolean {
    if (!this.usedVmIds) {
      this.usedVmIds = new Set(this.sites.flatMap((s) => s.vms.filter((v) => v.used).map((v) => v.node.id as string)));
    }
    return this.usedVmIds.has(id);
  }
}

/**
 * Generate an estate of about 150 (tiny), 1k (small), 20k (medium) or 200k (large) CIs. Pure and
 * deterministic: the same size and seed give identical output, ids included.
 */
export function generateEstate(size: EstateSize, seed = 42): GeneratedEstate {
  const profile = PROFILES[size];
  if (!profile) throw new Error(`unknown estate size ${String(size)}; expected one of ${ESTATE_SIZES.join(', ')}`);
  if (!Number.isFinite(seed)) throw new Error(`the seed must be a number, not ${String(seed)}`);
  return new EstateBuilder(size, seed, profile).build();
}
