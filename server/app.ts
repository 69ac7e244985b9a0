/**
 * The composition root: one HTTP server carrying GraphQL over POST and
 * over WebSocket (graphql-ws) on the same port and path, plus the health
 * endpoints. It gets a ready Executor; it neither starts nor stops Neo4j.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Express } from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Executor } from '../graph/platform/executor';
import { ChangeFeed } from '../graph/changelog/changes.feed';
import type { FeedOptions } from '../graph/changelog/changes.feed';
import { HealthWatch } from '../graph/impact/impact.watch';
import { healthOf } from '../graph/impact/impact.health';
import { JobProgressBus } from '../graph/platform/jobs.progress';
import { WebhookDispatcher } from '../graph/changelog/webhooks.dispatcher';
import type { DispatcherOptions } from '../graph/changelog/webhooks.dispatcher';
import { migrationsApplied } from '../graph/platform/migrations';
import { buildEstateSchema } from './graphql/build';
import type { Context, Services } from '../resolvers/platform/context';
import { buildContext, requestIdFrom } from './context';
import { formatError, isInternal } from './errors';
import { importRoutes } from './imports/import.routes';
import { sbomRoutes } from './security/sbom.routes';
import type { Metrics } from './metrics';
import { listRoutes } from './routes';
import type { RouteEntry } from './routes';
import { OPEN_SETTINGS, Security } from './access/security';
import type { SecuritySettings } from './access/security';
import { sharedSubscribe } from './subscriptions';

export interface AppOptions {
  executor: Executor;
  logger: Logger;
  port: number;
  host: string;
  introspection: boolean;
  maxBody: string;
  /** Tuning for the change feed (subscriptions) and webhook delivery; defaults suit production. */
  changes?: { feed?: Partial<FeedOptions>; webhooks?: Partial<DispatcherOptions> };
  /** Authentication, limits and rate (server/security.ts); omitted: OPEN_SETTINGS (no auth, for in-process tools). */
  security?: SecuritySettings;
  /** Private folder for import uploads and reports (server/import.routes.ts); omitted: a new one under the OS temp folder. */
  importDir?: string;
  /** Liveness beyond "the process answers": false once the embedded Neo4j cannot be restarted (server/database.ts). */
  liveness?: () => { alive: true } | { alive: false; reason: string };
}

export interface RunningApp {
  url: string;
  wsUrl: string;
  port: number;
  /** The change feed, job progress bus and webhook dispatcher this server runs. */
  services: Services;
  /** This server's Prometheus metrics (also at /metrics). */
  metrics: Metrics;
  /** Every HTTP route this server registered (server/routes.ts), for tests that must cover them all. */
  routes: RouteEntry[];
  stop(): Promise<void>;
}

/** Reports what the request cost and stamps the request id on every error. */
function costAndRequestIdPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isInternal(error)) {
              logger.error(
                { err: error.originalError ?? error, requestId: contextValue.requestId, operationName },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            estate: {
              requestId: contextValue.requestId,
              queries: contextValue.db.stats.queries,
              dbMs: Math.round(contextValue.db.stats.dbMs),
            },
          };
          result.errors = result.errors?.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

/** Subscription errors get the same shape as query errors (graphql-ws does not run Apollo's formatError). */
const formatAll = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

/** The process-wide services one server runs: the change feed and what follows it. */
async function startServices(executor: Executor, logger: Logger, changes: AppOptions['changes']) {
  const feed = new ChangeFeed(executor, changes?.feed, logger);
  const services: Services = {
    feed,
    health: new HealthWatch(feed, (ids) => healthOf(executor, ids), logger),
    jobProgress: new JobProgressBus(),
    webhooks: new WebhookDispatcher(executor, feed, changes?.webhooks, logger),
  };
  await feed.start();
  // A write committed here: the feed reads the log at once rather than at its next poll.
  const unnotify = executor.onCommit(() => feed.notify());
  await services.webhooks.start();
  return {
    services,
    stop: async (stage: (name: string) => void) => {
      await services.webhooks.stop();
      stage('webhook deliveries finished');
      services.health.stop();
      unnotify();
      await feed.stop();
      stage('change feed stopped');
      services.jobProgress.close();
    },
  };
}

interface Parts {
  options: AppOptions;
  schema: GraphQLSchema;
  security: Security;
  services: Services;
}

/** GraphQL over WebSocket (graphql-ws) on the HTTP server's port and path; returns its cleanup. */
function serveWebSockets(httpServer: Server, { options, schema, security, services }: Parts) {
  const { executor, logger } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  return useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      ...security.wsHooks(),
      context: (ctx) => buildContext(executor, services, security.wsCaller(ctx)),
      // One execution per change for subscribers that ask the same as the same caller (server/subscriptions.ts).
      subscribe: sharedSubscribe(),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
        return formatAll(errors);
      },
    },
    wsServer,
  );
}

