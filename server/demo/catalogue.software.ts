/**
 * Catalogue of software: licensed products (version, licence model, install path), database engines and
 * the operating systems VMs run, with how common each is. Plain data.
 */

export interface ProductSpec {
  name: string;
  vendor: string;
  version: string;
  licence: string;
  path: string;
}

export const PRODUCTS: Readonly<Record<string, ProductSpec>> = {
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

export const DB_ENGINES: readonly { engine: string; version: string; port: number; short: string; product?: string }[] =
  [
    { engine: 'PostgreSQL', version: '16.2', port: 5432, short: 'pg', product: 'edb' },
    { engine: 'PostgreSQL', version: '15.6', port: 5432, short: 'pg' },
    { engine: 'Oracle', version: '19.21', port: 1521, short: 'ora', product: 'oracle' },
    { engine: 'MySQL', version: '8.0.36', port: 3306, short: 'my' },
    { engine: 'Microsoft SQL Server', version: '2022 CU12', port: 1433, short: 'sql', product: 'mssql' },
    { engine: 'MongoDB', version: '7.0.8', port: 27017, short: 'mongo', product: 'mongodb' },
  ];

export const VM_OSES: readonly (readonly [string, number])[] = [
  ['Red Hat Enterprise Linux 9.3', 40],
  ['Red Hat Enterprise Linux 8.9', 15],
  ['Ubuntu 22.04 LTS', 20],
  ['Windows Server 2022', 25],
];
