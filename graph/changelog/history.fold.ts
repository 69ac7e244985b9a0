/**
 * The pure part of point-in-time views: undoing changes, newest first, to
 * get from the present back to an instant, and comparing two instants.
 */
import type { Direction } from '../items/relationships';

/** A change made after the instant asked for, as read from the log (JSON parsed). */
export interface LaterChange {
  op: string;
  seq: number;
  before: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  relType?: string | null;
  ciId?: string;
  ciClass?: string;
  otherId?: string | null;
  otherClass?: string | null;
}

export interface RelationshipKey {
  type: string;
  fromId: string;
  toId: string;
  fromClass: string;
  toClass: string;
}

type Edge = RelationshipKey & { properties: Record<string, unknown> };

interface Direct {
  type: string;
  direction: Direction;
  otherId: string;
  otherClass: string;
  properties: Record<string, unknown>;
}

const edgeKey = (e: { type: string; fromId: string; toId: string }) => `${e.type}\u0000${e.fromId}\u0000${e.toId}`;
const directKey = (r: Direct) => `${r.type}\u0000${r.direction}\u0000${r.otherId}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const history = {
  /**
   * A CI's stored properties at an instant: its present state (undefined
   * when deleted) with the later field changes (newest first) undone; the
   * version and updatedAt come from its last change at or before the
   * instant. A CI whose recorded creation is later, or whose createdAt is
   * later (a seeded CI), did not exist yet.
   */
  stateAt(
    current: Record<string, unknown> | undefined,
    later: readonly LaterChange[],
    last: { op: string; ciVersion?: number | null; ciUpdatedAt?: string | null } | undefined,
    asOf?: string,
  ): Record<string, unknown> | undefined {
    let state = current ? { ...current } : undefined;
    for (const change of later) {
      if (change.op === 'CREATE') state = undefined;
      else if (change.op === 'DELETE') state = change.before ? { ...change.before } : undefined;
      else if (state && change.before) {
        for (const [key, value] of Object.entries(change.before)) {
          if (value === null) delete state[key];
          else state[key] = value;
        }
      }
    }
    if (!state || last?.op === 'DELETE') return undefined;
    if (asOf !== undefined && typeof state.createdAt === 'string' && state.createdAt > asOf && !last) return undefined;
    if (last?.ciVersion !== undefined && last.ciVersion !== null) {
      state.version = last.ciVersion;
      if (last.ciUpdatedAt) state.updatedAt = last.ciUpdatedAt;
    }
    return state;
  },

  /** The relationships at an instant: the present ones with the later relationship changes (newest first) undone. */
  relationshipsAt(current: readonly Edge[], later: readonly LaterChange[]): Edge[] {
    const edges = new Map(current.map((e) => [edgeKey(e), e]));
    for (const change of later) {
      if (!change.relType || !change.ciId || !change.otherId) continue;
      const key: RelationshipKey = {
        type: change.relType,
        fromId: change.ciId,
        toId: change.otherId,
        fromClass: change.ciClass ?? '',
        toClass: change.otherClass ?? '',
      };
      const before = change.before as { properties?: Record<string, unknown> } | null;
      if (change.op === 'RELATE' && !before) edges.delete(edgeKey(key));
      else edges.set(edgeKey(key), { ...key, properties: before?.properties ?? {} });
    }
    return [...edges.values()];
  },

  fieldDifferences(a: Record<string, unknown>, b: Record<string, unknown>) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys
      .filter((k) => !same(a[k], b[k]))
      .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
  },

  relationshipDifferences(a: readonly Direct[], b: readonly Direct[]) {
    const before = new Map(a.map((r) => [directKey(r), r]));
    const after = new Map(b.map((r) => [directKey(r), r]));
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    return keys
      .filter((k) => !same(before.get(k)?.properties, after.get(k)?.properties) || before.has(k) !== after.has(k))
      .map((k) => {
        const r = (after.get(k) ?? before.get(k))!;
        return {
          type: r.type,
          direction: r.direction,
          otherId: r.otherId,
          otherClass: r.otherClass,
          before: before.get(k)?.properties ?? null,
          after: after.get(k)?.properties ?? null,
        };
      });
  },
};
