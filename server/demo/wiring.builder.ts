/**
 * Cables a site's data network the way a data centre is built, after the rest of the estate exists (so none
 * of the estate made before it changes):
 *
 * - every rack gets a second top-of-rack switch (B beside the network builder's A); every racked server and
 *   storage array is dual-homed, its data NICs alternating A, B, A, B, and its management port (iDRAC, iLO,
 *   XCC, e0M) on B;
 * - each top-of-rack switch has two uplinks, one to each distribution switch of its room, through patch
 *   panels: a cord to the rack's panel, an MPO trunk from the panel's rear port to the rear port of the
 *   room's main distribution panel beside that distribution switch, a cord from its front port to the switch;
 * - each distribution switch uplinks to both cores of the site the same way, through the room's backbone
 *   panel and the core room's backbone panel; routers, firewalls and load balancers are cabled straight to
 *   both cores; the cores to each other (two peer links); access points to their distribution switch;
 * - each site has two WAN circuits from two providers, A end at the site cabled to a router, Z end at the
 *   provider's network. Routers are the `upstream` devices.
 *
 * Port numbers follow the CONNECTED_TO edges the network and compute builders made (they stay, as the
 * simple model's view of the same links): a server's eno1 is on the A switch's port that edge names.
 */
import { NETWORK_FAMILIES } from './catalogue.hardware';
import { PATCH_PANEL_MODEL, PORT_KINDS, PROVIDERS } from './catalogue.network';
import type { PortKind } from './catalogue.network';
import { AS_OF_MS, DAY, isoDate } from './clock';
import { nextIp } from './addressing';
import type { EstateDraft, RackCtx, RoomCtx, SiteCtx } from './estate.draft';
import type { StoredNode } from './estate.types';
import { hardware } from './hardware.shape';
import { siteRooms } from './locations.builder';
import { TOR_PORTS } from './network.builder';
import { teamId } from './parties.builder';
import { pad } from './text';
import type { Wiring } from './wiring.shape';

/** Top-of-rack access ports: a device's first NIC pair from port 1, its second from 17, management from 33. */
const TOR_ACCESS_PORTS = 48;
const SECOND_PAIR = 16;
const MGMT_BASE = 32;
/** Positions of a backbone trunk: two distribution switches, each to two cores. */
const BACKBONE_POSITIONS = 4;

/** The management port's name on a device. */
export function mgmtPortName(owner: StoredNode): string {
  if (owner.class === 'StorageDevice') return 'e0M';
  if (owner.class === 'Server') {
    const maker = String(owner.manufacturer);
    return maker.startsWith('Hewlett') ? 'iLO' : maker === 'Lenovo' ? 'XCC' : 'iDRAC';
  }
  return 'mgmt0';
}

/** A device's data port names, in order (servers and storage: their NICs; switches: every port). */
function dataPortNames(owner: StoredNode, nics: number): string[] {
  if (owner.class === 'Server') return Array.from({ length: nics }, (_, i) => `eno${i + 1}`);
  if (owner.class === 'StorageDevice') return Array.from({ length: nics }, (_, i) => `e0${'abcd'[i]}`);
  if (owner.role === 'ACCESS_POINT') return [];
  return Array.from({ length: owner.portCount as number }, (_, i) => `Ethernet1/${i + 1}`);
}

function portKind(owner: StoredNode, port: number): PortKind {
  switch (owner.role) {
    case 'TOR_SWITCH':
      return port > TOR_ACCESS_PORTS ? PORT_KINDS.qsfp28 : PORT_KINDS.sfp28;
    case 'CORE_SWITCH':
    case 'DISTRIBUTION_SWITCH':
      return PORT_KINDS.qsfp28;
    default:
      return PORT_KINDS.sfpp10g;
  }
}

/** The fields of an interface, from its device and its name. */
function interfaceFields(draft: EstateDraft, owner: StoredNode, name: string): Record<string, unknown> {
  const host = owner.class === 'Server' || owner.class === 'StorageDevice';
  const mac = host ? macAddress(draft.next('mac')) : undefined;
  if (name === mgmtPortName(owner)) {
    const ap = owner.role === 'ACCESS_POINT';
    const kind = ap ? PORT_KINDS.copper2g5 : PORT_KINDS.copper1g;
    return {
      portType: kind.portType,
      enabled: true,
      mgmtOnly: ap ? undefined : true,
      speedKbps: kind.speedKbps,
      macAddress: mac,
    };
  }
  if (host) {
    return { ...PORT_KINDS.sfp28, enabled: true, mtu: 9000, macAddress: mac, mode: 'ACCESS' };
  }
  const port = Number(name.slice(name.lastIndexOf('/') + 1));
  const kind = portKind(owner, port);
  const access = owner.role === 'TOR_SWITCH' && port <= TOR_ACCESS_PORTS;
  return {
    portType: kind.portType,
    enabled: true,
    speedKbps: kind.speedKbps,
    mtu: 9216,
    mode: access ? 'ACCESS' : 'TAGGED_ALL',
  };
}

