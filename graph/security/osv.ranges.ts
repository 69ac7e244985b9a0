/**
 * Is version V of a package affected by one OSV `affected[]` entry? The OSV schema's own
 * evaluation algorithm (`IsVulnerable` in the spec's "Evaluation" section), step for step:
 * listed in `versions`, or inside any range whose events, sorted in the range's order,
 * leave it vulnerable and which lies before one of its limits.
 *
 * - ECOSYSTEM ranges use the ecosystem's own order (version.order.ts); SEMVER ranges use
 *   SemVer 2.0 precedence whatever the ecosystem.
 * - GIT ranges need the repository's commit graph: they are reported as not evaluable and
 *   never match.
 * - A range whose ecosystem has no known order, or whose versions (or V itself) its order
 *   cannot read, is reported as not evaluable with the reason, never guessed.
 * - `versions` match by exact string, as the spec's `IncludedInVersions` says.
 * - Events at the same version keep `introduced` first, so `introduced: X, fixed: X` is an
 *   empty range rather than an open one (the spec leaves ties unsaid).
 */
import { compareSemver, findVersionOrder, VersionSyntaxError, type VersionComparator } from './version.order';

export const OSV_RANGE_TYPES = ['ECOSYSTEM', 'SEMVER', 'GIT'] as const;
export type OsvRangeType = (typeof OSV_RANGE_TYPES)[number];

/** One event: exactly one of the four keys (the parser enforces it). */
export interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

export interface OsvRange {
  readonly type: OsvRangeType;
  readonly repo?: string;
  readonly events: readonly OsvEvent[];
}

export interface OsvAffected {
  readonly package: { readonly ecosystem: string; readonly name: string; readonly purl?: string };
  readonly ranges?: readonly OsvRange[];
  readonly versions?: readonly string[];
}

export interface UnevaluatedRange {
  /** Index of the range in `affected.ranges`. */
  readonly range: number;
  readonly reason: string;
}

export interface AffectedVerdict {
  readonly affected: boolean;
  /** What matched: the `versions` list, or the index of the first range that holds V. */
  readonly matchedBy?: 'versions' | { readonly range: number };
  /** Ranges that could not be evaluated (GIT, unknown order, unreadable version). */
  readonly unevaluated: readonly UnevaluatedRange[];
}

/** `introduced: "0"` sorts before every version; `limit: "*"` after every version. */
const ZERO = '0';
const INFINITY = '*';

type EventKind = keyof OsvEvent;
const KIND_ORDER: readonly EventKind[] = ['introduced', 'last_affected', 'fixed', 'limit'];

interface SortableEvent {
  readonly kind: EventKind;
  readonly version: string;
}

const eventOf = (event: OsvEvent): SortableEvent => {
  for (const kind of KIND_ORDER) {
    const version = event[kind];
    if (version !== undefined) return { kind, version };
  }
  throw new Error('an OSV event with no introduced, fixed, last_affected or limit'); // the parser refuses these
};

/** The range's order extended by OSV's two special values. */
const withSpecials =
  (order: VersionComparator) =>
  (a: string, b: string): number => {
    if (a === b) return 0;
    if (a === ZERO) return -1;
    if (b === ZERO) return 1;
    if (a === INFINITY) return 1;
    if (b === INFINITY) return -1;
    return order(a, b);
  };

const rangeOrder = (range: OsvRange, ecosystem: string): VersionComparator | string => {
  if (range.type === 'SEMVER') return compareSemver;
  if (range.type === 'GIT') return 'GIT ranges need the repository history and are not evaluated';
  return findVersionOrder(ecosystem) ?? `no version order is known for ecosystem "${ecosystem}"`;
};

/** `BeforeLimits` and the event walk of `IncludedInRanges`, for one range. */
const inRange = (version: string, range: OsvRange, order: VersionComparator): boolean => {
  const compare = withSpecials(order);
  const events = range.events.map(eventOf);
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && !limits.some((e) => compare(version, e.version) < 0)) return false;
  const sorted = events
    .filter((e) => e.kind !== 'limit')
    .sort((a, b) => compare(a.version, b.version) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  let vulnerable = false;
  for (const event of sorted) {
    const c = compare(version, event.version);
    if (event.kind === 'introduced') {
      if (c >= 0) vulnerable = true;
    } else if (event.kind === 'fixed') {
      if (c >= 0) vulnerable = false;
    } else if (c > 0) {
      vulnerable = false; // last_affected
    }
  }
  return vulnerable;
};

/** Whether `version` is affected by this entry (its package already matched by ecosystem and name). */
export const isAffected = (version: string, affected: OsvAffected): AffectedVerdict => {
  const unevaluated: UnevaluatedRange[] = [];
  if (affected.versions?.includes(version)) return { affected: true, matchedBy: 'versions', unevaluated };
  const ranges = affected.ranges ?? [];
  for (let i = 0; i < ranges.length; i++) {
    const order = rangeOrder(ranges[i], affected.package.ecosystem);
    if (typeof order === 'string') {
      unevaluated.push({ range: i, reason: order });
      continue;
    }
    try {
      if (inRange(version, ranges[i], order)) return { affected: true, matchedBy: { range: i }, unevaluated };
    } catch (error) {
      if (!(error instanceof VersionSyntaxError)) throw error;
      unevaluated.push({ range: i, reason: `${ranges[i].type} range: ${error.message}` });
    }
  }
  return { affected: false, unevaluated };
};
