/**
 * What a source profile says about another tool's CSV exports: its column
 * names (column.aliases.ts), the headers that only it writes (how a file is
 * told to be its export), and the objects it exports — which Estate classes
 * each may become, the values a profile derives for it, or, where Estate has
 * no class for it yet, the refusal that names it.
 */
import type { ImportSource, TransformSpec } from '../../../graph/model/imports';
import type { ColumnAlias } from '../column.aliases';

export interface SourceObject {
  /** The tool's own name for it: assets, users, licences, cmdb_ci… */
  readonly name: string;
  /** Estate classes its rows may become; empty: none yet, and a file of it is refused with `refusal`. */
  readonly classes: readonly string[];
  /** Headers that tell this object's export from the tool's others. */
  readonly marks: readonly string[];
  /** Why it is not imported, and what to do instead (objects without a class). */
  readonly refusal?: string;
  /** Values derived for its rows where the class has the field and nothing in the file or mapping fills it. */
  readonly transforms?: Readonly<Record<string, TransformSpec>>;
}

export interface SourceProfile {
  readonly name: ImportSource;
  /** The tool's name as people write it. */
  readonly label: string;
  /** Headers only this tool writes: any of them in a header tells the file is its export. */
  readonly marks: readonly string[];
  readonly columns: readonly ColumnAlias[];
  readonly objects: readonly SourceObject[];
  /** The tool's values of a class column → Estate class (ServiceNow's sys_class_name). */
  readonly classValues?: Readonly<Record<string, string>>;
}
