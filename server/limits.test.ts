/** Depth and complexity estimates on the real schema, the rate limiter, and the settings parsers. */
import 'reflect-metadata';
import { getOperationAST, parse } from 'graphql';
import { buildEstateSchema } from './graphql/build';
import { bearerOf, roleFromClaims } from './access/auth';
import { isObjectType } from 'graphql';
import {
  ASSUMED_FAN_OUT,
  checkOperationLimits,
  complexityOf,
  DEFAULT_LIST_SIZE,
  RateLimits,
  TRAVERSAL_COSTS,
  traversalCost,
} from './limits';
import { parseRoleMap, securityFromEnv } from './access/security';

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

describe('traversal costs', () => {
  it('adds depth × the assumed fan-out to a walk, at its default depth when none is asked, within 1..25', () => {
    expect(ASSUMED_FAN_OUT).toBe(20);
    // (1 + totalCount) × first 1, plus 25 hops × 20 CIs.
    expect(cost('{ dependencies(id: "x", maxDepth: 25, first: 1) { totalCount } }')).toBe(2 + 500);
    // The schema's default depth, 10.
    expect(cost('{ dependencies(id: "x", first: 1) { totalCount } }')).toBe(2 + 200);
    // From a variable; past the server limit it is costed at the limit (the resolver refuses it), below 1 at 1.
    const asked = 'query ($d: Int) { dependencies(id: "x", maxDepth: $d, first: 1) { totalCount } }';
    expect(cost(asked, { d: 3 })).toBe(2 + 60);
    expect(cost(asked, { d: 1000 })).toBe(2 + 500);
    expect(cost(asked, { d: 0 })).toBe(2 + 20);
    expect(cost(asked, { d: null })).toBe(2 + 200);
    // A single object: (1 + truncated) plus 3 hops × 20.
    expect(cost('{ impact(failed: ["a"], maxDepth: 3) { truncated } }')).toBe(2 + 60);
    expect(cost('{ singlePointsOfFailure(serviceId: "s", maxDepth: 2) { examined } }')).toBe(2 + 40);
    // rootCauseCandidates takes `first` (a list of candidates inside): (1 + 1) × 10, plus 5 hops × 20.
    expect(cost('{ rootCauseCandidates(failing: ["a"], maxDepth: 5) { unknownIds } }')).toBe(20 + 100);
  });

  it('costs fixed-depth walks: an impact analysis per incident, one full-depth walk per status report', () => {
    // impactedServices: (1 + id) × DEFAULT_LIST_SIZE 5 + 10 hops × 20 = 210; node 211, edges 212, incidents (1 + 212) × 2.
    expect(cost('{ incidents(first: 2) { edges { node { impactedServices { id } } } } }')).toBe(2 * 213);
    // services: (1 + id) × 5 + 25 × 20 = 510; reportStatus: 1 + 510.
    expect(cost('mutation { reportStatus(id: "a", status: DOWN) { services { id } } }')).toBe(511);
  });

  it("costs a batched walk (health) at one CI per hop for each entry, on the interface and on a class's fragment", () => {
    // health: (1 + state) + 25; node 28; edges 29; items (1 + 29) × 10.
    expect(cost('{ items(first: 10) { edges { node { health { state } } } } }')).toBe(300);
    expect(cost('{ items(first: 10) { edges { node { ... on Server { health { state } } } } } }')).toBe(300);
  });

  it('costs the network questions by what they load, whatever maxHops: a wire for a trace, a whole component for paths', () => {
    // (1 + isActive) plus the default depth 10 × 20.
    expect(cost('{ cableTrace(from: "i") { isActive } }')).toBe(2 + 200);
    // (1 + reachable) plus the full depth 25 × 20; maxHops changes nothing.
    expect(cost('{ reachable(from: "a", to: "b") { reachable } }')).toBe(2 + 500);
    expect(cost('{ paths(from: "a", to: "b", maxHops: 16) { count } }')).toBe(2 + 500);
    // The list of paths is a page: (1 + hops) × first (20 by default, 500 at most), inside 1 + … + 500.
    expect(cost('{ paths(from: "a", to: "b") { paths { hops } } }')).toBe(1 + 2 * 20 + 500);
    expect(cost('{ paths(from: "a", to: "b") { paths(first: 500) { hops } } }')).toBe(1 + 2 * 500 + 500);
  });

  it('has a rule for every field that takes a walk depth (maxDepth), and every rule names a real field', () => {
    const schema = buildEstateSchema();
    const walking: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.some((a) => a.name === 'maxDepth')) walking.push(`${type.name}.${field.name}`);
      }
    }
    expect(walking.length).toBeGreaterThanOrEqual(4);
    for (const key of walking) expect(TRAVERSAL_COSTS).toHaveProperty([key]);
    for (const [key, rule] of Object.entries(TRAVERSAL_COSTS)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName) as { getFields?: () => Record<string, unknown> } | undefined;
      expect({ key, found: type?.getFields?.()[fieldName] !== undefined }).toEqual({ key, found: true });
      if ('arg' in rule.depth) expect(traversalCost(rule, {})).toBe(10 * ASSUMED_FAN_OUT);
    }
  });

  it('refuses 1,000 aliases of a deep walk up front, naming the complexity limit and the cost', () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `d${i}: dependencies(id: "x", maxDepth: 25, first: 1) { totalCount }`,
    );
    const error = limitOf(`{ ${aliases.join('\n')} }`);
    expect(error).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      extra: { limit: 'maxComplexity', max: 100_000, actual: 1000 * 502 },
    });
    expect(error?.message).toMatch(/estimated cost is 502000; the complexity limit \(maxComplexity\) is 100000/);
    // 200 at the default depth stay within it (the per-request cap on queries in flight covers those).
    const fewer = Array.from({ length: 200 }, (_, i) => `d${i}: dependencies(id: "x", first: 1) { totalCount }`);
    expect(limitOf(`{ ${fewer.join('\n')} }`)).toBeUndefined();
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
