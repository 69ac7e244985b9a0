/**
 * The topology projection's store (issue 21): the part of the graph the
 * impact rules read, held in memory in compact form. CIs are interned to
 * slots; their class, status and criticality to small codes; the
 * propagating relationships are edges in typed arrays, each threaded on two
 * doubly linked lists (the inputs of its receiver, the receivers of its
 * input), so a relationship is added or removed in constant time however
 * many CIs a site holds.
 *
 * It is derived from the one truth and never a second truth: this file only
 * holds and edits; projection.apply.ts brings it forward from the change log,
 * and projection.source.ts answers the traversal from it.
 *
 * Edges are kept as relationships are, from source to target, with the rule
 * table saying which end receives a failure (PART_OF and MEMBER_OF: the
 * target). A second relationship of one type between the same two CIs adds
 * nothing (relate makes one).
 */
import type { ImpactInput, ImpactNode } from './impact.engine';
import { IMPACT_RULES } from './impact.rules';

const NONE = -1;

/** The impact rules by code: an edge stores its type as an index into this table. */
const RULES = IMPACT_RULES;
const TYPE_CODE = new Map<string, number>(RULES.map((r, i) => [r.type, i]));
/** Types whose inputs are told apart by class: only theirs carry the input's class (as impact.cypher.ts). */
const BY_CLASS = RULES.map((r) => r.alternatives === 'sameTargetClass');

/** The fields of a CI the rules read, as the change log and the build query give them. */
export interface ProjectedFields {
  class: string;
  name: string;
  criticality?: string | null;
  minHealthyMembers?: number | null;
  operationalStatus?: string | null;
}

/** Strings seen often (classes, statuses, criticalities) as small codes; code 0 is null. */
class Interner {
  private readonly codes = new Map<string, number>();
  private readonly values: (string | null)[] = [null];

  code(value: string | null | undefined): number {
    if (value === null || value === undefined) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > 0xffff) throw new Error('projection: more than 65,535 distinct values of one field');
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  value(code: number): string | null {
    return this.values[code] ?? null;
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number, fill = 0): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2, 64));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

export class ProjectionStore {
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private names: string[] = [];
  private freeSlots: number[] = [];
  private cls = new Uint16Array(0);
  private status = new Uint16Array(0);
  private crit = new Uint16Array(0);
  /** minHealthyMembers, or -1 when unset. */
  private minHealthy = new Int32Array(0);
  /** First edge the CI receives a failure along, and first edge it passes one along. */
  private firstIn = new Int32Array(0);
  private firstOut = new Int32Array(0);

  private edgeCount = 0;
  private freeEdges: number[] = [];
  private eType = new Uint8Array(0);
  private eReceiver = new Int32Array(0);
  private eInput = new Int32Array(0);
  private eNextIn = new Int32Array(0);
  private ePrevIn = new Int32Array(0);
  private eNextOut = new Int32Array(0);
  private ePrevOut = new Int32Array(0);
  private edgesLive = 0;

  private readonly classes = new Interner();
  private readonly statuses = new Interner();
  private readonly criticalities = new Interner();

  get size(): number {
    return this.slotOf.size;
  }

  get relationships(): number {
    return this.edgesLive;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds the CI, or sets its fields if it is there. */
  put(id: string, fields: ProjectedFields): void {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.ids.length;
      this.ensureNodes(slot + 1);
      this.ids[slot] = id;
      this.slotOf.set(id, slot);
      this.firstIn[slot] = NONE;
      this.firstOut[slot] = NONE;
    }
    this.cls[slot] = this.classes.code(fields.class);
    this.names[slot] = fields.name;
    this.status[slot] = this.statuses.code(fields.operationalStatus);
    this.crit[slot] = this.criticalities.code(fields.criticality);
    this.minHealthy[slot] = fields.minHealthyMembers ?? NONE;
  }

