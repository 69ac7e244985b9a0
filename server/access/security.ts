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
 *            `requestShape()` after the JSON body parser: queries and
 *            variables nested too deep for graphql-js are refused (400).
 *   WS       `wsHooks()`: the token in connection_init (4401 / 4403 close),
 *            the token checked again on every operation, for open sockets
 *            every few seconds (a revoked or expired token closes its
 *            sockets with 4403), the same checks on every subscribe, caps
 *            on live subscriptions per connection and per token, the
 *            subscriptions gauge.
 *   Both     refused credentials counted per client address (429 past the
 *            limit); introspection and "Did you mean" suggestions off when
 *            introspection is off.
 *
 * Settings come from the environment (`securityFromEnv`) or from the caller
 * of startApp (tests, bench).
 */
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ParseOptions, ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { Context as WsContext, ExecutionResult, OperationResult, SubscribePayload } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import { z } from 'zod';
import { EstateError } from '../../graph/platform/errors';
import type { Executor } from '../../graph/platform/executor';
import { tokenEvents, tokenStates } from '../../graph/access/tokens';
import type { Context } from '../../resolvers/platform/context';
import { ROLES } from '../../graph/model/roles';
import type { Role } from '../../graph/model/roles';
import { authorize, requiredHttpRole, roleAtLeast } from './access.rules';
import { AUTH_FAILURE_DEFAULTS, AuthFailures, Authenticator, DEFAULT_ROLE_VALUES, isRefusedCredential } from './auth';
import type { AuthenticatedCaller, AuthSettings, OidcSettings } from './auth';
import type { Caller } from '../context';
import { requestIdFrom } from '../context';
import { bodyErrorHandler, checkOperationLimits, DEFAULT_LIMITS, RateLimits } from '../limits';
import type { LimitSettings } from '../limits';
import { Metrics, telemetryPlugin } from '../metrics';
import { refusal, sendRefusal } from '../refusal';
import { checkRequestShape, DEFAULT_REQUEST_SHAPE } from './request.shape';
import type { RequestShapeSettings } from './request.shape';

/** What one WebSocket connection and one token may hold, and how often open sockets' tokens are checked again. */
export interface SocketSettings {
  /** Live subscriptions on one connection. */
  maxSubscriptionsPerConnection: number;
  /** Live subscriptions of one token (or OIDC subject) across its connections to this instance; not for auth off. */
  maxSubscriptionsPerToken: number;
  /** How often the tokens of open sockets are checked again (ms): revoked or expired, the socket closes. */
  recheckMs: number;
}

export const DEFAULT_SOCKETS: SocketSettings = {
  maxSubscriptionsPerConnection: 100,
  maxSubscriptionsPerToken: 500,
  recheckMs: 5000,
};

export interface SecuritySettings {
  auth: AuthSettings;
  limits: LimitSettings;
  sockets?: SocketSettings;
  requests?: RequestShapeSettings;
}

export const DEFAULT_AUTH: AuthSettings = { enabled: true, cacheMs: 5000, ...AUTH_FAILURE_DEFAULTS };

