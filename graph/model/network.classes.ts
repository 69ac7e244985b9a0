/**
 * The network's classes, the way NetBox and Nautobot model a wired estate:
 * the components of a device that cables end on, the cables, circuits and
 * power that join things, and the IP space and VLANs. Gathered into the one
 * class table by classes.ts; the relationships that wire them are in
 * relationships.rules.ts.
 *
 * Components are identified by name within their owner (COMPONENT_OF), as
 * in NetBox: `sw1` may have `Gi1/0/1` and so may `sw2`.
 */
import { f } from './class.spec';
import type { ClassSpec, FieldSpec } from './class.spec';

const byName: readonly (readonly string[])[] = [['name']];

const PORT_TYPE = f(
  'portType',
  'string',
  'Physical type as NetBox names it, e.g. 1000base-t, 10gbase-x-sfpp, lc, iec-60320-c14.',
);
const LABEL = f('label', 'string', 'Physical label, when it differs from the name.');
const MARK_CONNECTED = f(
  'markConnected',
  'boolean',
  'Treated as cabled although no cable is recorded (a cable outside the model).',
);

const component = (name: string, description: string, own: readonly FieldSpec[]): ClassSpec => ({
  name,
  category: 'component',
  description,
  fields: [LABEL, ...own],
  identifiedBy: byName,
  identifiedWithin: 'COMPONENT_OF',
});

