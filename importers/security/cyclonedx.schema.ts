/**
 * What Estate reads of a CycloneDX JSON document (1.2–1.6), as zod schemas:
 * the parts it stores are checked, everything else is let through untouched
 * (CycloneDX has many more fields, and a later minor version adds more).
 * Each component is checked on its own, one level deep (its nested
 * components are checked one by one after), so a problem names its own place.
 */
import { z } from 'zod';
import { COMPONENT_SCOPES, COMPONENT_TYPES } from '../../graph/model/security.classes';

export const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6'] as const;

const text = z.string().min(1, 'must not be empty');

const licence = z.union([
  z.looseObject({
    license: z
      .looseObject({ id: text.optional(), name: text.optional() })
      .refine((l) => l.id !== undefined || l.name !== undefined, 'a licence needs an id or a name'),
  }),
  z.looseObject({ expression: text }),
]);

const hash = z.looseObject({ alg: text, content: text });

const organisation = z.looseObject({ name: z.string().optional() });

export interface CdxComponent {
  type: (typeof COMPONENT_TYPES)[number];
  name: string;
  version?: string;
  group?: string;
  purl?: string;
  cpe?: string;
  'bom-ref'?: string;
  scope?: (typeof COMPONENT_SCOPES)[number];
  supplier?: { name?: string };
  publisher?: string;
  author?: string;
  hashes?: { alg: string; content: string }[];
  licenses?: ({ license: { id?: string; name?: string } } | { expression: string })[];
  /** Nested components, checked one by one by the reader (each with its own pointer). */
  components?: unknown[];
}

export const componentSchema: z.ZodType<CdxComponent> = z.looseObject({
  type: z.enum(COMPONENT_TYPES),
  name: text,
  version: z.string().optional(),
  group: z.string().optional(),
  purl: text.optional(),
  cpe: z.string().optional(),
  'bom-ref': text.optional(),
  scope: z.enum(COMPONENT_SCOPES).optional(),
  supplier: organisation.optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  hashes: z.array(hash).optional(),
  licenses: z.array(licence).optional(),
  components: z.array(z.unknown()).optional(),
});

export const dependencySchema = z.looseObject({
  ref: text,
  dependsOn: z.array(text).optional(),
});
export type CdxDependency = z.infer<typeof dependencySchema>;

/** The document's own fields (what streams past before, between and after the big arrays). */
export const headerSchema = z.looseObject({
  bomFormat: z.literal('CycloneDX', { error: 'expected "CycloneDX"' }),
  specVersion: z.enum(CYCLONEDX_VERSIONS, { error: `expected one of ${CYCLONEDX_VERSIONS.join(', ')}` }),
  serialNumber: z
    .string()
    .regex(
      /^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      'expected urn:uuid:…',
    )
    .optional(),
  version: z.number().int().min(1).optional(),
  metadata: z
    .looseObject({
      component: componentSchema.optional(),
      timestamp: z.string().optional(),
    })
    .optional(),
});
export type CdxHeader = z.infer<typeof headerSchema>;
