/**
 * A small builder of hand-made wired networks for the trace and paths unit
 * tests: devices, their ports, cables by side, front→rear maps and circuits,
 * turned into a Topology by buildTopology (the same way the loader does).
 */
import { buildTopology } from './topology';
import type { TopoEdge, TopoNode, Topology } from './topology';

type Fields = Record<string, unknown>;

export class Wire {
  private readonly nodes = new Map<string, TopoNode>();
  private readonly edges: TopoEdge[] = [];

  node(id: string, cls: string, fields: Fields = {}, status: string | null = null, lifecycleState?: string): this {
    this.nodes.set(id, { id, class: cls, name: id, status, lifecycleState: lifecycleState ?? null, fields });
    return this;
  }

  device(id: string, fields: Fields = {}, status: string | null = null): this {
    return this.node(id, 'NetworkDevice', fields, status);
  }

  /** A component `owner:name` of `owner`. */
  port(owner: string, name: string, cls = 'Interface', fields: Fields = {}): this {
    const id = `${owner}:${name}`;
    this.node(id, cls, fields);
    this.edges.push({ type: 'COMPONENT_OF', from: id, to: owner });
    return this;
  }

  ifaces(owner: string, ...names: string[]): this {
    for (const name of names) this.port(owner, name);
    return this;
  }

  /** A cable joining side A's terminations to side B's. */
  cable(
    id: string,
    a: string | string[],
    b: string | string[],
    fields: Fields = {},
    status: string | null = null,
  ): this {
    this.node(id, 'Cable', fields, status);
    for (const t of [a].flat()) this.edges.push({ type: 'TERMINATES', from: id, to: t, properties: { side: 'A' } });
    for (const t of [b].flat()) this.edges.push({ type: 'TERMINATES', from: id, to: t, properties: { side: 'B' } });
    return this;
  }

  /** A patch panel `id` with `fronts` front ports mapped to one rear port `id:R` of as many positions. */
  panel(id: string, fronts: number, status: string | null = null): this {
    this.device(id, { role: 'PATCH_PANEL' }, status);
    this.port(id, 'R', 'RearPort', { positions: fronts });
    for (let p = 1; p <= fronts; p++) {
      this.port(id, `F${p}`, 'FrontPort');
      this.edges.push({ type: 'MAPS_TO', from: `${id}:F${p}`, to: `${id}:R`, properties: { rearPortPosition: p } });
    }
    return this;
  }

  /** Circuit `id` with terminations `id:A` and `id:Z`, optionally at places (a provider network or a site). */
  circuit(id: string, at: { A?: string; Z?: string } = {}, status: string | null = null): this {
    this.node(id, 'Circuit', {}, status);
    for (const side of ['A', 'Z'] as const) {
      this.port(id, side, 'CircuitTermination', { termSide: side });
      const place = at[side];
      if (place !== undefined) this.edges.push({ type: 'TERMINATES_AT', from: `${id}:${side}`, to: place });
    }
    return this;
  }

  rel(from: string, type: TopoEdge['type'], to: string, properties?: Fields): this {
    this.edges.push({ type, from, to, properties });
    return this;
  }

  build(): Topology {
    return buildTopology(this.nodes.values(), this.edges);
  }
}
