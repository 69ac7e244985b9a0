/**
 * What every SBOM reader does with the components it finds, whatever the
 * format: key each one (component.identity.ts), keep one row per key (the
 * same component listed at several paths keeps all its refs and paths),
 * refuse a ref used for two different components, then resolve the
 * dependency statements by ref into keys and say which the root needs
 * directly. Problems carry the file and the JSON pointer.
 */
import { createHash } from 'node:crypto';
import { componentIdentity } from '../../graph/security/component.identity';
import type { SbomComponentRow } from '../../graph/security/sbom.content';
import { jsonPointer } from './feed.errors';
import type { ProblemLog } from './feed.errors';

/** A component as a reader found it: the row's own fields, before it is keyed. */
export type FoundComponent = Omit<
  SbomComponentRow,
  'key' | 'purl' | 'ecosystem' | 'packageName' | 'bomRefs' | 'paths' | 'dependsOn' | 'direct'
> & { readonly purl?: string };

interface Collected {
  row: Omit<SbomComponentRow, 'dependsOn' | 'direct' | 'bomRefs' | 'paths'>;
  refs: Set<string>;
  paths: string[];
}

type Path = readonly (string | number)[];

export class ComponentCollector {
  private readonly byKey = new Map<string, Collected>();
  private readonly keyOfRef = new Map<string, string>();
  private readonly dependsOn = new Map<string, Set<string>>();
  private direct: Set<string> | undefined;

  constructor(
    private readonly file: string,
    private readonly problems: ProblemLog,
  ) {}

  /** Key and keep a component found at `path` (its ref, if any, under `refField`). */
  add(found: FoundComponent, ref: string | undefined, path: Path, refField: string): void {
    const identity = componentIdentity({
      ...found,
      group: found.group ?? undefined,
      version: found.version ?? undefined,
    });
    if ('error' in identity) {
      this.problem([...path, 'purl'], identity.error);
      return;
    }
    if (ref !== undefined) {
      const other = this.keyOfRef.get(ref);
      if (other !== undefined && other !== identity.key) {
        this.problem([...path, refField], `${ref} is already the ${refField} of ${other}`);
        return;
      }
      this.keyOfRef.set(ref, identity.key);
    }
    const seen = this.byKey.get(identity.key);
    if (seen) {
      if (ref !== undefined) seen.refs.add(ref);
      seen.paths.push(jsonPointer(path));
      return;
    }
    const { purl: _given, ...fields } = found;
    this.byKey.set(identity.key, {
      row: { ...fields, ...identity },
      refs: new Set(ref === undefined ? [] : [ref]),
      paths: [jsonPointer(path)],
    });
  }

  /**
   * `from` (a ref, or the SBOM's root when it is `rootRef`) depends on `to`;
   * a ref that names no component is a problem at its own path.
   */
  depend(from: { ref: string; path: Path }, to: readonly { ref: string; path: Path }[], rootRef?: string): void {
    const fromKey = from.ref === rootRef ? 'root' : this.keyOfRef.get(from.ref);
    if (fromKey === undefined) {
      this.problem(from.path, `no component is ${from.ref}`);
      return;
    }
    const targets = new Set<string>();
    for (const t of to) {
      const key = this.keyOfRef.get(t.ref);
      if (key === undefined) this.problem(t.path, `no component is ${t.ref}`);
      else if (key !== fromKey) targets.add(key);
    }
    if (fromKey === 'root') this.direct = new Set([...(this.direct ?? []), ...targets]);
    else this.dependsOn.set(fromKey, new Set([...(this.dependsOn.get(fromKey) ?? []), ...targets]));
  }

  /** Whether a ref names a component found so far. */
  has(ref: string): boolean {
    return this.keyOfRef.has(ref);
  }

  /** Leave out the component a ref names (the SBOM's own subject, when a format lists it among its packages). */
  drop(ref: string): void {
    const key = this.keyOfRef.get(ref);
    if (key !== undefined) this.byKey.delete(key);
  }

  /** The rows, sorted by key; `direct` is null when the SBOM said nothing of what its root needs. */
  rows(): SbomComponentRow[] {
    return [...this.byKey.values()]
      .map(({ row, refs, paths }) => ({
        ...row,
        bomRefs: [...refs].sort(),
        paths,
        dependsOn: [...(this.dependsOn.get(row.key) ?? [])].filter((k) => this.byKey.has(k)).sort(),
        direct: this.direct === undefined ? null : this.direct.has(row.key),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private problem(path: Path, reason: string): void {
    this.problems.add({ file: this.file, at: jsonPointer(path), reason });
  }
}

/** What a re-import is compared by: the components as read, not the file (timestamps and serials change). */
export function digestOf(components: readonly SbomComponentRow[]): string {
  const hash = createHash('sha256');
  for (const c of components) hash.update(`${JSON.stringify(c)}\n`);
  return hash.digest('hex');
}