/** Apollo Server for GraphQL over HTTP, draining the WebSocket server with the HTTP one. */
function createApollo(httpServer: Server, wsCleanup: { dispose(): unknown }, { options, schema, security }: Parts) {
  return new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    formatError,
    // maxTokens: a query of more tokens is refused while parsing (server/request.shape.ts has the nesting checks).
    parseOptions: security.parseOptions,
    includeStacktraceInErrorResponses: false,
    // The process owner (server/main.ts) handles SIGINT/SIGTERM and calls stop(); Apollo's own handlers
    // would start a second shutdown and re-send the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // Estate sends no cache hints; left on, the plugin wraps every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      costAndRequestIdPlugin(options.logger),
      ...security.plugins(),
    ],
  });
}

/** Liveness and readiness: the only routes without a token. */
function mountHealth(app: Express, { executor, liveness }: AppOptions): void {
  app.get('/healthz', (_req, res) => {
    // 503 only when waiting cannot help (the database is gone for good): an orchestrator then
    // replaces the process. A restart in progress keeps this 200 and /readyz 503.
    const live = liveness?.() ?? { alive: true };
    if (live.alive) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'neo4j cannot be restarted', reason: live.reason });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const ready = await migrationsApplied(executor);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch {
      res.status(503).json({ status: 'neo4j unreachable' });
    }
  });
}

/** Every route behind the guard: metrics, the import routes, GraphQL over HTTP. */
function mountGuarded(app: Express, apollo: ApolloServer<Context>, { options, security, services }: Parts) {
  const { executor, logger } = options;
  app.use(security.guard());
  app.get('/metrics', security.metrics.handler()); // a viewer token, like every route but the health checks
  const imports = importRoutes({ executor, logger, progress: services.jobProgress, dir: options.importDir });
  app.use(imports.router);
  app.use(sbomRoutes({ executor, logger }));
  app.use(
    '/graphql',
    express.json({ limit: options.maxBody }),
    security.requestShape(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(executor, services, security.callerOf(res), requestIdFrom(req.headers['x-request-id'])),
    }),
  );
  app.use(security.bodyErrors());
  return imports;
}

function listen(httpServer: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { executor, logger } = options;
  const schema = buildEstateSchema();
  const security = new Security({
    executor,
    logger,
    schema,
    settings: options.security ?? OPEN_SETTINGS,
    introspection: options.introspection,
    maxBody: options.maxBody,
  });
  const { services, stop: stopServices } = await startServices(executor, logger, options.changes);
  const parts: Parts = { options, schema, security, services };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const wsCleanup = serveWebSockets(httpServer, parts);
  const apollo = createApollo(httpServer, wsCleanup, parts);
  await apollo.start();
  mountHealth(app, options);
  const imports = mountGuarded(app, apollo, parts);
  await listen(httpServer, options.port, options.host);
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, 'Estate API ready');
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    port,
    services,
    metrics: security.metrics,
    routes: listRoutes(app),
    stop: async () => {
      const started = Date.now();
      const stage = (name: string) => logger.debug({ stage: name, ms: Date.now() - started }, 'stopping');
      await apollo.stop();
      stage('http and websockets drained');
      await stopServices(stage);
      security.close();
      imports.stop();
    },
  };
}
