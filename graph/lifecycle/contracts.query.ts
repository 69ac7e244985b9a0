/** Contracts covering CIs, with how many CIs each covers, for cost of ownership (batched for DataLoader). */
import type { Executor } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import type { ContractCost } from './depreciation';

export interface CoveringContract extends ContractCost {
  contract: Item;
}

const COVERING = `
UNWIND $ids AS id
OPTIONAL MATCH (:CI {id: id})-[:COVERED_BY]->(c:Contract)
WHERE c.costAmount IS NOT NULL
WITH id, c ORDER BY c.endDate, c.id
WITH id, c, CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:COVERED_BY]-(:CI) } END AS covered
RETURN id, collect(CASE WHEN c IS NULL THEN null ELSE {contract: c {.*}, coveredCount: covered} END) AS contracts`;

/** Costed contracts covering each CI, in the order of `ids`; each knows how many CIs share it. */
export async function coveringContracts(db: Executor, ids: readonly string[]): Promise<CoveringContract[][]> {
  const rows = await db.read('lifecycle.coveringContracts', COVERING, { ids });
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      (r.contracts as { contract: Record<string, unknown>; coveredCount: number }[]).map((c) => {
        const contract = itemFromNode(c.contract);
        const cost = contract.cost as { amount: number; currency: string };
        return { contract, contractId: contract.id, cost, coveredCount: c.coveredCount };
      }),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
