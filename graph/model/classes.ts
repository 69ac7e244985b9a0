/**
 * The CI class table: every class of configuration item, the fields it has
 * beyond the common ones, and how rows of it are identified on import.
 *
 * This table is the single source for the GraphQL object and input types
 * (schema/), the input validators (graph/items.validation.ts), the Cypher
 * property whitelist and the CSV column mapping. Add a class or a field here
 * and everything else follows.
 */
import { f } from './class.spec';
import type { Category, ClassSpec, FieldSpec } from './class.spec';
import { CATALOGUE_CLASSES } from './catalogue.classes';
import { NETWORK_CLASSES } from './network.classes';

export type { Category, ClassSpec, FieldKind, FieldSpec, ScalarKind } from './class.spec';

/** Fields every hardware asset carries (the asset register part). */
export const HARDWARE_FIELDS: readonly FieldSpec[] = [
  f('assetTag', 'string', 'Organisation asset tag, unique across hardware.', {
    searchable: true,
    unique: true,
  }),
  f('serialNumber', 'string', "Manufacturer's serial number, unique across hardware.", {
    searchable: true,
    unique: true,
  }),
  f('manufacturer', 'string', 'Manufacturer, e.g. Dell, Cisco.'),
  f('model', 'string', 'Model name or number.'),
  f('hostname', 'string', 'Primary host name.', { searchable: true }),
  f('domain', 'string', 'DNS domain the host name belongs to.'),
  f('ipAddresses', 'strings', 'IP addresses (v4 or v6).'),
  f('purchaseDate', 'date', 'Date the asset was bought.'),
  f('purchaseOrder', 'string', 'Purchase order number.'),
  f('purchaseCost', 'money', 'Purchase price.'),
  f('warrantyEnd', 'date', 'Last day of the manufacturer warranty.'),
  f('invoiceNumber', 'string', "The supplier's invoice number."),
  f('expectedDelivery', 'date', 'Delivery date the supplier promised when ordered.'),
  f('receivedDate', 'date', 'Date the asset arrived; depreciation starts here (else at the purchase date).'),
  f('endOfLife', 'date', 'Date the asset should be replaced by (vendor end of life or policy).'),
  f(
    'depreciationMethod',
    { enum: 'DepreciationMethod' },
    'How the asset loses book value; the class default when absent.',
  ),
  f('usefulLifeMonths', 'int', 'Months over which the asset depreciates; the class default when absent.'),
  f(
    'salvageValue',
    'money',
    'Book value left at the end of the useful life (same currency as the cost); 0 when absent.',
  ),
  f('decliningBalanceFactor', 'float', 'Declining balance: multiple of the straight-line rate (2 = double declining).'),
  f('retiredDate', 'date', 'Date the asset was taken out of service.'),
  f('retirementReason', 'string', 'Why the asset was retired.'),
  f('disposedDate', 'date', 'Date the asset left the organisation.'),
  f('disposalMethod', { enum: 'DisposalMethod' }, 'What became of the asset.'),
  f('sanitisationMethod', { enum: 'SanitisationMethod' }, 'How its media were sanitised (NIST SP 800-88).'),
  f('disposalCertificate', 'string', 'Reference of the disposal or sanitisation certificate.'),
  f(
    'powerPortsRequired',
    'int',
    'Power ports that must reach a live feed for it to run (else its device type says; default 1).',
  ),
];

const HOST_FIELDS: readonly FieldSpec[] = [
  f('hostname', 'string', 'Primary host name.', { searchable: true }),
  f('domain', 'string', 'DNS domain the host name belongs to.'),
  f('ipAddresses', 'strings', 'IP addresses (v4 or v6).'),
  f('os', 'string', 'Operating system and version.'),
];

const SERVICE_FIELDS: readonly FieldSpec[] = [
  f('criticality', { enum: 'Criticality' }, 'How much the business suffers when it is down.'),
  f('slaTarget', 'float', 'Availability target in percent, e.g. 99.9.'),
  f('serviceHours', 'string', 'When the service must be available, e.g. 24x7.'),
];

