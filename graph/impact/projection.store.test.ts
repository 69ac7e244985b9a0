import fc from 'fast-check';
import type { ImpactNode } from './impact.engine';
import { IMPACT_RULES, impactRule } from './impact.rules';
import { MemorySource, traverse } from './impact.traversal';
import { applyChanges } from './projection.apply';
import type { LoggedChange } from './projection.apply';
import { ProjectionSource } from './projection.source';
import { ProjectionStore } from './projection.store';

const TYPES = IMPACT_RULES.map((r) => r.type);
const CLASSES = ['Server', 'NetworkDevice', 'Cluster', 'Network', 'Application'];
const STATUSES = [null, 'OPERATIONAL', 'DOWN', 'DEGRADED', 'UNKNOWN'];

/**
 * The reference: the graph as plain maps, and each CI as the Cypher source writes it
 * (impact.cypher.ts: an input's class only where alternatives go by class, its status only when
 * DOWN or DEGRADED).
 */
class Reference {
  readonly nodes = new Map<string, Record<string, unknown>>();
  readonly edges = new Set<string>();

  apply(c: LoggedChange): void {
    const after = (c.after ?? {}) as Record<string, unknown>;
    if (c.op === 'CREATE') this.nodes.set(c.ciId, { ...after });
    else if (c.op === 'UPDATE' || c.op === 'STATUS') {
      const node = this.nodes.get(c.ciId);
      if (node) Object.assign(node, after);
    } else if (c.op === 'DELETE') {
      this.nodes.delete(c.ciId);
      for (const e of [...this.edges]) {
        const [a, , b] = e.split(' ');
        if (a === c.ciId || b === c.ciId) this.edges.delete(e);
      }
    } else if (c.op === 'RELATE' && this.nodes.has(c.ciId) && this.nodes.has(c.otherId!)) {
      this.edges.add(`${c.ciId} ${c.relType} ${c.otherId}`);
    } else if (c.op === 'UNRELATE') this.edges.delete(`${c.ciId} ${c.relType} ${c.otherId}`);
  }

  graph(): Map<string, ImpactNode> {
    const inputs = new Map<string, ImpactNode['inputs'][number][]>();
    for (const e of this.edges) {
      const [from, type, to] = e.split(' ');
      const rule = impactRule(type);
      const [receiver, input] = rule.flow === 'toSource' ? [from, to] : [to, from];
      const status = this.nodes.get(input)!.operationalStatus;
      const list = inputs.get(receiver) ?? [];
      list.push({
        id: input,
        type: rule.type,
        class: rule.alternatives === 'sameTargetClass' ? (this.nodes.get(input)!.class as string) : '',
        status: status === 'DOWN' || status === 'DEGRADED' ? status : null,
      });
      inputs.set(receiver, list);
    }
    return new Map(
      [...this.nodes].map(([id, n]) => [
        id,
        {
          id,
          class: n.class as string,
          name: n.name as string,
          criticality: (n.criticality as string | undefined) ?? null,
          minHealthyMembers: (n.minHealthyMembers as number | undefined) ?? null,
          status: (n.operationalStatus as string | undefined) ?? null,
          inputs: inputs.get(id) ?? [],
        },
      ]),
    );
  }
}

const byInput = (a: { id: string; type: string }, b: { id: string; type: string }) =>
  `${a.type} ${a.id}`.localeCompare(`${b.type} ${b.id}`);
const sorted = (node: ImpactNode | undefined) => node && { ...node, inputs: [...node.inputs].sort(byInput) };

const ID = fc.integer({ min: 0, max: 9 }).map((i) => `n${i}`);
const changeArb: fc.Arbitrary<LoggedChange> = fc
  .oneof(
    fc.record({
      op: fc.constant('CREATE'),
      ciId: ID,
      after: fc.record({
        class: fc.constantFrom(...CLASSES),
        name: ID,
        operationalStatus: fc.constantFrom(...STATUSES),
        minHealthyMembers: fc.constantFrom(undefined, 1, 2),
      }),
    }),
    fc.record({
      op: fc.constantFrom('UPDATE', 'STATUS'),
      ciId: ID,
      after: fc.oneof(
        fc.record({ operationalStatus: fc.constantFrom(...STATUSES) }),
        fc.record({ minHealthyMembers: fc.constantFrom(null, 1, 2, 3) }),
        fc.record({ criticality: fc.constantFrom(null, 'HIGH', 'LOW') }),
      ),
    }),
    fc.record({ op: fc.constant('DELETE'), ciId: ID }),
    fc.record({
      op: fc.constantFrom('RELATE', 'RELATE', 'UNRELATE'),
      ciId: ID,
      relType: fc.constantFrom(...TYPES),
      otherId: ID,
    }),
  )
  .map((c): LoggedChange => ({ seq: 0, ...c }));

