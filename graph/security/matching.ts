/**
 * Matching, stored: the AFFECTED_BY edges between Components and Vulnerabilities, kept
 * current from either side.
 * - `matchVulnerabilities(ids)`: after advisories are imported or changed, each one's
 *   edges are recomputed against the components of the packages it names (the component
 *   index on ecosystem + packageName);
 * - `matchComponents(keys)`: after an SBOM import adds or changes components, each one's
 *   edges are recomputed against the advisories naming its package. The SBOM import calls
 *   this with the keys of the components it wrote.
 * Each works in batches: one read for one side, one read for the other, the pure
 * evaluation (matching.evaluate.ts), one write that drops the edges no longer true and
 * merges the new ones (an edge that stays keeps its matchedAt). No query per component.
 */
import type { Executor } from '../platform/executor';

import {
  evaluateMatches,
  type AffectedEdge,
  type MatchComponent,
  type MatchVulnerability,
  type Unevaluated,
} from './matching.evaluate';
import { packageKey } from './matching.keys';
import type { OsvAffected } from './osv.ranges';

/** Advisories (or components) per batch: each batch is two reads and one write. */
export const MATCH_BATCH = 500;

export interface MatchSummary {
  /** Vulnerabilities and components looked at. */
  vulnerabilities: number;
  components: number;
  /** AFFECTED_BY edges made, removed, and left as they were. */
  added: number;
  removed: number;
  kept: number;
  /** Pairs that could not be evaluated (GIT ranges, unknown version order, unreadable version…). */
  unevaluated: number;
  /** The first few of them, with the reason. */
  unevaluatedSamples: Unevaluated[];
}

const MAX_SAMPLES = 20;

const emptySummary = (): MatchSummary => ({
  vulnerabilities: 0,
  components: 0,
  added: 0,
  removed: 0,
  kept: 0,
  unevaluated: 0,
  unevaluatedSamples: [],
});

const COMPONENT_FIELDS =
  'c.key AS key, c.purl AS purl, c.ecosystem AS ecosystem, c.packageName AS packageName, c.version AS version';

const toComponent = (row: Record<string, unknown>): MatchComponent => ({
  key: row.key as string,
  purl: (row.purl as string | null) ?? null,
  packageKey: packageKey(row.ecosystem as string, row.packageName as string),
  version: (row.version as string | null) ?? null,
});

const toVulnerability = (row: Record<string, unknown>): MatchVulnerability => ({
  id: row.id as string,
  // A withdrawn advisory affects nothing.
  affected: row.withdrawn ? [] : (JSON.parse((row.affected as string | null) ?? '[]') as OsvAffected[]),
});

const VULNERABILITIES_BY_ID = `
UNWIND $ids AS id
MATCH (v:Vulnerability {id: id})
RETURN v.id AS id, v.affected AS affected, v.withdrawn AS withdrawn, v.packageKeys AS packageKeys`;

const COMPONENTS_OF_PACKAGES = `
UNWIND $packages AS p
MATCH (c:Component {ecosystem: p.ecosystem, packageName: p.packageName})
RETURN ${COMPONENT_FIELDS}`;

const COMPONENTS_BY_KEY = `
UNWIND $keys AS key
MATCH (c:Component {key: key}) WHERE c.ecosystem IS NOT NULL AND c.packageName IS NOT NULL
RETURN ${COMPONENT_FIELDS}`;

const VULNERABILITIES_OF_PACKAGES = `
MATCH (v:Vulnerability) WHERE v.packageKeys IS NOT NULL AND any(k IN v.packageKeys WHERE k IN $packageKeys)
RETURN v.id AS id, v.affected AS affected, v.withdrawn AS withdrawn`;

