/**
 * Builds places: the location tree region → site → building → room → rack, each LOCATED_IN its parent and
 * OWNED_BY Facilities, and the site records the other builders fill (its networks' ids, its racks, its VMs).
 */
import type { LocationKind } from '../../graph/model/enums';
import { REGIONS, STREETS } from './catalogue.places';
import { AS_OF_MS, DAY } from './clock';
import type { BuildingCtx, EstateDraft, RegionCtx, RoomCtx, SiteCtx } from './estate.draft';
import { teamId } from './parties.builder';
import { letter, pad } from './text';

function location(
  draft: EstateDraft,
  id: string,
  name: string,
  kind: LocationKind,
  parent: string | undefined,
  address?: string,
): void {
  draft.ci('Location', id, name, 'DEPLOYED', { locationKind: kind, address }, { since: AS_OF_MS - 5 * 365 * DAY });
  if (parent) draft.rel('LOCATED_IN', id, parent);
  draft.rel('OWNED_BY', id, teamId(draft, 'Facilities'));
}

/** The r-th region (the catalogue's regions in turn). */
export function buildRegion(draft: EstateDraft, r: number): RegionCtx {
  const spec = REGIONS[r % REGIONS.length];
  const id = `region-${pad(r + 1, 2)}`;
  location(draft, id, spec.name, 'REGION', undefined);
  const region: RegionCtx = { spec, id, sites: [] };
  draft.regions.push(region);
  return region;
}

/** The s-th site of a region with its buildings, rooms and racks (first, since the network gear needs racks). */
export function buildSitePlaces(draft: EstateDraft, region: RegionCtx, s: number): SiteCtx {
  const p = draft.profile;
  const index = draft.sites.length + 1;
  if (index > 250) throw new Error('at most 250 sites (one 10.<site>.0.0/16 each)');
  const [city, cityCode] = region.spec.cities[s % region.spec.cities.length];
  const code = `${cityCode}${Math.floor(s / region.spec.cities.length) + 1}`;
  const id = `site-${pad(index, 3)}`;
  const site: SiteCtx = {
    index,
    id,
    code,
    lower: code.toLowerCase(),
    domain: `${code.toLowerCase()}.dc.example.com`,
    region,
    buildings: [],
    coreIds: [],
    coreClusterId: `cl-core-${pad(index, 3)}`,
    fwClusterId: `cl-fw-${pad(index, 3)}`,
    lbClusterId: `cl-lb-${pad(index, 3)}`,
    networks: {
      mgmt: `net-${pad(index, 3)}-mgmt`,
      prod: `net-${pad(index, 3)}-prod`,
      dev: `net-${pad(index, 3)}-dev`,
      user: `net-${pad(index, 3)}-user`,
    },
    ipNext: { mgmt: 0, prod: 0, dev: 0, user: 0 },
    storageIds: [],
    vms: [],
    vmCursor: 0,
    peopleIds: [],
    hypervisorHosts: [],
    networkFamily: 0,
    uplinks: [],
    accessPoints: [],
  };
  draft.sites.push(site);
  region.sites.push(site);
  const street = () => `${draft.rng.int(1, 250)} ${draft.rng.pick(STREETS)}, ${city}`;
  location(draft, id, `${code} ${city}`, 'SITE', region.id, street());

  for (let b = 0; b < p.buildingsPerSite; b++) {
    const bl = letter(b);
    const building: BuildingCtx = {
      id: `bldg-${pad(index, 3)}-${bl}`,
      name: `${code} Building ${bl.toUpperCase()}`,
      rooms: [],
    };
    location(draft, building.id, building.name, 'BUILDING', id, street());
    for (let m = 0; m < p.roomsPerBuilding; m++) {
      const room: RoomCtx = {
        id: `room-${pad(index, 3)}-${bl}${pad(m + 1, 2)}`,
        name: `${code}-${bl.toUpperCase()} Hall ${m + 1}`,
        distIds: [],
        racks: [],
      };
      location(draft, room.id, room.name, 'ROOM', building.id);
      for (let k = 0; k < p.racksPerRoom; k++) {
        const rackId = `rack-${pad(index, 3)}-${bl}${pad(m + 1, 2)}-${pad(k + 1, 2)}`;
        location(draft, rackId, `${code}-${bl.toUpperCase()}${m + 1} Rack ${pad(k + 1, 2)}`, 'RACK', room.id);
        room.racks.push({ id: rackId, torId: '', torBId: '', nextUnit: 1, ports: 0, devices: [] });
      }
      building.rooms.push(room);
    }
    site.buildings.push(building);
  }
  return site;
}

/** Every room of the site, building by building. */
export function siteRooms(site: SiteCtx): RoomCtx[] {
  return site.buildings.flatMap((b) => b.rooms);
}
