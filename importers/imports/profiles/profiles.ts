/**
 * The source profiles, one per tool, and how a file's profile is chosen:
 * given (`--from`, `from=` on the HTTP import, `"from"` in a mapping file), or
 * told from the header by the column names only one tool writes (its marks).
 * No marks: the generic profile. Marks of two tools: refused, since either
 * choice would be a guess; the user says which with --from. The object a file
 * holds (assets, users, licences…) is told the same way within the profile,
 * by the marks of each object's export; one Estate has no class for is
 * refused by name.
 */
import type { ImportSource } from '../../../graph/model/imports';
import { IMPORT_SOURCES } from '../../../graph/model/imports';
import { squash } from '../normalise';
import { GENERIC } from './generic.profile';
import { NETBOX } from './netbox.profile';
import type { SourceObject, SourceProfile } from './profile';
import { SERVICENOW } from './servicenow.profile';
import { SNIPE_IT } from './snipe-it.profile';

export const SOURCE_PROFILES: Readonly<Record<ImportSource, SourceProfile>> = {
  'snipe-it': SNIPE_IT,
  netbox: NETBOX,
  servicenow: SERVICENOW,
  generic: GENERIC,
};

export interface SourceChoice {
  profile: SourceProfile;
  /** How it was chosen, for the plan: `given (--from)` or `told from the header: "Checked Out To", …`. */
  how: string;
  /** The object the file holds, when the header tells it. */
  object?: SourceObject;
  /** Its marks found in the header. */
  objectMarks?: string[];
}

export type SourceDecision = { ok: true; choice: SourceChoice } | { ok: false; reason: string };

/** The header cells that are marks of a list, as written in the file. */
function marksIn(header: readonly string[], marks: readonly string[]): string[] {
  const wanted = new Set(marks.map(squash));
  return header.map((h) => h.trim()).filter((h) => h !== '' && wanted.has(squash(h)));
}

const quoted = (headers: string[]) => headers.map((h) => JSON.stringify(h)).join(', ');

/** Choose the profile of a header (given, or told from its marks) and the object the file holds. */
export function chooseSource(header: readonly string[], className: string, given?: ImportSource): SourceDecision {
  let profile: SourceProfile;
  let how: string;
  if (given) {
    profile = SOURCE_PROFILES[given];
    how = `given (--from ${given})`;
  } else {
    const found = IMPORT_SOURCES.map((name) => ({ profile: SOURCE_PROFILES[name], marks: [] as string[] }))
      .map((c) => ({ ...c, marks: marksIn(header, c.profile.marks) }))
      .filter((c) => c.marks.length > 0);
    if (found.length > 1) {
      const tools = found.map((c) => `${c.profile.label} (${quoted(c.marks)})`).join(' and ');
      return {
        ok: false,
        reason: `the header has column names that only ${tools} write; say which tool wrote the file with --from (${IMPORT_SOURCES.join(', ')})`,
      };
    }
    profile = found[0]?.profile ?? SOURCE_PROFILES.generic;
    how = found[0]
      ? `told from the header: ${quoted(found[0].marks)}`
      : "no tool's own column names in the header (--from names one)";
  }
  return objectOf({ profile, how }, header, className);
}

/** The object the header tells, preferring one the class imported may come from; a classless one is refused. */
function objectOf(choice: SourceChoice, header: readonly string[], className: string): SourceDecision {
  const scored = choice.profile.objects.map((object) => ({ object, marks: marksIn(header, object.marks) }));
  const best = Math.max(0, ...scored.map((s) => s.marks.length));
  if (best === 0) return { ok: true, choice };
  const top = scored.filter((s) => s.marks.length === best);
  if (top.every((s) => s.object.classes.length === 0)) {
    const names = top.map((s) => s.object.name).join(' or ');
    const reasons = [...new Set(top.map((s) => s.object.refusal))].join('; ');
    return {
      ok: false,
      reason: `this is a ${choice.profile.label} ${names} export (${quoted(top[0].marks)}): ${reasons}`,
    };
  }
  const fitting = top.filter((s) => s.object.classes.includes(className));
  const pick = fitting.length === 1 ? fitting[0] : top.length === 1 ? top[0] : undefined;
  return pick
    ? { ok: true, choice: { ...choice, object: pick.object, objectMarks: pick.marks } }
    : { ok: true, choice };
}

/** One line for the plan: `source: Snipe-IT, told from the header: "Checked Out To"; users export ("Username")`. */
export function describeSource(choice: SourceChoice): string {
  const object = choice.object ? `; ${choice.object.name} export (${quoted(choice.objectMarks ?? [])})` : '';
  return `source profile: ${choice.profile.label}, ${choice.how}${object}`;
}
