/**
 * NetBox's bulk-import CSV formats as data: one profile per NetBox object
 * type, saying which of our classes a row becomes, which column fills which
 * field (with NetBox's choice slugs mapped to our enum values), which
 * columns are kept as attributes under their NetBox name (so an export
 * writes them back unchanged), how a row is identified (NetBox's own natural
 * keys: a rack by site + name, an interface by device + name, a prefix by
 * VRF + prefix), which columns point at other objects and the relationship
 * each becomes, and which types must load first.
 *
 * Column names are NetBox's bulk-import field names (netbox/dcim/forms/
 * bulk_import.py and its ipam/, circuits/, virtualization/ siblings). A
 * table export from NetBox's UI ("Export → CSV") names columns by their
 * display names instead ("Device type", "Rear port", "Termination A");
 * headers are matched without case or punctuation, so most display names
 * meet their slug, and `labels` lists those that do not.
 */
import type { RelationshipType } from '../../graph/model/relationships.rules';

export const NETBOX_TYPES = [
  'tenants',
  'sites',
  'locations',
  'racks',
  'manufacturers',
  'device-types',
  'devices',
  'interfaces',
  'rear-ports',
  'front-ports',
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'power-panels',
  'power-feeds',
  'providers',
  'provider-networks',
  'circuits',
  'circuit-terminations',
  'vrfs',
  'vlan-groups',
  'vlans',
  'virtual-machines',
  'vm-interfaces',
  'prefixes',
  'ip-addresses',
  'cables',
] as const;
export type NetboxType = (typeof NETBOX_TYPES)[number];

export type CellKind = 'text' | 'int' | 'float' | 'bool' | 'date' | 'tags';

/** A column that fills a field of the class (or an attribute kept under the column's own name). */
export interface FieldColumn {
  readonly column: string;
  /** Display names of a UI table export that do not squash to the column name. */
  readonly labels?: readonly string[];
  /** The class field; absent: kept as `attributes.<column>` as written. */
  readonly field?: string;
  readonly kind?: CellKind;
  /** NetBox choice slug → our enum value (both ways on export). */
  readonly values?: Readonly<Record<string, string>>;
  /** Multiply the cell by this on import (and divide on export): NetBox memory in MB → our GiB. */
  readonly scale?: number;
}

/**
 * A reference to another NetBox object: `from` says which column of this
 * row fills each key column of the target type (a device's `rack` is the
 * rack whose `name` is the rack cell and whose `site` is the site cell).
 */
export interface RefSpec {
  readonly type: NetboxType;
  readonly from: Readonly<Record<string, string>>;
}

/** A column (or group of columns) that becomes a relationship, or only has to exist. */
export interface RefColumn {
  /**
   * The column errors name. The reference applies when the column naming
   * the first match field of any target is filled (a rack's `rack`, else a
   * location's `location`, else the `site`).
   */
  readonly column: string;
  readonly labels?: readonly string[];
  /** Alternatives, first whose column is filled wins (a device is in its rack, else its location, else its site). */
  readonly targets: readonly RefSpec[];
  /** The relationship, from this row's CI unless `reverse`; absent: the target only has to exist. */
  readonly rel?: RelationshipType;
  /** Relationship properties from columns of this row. */
  readonly props?: readonly {
    readonly prop: string;
    readonly column: string;
    readonly kind: CellKind;
    readonly values?: Readonly<Record<string, string>>;
  }[];
  /** A list cell (comma-separated): one relationship per value (an interface's tagged VLANs). */
  readonly list?: boolean;
}

/** How a row of this type is identified: property matches on its label, within an owner. */
export interface KeySpec {
  /** Cypher label of the lookup (a class name, or `Hardware` for devices of any hardware class). */
  readonly label: string;
  readonly match: readonly { readonly prop: string; readonly column?: string; readonly values?: readonly string[] }[];
  /** The owner the key is unique within, reached by `rel` (up to `depth` hops). */
  readonly within?: {
    readonly ref: RefSpec;
    readonly rel: RelationshipType;
    readonly depth?: number;
    /** Owner columns empty: `none` means the CI has no owner of that kind (the global table); `any`: any owner. */
    readonly whenEmpty: 'none' | 'any';
  };
}

