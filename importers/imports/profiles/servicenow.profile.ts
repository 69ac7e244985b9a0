/**
 * ServiceNow: the field names of its table exports (a list's "Export → CSV"
 * writes field names such as `serial_number`; the labels that differ from them
 * are listed too) for the CMDB's configuration items (cmdb_ci and its
 * cmdb_ci_* classes: servers, computers, network gear, VMs, databases,
 * applications, services), users (sys_user), groups (sys_user_group),
 * locations (cmn_location), companies (core_company) and contracts
 * (ast_contract). sys_class_name names the ServiceNow class of each row and is
 * checked against the class imported through `classValues`. ServiceNow's own
 * bookkeeping (sys_created_on, sys_mod_count…) is left out; sys_id is kept as
 * the attribute sysId. Relationships (cmdb_rel_ci) are the relationship
 * import's (relationships.import.ts): SERVICENOW_RELATIONSHIP_TYPES says which
 * Estate type each ServiceNow type is, and which end depends on the other.
 */
import { alias, keep, skip, WARRANTY_MONTHS } from '../column.aliases';
import type { SourceProfile } from './profile';

const BOOKKEEPING = "ServiceNow's own record bookkeeping";

/** sys_class_name → Estate class: the base-system classes an Estate class stands for. */
const CLASS_VALUES: Record<string, string> = {
  cmdb_ci_server: 'Server',
  cmdb_ci_linux_server: 'Server',
  cmdb_ci_win_server: 'Server',
  cmdb_ci_unix_server: 'Server',
  cmdb_ci_solaris_server: 'Server',
  cmdb_ci_aix_server: 'Server',
  cmdb_ci_esx_server: 'Server',
  cmdb_ci_netgear: 'NetworkDevice',
  cmdb_ci_ip_router: 'NetworkDevice',
  cmdb_ci_ip_switch: 'NetworkDevice',
  cmdb_ci_ip_firewall: 'NetworkDevice',
  cmdb_ci_lb: 'NetworkDevice',
  cmdb_ci_wap_network: 'NetworkDevice',
  cmdb_ci_storage_device: 'StorageDevice',
  cmdb_ci_storage_server: 'StorageDevice',
  cmdb_ci_san: 'StorageDevice',
  cmdb_ci_nas_storage: 'StorageDevice',
  cmdb_ci_computer: 'EndUserDevice',
  cmdb_ci_pc_hardware: 'EndUserDevice',
  cmdb_ci_handheld_computing: 'EndUserDevice',
  cmdb_ci_vm_instance: 'VirtualMachine',
  cmdb_ci_vmware_instance: 'VirtualMachine',
  cmdb_ci_cluster: 'Cluster',
  cmdb_ci_db_instance: 'Database',
  cmdb_ci_db_mssql_instance: 'Database',
  cmdb_ci_db_ora_instance: 'Database',
  cmdb_ci_db_mysql_instance: 'Database',
  cmdb_ci_db_postgresql_instance: 'Database',
  cmdb_ci_appl: 'Application',
  cmdb_ci_service: 'BusinessService',
  cmdb_ci_service_business: 'BusinessService',
  cmdb_ci_service_technical: 'TechnicalService',
  cmdb_ci_ip_network: 'Network',
  cmdb_ci_spkg: 'SoftwareProduct',
  cmn_location: 'Location',
  sys_user: 'Person',
  sys_user_group: 'Team',
  core_company: 'Vendor',
  ast_contract: 'Contract',
};