const hardware = (name: string, description: string, own: readonly FieldSpec[]): ClassSpec => ({
  name,
  category: 'hardware',
  description,
  fields: [...HARDWARE_FIELDS, ...own],
  identifiedBy: [['serialNumber'], ['assetTag'], ['hostname', 'domain']],
});

const byName: readonly (readonly string[])[] = [['name']];

export const CLASSES: readonly ClassSpec[] = [
  hardware('Server', 'A physical server.', [
    f('cpuCores', 'int', 'Physical CPU cores.'),
    f('memoryGb', 'float', 'Installed memory in GiB.'),
    f('os', 'string', 'Operating system and version.'),
  ]),
  hardware('NetworkDevice', 'A router, switch, firewall, load balancer or access point.', [
    f('role', { enum: 'NetworkDeviceRole' }, 'What the device does in the network.'),
    f('portCount', 'int', 'Number of ports.'),
    f('firmware', 'string', 'Firmware or OS version.'),
    f(
      'upstream',
      'boolean',
      "Where the network's upstream is (a core or egress device): other devices are connected while a path of cables reaches one.",
    ),
  ]),
  hardware('StorageDevice', 'A storage array, NAS or SAN device.', [
    f('capacityTb', 'float', 'Usable capacity in TB.'),
    f('storageType', 'string', 'SAN, NAS, DAS, object…'),
  ]),
  hardware('EndUserDevice', 'A laptop, desktop, phone or tablet.', [
    f('deviceType', 'string', 'Laptop, desktop, phone, tablet…'),
    f('os', 'string', 'Operating system and version.'),
  ]),
  {
    name: 'VirtualMachine',
    category: 'logical',
    description: 'A virtual machine; it runs on exactly one host.',
    fields: [...HOST_FIELDS, f('vcpu', 'int', 'Virtual CPUs.'), f('memoryGb', 'float', 'Memory in GiB.')],
    identifiedBy: [['hostname', 'domain'], ['name']],
  },
  {
    name: 'Cluster',
    category: 'logical',
    description: 'A redundancy group: its members and how many must be healthy.',
    fields: [
      f('clusterType', 'string', 'Hypervisor cluster, database cluster, load-balanced pool…'),
      f('minHealthyMembers', 'int', 'Members that must be up for the cluster to be up.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'Database',
    category: 'logical',
    description: 'A database instance.',
    fields: [
      f('engine', 'string', 'PostgreSQL, Oracle, MySQL…'),
      f('engineVersion', 'string', 'Engine version.'),
      f('port', 'int', 'Listening port.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'Application',
    category: 'logical',
    description: 'An application or component deployed somewhere.',
    fields: [
      f('deployedVersion', 'string', 'Version deployed now.'),
      f('repository', 'string', 'Source repository URL.'),
      f('url', 'string', 'Where users reach it.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'SoftwareProduct',
    category: 'logical',
    description: 'A software product that licences are bought for.',
    fields: [
      f('publisher', 'string', 'Who makes it.'),
      f('productVersion', 'string', 'Product version or edition.'),
      f('licenceModel', 'string', 'Per core, per user, subscription…'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'SoftwareInstallation',
    category: 'logical',
    description: 'One installation of a software product on one host.',
    fields: [
      f('installedVersion', 'string', 'Installed version.'),
      f('installPath', 'string', 'Where it is installed.'),
      f('installedAt', 'date', 'When it was installed.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'BusinessService',
    category: 'service',
    description: 'A service the business consumes, with a criticality and an SLA.',
    fields: SERVICE_FIELDS,
    identifiedBy: byName,
  },
  {
    name: 'TechnicalService',
    category: 'service',
    description: 'A shared technical service (DNS, identity, backup…).',
    fields: SERVICE_FIELDS,
    identifiedBy: byName,
  },
  {
    name: 'Network',
    category: 'place',
    description: 'An IP network or VLAN.',
    fields: [
      f('cidr', 'string', 'Address range, e.g. 10.1.0.0/24.'),
      f('vlan', 'int', 'VLAN id.'),
      f('gateway', 'string', 'Default gateway address.'),
    ],
    identifiedBy: [['cidr'], ['name']],
  },
  {
    name: 'Location',
    category: 'place',
    description: 'A region, site, building, floor, room or rack; its parent is the place it is LOCATED_IN.',
    fields: [
      f('locationKind', { enum: 'LocationKind' }, 'What sort of place it is.'),
      f('address', 'string', 'Postal address, for sites and buildings.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'Team',
    category: 'party',
    description: 'A team that owns or supports CIs.',
    fields: [f('email', 'string', 'Team mailbox.'), f('chatChannel', 'string', 'Where to reach the team in a hurry.')],
    identifiedBy: byName,
  },
  {
    name: 'Person',
    category: 'party',
    description: 'A person who owns or supports CIs.',
    fields: [
      f('email', 'string', 'Email address.', { searchable: true }),
      f('phone', 'string', 'Phone number.'),
      f('employeeId', 'string', 'HR identifier.'),
      f('username', 'string', 'Login name in the directory (what Snipe-IT and ServiceNow key users by).'),
    ],
    identifiedBy: [['email'], ['username'], ['name']],
  },
  {
    name: 'Vendor',
    category: 'party',
    description: 'A supplier of hardware, software or services.',
    fields: [
      f('website', 'string', 'Web site.'),
      f('supportPhone', 'string', 'Support line.'),
      f('supportEmail', 'string', 'Support mailbox.'),
    ],
    identifiedBy: byName,
  },
  {
    name: 'Contract',
    category: 'party',
    description: 'A warranty, support, lease or licence contract; its vendor is what it is SUPPLIED_BY.',
    fields: [
      f('contractKind', { enum: 'ContractKind' }, 'What the contract covers.'),
      f('contractNumber', 'string', "The vendor's contract reference.", { searchable: true }),
      f('startDate', 'date', 'First day covered.'),
      f('endDate', 'date', 'Last day covered.'),
      f('cost', 'money', 'Total contract cost.'),
      f('licensedUnits', 'int', 'Units entitled by a licence contract.'),
    ],
    identifiedBy: [['contractNumber'], ['name']],
  },
  ...NETWORK_CLASSES,
  ...CATALOGUE_CLASSES,
];

export type CIClassName = (typeof CLASSES)[number]['name'];

export const CLASS_NAMES: readonly string[] = CLASSES.map((c) => c.name);

const CLASS_BY_NAME = new Map(CLASSES.map((c) => [c.name, c]));

export function classSpec(name: string): ClassSpec | undefined {
  return CLASS_BY_NAME.get(name);
}

export function classesIn(...categories: Category[]): string[] {
  return CLASSES.filter((c) => categories.includes(c.category)).map((c) => c.name);
}

/** Every class-specific field across all classes, by name (a name has one kind everywhere). */
/** Fields every CI has; a class field may not reuse these names. */
export const COMMON_FIELDS = [
  'id',
  'name',
  'class',
  'description',
  'tags',
  'lifecycleState',
  'operationalStatus',
  'version',
  'createdAt',
  'updatedAt',
  'attributes',
] as const;

export const ALL_CLASS_FIELDS: ReadonlyMap<string, FieldSpec> = (() => {
  const fields = new Map<string, FieldSpec>();
  for (const spec of CLASSES) {
    for (const field of spec.fields) {
      if ((COMMON_FIELDS as readonly string[]).includes(field.name)) {
        throw new Error(`${spec.name}.${field.name} reuses the name of a common field`);
      }
      const seen = fields.get(field.name);
      if (seen && JSON.stringify(seen.kind) !== JSON.stringify(field.kind)) {
        throw new Error(`Field ${field.name} has two kinds in the class table`);
      }
      if (!seen) fields.set(field.name, field);
    }
  }
  return fields;
})();

/** Neo4j property names a field occupies (money takes two). */
export function storedProperties(field: FieldSpec): string[] {
  return field.kind === 'money' ? [`${field.name}Amount`, `${field.name}Currency`] : [field.name];
}
