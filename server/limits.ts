/**
 * What one request may cost: query depth (graphql-armor's max-depth rule),
 * query complexity (graphql-query-complexity: a list field costs its
 * children times `first`, or times a default), request body size, and a
 * per-token rate. Each refusal is LIMIT_EXCEEDED (or RATE_LIMITED) naming the
 * limit and its value. A field that walks the dependency graph costs by how
 * deep it may walk (TRAVERSAL_COSTS), so a request cannot pass the estimate
 * with a thousand cheap-looking deep walks. Page size and traversal depth caps live with their
 * resolvers (resolvers/limits.ts, the impact module); the Cypher transaction
 * timeout with the executor.
 */
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  getNullableType,
  validate,
} from 'graphql';
import type { DocumentNode, GraphQLCompositeType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ErrorRequestHandler } from 'express';
import { EstateError } from '../graph/platform/errors';
import { IMPACT_LIMITS } from '../graph/impact/impact.rules';
import { PAGE_SIZE } from '../resolvers/platform/limits';
import { sendRefusal } from './refusal';

export interface LimitSettings {
  /** Deepest field nesting an operation may have (fragments flattened; introspection's __schema ignored). */
  maxDepth: number;
  /** Highest estimated cost of one operation. */
  maxComplexity: number;
  /** Requests per window per token; 0 turns rate limiting off. */
  rateLimit: number;
  rateWindowSeconds: number;
}

export const DEFAULT_LIMITS: LimitSettings = {
  maxDepth: 12,
  maxComplexity: 100_000,
  rateLimit: 1200,
  rateWindowSeconds: 60,
};

/** A list field without `first` is estimated at this many entries. */
export const DEFAULT_LIST_SIZE = 5;

const exceeded = (limit: string, max: number | string, actual: number | string | undefined, message: string) =>
  new EstateError('LIMIT_EXCEEDED', message, [{ field: limit, reason: message }], { limit, max, actual });

/**
 * A list costs (1 + its children) × how many entries it may hold: `first` when the field takes it
 * (the page size default when it is not given, the page size cap at most), else DEFAULT_LIST_SIZE; a connection's own `edges`
 * list is already counted by the field that made the connection.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = 1 + childComplexity;
  if (field.args.some((a) => a.name === 'first')) {
    // Past the page size cap the resolver refuses `first` itself, with the clearer error.
    const first =
      typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, PAGE_SIZE.max) : PAGE_SIZE.default;
    return own * first;
  }
  const returns = getNullableType(field.type);
  if (isListType(returns) && isCompositeType(getNamedType(returns)) && !type.name.endsWith('Connection')) {
    return own * DEFAULT_LIST_SIZE;
  }
  return undefined;
};

/**
 * CIs a walk is assumed to reach per hop: the estimate of a walk `depth` hops deep is depth × this. (The
 * walks are breadth-first with each CI read once, so a frontier of about this width per level is the
 * model; a real estate's closure is bounded by its size, the estimate by the depth limit.)
 */
export const ASSUMED_FAN_OUT = 20;

/** How a field that walks the dependency graph is costed, on top of its own and its children's cost. */
export interface TraversalCost {
  /** How deep it walks: the argument that says so (its schema default applies), or the depth its resolver always uses. */
  depth: { arg: string } | { fixed: number };
  /**
   * `each`: every resolution is a walk of its own (ASSUMED_FAN_OUT CIs per hop). `shared`: the entries of a
   * request are walked together (one DataLoader batch), so each entry adds one CI per hop, its own line down.
   */
  walks: 'each' | 'shared';
}

/**
 * Every field that walks the dependency graph, keyed `Type.field` (an interface's name covers every class
 * implementing it). A field that walks and is not here is costed like any other field: add it.
 */