export const SERVICENOW: SourceProfile = {
  name: 'servicenow',
  label: 'ServiceNow',
  marks: [
    'sys_id',
    'sys_class_name',
    'sys_created_on',
    'sys_updated_on',
    'sys_created_by',
    'sys_updated_by',
    'sys_mod_count',
    'install_status',
    'short_description',
    'cpu_core_count',
    'dns_domain',
    'model_id',
    'vendor_contract',
    'busines_criticality',
  ],
  columns: [
    // Every table
    ...keep('sysId', 'sys_id'),
    ...alias('class', 'sys_class_name', 'Class'),
    ...skip(BOOKKEEPING, 'sys_created_on', 'sys_updated_on', 'sys_created_by', 'sys_updated_by', 'sys_mod_count'),
    ...skip(BOOKKEEPING, 'sys_tags', 'sys_domain', 'sys_domain_path'),
    ...alias('description', 'short_description'),
    ...keep('comments', 'comments'),
    ...keep('location', 'location'),
    ...keep('department', 'department'),
    ...keep('company', 'company'),
    // cmdb_ci and its classes
    ...alias('model', 'model_id'),
    ...keep('modelNumber', 'model_number'),
    ...alias('domain', 'dns_domain'),
    ...keep('fqdn', 'fqdn'),
    ...alias('ipAddresses', 'ip_address'),
    ...keep('macAddress', 'mac_address'),
    ...alias('os', 'Operating System'),
    ...keep('osVersion', 'os_version'),
    ...keep('osServicePack', 'os_service_pack'),
    ...alias('cpuCores', 'cpu_core_count'),
    ...alias(['vcpu', 'attr.cpuCount'], 'cpu_count'),
    ...keep('cpuSpeedMhz', 'cpu_speed'),
    ...keep('cpuType', 'cpu_type'),
    ...keep('ramMb', 'ram'),
    ...keep('diskSpaceGb', 'disk_space'),
    ...alias('lifecycleState', 'install_status'),
    ...keep('hardwareStatus', 'hardware_status'),
    ...alias(['purchaseCost', 'cost', 'attr.cost'], 'cost'),
    ...alias('warrantyEnd', 'warranty_expiration', 'Warranty Expiration Date'),
    ...alias(['purchaseOrder', 'attr.poNumber'], 'po_number'),
    ...keep('invoiceNumber', 'invoice_number'),
    ...keep('vendor', 'vendor'),
    ...keep('installDate', 'install_date'),
    ...keep('firstDiscovered', 'first_discovered'),
    ...keep('lastDiscovered', 'last_discovered'),
    ...keep('discoverySource', 'discovery_source'),
    ...keep('environment', 'environment'),
    ...keep('usedFor', 'used_for'),
    ...keep('virtual', 'virtual'),
    ...keep('assignedTo', 'assigned_to'),
    ...keep('managedBy', 'managed_by'),
    // The accountable person is the owner (OWNED_BY); assigned_to, the user, stands in when owned_by is empty.
    ...alias(['owner', 'attr.ownedBy'], 'owned_by'),
    ...keep('supportGroup', 'support_group'),
    ...keep('assignmentGroup', 'assignment_group'),
    ...alias('criticality', 'busines_criticality', 'business_criticality'),
    ...keep('version', 'version'),
    // sys_user, sys_user_group
    ...alias(['username', 'attr.username'], 'user_name'),
    ...keep('firstName', 'first_name'),
    ...keep('lastName', 'last_name'),
    ...alias('email', 'email_address'),
    ...alias('employeeId', 'employee_number'),
    ...keep('mobilePhone', 'mobile_phone'),
    ...keep('title', 'title'),
    ...keep('manager', 'manager'),
    ...keep('active', 'active'),
    // cmn_location
    ...alias(['address', 'attr.street'], 'street'),
    ...keep('city', 'city'),
    ...keep('state', 'state'),
    ...keep('zip', 'zip'),
    ...keep('country', 'country'),
    ...keep('parent', 'parent'),
    // ast_contract
    ...keep('number', 'number'),
    ...alias('contractNumber', 'vendor_contract'),
    ...alias('startDate', 'starts'),
    ...alias('endDate', 'ends'),
    ...keep('contractModel', 'contract_model'),
    ...alias(WARRANTY_MONTHS, 'warranty_months'),
  ],
  objects: [
    {
      name: 'cmdb_ci',
      classes: [...new Set(Object.values(CLASS_VALUES))],
      marks: ['sys_class_name', 'serial_number', 'install_status', 'operational_status', 'model_id', 'ip_address'],
    },
    {
      name: 'sys_user',
      classes: ['Person'],
      marks: ['user_name', 'first_name', 'last_name', 'employee_number'],
      transforms: { name: { join: ['first_name', 'last_name'], separator: ' ' } },
    },
    { name: 'cmn_location', classes: ['Location'], marks: ['street', 'zip', 'city'] },
    { name: 'ast_contract', classes: ['Contract'], marks: ['vendor_contract', 'starts', 'ends', 'contract_model'] },
    {
      name: 'cmdb_rel_ci',
      classes: [],
      marks: ['parent', 'child', 'type'],
      refusal: 'it holds relationships (parent, child, type): import it with estate import-relationships',
    },
  ],
  classValues: CLASS_VALUES,
};

/**
 * cmdb_rel_ci's types, by their parent descriptor (the export writes `Depends on::Used by`), → the
 * Estate type, pointing from the dependent to what it needs; `childFirst`: the child is the dependent
 * (a cluster's member, a group's member). Types not here are refused by name, never guessed
 * (`Contains::Contained by` is a rack's device, an application's component or a site's room).
 */
export const SERVICENOW_RELATIONSHIP_TYPES: Readonly<Record<string, { type: string; childFirst?: boolean }>> = {
  'Depends on': { type: 'DEPENDS_ON' },
  Uses: { type: 'DEPENDS_ON' },
  'Runs on': { type: 'RUNS_ON' },
  'Hosted on': { type: 'RUNS_ON' },
  'Virtualized by': { type: 'RUNS_ON' },
  Members: { type: 'MEMBER_OF', childFirst: true },
  'Cluster of': { type: 'MEMBER_OF', childFirst: true },
  'Member of': { type: 'MEMBER_OF' },
  'Owned by': { type: 'OWNED_BY' },
  'Supported by': { type: 'SUPPORTED_BY' },
  'Located in': { type: 'LOCATED_IN' },
  'Connected by': { type: 'CONNECTED_TO' },
};
