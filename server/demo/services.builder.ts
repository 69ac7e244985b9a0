/**
 * Builds services: the shared technical services (DNS, identity, backup, …; each a cross-site application
 * pair per region, parts of 'Core Infrastructure'), the business services made of applications and
 * databases that use them, and sandbox applications outside any service. DEPENDS_ON and PART_OF only ever
 * point at things made earlier, which keeps both acyclic.
 */
import type { Criticality } from '../../graph/model/enums';
import {
  CAPABILITIES,
  COMPONENTS,
  CRITICALITY_WEIGHTS,
  FRONT_COMPONENTS,
  SLA_BY_CRITICALITY,
  TECHNICAL_SERVICES,
} from './catalogue.services';
import type { EstateDraft, ServiceCtx } from './estate.draft';
import { teamId } from './parties.builder';
import { pad, slug } from './text';
import { buildApplication, buildDatabaseTarget } from './workloads.builder';

/** DNS, identity, backup…: each runs on one infrastructure application per region (a cross-site pair). */
export function buildTechnicalServices(draft: EstateDraft): void {
  const count = Math.min(draft.profile.technicalServices, TECHNICAL_SERVICES.length);
  let parent: string | undefined;
  if (count >= 5) {
    parent = `tsvc-${pad(draft.next('ts'), 3)}`;
    draft.ci(
      'TechnicalService',
      parent,
      'Core Infrastructure',
      'DEPLOYED',
      {
        criticality: 'CRITICAL',
        slaTarget: 99.99,
        serviceHours: '24x7',
      },
      { description: 'The shared infrastructure services everything else needs', tags: ['env:prod'] },
    );
    draft.rel('OWNED_BY', parent, teamId(draft, 'Site Reliability'));
  }
  for (const spec of TECHNICAL_SERVICES.slice(0, count)) {
    const id = `tsvc-${pad(draft.next('ts'), 3)}`;
    const team = teamId(draft, spec.team);
    draft.ci(
      'TechnicalService',
      id,
      spec.name,
      'DEPLOYED',
      {
        criticality: draft.rng.pick<Criticality>(['CRITICAL', 'HIGH']),
        slaTarget: 99.95,
        serviceHours: '24x7',
      },
      { description: `Shared ${spec.name} service`, tags: ['env:prod'] },
    );
    draft.rel('OWNED_BY', id, team);
    draft.rel('SUPPORTED_BY', id, teamId(draft, 'Service Desk'));
    if (parent) draft.rel('PART_OF', id, parent);
    const ctx: ServiceCtx = { id, slug: spec.slug, apps: [] };
    for (const region of draft.regions) {
      const site = region.sites[0];
      const name = `${spec.slug}-${region.spec.code}`;
      const app = buildApplication(draft, name, site, team, ['env:prod'], {
        pair: true,
        front: false,
        team: spec.team,
      });
      if (spec.db) draft.rel('DEPENDS_ON', app, buildDatabaseTarget(draft, `${name}-db`, site, ['env:prod']));
      draft.rel('DEPENDS_ON', id, app);
      ctx.apps.push(app);
      if (spec.storage && site.storageIds.length > 0) draft.rel('DEPENDS_ON', id, site.storageIds[0]);
    }
    draft.technical.set(spec.slug, ctx);
  }
}