export const TRAVERSAL_COSTS: Readonly<Record<string, TraversalCost>> = {
  'Query.impact': { depth: { arg: 'maxDepth' }, walks: 'each' },
  'Query.dependencies': { depth: { arg: 'maxDepth' }, walks: 'each' },
  'Query.singlePointsOfFailure': { depth: { arg: 'maxDepth' }, walks: 'each' },
  'Query.rootCauseCandidates': { depth: { arg: 'maxDepth' }, walks: 'each' },
  // An impact analysis per incident, at the default depth (graph/impact analyseImpact).
  'Incident.impactedServices': { depth: { fixed: IMPACT_LIMITS.defaultDepth }, walks: 'each' },
  // The services a status report touches: one walk at the full depth (servicesTouchedBy).
  'StatusReport.services': { depth: { fixed: IMPACT_LIMITS.maxDepth }, walks: 'each' },
  // Health of every CI of the request in one closure at the full depth (healthOf through a DataLoader).
  'ConfigurationItem.health': { depth: { fixed: IMPACT_LIMITS.maxDepth }, walks: 'shared' },
  // Network questions (graph/network/trace.service.ts) load the wire around their ends whatever maxHops says:
  // a trace its one wire, paths and reachable the whole wired component (up to TOPOLOGY_LIMITS.maxNodes).
  'Query.cableTrace': { depth: { fixed: IMPACT_LIMITS.defaultDepth }, walks: 'each' },
  'Query.paths': { depth: { fixed: IMPACT_LIMITS.maxDepth }, walks: 'each' },
  'Query.reachable': { depth: { fixed: IMPACT_LIMITS.maxDepth }, walks: 'each' },
};

/** The rule for a field: its own type's, else an interface's it implements. */
function traversalRule(type: GraphQLCompositeType, fieldName: string): TraversalCost | undefined {
  const own = TRAVERSAL_COSTS[`${type.name}.${fieldName}`];
  if (own || !isObjectType(type)) return own;
  for (const face of type.getInterfaces()) {
    const rule = TRAVERSAL_COSTS[`${face.name}.${fieldName}`];
    if (rule) return rule;
  }
  return undefined;
}

/**
 * What a walk adds to its field's cost: its depth (the argument's value or default, within 1..the server's
 * depth limit, since the resolver refuses past it with the clearer error) times the CIs per hop.
 */
export function traversalCost(rule: TraversalCost, args: Record<string, unknown>): number {
  let depth: number;
  if ('fixed' in rule.depth) depth = rule.depth.fixed;
  else {
    const asked = args[rule.depth.arg];
    depth = typeof asked === 'number' && Number.isFinite(asked) ? Math.trunc(asked) : IMPACT_LIMITS.defaultDepth;
  }
  depth = Math.min(Math.max(depth, 1), IMPACT_LIMITS.maxDepth);
  return depth * (rule.walks === 'each' ? ASSUMED_FAN_OUT : 1);
}

/** A field of TRAVERSAL_COSTS costs its walk on top of what it costs as a field (a page of results or one value). */
const traversalEstimator: ComplexityEstimator = (options) => {
  const rule = traversalRule(options.type, options.field.name);
  if (!rule) return undefined;
  const asField = listEstimator(options) ?? 1 + options.childComplexity;
  return asField + traversalCost(rule, options.args);
};

export const ESTIMATORS: ComplexityEstimator[] = [
  traversalEstimator,
  listEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/** The estimated cost of one operation (what the complexity limit compares). */
export function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: ESTIMATORS,
  });
}

/** What the limits look at in one operation: its depth when past maxDepth, and its estimated cost. */
interface Measure {
  /** The depth found, when it is past maxDepth. */
  tooDeep?: number;
  /** The estimate; 'too large' when the estimator gave up; undefined when the variables do not fit their types. */
  cost?: number | 'too large';
  /** The estimator's reason when it gave up. */
  reason?: string;
}

/** One operation of a request, as the limits see it. */
interface Asked {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
}

