/**
 * The estate's sizes: what each of tiny, small, medium and large holds per region, site, room and rack, and
 * how many services, teams and people it has. Plain data; the builders read one profile per estate.
 *
 * large is sized by its wiring: 40 sites of 8 rooms of 26 racks, each rack with two 52-port top-of-rack
 * switches and 8 servers of 3-5 interfaces, is over a million interfaces (network.arithmetic.ts counts them).
 */
import type { EstateSize } from './estate.types';

export interface Profile {
  regions: number;
  sitesPerRegion: number;
  buildingsPerSite: number;
  roomsPerBuilding: number;
  racksPerRoom: number;
  serversPerRack: number;
  /** Average VMs per hypervisor host. */
  vmsPerHost: number;
  /** Hypervisor cluster size range (hosts). */
  clusterSize: readonly [number, number];
  apsPerBuilding: number;
  storagePerRoom: number;
  peoplePerSite: number;
  productTeams: number;
  /** How many of TECHNICAL_SERVICES to create (the first n; a parent "Core Infrastructure" from 5 up). */
  technicalServices: number;
  businessServices: number;
  appsPerService: readonly [number, number];
  databasesPerService: readonly [number, number];
  /** Applications outside any business service (dev and test work). */
  sandboxApps: number;
  /** Chance a VM in use gets a monitoring/security agent installation. */
  agentChance: number;
  /**
   * Every port a device has (true), or only the ones cabled plus management (false: the tiny estate, so
   * unit tests stay small). Either way every cable ends on a port that exists.
   */
  allPorts: boolean;
  /** Data NICs per server (each also has one management-only iDRAC/iLO port). */
  serverNics: readonly [number, number];
  /** Outlets per rack PDU (two PDUs per rack). */
  pduOutlets: number;
  /** Front ports per rear port of a patch panel (the fibres of one trunk). */
  panelPositions: number;
}

export const PROFILES: Record<EstateSize, Profile> = {
  tiny: {
    regions: 1,
    sitesPerRegion: 1,
    buildingsPerSite: 1,
    roomsPerBuilding: 1,
    racksPerRoom: 2,
    serversPerRack: 3,
    vmsPerHost: 2,
    clusterSize: [3, 4],
    apsPerBuilding: 1,
    storagePerRoom: 1,
    peoplePerSite: 5,
    productTeams: 2,
    technicalServices: 3,
    businessServices: 3,
    appsPerService: [1, 2],
    databasesPerService: [1, 1],
    sandboxApps: 0,
    agentChance: 0,
    allPorts: false,
    serverNics: [2, 4],
    pduOutlets: 12,
    panelPositions: 2,
  },
  small: {
    regions: 2,
    sitesPerRegion: 2,
    buildingsPerSite: 1,
    roomsPerBuilding: 1,
    racksPerRoom: 3,
    serversPerRack: 6,
    vmsPerHost: 4,
    clusterSize: [3, 6],
    apsPerBuilding: 2,
    storagePerRoom: 1,
    peoplePerSite: 20,
    productTeams: 6,
    technicalServices: 6,
    businessServices: 12,
    appsPerService: [2, 5],
    databasesPerService: [1, 2],
    sandboxApps: 4,
    agentChance: 0.3,
    allPorts: true,
    serverNics: [2, 4],
    pduOutlets: 24,
    panelPositions: 6,
  },
  medium: {
    regions: 3,
    sitesPerRegion: 3,
    buildingsPerSite: 2,
    roomsPerBuilding: 2,
    racksPerRoom: 5,
    serversPerRack: 8,
    vmsPerHost: 5,
    clusterSize: [4, 8],
    apsPerBuilding: 4,
    storagePerRoom: 1,
    peoplePerSite: 130,
    productTeams: 30,
    technicalServices: 10,
    businessServices: 420,
    appsPerService: [2, 6],
    databasesPerService: [1, 2],
    sandboxApps: 150,
    agentChance: 0.3,
    allPorts: true,
    serverNics: [2, 4],
    pduOutlets: 24,
    panelPositions: 6,
  },
  large: {
    regions: 4,
    sitesPerRegion: 10,
    buildingsPerSite: 2,
    roomsPerBuilding: 4,
    racksPerRoom: 26,
    serversPerRack: 8,
    vmsPerHost: 5,
    clusterSize: [4, 10],
    apsPerBuilding: 6,
    storagePerRoom: 1,
    peoplePerSite: 250,
    productTeams: 120,
    technicalServices: 12,
    businessServices: 4300,
    appsPerService: [2, 6],
    databasesPerService: [1, 2],
    sandboxApps: 1500,
    agentChance: 0.3,
    allPorts: true,
    serverNics: [2, 4],
    pduOutlets: 24,
    panelPositions: 6,
  },
};
