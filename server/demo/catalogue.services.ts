/**
 * Catalogue of services: the business capabilities business services are named after, the components their
 * applications are made of, the shared technical services and who runs them, and how critical services are
 * and what SLA each criticality promises. Plain data.
 */
import type { Criticality } from '../../graph/model/enums';
import type { InfraTeam } from './catalogue.organisation';

export const CAPABILITIES = [
  'Online Checkout',
  'Payments Processing',
  'Customer Portal',
  'Mobile Banking',
  'Order Management',
  'Inventory Management',
  'Payroll',
  'General Ledger',
  'Customer Support',
  'Product Search',
  'Loyalty Programme',
  'Email Marketing',
  'Warehouse Management',
  'Shipping and Tracking',
  'Fraud Screening',
  'Identity Verification',
  'Pricing Engine',
  'Partner API',
  'Reporting and BI',
  'Data Warehouse',
  'HR Portal',
  'Expense Management',
  'Procurement',
  'Contract Management',
  'Document Management',
  'Claims Processing',
  'Billing',
  'Invoicing',
  'Subscription Management',
  'Recommendations',
  'Content Publishing',
  'Store Point of Sale',
  'Click and Collect',
  'Returns Processing',
  'Supplier Portal',
  'Contact Centre',
  'Intranet',
  'Customer Notifications',
  'Gift Cards',
  'Tax Calculation',
];

/** App components: one word each, so `<service-slug>-<component>` names never collide across services. */
export const COMPONENTS = [
  'web',
  'api',
  'worker',
  'gateway',
  'batch',
  'search',
  'auth',
  'reporting',
  'ui',
  'scheduler',
  'cache',
  'ingest',
  'export',
  'admin',
];
export const FRONT_COMPONENTS = new Set(['web', 'api', 'gateway', 'ui', 'admin']);

/** Shared technical services: what they are called and which team runs them. */
export const TECHNICAL_SERVICES: readonly {
  name: string;
  slug: string;
  team: InfraTeam;
  db: boolean;
  storage?: boolean;
}[] = [
  { name: 'DNS', slug: 'dns', team: 'Network Operations', db: false },
  { name: 'Identity and SSO', slug: 'identity', team: 'Security Operations', db: true },
  { name: 'Backup', slug: 'backup', team: 'Storage Engineering', db: true, storage: true },
  { name: 'Monitoring', slug: 'monitoring', team: 'Site Reliability', db: true },
  { name: 'Logging', slug: 'logging', team: 'Site Reliability', db: false, storage: true },
  { name: 'Email Relay', slug: 'smtp', team: 'Compute Platform', db: false },
  { name: 'PKI', slug: 'pki', team: 'Security Operations', db: true },
  { name: 'Secrets Vault', slug: 'vault', team: 'Security Operations', db: false },
  { name: 'NTP', slug: 'ntp', team: 'Network Operations', db: false },
  { name: 'Message Queue', slug: 'mq', team: 'Site Reliability', db: false },
  { name: 'Container Platform', slug: 'k8s', team: 'Compute Platform', db: true },
  { name: 'Object Storage', slug: 's3', team: 'Storage Engineering', db: false, storage: true },
];

export const CRITICALITY_WEIGHTS: readonly (readonly [Criticality, number])[] = [
  ['CRITICAL', 10],
  ['HIGH', 25],
  ['MEDIUM', 40],
  ['LOW', 25],
];
export const SLA_BY_CRITICALITY: Readonly<Record<Criticality, number>> = {
  CRITICAL: 99.99,
  HIGH: 99.95,
  MEDIUM: 99.9,
  LOW: 99.5,
};