export interface NetboxProfile {
  readonly type: NetboxType;
  /** NetBox's app and model, as `side_a_type` and the REST API name them. */
  readonly model: string;
  /** The class of a row; devices choose theirs from the role (netbox.devices.ts). */
  readonly className: string;
  /** Fixed fields of every row (a site is a Location of kind SITE). */
  readonly constants?: Readonly<Record<string, string>>;
  readonly required: readonly string[];
  readonly key: KeySpec;
  readonly fields: readonly FieldColumn[];
  readonly refs: readonly RefColumn[];
  /** Columns NetBox has that are neither (read and ignored): the export's ID column, tenants' groups… */
  readonly ignored?: readonly string[];
  /** Words in a file name that point at this type when two headers look alike. */
  readonly fileWords: readonly string[];
}

// ------------------------------------------------------------------ choice maps

/** NetBox status of a device (DeviceStatusChoices) → our lifecycle state. */
export const DEVICE_STATUS: Readonly<Record<string, string>> = {
  planned: 'PLANNED',
  staged: 'RECEIVED',
  active: 'DEPLOYED',
  offline: 'IN_MAINTENANCE',
  failed: 'DEPLOYED',
  inventory: 'IN_STOCK',
  decommissioning: 'RETIRED',
};

const CABLE_STATUS = { connected: 'CONNECTED', planned: 'PLANNED', decommissioning: 'DECOMMISSIONING' };
const LENGTH_UNIT = { km: 'KM', m: 'M', cm: 'CM', mi: 'MI', ft: 'FT', in: 'IN' };
const INTERFACE_MODE = { access: 'ACCESS', tagged: 'TAGGED', 'tagged-all': 'TAGGED_ALL' };
const FEED_TYPE = { primary: 'PRIMARY', redundant: 'REDUNDANT' };
const FEED_SUPPLY = { ac: 'AC', dc: 'DC' };
const FEED_PHASE = { 'single-phase': 'SINGLE_PHASE', 'three-phase': 'THREE_PHASE' };
const FEED_LEG = { A: 'A', B: 'B', C: 'C' };
const TERM_SIDE = { A: 'A', Z: 'Z' };
const RACK_FACE = { front: 'FRONT', rear: 'REAR' };

// ------------------------------------------------------------------ shared columns

const text = (column: string, field?: string, labels?: readonly string[]): FieldColumn => ({ column, field, labels });
const attrs = (...columns: string[]): FieldColumn[] => columns.map((column) => ({ column }));
const DESCRIPTION = text('description', 'description');
const TAGS: FieldColumn = { column: 'tags', field: 'tags', kind: 'tags' };
const LABEL = text('label', 'label');
const MARK_CONNECTED: FieldColumn = { column: 'mark_connected', field: 'markConnected', kind: 'bool' };
const PORT_TYPE = text('type', 'portType');
const COMMON_TAIL = [DESCRIPTION, TAGS, ...attrs('comments', 'tenant', 'owner')];
/** A device's tenant is its owner (OWNED_BY), which deploying it needs; the rest of the tail as above. */
const DEVICE_TAIL = [DESCRIPTION, TAGS, ...attrs('comments', 'owner')];

const site = (column = 'site'): RefSpec => ({ type: 'sites', from: { name: column } });
const device = (column = 'device'): RefSpec => ({ type: 'devices', from: { name: column } });
const ofDevice = (type: NetboxType, column: string): RefSpec => ({ type, from: { device: 'device', name: column } });

/** A device component: identified by name within its device, of which it is a COMPONENT_OF. */
function component(
  type: NetboxType,
  model: string,
  className: string,
  own: readonly FieldColumn[],
  refs: readonly RefColumn[] = [],
  fileWords: readonly string[] = [],
): NetboxProfile {
  return {
    type,
    model,
    className,
    required: ['device', 'name'],
    key: {
      label: className,
      match: [{ prop: 'name', column: 'name' }],
      within: { ref: device(), rel: 'COMPONENT_OF', whenEmpty: 'any' },
    },
    fields: [text('name', 'name'), LABEL, ...own, DESCRIPTION, TAGS],
    refs: [{ column: 'device', targets: [device()], rel: 'COMPONENT_OF' }, ...refs],
    fileWords: fileWords.length ? fileWords : [type.replace(/-/g, '')],
  };
}

