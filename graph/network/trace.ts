/**
 * Cable trace with NetBox's semantics (its CablePath.from_origin), pure over
 * a Topology: from an interface, console port, power port or outlet, power
 * feed or circuit termination, the path segment by segment, each
 * [near terminations] — cable(s) — [far terminations]:
 *
 * - far front ports continue through their rear port; when that rear port
 *   has several positions, the front ports' positions are pushed on a stack;
 * - far rear ports continue out of their front port: the one at position 1
 *   when the rear port has one position, else at the position popped off the
 *   stack; with no position known the path is split there and stops;
 * - a far circuit termination continues to the circuit's other termination
 *   (A ↔ Z) and on through its cable; when that end is at a provider
 *   network, or at a site with no cable, the path ends there (complete only
 *   at a provider network);
 * - anything else (an interface, a console/power port, a feed) is an
 *   endpoint: the path is complete.
 *
 * Unlike NetBox the trace also says where the wire is broken: every cable,
 * termination, circuit and pass-through device (a patch panel) on the way
 * that is reported DOWN or is decommissioned (path.liveness.ts). It keeps
 * tracing past a break, so the answer shows the whole wire and every break.
 * A path that comes back to terminations it has already left stops there
 * (`loop`), so a hand-made loop of patch panels terminates.
 */
import { badInput, notFound } from '../platform/errors';
import { breakOf, cableStatusOf } from './path.liveness';
import type { BreakReason } from './path.liveness';
import { otherCircuitEnd } from './topology';
import type { Topology } from './topology';

/** Classes a trace can start from (NetBox's path endpoints, and circuit terminations). */
export const TRACE_ORIGINS: readonly string[] = [
  'Interface',
  'ConsolePort',
  'ConsoleServerPort',
  'PowerPort',
  'PowerOutlet',
  'PowerFeed',
  'CircuitTermination',
];

/** Most segments one trace records: far past any real wire, so a malformed graph cannot run on. */
export const MAX_TRACE_SEGMENTS = 256;

export interface TraceCable {
  readonly id: string;
  /** NetBox's cable status: CONNECTED, PLANNED or DECOMMISSIONING (CONNECTED when none is recorded). */
  readonly cableStatus: string;
}

export interface TraceSegment {
  /** Terminations this segment starts from. */
  readonly near: readonly string[];
  /** The cables joining near to far; empty for the last leg of a circuit to its provider network or site. */
  readonly cables: readonly TraceCable[];
  /** Terminations (or, past a circuit's last end, the provider network or site) at the other end. */
  readonly far: readonly string[];
  /** The circuit crossed (A ↔ Z) to reach `near`, when it was. */
  readonly circuit: string | null;
}

export interface TraceBreak {
  /** The broken element: a cable, a termination, a circuit or a pass-through device. */
  readonly id: string;
  readonly reason: BreakReason;
  /** Index of the segment it is on. */
  readonly segment: number;
}

export interface CableTrace {
  readonly origin: string;
  readonly segments: readonly TraceSegment[];
  /** The path ends on an endpoint (interface, console/power port, feed) or a provider network. */
  readonly isComplete: boolean;
  /** Every cable is CONNECTED and nothing on the way is broken. */
  readonly isActive: boolean;
  /** The path fans out where no single way on is known (a multi-position rear port with no position, mixed far ends). */
  readonly isSplit: boolean;
  /** The path came back to terminations it had already left and was stopped. */
  readonly loop: boolean;
  /** Everything on the way that is DOWN or decommissioned, in path order. */
  readonly breaks: readonly TraceBreak[];
}

