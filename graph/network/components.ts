/**
 * Addressing a device's components the way NetBox does: by the device's id
 * and the component's name (unique per class within the device, see
 * graph/items/component.names.ts), or by the component's own id. Many
 * references are resolved in one query, for connectCable and for the
 * `component(device, name)` query alike.
 */
import type { Executor, Row } from '../platform/executor';
import { badInput } from '../platform/errors';
import { classSpec } from '../model/classes';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';

/** A component by id, or by device id + name (+ class, where a device has two components of that name). */
export interface ComponentRef {
  id?: string | null;
  device?: string | null;
  name?: string | null;
  class?: string | null;
}

/** What a reference resolved to: the one CI, or why there is none. */
export type ResolvedRef = { ok: true; node: Record<string, unknown>; device?: string } | { ok: false; reason: string };

type Run = (query: string, params: Record<string, unknown>) => Promise<Row[]>;

/** Why a reference is malformed before any lookup (it must name one thing one way), or undefined. */
export function refShapeProblem(ref: ComponentRef): string | undefined {
  const byId = ref.id != null && ref.id !== '';
  const byName = ref.device != null || ref.name != null;
  if (byId && byName) return 'give either id, or device and name, not both';
  if (!byId && !(ref.device && ref.name)) return 'give either id, or device and name';
  if (ref.class != null && classSpec(ref.class)?.category !== 'component') {
    return `class ${ref.class} is not a device component class`;
  }
  return undefined;
}

/**
 * Resolves references in one query (an index seek per reference), in their order. Each by-name
 * reference must match exactly one component of the device (per class when `class` is given).
 */
export async function resolveComponentRefs(run: Run, refs: readonly ComponentRef[]): Promise<ResolvedRef[]> {
  if (refs.length === 0) return [];
  const rows = await run(
    `UNWIND range(0, size($refs) - 1) AS i
     WITH i, $refs[i] AS ref
     WITH i, ref,
       COLLECT {
         MATCH (c:CI {id: ref.id})
         OPTIONAL MATCH (c)-[:COMPONENT_OF]->(d:CI)
         RETURN {node: c {.*}, device: d.name} LIMIT 1
       } AS byId,
       COLLECT {
         MATCH (d:CI {id: ref.device})<-[:COMPONENT_OF]-(c:CI {name: ref.name})
         WHERE ref.class IS NULL OR c.class = ref.class
         WITH c, d ORDER BY c.class LIMIT 5
         RETURN {node: c {.*}, device: d.name}
       } AS byName,
       EXISTS { MATCH (:CI {id: ref.device}) } AS deviceFound
     RETURN i, CASE WHEN ref.id IS NULL THEN byName ELSE byId END AS found, deviceFound
     ORDER BY i`,
    {
      refs: refs.map((r) => ({
        id: r.id || null,
        device: r.device ?? null,
        name: r.name ?? null,
        class: r.class ?? null,
      })),
    },
  );
  return rows.map((row, i): ResolvedRef => {
    const ref = refs[i];
    const found = row.found as { node: Record<string, unknown>; device: string | null }[];
    const one = () => ({ ok: true as const, node: found[0].node, device: found[0].device ?? undefined });
    if (ref.id) return found.length === 1 ? one() : { ok: false, reason: `no CI with id ${ref.id}` };
    if (!row.deviceFound) return { ok: false, reason: `no CI with id ${String(ref.device)} (the device)` };
    const what = ref.class ? `${ref.class} ` : 'component ';
    if (found.length === 0)
      return { ok: false, reason: `${String(ref.device)} has no ${what}named ${String(ref.name)}` };
    if (found.length > 1) {
      return {
        ok: false,
        reason: `${String(ref.device)} has several components named ${String(ref.name)} (${found.map((f) => String(f.node.class)).join(', ')}); give the class`,
      };
    }
    return one();
  });
}

/** One component of a device by name (and class, when the name is on two classes), or undefined. */
export async function findComponent(
  db: Executor,
  device: string,
  name: string,
  className?: string,
): Promise<Item | undefined> {
  const ref: ComponentRef = { device, name, class: className ?? null };
  const shape = refShapeProblem(ref);
  if (shape) throw badInput(className ? 'class' : 'name', shape);
  const [resolved] = await resolveComponentRefs((q, p) => db.read('components.byName', q, p), [ref]);
  if (resolved.ok) return itemFromNode(resolved.node);
  // Ambiguity is the caller's to fix; a name or device that is not there is simply no answer.
  if (resolved.reason.includes('give the class')) throw badInput('class', resolved.reason);
  return undefined;
}
