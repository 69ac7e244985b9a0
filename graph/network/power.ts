/**
 * Power as a requirement of its own: which devices lose power, or lose
 * power redundancy, when some CIs fail. Pure, over a Topology.
 *
 * The rule (dead elements as failure.ts defines them):
 * - power panels are the sources; a power feed is live when it is not dead
 *   and its panel (FED_BY) is not dead (a feed with no panel recorded is a
 *   source itself);
 * - a power outlet is live when it is not dead, its PDU is powered, and the
 *   PDU's power port feeding it (FED_BY), if recorded, is live;
 * - a power port is live when it is not dead and its cable, not dead,
 *   reaches a live outlet or feed;
 * - a device with N power ports is powered when it is not dead and at least
 *   k of them are live, k = its powerPortsRequired, else its DeviceType's
 *   (OF_TYPE), else 1, capped at N. A device with no power ports recorded is
 *   not judged (its power is not modelled) and counts as powered while it is
 *   not dead. PDUs and UPSes are devices like any other: an unpowered PDU
 *   kills its outlets.
 *
 * A device is DOWN (unpowered) when it had at least k live ports before the
 * failure and has fewer after; DEGRADED when it still has k but fewer than
 * before (it lost power redundancy). Devices dead themselves (failed, or in
 * a failed place) are left to the impact engine, which has them already.
 *
 * Liveness is the least fixpoint from the sources (a worklist forward from
 * live feeds), so a loop of PDUs feeding each other powers nothing by itself.
 */
import type { PathStep } from '../impact/impact.engine';
import type { Failures } from './failure';
import { farEnds } from './topology';
import type { Topology } from './topology';

/** Which power elements are live and which devices powered, in one scenario. */
export interface PowerState {
  /** A live feed, outlet or power port. */
  live(id: string): boolean;
  /** A device that is not dead and has enough live power ports (or none recorded). */
  powered(device: string): boolean;
  /** Live power ports of a device. */
  livePorts(device: string): number;
}

/** What the power model knows of a device: its power ports and how many it needs. */
export interface PowerNeeds {
  readonly ports: readonly string[];
  readonly required: number;
}

/** Power ports and k for every device that has power ports recorded. */
export function powerNeeds(topology: Topology): ReadonlyMap<string, PowerNeeds> {
  return powerIndex(topology).needs;
}

interface PowerIndex {
  readonly needs: ReadonlyMap<string, PowerNeeds>;
  /** A PDU's outlets. */
  readonly outletsOf: ReadonlyMap<string, readonly string[]>;
  /** Outlets by the power port that feeds them. */
  readonly outletsFedBy: ReadonlyMap<string, readonly string[]>;
  readonly feeds: readonly string[];
}

const INDEXES = new WeakMap<Topology, PowerIndex>();

/** Built once per topology and shared by every scenario on it. */
function powerIndex(topology: Topology): PowerIndex {
  const known = INDEXES.get(topology);
  if (known) return known;
  const ports = new Map<string, string[]>();
  const outletsOf = new Map<string, string[]>();
  const outletsFedBy = new Map<string, string[]>();
  const feeds: string[] = [];
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const node of topology.nodes.values()) {
    const owner = topology.ownerOf.get(node.id);
    if (node.class === 'PowerPort' && owner !== undefined) push(ports, owner, node.id);
    else if (node.class === 'PowerOutlet') {
      if (owner !== undefined) push(outletsOf, owner, node.id);
      const port = topology.fedBy.get(node.id);
      if (port !== undefined) push(outletsFedBy, port, node.id);
    } else if (node.class === 'PowerFeed') feeds.push(node.id);
  }
  const needs = new Map<string, PowerNeeds>();
  for (const [owner, list] of ports) {
    needs.set(owner, { ports: list.sort(compare), required: Math.min(list.length, requiredPorts(topology, owner)) });
  }
  const index = { needs, outletsOf, outletsFedBy, feeds };
  INDEXES.set(topology, index);
  return index;
}

function requiredPorts(topology: Topology, device: string): number {
  const own = wholeNumber(topology.nodes.get(device)?.fields?.powerPortsRequired);
  if (own !== undefined) return own;
  const type = topology.typeOf?.get(device);
  return (type !== undefined ? wholeNumber(topology.nodes.get(type)?.fields?.powerPortsRequired) : undefined) ?? 1;
}

const wholeNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;