/** Only changes the log can hold: a CI created once and deleted at most once, relationships between live CIs. */
function plausible(changes: readonly LoggedChange[]): LoggedChange[] {
  const live = new Set<string>();
  const gone = new Set<string>();
  return changes.filter((c) => {
    if (c.op === 'CREATE') {
      if (live.has(c.ciId) || gone.has(c.ciId)) return false;
      live.add(c.ciId);
    } else if (c.op === 'DELETE') {
      if (!live.delete(c.ciId)) return false;
      gone.add(c.ciId);
    }
    // relate needs both ends to exist (and refuses a self-loop): the log never has another.
    return c.op !== 'RELATE' || (c.ciId !== c.otherId && live.has(c.ciId) && live.has(c.otherId!));
  });
}

const noFallback = async () => [];

describe('topology projection store', () => {
  it('holds a CI with its inputs as the Cypher source reads them (hand-worked)', () => {
    const store = new ProjectionStore();
    applyChanges(store, [
      { seq: 1, op: 'CREATE', ciId: 'sw-a', after: { class: 'NetworkDevice', name: 'A', operationalStatus: 'DOWN' } },
      { seq: 2, op: 'CREATE', ciId: 'sw-b', after: { class: 'NetworkDevice', name: 'B' } },
      { seq: 3, op: 'CREATE', ciId: 'srv', after: { class: 'Server', name: 'srv', criticality: 'HIGH' } },
      { seq: 4, op: 'CREATE', ciId: 'if-1', after: { class: 'Interface', name: 'eth0' } },
      { seq: 5, op: 'RELATE', ciId: 'srv', relType: 'CONNECTED_TO', otherId: 'sw-a' },
      { seq: 6, op: 'RELATE', ciId: 'srv', relType: 'CONNECTED_TO', otherId: 'sw-b' },
      { seq: 7, op: 'RELATE', ciId: 'srv', relType: 'CONNECTED_TO', otherId: 'sw-b' },
      { seq: 8, op: 'RELATE', ciId: 'sw-a', relType: 'MEMBER_OF', otherId: 'cl' },
    ]);
    // An interface takes no part in impact; a relationship to a CI not held is not held either.
    expect(store.has('if-1')).toBe(false);
    expect(store.relationships).toBe(2);
    expect(sorted(store.node('srv'))).toEqual({
      id: 'srv',
      class: 'Server',
      name: 'srv',
      criticality: 'HIGH',
      minHealthyMembers: null,
      status: null,
      inputs: [
        { type: 'CONNECTED_TO', id: 'sw-a', class: 'NetworkDevice', status: 'DOWN' },
        { type: 'CONNECTED_TO', id: 'sw-b', class: 'NetworkDevice', status: null },
      ],
    });
    expect(store.receiverIds('sw-a', null)).toEqual(['srv']);
    expect(store.receiverIds('sw-a', new Set(['CONNECTED_TO']))).toEqual(['srv']);
    expect(store.receiverIds('sw-a', new Set(['DEPENDS_ON', 'LOCATED_IN']))).toEqual([]);

    applyChanges(store, [
      { seq: 9, op: 'STATUS', ciId: 'sw-a', after: { operationalStatus: 'OPERATIONAL' } },
      { seq: 10, op: 'UNRELATE', ciId: 'srv', relType: 'CONNECTED_TO', otherId: 'sw-b' },
      { seq: 11, op: 'DELETE', ciId: 'sw-a' },
    ]);
    expect(store.node('srv')?.inputs).toEqual([]);
    expect(store.size).toBe(2);
    expect(store.relationships).toBe(0);
  });

  it('after any sequence of changes, holds what the graph holds and walks as a walk over it does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(changeArb, { maxLength: 60 }),
        fc.array(ID, { minLength: 1, maxLength: 3 }),
        async (raw, failed) => {
          const changes = plausible(raw);
          const store = new ProjectionStore();
          const reference = new Reference();
          // Applied in two steps, and the second twice: replaying what the store already reflects changes nothing.
          const cut = Math.floor(changes.length / 2);
          applyChanges(store, changes.slice(0, cut));
          applyChanges(store, changes.slice(cut));
          applyChanges(store, changes.slice(cut));
          for (const c of changes) reference.apply(c);

          const graph = reference.graph();
          expect(store.allIds().sort()).toEqual([...graph.keys()].sort());
          for (const [id, node] of graph) expect(sorted(store.node(id))).toEqual(sorted(node));

          for (const lazyLimit of [48, 0]) {
            const options = { maxDepth: 10, baseline: 'REPORTED' as const, lazyLimit };
            const fromStore = await traverse(new ProjectionSource(store, noFallback), failed, options);
            const fromGraph = await traverse(new MemorySource(graph), failed, options);
            const view = (t: typeof fromStore) => t.hit.map((h) => [h.id, h.state, h.distance]).sort();
            expect(view(fromStore)).toEqual(view(fromGraph));
            expect(fromStore.unknownIds).toEqual(fromGraph.unknownIds);
            expect(fromStore.loaded).toBe(fromGraph.loaded);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
