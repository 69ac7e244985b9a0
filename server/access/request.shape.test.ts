/** The nesting checks that run before graphql-js: loops, strings and comments aside, early stop. */
import { checkRequestShape, DEFAULT_REQUEST_SHAPE, jsonDepth, queryNesting } from './request.shape';

describe('queryNesting', () => {
  it('counts {, [ and ( together', () => {
    expect(queryNesting('{ a }')).toBe(1);
    expect(queryNesting('{ a(x: [[1]]) { b } }')).toBe(4);
    expect(queryNesting('query ($v: [Int]) { a }')).toBe(2);
  });

  it('ignores brackets in strings, block strings (with escaped quotes) and comments', () => {
    expect(queryNesting('{ a(x: "{{{[[[") }')).toBe(2);
    expect(queryNesting('{ a(x: "\\"{{{") }')).toBe(2);
    expect(queryNesting('{ a(x: """ {{{ \\""" [[[ """) }')).toBe(2);
    expect(queryNesting('# {{{{\n{ a }')).toBe(1);
  });

  it('stops counting once past the limit, so a 1M-deep text costs no more than the limit', () => {
    expect(queryNesting('{a'.repeat(1_000_000), 10)).toBe(11);
  });
});

describe('jsonDepth', () => {
  it('measures arrays and objects without recursion', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [1, { b: null }] })).toBe(3);
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(jsonDepth(deep, 64)).toBe(65);
  });
});

it('names the limit a request goes past', () => {
  expect(checkRequestShape('{ a }', { x: [1] }, DEFAULT_REQUEST_SHAPE)).toBeUndefined();
  expect(checkRequestShape('{a'.repeat(500), {}, DEFAULT_REQUEST_SHAPE)?.extra).toMatchObject({ limit: 'maxNesting' });
  expect(
    checkRequestShape('{ a }', { x: [[[[[[1]]]]]] }, { ...DEFAULT_REQUEST_SHAPE, maxVariableDepth: 3 })?.extra,
  ).toEqual({ limit: 'maxVariableDepth', max: 3 });
});