/** Where a placed thing is: its rack, else its location, else its site (racks and locations within the site). */
const PLACE: RefColumn = {
  column: 'site',
  targets: [
    { type: 'racks', from: { name: 'rack', site: 'site' } },
    { type: 'locations', from: { name: 'location', site: 'site' } },
    site(),
  ],
  rel: 'LOCATED_IN',
};

/** A place within its site: up to three LOCATED_IN hops (rack → room → building → site). */
const withinSite = { ref: site(), rel: 'LOCATED_IN' as const, depth: 4, whenEmpty: 'any' as const };

export const NETBOX_PROFILES: readonly NetboxProfile[] = [
  {
    // NetBox's tenant is who a device belongs to: the owner a deployed asset needs (lifecycle DEPLOY).
    type: 'tenants',
    model: 'tenancy.tenant',
    className: 'Team',
    required: ['name'],
    key: { label: 'Team', match: [{ prop: 'name', column: 'name' }] },
    fields: [text('name', 'name'), ...attrs('slug', 'group'), DESCRIPTION, TAGS, ...attrs('comments')],
    refs: [],
    fileWords: ['tenant'],
  },
  {
    type: 'sites',
    model: 'dcim.site',
    className: 'Location',
    constants: { locationKind: 'SITE' },
    required: ['name'],
    key: {
      label: 'Location',
      match: [
        { prop: 'name', column: 'name' },
        { prop: 'locationKind', values: ['SITE'] },
      ],
    },
    fields: [
      text('name', 'name'),
      text('physical_address', 'address'),
      ...attrs(
        'slug',
        'status',
        'region',
        'group',
        'facility',
        'time_zone',
        'shipping_address',
        'latitude',
        'longitude',
      ),
      ...COMMON_TAIL,
    ],
    refs: [],
    fileWords: ['site'],
  },
  {
    type: 'locations',
    model: 'dcim.location',
    className: 'Location',
    constants: { locationKind: 'BUILDING' },
    required: ['site', 'name'],
    key: {
      label: 'Location',
      match: [
        { prop: 'name', column: 'name' },
        { prop: 'locationKind', values: ['BUILDING', 'FLOOR', 'ROOM'] },
      ],
      within: withinSite,
    },
    fields: [text('name', 'name'), ...attrs('slug', 'status', 'facility'), ...COMMON_TAIL],
    refs: [
      {
        column: 'site',
        targets: [{ type: 'locations', from: { name: 'parent', site: 'site' } }, site()],
        rel: 'LOCATED_IN',
      },
    ],
    fileWords: ['location'],
  },
  {
    type: 'racks',
    model: 'dcim.rack',
    className: 'Location',
    constants: { locationKind: 'RACK' },
    required: ['site', 'name'],
    key: {
      label: 'Location',
      match: [
        { prop: 'name', column: 'name' },
        { prop: 'locationKind', values: ['RACK'] },
      ],
      within: withinSite,
    },
    fields: [
      text('name', 'name'),
      ...attrs(
        'facility_id',
        'status',
        'role',
        'form_factor',
        'rack_type',
        'serial',
        'asset_tag',
        'width',
        'u_height',
        'starting_unit',
        'desc_units',
        'outer_width',
        'outer_depth',
        'outer_unit',
        'mounting_depth',
        'airflow',
        'weight',
        'max_weight',
        'weight_unit',
      ),
      ...COMMON_TAIL,
    ],
    refs: [
      {
        column: 'site',
        targets: [{ type: 'locations', from: { name: 'location', site: 'site' } }, site()],
        rel: 'LOCATED_IN',
      },
    ],
    fileWords: ['rack'],
  },
  {
    type: 'manufacturers',
    model: 'dcim.manufacturer',
    className: 'Vendor',
    required: ['name'],
    key: { label: 'Vendor', match: [{ prop: 'name', column: 'name' }] },
    fields: [text('name', 'name'), ...attrs('slug'), DESCRIPTION, TAGS],
    refs: [],
    fileWords: ['manufacturer'],
  },
  {
    type: 'device-types',
    model: 'dcim.devicetype',
    className: 'DeviceType',
    required: ['manufacturer', 'model'],
    key: {
      label: 'DeviceType',
      match: [
        { prop: 'manufacturer', column: 'manufacturer' },
        { prop: 'model', column: 'model' },
      ],
    },
    fields: [
      text('manufacturer', 'manufacturer'),
      text('model', 'model'),
      text('part_number', 'partNumber'),
      { column: 'u_height', field: 'uHeight', kind: 'float' },
      { column: 'power_ports_required', field: 'powerPortsRequired', kind: 'int' },
      ...attrs(
        'slug',
        'default_platform',
        'exclude_from_utilization',
        'is_full_depth',
        'subdevice_role',
        'airflow',
        'weight',
        'weight_unit',
      ),
      DESCRIPTION,
      TAGS,
      ...attrs('comments'),
    ],
    refs: [{ column: 'manufacturer', targets: [{ type: 'manufacturers', from: { name: 'manufacturer' } }] }],
    fileWords: ['devicetype'],
  },
  {
    type: 'devices',
    model: 'dcim.device',
    // Chosen per row from the role (NetworkDevice, Server, StorageDevice): netbox.rows.ts.
    className: 'NetworkDevice',
    required: ['name', 'role', 'device_type', 'site', 'status'],
    key: { label: 'Hardware', match: [{ prop: 'name', column: 'name' }] },
    fields: [
      text('name', 'name'),
      text('serial', 'serialNumber', ['Serial number']),
      text('asset_tag', 'assetTag'),
      // role and status are read by the device rules (class, role enum, lifecycle), and kept as NetBox wrote them.
      ...attrs('role', 'status', 'platform', 'airflow', 'cluster', 'virtual_chassis', 'vc_position', 'vc_priority'),
      ...attrs('latitude', 'longitude', 'config_template', 'parent', 'device_bay'),
      ...DEVICE_TAIL,
    ],
    refs: [
      { column: 'tenant', targets: [{ type: 'tenants', from: { name: 'tenant' } }], rel: 'OWNED_BY' },
      {
        column: 'device_type',
        labels: ['Type'],
        targets: [{ type: 'device-types', from: { manufacturer: 'manufacturer', model: 'device_type' } }],
        rel: 'OF_TYPE',
      },
      {
        ...PLACE,
        props: [
          { prop: 'rackUnit', column: 'position', kind: 'float' },
          { prop: 'rackFace', column: 'face', kind: 'text', values: RACK_FACE },
        ],
      },
    ],
    ignored: ['manufacturer', 'position', 'face', 'rack', 'location'],
    fileWords: ['device'],
  },
  component(
    'interfaces',
    'dcim.interface',
    'Interface',
    [
      PORT_TYPE,
      { column: 'enabled', field: 'enabled', kind: 'bool' },
      { column: 'mgmt_only', field: 'mgmtOnly', kind: 'bool', labels: ['Management only'] },
      { column: 'speed', field: 'speedKbps', kind: 'int' },
      { column: 'mtu', field: 'mtu', kind: 'int' },
      text('mac_address', 'macAddress'),
      { column: 'mode', field: 'mode', values: INTERFACE_MODE },
      MARK_CONNECTED,
      ...attrs('parent', 'bridge', 'lag', 'duplex', 'wwn', 'vdcs', 'poe_mode', 'poe_type', 'vrf'),
      ...attrs('rf_role', 'rf_channel', 'rf_channel_frequency', 'rf_channel_width', 'tx_power'),
    ],
    [
      {
        column: 'untagged_vlan',
        targets: [{ type: 'vlans', from: { vid: 'untagged_vlan', group: 'vlan_group' } }],
        rel: 'UNTAGGED_VLAN',
      },
      {
        column: 'tagged_vlans',
        targets: [{ type: 'vlans', from: { vid: 'tagged_vlans', group: 'vlan_group' } }],
        rel: 'TAGGED_VLAN',
        list: true,
      },
    ],
    ['interface'],
  ),
  component(
    'rear-ports',
    'dcim.rearport',
    'RearPort',
    [PORT_TYPE, text('color', 'colour'), { column: 'positions', field: 'positions', kind: 'int' }, MARK_CONNECTED],
    [],
    ['rearport'],
  ),
  component(
    'front-ports',
    'dcim.frontport',
    'FrontPort',
    [PORT_TYPE, text('color', 'colour'), MARK_CONNECTED],
    [
      {
        column: 'rear_port',
        targets: [ofDevice('rear-ports', 'rear_port')],
        rel: 'MAPS_TO',
        props: [{ prop: 'rearPortPosition', column: 'rear_port_position', kind: 'int' }],
      },
    ],
    ['frontport'],
  ),
  component(
    'console-ports',
    'dcim.consoleport',
    'ConsolePort',
    [PORT_TYPE, { column: 'speed', field: 'speedBaud', kind: 'int' }, MARK_CONNECTED],
    [],
    ['consoleport'],
  ),
  component(
    'console-server-ports',
    'dcim.consoleserverport',
    'ConsoleServerPort',
    [PORT_TYPE, { column: 'speed', field: 'speedBaud', kind: 'int' }, MARK_CONNECTED],
    [],
    ['consoleserverport'],
  ),
  component(
    'power-ports',
    'dcim.powerport',
    'PowerPort',
    [
      PORT_TYPE,
      { column: 'maximum_draw', field: 'maximumDrawW', kind: 'int' },
      { column: 'allocated_draw', field: 'allocatedDrawW', kind: 'int' },
      MARK_CONNECTED,
    ],
    [],
    ['powerport'],
  ),
  component(
    'power-outlets',
    'dcim.poweroutlet',
    'PowerOutlet',
    [PORT_TYPE, { column: 'feed_leg', field: 'feedLeg', values: FEED_LEG }, MARK_CONNECTED, ...attrs('color')],
    [{ column: 'power_port', targets: [ofDevice('power-ports', 'power_port')], rel: 'FED_BY' }],
    ['poweroutlet'],
  ),
  {
    type: 'power-panels',
    model: 'dcim.powerpanel',
    className: 'PowerPanel',
    required: ['site', 'name'],
    key: { label: 'PowerPanel', match: [{ prop: 'name', column: 'name' }], within: withinSite },
    fields: [text('name', 'name'), ...COMMON_TAIL],
    refs: [
      {
        column: 'site',
        targets: [{ type: 'locations', from: { name: 'location', site: 'site' } }, site()],
        rel: 'LOCATED_IN',
      },
    ],
    ignored: ['location'],
    fileWords: ['powerpanel'],
  },
  {
    type: 'power-feeds',
    model: 'dcim.powerfeed',
    className: 'PowerFeed',
    required: ['power_panel', 'name'],
    key: {
      label: 'PowerFeed',
      match: [{ prop: 'name', column: 'name' }],
      within: {
        ref: { type: 'power-panels', from: { name: 'power_panel', site: 'site' } },
        rel: 'FED_BY',
        whenEmpty: 'any',
      },
    },
    fields: [
      text('name', 'name'),
      { column: 'type', field: 'feedType', values: FEED_TYPE },
      { column: 'supply', field: 'supply', values: FEED_SUPPLY },
      { column: 'phase', field: 'phase', values: FEED_PHASE },
      { column: 'voltage', field: 'voltage', kind: 'int' },
      { column: 'amperage', field: 'amperage', kind: 'int' },
      { column: 'max_utilization', field: 'maxUtilisation', kind: 'int' },
      MARK_CONNECTED,
      ...attrs('status'),
      ...COMMON_TAIL,
    ],
    refs: [
      {
        column: 'power_panel',
        targets: [{ type: 'power-panels', from: { name: 'power_panel', site: 'site' } }],
        rel: 'FED_BY',
      },
      { column: 'rack', targets: [{ type: 'racks', from: { name: 'rack', site: 'site' } }], rel: 'SERVES' },
    ],
    ignored: ['site', 'location'],
    fileWords: ['powerfeed'],
  },
  {
    type: 'providers',
    model: 'circuits.provider',
    className: 'Provider',
    required: ['name'],
    key: { label: 'Provider', match: [{ prop: 'name', column: 'name' }] },
    fields: [
      text('name', 'name'),
      { column: 'asn', field: 'asn', kind: 'int' },
      text('account', 'accountNumber'),
      text('portal_url', 'portalUrl'),
      text('noc_contact', 'nocPhone'),
      ...attrs('slug'),
      ...COMMON_TAIL,
    ],
    refs: [],
    fileWords: ['provider'],
  },
  {
    type: 'provider-networks',
    model: 'circuits.providernetwork',
    className: 'ProviderNetwork',
    required: ['provider', 'name'],
    key: {
      label: 'ProviderNetwork',
      match: [{ prop: 'name', column: 'name' }],
      within: { ref: { type: 'providers', from: { name: 'provider' } }, rel: 'SUPPLIED_BY', whenEmpty: 'any' },
    },
    fields: [text('name', 'name'), text('service_id', 'serviceId'), ...COMMON_TAIL],
    refs: [{ column: 'provider', targets: [{ type: 'providers', from: { name: 'provider' } }], rel: 'SUPPLIED_BY' }],
    fileWords: ['providernetwork'],
  },
  {
    type: 'circuits',
    model: 'circuits.circuit',
    className: 'Circuit',
    required: ['cid', 'provider', 'type'],
    key: {
      label: 'Circuit',
      match: [{ prop: 'cid', column: 'cid' }],
      within: { ref: { type: 'providers', from: { name: 'provider' } }, rel: 'SUPPLIED_BY', whenEmpty: 'any' },
    },
    fields: [
      text('cid', 'cid', ['Circuit ID']),
      text('type', 'circuitType'),
      { column: 'commit_rate', field: 'commitRateKbps', kind: 'int' },
      { column: 'install_date', field: 'installDate', kind: 'date' },
      { column: 'termination_date', field: 'terminationDate', kind: 'date' },
      ...attrs('status', 'provider_account', 'distance', 'distance_unit'),
      ...COMMON_TAIL,
    ],
    refs: [{ column: 'provider', targets: [{ type: 'providers', from: { name: 'provider' } }], rel: 'SUPPLIED_BY' }],
    fileWords: ['circuit'],
  },
  {
    type: 'circuit-terminations',
    model: 'circuits.circuittermination',
    className: 'CircuitTermination',
    required: ['circuit', 'term_side'],
    key: {
      label: 'CircuitTermination',
      match: [{ prop: 'termSide', column: 'term_side' }],
      within: { ref: { type: 'circuits', from: { cid: 'circuit' } }, rel: 'COMPONENT_OF', whenEmpty: 'any' },
    },
    fields: [
      { column: 'term_side', field: 'termSide', values: TERM_SIDE, labels: ['Termination side', 'Side'] },
      { column: 'port_speed', field: 'portSpeedKbps', kind: 'int' },
      { column: 'upstream_speed', field: 'upstreamSpeedKbps', kind: 'int' },
      text('xconnect_id', 'xconnectId'),
      text('pp_info', 'ppInfo'),
      MARK_CONNECTED,
      DESCRIPTION,
      TAGS,
    ],
    refs: [
      { column: 'circuit', targets: [{ type: 'circuits', from: { cid: 'circuit' } }], rel: 'COMPONENT_OF' },
      {
        column: 'site',
        targets: [site(), { type: 'provider-networks', from: { name: 'provider_network' } }],
        rel: 'TERMINATES_AT',
      },
    ],
    fileWords: ['circuittermination', 'termination'],
  },
  {
    type: 'vrfs',
    model: 'ipam.vrf',
    className: 'VRF',
    required: ['name'],
    key: { label: 'VRF', match: [{ prop: 'name', column: 'name' }] },
    fields: [
      text('name', 'name'),
      text('rd', 'rd'),
      { column: 'enforce_unique', field: 'enforceUnique', kind: 'bool' },
      ...attrs('import_targets', 'export_targets'),
      ...COMMON_TAIL,
    ],
    refs: [],
    fileWords: ['vrf'],
  },
  {
    type: 'vlan-groups',
    model: 'ipam.vlangroup',
    className: 'VLANGroup',
    required: ['name'],
    key: { label: 'VLANGroup', match: [{ prop: 'name', column: 'name' }] },
    fields: [
      text('name', 'name'),
      { column: 'min_vid', field: 'minVid', kind: 'int' },
      { column: 'max_vid', field: 'maxVid', kind: 'int' },
      ...attrs('slug', 'scope_type', 'scope_id', 'scope', 'vid_ranges'),
      DESCRIPTION,
      TAGS,
    ],
    refs: [],
    fileWords: ['vlangroup'],
  },
  {
    type: 'vlans',
    model: 'ipam.vlan',
    className: 'VLAN',
    required: ['vid', 'name'],
    key: {
      label: 'VLAN',
      match: [{ prop: 'vid', column: 'vid' }],
      within: { ref: { type: 'vlan-groups', from: { name: 'group' } }, rel: 'IN_GROUP', whenEmpty: 'none' },
    },
    fields: [
      { column: 'vid', field: 'vid', kind: 'int', labels: ['VID'] },
      text('name', 'name'),
      ...attrs('site', 'status', 'role', 'qinq_role', 'qinq_svlan'),
      ...COMMON_TAIL,
    ],
    refs: [{ column: 'group', targets: [{ type: 'vlan-groups', from: { name: 'group' } }], rel: 'IN_GROUP' }],
    fileWords: ['vlan'],
  },
  {
    type: 'virtual-machines',
    model: 'virtualization.virtualmachine',
    className: 'VirtualMachine',
    required: ['name', 'status'],
    key: { label: 'VirtualMachine', match: [{ prop: 'name', column: 'name' }] },
    fields: [
      text('name', 'name'),
      { column: 'vcpus', field: 'vcpu', kind: 'int', labels: ['vCPUs'] },
      // NetBox keeps memory in MB; the class holds GiB.
      { column: 'memory', field: 'memoryGb', kind: 'float', scale: 1 / 1024 },
      ...attrs('status', 'role', 'site', 'cluster', 'platform', 'disk', 'serial', 'config_template'),
      ...COMMON_TAIL,
    ],
    refs: [{ column: 'device', targets: [device()], rel: 'RUNS_ON' }],
    fileWords: ['virtualmachine', 'vm'],
  },
  {
    type: 'vm-interfaces',
    model: 'virtualization.vminterface',
    className: 'Interface',
    required: ['virtual_machine', 'name'],
    key: {
      label: 'Interface',
      match: [{ prop: 'name', column: 'name' }],
      within: {
        ref: { type: 'virtual-machines', from: { name: 'virtual_machine' } },
        rel: 'COMPONENT_OF',
        whenEmpty: 'any',
      },
    },
    fields: [
      text('name', 'name'),
      { column: 'enabled', field: 'enabled', kind: 'bool' },
      { column: 'mtu', field: 'mtu', kind: 'int' },
      text('mac_address', 'macAddress'),
      { column: 'mode', field: 'mode', values: INTERFACE_MODE },
      ...attrs('parent', 'bridge', 'vrf'),
      DESCRIPTION,
      TAGS,
    ],
    refs: [
      {
        column: 'virtual_machine',
        targets: [{ type: 'virtual-machines', from: { name: 'virtual_machine' } }],
        rel: 'COMPONENT_OF',
      },
    ],
    fileWords: ['vminterface'],
  },
  {
    type: 'prefixes',
    model: 'ipam.prefix',
    className: 'Prefix',
    required: ['prefix', 'status'],
    key: {
      label: 'Prefix',
      match: [{ prop: 'prefix', column: 'prefix' }],
      within: { ref: { type: 'vrfs', from: { name: 'vrf' } }, rel: 'IN_VRF', whenEmpty: 'none' },
    },
    fields: [
      text('prefix', 'prefix'),
      // NetBox 4 spells it mark_utilized.
      { column: 'is_pool', field: 'isPool', kind: 'bool' },
      { column: 'mark_utilized', field: 'markUtilised', kind: 'bool' },
      ...attrs('status', 'role', 'site', 'scope_type', 'scope_id', 'vlan_site'),
      ...COMMON_TAIL,
    ],
    refs: [
      { column: 'vrf', targets: [{ type: 'vrfs', from: { name: 'vrf' } }], rel: 'IN_VRF' },
      { column: 'vlan', targets: [{ type: 'vlans', from: { vid: 'vlan', group: 'vlan_group' } }], rel: 'ON_VLAN' },
    ],
    ignored: ['vlan_group'],
    fileWords: ['prefix', 'prefixes'],
  },
  {
    type: 'ip-addresses',
    model: 'ipam.ipaddress',
    className: 'IPAddress',
    required: ['address', 'status'],
    key: {
      label: 'IPAddress',
      match: [{ prop: 'ipAddress', column: 'address' }],
      within: { ref: { type: 'vrfs', from: { name: 'vrf' } }, rel: 'IN_VRF', whenEmpty: 'none' },
    },
    fields: [
      text('address', 'ipAddress', ['IP Address']),
      text('dns_name', 'dnsName', ['DNS name']),
      text('role', 'ipRole'),
      ...attrs('status', 'is_primary', 'is_oob', 'fhrp_group'),
      ...COMMON_TAIL,
    ],
    refs: [
      { column: 'vrf', targets: [{ type: 'vrfs', from: { name: 'vrf' } }], rel: 'IN_VRF' },
      {
        column: 'interface',
        targets: [
          { type: 'interfaces', from: { device: 'device', name: 'interface' } },
          { type: 'vm-interfaces', from: { virtual_machine: 'virtual_machine', name: 'interface' } },
        ],
        rel: 'ASSIGNED_TO',
      },
    ],
    ignored: ['device', 'virtual_machine'],
    fileWords: ['ipaddress', 'ip'],
  },
  {
    // Cables are read by their own rules (netbox.cables.ts): each side names its terminations.
    type: 'cables',
    model: 'dcim.cable',
    className: 'Cable',
    required: ['side_a_name', 'side_b_name'],
    key: { label: 'Cable', match: [] },
    fields: [
      { column: 'type', field: 'cableType' },
      { column: 'status', field: 'cableStatus', values: CABLE_STATUS },
      LABEL,
      text('color', 'colour'),
      { column: 'length', field: 'length', kind: 'float' },
      { column: 'length_unit', field: 'lengthUnit', values: LENGTH_UNIT },
      ...attrs('profile', 'bundle'),
      ...COMMON_TAIL,
    ],
    refs: [],
    ignored: ['side_a_site', 'side_b_site'],
    fileWords: ['cable'],
  },
];

