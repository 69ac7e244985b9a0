/**
 * Where webhooks may deliver: only to public internet addresses unless the
 * operator allows more. A webhook is an admin-made request from inside the
 * server's network, so a URL naming (or resolving to) loopback, link-local
 * (cloud metadata at 169.254.169.254), private or other special-purpose
 * addresses would let it reach what only the server should reach. Checked
 * when a webhook is registered and again on every delivery, on the address
 * the connection actually uses (DNS may have changed since).
 */
import { lookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

export interface TargetPolicy {
  /** Allow every address, private ones included (ESTATE_WEBHOOK_ALLOW_PRIVATE=true): for a closed network or tests. */
  allowPrivate: boolean;
  /** Host names or IP literals allowed whatever they resolve to (ESTATE_WEBHOOK_ALLOW_HOSTS, comma-separated). */
  allowHosts: readonly string[];
}

export const STRICT_TARGETS: TargetPolicy = { allowPrivate: false, allowHosts: [] };

/** Non-public ranges (IANA special-purpose registries), each with the reason a refusal names. */
const RANGES: readonly (readonly [network: string, prefix: number, why: string])[] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved (IETF protocol assignments)'],
  ['192.0.2.0', 24, 'reserved (documentation)'],
  ['192.88.99.0', 24, 'reserved (6to4 relay)'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved (benchmarking)'],
  ['198.51.100.0', 24, 'reserved (documentation)'],
  ['203.0.113.0', 24, 'reserved (documentation)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (incl. broadcast)'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  // IPv4-mapped addresses (::ffff:a.b.c.d) are matched against the IPv4 ranges by BlockList itself.
  ['64:ff9b::', 96, 'NAT64 (embeds an IPv4 address)'],
  ['64:ff9b:1::', 48, 'NAT64 (embeds an IPv4 address)'],
  ['100::', 64, 'reserved (discard)'],
  ['2001::', 23, 'reserved (IETF protocol assignments)'],
  ['2001:db8::', 32, 'reserved (documentation)'],
  ['2002::', 16, '6to4 (embeds an IPv4 address)'],
  ['fc00::', 7, 'private (unique local)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

const LISTS = RANGES.map(([network, prefix, why]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return { list, why, cidr: `${network}/${prefix}` };
});

/** IPv6 global unicast (the only part of IPv6 the internet routes) and IPv4-mapped IPv6 (checked as IPv4). */
const GLOBAL_V6 = new BlockList();
GLOBAL_V6.addSubnet('2000::', 3, 'ipv6');
GLOBAL_V6.addSubnet('::ffff:0:0', 96, 'ipv6');

/** Why `address` (an IP literal) is not a public address, or undefined when it is. */
export function nonPublicReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const hit = LISTS.find((l) => l.list.check(address, type));
  if (hit) return `${address} is ${hit.why} (${hit.cidr})`;
  if (type === 'ipv6' && !GLOBAL_V6.check(address, 'ipv6'))
    return `${address} is not global unicast (outside 2000::/3)`;
  return undefined;
}

/** The host of a URL as DNS and `isIP` want it: IPv6 literals without brackets, lower case. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

function allowed(policy: TargetPolicy, host: string): boolean {
  return policy.allowPrivate || policy.allowHosts.some((h) => h.toLowerCase() === host);
}

const REFUSAL_HINT =
  'webhooks deliver only to public addresses (set ESTATE_WEBHOOK_ALLOW_HOSTS or ESTATE_WEBHOOK_ALLOW_PRIVATE to allow it)';

/**
 * Why the policy refuses `url` as a webhook target, or undefined when it may be used. A host name is
 * resolved and every address it has must be public; a name that does not resolve is refused too.
 */
export async function targetRefusal(url: URL, policy: TargetPolicy): Promise<string | undefined> {
  const host = hostOf(url);
  if (allowed(policy, host)) return undefined;
  if (isIP(host)) {
    const why = nonPublicReason(host);
    return why && `${why}: ${REFUSAL_HINT}`;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      lookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
    );
  } catch (error) {
    return `host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})`;
  }
  for (const { address } of addresses) {
    const why = nonPublicReason(address);
    if (why) return `host ${host} resolves to ${why}: ${REFUSAL_HINT}`;
  }
  return undefined;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses non-public addresses as the connection resolves its
 * host, so the address checked is the address connected to (no window for DNS to change in between).
 * IP literals never reach a lookup: check them with `targetRefusal` first.
 */
export function checkedLookup(policy: TargetPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const host = hostname.toLowerCase();
      const usable = allowed(policy, host) ? addresses : addresses.filter((a) => !nonPublicReason(a.address));
      if (usable.length === 0) {
        const why = nonPublicReason(addresses[0]?.address ?? '') ?? 'no address';
        const refusal = Object.assign(new Error(`host ${host} resolves to ${why}: ${REFUSAL_HINT}`), {
          code: 'ESTATE_TARGET_REFUSED',
        });
        return callback(refusal, '');
      }
      if (options.all) return callback(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };
}

/** The policy from ESTATE_WEBHOOK_ALLOW_PRIVATE (true/false) and ESTATE_WEBHOOK_ALLOW_HOSTS (comma-separated). */
export function targetPolicyFromEnv(env: NodeJS.ProcessEnv): TargetPolicy {
  const flag = (env.ESTATE_WEBHOOK_ALLOW_PRIVATE ?? 'false').trim().toLowerCase();
  if (flag !== 'true' && flag !== 'false') {
    throw new Error(`ESTATE_WEBHOOK_ALLOW_PRIVATE must be true or false, not '${env.ESTATE_WEBHOOK_ALLOW_PRIVATE}'`);
  }
  const allowHosts = (env.ESTATE_WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((h) =>
      h
        .trim()
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase(),
    )
    .filter(Boolean);
  return { allowPrivate: flag === 'true', allowHosts };
}
