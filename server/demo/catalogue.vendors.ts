/**
 * Catalogue of vendors: manufacturers, publishers and resellers, keyed by the short name the other
 * catalogues use, with their web domain and the prefixes of their serial and contract numbers. Plain data.
 */

export interface VendorSpec {
  name: string;
  domain: string;
  serialPrefix: string;
  contractPrefix: string;
}

export const VENDORS: Readonly<Record<string, VendorSpec>> = {
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
  apc: { name: 'APC by Schneider Electric', domain: 'apc.com', serialPrefix: '5A', contractPrefix: 'APC' },
  panduit: { name: 'Panduit', domain: 'panduit.com', serialPrefix: 'PN', contractPrefix: 'PDT' },
};