/** A locally administered MAC address, unique per n. */
function macAddress(n: number): string {
  const hex = n.toString(16).padStart(8, '0');
  return `02:00:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}:${hex.slice(6, 8)}`;
}

/** The interface of this name on the device, made the first time (tiny makes only the ports it cables). */
export function port(w: Wiring, deviceId: string, name: string): string {
  if (w.has(deviceId, name)) return w.component('Interface', deviceId, name);
  return w.component('Interface', deviceId, name, interfaceFields(w.draft, w.owner(deviceId), name));
}

/** A device's interfaces: its data ports (all of them when the profile says so) and its management port. */
function equip(w: Wiring, deviceId: string): void {
  const owner = w.owner(deviceId);
  const host = owner.class === 'Server' || owner.class === 'StorageDevice';
  if (host || w.draft.profile.allPorts) {
    const nics = owner.class === 'Server' ? w.draft.rng.int(...w.draft.profile.serverNics) : 4;
    for (const name of dataPortNames(owner, nics)) port(w, deviceId, name);
  }
  port(w, deviceId, mgmtPortName(owner));
}

/** A patch panel: `rears` rear ports of `positions` each, and a front port for every position, mapped. */
function patchPanel(
  w: Wiring,
  site: SiteCtx,
  id: string,
  name: string,
  rack: RackCtx,
  rears: number,
  positions: number,
): { front: (rear: number, position: number) => string; rear: (rear: number) => string } {
  const draft = w.draft;
  const node = hardware(
    draft,
    'NetworkDevice',
    id,
    name,
    'DEPLOYED',
    site,
    PATCH_PANEL_MODEL,
    { role: 'PATCH_PANEL', portCount: rears * positions },
    { owner: teamId(draft, 'Network Operations') },
  );
  w.owners.set(id, node);
  draft.rel('LOCATED_IN', id, rack.id, { rackFace: 'FRONT' });
  const rearIds: string[] = [];
  for (let r = 1; r <= rears; r++) {
    rearIds.push(w.component('RearPort', id, `RP${r}`, { portType: 'mpo', positions }));
  }
  for (let r = 1; r <= rears; r++) {
    for (let p = 1; p <= positions; p++) {
      const front = w.component('FrontPort', id, `FP${(r - 1) * positions + p}`, { portType: 'lc' });
      draft.rel('MAPS_TO', front, rearIds[r - 1], { rearPortPosition: p });
    }
  }
  return {
    front: (r, p) => w.component('FrontPort', id, `FP${(r - 1) * positions + p}`),
    rear: (r) => rearIds[r - 1],
  };
}

/** Where rack and room parts of ids come from: `rack-001-a01-02` → `001-a01-02`. */
const suffix = (id: string) => id.slice(id.indexOf('-') + 1);

/** The second top-of-rack switch of every rack of the site, uplinked (CONNECTED_TO) to the other distribution switch. */
function buildSecondTors(w: Wiring, site: SiteCtx): void {
  const draft = w.draft;
  const fam = NETWORK_FAMILIES[site.networkFamily];
  for (const room of siteRooms(site)) {
    room.racks.forEach((rack, k) => {
      const n = draft.next('tor');
      const id = `sw-tor-${pad(n, 5)}`;
      const host = `${site.lower}-tor-${pad(n, 5)}`;
      const node = hardware(
        draft,
        'NetworkDevice',
        id,
        host,
        'DEPLOYED',
        site,
        { vendor: fam.vendor, model: fam.tor, cost: [9_000, 22_000] },
        { role: 'TOR_SWITCH', portCount: TOR_PORTS, firmware: fam.firmware },
        { hostname: host, ip: nextIp(site, 'mgmt'), owner: teamId(draft, 'Network Operations') },
      );
      w.owners.set(id, node);
      draft.rel('LOCATED_IN', id, rack.id, { rackUnit: 41 });
      draft.rel('CONNECTED_TO', id, room.distIds[(k + 1) % 2], {
        localPort: 'Ethernet1/49',
        remotePort: `Ethernet1/${room.racks.length + k + 1}`,
      });
      rack.torBId = id;
      rack.devices.push(id);
    });
  }
}

