/**
 * Builds a site's people and their devices: a laptop or desktop for most, a phone for some, and the service
 * desk's spare, retired and disposed laptops. Laptops are leased; a disposed device is nowhere.
 */
import type { LifecycleState } from '../../graph/model/enums';
import { EUD_MODELS } from './catalogue.hardware';
import { nextIp } from './addressing';
import { contractId } from './contracts.builder';
import type { EstateDraft, SiteCtx } from './estate.draft';
import { hardware } from './hardware.shape';
import { buildPerson, teamId } from './parties.builder';
import { pad } from './text';

type DeviceKind = 'laptop' | 'desktop' | 'phone';

const HOST_PREFIX: Readonly<Record<DeviceKind, string>> = { laptop: 'LT', desktop: 'DT', phone: 'PH' };

function endUserDevice(draft: EstateDraft, site: SiteCtx, kind: DeviceKind, state: LifecycleState, owner: string) {
  const reseller = site.region.spec.reseller;
  const model = draft.rng.pick(EUD_MODELS[kind]);
  const n = draft.next('eud');
  const id = `eud-${pad(n, 6)}`;
  const host = `${site.code}-${HOST_PREFIX[kind]}-${pad(n, 6)}`;
  const inUse = state === 'DEPLOYED';
  hardware(
    draft,
    'EndUserDevice',
    id,
    host,
    state,
    site,
    model,
    {
      deviceType: kind,
      os: model.os,
    },
    {
      hostname: kind === 'phone' ? undefined : host,
      domain: false,
      owner,
      supplier: reseller,
      ip: inUse && kind === 'desktop' ? nextIp(site, 'user') : undefined,
    },
  );
  const gone = state === 'RETIRED' || state === 'DISPOSED';
  if (kind === 'laptop' && !gone) draft.rel('COVERED_BY', id, contractId(draft, 'LEASE', reseller, site, 'laptops'));
  // A disposed device has left the organisation: it is nowhere.
  if (state !== 'DISPOSED') draft.rel('LOCATED_IN', id, site.buildings[0].id);
  if (inUse && kind !== 'phone') draft.rel('CONNECTED_TO', id, site.networks.user);
}

export function buildSitePeople(draft: EstateDraft, site: SiteCtx): void {
  const rng = draft.rng;
  const peoplePerSite = draft.profile.peoplePerSite;
  const desk = teamId(draft, 'Service Desk');
  const device = (kind: DeviceKind, state: LifecycleState, owner: string) =>
    endUserDevice(draft, site, kind, state, owner);
  for (let i = 0; i < peoplePerSite; i++) {
    const person = buildPerson(draft, site);
    site.peopleIds.push(person);
    const state = rng.weighted<LifecycleState>([
      ['DEPLOYED', 96],
      ['IN_MAINTENANCE', 4],
    ]);
    if (rng.chance(0.95)) device(rng.chance(0.85) ? 'laptop' : 'desktop', state, person);
    if (rng.chance(0.3)) device('phone', 'DEPLOYED', person);
  }
  const spares = Math.max(1, Math.round(peoplePerSite * 0.08));
  for (let i = 0; i < spares; i++) device('laptop', 'IN_STOCK', desk);
  for (let i = 0; i < Math.max(1, Math.round(peoplePerSite * 0.05)); i++) {
    device(rng.chance(0.7) ? 'laptop' : 'desktop', 'RETIRED', desk);
  }
  for (let i = 0; i < Math.max(1, Math.round(peoplePerSite * 0.03)); i++) device('laptop', 'DISPOSED', desk);
}