/** The columns of a cable side, by bulk-import name and by a UI table export's display name. */
export const CABLE_SIDE_COLUMNS = {
  device: { column: 'device', labels: ['Device'] },
  type: { column: 'type', labels: [] },
  name: { column: 'name', labels: ['Termination'] },
  powerPanel: { column: 'power_panel', labels: ['Power panel'] },
  circuit: { column: 'circuit', labels: ['Circuit'] },
  site: { column: 'site', labels: ['Site'] },
} as const;

/**
 * What `side_a_type` names → the NetBox type whose rows it means and the
 * column of the side that names its parent (NetBox's CABLE_TERMINATION_MODELS).
 * Circuit terminations by `side_a_circuit` (cid) + `side_a_name` (A or Z) are
 * Estate's own addition: NetBox's cable import refuses them.
 */
export const CABLE_TERMINATION_TYPES: Readonly<
  Record<string, { type: NetboxType; parent: 'device' | 'circuit' | 'power_panel' }>
> = {
  'dcim.interface': { type: 'interfaces', parent: 'device' },
  'dcim.frontport': { type: 'front-ports', parent: 'device' },
  'dcim.rearport': { type: 'rear-ports', parent: 'device' },
  'dcim.consoleport': { type: 'console-ports', parent: 'device' },
  'dcim.consoleserverport': { type: 'console-server-ports', parent: 'device' },
  'dcim.powerport': { type: 'power-ports', parent: 'device' },
  'dcim.poweroutlet': { type: 'power-outlets', parent: 'device' },
  'dcim.powerfeed': { type: 'power-feeds', parent: 'power_panel' },
  'circuits.circuittermination': { type: 'circuit-terminations', parent: 'circuit' },
};

const BY_TYPE = new Map(NETBOX_PROFILES.map((p) => [p.type, p]));

export function netboxProfile(type: NetboxType): NetboxProfile {
  const profile = BY_TYPE.get(type);
  if (!profile) throw new Error(`no NetBox profile for ${type}`);
  return profile;
}

/** The types a type's rows point at (through keys, references or cable ends): they load first. */
export function dependenciesOf(type: NetboxType): NetboxType[] {
  const profile = netboxProfile(type);
  const out = new Set<NetboxType>();
  const add = (ref: RefSpec) => {
    if (ref.type !== type) out.add(ref.type);
  };
  if (profile.key.within) add(profile.key.within.ref);
  for (const r of profile.refs) r.targets.forEach(add);
  if (type === 'cables') for (const t of Object.values(CABLE_TERMINATION_TYPES)) out.add(t.type);
  if (type === 'devices') out.add('device-types');
  return [...out];
}

/** The columns a ref's targets read from this row (for export, and to know a ref is given). */
export function refColumns(ref: RefColumn): string[] {
  return [...new Set(ref.targets.flatMap((t) => Object.values(t.from)))];
}
