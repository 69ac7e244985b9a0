/**
 * How an OSV package (ecosystem + name) meets a Component (its purl's type + package name,
 * graph/security/component.identity.ts): one row per OSV ecosystem naming the purl type and
 * how OSV's name becomes the component's packageName. Names match exactly after that
 * (log4j-api is never log4j-core); the only normalisation is each ecosystem's own (PEP 503
 * for PyPI, as the component side does). An ecosystem without a row matches nothing, and
 * is counted, never guessed.
 *
 * Distribution advisories may be scoped to a release (`Debian:12`, `Ubuntu:22.04:LTS`); such
 * an entry matches a component only when its purl's `distro` qualifier names that release
 * (`debian-12`, or `12`). A component without the qualifier cannot tell: not matched, and
 * reported as not evaluable.
 */
import { PackageURL } from 'packageurl-js';

import { baseEcosystem } from './version.order';

interface EcosystemRow {
  /** The purl type of components in this ecosystem. */
  readonly purlType: string;
  /** OSV's package name as the component's packageName. */
  readonly packageName: (osvName: string) => string;
}

const same = (name: string): string => name;
const pep503 = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
const inNamespace =
  (namespace: string) =>
  (name: string): string =>
    `${namespace}/${name}`;

export const OSV_TO_PURL: Readonly<Record<string, EcosystemRow>> = {
  npm: { purlType: 'npm', packageName: same },
  PyPI: { purlType: 'pypi', packageName: pep503 },
  Maven: { purlType: 'maven', packageName: same },
  Go: { purlType: 'golang', packageName: same },
  'crates.io': { purlType: 'cargo', packageName: same },
  Debian: { purlType: 'deb', packageName: inNamespace('debian') },
  Ubuntu: { purlType: 'deb', packageName: inNamespace('ubuntu') },
  'Red Hat': { purlType: 'rpm', packageName: inNamespace('redhat') },
  AlmaLinux: { purlType: 'rpm', packageName: inNamespace('almalinux') },
  'Rocky Linux': { purlType: 'rpm', packageName: inNamespace('rocky') },
  SUSE: { purlType: 'rpm', packageName: inNamespace('suse') },
  openSUSE: { purlType: 'rpm', packageName: inNamespace('opensuse') },
};

/** The lookup key a component and an OSV package share: `purlType|packageName`. */
export const packageKey = (purlType: string, packageName: string): string => `${purlType}|${packageName}`;

export interface OsvPackageKey {
  readonly key: string;
  /** The release an entry is scoped to (`12` for `Debian:12`), when it is. */
  readonly release?: string;
}

/** Release-scoped distributions: their suffix is a release, not a repository URL. */
const RELEASE_SCOPED = new Set(['Debian', 'Ubuntu', 'AlmaLinux', 'Rocky Linux', 'Red Hat', 'SUSE', 'openSUSE']);

/** The key of an OSV package, or null when its ecosystem has no row. */
export const osvPackageKey = (ecosystem: string, name: string): OsvPackageKey | null => {
  const base = baseEcosystem(ecosystem);
  if (!Object.hasOwn(OSV_TO_PURL, base)) return null;
  const row = OSV_TO_PURL[base];
  const key = packageKey(row.purlType, row.packageName(name));
  const suffix = ecosystem.slice(base.length + 1).replace(/^Pro:/, '');
  if (!RELEASE_SCOPED.has(base) || suffix === '') return { key };
  return { key, release: suffix.split(':')[0] };
};

/**
 * Whether a component (by its purl) is of the release an entry is scoped to: true, false,
 * or a reason it cannot tell.
 */
export const inRelease = (purl: string | null, ecosystem: string, release: string): boolean | string => {
  let distro: string | undefined;
  try {
    distro = purl === null ? undefined : PackageURL.fromString(purl).qualifiers?.distro;
  } catch {
    distro = undefined;
  }
  if (distro === undefined) return `the advisory is for ${ecosystem} and the component's purl has no distro qualifier`;
  const wanted = release.toLowerCase();
  const named = distro.toLowerCase();
  return named === wanted || named === `${baseEcosystem(ecosystem).toLowerCase().replace(/ /g, '-')}-${wanted}`;
};
