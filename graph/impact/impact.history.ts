/**
 * Impact analysis on the graph as it was: a NodeSource for the impact
 * traversal (impact.traversal.ts) that builds each CI, its inputs and their
 * reported statuses from the change log as of an instant. The walk and the
 * rules are the ones the live analysis uses; only where CIs come from
 * differs. "What would this outage have hit last Tuesday":
 *
 *   traverse(new AsOfSource(db, '2026-11-24T10:00:00Z'), ['sw-core-1'], options)
 */
import type { Executor } from '../platform/executor';
import { relationshipsAsOf, statesAsOf } from '../changelog/history';
import type { HistoricRelationship } from '../changelog/history';
import type { ImpactInput, ImpactNode } from './impact.engine';
import { TYPES_BY_FLOW } from './impact.rules';
import type { Expansion, NodeSource } from './impact.traversal';
import type { RelationshipType } from '../model/relationships.rules';

const TO_SOURCE = new Set<string>(TYPES_BY_FLOW.toSource);
const TO_TARGET = new Set<string>(TYPES_BY_FLOW.toTarget);

/** A relationship of CI m, seen from m: is the other end an input of m (its failure reaches m)? */
const isInput = (r: HistoricRelationship) =>
  (r.direction === 'OUT' && TO_SOURCE.has(r.type)) || (r.direction === 'IN' && TO_TARGET.has(r.type));

/** …or is the other end a receiver of m (m's failure reaches it)? */
const isReceiver = (r: HistoricRelationship) =>
  (r.direction === 'IN' && TO_SOURCE.has(r.type)) || (r.direction === 'OUT' && TO_TARGET.has(r.type));

export class AsOfSource implements NodeSource {
  constructor(
    private readonly db: Executor,
    private readonly asOf: string,
  ) {}

  async load(ids: readonly string[]): Promise<ImpactNode[]> {
    if (ids.length === 0) return [];
    const [states, relationships] = await Promise.all([
      statesAsOf(this.db, ids, this.asOf),
      relationshipsAsOf(this.db, ids, this.asOf),
    ]);
    const inputs = relationships.map((rels) => rels.filter(isInput));
    const inputIds = [...new Set(inputs.flat().map((r) => r.otherId))];
    const inputStates = await statesAsOf(this.db, inputIds, this.asOf);
    const statusOf = new Map(inputIds.map((id, i) => [id, (inputStates[i]?.operationalStatus as string) ?? null]));
    const nodes: ImpactNode[] = [];
    ids.forEach((id, i) => {
      const state = states[i];
      if (!state) return;
      nodes.push({
        id,
        class: state.class as string,
        name: state.name as string,
        criticality: (state.criticality as string | undefined) ?? null,
        minHealthyMembers: (state.minHealthyMembers as number | undefined) ?? null,
        status: (state.operationalStatus as string | undefined) ?? null,
        inputs: inputs[i].map((r): ImpactInput => ({
          id: r.otherId,
          type: r.type as RelationshipType,
          class: r.otherClass,
          status: statusOf.get(r.otherId) ?? null,
        })),
      });
    });
    return nodes;
  }

  async receivers(expansions: readonly Expansion[], known: ReadonlySet<string>): Promise<ImpactNode[]> {
    const found = await this.receiverIds(expansions);
    return this.load([...found].filter((id) => !known.has(id)));
  }

  async hasReceivers(expansions: readonly Expansion[]): Promise<boolean> {
    return (await this.receiverIds(expansions)).size > 0;
  }

  private async receiverIds(expansions: readonly Expansion[]): Promise<Set<string>> {
    const relationships = await relationshipsAsOf(
      this.db,
      expansions.map((e) => e.id),
      this.asOf,
    );
    const found = new Set<string>();
    expansions.forEach((e, i) => {
      for (const r of relationships[i]) {
        if (isReceiver(r) && e.types.includes(r.type as RelationshipType)) found.add(r.otherId);
      }
    });
    return found;
  }
}