/** Settings with defaults filled in: auth on, the default limits. */
export function securitySettings(
  overrides: {
    auth?: Partial<AuthSettings>;
    limits?: Partial<LimitSettings>;
    sockets?: Partial<SocketSettings>;
    requests?: Partial<RequestShapeSettings>;
  } = {},
): SecuritySettings {
  return {
    auth: { ...DEFAULT_AUTH, ...overrides.auth },
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
    sockets: { ...DEFAULT_SOCKETS, ...overrides.sockets },
    requests: { ...DEFAULT_REQUEST_SHAPE, ...overrides.requests },
  };
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
  ESTATE_AUTH_FAILURE_LIMIT: count(AUTH_FAILURE_DEFAULTS.failureLimit),
  ESTATE_AUTH_FAILURE_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(AUTH_FAILURE_DEFAULTS.failureWindowSeconds),
  ESTATE_MAX_SUBSCRIPTIONS_PER_CONNECTION: count(DEFAULT_SOCKETS.maxSubscriptionsPerConnection),
  ESTATE_MAX_SUBSCRIPTIONS_PER_TOKEN: count(DEFAULT_SOCKETS.maxSubscriptionsPerToken),
  ESTATE_WS_RECHECK_SECONDS: z.coerce
    .number()
    .min(0.1)
    .default(DEFAULT_SOCKETS.recheckMs / 1000),
  ESTATE_MAX_QUERY_NESTING: count(DEFAULT_REQUEST_SHAPE.maxNesting),
  ESTATE_MAX_VARIABLE_DEPTH: count(DEFAULT_REQUEST_SHAPE.maxVariableDepth),
  ESTATE_MAX_QUERY_TOKENS: count(DEFAULT_REQUEST_SHAPE.maxTokens),
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
      negativeCacheMs: AUTH_FAILURE_DEFAULTS.negativeCacheMs,
      failureLimit: e.ESTATE_AUTH_FAILURE_LIMIT,
      failureWindowSeconds: e.ESTATE_AUTH_FAILURE_WINDOW_SECONDS,
      oidc: oidcFromEnv(e),
    },
    limits: {
      maxDepth: e.ESTATE_MAX_DEPTH,
      maxComplexity: e.ESTATE_MAX_COMPLEXITY,
      rateLimit: e.ESTATE_RATE_LIMIT,
      rateWindowSeconds: e.ESTATE_RATE_WINDOW_SECONDS,
    },
    sockets: {
      maxSubscriptionsPerConnection: e.ESTATE_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxSubscriptionsPerToken: e.ESTATE_MAX_SUBSCRIPTIONS_PER_TOKEN,
      recheckMs: Math.round(e.ESTATE_WS_RECHECK_SECONDS * 1000),
    },
    requests: {
      maxNesting: e.ESTATE_MAX_QUERY_NESTING,
      maxVariableDepth: e.ESTATE_MAX_VARIABLE_DEPTH,
      maxTokens: e.ESTATE_MAX_QUERY_TOKENS,
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

/** WebSocket close code 1013 "Try Again Later" (RFC 6455 registry); graphql-ws's CloseCode has none for it. */
const TRY_AGAIN_LATER = 1013;

/** Close codes for a refused or ended connection: graphql-ws's own, and 1013 where retrying later helps. */
const WS_CLOSE: Partial<Record<string, number>> = {
  UNAUTHENTICATED: CloseCode.Unauthorized,
  FORBIDDEN: CloseCode.Forbidden,
  SERVICE_UNAVAILABLE: TRY_AGAIN_LATER,
  RATE_LIMITED: TRY_AGAIN_LATER,
};

/** A close reason within the WebSocket limit of 123 bytes. */
const closeReason = (code: string, reason: string) => Buffer.from(`${code}: ${reason}`).subarray(0, 120).toString();

/** graphql-ws adds "Did you mean …?" to validation errors; with introspection off that would name hidden fields. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean(.+?)\?$/s, '');

/** An authenticated socket: who it is, and the ids of its live subscriptions (what the caps count). */
interface SocketState {
  caller: AuthenticatedCaller;
  conn: number;
  subscriptions: Set<string>;
}

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
  readonly failures: AuthFailures;
  readonly sockets: SocketSettings;
  readonly requests: RequestShapeSettings;
  /** Open, authenticated sockets (removed when they close). */
  private readonly open = new Map<Ws, SocketState>();
  /** Live subscriptions per token key, across this instance's sockets. */
  private readonly perToken = new Map<string, number>();
  private readonly validationRules: readonly ValidationRule[];
  private readonly recheck?: NodeJS.Timeout;
  private rechecking = false;
  private nextWsId = 1;
  private readonly revoked = (id: string) => this.endToken(`token:${id}`, 'the API token was revoked');

  constructor(private readonly options: SecurityOptions) {
    this.metrics = options.metrics ?? new Metrics();
    this.authenticator = new Authenticator(options.executor, options.settings.auth, options.logger);
    this.rateLimits = new RateLimits(options.settings.limits);
    this.failures = new AuthFailures(options.settings.auth);
    this.sockets = { ...DEFAULT_SOCKETS, ...options.settings.sockets };
    this.requests = { ...DEFAULT_REQUEST_SHAPE, ...options.settings.requests };
    this.validationRules = options.introspection
      ? specifiedRules
      : [...specifiedRules, NoSchemaIntrospectionCustomRule];
    if (options.settings.auth.enabled) {
      tokenEvents.on('revoked', this.revoked);
      this.recheck = setInterval(() => void this.recheckSockets(), this.sockets.recheckMs);
      this.recheck.unref();
    }
  }

  close(): void {
    if (this.recheck) clearInterval(this.recheck);
    tokenEvents.off('revoked', this.revoked);
    this.authenticator.close();
  }

  /** graphql's parse options for every query (Apollo's and the WebSocket's): at most `maxTokens` tokens. */
  get parseOptions(): ParseOptions {
    return { maxTokens: this.requests.maxTokens };
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

  /** The caller behind an Authorization value, counting a refused credential against the client's address. */
  private async authenticateFrom(address: string, authorization: unknown): Promise<AuthenticatedCaller> {
    const presented = typeof authorization === 'string' && authorization.trim() !== '';
    if (presented && this.options.settings.auth.enabled) {
      const blocked = await this.failures.blocked(address);
      if (blocked) throw blocked;
    }
    try {
      return await this.authenticator.authenticate(authorization);
    } catch (error) {
      if (isRefusedCredential(authorization, error)) await this.failures.failed(address);
      throw error;
    }
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
      const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const caller = await this.authenticateFrom(address, req.headers.authorization);
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
      this.refuseHttp(req, res, error, requestId);
      return false;
    }
  }

  private refuseHttp(req: Request, res: Response, error: EstateError, requestId: string): void {
    this.metrics.errors.inc({ code: error.code });
    this.options.logger.info(
      { requestId, code: error.code, method: req.method, path: req.path, reason: error.details[0]?.reason },
      'request refused',
    );
    sendRefusal(res, error, undefined, requestId);
  }

  /**
   * After the JSON body parser of /graphql, before Apollo: a query or variables nested deeper than graphql-js
   * can walk without overflowing its stack is refused with 400 LIMIT_EXCEEDED (POST bodies, batches, GET).
   */
  requestShape(): RequestHandler {
    return (req, res, next) => {
      const asked: unknown[] = Array.isArray(req.body) ? req.body : [req.body ?? {}];
      if (req.method === 'GET') asked.push({ query: req.query.query, variables: jsonOrNothing(req.query.variables) });
      for (const one of asked) {
        const { query, variables } = (one ?? {}) as { query?: unknown; variables?: unknown };
        const problem = checkRequestShape(query, variables, this.requests);
        if (problem) {
          this.refuseHttp(req, res, problem, requestIdFrom(req.headers['x-request-id']));
          return;
        }
      }
      next();
    };
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
          if (isSubscription(operation)) throw refusal(subscriptionOverHttp());
          const caller = { actor: contextValue.writer.actor, role: contextValue.role };
          const problem = this.checkOperation(caller, document, operation, request.variables);
          if (problem) throw refusal(problem);
        },
      }),
    };
    const plugins = [guardOperations, unavailablePlugin, telemetryPlugin(this.metrics, this.options.logger)];
    if (!this.options.introspection) {
      plugins.push(
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginDisableSuggestions(),
        noSuggestionsPlugin,
      );
    }
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
      onClose: (ctx: Ws) => this.wsClosed(ctx),
    };
  }

  /** The caller a WebSocket connection authenticated as (set in connection_init, brought up to date on each operation). */
  wsCaller(ctx: { extra: unknown } | object): Caller {
    const state = this.open.get(ctx as Ws);
    if (!state) throw new Error('no caller: the connection was not authenticated');
    return { actor: state.caller.actor, role: state.caller.role };
  }

  /** Live subscriptions per open socket and per token (for tests and diagnostics). */
  wsCounts(): { sockets: number; perToken: Record<string, number> } {
    return { sockets: this.open.size, perToken: Object.fromEntries(this.perToken) };
  }

  private wsAuthorization(ctx: Ws): unknown {
    const params = ctx.connectionParams ?? {};
    return params.authorization ?? params.Authorization ?? ctx.extra.request.headers.authorization;
  }

  private async wsConnect(ctx: Ws): Promise<boolean> {
    const address = ctx.extra.request.socket.remoteAddress ?? 'unknown';
    try {
      const caller = await this.authenticateFrom(address, this.wsAuthorization(ctx));
      // Closed while the token was checked: nothing to keep.
      if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
      this.open.set(ctx, { caller, conn: this.nextWsId++, subscriptions: new Set() });
      return true;
    } catch (error) {
      const code = error instanceof EstateError ? error.code : 'INTERNAL_SERVER_ERROR';
      this.metrics.errors.inc({ code });
      const reason = error instanceof EstateError ? (error.details[0]?.reason ?? error.message) : 'internal error';
      this.options.logger.info({ code, reason }, 'websocket connection refused');
      // Close with the graphql-ws code that fits; returning false then cannot override it.
      ctx.extra.socket.close(WS_CLOSE[code] ?? CloseCode.InternalServerError, closeReason(code, reason));
      return false;
    }
  }

  /** End a socket whose token no longer works: 4403 (Forbidden) with the reason; its subscriptions end with it. */
  private wsEnd(ctx: Ws, reason: string): void {
    this.metrics.errors.inc({ code: 'FORBIDDEN' });
    this.options.logger.info({ reason }, 'websocket closed: its token no longer works');
    this.wsClosed(ctx);
    ctx.extra.socket.close(CloseCode.Forbidden, closeReason('FORBIDDEN', reason));
  }

  /** Close every socket of one token key (revoked in this process). */
  private endToken(key: string, reason: string): void {
    for (const [ctx, state] of [...this.open]) if (state.caller.key === key) this.wsEnd(ctx, reason);
  }

  /**
   * Every few seconds: sockets whose token expired, or was revoked (here, by the CLI or by another instance),
   * are closed. One read for all the sockets' tokens; a database error leaves the sockets as they are.
   */
  async recheckSockets(now = Date.now()): Promise<void> {
    if (this.rechecking || this.open.size === 0) return;
    this.rechecking = true;
    try {
      const ids = new Set<string>();
      for (const [ctx, state] of [...this.open]) {
        const { caller } = state;
        if (caller.expiresAt !== undefined && caller.expiresAt <= now) this.wsEnd(ctx, expiredReason(caller));
        else if (caller.via === 'token') ids.add(tokenIdOf(caller));
      }
      if (ids.size === 0) return;
      const states = await tokenStates(this.options.executor, [...ids], new Date(now));
      for (const [ctx, state] of [...this.open]) {
        if (state.caller.via !== 'token') continue;
        const id = tokenIdOf(state.caller);
        const found = states.get(id);
        if (found?.ok) continue;
        this.authenticator.forgetToken(id);
        const reason = !found
          ? 'the API token no longer exists'
          : found.reason === 'revoked'
            ? 'the API token was revoked'
            : 'the API token has expired';
        this.wsEnd(ctx, reason);
      }
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not re-check the tokens of open sockets');
    } finally {
      this.rechecking = false;
    }
  }

  private async wsSubscribe(ctx: Ws, id: string, payload: SubscribePayload) {
    const state = this.open.get(ctx);
    if (!state)
      return [
        refusal(new EstateError('UNAUTHENTICATED', 'not authenticated', [{ reason: 'connection_init was refused' }])),
      ];
    // The token again, on every operation (the authenticator's short cache keeps this cheap).
    try {
      state.caller = await this.authenticator.authenticate(this.wsAuthorization(ctx));
    } catch (error) {
      if (!(error instanceof EstateError)) throw error;
      if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
        this.wsEnd(ctx, error.details[0]?.reason ?? error.message);
      }
      return this.wsRefused(error);
    }
    const limited = await this.rateLimits.consume(state.caller.key);
    if (limited) return this.wsRefused(limited);
    const shape = checkRequestShape(payload.query, payload.variables, this.requests);
    if (shape) return this.wsRefused(shape);
    let document: DocumentNode;
    try {
      document = parse(payload.query, this.parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const invalid = validate(this.options.schema, document, this.validationRules);
    if (invalid.length > 0) {
      return invalid.map(
        (e) =>
          new GraphQLError(this.options.introspection ? e.message : withoutSuggestions(e.message), {
            nodes: e.nodes,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [new GraphQLError('Unable to identify operation')];
    const problem = this.checkOperation(state.caller, document, operation, payload.variables ?? undefined);
    if (problem) return this.wsRefused(problem);
    if (isSubscription(operation)) {
      const full = this.subscriptionCap(state);
      if (full) return this.wsRefused(full);
      state.subscriptions.add(id);
      this.perToken.set(state.caller.key, (this.perToken.get(state.caller.key) ?? 0) + 1);
    }
    return {
      schema: this.options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }

  /** LIMIT_EXCEEDED when the connection, or the token across its connections, holds as many subscriptions as allowed. */
  private subscriptionCap(state: SocketState): EstateError | undefined {
    const { maxSubscriptionsPerConnection: perConnection, maxSubscriptionsPerToken: perToken } = this.sockets;
    if (state.subscriptions.size >= perConnection) {
      return capExceeded(
        'maxSubscriptionsPerConnection',
        perConnection,
        `this connection already has ${state.subscriptions.size} live subscriptions; the limit (maxSubscriptionsPerConnection) is ${perConnection}: complete one first`,
      );
    }
    const held = this.perToken.get(state.caller.key) ?? 0;
    if (state.caller.via !== 'local' && held >= perToken) {
      return capExceeded(
        'maxSubscriptionsPerToken',
        perToken,
        `${state.caller.actor} already has ${held} live subscriptions over its connections; the limit (maxSubscriptionsPerToken) is ${perToken}`,
      );
    }
    return undefined;
  }

  /** A subscription ended (or never started): it no longer counts against its connection and token. */
  private release(state: SocketState, id: string): void {
    if (!state.subscriptions.delete(id)) return;
    const left = (this.perToken.get(state.caller.key) ?? 1) - 1;
    if (left > 0) this.perToken.set(state.caller.key, left);
    else this.perToken.delete(state.caller.key);
  }

  private wsClosed(ctx: Ws): void {
    const state = this.open.get(ctx);
    if (!state) return;
    this.open.delete(ctx);
    for (const id of [...state.subscriptions]) this.release(state, id);
  }

  private wsRefused(error: EstateError): GraphQLError[] {
    this.metrics.errors.inc({ code: error.code });
    return [refusal(error)];
  }

  /**
   * Counts a live subscription until its stream ends, however it ends; before each event the socket's
   * credential is checked for expiry (no database read), so an expired token receives nothing more.
   */
  private wsTrack(ctx: Ws, id: string, result: unknown): OperationResult | undefined {
    const state = this.open.get(ctx);
    if (!isAsyncIterator(result)) {
      if (state) this.release(state, id);
      return undefined;
    }
    const key = `${state?.conn ?? 0}:${id}`;
    this.metrics.subscriptionStarted(key);
    const stillValid = () => {
      const caller = state?.caller;
      if (!caller || caller.expiresAt === undefined || caller.expiresAt > Date.now()) return true;
      this.wsEnd(ctx, expiredReason(caller));
      return false;
    };
    return tracked(
      result,
      () => {
        this.metrics.subscriptionEnded(key);
        if (state) this.release(state, id);
      },
      stillValid,
    ) as AsyncIterable<ExecutionResult>;
  }
}

const tokenIdOf = (caller: AuthenticatedCaller) => caller.key.slice('token:'.length);

const expiredReason = (caller: AuthenticatedCaller) =>
  caller.via === 'oidc' ? 'the JWT has expired (exp)' : 'the API token has expired';

const capExceeded = (limit: string, max: number, message: string) =>
  new EstateError('LIMIT_EXCEEDED', message, [{ field: limit, reason: message }], { limit, max });

/** A subscription sent over HTTP: it is served over WebSocket only. */
function subscriptionOverHttp(): EstateError {
  const reason =
    'subscriptions are served over WebSocket (graphql-transport-ws protocol, e.g. the graphql-ws client) at this same URL, not over HTTP POST or GET';
  return new EstateError('BAD_USER_INPUT', `bad request: ${reason}`, [{ field: 'operation', reason }]);
}

/** A JSON query-string value parsed, or undefined when it is not JSON (Apollo then refuses it itself). */
function jsonOrNothing(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** With introspection off, no "Did you mean …?" in any error (variable coercion names enum values too). */
const noSuggestionsPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      result.errors = result.errors?.map((e) => ({ ...e, message: withoutSuggestions(e.message) }));
    },
  }),
};

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
 * The same stream, calling `onEnd` once when it finishes, fails or is closed, and ending it before an event
 * that `deliver` refuses. A plain iterator object
 * (not an async generator), so a `return()` from graphql-ws reaches the source at once even while a
 * `next()` is waiting.
 */
function tracked(source: Iter, onEnd: () => void, deliver: () => boolean = () => true): Iter {
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
        else if (!deliver()) {
          // The caller may no longer receive events: the stream ends here, the event unsent.
          end();
          await source.return?.();
          return { done: true, value: undefined };
        }
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

function isSubscription(operation: OperationDefinitionNode): boolean {
  return (operation.operation as string) === 'subscription';
}
