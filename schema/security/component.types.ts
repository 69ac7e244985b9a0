/**
 * GraphQL types of the security domain's components (graph/security/):
 * a software component, where it is used (the CIs whose SBOM lists it, and
 * the business services above them) and a CI's SBOM. `SoftwareComponent`,
 * not `Component`: `component(device, name)` and a CI's `components` are a
 * device's parts (docs/network.md).
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ConfigurationItem } from '../items/item.types';
import { DateTimeScalar } from '../platform/scalars';

@ObjectType({
  description:
    'A software component (package) at one version, as SBOMs list it; one per identity, shared by every CI that has it.',
})
export class SoftwareComponent {
  @Field(() => String, { description: 'Its identity: the normalised purl, or x-estate:type/group/name@version.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Package URL, qualifiers sorted, without subpath.' })
  purl!: string | null;

  @Field(() => String, { nullable: true, description: "The purl's type: maven, npm, pypi, deb…" })
  ecosystem!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name vulnerability data uses: maven group:artifact, npm @scope/name…',
  })
  packageName!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  group!: string | null;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => String, { description: 'CycloneDX type: library, framework, application, firmware…' })
  type!: string;

  @Field(() => String, { nullable: true })
  supplier!: string | null;

  @Field(() => [String], { description: 'SPDX ids or expressions, else licence names.' })
  licences!: string[];

  @Field(() => [String], { description: 'ALG:value.' })
  hashes!: string[];

  @Field(() => String, { nullable: true })
  cpe!: string | null;
}

@ObjectType({ description: "A component's place in one CI's SBOM." })
export class ComponentUse {
  @Field(() => ConfigurationItem, { description: 'The CI whose SBOM lists it.' })
  ci!: unknown;

  @Field(() => SoftwareComponent)
  component!: SoftwareComponent;

  @Field(() => [String], { description: 'Its bom-refs there (several when listed at several paths).' })
  bomRefs!: string[];

  @Field(() => [String], { description: 'Where it is listed, as JSON pointers.' })
  paths!: string[];

  @Field(() => String, { nullable: true, description: 'required, optional or excluded.' })
  scope!: string | null;

  @Field(() => [String], { description: 'Keys of the components it directly depends on in that SBOM.' })
  dependsOn!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: "A direct dependency of the CI (the SBOM root's); null when the SBOM does not say.",
  })
  direct!: boolean | null;
}

@ObjectType({ description: 'A business service above a CI that has the component, by the impact rules.' })
export class ComponentService {
  @Field(() => ConfigurationItem)
  service!: unknown;

  @Field(() => String, {
    description: 'DOWN: it needs such a CI outright; DEGRADED: only through a redundant group that has another way.',
  })
  state!: string;

  @Field(() => [ID], { description: 'CI ids from the service down to the CI whose SBOM lists the component.' })
  path!: string[];
}

@InputType({ description: 'Components to find; all given conditions hold, names and versions exactly.' })
export class ComponentFilter {
  @Field(() => String, {
    nullable: true,
    description: 'A purl: its ecosystem and package name, and its version when it has one.',
  })
  purl?: string;

  @Field(() => String, { nullable: true, description: 'Exact name (log4j-core finds no log4j-api).' })
  name?: string;

  @Field(() => String, { nullable: true })
  group?: string;

  @Field(() => String, { nullable: true, description: 'Exact version.' })
  version?: string;

  @Field(() => String, { nullable: true, description: 'A purl type: maven, npm, pypi…' })
  ecosystem?: string;
}

@ObjectType({ description: 'The SBOM last imported for a CI.' })
export class SbomRecord {
  @Field(() => String, { description: 'CycloneDX or SPDX.' })
  format!: string;

  @Field(() => String)
  specVersion!: string;

  @Field(() => String, { nullable: true, description: 'The document serial number; null when it has none.' })
  serialNumber!: string | null;

  @Field(() => Int, { nullable: true })
  bomVersion!: number | null;

  @Field(() => String, { description: 'SHA-256 of the components as read: the same digest again writes nothing.' })
  digest!: string;

  @Field(() => Int)
  componentCount!: number;

  @Field(() => DateTimeScalar)
  importedAt!: string;

  @Field(() => String)
  file!: string;
}

@ObjectType({ description: "A CI's software bill of materials: the SBOM record and the components." })
export class Sbom {
  @Field(() => ConfigurationItem)
  ci!: unknown;

  @Field(() => SbomRecord, { nullable: true, description: 'Null when no SBOM was imported for the CI.' })
  sbom!: SbomRecord | null;

  @Field(() => [ComponentUse], { description: 'Its components, by key.' })
  components!: ComponentUse[];
}
