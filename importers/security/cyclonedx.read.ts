/**
 * A CycloneDX JSON SBOM (1.2–1.6) read as a stream into what Estate keeps:
 * one row per distinct component (its identity, fields and its usage in this
 * SBOM), the document's identity, and every problem with its JSON pointer.
 *
 * - Each component, at any depth, is checked on its own, so a bad one deep
 *   inside names its own pointer (`/components/3/components/0/version`) and,
 *   in partial mode, costs only itself and what is nested in it.
 * - The same component (same key: purl, or type/group/name@version without
 *   one) listed at several paths, as npm's nested node_modules do, is one
 *   row: its bom-refs and paths are all kept, so dependencies naming either
 *   bom-ref resolve.
 * - A component without purl is kept under its name-based key (component.identity.ts).
 * - No serialNumber: allowed (it is optional in the spec); re-imports are told
 *   apart by the digest of the components instead.
 * - A bom-ref used twice, or a dependency naming a bom-ref that is not in the
 *   document, is a problem: nothing is guessed.
 */
import { createHash } from 'node:crypto';
import { componentIdentity } from '../../graph/security/component.identity';
import type { SbomComponentRow, SbomContent, SbomSubject } from '../../graph/security/sbom.content';
import { jsonPointer, ProblemLog, zodProblems } from './feed.errors';
import { componentSchema, dependencySchema, headerSchema } from './cyclonedx.schema';
import type { CdxComponent } from './cyclonedx.schema';
import { streamJson } from './json.stream';
import type { StreamProgress } from './json.stream';

const HEADER_FIELDS = ['bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata'];
export const CYCLONEDX_PATHS = [...HEADER_FIELDS.map((f) => `$.${f}`), '$.components.*', '$.dependencies.*'];

interface Collected {
  row: Omit<SbomComponentRow, 'dependsOn' | 'direct' | 'bomRefs' | 'paths'>;
  bomRefs: Set<string>;
  paths: string[];
}

export interface CycloneDxRead {
  readonly content: SbomContent;
  /** Problems with a component or a dependency: in partial mode, what was left out. */
  readonly problems: ProblemLog;
  /** Problems with the document itself (format, version, metadata): never imported past. */
  readonly fatal: ProblemLog;
}

