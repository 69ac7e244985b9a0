/**
 * NetBox, one CSV file at a time: the column names of a device or virtual
 * machine table export ("Export → CSV", display names such as "Device Role")
 * and of the bulk-import format (field names such as `device_role`), which
 * squash alike for most columns. A whole NetBox export — sites, racks,
 * devices, interfaces, cables, IP space — is a folder, read by
 * `estate import --from netbox FOLDER` (importers/network/), which builds the
 * places, wiring and references; a single file here fills one class's fields,
 * and a cable file is refused with a pointer to the folder import.
 */
import { alias, keep } from '../column.aliases';
import type { SourceProfile } from './profile';

export const NETBOX: SourceProfile = {
  name: 'netbox',
  label: 'NetBox',
  marks: [
    'Device Role',
    'Device Type',
    'Primary IPv4',
    'Primary IPv6',
    'primary_ip4',
    'primary_ip6',
    'Face',
    'Airflow',
    'Virtual Chassis',
    'vc_position',
    'Config Template',
    'Is full depth',
    'Subdevice role',
    'Termination A',
    'side_a_device',
  ],
  columns: [
    ...keep('netboxId', 'ID'),
    ...alias('lifecycleState', 'Status'),
    ...alias(['model', 'attr.deviceType'], 'Type', 'Device Type'),
    ...alias(['os', 'attr.platform'], 'Platform'),
    ...alias('ipAddresses', 'Primary IPv4', 'Primary IPv6', 'primary_ip4', 'primary_ip6', 'Primary IP'),
    ...alias(['role', 'attr.role'], 'Role', 'Device Role'),
    ...alias('serialNumber', 'Serial'),
    ...alias('firmware', 'Software Version'),
    ...keep('comments', 'Comments'),
    ...keep('tenant', 'Tenant'),
    ...keep('site', 'Site'),
    ...keep('location', 'Location'),
    ...keep('rack', 'Rack'),
    ...keep('position', 'Position'),
    ...keep('face', 'Face'),
    ...keep('airflow', 'Airflow'),
    ...keep('cluster', 'Cluster'),
    ...keep('virtualChassis', 'Virtual Chassis'),
    ...keep('vcPosition', 'VC Position'),
    ...keep('vcPriority', 'VC Priority'),
    ...keep('configTemplate', 'Config Template'),
    ...keep('parentDevice', 'Parent Device', 'Parent'),
    ...alias(['vcpu', 'attr.vcpus'], 'vCPUs'),
    ...alias(['uHeight', 'attr.uHeight'], 'U Height', 'Height (U)'),
    ...keep('fullDepth', 'Is full depth', 'Full depth'),
    ...keep('subdeviceRole', 'Subdevice role'),
    ...keep('memoryMb', 'Memory'),
    ...keep('diskGb', 'Disk'),
  ],
  objects: [
    {
      name: 'devices',
      classes: ['NetworkDevice', 'Server', 'StorageDevice', 'EndUserDevice'],
      marks: ['Device Role', 'Device Type', 'Rack', 'Face', 'Airflow', 'Virtual Chassis'],
    },
    { name: 'virtual machines', classes: ['VirtualMachine'], marks: ['vCPUs', 'Cluster', 'Disk'] },
    {
      name: 'device types',
      classes: ['DeviceType'],
      marks: ['U Height', 'Is full depth', 'Subdevice role', 'Part number'],
    },
    {
      name: 'cables',
      classes: [],
      marks: ['Termination A', 'Termination B', 'side_a_device', 'side_b_device', 'Side A', 'Side B'],
      refusal:
        'cables join the ports of devices read from the same export: import the whole NetBox folder with estate import --from netbox FOLDER',
    },
  ],
};
