/**
 * Builds the parties: the infrastructure and product teams (all at the start, since everything has an
 * owner), vendors (each made on first use, when something is first supplied by it) and people.
 */
import { DEPARTMENTS, FIRST_NAMES, INFRA_TEAMS, LAST_NAMES, PRODUCT_AREAS } from './catalogue.organisation';
import type { InfraTeam } from './catalogue.organisation';
import { VENDORS } from './catalogue.vendors';
import type { EstateDraft, SiteCtx } from './estate.draft';
import { pad, slug } from './text';

/** Every infrastructure team, then the product teams, named after product areas (`Payments`, `Payments 2`, …). */
export function buildTeams(draft: EstateDraft): void {
  const team = (name: string): string => {
    const id = `team-${pad(draft.next('team'), 3)}`;
    const s = slug(name);
    draft.ci('Team', id, name, 'DEPLOYED', { email: `${s}@example.com`, chatChannel: `#team-${s}` });
    draft.teamNames.set(id, name);
    return id;
  };
  for (const name of INFRA_TEAMS) draft.infraTeamIds.set(name, team(name));
  for (let i = 0; i < draft.profile.productTeams; i++) {
    const area = PRODUCT_AREAS[i % PRODUCT_AREAS.length];
    const round = Math.floor(i / PRODUCT_AREAS.length);
    draft.productTeamIds.push(team(round === 0 ? area : `${area} ${round + 1}`));
  }
}

/** The id of an infrastructure team (all are made by buildTeams before anything else). */
export function teamId(draft: EstateDraft, name: InfraTeam): string {
  return draft.infraTeamIds.get(name)!;
}

/** The id of a vendor of the catalogue, made on first use. */
export function vendorId(draft: EstateDraft, key: string): string {
  let id = draft.vendorIds.get(key);
  if (!id) {
    const spec = VENDORS[key];
    id = `vendor-${key}`;
    draft.ci('Vendor', id, spec.name, 'DEPLOYED', {
      website: `https://www.${spec.domain}`,
      supportPhone: `+1 800 555 ${pad(draft.rng.int(0, 9999), 4)}`,
      supportEmail: `support@${spec.domain}`,
    });
    draft.vendorIds.set(key, id);
  }
  return id;
}

/** A person working at the site, with an email address unique across the estate. */
export function buildPerson(draft: EstateDraft, site: SiteCtx): string {
  const n = draft.next('person');
  const id = `person-${pad(n, 5)}`;
  const first = draft.rng.pick(FIRST_NAMES);
  const last = draft.rng.pick(LAST_NAMES);
  const base = `${first}.${last}`.toLowerCase();
  let email = `${base}@example.com`;
  for (let k = 2; draft.emails.has(email); k++) email = `${base}${k}@example.com`;
  draft.emails.add(email);
  draft.ci(
    'Person',
    id,
    `${first} ${last}`,
    'DEPLOYED',
    {
      email,
      phone: `${site.region.spec.phone} ${pad(draft.rng.int(0, 9999), 4)}`,
      employeeId: `E${pad(n, 6)}`,
    },
    { attributes: { department: draft.rng.pick(DEPARTMENTS), site: site.code } },
  );
  return id;
}
