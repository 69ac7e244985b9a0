/**
 * The security model (issue 19), as tables like the class table: the nodes
 * that are not CIs — software components, SBOM records, vulnerabilities, VEX
 * statements, release cycles — their fields, and the edges that join them
 * to each other and to CIs. graph/security writes all of them; the generic
 * item and relationship paths never see them (they match `:CI` at both ends).
 *
 * Why components are not CIs: an estate holds hundreds of thousands of them
 * (≥ 500k in the bench), they come and go only as a whole SBOM is replaced,
 * and nobody moves one through a lifecycle or edits it by hand. A CI would
 * give each a lifecycle, a version, full-text entries and a change record
 * per write. Instead a Component is one node per package identity, shared by
 * every CI whose SBOM lists it (log4j-core 2.14.1 is one node however many
 * applications ship it), and its history is the SBOM's: each import that
 * changes a CI's components leaves one Change on that CI listing the
 * components added, removed and changed.
 *
 *   (:CI)-[:HAS_COMPONENT {bomRefs, paths, scope, dependsOn}]->(:Component)
 *   (:CI)-[:DESCRIBED_BY]->(:Sbom)                   the SBOM last imported for it
 *   (:Component)-[:AFFECTED_BY {ranges}]->(:Vulnerability)
 *   (:VexStatement)-[:ABOUT_COMPONENT]->(:Component)
 *   (:VexStatement)-[:ABOUT_VULNERABILITY]->(:Vulnerability)
 *   (:VexStatement)-[:WITHIN]->(:CI)                 optional: the product the statement is about
 *   (:CI)-[:IN_CYCLE]->(:ReleaseCycle)               a product's or hardware model's own release
 *   (:CI)-[:OS_IN_CYCLE]->(:ReleaseCycle)            a host's operating system (or a device's firmware)
 *
 * Dependencies between components belong to the SBOM that states them (two
 * applications may resolve log4j differently), so they are kept where the
 * SBOM's facts are kept, on the HAS_COMPONENT edge: `dependsOn` lists the
 * keys of the components this one directly needs in that CI's SBOM.
 */
import { f } from './class.spec';
import type { FieldSpec } from './class.spec';
import { classesIn } from './classes';

/** A kind of node that is not a CI: its label, its fields and the property that identifies one. */
export interface SecurityNodeSpec {
  readonly label: string;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  /** The property a uniqueness constraint holds (migration 13). */
  readonly key: string;
  /** Properties with a lookup index besides the key. */
  readonly indexed: readonly (string | readonly string[])[];
}

/** CycloneDX's component types (1.2–1.6), as stored (the spec's spelling). */
export const COMPONENT_TYPES = [
  'application',
  'framework',
  'library',
  'container',
  'platform',
  'operating-system',
  'device',
  'device-driver',
  'firmware',
  'file',
  'machine-learning-model',
  'data',
  'cryptographic-asset',
] as const;
export type ComponentType = (typeof COMPONENT_TYPES)[number];

/** CycloneDX component scopes. */
export const COMPONENT_SCOPES = ['required', 'optional', 'excluded'] as const;

/** CycloneDX VEX analysis states, justifications and responses (1.4+). */
export const VEX_STATES = [
  'resolved',
  'resolved_with_pedigree',
  'exploitable',
  'in_triage',
  'false_positive',
  'not_affected',
] as const;
export const VEX_JUSTIFICATIONS = [
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control',
] as const;
export const VEX_RESPONSES = ['can_not_fix', 'will_not_fix', 'update', 'rollback', 'workaround_available'] as const;

/** SBOM document formats read. */
export const SBOM_FORMATS = ['CycloneDX', 'SPDX'] as const;

