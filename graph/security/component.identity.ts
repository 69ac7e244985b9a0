/**
 * A component's identity: the key its shared node is found by, and the
 * ecosystem and package name vulnerability data names it with. Pure.
 *
 * With a purl, the key is the purl as packageurl-js normalises it
 * (type lower case, qualifiers sorted) without its subpath, which names a
 * file inside the package, not another package. Without one, it is
 * `x-estate:` + type/group/name@version, each part percent-encoded, so two
 * SBOMs that name a component alike find the same node and nothing is guessed.
 */
import { PackageURL } from 'packageurl-js';

export interface ComponentIdentityInput {
  readonly purl?: string;
  readonly type: string;
  readonly group?: string;
  readonly name: string;
  readonly version?: string;
}

export interface ComponentIdentity {
  readonly key: string;
  readonly purl: string | null;
  readonly ecosystem: string | null;
  readonly packageName: string | null;
}

/** How an ecosystem writes a purl's namespace and name as the one name OSV uses; others: namespace/name. */
const PACKAGE_NAME: Readonly<Record<string, (namespace: string, name: string) => string>> = {
  maven: (ns, name) => `${ns}:${name}`,
  // PEP 503 normalisation: case and runs of - _ . do not tell packages apart.
  pypi: (_ns, name) => name.toLowerCase().replace(/[-_.]+/g, '-'),
};
const slashed = (ns: string, name: string) => (ns ? `${ns}/${name}` : name);

/** The identity, or the reason the purl cannot be read. */
export function componentIdentity(input: ComponentIdentityInput): ComponentIdentity | { error: string } {
  if (input.purl === undefined) {
    const part = (s: string | undefined) => encodeURIComponent(s ?? '');
    const version = input.version === undefined ? '' : `@${part(input.version)}`;
    return {
      key: `x-estate:${part(input.type)}/${part(input.group)}/${part(input.name)}${version}`,
      purl: null,
      ecosystem: null,
      packageName: null,
    };
  }
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(input.purl);
  } catch (error) {
    return { error: `not a valid purl (${(error as Error).message})` };
  }
  parsed.subpath = undefined;
  const ecosystem = parsed.type.toLowerCase();
  const packageName = (PACKAGE_NAME[ecosystem] ?? slashed)(parsed.namespace ?? '', parsed.name);
  const purl = parsed.toString();
  return { key: purl, purl, ecosystem, packageName };
}