export async function readCycloneDx(
  file: string,
  fileName: string,
  onProgress?: (p: StreamProgress) => void,
): Promise<CycloneDxRead> {
  const problems = new ProblemLog();
  const fatal = new ProblemLog();
  const header: Record<string, unknown> = {};
  const byKey = new Map<string, Collected>();
  const keyOfRef = new Map<string, string>();
  const dependencies: { at: number; ref: string; dependsOn: string[] }[] = [];
  let sawComponents = false;

  const addComponent = (raw: unknown, path: readonly (string | number)[]) => {
    const parsed = componentSchema.safeParse(raw);
    if (!parsed.success) {
      problems.add(...zodProblems(fileName, parsed.error, path));
      return;
    }
    const c = parsed.data;
    const identity = componentIdentity({
      purl: c.purl,
      type: c.type,
      group: c.group,
      name: c.name,
      version: c.version,
    });
    if ('error' in identity) {
      problems.add({ file: fileName, at: jsonPointer([...path, 'purl']), reason: identity.error });
      return;
    }
    const ref = c['bom-ref'];
    if (ref !== undefined) {
      const other = keyOfRef.get(ref);
      if (other !== undefined && other !== identity.key) {
        problems.add({
          file: fileName,
          at: jsonPointer([...path, 'bom-ref']),
          reason: `bom-ref ${ref} is already the bom-ref of ${other}`,
        });
        return;
      }
      keyOfRef.set(ref, identity.key);
    }
    const seen = byKey.get(identity.key);
    if (seen) {
      if (ref !== undefined) seen.bomRefs.add(ref);
      seen.paths.push(jsonPointer(path));
    } else {
      byKey.set(identity.key, {
        row: { ...identity, ...fieldsOf(c) },
        bomRefs: new Set(ref === undefined ? [] : [ref]),
        paths: [jsonPointer(path)],
      });
    }
    (c.components ?? []).forEach((child, i) => addComponent(child, [...path, 'components', i]));
  };

  await streamJson(
    file,
    CYCLONEDX_PATHS,
    ({ pattern, key, value }) => {
      if (pattern === '$.components.*') {
        sawComponents = true;
        if (typeof key !== 'number') {
          fatal.add({ file: fileName, at: '/components', reason: 'expected an array' });
          return;
        }
        addComponent(value, ['components', key]);
      } else if (pattern === '$.dependencies.*') {
        const parsed = dependencySchema.safeParse(value);
        if (!parsed.success) problems.add(...zodProblems(fileName, parsed.error, ['dependencies', key]));
        else dependencies.push({ at: key as number, ref: parsed.data.ref, dependsOn: parsed.data.dependsOn ?? [] });
      } else {
        header[key] = value;
      }
    },
    onProgress,
  );

  const parsedHeader = headerSchema.safeParse(header);
  if (!parsedHeader.success) fatal.add(...zodProblems(fileName, parsedHeader.error));
  if (!sawComponents && fatal.count === 0 && problems.count === 0) {
    fatal.add({ file: fileName, at: '/components', reason: 'the SBOM lists no components' });
  }
  const meta = parsedHeader.success ? parsedHeader.data.metadata?.component : undefined;
  const rootRef = meta?.['bom-ref'];

  // Dependencies, by key: who depends on what, and what the SBOM's root needs directly.
  const dependsOn = new Map<string, Set<string>>();
  let direct: Set<string> | undefined;
  for (const dep of dependencies) {
    const from = dep.ref === rootRef ? 'root' : keyOfRef.get(dep.ref);
    if (from === undefined) {
      problems.add({
        file: fileName,
        at: `/dependencies/${dep.at}/ref`,
        reason: `no component has bom-ref ${dep.ref}`,
      });
      continue;
    }
    const targets = new Set<string>();
    dep.dependsOn.forEach((ref, j) => {
      const to = keyOfRef.get(ref);
      if (to === undefined) {
        problems.add({
          file: fileName,
          at: `/dependencies/${dep.at}/dependsOn/${j}`,
          reason: `no component has bom-ref ${ref}`,
        });
      } else if (to !== from) targets.add(to);
    });
    if (from === 'root') direct = new Set([...(direct ?? []), ...targets]);
    else dependsOn.set(from, new Set([...(dependsOn.get(from) ?? []), ...targets]));
  }

  const components: SbomComponentRow[] = [...byKey.values()]
    .map(({ row, bomRefs, paths }) => ({
      ...row,
      bomRefs: [...bomRefs].sort(),
      paths,
      dependsOn: [...(dependsOn.get(row.key) ?? [])].sort(),
      direct: direct === undefined ? null : direct.has(row.key),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const h = parsedHeader.success ? parsedHeader.data : undefined;
  const content: SbomContent = {
    format: 'CycloneDX',
    specVersion: h?.specVersion ?? '',
    serialNumber: h?.serialNumber ?? null,
    bomVersion: h?.version ?? null,
    subject: meta ? subjectOf(meta) : null,
    components,
    digest: digestOf(components),
  };
  return { content, problems, fatal };
}

function fieldsOf(c: CdxComponent) {
  return {
    name: c.name,
    group: c.group ?? null,
    version: c.version ?? null,
    type: c.type,
    supplier: c.supplier?.name ?? c.publisher ?? c.author ?? null,
    licences: (c.licenses ?? []).map((l) => ('expression' in l ? l.expression : (l.license.id ?? l.license.name!))),
    hashes: (c.hashes ?? []).map((h) => `${h.alg}:${h.content}`),
    cpe: c.cpe ?? null,
    scope: c.scope ?? null,
  };
}

function subjectOf(meta: CdxComponent): SbomSubject {
  return {
    name: meta.name,
    version: meta.version ?? null,
    type: meta.type,
    purl: meta.purl ?? null,
  };
}

/** What a re-import is compared by: the components as read, not the file (timestamps and serials change). */
export function digestOf(components: readonly SbomComponentRow[]): string {
  const hash = createHash('sha256');
  for (const c of components) hash.update(`${JSON.stringify(c)}\n`);
  return hash.digest('hex');
}