/** A rear port's positions: its field, or as many as its front ports use. */
export function positionsOf(topology: Topology, rear: string): number {
  const field = Number(topology.nodes.get(rear)?.fields?.positions ?? 1);
  let most = Number.isFinite(field) && field > 0 ? Math.trunc(field) : 1;
  for (const position of topology.frontsOf.get(rear)?.keys() ?? []) most = Math.max(most, position);
  return most;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Refuses what cannot be traced: an unknown id, or a CI that is not a path endpoint. */
function checkOrigin(topology: Topology, origin: string): void {
  const node = topology.nodes.get(origin);
  if (!node) throw notFound('CI', origin, 'from');
  if (!TRACE_ORIGINS.includes(node.class)) {
    throw badInput(
      'from',
      `a trace starts from one of ${TRACE_ORIGINS.join(', ')}; ${origin} is a ${node.class}` +
        (node.class === 'FrontPort' || node.class === 'RearPort' ? ' (trace from an endpoint the panel joins)' : ''),
    );
  }
}

/** The cable trace from `origin`. */
export function cableTrace(topology: Topology, origin: string): CableTrace {
  checkOrigin(topology, origin);
  return new Tracer(topology, origin).run();
}

class Tracer {
  private readonly segments: TraceSegment[] = [];
  private readonly breaks: TraceBreak[] = [];
  private readonly checked = new Set<string>();
  private readonly positionStack: number[][] = [];
  private isComplete = false;
  private isSplit = false;
  private loop = false;

  constructor(
    private readonly topology: Topology,
    private readonly origin: string,
  ) {}

  run(): CableTrace {
    let terminations: string[] = [this.origin];
    let circuit: string | null = null;
    const left = new Set<string>();
    while (terminations.length > 0) {
      const key = [...terminations].sort().join('\u0000');
      if (left.has(key) || this.segments.length >= MAX_TRACE_SEGMENTS) {
        this.loop = true;
        break;
      }
      left.add(key);
      const next = this.step(terminations, circuit);
      terminations = next?.terminations ?? [];
      circuit = next?.circuit ?? null;
    }
    const everyCableConnected = this.segments.every((s) => s.cables.every((c) => c.cableStatus === 'CONNECTED'));
    return {
      origin: this.origin,
      segments: this.segments,
      isComplete: this.isComplete && !this.loop,
      isActive: this.segments.length > 0 && everyCableConnected && this.breaks.length === 0,
      isSplit: this.isSplit,
      loop: this.loop,
      breaks: this.breaks,
    };
  }

  /** One segment from `near`; the terminations the next one starts from, or undefined when the path ends. */
  private step(near: string[], circuit: string | null): { terminations: string[]; circuit: string | null } | undefined {
    const { topology } = this;
    const ats = near.map((t) => topology.cableAt.get(t));
    const cables = unique(ats.flatMap((at) => (at ? [at.cable] : [])));
    if (cables.length === 0) return undefined; // uncabled: the path ends mid-way (or never starts)
    // A bundle of cables that the positions on the stack do not account for goes different ways.
    const top = this.positionStack.at(-1);
    if (cables.length > 1 && top !== undefined && near.length !== top.length) {
      this.isSplit = true;
      return undefined;
    }
    if (ats.some((at) => at === undefined)) this.isSplit = true; // some of the bundle uncabled: asymmetric
    const far = unique(
      near.flatMap((t) => {
        const at = topology.cableAt.get(t);
        if (!at) return [];
        const ends = topology.cables.get(at.cable);
        return (at.side === 'A' ? ends?.B : ends?.A) ?? [];
      }),
    );
    const index = this.segments.length;
    this.segments.push({
      near,
      cables: cables.map((id) => ({ id, cableStatus: cableStatusOf(topology, id) })),
      far,
      circuit,
    });
    this.check(index, [...near, ...cables, ...far]);
    if (far.length === 0) return undefined; // a cable with nothing at its other end
    const classes = unique(far.map((t) => topology.nodes.get(t)?.class));
    if (classes.length > 1) {
      this.isSplit = true;
      return undefined;
    }
    switch (classes[0]) {
      case 'FrontPort':
        return this.throughFrontPorts(index, far);
      case 'RearPort':
        return this.throughRearPorts(index, far);
      case 'CircuitTermination':
        return this.acrossCircuit(index, far);
      default:
        this.isComplete = true;
        return undefined;
    }
  }

  /** Far front ports → their rear ports, keeping the positions when a rear port carries several. */
  private throughFrontPorts(index: number, fronts: string[]): { terminations: string[]; circuit: null } | undefined {
    const { topology } = this;
    const maps = fronts.map((f) => topology.rearOf.get(f));
    if (maps.some((m) => m === undefined)) return undefined; // a front port with no rear port: ends mid-panel
    const rears = unique(maps.map((m) => m!.rear));
    if (rears.length > 1 || positionsOf(topology, rears[0]) > 1) this.positionStack.push(maps.map((m) => m!.position));
    this.checkOwners(index, fronts);
    return { terminations: rears, circuit: null };
  }

  /** Far rear ports → the front ports at the positions the path came in on. */
  private throughRearPorts(index: number, rears: string[]): { terminations: string[]; circuit: null } | undefined {
    const { topology } = this;
    const frontAt = (rear: string, position: number) => topology.frontsOf.get(rear)?.get(position);
    let fronts: (string | undefined)[];
    if (rears.length === 1 && positionsOf(topology, rears[0]) === 1) {
      fronts = [frontAt(rears[0], 1)];
    } else if (this.positionStack.length > 0) {
      const positions = this.positionStack.pop()!;
      fronts =
        rears.length > 1 && rears.length === positions.length
          ? rears.map((rear, i) => frontAt(rear, positions[i]))
          : positions.map((p) => frontAt(rears[0], p));
    } else {
      // No position to follow: the trunk fans out to every front port.
      this.isSplit = true;
      return undefined;
    }
    this.checkOwners(index, rears);
    const found = unique(fronts.filter((f): f is string => f !== undefined));
    return found.length > 0 ? { terminations: found, circuit: null } : undefined;
  }

  /** A far circuit termination → the circuit's other end: on through its cable, or the end at a provider network or site. */
  private acrossCircuit(index: number, ends: string[]): { terminations: string[]; circuit: string } | undefined {
    const { topology } = this;
    if (ends.length > 1) {
      this.isSplit = true;
      return undefined;
    }
    const circuit = topology.ownerOf.get(ends[0]);
    const other = otherCircuitEnd(topology, ends[0]);
    if (circuit === undefined || other === undefined) return undefined;
    this.check(index, [circuit]);
    const place = topology.terminatesAt.get(other);
    const placeClass = place === undefined ? undefined : topology.nodes.get(place)?.class;
    if (placeClass === 'ProviderNetwork' || (place !== undefined && !topology.cableAt.has(other))) {
      const last = this.segments.length;
      this.segments.push({ near: [other], cables: [], far: [place!], circuit });
      this.check(last, [other, place!]);
      this.isComplete = placeClass === 'ProviderNetwork';
      return undefined;
    }
    return { terminations: [other], circuit };
  }

  /** The devices passed through (a patch panel) count as on the way. */
  private checkOwners(index: number, ports: string[]): void {
    this.check(
      index,
      unique(ports.flatMap((p) => (this.topology.ownerOf.has(p) ? [this.topology.ownerOf.get(p)!] : []))),
    );
  }

  private check(segment: number, ids: readonly string[]): void {
    for (const id of ids) {
      if (this.checked.has(id)) continue;
      this.checked.add(id);
      const reason = breakOf(this.topology, id);
      if (reason) this.breaks.push({ id, reason, segment });
    }
  }
}
