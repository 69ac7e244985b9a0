/** Full-text search across every CI: names, descriptions, host names, serial numbers, asset tags. */
import { luceneQuery } from '../../../graph/items/items.query';
import { FULLTEXT_INDEX } from '../../../graph/platform/migrations';
import { comparison } from '../../runner';

interface Hit {
  id: string;
  score: number;
}

/**
 * What the three answers must agree on. Hits tied on the lowest score may be cut differently at the
 * limit (Neo4j breaks ties one way with a limit and another without), so those are compared by count.
 */
interface SearchShape {
  hits: number;
  above: string[];
}

function toShape(hits: Hit[]): SearchShape {
  const lowest = Math.min(...hits.map((h) => h.score));
  const above = hits.filter((h) => h.score > lowest).map((h) => h.id);
  return { hits: hits.length, above: above.sort() };
}

/** An operator looking for everything about a service types its name; it hits the service's kin too. */
const FIRST = 50;

const FLOOR = `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $first}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.class AS class, score`;

const PEER = `
query ($lucene: String!, $first: Int) {
  searchItems(phrase: $lucene, first: $first) { edges { score node { id name class } } }
}`;

export const searchScenario = comparison({
  name: 'search',
  description: `full-text search for the name of a business service, the ${FIRST} best hits`,
  targets: { floorRatio: 1.5 },
  variables: async (ctx) => {
    const [{ name }] = await ctx.floor.read('MATCH (n:CI {id: $id}) RETURN n.name AS name', {
      id: ctx.ids.sampleBusinessServiceId,
    });
    const text = name as string;
    return { text, lucene: luceneQuery(text)!, first: FIRST };
  },
  estate: async (ctx, v) =>
    toShape(
      (await ctx.api.sdk.Search({ text: v.text, first: v.first })).data.search.map((h) => ({
        id: h.item.id,
        score: h.score,
      })),
    ),
  floor: async (ctx, v) => toShape((await ctx.floor.read(FLOOR, v)) as unknown as Hit[]),
  peer: async (ctx, v) =>
    toShape(
      (
        await ctx.peer.request<{ searchItems: { edges: { score: number; node: { id: string } }[] } }>(PEER, {
          lucene: v.lucene,
          first: v.first,
        })
      ).searchItems.edges.map((e) => ({ id: e.node.id, score: e.score })),
    ),
});
