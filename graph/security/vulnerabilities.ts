/**
 * Vulnerability nodes: advisories (OSV) and known-exploited facts (CISA KEV), written in
 * batches, idempotently. An advisory is rewritten only when its `modified` time, its
 * `affected` list or its withdrawal changed, and the ids that changed are returned so
 * matching reruns for them alone. KEV facts are kept on the node whose id is the CVE and
 * copied onto every advisory that names the CVE among its aliases, whichever came first.
 *
 * `packageKeys` (purlType|packageName of every affected package, matching.keys.ts) lets
 * matching find a component's advisories without reading each advisory's JSON: Neo4j
 * indexes no list elements, so it is one scan of the label with a cached IN per key.
 */
import type { Executor } from '../platform/executor';

export interface VulnerabilityRow {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly summary: string | null;
  readonly details: string | null;
  /** JSON list of {source, type, vector, score}. */
  readonly severities: string;
  readonly cwes: readonly string[];
  readonly published: string | null;
  readonly modified: string;
  readonly withdrawn: string | null;
  /** JSON of OSV's `affected` list. */
  readonly affected: string;
  readonly packageKeys: readonly string[];
}

export interface KevRow {
  readonly cveId: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly dateAdded: string;
  readonly dueDate: string;
  readonly ransomware: boolean;
  readonly requiredAction: string | null;
  readonly cwes: readonly string[];
}

export interface StoreOutcome {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Ids created or updated: matching reruns for these. */
  readonly changedIds: string[];
}

const KEV_FIELDS = ['knownExploited', 'kevDateAdded', 'kevDueDate', 'kevRansomware', 'kevRequiredAction'];
const copyKev = (to: string, from: string): string => KEV_FIELDS.map((f) => `${to}.${f} = ${from}.${f}`).join(', ');

const STORE_ADVISORIES = `
UNWIND $rows AS r
OPTIONAL MATCH (old:Vulnerability {id: r.id})
WITH r, old IS NULL AS isNew,
     old IS NOT NULL AND old.modified = r.modified AND old.affected = r.affected
       AND coalesce(old.withdrawn, '') = coalesce(r.withdrawn, '') AS same
CALL (r, same) {
  WITH r WHERE NOT same
  MERGE (v:Vulnerability {id: r.id})
  SET v.aliases = r.aliases, v.summary = r.summary, v.details = r.details, v.severities = r.severities,
      v.cwes = r.cwes, v.published = r.published, v.modified = r.modified, v.withdrawn = r.withdrawn,
      v.affected = r.affected, v.packageKeys = r.packageKeys
  // KEV facts already stored under one of its aliases.
  WITH v
  CALL (v) {
    UNWIND v.aliases AS alias
    MATCH (k:Vulnerability {id: alias}) WHERE k.knownExploited = true
    WITH v, k LIMIT 1
    SET ${copyKev('v', 'k')}
  }
}
RETURN r.id AS id, isNew, same`;

/** Writes advisories (one transaction per call; callers batch), telling which changed. */
export async function storeAdvisories(executor: Executor, rows: readonly VulnerabilityRow[]): Promise<StoreOutcome> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, changedIds: [] };
  const result = await executor.writeTx('security.storeAdvisories', (tx) => tx.run(STORE_ADVISORIES, { rows }));
  const changed = result.filter((r) => r.same !== true);
  return {
    created: result.filter((r) => r.isNew === true).length,
    updated: changed.filter((r) => r.isNew !== true).length,
    unchanged: result.length - changed.length,
    changedIds: changed.map((r) => r.id as string),
  };
}

const STORE_KEV = `
UNWIND $rows AS e
MERGE (v:Vulnerability {id: e.cveId})
ON CREATE SET v.aliases = [], v.summary = e.name, v.details = e.description, v.cwes = e.cwes,
              v.severities = '[]', v.packageKeys = []
WITH e, v,
     v.knownExploited = true AND v.kevDateAdded = e.dateAdded AND v.kevDueDate = e.dueDate
       AND v.kevRansomware = e.ransomware AND coalesce(v.kevRequiredAction, '') = coalesce(e.requiredAction, '') AS same
SET v.knownExploited = true, v.kevDateAdded = e.dateAdded, v.kevDueDate = e.dueDate,
    v.kevRansomware = e.ransomware, v.kevRequiredAction = e.requiredAction
RETURN count(*) AS entries, sum(CASE WHEN same THEN 0 ELSE 1 END) AS changed`;

/** Advisories that name one of these CVEs as an alias take the CVE node's KEV facts. */
const SPREAD_KEV = `
MATCH (v:Vulnerability) WHERE v.aliases IS NOT NULL AND any(a IN v.aliases WHERE a IN $cves)
WITH v, [a IN v.aliases WHERE a IN $cves][0] AS cve
MATCH (k:Vulnerability {id: cve})
SET ${copyKev('v', 'k')}
RETURN count(v) AS advisories`;

/** Writes KEV entries (one transaction per call), and spreads them to the advisories that alias them. */
export async function storeKev(
  executor: Executor,
  rows: readonly KevRow[],
): Promise<{ entries: number; changed: number; advisories: number }> {
  if (rows.length === 0) return { entries: 0, changed: 0, advisories: 0 };
  return executor.writeTx('security.storeKev', async (tx) => {
    const [stored] = await tx.run(STORE_KEV, { rows });
    const [spread] = await tx.run(SPREAD_KEV, { cves: rows.map((r) => r.cveId) });
    return {
      entries: Number(stored.entries),
      changed: Number(stored.changed),
      advisories: Number(spread.advisories),
    };
  });
}
