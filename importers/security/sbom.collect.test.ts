import { ProblemLog } from './feed.errors';
import { ComponentCollector } from './sbom.collect';
import type { FoundComponent } from './sbom.collect';

const lib = (name: string, version: string, purl?: string): FoundComponent => ({
  purl,
  name,
  group: null,
  version,
  type: 'library',
  supplier: null,
  licences: [],
  hashes: [],
  cpe: null,
  scope: null,
});

describe('ComponentCollector', () => {
  it('keeps one row per key with every ref and path, and resolves dependencies by ref', () => {
    const problems = new ProblemLog();
    const c = new ComponentCollector('f.json', problems);
    c.add(lib('a', '1', 'pkg:npm/a@1'), 'a-top', ['components', 0], 'bom-ref');
    c.add(lib('b', '2', 'pkg:npm/b@2'), 'b', ['components', 1], 'bom-ref');
    c.add(lib('a', '1', 'pkg:npm/a@1'), 'a-nested', ['components', 1, 'components', 0], 'bom-ref');
    c.depend({ ref: 'root', path: [] }, [{ ref: 'b', path: [] }], 'root');
    // b needs a (by its nested ref) and itself (dropped: no self-dependency).
    c.depend(
      { ref: 'b', path: [] },
      [
        { ref: 'a-nested', path: [] },
        { ref: 'b', path: [] },
      ],
      'root',
    );
    expect(problems.count).toBe(0);
    expect(
      c.rows().map(({ key, bomRefs, paths, dependsOn, direct }) => ({ key, bomRefs, paths, dependsOn, direct })),
    ).toEqual([
      {
        key: 'pkg:npm/a@1',
        bomRefs: ['a-nested', 'a-top'],
        paths: ['/components/0', '/components/1/components/0'],
        dependsOn: [],
        direct: false,
      },
      { key: 'pkg:npm/b@2', bomRefs: ['b'], paths: ['/components/1'], dependsOn: ['pkg:npm/a@1'], direct: true },
    ]);
  });

  it('refuses a ref used for two components and a dependency on no component, at their pointers', () => {
    const problems = new ProblemLog();
    const c = new ComponentCollector('f.json', problems);
    c.add(lib('a', '1'), 'x', ['components', 0], 'bom-ref');
    c.add(lib('b', '1'), 'x', ['components', 1], 'bom-ref');
    c.depend({ ref: 'x', path: ['dependencies', 0, 'ref'] }, [
      { ref: 'ghost', path: ['dependencies', 0, 'dependsOn', 0] },
    ]);
    expect(problems.problems).toEqual([
      { file: 'f.json', at: '/components/1/bom-ref', reason: 'x is already the bom-ref of x-estate:library//a@1' },
      { file: 'f.json', at: '/dependencies/0/dependsOn/0', reason: 'no component is ghost' },
    ]);
    // Nothing was said of what the root needs: direct is unknown, not false.
    expect(c.rows().map((r) => r.direct)).toEqual([null]);
  });
});
