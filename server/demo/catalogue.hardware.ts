/**
 * Catalogue of hardware: server, network, firewall, load-balancer, storage and end-user device models with
 * their vendor, cost range and firmware or OS, and the reasons hardware is retired. Plain data.
 */

export interface HwModel {
  vendor: string;
  model: string;
  /** Purchase cost range in major units. */
  cost: readonly [number, number];
}

export const SERVER_MODELS: readonly HwModel[] = [
  { vendor: 'dell', model: 'PowerEdge R750', cost: [14_000, 32_000] },
  { vendor: 'dell', model: 'PowerEdge R650', cost: [9_000, 21_000] },
  { vendor: 'hpe', model: 'ProLiant DL380 Gen10 Plus', cost: [12_000, 30_000] },
  { vendor: 'hpe', model: 'ProLiant DL360 Gen11', cost: [10_000, 24_000] },
  { vendor: 'lenovo', model: 'ThinkSystem SR650 V3', cost: [11_000, 28_000] },
];

/** Per network vendor: the core, distribution and top-of-rack models, router and firmware. */
export const NETWORK_FAMILIES: readonly {
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

export const FIREWALLS: readonly (HwModel & { firmware: string })[] = [
  { vendor: 'paloalto', model: 'PA-5450', cost: [90_000, 160_000], firmware: 'PAN-OS 11.1.2' },
  { vendor: 'fortinet', model: 'FortiGate 1800F', cost: [45_000, 90_000], firmware: 'FortiOS 7.4.3' },
];

export const LOAD_BALANCERS: readonly (HwModel & { firmware: string })[] = [
  { vendor: 'f5', model: 'BIG-IP i10800', cost: [60_000, 110_000], firmware: 'BIG-IP 17.1.1' },
  { vendor: 'f5', model: 'BIG-IP i5800', cost: [35_000, 70_000], firmware: 'BIG-IP 16.1.4' },
];

export const STORAGE_MODELS: readonly (HwModel & { type: string; tb: readonly number[] })[] = [
  { vendor: 'netapp', model: 'AFF A400', cost: [120_000, 300_000], type: 'NAS', tb: [100, 200, 400] },
  { vendor: 'pure', model: 'FlashArray//X70', cost: [150_000, 350_000], type: 'SAN', tb: [150, 300, 600] },
  { vendor: 'dell', model: 'PowerStore 3200T', cost: [90_000, 220_000], type: 'SAN', tb: [80, 160, 320] },
];

export const EUD_MODELS: Readonly<Record<'laptop' | 'desktop' | 'phone', readonly (HwModel & { os: string })[]>> = {
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

export const RETIREMENT_REASONS = [
  'End of life',
  'Replaced by a newer model',
  'Hardware failure',
  'Site consolidation',
  'Out of support',
];
