/**
 * Hand-written networks for the power, connectivity and network-effects
 * unit tests: devices, components named `device:component`, cables,
 * patch panels, circuits and power, built into a Topology the way the
 * Neo4j loader builds one.
 */
import type { RelationshipType } from '../model/relationships.rules';
import { buildTopology } from './topology';
import type { TopoEdge, TopoNode, Topology } from './topology';

export class NetBuilder {
  private readonly nodes = new Map<string, TopoNode>();
  private readonly edges: TopoEdge[] = [];

  node(id: string, cls: string, fields: Record<string, unknown> = {}, status?: string): this {
    this.nodes.set(id, { id, class: cls, name: id, fields, status: status ?? null });
    return this;
  }

  rel(from: string, type: RelationshipType, to: string, properties?: Record<string, unknown>): this {
    this.edges.push({ type, from, to, ...(properties ? { properties } : {}) });
    return this;
  }

  device(id: string, fields: Record<string, unknown> = {}, status?: string): this {
    return this.node(id, 'NetworkDevice', fields, status);
  }

  /** A component `device:name` of class `cls`. */
  component(device: string, name: string, cls: string, fields: Record<string, unknown> = {}): string {
    const id = `${device}:${name}`;
    this.node(id, cls, fields).rel(id, 'COMPONENT_OF', device);
    return id;
  }

  /** Interfaces `device:name` for each name. */
  ifaces(device: string, ...names: string[]): this {
    for (const name of names) this.component(device, name, 'Interface');
    return this;
  }

  /** A cable joining `a` (side A) to `b` (side B). */
  cable(id: string, a: string, b: string, fields: Record<string, unknown> = {}): this {
    return this.node(id, 'Cable', fields)
      .rel(id, 'TERMINATES', a, { side: 'A' })
      .rel(id, 'TERMINATES', b, { side: 'B' });
  }

  /** A patch panel with one rear port `rear` of `fronts.length` positions, front port k at position k. */
  patchPanel(id: string, fronts: readonly string[]): this {
    this.node(id, 'NetworkDevice', { role: 'PATCH_PANEL' });
    const rear = this.component(id, 'rear', 'RearPort', { positions: fronts.length });
    fronts.forEach((name, k) => {
      const front = this.component(id, name, 'FrontPort');
      this.rel(front, 'MAPS_TO', rear, { rearPortPosition: k + 1 });
    });
    return this;
  }

  /** A circuit `id` with terminations `id:A` and `id:Z`; `at` says where each is (a site or a provider network). */
  circuit(id: string, at: { A?: string; Z?: string } = {}): this {
    this.node(id, 'Circuit');
    for (const side of ['A', 'Z'] as const) {
      const term = this.component(id, side, 'CircuitTermination', { termSide: side });
      if (at[side] !== undefined) this.rel(term, 'TERMINATES_AT', at[side]);
    }
    return this;
  }

  /** A panel with one feed `feed`. */
  panel(id: string, feed: string): this {
    return this.node(id, 'PowerPanel').node(feed, 'PowerFeed').rel(feed, 'FED_BY', id);
  }

  /** A PDU with inlet `pdu:in` and outlets `pdu:o1..oN`, all fed by the inlet. */
  pdu(id: string, outlets: number, status?: string): this {
    this.node(id, 'NetworkDevice', { role: 'PDU' }, status);
    const inlet = this.component(id, 'in', 'PowerPort');
    for (let k = 1; k <= outlets; k++) this.rel(this.component(id, `o${k}`, 'PowerOutlet'), 'FED_BY', inlet);
    return this;
  }

  /** Power ports `device:name` for each name. */
  psus(device: string, ...names: string[]): this {
    for (const name of names) this.component(device, name, 'PowerPort');
    return this;
  }

  build(): Topology {
    return buildTopology(this.nodes.values(), this.edges);
  }
}
