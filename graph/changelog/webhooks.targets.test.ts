/** The webhook target rules on hand-worked addresses, URLs and settings (no network: IP literals and localhost). */
import { nonPublicReason, targetPolicyFromEnv, targetRefusal, STRICT_TARGETS } from './webhooks.targets';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'documentation'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fd12:3456::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::7f00:1', 'NAT64'],
    ['2001:db8::1', 'documentation'],
    ['fe00::1', 'outside 2000::/3'],
    ['fec0::1', 'site-local'],
  ])('%s is not public (%s)', (address, why) => {
    expect(nonPublicReason(address)).toContain(why);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '169.255.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ])('%s is public', (address) => {
    expect(nonPublicReason(address)).toBeUndefined();
  });

  it('says what is not an address', () => {
    expect(nonPublicReason('example.org')).toBe('example.org is not an IP address');
  });
});

describe('targetRefusal', () => {
  it('refuses loopback, link-local and unspecified hosts by literal and by name, with the way to allow them', async () => {
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://[::1]/x',
      'http://169.254.169.254/latest',
      'http://0.0.0.0/',
      'https://[fe80::1]/',
    ]) {
      expect(await targetRefusal(new URL(url), STRICT_TARGETS)).toMatch(
        /is (loopback|link-local|unspecified).*ESTATE_WEBHOOK_ALLOW/,
      );
    }
    expect(await targetRefusal(new URL('http://localhost:4000/x'), STRICT_TARGETS)).toMatch(
      /^host localhost resolves to .* loopback/,
    );
  });

  it('accepts a public address, and a private one when allowed by host or by the flag', async () => {
    expect(await targetRefusal(new URL('https://8.8.8.8/hook'), STRICT_TARGETS)).toBeUndefined();
    const hosts = { allowPrivate: false, allowHosts: ['127.0.0.1', 'localhost', '::1'] };
    for (const url of ['http://127.0.0.1:9/x', 'http://LOCALHOST/x', 'http://[::1]/x']) {
      expect(await targetRefusal(new URL(url), hosts)).toBeUndefined();
    }
    expect(await targetRefusal(new URL('http://127.0.0.2/x'), hosts)).toMatch(/loopback/);
    expect(await targetRefusal(new URL('http://10.0.0.1/x'), { allowPrivate: true, allowHosts: [] })).toBeUndefined();
  });

  it('refuses a host that does not resolve', async () => {
    expect(await targetRefusal(new URL('http://no-such-host.invalid/x'), STRICT_TARGETS)).toMatch(
      /^host no-such-host.invalid does not resolve/,
    );
  });
});

describe('targetPolicyFromEnv', () => {
  it('reads the flag and the host list, and refuses a flag that is not true/false', () => {
    expect(targetPolicyFromEnv({})).toEqual(STRICT_TARGETS);
    expect(
      targetPolicyFromEnv({ ESTATE_WEBHOOK_ALLOW_PRIVATE: 'TRUE', ESTATE_WEBHOOK_ALLOW_HOSTS: ' hooks.lan, [::1] ,,' }),
    ).toEqual({ allowPrivate: true, allowHosts: ['hooks.lan', '::1'] });
    expect(() => targetPolicyFromEnv({ ESTATE_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(
      "ESTATE_WEBHOOK_ALLOW_PRIVATE must be true or false, not 'yes'",
    );
  });
});
