/**
 * The shape checks a GraphQL request passes before graphql-js sees it.
 * graphql-js parses, validates and coerces variables recursively, so a query
 * of 100k nested `{` or `[`, or variables of 100k nested arrays, overflow the
 * stack (a 500, or a dropped socket) long before any limit looks at them.
 * These checks walk the text and the JSON with loops, not recursion, and
 * refuse such a request with LIMIT_EXCEEDED naming the limit; the token
 * count is graphql's own `maxTokens` parse option.
 */
import { EstateError } from '../../graph/platform/errors';

export interface RequestShapeSettings {
  /** Deepest nesting of `{`, `[` and `(` in the query text (strings and comments aside). */
  maxNesting: number;
  /** Deepest nesting of arrays and objects in the variables. */
  maxVariableDepth: number;
  /** Most lexical tokens in one query (graphql's parse option). */
  maxTokens: number;
}

export const DEFAULT_REQUEST_SHAPE: RequestShapeSettings = { maxNesting: 200, maxVariableDepth: 64, maxTokens: 50_000 };

const exceeded = (limit: string, max: number, message: string) =>
  new EstateError('LIMIT_EXCEEDED', message, [{ field: limit, reason: message }], { limit, max });

/**
 * The deepest nesting of brackets in a GraphQL text, stopping once past `stopAt`. Brackets inside strings
 * (plain and block) and comments do not count.
 */
export function queryNesting(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === 0x22 /* " */) {
      if (text.startsWith('"""', i)) {
        // A block string ends at the first """ not escaped as \""".
        let close = text.indexOf('"""', i + 3);
        while (close > 0 && text[close - 1] === '\\') close = text.indexOf('"""', close + 3);
        i = close < 0 ? text.length : close + 2;
      } else {
        i++;
        while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */ || c === 0x29 /* ) */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** The deepest nesting of arrays and objects in a JSON value, stopping once past `stopAt` (a loop, no recursion). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) return deepest;
    }
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

/** LIMIT_EXCEEDED when the query text or the variables nest too deep for graphql-js; undefined when both fit. */
export function checkRequestShape(query: unknown, variables: unknown, settings: RequestShapeSettings) {
  if (typeof query === 'string' && queryNesting(query, settings.maxNesting) > settings.maxNesting) {
    return exceeded(
      'maxNesting',
      settings.maxNesting,
      `the query nests brackets more than ${settings.maxNesting} deep (maxNesting); no real query comes near it`,
    );
  }
  if (jsonDepth(variables, settings.maxVariableDepth) > settings.maxVariableDepth) {
    return exceeded(
      'maxVariableDepth',
      settings.maxVariableDepth,
      `the variables nest arrays or objects more than ${settings.maxVariableDepth} deep (maxVariableDepth)`,
    );
  }
  return undefined;
}
