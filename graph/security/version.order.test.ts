/**
 * Version order per ecosystem, with the specs' own examples: Maven's ComparableVersion test
 * lists (each checked with maven-artifact 3.9.11's `ComparableVersion` main), Debian Policy
 * and `dpkg --compare-versions`, rpm's rpmvercmp test table (checked with `rpm.vercmp`),
 * SemVer 2.0 §11 and PEP 440.
 */
import { EstateError } from '../platform/errors';

import { canonicalMaven } from './version.order.maven';
import { compareVersions, VERSION_ORDERS, versionOrder } from './version.order';

/** Every later version in the list is greater than every earlier one. */
const expectAscending = (ecosystem: string, versions: readonly string[]): void => {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      expect([versions[i], compareVersions(ecosystem, versions[i], versions[j])]).toEqual([versions[i], -1]);
      expect([versions[j], compareVersions(ecosystem, versions[j], versions[i])]).toEqual([versions[j], 1]);
    }
  }
};

const expectEqual = (ecosystem: string, versions: readonly string[]): void => {
  for (const a of versions)
    for (const b of versions) expect([a, b, compareVersions(ecosystem, a, b)]).toEqual([a, b, 0]);
};

describe('Maven (ComparableVersion)', () => {
  it('orders the qualifiers as Maven does', () => {
    expectAscending('Maven', [
      '1-alpha2snapshot',
      '1-alpha2',
      '1-alpha-123',
      '1-beta-2',
      '1-beta123',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-sp123',
      '1-abc',
      '1-def',
      '1-pom-1',
      '1-1-snapshot',
      '1-1',
      '1-2',
      '1-123',
    ]);
  });

  it('orders numbers and mixed separators as Maven does', () => {
    expectAscending('Maven', [
      '2.0',
      '2.0.a',
      '2-1',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m',
    ]);
  });

  it('treats trailing zeros and the release qualifiers as nothing', () => {
    expectEqual('Maven', [
      '1',
      '1.0',
      '1.0.0',
      '1-ga',
      '1.ga',
      '1-final',
      '1.0-final',
      '1-0',
      '1.0-0',
      '1.release',
      '1-RELEASE',
      '1GA',
    ]);
    expectEqual('Maven', ['1a1', '1-alpha-1', '1-a1']);
    expectEqual('Maven', ['1cr', '1-rc', '1-CR']);
    expect(canonicalMaven('5.0.9.RELEASE')).toBe('5.0.9');
  });

  it('answers the traps of issue 19', () => {
    expect(compareVersions('Maven', '2.10.1', '2.9.10')).toBe(1);
    expect(compareVersions('Maven', '5.0.9.RELEASE', '5.0.9')).toBe(0);
    // "jre" is no known qualifier, so it sorts after the release: Guava's -jre is newer than the bare version,
    // and newer than -android (lexical among unknown qualifiers).
    expect(compareVersions('Maven', '24.1.1-jre', '24.1.1')).toBe(1);
    expect(compareVersions('Maven', '24.1.1-jre', '24.1.1-android')).toBe(1);
    expect(compareVersions('Maven', '24.1.1-android', '24.1.1')).toBe(1);
    expect(compareVersions('Maven', '24.1.1-jre', '24.1.2')).toBe(-1);
    // log4shell's fixed versions
    expectAscending('Maven', [
      '2.0-beta9',
      '2.0-rc1',
      '2.0',
      '2.3.1',
      '2.12.1',
      '2.12.2',
      '2.14.1',
      '2.15.0',
      '2.16.0',
    ]);
    expect(compareVersions('Maven', '1.0.0-RC1', '1.0.0.RC1')).toBe(0);
  });

  it('reads numbers of any length', () => {
    expectAscending('Maven', ['999999999', '1000000000', '999999999999999999', '1000000000000000000']);
  });
});

describe('npm (SemVer 2.0)', () => {
  it('orders prereleases as SemVer §11', () => {
    expectAscending('npm', [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ]);
  });

  it('ignores build metadata and refuses what is not SemVer', () => {
    expect(compareVersions('npm', '1.0.0+build.1', '1.0.0+build.2')).toBe(0);
    expect(() => compareVersions('npm', '1.0', '1.0.0')).toThrow(/npm version "1.0": is not a SemVer 2.0 version/);
  });

  it('reads Go versions with or without their v', () => {
    expect(compareVersions('Go', 'v1.2.10', '1.2.9')).toBe(1);
    expect(compareVersions('Go', 'v0.0.0-20210101000000-abcdefabcdef', '0.0.1')).toBe(-1);
  });
});

