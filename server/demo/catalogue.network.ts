/**
 * Catalogue of the wired network: circuit providers and their networks, the PDU and patch panel models,
 * and the port layout of each kind of device (names, NetBox port types, speeds). Plain data.
 */
import type { HwModel } from './catalogue.hardware';

export interface ProviderSpec {
  key: string;
  name: string;
  asn: number;
  /** The provider network our circuits end in. */
  network: string;
  circuitType: string;
}

/** Carriers; each site takes two neighbours in this list, so its two circuits never share a provider. */
export const PROVIDERS: readonly ProviderSpec[] = [
  { key: 'LUMN', name: 'Lumen Technologies', asn: 3356, network: 'Lumen MPLS', circuitType: 'MPLS' },
  { key: 'ZAYO', name: 'Zayo Group', asn: 6461, network: 'Zayo Wavelength', circuitType: 'Wavelength' },
  { key: 'COLT', name: 'Colt Technology Services', asn: 8220, network: 'Colt IP Access', circuitType: 'Internet' },
  { key: 'GTT', name: 'GTT Communications', asn: 3257, network: 'GTT MPLS', circuitType: 'MPLS' },
];

export const PDU_MODEL: HwModel = {
  vendor: 'apc',
  model: 'AP8886 Rack PDU 2G, Metered-by-Outlet',
  cost: [1_400, 2_200],
};
export const PATCH_PANEL_MODEL: HwModel = {
  vendor: 'panduit',
  model: 'FLEX-MPO 12-port cassette panel',
  cost: [300, 700],
};

/** A port type as NetBox names it and its speed in kbit/s. */
export interface PortKind {
  portType: string;
  speedKbps: number;
}

export const PORT_KINDS = {
  copper1g: { portType: '1000base-t', speedKbps: 1_000_000 },
  copper2g5: { portType: '2.5gbase-t', speedKbps: 2_500_000 },
  sfpp10g: { portType: '10gbase-x-sfpp', speedKbps: 10_000_000 },
  sfp28: { portType: '25gbase-x-sfp28', speedKbps: 25_000_000 },
  qsfp28: { portType: '100gbase-x-qsfp28', speedKbps: 100_000_000 },
} as const satisfies Record<string, PortKind>;

/** Power draw of one PSU, in watts, by the kind of device it is in. */
export const PSU_DRAW_W: Readonly<Record<string, number>> = {
  Server: 800,
  StorageDevice: 1_200,
  CORE_SWITCH: 1_100,
  DISTRIBUTION_SWITCH: 650,
  TOR_SWITCH: 450,
  ROUTER: 750,
  FIREWALL: 600,
  LOAD_BALANCER: 500,
};
