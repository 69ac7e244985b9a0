/**
 * Operations telemetry: Prometheus metrics (prom-client, one registry per
 * server) served at /metrics, and the one structured log line each GraphQL
 * request writes (request id, operation, ms, queries, actor, error codes).
 *
 *   estate_graphql_request_duration_seconds{operation,type}  request latency
 *   estate_errors_total{code}                                 errors by extensions.code (HTTP refusals included)
 *   estate_neo4j_request_seconds{operation}                   Neo4j time per request
 *   estate_neo4j_queries_total                                Cypher statements run
 *   estate_active_subscriptions                               live graphql-ws subscriptions
 *   estate_http_requests_in_flight                            requests being answered now
 * plus prom-client's process and Node.js defaults (memory, CPU, event-loop lag, GC).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../resolvers/platform/context';

/** Distinct operation names kept as labels; later ones count as `other` (names come from clients). */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class Metrics {
  readonly registry = new Registry();
  readonly requestSeconds: Histogram<'operation' | 'type'>;
  readonly errors: Counter<'code'>;
  readonly neo4jSeconds: Histogram<'operation'>;
  readonly neo4jQueries: Counter;
  readonly subscriptions: Gauge;
  readonly inFlight: Gauge;
  private readonly operations = new Set<string>();
  private readonly live = new Set<string>();

  constructor(options: { defaults?: boolean } = {}) {
    const registers = [this.registry];
    this.requestSeconds = new Histogram({
      name: 'estate_graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'estate_errors_total',
      help: 'Errors answered, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.neo4jSeconds = new Histogram({
      name: 'estate_neo4j_request_seconds',
      help: 'Time one request spent in Neo4j queries, by operation name',
      labelNames: ['operation'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    });
    this.neo4jQueries = new Counter({
      name: 'estate_neo4j_queries_total',
      help: 'Cypher statements run for GraphQL requests',
      registers,
    });
    const live = this.live;
    this.subscriptions = new Gauge({
      name: 'estate_active_subscriptions',
      help: 'Live graphql-ws subscriptions',
      registers,
      collect() {
        this.set(live.size);
      },
    });
    this.inFlight = new Gauge({
      name: 'estate_http_requests_in_flight',
      help: 'HTTP requests being answered now',
      registers,
    });
    if (options.defaults !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  subscriptionStarted(key: string): void {
    this.live.add(key);
  }

  subscriptionEnded(key: string): void {
    this.live.delete(key);
  }

  get activeSubscriptions(): number {
    return this.live.size;
  }

  /** GET /metrics in the Prometheus text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.set('Content-Type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }

  /** Counts requests in flight (express middleware, before the routes). */
  inFlightCounter(): RequestHandler {
    return (_req, res, next) => {
      this.inFlight.inc();
      res.once('close', () => this.inFlight.dec());
      next();
    };
  }
}

/** Observes every GraphQL request over HTTP and writes its log line. */
export function telemetryPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operation, operationName }) {
          const seconds = (performance.now() - started) / 1000;
          const name = operationName ?? request.operationName ?? undefined;
          const label = metrics.operationLabel(name);
          const type = operation?.operation ?? 'invalid';
          const codes =
            response.body.kind === 'single'
              ? (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'))
              : [];
          metrics.requestSeconds.observe({ operation: label, type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          const { queries, dbMs } = contextValue.db.stats;
          metrics.neo4jQueries.inc(queries);
          if (queries > 0) metrics.neo4jSeconds.observe({ operation: label }, dbMs / 1000);
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: name ?? null,
              type,
              ms: Math.round(seconds * 1000 * 10) / 10,
              queries,
              dbMs: Math.round(dbMs * 10) / 10,
              actor: contextValue.writer.actor,
              role: contextValue.role,
              ...(codes.length ? { errors: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
