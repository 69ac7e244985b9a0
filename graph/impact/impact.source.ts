/** Where the traversal gets CIs from in production: Neo4j, inside one read transaction. */
import type { Row, Tx } from '../platform/executor';
import type { RelationshipType } from '../model/relationships.rules';
import type { ImpactInput, ImpactNode } from './impact.engine';
import { HAS_RECEIVERS, LOAD_NODES, reachableNodesQuery, RECEIVERS } from './impact.cypher';
import { IMPACT_RULES } from './impact.rules';
import type { Expansion, NodeSource } from './impact.traversal';

/** The impact relationship types by name: a parsed input carries the rule table's own string. */
const TYPE_NAMES = new Map<string, RelationshipType>(IMPACT_RULES.map((r) => [r.type, r.type]));

/**
 * One input as the query writes it, `type|id|class|status` (impact.cypher.ts), cut with indexOf and
 * slice: a site outage reads tens of thousands, and `split` costs several times as much per input and
 * makes strings that are slower to look up in the engine's index of ids.
 */
export function inputFromText(text: string): ImpactInput {
  const a = text.indexOf('|');
  const b = text.indexOf('|', a + 1);
  const c = text.indexOf('|', b + 1);
  const type = a > 0 ? TYPE_NAMES.get(text.slice(0, a)) : undefined;
  if (type === undefined || b < 0 || c < 0) throw new Error(`not an impact input: ${text}`);
  return {
    type,
    id: text.slice(a + 1, b),
    class: text.slice(b + 1, c),
    status: c + 1 < text.length ? text.slice(c + 1) : null,
  };
}

export function nodeFromRow(row: Row): ImpactNode {
  return {
    id: row.id as string,
    class: row.class as string,
    name: row.name as string,
    criticality: (row.criticality as string | null) ?? null,
    minHealthyMembers: (row.minHealthyMembers as number | null) ?? null,
    status: (row.status as string | null) ?? null,
    inputs: (row.inputs as string[]).map(inputFromText),
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

/**
 * Everything the CIs in `ids` stand on, transitively, within `depth` hops
 * (the CIs themselves included): the downstream closure, keyed by id. Every
 * CI in it comes with all its inputs, which lie in the closure too (except at
 * the depth limit), so the engine evaluates it without loading anything else.
 *
 * It is loaded breadth-first, one query per level for the whole frontier: a
 * CI's inputs are the next level, so each CI and relationship is read once.
 * (A single variable-length query would read every relationship twice, once
 * to walk it and once to list the inputs, and walks overlapping closures of
 * many start CIs once per start: several times slower for a list of services.)
 */
export async function loadClosure(tx: Tx, ids: readonly string[], depth: number): Promise<Map<string, ImpactNode>> {
  const closure = new Map<string, ImpactNode>();
  let frontier = [...new Set(ids)];
  for (let level = 0; frontier.length > 0; level++) {
    const nodes = (await tx.run(LOAD_NODES, { ids: frontier })).map(nodeFromRow);
    for (const node of nodes) closure.set(node.id, node);
    if (level === depth) break;
    const next = new Set<string>();
    for (const node of nodes) for (const input of node.inputs) if (!closure.has(input.id)) next.add(input.id);
    frontier = [...next];
  }
  return closure;
}