export const SECURITY_NODES = {
  Component: {
    label: 'Component',
    description:
      'A software component (package) at one version, shared by every CI whose SBOM lists it. Identified by `key`: its purl (qualifiers sorted, no subpath), or, without a purl, `x-estate:` + type/group/name@version.',
    key: 'key',
    indexed: ['purl', 'name', ['ecosystem', 'packageName']],
    fields: [
      f('key', 'string', 'The identity: the normalised purl, or a name-based key for a component without one.'),
      f(
        'purl',
        'string',
        'Package URL as normalised (pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1); none when absent.',
      ),
      f('ecosystem', 'string', "The purl's type (maven, npm, pypi, deb, rpm…), lower case; none without a purl."),
      f(
        'packageName',
        'string',
        'The name vulnerability data uses in that ecosystem: maven group:artifact, npm @scope/name, else namespace/name or name.',
      ),
      f('name', 'string', 'Component name as the SBOM gives it.'),
      f('group', 'string', 'Group, namespace or vendor (CycloneDX `group`).'),
      f('version', 'string', 'Version as the SBOM gives it.'),
      f('type', 'string', `CycloneDX type: ${COMPONENT_TYPES.join(', ')}.`),
      f('supplier', 'string', 'Supplier name (CycloneDX supplier.name, else publisher or author).'),
      f('licences', 'strings', 'SPDX licence ids or expressions, else licence names.'),
      f('hashes', 'strings', 'Hashes as ALG:value, e.g. SHA-256:9f86d0….'),
      f('cpe', 'string', 'CPE 2.3 name, when given.'),
    ],
  },
  Sbom: {
    label: 'Sbom',
    description:
      'The SBOM last imported for one CI: what it was (serial number, version, format, digest) and when. A re-import with the same digest writes nothing.',
    key: 'ciId',
    indexed: ['serialNumber'],
    fields: [
      f('ciId', 'string', 'The CI it describes (one SBOM per CI).'),
      f('format', 'string', `${SBOM_FORMATS.join(' or ')}.`),
      f('specVersion', 'string', 'Format version, e.g. 1.6 or SPDX-2.3.'),
      f('serialNumber', 'string', 'The document serial number (urn:uuid:…); none when the document has none.'),
      f('bomVersion', 'int', "The document's version (CycloneDX `version`)."),
      f('digest', 'string', 'SHA-256 of the components as read (their keys, fields and usage), not of the file.'),
      f('componentCount', 'int', 'Distinct components.'),
      f('importedAt', 'datetime', 'When it was imported.'),
      f('file', 'string', 'File name it was read from.'),
    ],
  },
  Vulnerability: {
    label: 'Vulnerability',
    description:
      'A vulnerability (an OSV advisory, a CVE), its severities from each source, the known-exploited facts (CISA KEV), and the affected ranges per ecosystem as OSV JSON.',
    key: 'id',
    indexed: ['modified', 'kevDateAdded'],
    fields: [
      f('id', 'string', 'The id (GHSA-…, CVE-…, PYSEC-…).'),
      f('aliases', 'strings', 'Other ids of the same vulnerability.'),
      f('summary', 'string', 'One-line summary.'),
      f('details', 'string', 'Longer description.'),
      f('severities', 'string', 'JSON list of {source, type, vector, score}: a CVSS vector and score per source.'),
      f('cwes', 'strings', 'CWE ids, e.g. CWE-502.'),
      f('published', 'datetime', 'When it was published.'),
      f('modified', 'datetime', 'When it was last modified.'),
      f('withdrawn', 'datetime', 'When it was withdrawn, if it was.'),
      f('knownExploited', 'boolean', 'Listed in CISA KEV.'),
      f('kevDateAdded', 'date', 'Date KEV listed it.'),
      f('kevDueDate', 'date', 'Remediation due date KEV sets.'),
      f('kevRansomware', 'boolean', 'KEV: known to be used in ransomware campaigns.'),
      f('kevRequiredAction', 'string', 'KEV: the required action.'),
      f('affected', 'string', "JSON of OSV's `affected` list (package, ranges, versions) as imported."),
    ],
  },
  VexStatement: {
    label: 'VexStatement',
    description:
      'A VEX statement on one component × vulnerability (optionally within one CI): state, justification, responses, detail. It overrides the match.',
    key: 'id',
    indexed: ['vulnerabilityId', 'componentKey'],
    fields: [
      f('id', 'string', 'componentKey|vulnerabilityId|ciId (ciId empty when global).'),
      f('componentKey', 'string', 'The component it is about.'),
      f('vulnerabilityId', 'string', 'The vulnerability it is about.'),
      f('ciId', 'string', 'The CI (product) it is scoped to, when it is.'),
      f('state', 'string', `CycloneDX analysis state: ${VEX_STATES.join(', ')}.`),
      f('justification', 'string', `Why not affected: ${VEX_JUSTIFICATIONS.join(', ')}.`),
      f('responses', 'strings', `Responses: ${VEX_RESPONSES.join(', ')}.`),
      f('detail', 'string', 'Free text.'),
      f('bomRef', 'string', 'The BOM-Link or bom-ref it named.'),
      f('updatedAt', 'datetime', 'When it was last written.'),
    ],
  },
  ReleaseCycle: {
    label: 'ReleaseCycle',
    description:
      'A release cycle of a product (endoflife.date style): past EOL on day D only when D is after eolDate (or eol is true without a date).',
    key: 'key',
    indexed: ['product', 'eolDate'],
    fields: [
      f('key', 'string', 'product|cycle, lower case.'),
      f('product', 'string', 'Product, e.g. ubuntu, postgresql, cisco-ios.'),
      f('cycle', 'string', 'Cycle, e.g. 22.04, 16.'),
      f('releaseDate', 'date', 'First release of the cycle.'),
      f('eolDate', 'date', 'End of life, when a date is known.'),
      f('eol', 'boolean', 'End of life as a flag, for sources that give only true/false.'),
      f('lts', 'boolean', 'Long-term support release.'),
      f('supportEnd', 'date', 'End of active support.'),
      f('extendedSupportEnd', 'date', 'End of extended (paid) support.'),
      f('latest', 'string', 'Latest release in the cycle.'),
    ],
  },
} as const satisfies Record<string, SecurityNodeSpec>;

