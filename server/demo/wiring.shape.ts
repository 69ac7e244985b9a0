/**
 * The shape every wiring builder shares: the devices by id, their components made once and found by name,
 * and cables laid between components. A termination takes one cable: laying a second on it is a generator
 * bug, and throws rather than writing an estate the model would refuse.
 *
 * Components and cables are made on the draft's lean path (no random draws, timestamps of the device), so
 * the million-odd parts of the large estate cost one object and one relationship each.
 */
import type { EstateDraft } from './estate.draft';
import type { StoredNode } from './estate.types';
import { pad } from './text';

/** Shared, so a million TERMINATES edges do not carry a million property maps. */
const SIDE_A = Object.freeze({ side: 'A' });
const SIDE_B = Object.freeze({ side: 'B' });

/** A component id: its device's id and its name, made safe for ids (`sw-tor-00001:Ethernet1-49`). */
export function componentId(deviceId: string, name: string): string {
  return `${deviceId}:${name.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

export class Wiring {
  /** Hardware and circuits by id: what components can belong to. */
  readonly owners = new Map<string, StoredNode>();
  private readonly components = new Map<string, StoredNode>();
  private readonly cabled = new Set<string>();

  constructor(readonly draft: EstateDraft) {
    for (const className of ['Server', 'NetworkDevice', 'StorageDevice']) {
      for (const node of draft.nodes.get(className)!) this.owners.set(node.id as string, node);
    }
  }

  owner(id: string): StoredNode {
    const node = this.owners.get(id);
    if (!node) throw new Error(`wiring: no device ${id}`);
    return node;
  }

  /** The component of this class and name on the owner, made with these fields the first time it is asked for. */
  component(className: string, ownerId: string, name: string, fields: Record<string, unknown> = {}): string {
    const id = componentId(ownerId, name);
    const found = this.components.get(id);
    if (found) {
      if (found.class !== className) throw new Error(`wiring: ${id} is a ${String(found.class)}, not a ${className}`);
      return id;
    }
    this.components.set(id, this.draft.part(className, id, name, this.owner(ownerId), fields));
    return id;
  }

  /** Whether a component exists (tiny makes only the ports it cables). */
  has(ownerId: string, name: string): boolean {
    return this.components.has(componentId(ownerId, name));
  }

  /** A cable from the terminations on side A to those on side B, dated like the first end on side A (or `dated`). */
  cable(a: readonly string[], b: readonly string[], cableType: string, lengthM: number, dated?: StoredNode): string {
    const n = this.draft.next('cable');
    const label = `C${pad(n, 7)}`;
    const id = `cbl-${pad(n, 7)}`;
    const first = dated ?? this.components.get(a[0]);
    if (!first) throw new Error(`wiring: cable ${label} starts on ${a[0]}, which is no component`);
    const node: StoredNode = {
      id,
      class: 'Cable',
      name: label,
      lifecycleState: 'DEPLOYED',
      operationalStatus: 'OPERATIONAL',
      version: 1,
      createdAt: first.createdAt,
      updatedAt: first.createdAt,
      attributes: '{}',
      cableType,
      cableStatus: 'CONNECTED',
      label,
      length: lengthM,
      lengthUnit: 'M',
    };
    this.draft.nodes.get('Cable')!.push(node);
    const terminates = this.draft.rels.get('TERMINATES')!;
    for (const [ends, side] of [
      [a, SIDE_A],
      [b, SIDE_B],
    ] as const) {
      if (ends.length === 0) throw new Error(`wiring: cable ${label} has nothing on side ${side.side}`);
      for (const end of ends) {
        if (this.cabled.has(end)) throw new Error(`wiring: ${end} is cabled twice (second: ${label})`);
        this.cabled.add(end);
        terminates.push({ from: id, to: end, properties: side });
      }
    }
    return id;
  }
}
