/**
 * Which components each vulnerability affects, given both sides already loaded: the pure
 * half of matching (matching.ts loads and writes). A component is affected when an
 * `affected[]` entry names its package exactly (matching.keys.ts), the entry's release
 * scope (if any) is the component's, and its version is in the entry (osv.ranges.ts).
 * What could not be evaluated is returned with the reason, never counted as a match.
 */
import { isAffected, type OsvAffected } from './osv.ranges';
import { inRelease, osvPackageKey } from './matching.keys';

export interface MatchVulnerability {
  readonly id: string;
  readonly affected: readonly OsvAffected[];
}

export interface MatchComponent {
  readonly key: string;
  readonly purl: string | null;
  /** `purlType|packageName` (matching.keys.ts `packageKey`). */
  readonly packageKey: string;
  readonly version: string | null;
}

export interface AffectedEdge {
  readonly componentKey: string;
  readonly vulnerabilityId: string;
  /** What matched, per entry: `{ entry, versions: true }` or `{ entry, range: {type, events} }`, as JSON. */
  readonly ranges: string;
}

export interface Unevaluated {
  readonly componentKey: string;
  readonly vulnerabilityId: string;
  readonly reason: string;
}

export interface MatchOutcome {
  readonly edges: AffectedEdge[];
  readonly unevaluated: Unevaluated[];
}

const byPackage = (components: readonly MatchComponent[]): Map<string, MatchComponent[]> => {
  const index = new Map<string, MatchComponent[]>();
  for (const c of components) index.set(c.packageKey, [...(index.get(c.packageKey) ?? []), c]);
  return index;
};

/** Every (component, vulnerability) pair that matches, once, with what matched. */
export const evaluateMatches = (
  vulnerabilities: readonly MatchVulnerability[],
  components: readonly MatchComponent[],
): MatchOutcome => {
  const index = byPackage(components);
  const edges: AffectedEdge[] = [];
  const unevaluated: Unevaluated[] = [];
  for (const v of vulnerabilities) {
    const matched = new Map<string, unknown[]>();
    const reasons = new Map<string, string[]>();
    v.affected.forEach((entry, entryIndex) => {
      const pkg = osvPackageKey(entry.package.ecosystem, entry.package.name);
      if (pkg === null) return;
      for (const c of index.get(pkg.key) ?? []) {
        const note = (reason: string): void => {
          reasons.set(c.key, [...(reasons.get(c.key) ?? []), reason]);
        };
        if (c.version === null) {
          note('the component has no version');
          continue;
        }
        if (pkg.release !== undefined) {
          const scoped = inRelease(c.purl, entry.package.ecosystem, pkg.release);
          if (typeof scoped === 'string') note(scoped);
          if (scoped !== true) continue;
        }
        const verdict = isAffected(c.version, entry);
        if (verdict.affected) {
          const what =
            verdict.matchedBy === 'versions'
              ? { entry: entryIndex, versions: true }
              : { entry: entryIndex, range: entry.ranges?.[verdict.matchedBy?.range ?? 0] };
          matched.set(c.key, [...(matched.get(c.key) ?? []), what]);
        } else {
          for (const u of verdict.unevaluated) note(`affected/${entryIndex}/ranges/${u.range}: ${u.reason}`);
        }
      }
    });
    for (const [componentKey, what] of matched) {
      edges.push({ componentKey, vulnerabilityId: v.id, ranges: JSON.stringify(what) });
    }
    for (const [componentKey, list] of reasons) {
      if (!matched.has(componentKey))
        unevaluated.push({ componentKey, vulnerabilityId: v.id, reason: list.join('; ') });
    }
  }
  return { edges, unevaluated };
};

/** The package keys a vulnerability can match, to find it from the component side. */
export const vulnerabilityPackageKeys = (affected: readonly OsvAffected[]): string[] => [
  ...new Set(
    affected.flatMap((entry) => {
      const pkg = osvPackageKey(entry.package.ecosystem, entry.package.name);
      return pkg === null ? [] : [pkg.key];
    }),
  ),
];
