/** Depth and complexity estimates on the real schema, the rate limiter, and the settings parsers. */
import 'reflect-metadata';
import { getOperationAST, parse } from 'graphql';
import { buildEstateSchema } from '../schema/build';
import { bearerOf, roleFromClaims } from './auth';
import { checkOperationLimits, complexityOf, DEFAULT_LIST_SIZE, RateLimits } from './limits';
import { parseRoleMap, securityFromEnv } from './security';

const schema = buildEstateSchema();
const cost = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return complexityOf(schema, document, getOperationAST(document)!, variables);
};
const limitOf = (source: string, maxDepth = 12, maxComplexity = 100_000) => {
  const document = parse(source);
  return checkOperationLimits(schema, document, getOperationAST(document)!, {}, { maxDepth, maxComplexity });
};

describe('complexity', () => {
  it('multiplies a list by first (from the variables), the page default when it is missing, and a connection once', () => {
    const page = 'query ($n: Int) { items(first: $n) { edges { node { id name } } } }';
    expect(cost(page, { n: 10 })).toBe(10 * (1 + 1 + 1 + 2));
    expect(cost(page)).toBe(20 * 5);
    // first past the page cap is costed at the cap (the resolver refuses it with the clearer error).
    expect(cost(page, { n: 10_000 })).toBe(500 * 5);
  });

  it('estimates a neighbour list without first at DEFAULT_LIST_SIZE entries, nested lists multiplying', () => {
    expect(cost('{ item(id: "x") { dependsOn { id } } }')).toBe(1 + (1 + 1) * DEFAULT_LIST_SIZE);
    expect(cost('{ item(id: "x") { dependsOn { dependsOn { id } } } }')).toBe(
      1 + (1 + (1 + 1) * DEFAULT_LIST_SIZE) * DEFAULT_LIST_SIZE,
    );
  });
});

describe('checkOperationLimits', () => {
  it('names maxDepth with its value and the depth found, fragments flattened', () => {
    const deep =
      '{ item(id: "x") { ...L } } fragment L on ConfigurationItem { location { location { location { id } } } }';
    expect(limitOf(deep, 5)).toBeUndefined();
    expect(limitOf(deep, 4)).toMatchObject({ code: 'LIMIT_EXCEEDED', extra: { limit: 'maxDepth', max: 4, actual: 5 } });
  });

  it('names maxComplexity with its value and the estimate', () => {
    const error = limitOf('{ items(first: 500) { edges { node { dependsOn { dependsOn { id } } } } } }', 50, 1000);
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', extra: { limit: 'maxComplexity', max: 1000 } });
    expect(error?.extra.actual as number).toBeGreaterThan(1000);
  });

  it('judges a document sent again by its own variables and limits (measures are kept per document)', () => {
    const document = parse('query ($n: Int) { items(first: $n) { edges { node { dependsOn { id } } } } }');
    const operation = getOperationAST(document)!;
    const check = (n: number, maxDepth = 12, maxComplexity = 1000) =>
      checkOperationLimits(schema, document, operation, { n }, { maxDepth, maxComplexity });
    expect(check(10)).toBeUndefined();
    expect(check(100)).toMatchObject({
      extra: { limit: 'maxComplexity', actual: 100 * (1 + 1 + 1 + (1 + 1) * DEFAULT_LIST_SIZE) },
    });
    expect(check(10)).toBeUndefined();
    expect(check(10, 3)).toMatchObject({ extra: { limit: 'maxDepth', max: 3, actual: 5 } });
    expect(check(10, 12, 50)).toMatchObject({ extra: { limit: 'maxComplexity', max: 50 } });
  });
});

describe('RateLimits', () => {
  it('refuses past the limit per key, with a retry hint, and can be off', async () => {
    const limits = new RateLimits({ rateLimit: 2, rateWindowSeconds: 30 });
    expect(await limits.consume('a')).toBeUndefined();
    expect(await limits.consume('a')).toBeUndefined();
    const refused = await limits.consume('a');
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', extra: { limit: 'rateLimit', max: 2, windowSeconds: 30 } });
    expect(refused?.extra.retryAfterSeconds as number).toBeGreaterThan(0);
    expect(await limits.consume('b')).toBeUndefined();
    const off = new RateLimits({ rateLimit: 0, rateWindowSeconds: 1 });
    for (let i = 0; i < 100; i++) expect(await off.consume('a')).toBeUndefined();
  });
});

describe('settings', () => {
  it('reads the environment: auth on by default, off only when asked, OIDC all or nothing', () => {
    expect(securityFromEnv({}).auth).toMatchObject({ enabled: true, cacheMs: 5000, oidc: undefined });
    expect(securityFromEnv({ ESTATE_AUTH: 'off' }).auth.enabled).toBe(false);
    expect(securityFromEnv({ ESTATE_MAX_DEPTH: '7', ESTATE_RATE_LIMIT: '0' }).limits).toMatchObject({
      maxDepth: 7,
      rateLimit: 0,
    });
    expect(() => securityFromEnv({ ESTATE_OIDC_ISSUER: 'https://id.example/' })).toThrow(/OIDC needs/);
    expect(() => securityFromEnv({ ESTATE_AUTH: 'maybe' })).toThrow(/ESTATE_AUTH/);
    const oidc = securityFromEnv({
      ESTATE_OIDC_ISSUER: 'https://id.example/',
      ESTATE_OIDC_AUDIENCE: 'estate',
      ESTATE_OIDC_JWKS_URL: 'https://id.example/jwks.json',
      ESTATE_OIDC_ROLE_CLAIM: 'groups',
      ESTATE_OIDC_ROLE_MAP: 'cmdb-readers=viewer, cmdb-admins=admin',
    }).auth.oidc;
    expect(oidc).toMatchObject({
      roleClaim: 'groups',
      roleValues: { 'cmdb-readers': 'viewer', 'cmdb-admins': 'admin' },
    });
  });

  it('refuses a role map naming no Estate role', () => {
    expect(() => parseRoleMap('x=root')).toThrow(/ESTATE_OIDC_ROLE_MAP/);
  });

  it('takes the highest role any claim value maps to, and reads Bearer values', () => {
    const oidc = { roleClaim: 'roles', roleValues: { v: 'viewer', e: 'editor', a: 'admin' } as const };
    expect(roleFromClaims({ roles: ['v', 'a', 'e'] }, oidc)).toBe('admin');
    expect(roleFromClaims({ roles: 'v e' }, oidc)).toBe('editor');
    expect(roleFromClaims({ roles: ['x'] }, oidc)).toBeUndefined();
    expect(roleFromClaims({}, oidc)).toBeUndefined();
    expect(bearerOf('Bearer abc')).toBe('abc');
    expect(bearerOf('bearer   abc ')).toBe('abc');
    expect(bearerOf('Basic abc')).toBeUndefined();
    expect(bearerOf(['Bearer abc'])).toBeUndefined();
  });
});
