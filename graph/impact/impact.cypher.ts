/**
 * The Cypher of impact analysis, built once from the impact rule table:
 * relationship types are spliced in only from that table, everything else
 * is a parameter. The one number spliced in is a depth the caller has
 * already checked against IMPACT_LIMITS (a quantifier cannot be a parameter).
 */
import { IMPACT_LIMITS, IMPACT_RULES, TYPES_BY_FLOW } from './impact.rules';

/** Types whose failure reaches the source (the receiver is the source). */
const TO_SOURCE = TYPES_BY_FLOW.toSource.join('|');
/** Types whose failure reaches the target (the receiver is the target: a cluster, a whole service). */
const TO_TARGET = TYPES_BY_FLOW.toTarget.join('|');
const ALL_TYPES = IMPACT_RULES.map((r) => r.type).join('|');
const list = (types: readonly string[]) => `[${types.map((t) => `'${t}'`).join(', ')}]`;
const TO_SOURCE_LIST = list(TYPES_BY_FLOW.toSource);
/** Types whose alternatives are told apart by class: only their inputs' class is read. */
const BY_CLASS_LIST = list(IMPACT_RULES.filter((r) => r.alternatives === 'sameTargetClass').map((r) => r.type));

/**
 * One input of `m` as one string, `type|id|class|status` (class only where
 * alternatives go by class; status only where it counts, DOWN or DEGRADED):
 * one short value per input decodes much faster than a list of four, and a
 * site outage reads thousands. CI ids, class names and statuses never
 * contain `|`.
 */
const INPUT = `type(r) + '|' + t.id + '|' + CASE WHEN type(r) IN ${BY_CLASS_LIST} THEN t.class ELSE '' END + '|' + CASE t.operationalStatus WHEN 'DOWN' THEN 'DOWN' WHEN 'DEGRADED' THEN 'DEGRADED' ELSE '' END`;

/**
 * A CI bound to `m`, as the engine reads it: its fields and its inputs
 * (every CI whose failure can reach it). Each direction is expanded on its
 * own so that a dense node (a site, a core switch) reads only the side it
 * needs. Relationships of these types only ever join CIs (the rule table),
 * so their far ends need no label check.
 */
const NODE = `m.id AS id, m.class AS class, m.name AS name, m.criticality AS criticality,
  m.minHealthyMembers AS minHealthyMembers, m.operationalStatus AS status,
  COLLECT { MATCH (m)-[r:${TO_SOURCE}]->(t) RETURN ${INPUT} } +
  COLLECT { MATCH (m)<-[r:${TO_TARGET}]-(t) RETURN ${INPUT} } AS inputs`;

/** CIs by id ($ids). */
export const LOAD_NODES = `UNWIND $ids AS id MATCH (m:CI {id: id}) RETURN ${NODE}`;

/** The receivers of CIs along some types ($expansions: [{id, types}]), leaving out $known ids. */
export const RECEIVERS = `UNWIND $expansions AS e
MATCH (x:CI {id: e.id})
CALL (x, e) {
  MATCH (x)<-[r:${TO_SOURCE}]-(m) WHERE type(r) IN e.types RETURN m
  UNION
  MATCH (x)-[r:${TO_TARGET}]->(m) WHERE type(r) IN e.types RETURN m
}
WITH DISTINCT m WHERE NOT m.id IN $known
RETURN ${NODE}`;

/** Whether any of the CIs in $expansions has a receiver along its types. */
export const HAS_RECEIVERS = `UNWIND $expansions AS e
MATCH (x:CI {id: e.id})
WHERE EXISTS { MATCH (x)<-[r:${TO_SOURCE}]-() WHERE type(r) IN e.types }
   OR EXISTS { MATCH (x)-[r:${TO_TARGET}]->() WHERE type(r) IN e.types }
RETURN count(x) > 0 AS found`;

function checkedDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 0 || depth > IMPACT_LIMITS.maxDepth) {
    throw new Error(`depth ${depth} is outside 0..${IMPACT_LIMITS.maxDepth}`);
  }
  return depth;
}

/** The pattern from `x` to every CI a failure of `x` can reach within `depth` hops, ignoring redundancy. */
const reach = (depth: number) =>
  `(x)((a)-[r:${ALL_TYPES}]-(b) WHERE (endNode(r) = a) = (type(r) IN ${TO_SOURCE_LIST})){1,${checkedDepth(depth)}}(m)`;

/**
 * Every CI a failure of the CIs in $ids can reach within `depth` hops, with
 * its inputs, leaving out $known ids: the traversal loads this in one go
 * once a blast radius turns out large (breadth-first pruning expand).
 */
export function reachableNodesQuery(depth: number): string {
  return `UNWIND $ids AS id
MATCH (x:CI {id: id})
MATCH ${reach(depth)}
WITH DISTINCT m WHERE NOT m.id IN $known
RETURN ${NODE}`;
}

/**
 * Every CI a failure of the CIs in $ids can reach within `depth` hops,
 * ignoring redundancy, as ids and classes: the same walk as a single raw
 * query, which the benchmark times as the floor.
 */
export function reachableQuery(depth: number): string {
  return `MATCH (x:CI) WHERE x.id IN $ids
MATCH ${reach(depth)}
RETURN DISTINCT m.id AS id, m.class AS class`;
}
