/**
 * Column names other tools export, and the Estate field each one fills.
 * Headers are compared squashed (lower case, letters and digits only), so
 * `Serial Number`, `serial_number` and `SERIAL-NUMBER` are one name, and a
 * header that already squashes to a field name (`Asset Tag` → assetTag)
 * needs no entry here. An alias applies only when its field exists on the
 * class being imported; otherwise the column counts as unknown. A field
 * name always wins over an alias: `Cost` is Snipe-IT's purchase cost on a
 * Server, but a Contract's own `cost` field.
 *
 * `warrantyMonths` is not a field: it is Snipe-IT's warranty length, turned
 * into warrantyEnd from the purchase date when no end date is given.
 */

export const WARRANTY_MONTHS = 'warrantyMonths';

export interface ColumnAlias {
  readonly header: string;
  readonly field: string;
  readonly source: 'Snipe-IT' | 'NetBox' | 'ServiceNow' | 'common';
}

const alias = (source: ColumnAlias['source'], field: string, ...headers: string[]): ColumnAlias[] =>
  headers.map((header) => ({ header, field, source }));

export const COLUMN_ALIASES: readonly ColumnAlias[] = [
  // Snipe-IT asset export
  ...alias('Snipe-IT', 'name', 'Asset Name'),
  ...alias('Snipe-IT', 'serialNumber', 'Serial'),
  ...alias('Snipe-IT', 'model', 'Model Name'),
  ...alias('Snipe-IT', 'purchaseDate', 'Purchased'),
  ...alias('Snipe-IT', 'purchaseCost', 'Cost'),
  ...alias('Snipe-IT', 'purchaseOrder', 'Order Number'),
  ...alias('Snipe-IT', WARRANTY_MONTHS, 'Warranty', 'Warranty Months'),
  ...alias('Snipe-IT', 'warrantyEnd', 'Warranty Expires'),
  ...alias('Snipe-IT', 'lifecycleState', 'Status', 'Status Label'),
  ...alias('Snipe-IT', 'description', 'Notes'),
  // NetBox device export (UI column names; CSV field names squash to the same)
  ...alias('NetBox', 'model', 'Type', 'Device Type'),
  ...alias('NetBox', 'os', 'Platform'),
  ...alias('NetBox', 'ipAddresses', 'Primary IPv4', 'Primary IPv6', 'primary_ip4', 'primary_ip6', 'Primary IP'),
  ...alias('NetBox', 'role', 'Device Role'),
  ...alias('NetBox', 'firmware', 'Software Version'),
  // ServiceNow cmdb_ci export (field names; their labels squash to the same)
  ...alias('ServiceNow', 'model', 'model_id', 'model_number'),
  ...alias('ServiceNow', 'domain', 'dns_domain'),
  ...alias('ServiceNow', 'ipAddresses', 'ip_address'),
  ...alias('ServiceNow', 'os', 'Operating System'),
  ...alias('ServiceNow', 'cpuCores', 'cpu_core_count'),
  ...alias('ServiceNow', 'lifecycleState', 'install_status'),
  ...alias('ServiceNow', 'description', 'short_description'),
  ...alias('ServiceNow', 'warrantyEnd', 'warranty_expiration', 'Warranty Expiration Date'),
  ...alias('ServiceNow', 'purchaseOrder', 'po_number'),
  ...alias('ServiceNow', 'criticality', 'business_criticality'),
  ...alias('ServiceNow', 'email', 'email_address'),
  ...alias('ServiceNow', 'employeeId', 'employee_number'),
  ...alias('ServiceNow', 'contractNumber', 'vendor_contract'),
  ...alias('ServiceNow', 'startDate', 'starts'),
  ...alias('ServiceNow', 'endDate', 'ends'),
  // Common spellings
  ...alias('common', 'hostname', 'Host'),
  ...alias('common', 'ipAddresses', 'IP', 'IPs', 'Addresses'),
  ...alias('common', 'serialNumber', 'S/N', 'Serial No'),
  ...alias('common', 'assetTag', 'Tag Number', 'Asset Number', 'Asset No'),
  ...alias('common', 'memoryGb', 'RAM (GB)', 'Memory'),
  ...alias('common', 'cpuCores', 'Cores'),
  ...alias('common', 'warrantyEnd', 'Warranty End Date', 'Warranty Until'),
  ...alias('common', 'manufacturer', 'Vendor Name', 'Make'),
];
