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
 */
import { Kind } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { PREFETCH_MAX_DEPTH } from '../graph/prefetch';
import type { Lookahead, NeighbourSelection } from '../graph/prefetch';
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

/** The neighbour fields selected on a CI (from all the field nodes that select it), merged by field. */
function neighbourSelections(nodes: readonly FieldNode[], fragments: Fragments, depth: number): NeighbourSelection[] {
  if (depth >= PREFETCH_MAX_DEPTH) return [];
  const children = new Map<NeighbourField, FieldNode[]>();
  for (const node of nodes) {
    for (const field of fieldsOf(node.selectionSet, fragments)) {
      const spec = BY_NAME.get(field.name.value);
      if (spec) children.set(spec, [...(children.get(spec) ?? []), field]);
    }
  }
  return [...children].map(([spec, fieldNodes]) => ({
    type: spec.type,
    direction: spec.direction,
    children: neighbourSelections(fieldNodes, fragments, depth + 1),
  }));
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
  return { selections: neighbourSelections(nodes, info.fragments, 0), found: [] };
}
