/**
 * Licence compliance per software product, in one query. Entitled: the
 * licensed units of the LICENCE contracts in force on the report date that
 * cover the product or any of its installations (each contract once).
 * Installed: the product's installations (INSTANCE_OF) that are in service.
 * A unit is one installation. Over-deployed products come first, most
 * over-deployed at the top.
 */
import type { Executor } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { IN_SERVICE_STATES } from './lifecycle.rules';
import { reportDate } from './report.inputs';

export const COMPLIANCE_STATUSES = ['OVER_DEPLOYED', 'COMPLIANT'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export interface LicenceCompliance {
  product: Item;
  entitled: number;
  installed: number;
  /** entitled − installed: negative when over-deployed. */
  balance: number;
  /** LICENCE contracts in force that entitle the product. */
  licenceContracts: number;
  status: ComplianceStatus;
}

const COMPLIANCE = `
MATCH (p:SoftwareProduct)
CALL (p) {
  CALL (p) {
    MATCH (p)-[:COVERED_BY]->(c:Contract) RETURN c
    UNION
    MATCH (p)<-[:INSTANCE_OF]-(:SoftwareInstallation)-[:COVERED_BY]->(c:Contract) RETURN c
  }
  WITH c WHERE c.contractKind = 'LICENCE'
    AND coalesce(c.startDate, $asOf) <= $asOf AND coalesce(c.endDate, $asOf) >= $asOf
  RETURN coalesce(sum(c.licensedUnits), 0) AS entitled, count(c) AS licenceContracts
}
WITH p, entitled, licenceContracts,
  COUNT { (p)<-[:INSTANCE_OF]-(i:SoftwareInstallation) WHERE i.lifecycleState IN $inService } AS installed
RETURN p {.*} AS product, entitled, licenceContracts, installed, entitled - installed AS balance
ORDER BY balance, p.name, p.id
LIMIT $limit`;

export async function licenceCompliance(
  db: Executor,
  args: { asOf?: string | null; first: number },
): Promise<LicenceCompliance[]> {
  const rows = await db.read('reports.licenceCompliance', COMPLIANCE, {
    asOf: reportDate(args.asOf),
    inService: IN_SERVICE_STATES,
    limit: args.first,
  });
  return rows.map((r) => ({
    product: itemFromNode(r.product as Record<string, unknown>),
    entitled: r.entitled as number,
    installed: r.installed as number,
    balance: r.balance as number,
    licenceContracts: r.licenceContracts as number,
    status: (r.balance as number) < 0 ? 'OVER_DEPLOYED' : 'COMPLIANT',
  }));
}
