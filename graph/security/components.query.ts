/**
 * Where components are used: the components matching a filter (exact name,
 * purl, version — log4j-api is never found by a log4j-core query), each with
 * the CIs whose SBOM lists it and the business services above those CIs by
 * the impact rules (a service reached only through one member of a redundant
 * pair is DEGRADED, not DOWN); and the components of one CI (its SBOM).
 */
import { PackageURL } from 'packageurl-js';
import { z } from 'zod';
import type { Executor } from '../platform/executor';
import { badInput, notFound } from '../platform/errors';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { CypherSource } from '../impact/impact.source';
import { traverse } from '../impact/impact.traversal';
import { IMPACT_LIMITS } from '../impact/impact.rules';
import { byCriticality } from '../impact/impact.summary';
import { componentIdentity } from './component.identity';

export type Component = Readonly<Record<string, unknown>> & { readonly key: string; readonly name: string };

/** A component's place in one CI's SBOM. */
export interface ComponentUse {
  readonly ci: Item;
  readonly component: Component;
  readonly bomRefs: string[];
  readonly paths: string[];
  readonly scope: string | null;
  readonly dependsOn: string[];
  readonly direct: boolean | null;
}

export interface ServiceExposure {
  readonly service: Item;
  /** DOWN: the service needs a CI that has the component outright; DEGRADED: only through redundancy. */
  readonly state: string;
  /** CI ids from the service down to the CI whose SBOM lists the component. */
  readonly path: string[];
}

const filterSchema = z.strictObject({
  purl: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  ecosystem: z.string().min(1).optional(),
});
export type ComponentFilter = z.input<typeof filterSchema>;

export const COMPONENT_LIMITS = { maxPage: 500 } as const;

/** The purl a filter names, as the conditions it sets: ecosystem and package name, and the version when it has one. */
function purlConditions(purl: string): Record<string, string> {
  const identity = componentIdentity({ purl, type: 'library', name: '' });
  if ('error' in identity) throw badInput('filter.purl', identity.error);
  const version = PackageURL.fromString(purl).version;
  return {
    ecosystem: identity.ecosystem!,
    packageName: identity.packageName!,
    ...(version ? { version } : {}),
  };
}

const FIND = `MATCH (c:Component)
WHERE ($ecosystem IS NULL OR c.ecosystem = $ecosystem)
  AND ($packageName IS NULL OR c.packageName = $packageName)
  AND ($name IS NULL OR c.name = $name)
  AND ($group IS NULL OR c.group = $group)
  AND ($version IS NULL OR c.version = $version)
RETURN c {.*} AS c ORDER BY c.key LIMIT $first`;

export async function findComponents(db: Executor, filter: ComponentFilter, first = 100): Promise<Component[]> {
  const parsed = filterSchema.safeParse(filter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(['filter', ...issue.path.map(String)].join('.'), issue.message);
  }
  const f = parsed.data;
  if (Object.keys(f).length === 0)
    throw badInput('filter', 'give at least one of purl, name, group, version, ecosystem');
  const fromPurl = f.purl ? purlConditions(f.purl) : {};
  const params = {
    ecosystem: f.ecosystem ?? null,
    packageName: null,
    name: f.name ?? null,
    group: f.group ?? null,
    version: f.version ?? null,
    ...fromPurl,
    first: Math.min(Math.max(1, first), COMPONENT_LIMITS.maxPage),
  };
  const rows = await db.read('security.findComponents', FIND, params);
  return rows.map((r) => r.c as Component);
}

/** One component by its exact purl (normalised as on import), or undefined. */
export async function componentByPurl(db: Executor, purl: string): Promise<Component | undefined> {
  const identity = componentIdentity({ purl, type: 'library', name: '' });
  if ('error' in identity) throw badInput('purl', identity.error);
  const rows = await db.read('security.componentByPurl', 'MATCH (c:Component {key: $key}) RETURN c {.*} AS c', {
    key: identity.key,
  });
  return rows[0]?.c as Component | undefined;
}

const USES = `UNWIND $keys AS key
MATCH (ci:CI)-[h:HAS_COMPONENT]->(c:Component {key: key})
RETURN c {.*} AS c, ci {.*} AS ci, properties(h) AS usage ORDER BY key, ci.id`;

const useOf = (row: Record<string, unknown>): ComponentUse => {
  const usage = row.usage as Record<string, unknown>;
  return {
    ci: itemFromNode(row.ci as Record<string, unknown>),
    component: row.c as Component,
    bomRefs: (usage.bomRefs as string[]) ?? [],
    paths: (usage.paths as string[]) ?? [],
    scope: (usage.scope as string) ?? null,
    dependsOn: (usage.dependsOn as string[]) ?? [],
    direct: (usage.direct as boolean) ?? null,
  };
};

/** The CIs using each component, by key, in one query (the loaders batch it). */
export async function usesOf(db: Executor, keys: readonly string[]): Promise<ComponentUse[][]> {
  const rows = await db.read('security.usesOf', USES, { keys });
  const byKey = new Map<string, ComponentUse[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get((row.c as Component).key)?.push(useOf(row));
  return keys.map((k) => byKey.get(k) ?? []);
}

/** The business services above these CIs by the impact rules, most critical first. */
export async function servicesAbove(db: Executor, ciIds: readonly string[]): Promise<ServiceExposure[]> {
  if (ciIds.length === 0) return [];
  const { hit } = await db.readTx('security.servicesAbove', (tx) =>
    traverse(new CypherSource(tx), ciIds, { maxDepth: IMPACT_LIMITS.maxDepth, baseline: 'HEALTHY' }),
  );
  const services = hit.filter((h) => h.class === 'BusinessService').sort(byCriticality);
  if (services.length === 0) return [];
  const rows = await db.read('security.services', 'UNWIND $ids AS id MATCH (s:CI {id: id}) RETURN s {.*} AS s', {
    ids: services.map((s) => s.id),
  });
  const items = new Map(rows.map((r) => [(r.s as Item).id, itemFromNode(r.s as Record<string, unknown>)]));
  return services.map((s) => ({ service: items.get(s.id)!, state: s.state, path: s.path.map((p) => p.id) }));
}

export interface SbomView {
  readonly ci: Item;
  readonly sbom: Record<string, unknown> | null;
  readonly components: ComponentUse[];
}

const SBOM = `MATCH (ci:CI {id: $id})
OPTIONAL MATCH (ci)-[:DESCRIBED_BY]->(s:Sbom)
RETURN ci {.*} AS ci, s {.*} AS sbom,
  COLLECT { MATCH (ci)-[h:HAS_COMPONENT]->(c:Component)
            RETURN {c: c {.*}, ci: ci {.*}, usage: properties(h)} AS use ORDER BY c.key } AS uses`;

/** A CI's SBOM record and components, by key; NOT_FOUND for an unknown CI. */
export async function sbomOf(db: Executor, ciId: string): Promise<SbomView> {
  const [row] = await db.read('security.sbomOf', SBOM, { id: ciId });
  if (!row) throw notFound('CI', ciId, 'ciId');
  return {
    ci: itemFromNode(row.ci as Record<string, unknown>),
    sbom: row.sbom as Record<string, unknown> | null,
    components: (row.uses as Record<string, unknown>[]).map(useOf),
  };
}
