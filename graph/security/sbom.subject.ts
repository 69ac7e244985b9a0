/**
 * The CI an SBOM describes: the one named by `for` (an id, else a name), or
 * the one its metadata.component names (by name, narrowed by version when
 * several share the name). Refused, never guessed: no match, two matches,
 * or a CI of a class an SBOM cannot describe.
 */
import type { Executor } from '../platform/executor';
import { badInput, notFound } from '../platform/errors';
import { SBOM_SUBJECTS } from '../model/security.classes';
import type { SbomSubject } from './sbom.content';

export interface SubjectCI {
  readonly id: string;
  readonly class: string;
  readonly name: string;
}

/** The version field each class keeps, to tell apart CIs that share a name. */
const VERSION_FIELDS = ['deployedVersion', 'installedVersion', 'engineVersion', 'firmware'];

/** By id, or by name: two index lookups (an OR of the two would scan every CI). */
const CANDIDATES = `CALL () {
  MATCH (n:CI {id: $ref}) RETURN n, true AS byId
  UNION
  MATCH (n:CI {name: $ref}) RETURN n, false AS byId
}
RETURN n.id AS id, n.class AS class, n.name AS name, byId,
       [f IN $versionFields WHERE n[f] IS NOT NULL | n[f]] AS versions
ORDER BY byId DESC, id`;

export async function resolveSbomSubject(
  db: Executor,
  forRef: string | undefined,
  subject: SbomSubject | null,
): Promise<SubjectCI> {
  const ref = forRef ?? subject?.name;
  const field = forRef !== undefined ? 'for' : 'metadata.component.name';
  if (ref === undefined) {
    throw badInput('for', 'the SBOM has no metadata.component to say what it describes; name the CI with --for');
  }
  const rows = await db.read('security.sbomSubject', CANDIDATES, { ref, versionFields: VERSION_FIELDS });
  const byId = rows.find((r) => r.byId === true);
  let found = byId ? [byId] : rows.filter((r) => SBOM_SUBJECTS.includes(r.class as string));
  if (!byId && found.length > 1 && forRef === undefined && subject?.version) {
    const sameVersion = found.filter((r) => (r.versions as string[]).includes(subject.version!));
    if (sameVersion.length > 0) found = sameVersion;
  }
  if (found.length === 0) {
    if (forRef !== undefined) throw notFound('CI', ref, 'for');
    throw badInput(field, `no ${SBOM_SUBJECTS.join(', ')} is named ${ref}; name the CI with --for`);
  }
  if (found.length > 1) {
    throw badInput(
      field,
      `${found.length} CIs are named ${ref} (${found.map((r) => `${r.id as string} ${r.class as string}`).join(', ')}); name one by id with --for`,
    );
  }
  const ci = { id: found[0].id as string, class: found[0].class as string, name: found[0].name as string };
  if (!SBOM_SUBJECTS.includes(ci.class)) {
    throw badInput(field, `${ci.id} is a ${ci.class}; an SBOM describes a ${SBOM_SUBJECTS.join(', ')}`);
  }
  return ci;
}
