/**
 * CycloneDX JSON (1.2–1.6) as it streams past (sbom.read.ts): the document's
 * own fields, each component at any depth checked on its own (so a bad one
 * deep inside names its own pointer, `/components/3/components/0/version`,
 * and in partial mode costs only itself and what is nested in it), and the
 * dependency graph by bom-ref. The metadata.component is the SBOM's subject
 * and the root of its dependencies. No serialNumber is fine (it is optional).
 */
import { ProblemLog, zodProblems } from './feed.errors';
import { componentSchema, dependencySchema, headerSchema } from './cyclonedx.schema';
import type { CdxComponent } from './cyclonedx.schema';
import { ComponentCollector, digestOf } from './sbom.collect';
import type { FoundComponent } from './sbom.collect';
import type { SbomFormatReader, SbomRead } from './sbom.reader';
import type { StreamedValue } from './json.stream';

const HEADER_FIELDS = ['bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata'];

export function cycloneDxReader(fileName: string): SbomFormatReader {
  const problems = new ProblemLog();
  const fatal = new ProblemLog();
  const collector = new ComponentCollector(fileName, problems);
  const header: Record<string, unknown> = {};
  const dependencies: { at: number; ref: string; dependsOn: string[] }[] = [];
  let sawComponents = false;

  const addComponent = (raw: unknown, path: readonly (string | number)[]) => {
    const parsed = componentSchema.safeParse(raw);
    if (!parsed.success) {
      problems.add(...zodProblems(fileName, parsed.error, path));
      return;
    }
    const c = parsed.data;
    collector.add(foundOf(c), c['bom-ref'], path, 'bom-ref');
    (c.components ?? []).forEach((child, i) => addComponent(child, [...path, 'components', i]));
  };

  return {
    paths: [...HEADER_FIELDS.map((f) => `$.${f}`), '$.components.*', '$.dependencies.*'],
    claims: () => header.bomFormat !== undefined,
    value({ pattern, key, value }: StreamedValue) {
      if (pattern === '$.components.*') {
        sawComponents = true;
        if (typeof key !== 'number') fatal.add({ file: fileName, at: '/components', reason: 'expected an array' });
        else addComponent(value, ['components', key]);
      } else if (pattern === '$.dependencies.*') {
        const parsed = dependencySchema.safeParse(value);
        if (!parsed.success) problems.add(...zodProblems(fileName, parsed.error, ['dependencies', key]));
        else dependencies.push({ at: key as number, ref: parsed.data.ref, dependsOn: parsed.data.dependsOn ?? [] });
      } else {
        header[key] = value;
      }
    },
    finish(): SbomRead {
      const parsed = headerSchema.safeParse(header);
      if (!parsed.success) fatal.add(...zodProblems(fileName, parsed.error));
      if (!sawComponents && fatal.count === 0) {
        fatal.add({ file: fileName, at: '/components', reason: 'the SBOM lists no components' });
      }
      const h = parsed.success ? parsed.data : undefined;
      const meta = h?.metadata?.component;
      for (const dep of dependencies) {
        collector.depend(
          { ref: dep.ref, path: ['dependencies', dep.at, 'ref'] },
          dep.dependsOn.map((ref, j) => ({ ref, path: ['dependencies', dep.at, 'dependsOn', j] })),
          meta?.['bom-ref'],
        );
      }
      const components = collector.rows();
      return {
        problems,
        fatal,
        content: {
          format: 'CycloneDX',
          specVersion: h?.specVersion ?? '',
          serialNumber: h?.serialNumber ?? null,
          bomVersion: h?.version ?? null,
          subject: meta
            ? { name: meta.name, version: meta.version ?? null, type: meta.type, purl: meta.purl ?? null }
            : null,
          components,
          digest: digestOf(components),
        },
      };
    },
  };
}

function foundOf(c: CdxComponent): FoundComponent {
  return {
    purl: c.purl,
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
