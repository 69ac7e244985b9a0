import { diffComponents, diffRecord } from './sbom.diff';

describe('diffComponents', () => {
  const c = (key: string, extra: Record<string, unknown> = {}) => ({ key, name: key, scope: null, ...extra });

  it('names what was added, removed and changed, and which fields changed', () => {
    const before = [c('a'), c('b', { licences: ['MIT'] }), c('gone')];
    const after = [c('a'), c('b', { licences: ['Apache-2.0'], scope: 'optional' }), c('new')];
    expect(diffComponents(before, after, ['name', 'licences', 'scope'])).toEqual({
      added: ['new'],
      removed: ['gone'],
      changed: [{ key: 'b', fields: ['licences', 'scope'] }],
    });
  });

  it('counts a missing field and a null alike', () => {
    expect(diffComponents([{ key: 'a' }], [c('a', { name: undefined })], ['name', 'scope']).changed).toEqual([]);
  });

  it('cuts long lists in the record but keeps the counts', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `k${i}`);
    const record = diffRecord({ added: keys, removed: [], changed: [] });
    expect(record.counts.added).toBe(1001);
    expect(record.added).toHaveLength(1000);
    expect(record.truncated).toBe(true);
  });
});