/** Servers and storage dual-homed to the rack's two switches. */
function cableRackHosts(w: Wiring, rack: RackCtx): void {
  const hosts = rack.devices.filter((id) => {
    const c = w.owner(id).class;
    return c === 'Server' || c === 'StorageDevice';
  });
  hosts.forEach((id, i) => {
    const p = i + 1;
    if (p > SECOND_PAIR)
      throw new Error(`rack ${rack.id} holds more than ${SECOND_PAIR} hosts; its switches have no port`);
    const owner = w.owner(id);
    const nics = dataPortNames(owner, 4).filter((name) => w.has(id, name));
    nics.forEach((nic, n) => {
      const tor = n % 2 === 0 ? rack.torId : rack.torBId;
      const torPort = `Ethernet1/${(n < 2 ? 0 : SECOND_PAIR) + p}`;
      w.cable([port(w, id, nic)], [port(w, tor, torPort)], 'dac-passive', 2);
    });
    w.cable([port(w, id, mgmtPortName(owner))], [port(w, rack.torBId, `Ethernet1/${MGMT_BASE + p}`)], 'cat6', 2);
  });
}

/** Both switches of every rack of the room, each to both distribution switches, through the room's panels. */
function cableRoomUplinks(w: Wiring, site: SiteCtx, room: RoomCtx): void {
  const draft = w.draft;
  const positions = draft.profile.panelPositions;
  const racks = room.racks;
  const r = racks.length;
  const roomKey = suffix(room.id);
  // The main distribution panels, one beside each distribution switch: a rear port per rack of the room.
  const mda = [0, 1].map((s) =>
    patchPanel(
      w,
      site,
      `pnl-${roomKey}-mda-${'ab'[s]}`,
      `${site.lower}-pp-${roomKey.slice(4)}-mda-${'ab'[s]}`,
      racks[s === 0 ? 0 : r - 1],
      r,
      positions,
    ),
  );
  racks.forEach((rack, k) => {
    const rackKey = suffix(rack.id);
    // The rack's panel: rear port 1 trunks to side a's panel, rear port 2 to side b's.
    const panel = patchPanel(w, site, `pnl-${rackKey}`, `${site.lower}-pp-${rackKey.slice(4)}`, rack, 2, positions);
    for (const s of [0, 1]) w.cable([panel.rear(s + 1)], [mda[s].rear(k + 1)], 'mmf-om4', 20, w.owner(rack.torId));
    // A's port 49 goes to the distribution switch its CONNECTED_TO names, B's 49 to the other; 50 to the rest.
    const links = [
      { tor: rack.torId, j: 1, dists: [k % 2, (k + 1) % 2], remote: k + 1 },
      { tor: rack.torBId, j: 2, dists: [(k + 1) % 2, k % 2], remote: r + k + 1 },
    ];
    for (const { tor, j, dists, remote } of links) {
      dists.forEach((s, u) => {
        w.cable([port(w, tor, `Ethernet1/${49 + u}`)], [panel.front(s + 1, j)], 'mmf-om4', 2);
        w.cable([mda[s].front(k + 1, j)], [port(w, room.distIds[s], `Ethernet1/${remote}`)], 'mmf-om4', 3);
      });
    }
  });
}

/** Distribution switches to both cores through backbone panels; edge devices straight to both; the core pair's peer links. */
function cableSiteCore(w: Wiring, site: SiteCtx): void {
  const rooms = siteRooms(site);
  const coreRack = site.buildings[0].rooms[0].racks[0];
  const core = patchPanel(
    w,
    site,
    `pnl-${pad(site.index, 3)}-core`,
    `${site.lower}-pp-core`,
    coreRack,
    rooms.length,
    BACKBONE_POSITIONS,
  );
  const distRoom = new Map<string, { m: number; d: number; panel: ReturnType<typeof patchPanel> }>();
  rooms.forEach((room, m) => {
    const roomKey = suffix(room.id);
    const panel = patchPanel(
      w,
      site,
      `pnl-${roomKey}-bb`,
      `${site.lower}-pp-${roomKey.slice(4)}-bb`,
      room.racks[0],
      1,
      BACKBONE_POSITIONS,
    );
    w.cable([panel.rear(1)], [core.rear(m + 1)], 'smf', 80, w.owner(room.distIds[0]));
    room.distIds.forEach((id, d) => distRoom.set(id, { m, d, panel }));
  });
  for (const link of site.uplinks) {
    const from = [port(w, link.from, link.localPort)];
    const to = [port(w, link.to, link.remotePort)];
    const viaRoom = distRoom.get(link.from);
    if (!viaRoom) {
      w.cable(from, to, 'mmf-om4', 5);
      continue;
    }
    const j = viaRoom.d * 2 + site.coreIds.indexOf(link.to) + 1;
    w.cable(from, [viaRoom.panel.front(1, j)], 'mmf-om4', 3);
    w.cable([core.front(viaRoom.m + 1, j)], to, 'mmf-om4', 3);
  }
  const [a, b] = site.coreIds;
  const last = w.owner(a).portCount as number;
  for (const p of [last - 1, last]) {
    w.cable([port(w, a, `Ethernet1/${p}`)], [port(w, b, `Ethernet1/${p}`)], 'dac-passive', 3);
  }
  for (const ap of site.accessPoints)
    w.cable([port(w, ap.id, ap.localPort)], [port(w, ap.to, ap.remotePort)], 'cat6', 40);
}