export const NETWORK_CLASSES: readonly ClassSpec[] = [
  component('Interface', 'A network interface of a device or virtual machine; its name is unique within its owner.', [
    PORT_TYPE,
    f('enabled', 'boolean', 'Administratively up (default true); a disabled interface carries nothing.'),
    f('mgmtOnly', 'boolean', 'Out-of-band management only: it does not carry the data network.'),
    f('speedKbps', 'int', 'Speed in kbit/s.'),
    f('mtu', 'int', 'Maximum transmission unit in bytes.'),
    f('macAddress', 'string', 'MAC address.', { searchable: true }),
    f('mode', { enum: 'InterfaceMode' }, '802.1Q mode: ACCESS (one untagged VLAN), TAGGED, or TAGGED_ALL.'),
    MARK_CONNECTED,
  ]),
  component(
    'FrontPort',
    'A front port of a patch panel (or any pass-through device), mapped to a position of a rear port.',
    [PORT_TYPE, f('colour', 'string', 'Colour as RGB hex, e.g. 2196f3.'), MARK_CONNECTED],
  ),
  component(
    'RearPort',
    'A rear port of a patch panel; with several positions it carries several front ports (a trunk).',
    [
      PORT_TYPE,
      f('positions', 'int', 'Front ports it can carry (default 1).'),
      f('colour', 'string', 'Colour as RGB hex, e.g. 2196f3.'),
      MARK_CONNECTED,
    ],
  ),
  component('ConsolePort', "A device's console (serial) port.", [
    PORT_TYPE,
    f('speedBaud', 'int', 'Line speed in baud.'),
    MARK_CONNECTED,
  ]),
  component('ConsoleServerPort', 'A port of a console server, cabled to the console port of another device.', [
    PORT_TYPE,
    f('speedBaud', 'int', 'Line speed in baud.'),
    MARK_CONNECTED,
  ]),
  component('PowerPort', "A power inlet of a device (one per PSU); cabled to a PDU's outlet or a power feed.", [
    PORT_TYPE,
    f('maximumDrawW', 'int', 'Most the port draws, in watts.'),
    f('allocatedDrawW', 'int', 'What the port is budgeted to draw, in watts.'),
    MARK_CONNECTED,
  ]),
  component('PowerOutlet', "An outlet of a PDU; fed by one of the PDU's power ports.", [
    PORT_TYPE,
    f('feedLeg', { enum: 'FeedLeg' }, 'The phase leg of a three-phase feed it draws from.'),
    MARK_CONNECTED,
  ]),
  {
    name: 'CircuitTermination',
    category: 'component',
    description:
      "One end (A or Z) of a circuit, at a site or a provider network; a cable joins it to the customer's port.",
    fields: [
      f('termSide', { enum: 'CircuitSide' }, 'Which end of the circuit: A or Z.'),
      f('portSpeedKbps', 'int', 'Physical speed of the handoff in kbit/s.'),
      f('upstreamSpeedKbps', 'int', 'Upstream speed when it differs (asymmetric circuits).'),
      f('xconnectId', 'string', 'Cross-connect id at the facility.'),
      f('ppInfo', 'string', 'Patch panel and port at the facility.'),
      MARK_CONNECTED,
    ],
    identifiedBy: [['termSide']],
    identifiedWithin: 'COMPONENT_OF',
  },
  {
    name: 'Cable',
    category: 'connection',
    description: 'A cable joining one or more terminations on side A to side B. Undirected: A and B are only names.',
    fields: [
      f('cableType', 'string', 'Cable type as NetBox names it: cat6, mmf-om4, smf, power, dac-passive…'),
      f(
        'cableStatus',
        { enum: 'CableStatus' },
        'CONNECTED (default), PLANNED or DECOMMISSIONING; only a connected cable carries.',
      ),
      f('label', 'string', 'Label printed on the cable.', { searchable: true }),
      f('colour', 'string', 'Colour as RGB hex, e.g. 2196f3.'),
      f('length', 'float', 'Length, in lengthUnit.'),
      f('lengthUnit', { enum: 'LengthUnit' }, 'Unit of the length.'),
    ],
    identifiedBy: [['label']],
  },
  {
    name: 'Provider',
    category: 'party',
    description: 'A provider of circuits (a carrier or an ISP).',
    fields: [
      f('asn', 'int', 'Autonomous system number.'),
      f('accountNumber', 'string', 'Our account with the provider.'),
      f('portalUrl', 'string', "The provider's customer portal."),
      f('nocPhone', 'string', "The provider's network operations centre."),
    ],
    identifiedBy: byName,
  },
  {
    name: 'ProviderNetwork',
    category: 'place',
    description: "A provider's network a circuit ends in (an MPLS cloud, the internet): upstream by definition.",
    fields: [f('serviceId', 'string', "The provider's id for our service on it.")],
    identifiedBy: byName,
  },
  {
    name: 'Circuit',
    category: 'connection',
    description: "A provider's circuit (a WAN link, an internet line, a dark fibre) with terminations A and Z.",
    fields: [
      f('cid', 'string', "The provider's circuit id.", { searchable: true }),
      f('circuitType', 'string', 'Internet, MPLS, dark fibre, wavelength…'),
      f('commitRateKbps', 'int', 'Committed rate in kbit/s.'),
      f('installDate', 'date', 'Date the circuit was installed.'),
      f('terminationDate', 'date', 'Date the circuit ends (contract end).'),
    ],
    identifiedBy: [['cid']],
    identifiedWithin: 'SUPPLIED_BY',
  },
  {
    name: 'PowerPanel',
    category: 'connection',
    description: 'An electrical panel at a site; its feeds run to racks.',
    fields: [],
    identifiedBy: byName,
    identifiedWithin: 'LOCATED_IN',
  },
  {
    name: 'PowerFeed',
    category: 'connection',
    description: 'A feed from a power panel to a rack; PDUs and power ports are cabled to it.',
    fields: [
      f('feedType', { enum: 'PowerFeedType' }, 'PRIMARY or REDUNDANT.'),
      f('supply', { enum: 'PowerSupply' }, 'AC or DC.'),
      f('phase', { enum: 'PowerPhase' }, 'Single or three phase.'),
      f('voltage', 'int', 'Volts.'),
      f('amperage', 'int', 'Amperes.'),
      f('maxUtilisation', 'int', 'Most of its capacity it should carry, in percent (default 80).'),
    ],
    identifiedBy: byName,
    identifiedWithin: 'FED_BY',
  },
  {
    name: 'VRF',
    category: 'addressing',
    description: 'A routing table: prefixes and addresses inside it are unique within it.',
    fields: [
      f('rd', 'string', 'Route distinguisher, e.g. 65000:1.'),
      f('enforceUnique', 'boolean', 'Refuse duplicate prefixes and addresses inside it (default true).'),
    ],
    identifiedBy: [['rd'], ['name']],
  },
  {
    name: 'Prefix',
    category: 'addressing',
    description: 'An IPv4 or IPv6 prefix; its parent and children follow from the CIDR within its VRF.',
    fields: [
      f('prefix', 'string', 'The prefix in CIDR notation, e.g. 10.1.0.0/16.', { searchable: true }),
      f('isPool', 'boolean', 'Every address in it is usable (no network or broadcast address).'),
      f('markUtilised', 'boolean', 'Counted as fully used.'),
    ],
    identifiedBy: [['prefix']],
    identifiedWithin: 'IN_VRF',
  },
  {
    name: 'IPAddress',
    category: 'addressing',
    description: 'An IPv4 or IPv6 address with its mask, assigned to an interface or free.',
    fields: [
      f('ipAddress', 'string', 'Address with its mask, e.g. 10.1.0.5/24.', { searchable: true }),
      f('dnsName', 'string', 'DNS name.', { searchable: true }),
      f('ipRole', 'string', 'Loopback, secondary, anycast, VIP, VRRP, HSRP…'),
    ],
    identifiedBy: [['ipAddress']],
    identifiedWithin: 'IN_VRF',
  },
  {
    name: 'VLAN',
    category: 'addressing',
    description: 'An 802.1Q VLAN; its id is unique within its group.',
    fields: [f('vid', 'int', 'VLAN id, 1–4094.')],
    identifiedBy: [['vid'], ['name']],
    identifiedWithin: 'IN_GROUP',
  },
  {
    name: 'VLANGroup',
    category: 'addressing',
    description: 'A group of VLANs whose ids are unique within it (a site, a campus, a fabric).',
    fields: [f('minVid', 'int', 'Lowest VLAN id (default 1).'), f('maxVid', 'int', 'Highest VLAN id (default 4094).')],
    identifiedBy: byName,
  },
];
