/**
 * What a new SBOM changes in a CI's components, by key: added, removed, and
 * changed (same key, some field of the component or of its usage differs,
 * named). Pure; the change log records it (sbom.write.ts).
 */
export type StoredComponent = Readonly<Record<string, unknown>> & { readonly key: string };

export interface SbomDiff {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: { key: string; fields: string[] }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Compare by the given fields (a field missing on one side counts as null). */
export function diffComponents(
  before: readonly StoredComponent[],
  after: readonly StoredComponent[],
  fields: readonly string[],
): SbomDiff {
  const old = new Map(before.map((c) => [c.key, c]));
  const now = new Map(after.map((c) => [c.key, c]));
  const changed = after.flatMap((c) => {
    const was = old.get(c.key);
    if (!was) return [];
    const differ = fields.filter((f) => !same(was[f], c[f]));
    return differ.length ? [{ key: c.key, fields: differ }] : [];
  });
  return {
    added: after
      .filter((c) => !old.has(c.key))
      .map((c) => c.key)
      .sort(),
    removed: before
      .filter((c) => !now.has(c.key))
      .map((c) => c.key)
      .sort(),
    changed,
  };
}

/** Keys a change record lists per kind; the counts always say how many there were. */
export const DIFF_LIST_LIMIT = 1000;

/** The diff as the change record's `after` carries it: counts, and the lists cut at DIFF_LIST_LIMIT. */
export function diffRecord(diff: SbomDiff) {
  const cut = <T>(list: readonly T[]) => list.slice(0, DIFF_LIST_LIMIT);
  return {
    counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
    added: cut(diff.added),
    removed: cut(diff.removed),
    changed: cut(diff.changed),
    truncated: [diff.added, diff.removed, diff.changed].some((l) => l.length > DIFF_LIST_LIMIT),
  };
}
