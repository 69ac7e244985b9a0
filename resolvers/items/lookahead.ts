/**
 * Look-ahead: which neighbour fields a query will ask of the CIs a root
 * field returns, read from the query document before any of them resolves,
 * so graph/ can fetch them in the same statement (graph/prefetch.ts) and
 * prime the request's loaders with them.
 *
 * Fragments and inline fragments are followed; type conditions and
 * @skip/@include are not judged, so at worst a list is fetched that no
 * field reads (never a wrong answer: the loaders are keyed by CI id, type
 * and direction, exactly as the field resolvers ask).
 *
 * Neighbours are read with only the stored properties the query selects of
 * them. The loaders share one list per CI, type and direction across the
 * whole request, so what a neighbour field reads is the union of what every
 * use of that field in the operation selects, and all properties as soon as
 * one of them selects a computed field (book value, health, …) or the
 * operation uses `related` (which reads the same lists for any type).
 */
import { Kind } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ALL_CLASS_FIELDS, COMMON_FIELDS, storedProperties } from '../../graph/model/classes';
import { PREFETCH_MAX_DEPTH } from '../../graph/items/prefetch';
import type { Lookahead, NeighbourSelection } from '../../graph/items/prefetch';
import { NEIGHBOUR_FIELDS } from './neighbour.fields';
import type { NeighbourField } from './neighbour.fields';

const BY_NAME = new Map<string, NeighbourField>(NEIGHBOUR_FIELDS.map((f) => [f.name, f]));

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields a selection set selects, through fragment spreads and inline fragments. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[] = []): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, out);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, out);
  }
  return out;
}

/** Stored properties a field of a CI reads; undefined when it is computed and may read any. */
function propertiesOf(fieldName: string): readonly string[] | undefined {
  if (fieldName === '__typename' || BY_NAME.has(fieldName)) return []; // class and id come always
  if ((COMMON_FIELDS as readonly string[]).includes(fieldName)) return [fieldName];
  const spec = ALL_CLASS_FIELDS.get(fieldName);
  return spec ? storedProperties(spec) : undefined;
}

/** The stored properties the fields of these selections read; undefined when one of them is computed. */
function propertiesRead(nodes: readonly FieldNode[], fragments: Fragments): Set<string> | undefined {
  const wanted = new Set<string>();
  for (const node of nodes) {
    for (const sub of fieldsOf(node.selectionSet, fragments)) {
      const properties = propertiesOf(sub.name.value);
      if (!properties) return undefined;
      properties.forEach((p) => wanted.add(p));
    }
  }
  return wanted;
}

/** Per neighbour field: the properties every use of it in the operation reads (undefined: all of them). */
type Needs = Map<NeighbourField, Set<string> | undefined>;

function needsOf(info: GraphQLResolveInfo): Needs {
  const needs: Needs = new Map();
  let related = false;
  const visit = (set: SelectionSetNode | undefined, seen: Set<SelectionSetNode>) => {
    if (!set || seen.has(set)) return;
    seen.add(set);
    for (const field of fieldsOf(set, info.fragments)) {
      if (field.name.value === 'related') related = true;
      const spec = BY_NAME.get(field.name.value);
      if (spec && (!needs.has(spec) || needs.get(spec))) {
        const read = propertiesRead([field], info.fragments);
        const before = needs.get(spec);
        needs.set(spec, read && new Set([...(before ?? []), ...read]));
      }
      visit(field.selectionSet, seen);
    }
  };
  visit(info.operation.selectionSet, new Set());
  if (related) for (const spec of needs.keys()) needs.set(spec, undefined);
  return needs;
}

/** Needs are worked out once per operation (every root field of a request shares them). */
const needsByOperation = new WeakMap<object, Needs>();

function needsFor(info: GraphQLResolveInfo): Needs {
  let needs = needsByOperation.get(info.operation);
  if (!needs) needsByOperation.set(info.operation, (needs = needsOf(info)));
  return needs;
}

/** The neighbour fields selected on a CI (from all the field nodes that select it), merged by field. */
function neighbourSelections(
  nodes: readonly FieldNode[],
  fragments: Fragments,
  needs: Needs,
  depth: number,
): NeighbourSelection[] {
  if (depth >= PREFETCH_MAX_DEPTH) return [];
  const children = new Map<NeighbourField, FieldNode[]>();
  for (const node of nodes) {
    for (const field of fieldsOf(node.selectionSet, fragments)) {
      const spec = BY_NAME.get(field.name.value);
      if (spec) children.set(spec, [...(children.get(spec) ?? []), field]);
    }
  }
  return [...children].map(([spec, fieldNodes]) => {
    const properties = needs.get(spec);
    return {
      type: spec.type,
      direction: spec.direction,
      properties: properties && [...properties].sort(),
      children: neighbourSelections(fieldNodes, fragments, needs, depth + 1),
    };
  });
}

/**
 * What to fetch ahead for the CIs this resolver returns, found at `path` below it: `[]` when the field
 * returns CIs itself (`item`), `['edges', 'node']` for a connection, `['item']` for search hits.
 */
export function lookahead(info: GraphQLResolveInfo, path: readonly string[] = []): Lookahead {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments).filter((f) => f.name.value === name));
  }
  const properties = propertiesRead(nodes, info.fragments);
  return {
    properties: properties && [...properties].sort(),
    selections: neighbourSelections(nodes, info.fragments, needsFor(info), 0),
    found: [],
  };
}