/** The live power elements and powered devices when `failures` are dead. */
export function powerState(topology: Topology, needs: ReadonlyMap<string, PowerNeeds>, failures: Failures): PowerState {
  const live = new Set<string>();
  const count = new Map<string, number>();
  const powered = new Set<string>();
  const { outletsOf, outletsFedBy, feeds } = powerIndex(topology);
  const work: string[] = [];
  const { dead } = failures;

  const outletUp = (outlet: string): void => {
    if (live.has(outlet) || dead(outlet)) return;
    const pdu = topology.ownerOf.get(outlet);
    const port = topology.fedBy.get(outlet);
    if (pdu === undefined || !powered.has(pdu) || (port !== undefined && !live.has(port))) return;
    live.add(outlet);
    work.push(outlet);
  };
  const devicePowered = (device: string): void => {
    if (powered.has(device)) return;
    powered.add(device);
    for (const outlet of outletsOf.get(device) ?? []) outletUp(outlet);
  };

  for (const feed of feeds) {
    const panel = topology.fedBy.get(feed);
    if (!dead(feed) && (panel === undefined || !dead(panel))) {
      live.add(feed);
      work.push(feed);
    }
  }
  // A PDU whose own power is not modelled runs while it is not dead: its outlets are live.
  for (const pdu of outletsOf.keys()) if (!needs.has(pdu) && !dead(pdu)) devicePowered(pdu);

  while (work.length > 0) {
    const source = work.pop()!;
    const cable = topology.cableAt.get(source)?.cable;
    if (cable === undefined || dead(cable)) continue;
    for (const port of farEnds(topology, source)) {
      if (live.has(port) || topology.nodes.get(port)?.class !== 'PowerPort' || dead(port)) continue;
      live.add(port);
      const device = topology.ownerOf.get(port);
      if (device === undefined) continue;
      const n = (count.get(device) ?? 0) + 1;
      count.set(device, n);
      for (const outlet of outletsFedBy.get(port) ?? []) outletUp(outlet);
      const need = needs.get(device);
      if (need !== undefined && n >= need.required && !dead(device)) devicePowered(device);
    }
  }
  return {
    live: (id) => live.has(id),
    // A device whose power is not modelled counts as powered while it is not dead.
    powered: (device) => powered.has(device) || (!needs.has(device) && !dead(device)),
    livePorts: (device) => count.get(device) ?? 0,
  };
}

export interface PowerHit {
  readonly id: string;
  readonly state: 'DOWN' | 'DEGRADED';
  readonly livePortsBefore: number;
  readonly livePortsAfter: number;
  readonly required: number;
}

/** Devices unpowered (DOWN) or short of power redundancy (DEGRADED) by the failure, by id. */
export function powerHits(
  needs: ReadonlyMap<string, PowerNeeds>,
  before: PowerState,
  after: PowerState,
  afterFailures: Failures,
): PowerHit[] {
  const hits: PowerHit[] = [];
  for (const [id, need] of needs) {
    const was = before.livePorts(id);
    const now = after.livePorts(id);
    if (was < need.required || now >= was || afterFailures.dead(id)) continue;
    const state = now < need.required ? 'DOWN' : 'DEGRADED';
    hits.push({ id, state, livePortsBefore: was, livePortsAfter: now, required: need.required });
  }
  return hits.sort((a, b) => compare(a.id, b.id));
}

/**
 * Explains lost power: from a device, through a power port that was live
 * and is not, its cable and the outlet or feed beyond, to the dead PDU,
 * cable, feed or panel. Each choice takes the smallest id that leads to a
 * cause; a loop of PDUs is not walked twice.
 */
export class PowerExplainer {
  constructor(
    private readonly topology: Topology,
    private readonly before: PowerState,
    private readonly after: PowerState,
    private readonly afterFailures: Failures,
  ) {}

  /** Why `device` has fewer live power ports than before (or is dead); [device] alone if no cause is found. */
  device(device: string): PathStep[] {
    return this.deviceFrom(device, new Set()) ?? [{ id: device, via: null }];
  }

  private lost(id: string): boolean {
    return this.before.live(id) && !this.after.live(id);
  }

  private deviceFrom(device: string, seen: Set<string>): PathStep[] | undefined {
    if (seen.has(device)) return undefined;
    seen.add(device);
    if (this.afterFailures.dead(device)) return this.afterFailures.deadPath(device);
    const ports = (this.topology.componentsOf.get(device) ?? []).filter((c) => this.lost(c)).sort(compare);
    for (const port of ports) {
      const rest = this.portFrom(port, seen);
      if (rest) return [{ id: device, via: 'COMPONENT_OF' }, ...rest];
    }
    return undefined;
  }

  private portFrom(port: string, seen: Set<string>): PathStep[] | undefined {
    const { dead, deadPath } = this.afterFailures;
    if (dead(port)) return deadPath(port);
    const cable = this.topology.cableAt.get(port)?.cable;
    if (cable === undefined) return undefined;
    if (dead(cable)) return [{ id: port, via: 'TERMINATES' }, ...deadPath(cable)];
    for (const source of [...farEnds(this.topology, port)].sort(compare)) {
      if (!this.lost(source)) continue;
      const rest = this.sourceFrom(source, seen);
      if (rest) return [{ id: port, via: 'TERMINATES' }, { id: cable, via: 'TERMINATES' }, ...rest];
    }
    return undefined;
  }

  private sourceFrom(source: string, seen: Set<string>): PathStep[] | undefined {
    const { dead, deadPath } = this.afterFailures;
    if (dead(source)) return deadPath(source);
    const fed = this.topology.fedBy.get(source);
    if (this.topology.nodes.get(source)?.class === 'PowerFeed') {
      return fed !== undefined ? [{ id: source, via: 'FED_BY' }, ...deadPath(fed)] : undefined;
    }
    const pdu = this.topology.ownerOf.get(source);
    if (pdu !== undefined && this.before.powered(pdu) && !this.after.powered(pdu)) {
      const rest = this.deviceFrom(pdu, seen);
      if (rest) return [{ id: source, via: 'COMPONENT_OF' }, ...rest];
    }
    if (fed !== undefined && this.lost(fed)) {
      const rest = this.portFrom(fed, seen);
      if (rest) return [{ id: source, via: 'FED_BY' }, ...rest];
    }
    return undefined;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
