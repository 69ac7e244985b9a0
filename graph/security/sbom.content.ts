/**
 * An SBOM as graph/security writes it, whatever format it was read from:
 * the document's identity, what it describes, and one row per distinct
 * component with the component's own fields and its usage in this SBOM.
 * Which row fields go on the shared Component node and which on the CI's
 * HAS_COMPONENT edge comes from the model table (security.classes.ts).
 */
import { SECURITY_EDGES, SECURITY_NODES } from '../model/security.classes';

export interface SbomComponentRow {
  readonly key: string;
  readonly purl: string | null;
  readonly ecosystem: string | null;
  readonly packageName: string | null;
  readonly name: string;
  readonly group: string | null;
  readonly version: string | null;
  readonly type: string;
  readonly supplier: string | null;
  readonly licences: readonly string[];
  readonly hashes: readonly string[];
  readonly cpe: string | null;
  // Usage in this SBOM (the HAS_COMPONENT edge):
  readonly bomRefs: readonly string[];
  readonly paths: readonly string[];
  readonly scope: string | null;
  readonly dependsOn: readonly string[];
  readonly direct: boolean | null;
}

/** What the SBOM says it describes (CycloneDX metadata.component, SPDX documentDescribes). */
export interface SbomSubject {
  readonly name: string;
  readonly version: string | null;
  readonly type: string | null;
  readonly purl: string | null;
}

export interface SbomContent {
  readonly format: 'CycloneDX' | 'SPDX';
  readonly specVersion: string;
  readonly serialNumber: string | null;
  readonly bomVersion: number | null;
  readonly subject: SbomSubject | null;
  /** Sorted by key, one per key. */
  readonly components: readonly SbomComponentRow[];
  readonly digest: string;
}

/** Row fields stored on the shared Component node. */
export const COMPONENT_NODE_FIELDS: readonly string[] = SECURITY_NODES.Component.fields.map((f) => f.name);

/** Row fields stored on the HAS_COMPONENT edge. */
export const USAGE_FIELDS: readonly string[] = SECURITY_EDGES.find((e) => e.type === 'HAS_COMPONENT')!.properties.map(
  (f) => f.name,
);

const pick = (row: SbomComponentRow, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, (row as unknown as Record<string, unknown>)[f] ?? null]));

export const nodeFieldsOf = (row: SbomComponentRow) => pick(row, COMPONENT_NODE_FIELDS);
export const usageOf = (row: SbomComponentRow) => pick(row, USAGE_FIELDS);
