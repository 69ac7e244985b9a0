/**
 * The IP plan: each site owns 10.<site>.0.0/16, split into a /18 per network (management, production,
 * development, user access), whose addresses are handed out in order as devices and VMs need them.
 */
import type { SiteCtx, SiteNetwork } from './estate.draft';

/** Where each network's /18 starts in the site's third octet. */
const THIRD_OCTET_BASE: Readonly<Record<SiteNetwork, number>> = { mgmt: 0, prod: 64, dev: 128, user: 192 };

/** The prefix length of every site network. */
export const NETWORK_MASK = 18;

/** The CIDR of one of the site's networks. */
export function networkCidr(site: SiteCtx, net: SiteNetwork): string {
  return `10.${site.index}.${THIRD_OCTET_BASE[net]}.0/${NETWORK_MASK}`;
}

/** The next free address in one of the site's networks (.0, .1 and .252-.255 of each /24 are left out). */
export function nextIp(site: SiteCtx, net: SiteNetwork): string {
  const base = THIRD_OCTET_BASE[net];
  const n = site.ipNext[net]++;
  const third = base + Math.floor(n / 250);
  if (third >= base + 64) throw new Error(`site ${site.id} ran out of ${net} addresses`);
  return `10.${site.index}.${third}.${(n % 250) + 2}`;
}
