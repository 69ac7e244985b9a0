/**
 * Small hand-written graphs for the unit tests: relationships as lines of
 * `from TYPE to`, turned into the ImpactNodes the engine reads (each CI with
 * its inputs, following the flow of each type's impact rule).
 */
import type { ImpactNode } from './impact.engine';
import { impactRule } from './impact.rules';
import type { RelationshipType } from '../model/relationships.rules';

export interface FixtureNode {
  class?: string;
  minHealthyMembers?: number;
  status?: string;
  criticality?: string;
}

/** Class from the id's prefix when not given: `svc`, `app`, `db`, `vm`, `srv`, `cl`, `sw`, `net`, `loc`. */
const PREFIX_CLASS: Record<string, string> = {
  svc: 'BusinessService',
  app: 'Application',
  db: 'Database',
  vm: 'VirtualMachine',
  srv: 'Server',
  cl: 'Cluster',
  sw: 'NetworkDevice',
  net: 'Network',
  loc: 'Location',
};

export function classOf(id: string, spec?: FixtureNode): string {
  return spec?.class ?? PREFIX_CLASS[id.split(/[-_0-9]/)[0]] ?? 'Application';
}

export function buildGraph(edges: readonly string[], specs: Record<string, FixtureNode> = {}): Map<string, ImpactNode> {
  const inputs = new Map<string, ImpactNode['inputs'][number][]>();
  const ids = new Set<string>(Object.keys(specs));
  for (const line of edges) {
    const [from, type, to, ...rest] = line.trim().split(/\s+/);
    if (!from || !type || !to || rest.length > 0) throw new Error(`not "from TYPE to": ${line}`);
    const rule = impactRule(type);
    const [receiver, input] = rule.flow === 'toSource' ? [from, to] : [to, from];
    ids.add(from).add(to);
    const list = inputs.get(receiver) ?? [];
    list.push({
      id: input,
      type: type as RelationshipType,
      class: classOf(input, specs[input]),
      status: specs[input]?.status,
    });
    inputs.set(receiver, list);
  }
  return new Map(
    [...ids].map((id) => [
      id,
      {
        id,
        class: classOf(id, specs[id]),
        name: id,
        criticality: specs[id]?.criticality ?? null,
        minHealthyMembers: specs[id]?.minHealthyMembers ?? null,
        status: specs[id]?.status ?? null,
        inputs: inputs.get(id) ?? [],
      },
    ]),
  );
}