/** Drops the edges of one side's nodes that are not in `keep`, then merges the new ones. */
const writeEdges = (side: 'vulnerability' | 'component'): string => `
UNWIND $ids AS id
${
  side === 'vulnerability'
    ? 'MATCH (c:Component)-[r:AFFECTED_BY]->(v:Vulnerability {id: id})'
    : 'MATCH (c:Component {key: id})-[r:AFFECTED_BY]->(v:Vulnerability)'
}
WITH r, c.key + '\\n' + v.id AS pair WHERE NOT pair IN $keep
DELETE r
WITH count(*) AS removed
CALL () {
  UNWIND $edges AS e
  MATCH (c:Component {key: e.componentKey}), (v:Vulnerability {id: e.vulnerabilityId})
  OPTIONAL MATCH (c)-[old:AFFECTED_BY]->(v)
  WITH c, v, e, old IS NULL AS isNew
  MERGE (c)-[r:AFFECTED_BY]->(v)
  ON CREATE SET r.matchedAt = $at
  SET r.ranges = e.ranges
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS added, sum(CASE WHEN isNew THEN 0 ELSE 1 END) AS kept
}
RETURN removed, added, kept`;

const record = (summary: MatchSummary, written: Record<string, unknown>, unevaluated: readonly Unevaluated[]): void => {
  summary.added += Number(written.added ?? 0);
  summary.removed += Number(written.removed ?? 0);
  summary.kept += Number(written.kept ?? 0);
  summary.unevaluated += unevaluated.length;
  summary.unevaluatedSamples.push(...unevaluated.slice(0, MAX_SAMPLES - summary.unevaluatedSamples.length));
};

const store = async (
  executor: Executor,
  side: 'vulnerability' | 'component',
  ids: readonly string[],
  edges: readonly AffectedEdge[],
): Promise<Record<string, unknown>> => {
  const [written] = await executor.writeTx(`security.match.${side}`, (tx) =>
    tx.run(writeEdges(side), {
      ids,
      edges,
      keep: edges.map((e) => `${e.componentKey}\n${e.vulnerabilityId}`),
      at: new Date().toISOString(),
    }),
  );
  return written;
};

const batches = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / MATCH_BATCH) }, (_, i) =>
    items.slice(i * MATCH_BATCH, (i + 1) * MATCH_BATCH),
  );

/** Recomputes the AFFECTED_BY edges of these vulnerabilities (after an advisory import). */
export async function matchVulnerabilities(executor: Executor, ids: readonly string[]): Promise<MatchSummary> {
  const summary = emptySummary();
  for (const batch of batches([...new Set(ids)])) {
    const vulnerabilityRows = await executor.read('security.match.vulnerabilities', VULNERABILITIES_BY_ID, {
      ids: batch,
    });
    const vulnerabilities = vulnerabilityRows.map(toVulnerability);
    const keys = new Set(
      vulnerabilityRows.filter((r) => !r.withdrawn).flatMap((r) => (r.packageKeys as string[] | null) ?? []),
    );
    const packages = [...keys].map((k) => {
      const bar = k.indexOf('|');
      return { ecosystem: k.slice(0, bar), packageName: k.slice(bar + 1) };
    });
    const components =
      packages.length === 0
        ? []
        : (await executor.read('security.match.components', COMPONENTS_OF_PACKAGES, { packages })).map(toComponent);
    const { edges, unevaluated } = evaluateMatches(vulnerabilities, components);
    record(summary, await store(executor, 'vulnerability', batch, edges), unevaluated);
    summary.vulnerabilities += vulnerabilities.length;
    summary.components += components.length;
  }
  return summary;
}

/**
 * Recomputes the AFFECTED_BY edges of these components: the entry point the SBOM import
 * calls with the keys of the components it wrote. Components without a purl match nothing.
 */
export async function matchComponents(executor: Executor, componentKeys: readonly string[]): Promise<MatchSummary> {
  const summary = emptySummary();
  for (const batch of batches([...new Set(componentKeys)])) {
    const components = (await executor.read('security.match.byKey', COMPONENTS_BY_KEY, { keys: batch })).map(
      toComponent,
    );
    const packageKeys = [...new Set(components.map((c) => c.packageKey))];
    const vulnerabilities =
      packageKeys.length === 0
        ? []
        : (await executor.read('security.match.advisories', VULNERABILITIES_OF_PACKAGES, { packageKeys })).map(
            toVulnerability,
          );
    const { edges, unevaluated } = evaluateMatches(vulnerabilities, components);
    record(summary, await store(executor, 'component', batch, edges), unevaluated);
    summary.vulnerabilities += vulnerabilities.length;
    summary.components += components.length;
  }
  return summary;
}
