/**
 * SPDX 2.2/2.3 JSON as it streams past (sbom.read.ts): each package checked
 * on its own (`/packages/7/versionInfo`), keyed by its purl (an externalRef
 * of type purl) like a CycloneDX component, and the DEPENDS_ON /
 * DEPENDENCY_OF relationships as its dependency graph. The package the
 * document DESCRIBES is its subject (not one of its components) and the
 * root of the dependencies. What SPDX does not say is left empty: a package
 * with no primaryPackagePurpose is a library, NOASSERTION is no value, and
 * the documentNamespace stands for CycloneDX's serial number.
 */
import { z } from 'zod';
import { COMPONENT_TYPES } from '../../graph/model/security.classes';
import type { SbomSubject } from '../../graph/security/sbom.content';
import { ProblemLog, zodProblems } from './feed.errors';
import { ComponentCollector, digestOf } from './sbom.collect';
import type { FoundComponent } from './sbom.collect';
import type { SbomFormatReader, SbomRead } from './sbom.reader';
import type { StreamedValue } from './json.stream';

export const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const;

const text = z.string().min(1, 'must not be empty');

const packageSchema = z.looseObject({
  SPDXID: text,
  name: text,
  versionInfo: z.string().optional(),
  supplier: z.string().optional(),
  licenseConcluded: z.string().optional(),
  licenseDeclared: z.string().optional(),
  primaryPackagePurpose: z.string().optional(),
  checksums: z.array(z.looseObject({ algorithm: text, checksumValue: text })).optional(),
  externalRefs: z
    .array(z.looseObject({ referenceCategory: z.string(), referenceType: text, referenceLocator: text }))
    .optional(),
});
type SpdxPackage = z.infer<typeof packageSchema>;

const relationshipSchema = z.looseObject({
  spdxElementId: text,
  relationshipType: text,
  relatedSpdxElement: text,
});

const headerSchema = z.looseObject({
  spdxVersion: z.enum(SPDX_VERSIONS, { error: `expected one of ${SPDX_VERSIONS.join(', ')}` }),
  SPDXID: text,
  documentNamespace: text.optional(),
  documentDescribes: z.array(text).optional(),
});

const HEADER_FIELDS = ['spdxVersion', 'SPDXID', 'documentNamespace', 'documentDescribes'];
/** SPDX's "no value" words. */
const NO_VALUE = new Set(['NOASSERTION', 'NONE']);
const value = (s: string | undefined) => (s === undefined || NO_VALUE.has(s) ? null : s);

/** Which way each dependency relationship points: from the dependent to what it needs. */
const DEPENDENCY_TYPES: Readonly<Record<string, 'forward' | 'reverse'>> = {
  DEPENDS_ON: 'forward',
  DEPENDENCY_OF: 'reverse',
};

export function spdxReader(fileName: string): SbomFormatReader {
  const problems = new ProblemLog();
  const fatal = new ProblemLog();
  const collector = new ComponentCollector(fileName, problems);
  const header: Record<string, unknown> = {};
  const subjects = new Map<string, SbomSubject>();
  const relationships: { at: number; from: string; type: string; to: string }[] = [];
  let sawPackages = false;

  return {
    paths: [...HEADER_FIELDS.map((f) => `$.${f}`), '$.packages.*', '$.relationships.*'],
    claims: () => header.spdxVersion !== undefined,
    value({ pattern, key, value: raw }: StreamedValue) {
      if (pattern === '$.packages.*') {
        sawPackages = true;
        const parsed = packageSchema.safeParse(raw);
        if (!parsed.success) {
          problems.add(...zodProblems(fileName, parsed.error, ['packages', key]));
          return;
        }
        // Each package as a possible subject (small): which one the document describes may come last.
        subjects.set(parsed.data.SPDXID, subjectOf(parsed.data));
        collector.add(foundOf(parsed.data), parsed.data.SPDXID, ['packages', key], 'SPDXID');
      } else if (pattern === '$.relationships.*') {
        const parsed = relationshipSchema.safeParse(raw);
        if (!parsed.success) problems.add(...zodProblems(fileName, parsed.error, ['relationships', key]));
        else
          relationships.push({
            at: key as number,
            from: parsed.data.spdxElementId,
            type: parsed.data.relationshipType,
            to: parsed.data.relatedSpdxElement,
          });
      } else {
        header[key] = raw;
      }
    },
    finish(): SbomRead {
      const parsed = headerSchema.safeParse(header);
      if (!parsed.success) fatal.add(...zodProblems(fileName, parsed.error));
      if (!sawPackages && fatal.count === 0) {
        fatal.add({ file: fileName, at: '/packages', reason: 'the SBOM lists no packages' });
      }
      const h = parsed.success ? parsed.data : undefined;
      const describedId =
        h?.documentDescribes?.[0] ?? relationships.find((r) => r.from === h?.SPDXID && r.type === 'DESCRIBES')?.to;

      for (const r of relationships) {
        const direction = DEPENDENCY_TYPES[r.type];
        if (!direction || NO_VALUE.has(r.to)) continue;
        const [from, to] = direction === 'forward' ? [r.from, r.to] : [r.to, r.from];
        const [fromField, toField] =
          direction === 'forward' ? ['spdxElementId', 'relatedSpdxElement'] : ['relatedSpdxElement', 'spdxElementId'];
        collector.depend(
          { ref: from, path: ['relationships', r.at, fromField] },
          [{ ref: to, path: ['relationships', r.at, toField] }],
          describedId,
        );
      }
      if (describedId !== undefined) collector.drop(describedId);
      const components = collector.rows();
      return {
        problems,
        fatal,
        content: {
          format: 'SPDX',
          specVersion: h?.spdxVersion ?? '',
          serialNumber: h?.documentNamespace ?? null,
          bomVersion: null,
          subject: (describedId !== undefined && subjects.get(describedId)) || null,
          components,
          digest: digestOf(components),
        },
      };
    },
  };
}

const subjectOf = (p: SpdxPackage): SbomSubject => ({
  name: p.name,
  version: value(p.versionInfo),
  type: typeOf(p),
  purl: purlOf(p) ?? null,
});

const purlOf = (p: SpdxPackage) => p.externalRefs?.find((r) => r.referenceType === 'purl')?.referenceLocator;

function typeOf(p: SpdxPackage): string {
  const purpose = p.primaryPackagePurpose?.toLowerCase();
  return (COMPONENT_TYPES as readonly string[]).includes(purpose ?? '') ? purpose! : 'library';
}

function foundOf(p: SpdxPackage): FoundComponent {
  const licence = value(p.licenseDeclared) ?? value(p.licenseConcluded);
  const supplier = value(p.supplier);
  return {
    purl: purlOf(p),
    name: p.name,
    group: null,
    version: value(p.versionInfo),
    type: typeOf(p),
    supplier: supplier?.replace(/^(Organization|Person|Tool):\s*/, '') ?? null,
    licences: licence ? [licence] : [],
    hashes: (p.checksums ?? []).map((c) => `${c.algorithm}:${c.checksumValue}`),
    cpe: p.externalRefs?.find((r) => r.referenceType.startsWith('cpe'))?.referenceLocator ?? null,
    scope: null,
  };
}