/** Business services named after capabilities, each with its databases and applications in one site. */
export function buildBusinessServices(draft: EstateDraft): void {
  const rng = draft.rng;
  const p = draft.profile;
  const shared = [...draft.technical.values()];
  const parents: string[] = [];
  for (let i = 0; i < p.businessServices; i++) {
    const cap = CAPABILITIES[i % CAPABILITIES.length];
    const round = Math.floor(i / CAPABILITIES.length);
    const name = round === 0 ? cap : `${cap} ${round + 1}`;
    const bsSlug = slug(name);
    const id = `bsvc-${pad(draft.next('bs'), 4)}`;
    const criticality = rng.weighted(CRITICALITY_WEIGHTS);
    const pci = rng.chance(0.15);
    const tags = pci ? ['env:prod', 'pci'] : ['env:prod'];
    const team = rng.pick(draft.productTeamIds);
    const owner =
      rng.chance(0.1) && draft.sites[0].peopleIds.length > 0 ? rng.pick(rng.pick(draft.sites).peopleIds) : team;
    draft.ci(
      'BusinessService',
      id,
      name,
      'DEPLOYED',
      {
        criticality,
        slaTarget: SLA_BY_CRITICALITY[criticality],
        serviceHours: criticality === 'LOW' ? 'Mon-Fri 07:00-19:00' : '24x7',
      },
      { description: `${name} for customers and staff`, tags },
    );
    draft.rel('OWNED_BY', id, owner);
    draft.rel('SUPPORTED_BY', id, teamId(draft, 'Service Desk'));
    // One service in eight is a component of an earlier top-level service (never of a component: no cycles).
    if (parents.length > 0 && rng.chance(0.12)) draft.rel('PART_OF', id, rng.pick(parents));
    else if (parents.length < Math.max(1, p.businessServices / 10)) parents.push(id);

    const site = rng.pick(rng.pick(draft.regions).sites);
    const teamName = draft.teamNames.get(team)!;
    const dbs: string[] = [];
    const dbCount = rng.int(...p.databasesPerService);
    for (let d = 0; d < dbCount; d++) dbs.push(buildDatabaseTarget(draft, `${bsSlug}-db${d + 1}`, site, tags));
    const apps: string[] = [];
    const components = rng.sample(COMPONENTS, rng.int(...p.appsPerService));
    for (const component of components) {
      const front = FRONT_COMPONENTS.has(component);
      const app = buildApplication(draft, `${bsSlug}-${component}`, site, team, tags, {
        pair: rng.chance(front ? 0.5 : 0.2),
        front,
        team: teamName,
      });
      if (dbs.length > 0 && rng.chance(0.7)) draft.rel('DEPENDS_ON', app, rng.pick(dbs));
      // Later components call earlier ones (web → api), which keeps DEPENDS_ON acyclic.
      if (apps.length > 0 && rng.chance(0.4)) draft.rel('DEPENDS_ON', app, rng.pick(apps));
      if (pci) draft.rel('DEPENDS_ON', app, site.fwClusterId);
      for (const ts of shared) {
        if ((ts.slug === 'identity' && rng.chance(0.4)) || (ts.slug !== 'identity' && rng.chance(0.05))) {
          draft.rel('DEPENDS_ON', app, ts.id);
        }
      }
      draft.rel('DEPENDS_ON', id, app);
      apps.push(app);
    }
    for (const ts of shared) {
      if (ts.slug === 'dns' || (ts.slug === 'identity' && rng.chance(0.5))) draft.rel('DEPENDS_ON', id, ts.id);
    }
    draft.businessServices.push({ id, criticality, apps });
    draft.dbUsers.push(...dbs);
  }
}

/** Dev and test applications outside any business service. */
export function buildSandboxApps(draft: EstateDraft): void {
  const rng = draft.rng;
  for (let i = 0; i < draft.profile.sandboxApps; i++) {
    const team = rng.pick(draft.productTeamIds);
    const teamName = draft.teamNames.get(team)!;
    const env = rng.chance(0.6) ? 'env:dev' : 'env:test';
    const site = rng.pick(draft.sites);
    const name = `sandbox-${slug(teamName)}-${pad(i + 1, 4)}`;
    const app = buildApplication(draft, name, site, team, [env], {
      pair: false,
      front: rng.chance(0.3),
      team: teamName,
    });
    if (rng.chance(0.3)) draft.rel('DEPENDS_ON', app, buildDatabaseTarget(draft, `${name}-db`, site, [env]));
  }
}
