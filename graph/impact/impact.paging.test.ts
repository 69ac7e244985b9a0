/** Paging over a computed answer, and the server-side limits of the analysis arguments, with hand-worked answers. */
import { EstateError } from '../platform/errors';
import { checkDepth, checkIds } from './impact';
import { pageOf } from './impact.paging';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('paging a computed answer', () => {
  it('walks the whole list in order, a page at a time, and says when it is done', () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = pageOf('impact', letters, 3, after);
      expect(page.totalCount).toBe(7);
      seen.push(...page.items.map((i) => i.node));
      sizes.push(page.items.length);
      if (!page.hasNextPage) break;
      after = page.items.at(-1)!.cursor;
    }
    expect(seen).toEqual(letters);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('gives an empty last page after the end, not an error', () => {
    const last = pageOf('impact', letters, 7).items.at(-1)!.cursor;
    expect(pageOf('impact', letters, 3, last)).toEqual({ items: [], hasNextPage: false, totalCount: 7 });
  });

  it('refuses a cursor of another list, or one that is not a cursor', () => {
    const cursor = pageOf('dependencies', letters, 2).items[1].cursor;
    expect(() => pageOf('impact', letters, 2, cursor)).toThrow(/not a cursor of this impact list/);
    expect(() => pageOf('impact', letters, 2, 'bm9wZQ')).toThrow(EstateError);
  });
});

describe('limits of the analysis arguments', () => {
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as EstateError).code;
    }
    return 'none';
  };

  it('defaults maxDepth to 10, accepts 1 to 25, and refuses the rest naming the limit', () => {
    expect(checkDepth(undefined)).toBe(10);
    expect(checkDepth(1)).toBe(1);
    expect(checkDepth(25)).toBe(25);
    expect(codeOf(() => checkDepth(26))).toBe('LIMIT_EXCEEDED');
    expect(() => checkDepth(26)).toThrow(/server limit of 25/);
    expect(codeOf(() => checkDepth(0))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkDepth(2.5))).toBe('BAD_USER_INPUT');
  });

  it('wants at least one id and at most 1,000', () => {
    expect(checkIds(['a', 'a'], 'failed')).toEqual(['a', 'a']);
    expect(codeOf(() => checkIds([], 'failed'))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() =>
        checkIds(
          Array.from({ length: 1001 }, (_, i) => `ci-${i}`),
          'failed',
        ),
      ),
    ).toBe('LIMIT_EXCEEDED');
  });
});
