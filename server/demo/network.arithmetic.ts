/**
 * How many interfaces an estate of a profile has, worked out from the profile alone: so a unit test can
 * hold the large estate to its million interfaces without generating it (that takes minutes), and check
 * the arithmetic against the small and medium estates it does generate.
 *
 * Switch, router and appliance ports are exact (every port of every device in service, plus its
 * management port); servers are an expectation, since which are in service and how many NICs each has
 * are random draws (SERVER_STATES; NICs uniform over the profile's range).
 */
import { SERVER_STATES } from './compute.builder';
import type { Profile } from './estate.profiles';
import { distributionPorts, TOR_PORTS } from './network.builder';

/** Ports of the devices every site has once: two cores of 64, two routers of 8, two firewalls of 16, two load balancers of 8. */
const SITE_PAIR_PORTS = [64, 8, 16, 8];
/** A storage array's four data ports. */
const STORAGE_NICS = 4;

export function expectedInterfaces(p: Profile): number {
  if (!p.allPorts) throw new Error('only a profile with every port (allPorts) has interfaces its arithmetic can count');
  const sites = p.regions * p.sitesPerRegion;
  const rooms = sites * p.buildingsPerSite * p.roomsPerBuilding;
  const racks = rooms * p.racksPerRoom;
  const withMgmt = (ports: number) => ports + 1;
  const tors = racks * 2 * withMgmt(TOR_PORTS);
  const dists = rooms * 2 * withMgmt(distributionPorts(p.racksPerRoom));
  const pairs = sites * 2 * SITE_PAIR_PORTS.reduce((n, ports) => n + withMgmt(ports), 0);
  const aps = sites * p.buildingsPerSite * p.apsPerBuilding;
  const storage = rooms * p.storagePerRoom * withMgmt(STORAGE_NICS);
  const total = SERVER_STATES.reduce((n, [, w]) => n + w, 0);
  const inService = SERVER_STATES.filter(([s]) => s === 'DEPLOYED' || s === 'IN_MAINTENANCE').reduce(
    (n, [, w]) => n + w,
    0,
  );
  const nics = (p.serverNics[0] + p.serverNics[1]) / 2;
  const servers = racks * p.serversPerRack * (inService / total) * withMgmt(nics);
  return Math.round(tors + dists + pairs + aps + storage + servers);
}
