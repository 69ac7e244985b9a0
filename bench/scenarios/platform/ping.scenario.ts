/**
 * The least a request can cost: `{ __typename }` over HTTP against `RETURN 1` through the driver. Not a
 * target, a yardstick: it is the per-request overhead (HTTP, JSON, GraphQL parse and validate, the
 * server's plugins and context) that every other Estate figure includes and the floor does not.
 */
import { comparison } from '../../runner';

export const pingScenario = comparison({
  name: 'ping',
  description: 'the per-request floor: `{ __typename }` over HTTP, against `RETURN 1` through the driver',
  variables: () => ({}),
  estate: async (ctx) => (await ctx.api.sdk.BenchPing()).data.__typename,
  floor: async (ctx) => ((await ctx.floor.read('RETURN 1 AS one'))[0].one === 1 ? 'Query' : 'wrong'),
  peer: async (ctx) => (await ctx.peer.request<{ __typename: string }>('{ __typename }')).__typename,
});
