/** Where the traversal gets CIs from in production: Neo4j, inside one read transaction. */
import type { Row, Tx } from '../executor';
import type { RelationshipType } from '../model/relationships.rules';
import type { ImpactNode } from './impact.engine';
import { closureQuery, HAS_RECEIVERS, LOAD_NODES, reachableNodesQuery, RECEIVERS } from './impact.cypher';
import type { Expansion, NodeSource } from './impact.traversal';

export function nodeFromRow(row: Row): ImpactNode {
  return {
    id: row.id as string,
    class: row.class as string,
    name: row.name as string,
    criticality: (row.criticality as string | null) ?? null,
    minHealthyMembers: (row.minHealthyMembers as number | null) ?? null,
    status: (row.status as string | null) ?? null,
    inputs: (row.inputs as string[]).map((input) => {
      const [type, id, cls, status] = input.split('|');
      return { type: type as RelationshipType, id, class: cls, status: status || null };
    }),
  };
}

export class CypherSource implements NodeSource {
  constructor(private readonly tx: Tx) {}

  async load(ids: readonly string[]): Promise<ImpactNode[]> {
    return (await this.tx.run(LOAD_NODES, { ids })).map(nodeFromRow);
  }

  async receivers(expansions: readonly Expansion[], known: ReadonlySet<string>): Promise<ImpactNode[]> {
    return (await this.tx.run(RECEIVERS, { expansions, known: [...known] })).map(nodeFromRow);
  }

  async hasReceivers(expansions: readonly Expansion[]): Promise<boolean> {
    return (await this.tx.run(HAS_RECEIVERS, { expansions }))[0]?.found === true;
  }

  async reachable(ids: readonly string[], depth: number, known: ReadonlySet<string>): Promise<ImpactNode[]> {
    return (await this.tx.run(reachableNodesQuery(depth), { ids, known: [...known] })).map(nodeFromRow);
  }
}

/** The downstream closure of some CIs (see closureQuery), keyed by id. */
export async function loadClosure(tx: Tx, ids: readonly string[], depth: number): Promise<Map<string, ImpactNode>> {
  const rows = await tx.run(closureQuery(depth), { ids });
  return new Map(rows.map((r) => [r.id as string, nodeFromRow(r)]));
}
