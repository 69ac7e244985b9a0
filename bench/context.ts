/**
 * What every scenario gets: the seeded estate's well-known ids, Estate's API
 * over HTTP (the generated SDK), the @neo4j/graphql peer over HTTP, and the
 * raw driver for the hand-written Cypher floor. One context per bench run.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { GraphQLClient } from 'graphql-request';
import { toNeo4jParams } from '../graph/platform/executor';
import type { Executor, Row } from '../graph/platform/executor';
import type { EstateSize, GeneratedEstate } from '../server/demo/estate.generator';
import type { RunningApp } from '../server/app';
import { getSdk } from '../sdk/generated';
import type { Sdk } from '../sdk/generated';

/** The generated estate without its node and relationship lists: counts and well-known ids. */
export type EstateIds = Omit<GeneratedEstate, 'nodes' | 'relationships'>;

export interface BenchContext {
  size: EstateSize;
  seed: number;
  ids: EstateIds;
  /**
   * Unique to this bench run: put it in the id of every CI a write scenario creates. Estate never reuses
   * the id of a deleted CI, so fixed ids would be refused (CONFLICT) on the next run.
   */
  runId: string;
  /**
   * Estate's GraphQL API, started in this process on a loopback port; the SDK throws on GraphQL errors.
   * `lastCost` is what the latest SDK request cost the database (`extensions.estate`).
   */
  api: { app: RunningApp; url: string; client: GraphQLClient; sdk: Sdk; lastCost?: RequestCost };
  /** The @neo4j/graphql peer over the same graph, on its own loopback port. */
  peer: { url: string; request<T>(query: string, variables?: Record<string, unknown>): Promise<T> };
  /** The floor: one hand-written Cypher statement through the driver, records mapped to plain objects. */
  floor: { read(query: string, params?: Record<string, unknown>): Promise<Row[]> };
  /** Estate's executor (for setup and clean-up in write scenarios; not for timing reads). */
  executor: Executor;
  driver: Driver;
  database?: string;
  /** A progress line on stderr. */
  log(line: string): void;
}

/** What one Estate request cost, as the server reports it in `extensions.estate`. */
export interface RequestCost {
  queries: number;
  dbMs: number;
}

/** Estate's API as scenarios use it: the generated SDK over HTTP, noting each answer's cost in `lastCost`. */
export function estateApi(app: RunningApp): BenchContext['api'] {
  const client = new GraphQLClient(app.url);
  const api: Omit<BenchContext['api'], 'sdk'> = { app, url: app.url, client };
  const sdk = getSdk(client, async (action) => {
    const answer = await action();
    const cost = (answer as { extensions?: { estate?: RequestCost } }).extensions?.estate;
    if (cost) api.lastCost = { queries: cost.queries, dbMs: cost.dbMs };
    return answer;
  });
  return Object.assign(api, { sdk });
}

/**
 * The floor's read path: `executeQuery` in a read transaction, each record turned into a plain object.
 * Whole numbers go as Neo4j integers (LIMIT refuses floats), as with Estate's executor.
 */
export function floorReader(driver: Driver, database?: string): BenchContext['floor'] {
  return {
    read: async (query, params = {}) => {
      const result = await driver.executeQuery(query, toNeo4jParams(params), {
        routing: neo4j.routing.READ,
        database,
      });
      return result.records.map((r) => r.toObject());
    },
  };
}
