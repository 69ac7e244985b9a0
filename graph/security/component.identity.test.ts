import { componentIdentity } from './component.identity';

describe('componentIdentity', () => {
  it('keys a Maven component by its purl and names it group:artifact', () => {
    expect(
      componentIdentity({
        purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
        type: 'library',
        name: 'log4j-core',
      }),
    ).toEqual({
      key: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
      ecosystem: 'maven',
      packageName: 'org.apache.logging.log4j:log4j-core',
    });
  });

  it('sorts qualifiers and drops the subpath, so two spellings of one package are one key', () => {
    const a = componentIdentity({
      purl: 'pkg:deb/debian/curl@7.88.1?distro=bookworm&arch=amd64',
      type: 'library',
      name: 'curl',
    });
    const b = componentIdentity({
      purl: 'pkg:deb/debian/curl@7.88.1?arch=amd64&distro=bookworm#usr/bin',
      type: 'library',
      name: 'curl',
    });
    expect(a).toEqual(b);
    expect('key' in a && a.key).toBe('pkg:deb/debian/curl@7.88.1?arch=amd64&distro=bookworm');
  });

  it('names a scoped npm package @scope/name and a PyPI package by its normalised name', () => {
    const npm = componentIdentity({ purl: 'pkg:npm/%40angular/core@17.0.0', type: 'library', name: 'core' });
    expect('packageName' in npm && npm.packageName).toBe('@angular/core');
    const pypi = componentIdentity({ purl: 'pkg:pypi/Django_REST.framework@3.14.0', type: 'library', name: 'x' });
    expect('packageName' in pypi && pypi.packageName).toBe('django-rest-framework');
  });

  it('keys a component without purl by type, group, name and version', () => {
    expect(componentIdentity({ type: 'library', group: 'acme', name: 'my lib', version: '1.0' })).toEqual({
      key: 'x-estate:library/acme/my%20lib@1.0',
      purl: null,
      ecosystem: null,
      packageName: null,
    });
  });

  it('gives the reason for a purl it cannot read', () => {
    expect(componentIdentity({ purl: 'log4j-core-2.14.1.jar', type: 'library', name: 'x' })).toEqual({
      error: expect.stringMatching(/^not a valid purl/),
    });
  });
});
