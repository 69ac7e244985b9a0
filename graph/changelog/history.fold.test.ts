/** Undoing changes newest first, and comparing two instants. */
import { history } from './history.fold';

const NOW = { id: 'a', name: 'web-2', class: 'Server', version: 3, updatedAt: 't3', createdAt: 't1', os: 'linux' };

describe('history.stateAt', () => {
  it('undoes later updates with their before values, a null before removing the field', () => {
    const state = history.stateAt(
      NOW,
      [
        { op: 'UPDATE', seq: 3, before: { os: null } },
        { op: 'UPDATE', seq: 2, before: { name: 'web-1' } },
      ],
      { op: 'CREATE', ciVersion: 1, ciUpdatedAt: 't1' },
    );
    expect(state).toEqual({ id: 'a', name: 'web-1', class: 'Server', version: 1, updatedAt: 't1', createdAt: 't1' });
  });

  it('is the present state when nothing changed since, with the version of the last change', () => {
    expect(history.stateAt(NOW, [], { op: 'UPDATE', ciVersion: 3, ciUpdatedAt: 't3' })).toEqual(NOW);
  });

  it('is nothing before a recorded creation', () => {
    expect(
      history.stateAt(
        NOW,
        [
          { op: 'UPDATE', seq: 2, before: { name: 'x' } },
          { op: 'CREATE', seq: 1, before: null },
        ],
        undefined,
      ),
    ).toBeUndefined();
  });

  it('brings a deleted CI back from its DELETE record, then undoes what came before', () => {
    const state = history.stateAt(
      undefined,
      [
        { op: 'DELETE', seq: 5, before: { ...NOW, version: 4 } },
        { op: 'UPDATE', seq: 4, before: { name: 'web-0' } },
      ],
      { op: 'UPDATE', ciVersion: 3, ciUpdatedAt: 't3' },
    );
    expect(state).toMatchObject({ name: 'web-0', version: 3 });
  });

  it('is nothing once deleted', () => {
    expect(history.stateAt(undefined, [], { op: 'DELETE', ciVersion: 4, ciUpdatedAt: 't4' })).toBeUndefined();
  });

  it('takes a CI without recorded changes (seeded) to exist from its createdAt', () => {
    expect(history.stateAt(NOW, [], undefined, 't2')).toEqual(NOW);
    expect(history.stateAt(NOW, [], undefined, 't0')).toBeUndefined();
  });
});

describe('history.relationshipsAt', () => {
  const edge = { type: 'RUNS_ON', fromId: 'app', toId: 'srv', fromClass: 'Application', toClass: 'Server' };
  const change = (op: string, seq: number, before: unknown) => ({
    op,
    seq,
    before: before as Record<string, unknown> | null,
    relType: 'RUNS_ON',
    ciId: 'app',
    ciClass: 'Application',
    otherId: 'srv',
    otherClass: 'Server',
  });

  it('removes a relationship made later and restores one removed later, with its properties', () => {
    expect(history.relationshipsAt([{ ...edge, properties: {} }], [change('RELATE', 2, null)])).toEqual([]);
    expect(history.relationshipsAt([], [change('UNRELATE', 2, { type: 'RUNS_ON', properties: { port: 1 } })])).toEqual([
      { ...edge, properties: { port: 1 } },
    ]);
  });

  it('restores the earlier properties of a relationship whose properties changed later', () => {
    const now = [{ ...edge, properties: { port: 2 } }];
    expect(
      history.relationshipsAt(now, [
        change('RELATE', 3, { type: 'RUNS_ON', properties: { port: 1 } }),
        change('RELATE', 2, null),
      ]),
    ).toEqual([]);
    expect(history.relationshipsAt(now, [change('RELATE', 3, { type: 'RUNS_ON', properties: { port: 1 } })])).toEqual([
      { ...edge, properties: { port: 1 } },
    ]);
  });
});

describe('history differences', () => {
  it('lists the fields that differ, by name', () => {
    expect(history.fieldDifferences({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: true })).toEqual([
      { field: 'b', before: [1], after: [2] },
      { field: 'c', before: 'x', after: null },
      { field: 'd', before: null, after: true },
    ]);
  });

  it('lists relationships added, removed and changed', () => {
    const r = (otherId: string, properties: Record<string, unknown> = {}) => ({
      type: 'DEPENDS_ON',
      direction: 'OUT' as const,
      otherId,
      otherClass: 'Database',
      properties,
    });
    expect(
      history.relationshipDifferences(
        [r('kept'), r('gone'), r('moved', { w: 1 })],
        [r('kept'), r('new'), r('moved', { w: 2 })],
      ),
    ).toEqual([
      { ...strip(r('gone')), before: {}, after: null },
      { ...strip(r('moved')), before: { w: 1 }, after: { w: 2 } },
      { ...strip(r('new')), before: null, after: {} },
    ]);
  });
});

function strip<T extends { properties: unknown }>(r: T): Omit<T, 'properties'> {
  const { properties: _p, ...rest } = r;
  return rest;
}