export type SecurityNodeName = keyof typeof SECURITY_NODES;

/** An edge of the security model, joining a security node to a CI or to another security node. */
export interface SecurityEdgeSpec {
  readonly type: string;
  readonly description: string;
  /** CI class names, or security node labels. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly properties: readonly FieldSpec[];
}

const HARDWARE = classesIn('hardware');

/** CIs an SBOM can describe: software, and devices for their firmware. */
export const SBOM_SUBJECTS: readonly string[] = ['Application', 'SoftwareInstallation', 'Database', ...HARDWARE];

export const SECURITY_EDGES = [
  {
    type: 'HAS_COMPONENT',
    description: 'The CI is built from the component (its SBOM lists it); the edge holds what that SBOM says of it.',
    from: SBOM_SUBJECTS,
    to: ['Component'],
    properties: [
      f('bomRefs', 'strings', "The component's bom-refs in the SBOM (several when it is listed at several paths)."),
      f('paths', 'strings', 'Where it is listed: JSON pointers, e.g. /components/3/components/0.'),
      f('scope', 'string', `CycloneDX scope: ${COMPONENT_SCOPES.join(', ')} (none: required).`),
      f('dependsOn', 'strings', 'Keys of the components it directly depends on in this SBOM.'),
      f('direct', 'boolean', 'A direct dependency of the CI (listed by the SBOM root), as opposed to transitive.'),
    ],
  },
  {
    type: 'DESCRIBED_BY',
    description: 'The SBOM last imported for the CI.',
    from: SBOM_SUBJECTS,
    to: ['Sbom'],
    properties: [],
  },
  {
    type: 'AFFECTED_BY',
    description:
      "The component's ecosystem and exact name match the vulnerability and its version is in an affected range.",
    from: ['Component'],
    to: ['Vulnerability'],
    properties: [
      f('ranges', 'string', 'JSON of the ranges that matched (introduced/fixed/last_affected, or the versions list).'),
      f('matchedAt', 'datetime', 'When the match was made.'),
    ],
  },
  {
    type: 'ABOUT_COMPONENT',
    description: 'The component a VEX statement is about.',
    from: ['VexStatement'],
    to: ['Component'],
    properties: [],
  },
  {
    type: 'ABOUT_VULNERABILITY',
    description: 'The vulnerability a VEX statement is about.',
    from: ['VexStatement'],
    to: ['Vulnerability'],
    properties: [],
  },
  {
    type: 'WITHIN',
    description: 'The CI (product) a VEX statement is scoped to; a statement without one holds everywhere.',
    from: ['VexStatement'],
    to: SBOM_SUBJECTS,
    properties: [],
  },
  {
    type: 'IN_CYCLE',
    description: 'The release cycle of a software product, installation, application, database or hardware model.',
    from: ['SoftwareProduct', 'SoftwareInstallation', 'Application', 'Database', 'DeviceType'],
    to: ['ReleaseCycle'],
    properties: [],
  },
  {
    type: 'OS_IN_CYCLE',
    description: "The release cycle of a host's operating system, or of a network or storage device's firmware.",
    from: ['Server', 'VirtualMachine', 'EndUserDevice', 'NetworkDevice', 'StorageDevice'],
    to: ['ReleaseCycle'],
    properties: [],
  },
] as const satisfies readonly SecurityEdgeSpec[];

export type SecurityEdgeType = (typeof SECURITY_EDGES)[number]['type'];

/** Labels that reset, export and the like must know are security data, not CIs. */
export const SECURITY_LABELS: readonly string[] = Object.values(SECURITY_NODES).map((n) => n.label);
