/**
 * Matching components to vulnerabilities by exact package and version, worked by hand.
 */
import type { OsvAffected } from './osv.ranges';
import { evaluateMatches, vulnerabilityPackageKeys, type MatchComponent } from './matching.evaluate';
import { osvPackageKey } from './matching.keys';

const LOG4SHELL: OsvAffected[] = [
  {
    package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.13.0' }, { fixed: '2.15.0' }] }],
  },
  {
    package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.4' }, { fixed: '2.12.2' }] }],
  },
];

const component = (
  purlType: string,
  name: string,
  version: string | null,
  purl: string | null = null,
): MatchComponent => ({
  key: purl ?? `pkg:${purlType}/${name}@${version}`,
  purl,
  packageKey: `${purlType}|${name}`,
  version,
});

it('matches log4j-core by exact name and Maven order, never log4j-api', () => {
  const core = component('maven', 'org.apache.logging.log4j:log4j-core', '2.10.0');
  const fixed = component('maven', 'org.apache.logging.log4j:log4j-core', '2.15.0');
  const api = component('maven', 'org.apache.logging.log4j:log4j-api', '2.10.0');
  const { edges, unevaluated } = evaluateMatches(
    [{ id: 'GHSA-jfh8-c2jq-xv3f', affected: LOG4SHELL }],
    [core, fixed, api],
  );
  expect(edges).toEqual([
    {
      componentKey: core.key,
      vulnerabilityId: 'GHSA-jfh8-c2jq-xv3f',
      ranges: JSON.stringify([{ entry: 1, range: LOG4SHELL[1].ranges?.[0] }]),
    },
  ]);
  expect(unevaluated).toEqual([]);
});

it('normalises PyPI names as PEP 503 and matches a listed version', () => {
  expect(osvPackageKey('PyPI', 'Jinja2')?.key).toBe('pypi|jinja2');
  expect(osvPackageKey('PyPI', 'zope.interface')?.key).toBe('pypi|zope-interface');
  const jinja = component('pypi', 'jinja2', '3.0.0rc1');
  const { edges } = evaluateMatches(
    [
      {
        id: 'GHSA-h5c8-rqwp-cp95',
        affected: [{ package: { ecosystem: 'PyPI', name: 'Jinja2' }, versions: ['3.0.0rc1'] }],
      },
    ],
    [jinja],
  );
  expect(edges.map((e) => e.ranges)).toEqual([JSON.stringify([{ entry: 0, versions: true }])]);
});

it('scopes distribution advisories to the release named by the purl', () => {
  const affected: OsvAffected[] = [
    {
      package: { ecosystem: 'Debian:12', name: 'openssl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u1' }] }],
    },
  ];
  const bookworm = component('deb', 'debian/openssl', '3.0.9-1', 'pkg:deb/debian/openssl@3.0.9-1?distro=debian-12');
  const bullseye = component(
    'deb',
    'debian/openssl',
    '1.1.1n-0+deb11u4',
    'pkg:deb/debian/openssl@1.1.1n-0+deb11u4?distro=debian-11',
  );
  const unknown = component('deb', 'debian/openssl', '3.0.9-1', 'pkg:deb/debian/openssl@3.0.9-1');
  const { edges, unevaluated } = evaluateMatches([{ id: 'DSA-1', affected }], [bookworm, bullseye, unknown]);
  expect(edges.map((e) => e.componentKey)).toEqual([bookworm.key]);
  expect(unevaluated).toEqual([
    {
      componentKey: unknown.key,
      vulnerabilityId: 'DSA-1',
      reason: "the advisory is for Debian:12 and the component's purl has no distro qualifier",
    },
  ]);
});

it('reports what it cannot evaluate and matches nothing for it', () => {
  const gitOnly: OsvAffected[] = [
    {
      package: { ecosystem: 'npm', name: 'left-pad' },
      ranges: [{ type: 'GIT', repo: 'https://example.org/x', events: [{ introduced: '0' }] }],
    },
  ];
  const noVersion = component('npm', 'left-pad', null);
  const pad = component('npm', 'left-pad', '1.0.0');
  const { edges, unevaluated } = evaluateMatches([{ id: 'X', affected: gitOnly }], [noVersion, pad]);
  expect(edges).toEqual([]);
  expect(unevaluated.map((u) => [u.componentKey, u.reason])).toEqual([
    [noVersion.key, 'the component has no version'],
    [pad.key, 'affected/0/ranges/0: GIT ranges need the repository history and are not evaluated'],
  ]);
});

it('lists the package keys a vulnerability can match, skipping ecosystems without a row', () => {
  expect(
    vulnerabilityPackageKeys([
      ...LOG4SHELL,
      { package: { ecosystem: 'RubyGems', name: 'rails' } },
      { package: { ecosystem: 'npm', name: '@babel/core' } },
    ]),
  ).toEqual(['maven|org.apache.logging.log4j:log4j-core', 'npm|@babel/core']);
});