describe('PyPI (PEP 440)', () => {
  it('orders dev, pre, release and post releases', () => {
    expectAscending('PyPI', ['1.0.dev0', '1.0a1', '1.0b1', '1.0rc1', '1.0', '1.0.post1', '1.0.1', '1.10', '1!0.1']);
  });

  it('normalises as PEP 440 does and refuses what it cannot read', () => {
    expectEqual('PyPI', ['1.0', '1.0.0', '1.0.0.0', 'v1.0']);
    expectEqual('PyPI', ['1.0rc1', '1.0-rc.1', '1.0c1']);
    expect(() => compareVersions('PyPI', 'not.a.version', '1.0')).toThrow(
      /PyPI version "not.a.version": is not a PEP 440 version/,
    );
  });
});

describe('Debian (dpkg)', () => {
  it('orders epochs, tildes, letters and revisions as dpkg does', () => {
    expectAscending('Debian', ['1.0~~', '1.0~', '1.0~rc1', '1.0', '1.0a', '1.0+', '1.0.', '1.2.10', '2.0', '1:0.1']);
    expectAscending('Debian', ['1.0-1', '1.0-1ubuntu1', '1.0-2']);
    expectAscending('Ubuntu:22.04:LTS', ['2.4.52-1ubuntu4.3', '2.4.52-1ubuntu4.10']);
    expectAscending('Debian:11', ['7.4.3-1', '7.4.3-1+deb11u1']);
    expectEqual('Debian', ['1.0', '1.0-0', '0:1.0', '1.00']);
  });

  it('refuses a version dpkg would not accept', () => {
    expect(() => compareVersions('Debian', 'x:1.0', '1.0')).toThrow(/epoch "x" is not a number/);
    expect(() => compareVersions('Debian', 'abc', '1.0')).toThrow(/must start with a digit/);
  });
});

describe('RPM (rpmvercmp)', () => {
  const rpm: readonly [string, string, number][] = [
    ['1.0', '2.0', -1],
    ['2.0.1a', '2.0.1', 1],
    ['5.5p1', '5.5p10', -1],
    ['10xyz', '10.1xyz', -1],
    ['xyz.4', '8', -1],
    ['6.0.rc1', '6.0', 1],
    ['10b2', '10a1', 1],
    ['1.0a', '1.0aa', -1],
    ['2.0.1', '2_0_1', 0],
    ['1.0~rc1', '1.0', -1],
    ['1.0~rc1~git123', '1.0~rc1', -1],
    ['1.0^', '1.0', 1],
    ['1.0^git1', '1.0', 1],
    ['1.0^git1', '1.01', -1],
    ['1.0^20160101', '1.0.1', -1],
    ['1.0~rc1^git1', '1.0~rc1', 1],
    ['1.0^git1~pre', '1.0^git1', -1],
    ['1.0~rc1^git1', '1.0', -1],
    ['1.010', '1.9', 1],
  ];

  it.each(rpm)('rpmvercmp(%s, %s) = %d', (a, b, expected) => {
    expect(compareVersions('Red Hat:rhel_aus:8.4::appstream', a, b)).toBe(expected);
    expect(compareVersions('Red Hat', b, a)).toBe(-expected || 0);
  });

  it('compares epoch, then version, then release', () => {
    expectAscending('AlmaLinux:8', ['2.0-1', '2.0-1.el8', '2.0-2', '2.1-1', '1:1.0-1']);
  });
});

describe('the table', () => {
  it('refuses an ecosystem it has no order for, naming it', () => {
    expect(() => versionOrder('RubyGems')).toThrow(EstateError);
    expect(() => versionOrder('RubyGems')).toThrow(/no version order is known for ecosystem "RubyGems"/);
    expect(() => versionOrder('maven')).toThrow(/"maven"/); // names are exact, as OSV writes them
    expect(() => versionOrder('constructor')).toThrow(/"constructor"/);
  });

  it('says for every ecosystem why its implementation was chosen', () => {
    for (const [ecosystem, row] of Object.entries(VERSION_ORDERS))
      expect([ecosystem, row.why.length > 10]).toEqual([ecosystem, true]);
  });
});
