/**
 * The IP space: one VRF per environment (management, production, development, corporate); per site a VLAN
 * group with the site's four VLANs and a prefix on each (the /18s of addressing.ts, in its environment's
 * VRF); and IP addresses on interfaces: every device's management address (the one its `ipAddresses`
 * already lists) on its management port, and a production address on every server's first data NIC. Server
 * and storage ports carry their VLAN untagged.
 */
import { NETWORK_MASK, networkCidr, nextIp } from './addressing';
import type { EstateDraft, SiteCtx, SiteNetwork } from './estate.draft';
import type { StoredNode } from './estate.types';
import { siteRooms } from './locations.builder';
import { pad } from './text';
import { componentId } from './wiring.shape';
import type { Wiring } from './wiring.shape';
import { mgmtPortName } from './wiring.builder';

const VRFS: readonly (readonly [SiteNetwork, string, string])[] = [
  ['mgmt', 'Management', '65000:100'],
  ['prod', 'Production', '65000:200'],
  ['dev', 'Development', '65000:300'],
  ['user', 'Corporate', '65000:400'],
];
const VLAN_IDS: Readonly<Record<SiteNetwork, number>> = { mgmt: 100, prod: 200, dev: 300, user: 400 };

const vrfId = (net: SiteNetwork) => `vrf-${net}`;

/** The VRFs, once per estate. */
export function buildVrfs(draft: EstateDraft): void {
  for (const [net, name, rd] of VRFS) {
    draft.ci('VRF', vrfId(net), name, 'DEPLOYED', { rd, enforceUnique: true });
  }
}

export function addressSite(w: Wiring, site: SiteCtx): void {
  const draft = w.draft;
  const s3 = pad(site.index, 3);
  const groupId = `vlg-${s3}`;
  draft.ci('VLANGroup', groupId, `${site.code} VLANs`, 'DEPLOYED', { minVid: 1, maxVid: 4094 });
  const vlan = {} as Record<SiteNetwork, string>;
  for (const [net] of VRFS) {
    const vlanId = `vlan-${s3}-${net}`;
    draft.ci('VLAN', vlanId, `${site.code}-${net}`, 'DEPLOYED', { vid: VLAN_IDS[net] });
    draft.rel('IN_GROUP', vlanId, groupId);
    vlan[net] = vlanId;
    const cidr = networkCidr(site, net);
    const prefixId = `pfx-${s3}-${net}`;
    draft.ci('Prefix', prefixId, cidr, 'DEPLOYED', { prefix: cidr });
    draft.rel('IN_VRF', prefixId, vrfId(net));
    draft.rel('ON_VLAN', prefixId, vlanId);
  }
  const address = (net: SiteNetwork, ip: string, interfaceId: string, owner: StoredNode, dnsName: string) => {
    const id = `ip-${ip}`;
    const cidr = `${ip}/${NETWORK_MASK}`;
    draft.lean('IPAddress', id, cidr, owner, { ipAddress: cidr, dnsName });
    draft.rel('IN_VRF', id, vrfId(net));
    draft.rel('ASSIGNED_TO', id, interfaceId);
  };
  const devices = [
    ...siteRooms(site).flatMap((room) => room.racks.flatMap((rack) => rack.devices)),
    ...site.accessPoints.map((ap) => ap.id),
  ];
  for (const deviceId of devices) {
    const owner = w.owner(deviceId);
    const host = owner.hostname as string | undefined;
    const fqdn = (label: string) => `${label}.${site.domain}`.toLowerCase();
    const mgmt = componentId(deviceId, mgmtPortName(owner));
    const mgmtIp = (owner.ipAddresses as string[] | undefined)?.[0];
    if (mgmtIp && host) {
      const hostPort = owner.class === 'Server' || owner.class === 'StorageDevice';
      address('mgmt', mgmtIp, mgmt, owner, fqdn(hostPort ? `${host}-${mgmtPortName(owner)}` : host));
    }
    if (owner.class !== 'Server' && owner.class !== 'StorageDevice') continue;
    draft.rel('UNTAGGED_VLAN', mgmt, vlan.mgmt);
    for (const nic of owner.class === 'Server' ? ['eno1', 'eno2', 'eno3', 'eno4'] : ['e0a', 'e0b', 'e0c', 'e0d']) {
      if (w.has(deviceId, nic)) draft.rel('UNTAGGED_VLAN', componentId(deviceId, nic), vlan.prod);
    }
    if (owner.class === 'Server' && host)
      address('prod', nextIp(site, 'prod'), componentId(deviceId, 'eno1'), owner, fqdn(host));
  }
}