function measure({ schema, document, operation, variables }: Asked, maxDepth: number): Measure {
  let depthError: GraphQLError | undefined;
  validate(schema, document, [
    maxDepthRule({
      n: maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [(_ctx, error) => (depthError ??= error)],
    }),
  ]);
  if (depthError) return { tooDeep: Number(/found (\d+)/.exec(depthError.message)?.[1]) };
  try {
    return { cost: complexityOf(schema, document, operation, variables) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (/maximum allowed number of nodes/.test(error.message)) return { cost: 'too large', reason: error.message };
    // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver runs.
    return {};
  }
}

/** Variables longer than this as JSON are measured every time rather than kept. */
const MEMO_KEY_MAX = 2_000;
/** Measures kept per document (distinct operation names, limits and variables); past it the document starts afresh. */
const MEMO_PER_DOCUMENT = 64;
/**
 * Measures by parsed document. Apollo's document cache and graphql-ws hand the same parsed document back
 * for a query sent again, so a client repeating its queries skips both walks over them; a document no
 * longer cached anywhere takes its measures with it.
 */
const measured = new WeakMap<DocumentNode, Map<string, Measure>>();

function measureOnce(asked: Asked, maxDepth: number): Measure {
  const { document, operation, variables } = asked;
  const key = `${operation.name?.value ?? ''}\n${maxDepth}\n${JSON.stringify(variables ?? {})}`;
  if (key.length > MEMO_KEY_MAX) return measure(asked, maxDepth);
  let byKey = measured.get(document);
  if (!byKey || byKey.size >= MEMO_PER_DOCUMENT) measured.set(document, (byKey = new Map<string, Measure>()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = measure(asked, maxDepth)));
  return found;
}

/** The first limit the operation goes past, as a LIMIT_EXCEEDED error; undefined when it is within all. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: Pick<LimitSettings, 'maxDepth' | 'maxComplexity'>,
): EstateError | undefined {
  const { tooDeep, cost, reason } = measureOnce({ schema, document, operation, variables }, limits.maxDepth);
  if (tooDeep !== undefined) {
    return exceeded(
      'maxDepth',
      limits.maxDepth,
      tooDeep,
      `the query is ${tooDeep} levels deep; the depth limit (maxDepth) is ${limits.maxDepth}`,
    );
  }
  if (cost === 'too large') {
    return exceeded('maxComplexity', limits.maxComplexity, undefined, `the query is too large to cost: ${reason}`);
  }
  if (cost !== undefined && cost > limits.maxComplexity) {
    return exceeded(
      'maxComplexity',
      limits.maxComplexity,
      cost,
      `the query's estimated cost is ${cost}; the complexity limit (maxComplexity) is ${limits.maxComplexity}: ask for smaller pages (first), fewer nested lists or fewer or shallower graph walks (maxDepth)`,
    );
  }
  return undefined;
}

/** Per-key request rate (one key per token), in memory: each instance counts its own requests. */
export class RateLimits {
  private readonly limiter?: RateLimiterMemory;

  constructor(readonly settings: Pick<LimitSettings, 'rateLimit' | 'rateWindowSeconds'>) {
    if (settings.rateLimit > 0) {
      this.limiter = new RateLimiterMemory({ points: settings.rateLimit, duration: settings.rateWindowSeconds });
    }
  }

  /** Count one request for `key`; RATE_LIMITED (with retryAfterSeconds) past the limit. */
  async consume(key: string): Promise<EstateError | undefined> {
    if (!this.limiter) return undefined;
    try {
      await this.limiter.consume(key);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const { rateLimit, rateWindowSeconds } = this.settings;
      const reason = `more than ${rateLimit} requests in ${rateWindowSeconds} s from this token (rate limit); retry in ${retryAfterSeconds} s`;
      return new EstateError('RATE_LIMITED', reason, [{ field: 'rateLimit', reason }], {
        limit: 'rateLimit',
        max: rateLimit,
        windowSeconds: rateWindowSeconds,
        retryAfterSeconds,
      });
    }
  }
}

/**
 * Errors of express's body parser as JSON: a body over the size limit is 413 LIMIT_EXCEEDED naming
 * `maxBody` and its value; a body that is not JSON is 400 BAD_USER_INPUT. Anything else goes on.
 */
export function bodyErrorHandler(maxBody: string): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error?.type === 'entity.too.large') {
      const message = `the request body is larger than the body size limit (maxBody) of ${maxBody}`;
      sendRefusal(res, exceeded('maxBody', maxBody, undefined, message), 413);
      return;
    }
    if (
      error?.type === 'entity.parse.failed' ||
      error?.type === 'encoding.unsupported' ||
      error?.type === 'charset.unsupported'
    ) {
      sendRefusal(
        res,
        new EstateError('BAD_USER_INPUT', `the request body is not valid JSON: ${error.message}`, [
          { field: 'body', reason: 'not valid JSON' },
        ]),
        400,
      );
      return;
    }
    next(error);
  };
}
