/**
 * The shape of the listing query (a recording executor, no database): a page is ordered and cut
 * before its CIs are projected, so a class of thousands builds a map for a page of them only.
 */
import type { Executor, Row } from '../platform/executor';
import { listItems } from './items.query';

function recording(): { db: Executor; queries: string[] } {
  const queries: string[] = [];
  const db = {
    read: async (_op: string, query: string): Promise<Row[]> => {
      queries.push(query);
      return [];
    },
  } as unknown as Executor;
  return { db, queries };
}

const squash = (query: string) => query.replace(/\s+/g, ' ').trim();

describe('listing a page of CIs', () => {
  it('orders and limits before it projects every property (the projection of a whole class was slow)', async () => {
    const { db, queries } = recording();
    await listItems(db, { classes: ['Server'] }, { field: 'NAME', direction: 'ASC' }, 100);
    expect(squash(queries[0])).toBe(
      'MATCH (n:Server) WITH n ORDER BY n.name ASC, n.id ASC LIMIT $limit RETURN n {.*} AS n',
    );
  });

  it('keeps the filter and the cursor ahead of the cut', async () => {
    const { db, queries } = recording();
    const after = Buffer.from(JSON.stringify(['b', 'id-b'])).toString('base64url');
    await listItems(db, { lifecycleStates: ['DEPLOYED'] }, { field: 'UPDATED_AT', direction: 'DESC' }, 10, after);
    const query = squash(queries[0]);
    expect(query.indexOf('WHERE n.lifecycleState IN $lifecycleStates')).toBeGreaterThan(-1);
    expect(query.indexOf('n.updatedAt < $afterValue')).toBeLessThan(query.indexOf('LIMIT $limit'));
    expect(query.endsWith('LIMIT $limit RETURN n {.*} AS n')).toBe(true);
  });
});
