/**
 * Where the server's security and limits are wired, so server/app.ts needs
 * a few lines only:
 *
 *   HTTP     `guard()` before the routes: who is calling (401), may they use
 *            this route (403), how fast (429); the caller is left in
 *            `res.locals` for the GraphQL context (`callerOf(res)`).
 *            `bodyErrors()` after them: 413 / 400 JSON for bodies too large or not JSON.
 *   Apollo   `plugins()`: the access table and the depth / complexity limits
 *            on every operation before any resolver runs (so a refused
 *            request writes nothing), metrics and the request log line,
 *            no landing page when introspection is off (the page, like every
 *            route but the health checks, needs a token).
 *   WS       `wsHooks()`: the token in connection_init (4401 / 4403 close),
 *            the same checks on every subscribe, the subscriptions gauge.
 *
 * Settings come from the environment (`securityFromEnv`) or from the caller
 * of startApp (tests, bench).
 */
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { getOperationAST, GraphQLError, parse, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context as WsContext, ExecutionResult, OperationResult, SubscribePayload } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import { z } from 'zod';
import { EstateError } from '../graph/errors';
import type { Executor } from '../graph/executor';
import type { Context } from '../resolvers/context';
import { ROLES } from '../resolvers/context';
import type { Role } from '../resolvers/context';
import { authorize, requiredHttpRole, roleAtLeast } from './access.rules';
import { Authenticator, DEFAULT_ROLE_VALUES } from './auth';
import type { AuthenticatedCaller, AuthSettings, OidcSettings } from './auth';
import type { Caller } from './context';
import { requestIdFrom } from './context';
import { bodyErrorHandler, checkOperationLimits, DEFAULT_LIMITS, RateLimits } from './limits';
import type { LimitSettings } from './limits';
import { Metrics, telemetryPlugin } from './metrics';
import { refusal, sendRefusal } from './refusal';

export interface SecuritySettings {
  auth: AuthSettings;
  limits: LimitSettings;
}

export const DEFAULT_AUTH: AuthSettings = { enabled: true, cacheMs: 5000 };

/** Settings with defaults filled in: auth on, the default limits. */
export function securitySettings(
  overrides: { auth?: Partial<AuthSettings>; limits?: Partial<LimitSettings> } = {},
): SecuritySettings {
  return { auth: { ...DEFAULT_AUTH, ...overrides.auth }, limits: { ...DEFAULT_LIMITS, ...overrides.limits } };
}

/**
 * What startApp uses when its caller asks for no security (in-process tools and older tests): no
 * authentication (everyone is the local admin) and no rate limit; depth and complexity limits stay.
 * `estate serve` always passes `securityFromEnv()`, where authentication is on.
 */
export const OPEN_SETTINGS: SecuritySettings = securitySettings({ auth: { enabled: false }, limits: { rateLimit: 0 } });

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const ENV = z.object({
  ESTATE_AUTH: z.enum(['on', 'off']).default('on'),
  ESTATE_TOKEN_CACHE_SECONDS: z.coerce
    .number()
    .min(0)
    .default(DEFAULT_AUTH.cacheMs / 1000),
  ESTATE_OIDC_ISSUER: z.string().optional(),
  ESTATE_OIDC_AUDIENCE: z.string().optional(),
  ESTATE_OIDC_JWKS_URL: z.url().optional(),
  ESTATE_OIDC_JWKS_FILE: z.string().optional(),
  ESTATE_OIDC_ROLE_CLAIM: z.string().default('roles'),
  ESTATE_OIDC_ROLE_MAP: z.string().optional(),
  ESTATE_OIDC_NAME_CLAIMS: z.string().default('preferred_username,email,sub'),
  ESTATE_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  ESTATE_MAX_COMPLEXITY: count(DEFAULT_LIMITS.maxComplexity),
  ESTATE_RATE_LIMIT: count(DEFAULT_LIMITS.rateLimit),
  ESTATE_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.rateWindowSeconds),
});

