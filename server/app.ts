/**
 * The composition root: one HTTP server carrying GraphQL over POST and
 * over WebSocket (graphql-ws) on the same port and path, plus the health
 * endpoints. It gets a ready Executor; it neither starts nor stops Neo4j.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import type { Executor } from '../graph/executor';
import { migrationsApplied } from '../graph/migrations';
import { buildEstateSchema } from '../schema/build';
import type { Context } from '../resolvers/context';
import { buildContext, LOCAL_OPERATOR, requestIdFrom } from './context';
import { formatError, isInternal } from './errors';

export interface AppOptions {
  executor: Executor;
  logger: Logger;
  port: number;
  host: string;
  introspection: boolean;
  maxBody: string;
}

export interface RunningApp {
  url: string;
  wsUrl: string;
  port: number;
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

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { executor, logger } = options;
  const schema = buildEstateSchema();
  const app = express();
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      context: () => buildContext(executor, LOCAL_OPERATOR),
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
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
      costAndRequestIdPlugin(logger),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const ready = await migrationsApplied(executor);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch {
      res.status(503).json({ status: 'neo4j unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: options.maxBody }),
    expressMiddleware(apollo, {
      context: async ({ req }) => buildContext(executor, LOCAL_OPERATOR, requestIdFrom(req.headers['x-request-id'])),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  logger.info({ url }, 'Estate API ready');
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    port,
    stop: async () => {
      await apollo.stop();
    },
  };
}
