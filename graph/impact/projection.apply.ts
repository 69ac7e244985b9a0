/**
 * How the projection moves forward: one change log record at a time, in
 * sequence order (issue 21). Every record carries absolute values (a
 * create's whole CI, an update's new values, the relationship made or
 * removed), so replaying a record the store already reflects changes
 * nothing; that is what lets a build read the graph while writes go on and
 * then replay the log from the sequence it started at.
 */
import { RELATIONSHIP_RULES } from '../model/relationships.rules';
import { IMPACT_RULES } from './impact.rules';
import type { ProjectedFields, ProjectionStore } from './projection.store';

/** A change as the catch-up query reads it (`after` still JSON text). */
export interface LoggedChange {
  seq: number;
  op: string;
  ciId: string;
  ciClass?: string | null;
  otherId?: string | null;
  relType?: string | null;
  after?: string | Readonly<Record<string, unknown>> | null;
}

const IMPACT_TYPES: ReadonlySet<string> = new Set(IMPACT_RULES.map((r) => r.type));

/** Classes a propagating relationship may join (the rule table): the CIs the projection holds. */
export const PROJECTED_CLASSES: ReadonlySet<string> = new Set(
  RELATIONSHIP_RULES.filter((r) => IMPACT_TYPES.has(r.type)).flatMap((r) => [...r.from, ...r.to]),
);

/** The relationship types the projection holds. */
export const PROJECTED_TYPES: readonly string[] = [...IMPACT_TYPES];

/** The node fields the projection keeps, as stored on the CI. */
export const PROJECTED_FIELDS = ['class', 'name', 'criticality', 'minHealthyMembers', 'operationalStatus'] as const;

function parsed(after: LoggedChange['after']): Readonly<Record<string, unknown>> {
  if (after === null || after === undefined) return {};
  return typeof after === 'string' ? (JSON.parse(after) as Record<string, unknown>) : after;
}

export function fieldsOf(values: Readonly<Record<string, unknown>>, className: string): ProjectedFields {
  return {
    class: className,
    name: typeof values.name === 'string' ? values.name : '',
    criticality: typeof values.criticality === 'string' ? values.criticality : null,
    minHealthyMembers: typeof values.minHealthyMembers === 'number' ? values.minHealthyMembers : null,
    operationalStatus: typeof values.operationalStatus === 'string' ? values.operationalStatus : null,
  };
}

/** What each operation does to the store; an operation not listed leaves it as it is. */
const APPLY: Readonly<Record<string, (store: ProjectionStore, change: LoggedChange) => void>> = {
  CREATE: (store, c) => {
    const values = parsed(c.after);
    const className = (values.class as string | undefined) ?? c.ciClass ?? '';
    if (PROJECTED_CLASSES.has(className)) store.put(c.ciId, fieldsOf(values, className));
  },
  UPDATE: (store, c) => void store.update(c.ciId, parsed(c.after)),
  STATUS: (store, c) => void store.update(c.ciId, parsed(c.after)),
  TRANSITION: (store, c) => void store.update(c.ciId, parsed(c.after)),
  DELETE: (store, c) => store.remove(c.ciId),
  RELATE: (store, c) => {
    if (c.relType && c.otherId) store.relate(c.ciId, c.relType, c.otherId);
  },
  UNRELATE: (store, c) => {
    if (c.relType && c.otherId) store.unrelate(c.ciId, c.relType, c.otherId);
  },
};

export function applyChanges(store: ProjectionStore, changes: readonly LoggedChange[]): void {
  for (const change of changes) APPLY[change.op]?.(store, change);
}