  /** Sets the fields present in `changed` (a change log `after`); false when the CI is not held. */
  update(id: string, changed: Readonly<Record<string, unknown>>): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    if ('name' in changed) this.names[slot] = String(changed.name ?? '');
    if ('operationalStatus' in changed) this.status[slot] = this.statuses.code(asText(changed.operationalStatus));
    if ('criticality' in changed) this.crit[slot] = this.criticalities.code(asText(changed.criticality));
    if ('minHealthyMembers' in changed) {
      const v = changed.minHealthyMembers;
      this.minHealthy[slot] = typeof v === 'number' ? v : NONE;
    }
    return true;
  }

  /** Removes the CI and every relationship it is in. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    while (this.firstIn[slot] !== NONE) this.unlink(this.firstIn[slot]);
    while (this.firstOut[slot] !== NONE) this.unlink(this.firstOut[slot]);
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.names[slot] = '';
    this.freeSlots.push(slot);
  }

  /** Adds `from -[type]-> to` if both CIs are held and the type propagates; false otherwise. */
  relate(fromId: string, type: string, toId: string): boolean {
    const code = TYPE_CODE.get(type);
    const from = this.slotOf.get(fromId);
    const to = this.slotOf.get(toId);
    if (code === undefined || from === undefined || to === undefined) return false;
    const [receiver, input] = RULES[code].flow === 'toSource' ? [from, to] : [to, from];
    if (this.findEdge(code, receiver, input) !== NONE) return true;
    const e = this.freeEdges.pop() ?? this.edgeCount++;
    this.ensureEdges(e + 1);
    this.eType[e] = code;
    this.eReceiver[e] = receiver;
    this.eInput[e] = input;
    this.ePrevIn[e] = NONE;
    this.eNextIn[e] = this.firstIn[receiver];
    if (this.firstIn[receiver] !== NONE) this.ePrevIn[this.firstIn[receiver]] = e;
    this.firstIn[receiver] = e;
    this.ePrevOut[e] = NONE;
    this.eNextOut[e] = this.firstOut[input];
    if (this.firstOut[input] !== NONE) this.ePrevOut[this.firstOut[input]] = e;
    this.firstOut[input] = e;
    this.edgesLive++;
    return true;
  }

  /** Removes `from -[type]-> to` if held. */
  unrelate(fromId: string, type: string, toId: string): void {
    const code = TYPE_CODE.get(type);
    const from = this.slotOf.get(fromId);
    const to = this.slotOf.get(toId);
    if (code === undefined || from === undefined || to === undefined) return;
    const [receiver, input] = RULES[code].flow === 'toSource' ? [from, to] : [to, from];
    const e = this.findEdge(code, receiver, input);
    if (e !== NONE) this.unlink(e);
  }

  /** The CI as the engine reads it (its inputs with their class and reported state), or undefined. */
  node(id: string): ImpactNode | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.nodeAt(slot);
  }

  /**
   * The CIs that receive a failure of `id` along `types`, by id; each once. (Receivers are few per edge
   * list walked; a site's LOCATED_IN list is walked once however many types are asked.)
   */
  receiverIds(id: string, types: ReadonlySet<string> | null): string[] {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return [];
    const out: string[] = [];
    for (let e = this.firstOut[slot]; e !== NONE; e = this.eNextOut[e]) {
      if (types === null || types.has(RULES[this.eType[e]].type)) out.push(this.ids[this.eReceiver[e]] as string);
    }
    return out;
  }

  /** Every held CI id (for tests and rebuild checks). */
  allIds(): string[] {
    return [...this.slotOf.keys()];
  }

  private nodeAt(slot: number): ImpactNode {
    const inputs: ImpactInput[] = [];
    for (let e = this.firstIn[slot]; e !== NONE; e = this.eNextIn[e]) {
      const input = this.eInput[e];
      const code = this.eType[e];
      const status = this.statuses.value(this.status[input]);
      inputs.push({
        type: RULES[code].type,
        id: this.ids[input] as string,
        class: BY_CLASS[code] ? (this.classes.value(this.cls[input]) ?? '') : '',
        status: status === 'DOWN' || status === 'DEGRADED' ? status : null,
      });
    }
    const min = this.minHealthy[slot];
    return {
      id: this.ids[slot] as string,
      class: this.classes.value(this.cls[slot]) ?? '',
      name: this.names[slot],
      criticality: this.criticalities.value(this.crit[slot]),
      minHealthyMembers: min === NONE ? null : min,
      status: this.statuses.value(this.status[slot]),
      inputs,
    };
  }

  /** The edge of this type from input to receiver: a walk of the receiver's inputs, which are few but for a large cluster. */
  private findEdge(code: number, receiver: number, input: number): number {
    for (let e = this.firstIn[receiver]; e !== NONE; e = this.eNextIn[e]) {
      if (this.eInput[e] === input && this.eType[e] === code) return e;
    }
    return NONE;
  }

  private unlink(e: number): void {
    const receiver = this.eReceiver[e];
    const input = this.eInput[e];
    if (this.ePrevIn[e] === NONE) this.firstIn[receiver] = this.eNextIn[e];
    else this.eNextIn[this.ePrevIn[e]] = this.eNextIn[e];
    if (this.eNextIn[e] !== NONE) this.ePrevIn[this.eNextIn[e]] = this.ePrevIn[e];
    if (this.ePrevOut[e] === NONE) this.firstOut[input] = this.eNextOut[e];
    else this.eNextOut[this.ePrevOut[e]] = this.eNextOut[e];
    if (this.eNextOut[e] !== NONE) this.ePrevOut[this.eNextOut[e]] = this.ePrevOut[e];
    this.eReceiver[e] = NONE;
    this.freeEdges.push(e);
    this.edgesLive--;
  }

  private ensureNodes(size: number): void {
    this.cls = grown(this.cls, size);
    this.status = grown(this.status, size);
    this.crit = grown(this.crit, size);
    this.minHealthy = grown(this.minHealthy, size, NONE);
    this.firstIn = grown(this.firstIn, size, NONE);
    this.firstOut = grown(this.firstOut, size, NONE);
  }

  private ensureEdges(size: number): void {
    this.eType = grown(this.eType, size);
    this.eReceiver = grown(this.eReceiver, size);
    this.eInput = grown(this.eInput, size);
    this.eNextIn = grown(this.eNextIn, size);
    this.ePrevIn = grown(this.ePrevIn, size);
    this.eNextOut = grown(this.eNextOut, size);
    this.ePrevOut = grown(this.ePrevOut, size);
  }
}

function asText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