/** The provider and its network, made the first time a site takes a circuit from it. */
function provider(w: Wiring, index: number): { id: string; networkId: string } {
  const spec = PROVIDERS[index % PROVIDERS.length];
  const id = `prov-${spec.key.toLowerCase()}`;
  const networkId = `pn-${spec.key.toLowerCase()}`;
  if (!w.owners.has(id)) {
    const draft = w.draft;
    const node = draft.ci('Provider', id, spec.name, 'DEPLOYED', {
      asn: spec.asn,
      accountNumber: `ACC-${spec.key}-${pad(draft.rng.int(1, 999_999), 6)}`,
      nocPhone: `+1-800-555-${pad(draft.rng.int(0, 9_999), 4)}`,
    });
    w.owners.set(id, node);
    draft.ci('ProviderNetwork', networkId, spec.network, 'DEPLOYED', { serviceId: `${spec.key}-SVC-001` });
    draft.rel('SUPPLIED_BY', networkId, id);
  }
  return { id, networkId };
}

/** Two WAN circuits from two providers, their A ends at the site on the routers' first port, Z ends at the providers' networks. */
function buildCircuits(w: Wiring, site: SiteCtx): void {
  const draft = w.draft;
  const routers = site.uplinks
    .map((u) => u.from)
    .filter((id, i, all) => id.startsWith('rtr-') && all.indexOf(id) === i);
  routers.forEach((routerId, c) => {
    const spec = PROVIDERS[(site.index - 1 + c) % PROVIDERS.length];
    const { id: providerId, networkId } = provider(w, site.index - 1 + c);
    const cid = `${spec.key}-${site.code}-${pad(c + 1, 3)}`;
    const id = `cct-${pad(site.index, 3)}-${c + 1}`;
    const installed = AS_OF_MS - draft.rng.int(90, 4 * 365) * DAY;
    const node = draft.ci(
      'Circuit',
      id,
      cid,
      'DEPLOYED',
      {
        cid,
        circuitType: spec.circuitType,
        commitRateKbps: draft.rng.pick([1_000_000, 2_000_000, 10_000_000]),
        installDate: isoDate(installed),
        terminationDate: isoDate(installed + 3 * 365 * DAY),
      },
      { since: installed },
    );
    w.owners.set(id, node);
    draft.rel('SUPPLIED_BY', id, providerId);
    for (const side of ['A', 'Z'] as const) {
      const term = w.component('CircuitTermination', id, side, {
        termSide: side,
        portSpeedKbps: 10_000_000,
        xconnectId: side === 'A' ? `XC-${site.code}-${pad(c + 1, 2)}` : undefined,
      });
      draft.rel('TERMINATES_AT', term, side === 'A' ? site.id : networkId);
      if (side === 'A') w.cable([port(w, routerId, 'Ethernet1/1')], [term], 'smf', 15);
    }
  });
}

/** Everything cabled at one site: interfaces on every device in service, panels, cables and circuits. */
export function wireSite(w: Wiring, site: SiteCtx): void {
  buildSecondTors(w, site);
  for (const room of siteRooms(site)) for (const rack of room.racks) for (const id of rack.devices) equip(w, id);
  for (const ap of site.accessPoints) equip(w, ap.id);
  for (const room of siteRooms(site)) {
    for (const rack of room.racks) cableRackHosts(w, rack);
    cableRoomUplinks(w, site, room);
  }
  cableSiteCore(w, site);
  buildCircuits(w, site);
}
