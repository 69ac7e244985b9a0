/**
 * Generic: a spreadsheet that no tool wrote, or one whose header has none of
 * any tool's own column names. Field names match as they are (case and
 * punctuation ignored); this table adds only the spellings people commonly
 * use for them, none of them another tool's.
 */
import { alias } from '../column.aliases';
import type { SourceProfile } from './profile';

export const GENERIC: SourceProfile = {
  name: 'generic',
  label: 'generic',
  marks: [],
  columns: [
    ...alias('hostname', 'Host'),
    ...alias('ipAddresses', 'IP', 'IPs', 'IP Address', 'Addresses'),
    ...alias('serialNumber', 'Serial', 'S/N', 'Serial No'),
    ...alias('assetTag', 'Tag Number', 'Asset Number', 'Asset No'),
    ...alias('memoryGb', 'RAM (GB)', 'Memory'),
    ...alias('cpuCores', 'Cores'),
    ...alias('warrantyEnd', 'Warranty End Date', 'Warranty Until', 'Warranty Expires'),
    ...alias('manufacturer', 'Vendor Name', 'Make'),
    ...alias('lifecycleState', 'Status'),
    ...alias('description', 'Notes'),
    ...alias('purchaseCost', 'Cost', 'Price'),
  ],
  objects: [],
};