/** The security settings the environment asks for; a bad value throws one line naming the variable. */
export function securityFromEnv(env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const parsed = ENV.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bad configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    auth: {
      enabled: e.ESTATE_AUTH === 'on',
      cacheMs: e.ESTATE_TOKEN_CACHE_SECONDS * 1000,
      oidc: oidcFromEnv(e),
    },
    limits: {
      maxDepth: e.ESTATE_MAX_DEPTH,
      maxComplexity: e.ESTATE_MAX_COMPLEXITY,
      rateLimit: e.ESTATE_RATE_LIMIT,
      rateWindowSeconds: e.ESTATE_RATE_WINDOW_SECONDS,
    },
  };
}

function oidcFromEnv(e: z.infer<typeof ENV>): OidcSettings | undefined {
  const wanted = e.ESTATE_OIDC_ISSUER || e.ESTATE_OIDC_AUDIENCE || e.ESTATE_OIDC_JWKS_URL || e.ESTATE_OIDC_JWKS_FILE;
  if (!wanted) return undefined;
  if (!e.ESTATE_OIDC_ISSUER || !e.ESTATE_OIDC_AUDIENCE || !(e.ESTATE_OIDC_JWKS_URL || e.ESTATE_OIDC_JWKS_FILE)) {
    throw new Error(
      'bad configuration: OIDC needs ESTATE_OIDC_ISSUER, ESTATE_OIDC_AUDIENCE and ESTATE_OIDC_JWKS_URL or ESTATE_OIDC_JWKS_FILE',
    );
  }
  return {
    issuer: e.ESTATE_OIDC_ISSUER,
    audience: e.ESTATE_OIDC_AUDIENCE,
    jwksUrl: e.ESTATE_OIDC_JWKS_URL,
    jwksFile: e.ESTATE_OIDC_JWKS_FILE,
    roleClaim: e.ESTATE_OIDC_ROLE_CLAIM,
    roleValues: e.ESTATE_OIDC_ROLE_MAP ? parseRoleMap(e.ESTATE_OIDC_ROLE_MAP) : DEFAULT_ROLE_VALUES,
    nameClaims: e.ESTATE_OIDC_NAME_CLAIMS.split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

/** `group-a=viewer,group-b=admin` → {group-a: viewer, group-b: admin}. */
export function parseRoleMap(text: string): Record<string, Role> {
  const out: Record<string, Role> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [value, role] = pair.split('=').map((s) => s.trim());
    if (!value || !(ROLES as readonly string[]).includes(role)) {
      throw new Error(`bad configuration: ESTATE_OIDC_ROLE_MAP: "${pair}" is not claimValue=${ROLES.join('|')}`);
    }
    out[value] = role as Role;
  }
  return out;
}

type Ws = WsContext<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>;

/** graphql-ws close codes for a refused connection_init. */
const WS_CLOSE: Partial<Record<string, number>> = { UNAUTHENTICATED: 4401, FORBIDDEN: 4403, SERVICE_UNAVAILABLE: 1013 };

export interface SecurityOptions {
  executor: Executor;
  logger: Logger;
  schema: GraphQLSchema;
  settings: SecuritySettings;
  introspection: boolean;
  maxBody: string;
  metrics?: Metrics;
}

export class Security {
  readonly metrics: Metrics;
  readonly authenticator: Authenticator;
  readonly rateLimits: RateLimits;
  private readonly wsCallers = new WeakMap<object, AuthenticatedCaller>();
  private readonly wsIds = new WeakMap<object, number>();
  private nextWsId = 1;

  constructor(private readonly options: SecurityOptions) {
    this.metrics = options.metrics ?? new Metrics();
    this.authenticator = new Authenticator(options.executor, options.settings.auth, options.logger);
    this.rateLimits = new RateLimits(options.settings.limits);
  }

  close(): void {
    this.authenticator.close();
  }

  /** The checks every operation passes before it runs: access, then depth and complexity. */
  checkOperation(
    caller: Caller,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): EstateError | undefined {
    const denied = authorize(caller.role, document, operation);
    if (denied) {
      const reason = `${denied.field} needs the ${denied.needs} role (${denied.why}); ${caller.actor} has ${caller.role}`;
      return new EstateError('FORBIDDEN', `forbidden: ${reason}`, [{ field: denied.field, reason }], {
        requiredRole: denied.needs,
        role: caller.role,
      });
    }
    return checkOperationLimits(this.options.schema, document, operation, variables, this.options.settings.limits);
  }

  // ---- HTTP

  /** Counts requests in flight, then authenticates, checks the route's role and the rate (all but health and metrics). */
  guard(): RequestHandler[] {
    return [
      this.metrics.inFlightCounter(),
      (req, res, next) => void this.admit(req, res).then((ok) => ok && next(), next),
    ];
  }

  private async admit(req: Request, res: Response): Promise<boolean> {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    try {
      const caller = await this.authenticator.authenticate(req.headers.authorization);
      const needs = requiredHttpRole(req.method, req.path);
      if (!roleAtLeast(caller.role, needs)) {
        const reason = `${req.method} ${req.path} needs the ${needs} role; ${caller.actor} has ${caller.role}`;
        throw new EstateError('FORBIDDEN', `forbidden: ${reason}`, [{ field: req.path, reason }], {
          requiredRole: needs,
          role: caller.role,
        });
      }
      const limited = await this.rateLimits.consume(caller.key);
      if (limited) throw limited;
      res.locals.caller = caller;
      return true;
    } catch (error) {
      if (!(error instanceof EstateError)) throw error;
      this.metrics.errors.inc({ code: error.code });
      this.options.logger.info(
        { requestId, code: error.code, method: req.method, path: req.path, reason: error.details[0]?.reason },
        'request refused',
      );
      sendRefusal(res, error, undefined, requestId);
      return false;
    }
  }

  /** The caller the guard admitted (the local operator when auth is off). */
  callerOf(res: Response): Caller {
    return requestCaller(res);
  }

  /** After the routes: body too large or not JSON, as JSON errors; counted. */
  bodyErrors(): ErrorRequestHandler {
    const handle = bodyErrorHandler(this.options.maxBody);
    return (error, req, res, next) => {
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') this.metrics.errors.inc({ code: 'LIMIT_EXCEEDED' });
      handle(error, req, res, next);
    };
  }

  // ---- Apollo

  plugins(): ApolloServerPlugin<Context>[] {
    const guardOperations: ApolloServerPlugin<Context> = {
      requestDidStart: async () => ({
        didResolveOperation: async ({ document, operation, request, contextValue }) => {
          if (!operation) return;
          const caller = { actor: contextValue.writer.actor, role: contextValue.role };
          const problem = this.checkOperation(caller, document, operation, request.variables);
          if (problem) throw refusal(problem);
        },
      }),
    };
    const plugins = [guardOperations, unavailablePlugin, telemetryPlugin(this.metrics, this.options.logger)];
    if (!this.options.introspection) plugins.push(ApolloServerPluginLandingPageDisabled());
    return plugins;
  }

  // ---- graphql-ws

  /** Hooks for graphql-ws's useServer (spread into its options). */
  wsHooks() {
    return {
      onConnect: (ctx: Ws) => this.wsConnect(ctx),
      onSubscribe: (ctx: Ws, id: string, payload: SubscribePayload) => this.wsSubscribe(ctx, id, payload),
      onOperation: (ctx: Ws, id: string, _payload: SubscribePayload, _args: unknown, result: unknown) =>
        this.wsTrack(ctx, id, result),
    };
  }

  /** The caller a WebSocket connection authenticated as (set in connection_init). */
  wsCaller(ctx: { extra: unknown } | object): Caller {
    const caller = this.wsCallers.get(ctx);
    if (!caller) throw new Error('no caller: the connection was not authenticated');
    return { actor: caller.actor, role: caller.role };
  }

  private async wsConnect(ctx: Ws): Promise<boolean> {
    const params = ctx.connectionParams ?? {};
    const header = params.authorization ?? params.Authorization ?? ctx.extra.request.headers.authorization;
    try {
      this.wsCallers.set(ctx, await this.authenticator.authenticate(header));
      return true;
    } catch (error) {
      const code = error instanceof EstateError ? error.code : 'INTERNAL_SERVER_ERROR';
      this.metrics.errors.inc({ code });
      const reason = error instanceof EstateError ? (error.details[0]?.reason ?? error.message) : 'internal error';
      this.options.logger.info({ code, reason }, 'websocket connection refused');
      // Close with the graphql-ws code that fits; returning false then cannot override it.
      ctx.extra.socket.close(WS_CLOSE[code] ?? 4500, `${code}: ${reason}`.slice(0, 120));
      return false;
    }
  }

  private async wsSubscribe(ctx: Ws, _id: string, payload: SubscribePayload) {
    const caller = this.wsCallers.get(ctx);
    if (!caller)
      return [
        refusal(new EstateError('UNAUTHENTICATED', 'not authenticated', [{ reason: 'connection_init was refused' }])),
      ];
    const limited = await this.rateLimits.consume(caller.key);
    if (limited) return this.wsRefused(limited);
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [error as GraphQLError];
    }
    const invalid = validate(this.options.schema, document);
    if (invalid.length > 0) return invalid;
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [new GraphQLError('Unable to identify operation')];
    const problem = this.checkOperation(caller, document, operation, payload.variables ?? undefined);
    if (problem) return this.wsRefused(problem);
    return {
      schema: this.options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }

  private wsRefused(error: EstateError): GraphQLError[] {
    this.metrics.errors.inc({ code: error.code });
    return [refusal(error)];
  }

  /** Counts a live subscription until its stream ends, however it ends. */
  private wsTrack(ctx: Ws, id: string, result: unknown): OperationResult | undefined {
    if (!isAsyncIterator(result)) return undefined;
    let conn = this.wsIds.get(ctx);
    if (conn === undefined) this.wsIds.set(ctx, (conn = this.nextWsId++));
    const key = `${conn}:${id}`;
    this.metrics.subscriptionStarted(key);
    return tracked(result, () => this.metrics.subscriptionEnded(key)) as AsyncIterable<ExecutionResult>;
  }
}

/** The caller the guard admitted for this request, for any route behind it (e.g. the import routes' actor). */
export function requestCaller(res: Response): Caller {
  const caller = res.locals.caller as AuthenticatedCaller | undefined;
  if (!caller) throw new Error('no caller: the security guard must run before this route');
  return { actor: caller.actor, role: caller.role };
}

/**
 * Neo4j unreachable: whatever the resolvers managed, the answer is HTTP 503 with Retry-After (the
 * error's retryAfterSeconds), so load balancers and clients back off and retry.
 */
const unavailablePlugin: ApolloServerPlugin<Context> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind !== 'single') return;
      const down = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
      if (!down) return;
      response.http.status = 503;
      response.http.headers.set('retry-after', String(down.extensions?.retryAfterSeconds ?? 2));
    },
  }),
};

type Iter = AsyncIterableIterator<unknown> & {
  return?(v?: unknown): Promise<IteratorResult<unknown>>;
  throw?(e?: unknown): Promise<IteratorResult<unknown>>;
};

function isAsyncIterator(value: unknown): value is Iter {
  return typeof value === 'object' && value !== null && typeof (value as Iter)[Symbol.asyncIterator] === 'function';
}

/**
 * The same stream, calling `onEnd` once when it finishes, fails or is closed. A plain iterator object
 * (not an async generator), so a `return()` from graphql-ws reaches the source at once even while a
 * `next()` is waiting.
 */
function tracked(source: Iter, onEnd: () => void): Iter {
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      onEnd();
    }
  };
  const it: Iter = {
    async next() {
      try {
        const r = await source.next();
        if (r.done) end();
        return r;
      } catch (error) {
        end();
        throw error;
      }
    },
    async return(value?: unknown) {
      end();
      return source.return ? source.return(value) : { done: true, value };
    },
    async throw(error?: unknown) {
      end();
      if (source.throw) return source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}
