/**
 * OSV range evaluation, each event kind worked by hand against the spec's pseudocode.
 */
import { isAffected, type OsvAffected, type OsvRange } from './osv.ranges';

const entry = (ecosystem: string, ranges: OsvRange[], versions?: string[]): OsvAffected => ({
  package: { ecosystem, name: 'p' },
  ranges,
  versions,
});
const affected = (version: string, e: OsvAffected): boolean => isAffected(version, e).affected;

describe('introduced and fixed', () => {
  // log4shell in log4j-core: [2.0-beta9, 2.3.1), [2.4, 2.12.2), [2.13.0, 2.15.0) — Maven order.
  const log4shell = entry('Maven', [
    {
      type: 'ECOSYSTEM',
      events: [
        { introduced: '2.0-beta9' },
        { fixed: '2.3.1' },
        { introduced: '2.4' },
        { fixed: '2.12.2' },
        { introduced: '2.13.0' },
        { fixed: '2.15.0' },
      ],
    },
  ]);

  it.each([
    ['2.0-alpha1', false], // before the first introduced
    ['2.0-beta9', true], // introduced is inclusive
    ['2.3', true],
    ['2.3.1', false], // fixed is exclusive
    ['2.3.2', false], // between the first fix and the second introduced
    ['2.4', true],
    ['2.9.10', true],
    ['2.10.1', true], // 2.10.1 > 2.9.10 in Maven order, and < 2.12.2
    ['2.12.2', false],
    ['2.14.1', true],
    ['2.15.0', false],
    ['2.17.1', false],
  ])('log4j-core %s affected: %s', (version, expected) => {
    expect(affected(version, log4shell)).toBe(expected);
  });

  it('sorts the events first, whatever order the record lists them in', () => {
    const shuffled = entry('Maven', [
      {
        type: 'ECOSYSTEM',
        events: [{ fixed: '2.15.0' }, { introduced: '2.13.0' }, { fixed: '2.3.1' }, { introduced: '2.0-beta9' }],
      },
    ]);
    expect(affected('2.14.1', shuffled)).toBe(true);
    expect(affected('2.5', shuffled)).toBe(false);
  });

  it('reads introduced "0" as before every version', () => {
    const all = entry('npm', [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.2' }] }]);
    expect(affected('0.0.0-alpha', all)).toBe(true);
    expect(affected('1.0.1', all)).toBe(true);
    expect(affected('1.0.2-rc.1', all)).toBe(true); // a prerelease of the fix precedes it
    expect(affected('1.0.2', all)).toBe(false);
    expect(affected('3.0.0', entry('npm', [{ type: 'SEMVER', events: [{ introduced: '0' }] }]))).toBe(true);
  });

  it('keeps introduced before fixed at the same version: an empty range', () => {
    expect(
      affected('1.0.0', entry('npm', [{ type: 'SEMVER', events: [{ fixed: '1.0.0' }, { introduced: '1.0.0' }] }])),
    ).toBe(false);
  });
});

describe('last_affected', () => {
  const upTo = entry('PyPI', [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { last_affected: '1.4.2' }] }]);

  it.each([
    ['0.9', false],
    ['1.0rc1', false], // a prerelease of the introduced version comes before it
    ['1.0', true],
    ['1.4.2', true], // last_affected is inclusive
    ['1.4.2.post1', false], // anything after it is not
    ['1.4.3', false],
  ])('PyPI %s affected: %s', (version, expected) => {
    expect(affected(version, upTo)).toBe(expected);
  });
});

describe('limit', () => {
  const limited = entry('npm', [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { limit: '2.0.0' }] }]);

  it('caps a range with no fix at its limit, exclusive', () => {
    expect(affected('1.9.9', limited)).toBe(true);
    expect(affected('2.0.0', limited)).toBe(false);
    expect(affected('0.9.0', limited)).toBe(false);
  });

  it('is before any of several limits; "*" is infinity', () => {
    const two = entry('npm', [
      { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { limit: '1.5.0' }, { limit: '3.0.0' }] },
    ]);
    expect(affected('2.5.0', two)).toBe(true);
    expect(affected('3.0.0', two)).toBe(false);
    const star = entry('npm', [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { limit: '*' }] }]);
    expect(affected('99.0.0', star)).toBe(true);
  });
});

describe('versions and several ranges', () => {
  it('matches the versions list by exact string', () => {
    const listed = entry('PyPI', [], ['1.0', '1.1']);
    expect(isAffected('1.1', listed)).toEqual({ affected: true, matchedBy: 'versions', unevaluated: [] });
    expect(affected('1.1.0', listed)).toBe(false); // the spec compares strings here
  });

  it('is affected when any range holds the version, and says which', () => {
    const two = entry('npm', [
      { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.0.2' }] },
      { type: 'SEMVER', events: [{ introduced: '3.0.0' }, { fixed: '3.2.5' }] },
    ]);
    expect(isAffected('3.1.0', two)).toEqual({ affected: true, matchedBy: { range: 1 }, unevaluated: [] });
    expect(affected('2.0.0', two)).toBe(false);
  });

  it('uses SemVer for SEMVER ranges and the ecosystem order for ECOSYSTEM ranges', () => {
    // Maven order: 1.0-jre > 1.0; SemVer would refuse both as versions.
    expect(
      affected('1.0-jre', entry('Maven', [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0' }] }])),
    ).toBe(false);
  });
});

describe('what cannot be evaluated', () => {
  it('reports GIT ranges and never matches them', () => {
    const git = entry('npm', [{ type: 'GIT', repo: 'https://example.org/p.git', events: [{ introduced: '0' }] }]);
    expect(isAffected('1.0.0', git)).toEqual({
      affected: false,
      unevaluated: [{ range: 0, reason: 'GIT ranges need the repository history and are not evaluated' }],
    });
  });

  it('reports an ecosystem with no known order', () => {
    const gem = entry('RubyGems', [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2' }] }]);
    expect(isAffected('1.0', gem).unevaluated).toEqual([
      { range: 0, reason: 'no version order is known for ecosystem "RubyGems"' },
    ]);
  });

  it('reports a version the order cannot read, and still evaluates the other ranges', () => {
    const mixed = entry('npm', [
      { type: 'SEMVER', events: [{ introduced: '1.0' }, { fixed: '1.2.0' }] },
      { type: 'SEMVER', events: [{ introduced: '2.0.0' }] },
    ]);
    expect(isAffected('2.1.0', mixed)).toEqual({
      affected: true,
      matchedBy: { range: 1 },
      unevaluated: [
        {
          range: 0,
          reason: 'SEMVER range: version "1.0": is not a SemVer 2.0 version (MAJOR.MINOR.PATCH[-pre][+build])',
        },
      ],
    });
  });
});
