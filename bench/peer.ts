/**
 * The peer: the Neo4j GraphQL Library (`@neo4j/graphql`), which compiles a
 * whole GraphQL query into one Cypher statement, over the same graph with its
 * own type definitions, served like Estate (Apollo Server on express) on a
 * loopback port of its own.
 *
 * The type definitions map our labels and relationship types as a user of the
 * library would, choosing what is fastest for it: relationship fields point
 * at one generic `CI` type (a union or interface of our 21 classes would make
 * it match every label in turn), and the root types a scenario starts from
 * (`Server`, `BusinessService`) carry both their class label and `CI`, so an
 * id lookup uses the unique index on `:CI(id)`. Relationship fields have the
 * names and directions of Estate's neighbour fields.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { FULLTEXT_INDEX, FULLTEXT_PROPERTIES } from '../graph/platform/migrations';
import { NEIGHBOUR_FIELDS } from '../resolvers/items/neighbour.fields';

/** The neighbour fields the scenarios follow, with Estate's names and directions. */
const PEER_RELATIONSHIPS = ['dependsOn', 'runsOn', 'hosts', 'location', 'owner'];

const relationshipFields = NEIGHBOUR_FIELDS.filter((f) => PEER_RELATIONSHIPS.includes(f.name))
  .map((f) => `  ${f.name}: [CI!]! @relationship(type: "${f.type}", direction: ${f.direction})`)
  .join('\n');

/** Scalar fields of every peer type: the common ones, the server fields the scenarios read, the searchable text. */
const scalarFields = [
  'id: ID!',
  'name: String!',
  'class: String!',
  'lifecycleState: String',
  'operationalStatus: String',
  'version: Int',
  'updatedAt: String',
  'cpuCores: Int',
  'memoryGb: Int',
  'os: String',
  'criticality: String',
  ...FULLTEXT_PROPERTIES.filter((p) => p !== 'name').map((p) => `${p}: String`),
]
  .map((f) => `  ${f}`)
  .join('\n');

const nodeType = (name: string, labels: string[], extra = '') =>
  `type ${name} @node(labels: [${labels.map((l) => `"${l}"`).join(', ')}])${extra} {\n${scalarFields}\n${relationshipFields}\n}`;

export const PEER_TYPE_DEFS = [
  nodeType(
    'CI',
    ['CI'],
    ` @fulltext(indexes: [{ indexName: "${FULLTEXT_INDEX}", queryName: "searchItems", fields: [${FULLTEXT_PROPERTIES.map((p) => `"${p}"`).join(', ')}] }])`,
  ),
  nodeType('Server', ['Server', 'CI']),
  nodeType('BusinessService', ['BusinessService', 'CI']),
].join('\n\n');

/** The installed @neo4j/graphql version (its package.json is not exported; it sits above dist/). */
export function peerVersion(): string {
  const manifest = join(dirname(require.resolve('@neo4j/graphql')), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

/** The peer's GraphQL API over HTTP on 127.0.0.1 and a free port, reading through `driver`. */
export async function startPeer(driver: Driver, database?: string): Promise<RunningPeer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema,
    introspection: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => (database ? { sessionConfig: { database } } : {}) }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
