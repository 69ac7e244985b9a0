/**
 * Races between relate/unrelate calls through the API: concurrent relates that
 * together would close a PART_OF cycle (directly, or with edges already there),
 * and concurrent unrelates of one edge, which must delete it and log it once.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';

jest.setTimeout(240_000);

let api: TestApi;

const ROUNDS = 15;
const UNRELATERS = 10;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

async function services(ids: string[]): Promise<void> {
  for (const id of ids) ok(await api.sdk.CreateItem({ input: { class: 'BusinessService', id, name: id } }));
}

const relate = (from: string, to: string) => api.sdk.Relate({ input: { from, type: 'PART_OF', to, properties: {} } });

/** True when PART_OF among `ids` has a cycle (some node reaches itself). */
async function hasCycle(ids: string[]): Promise<boolean> {
  const [row] = await cypher(
    api.executor,
    'MATCH (n:CI) WHERE n.id IN $ids RETURN any(x IN collect(EXISTS { (n)-[:PART_OF]->+(n) }) WHERE x) AS cycle',
    { ids },
  );
  return row.cycle as boolean;
}

it(`never closes a PART_OF cycle with three concurrent relates a→b, b→c, c→a (${ROUNDS} rounds)`, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const ids = [`race3-${round}-a`, `race3-${round}-b`, `race3-${round}-c`];
    await services(ids);
    const [a, b, c] = ids;
    const answers = await Promise.all([relate(a, b), relate(b, c), relate(c, a)]);
    // Exactly one of the three is refused, as a cycle, and the graph has no cycle.
    const refusals = answers.filter((x) => x.errors?.length).map((x) => x.errors![0]);
    expect(refusals).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'to' }) }),
    ]);
    expect(await hasCycle(ids)).toBe(false);
  }
});

it(`never closes a longer PART_OF cycle from two concurrent relates whose endpoints differ (${ROUNDS} rounds)`, async () => {
  // b→c and d→a exist; a→b and c→d together close a→b→c→d→a, but share no endpoint.
  for (let round = 0; round < ROUNDS; round++) {
    const ids = ['a', 'b', 'c', 'd'].map((x) => `race4-${round}-${x}`);
    await services(ids);
    const [a, b, c, d] = ids;
    ok(await relate(b, c));
    ok(await relate(d, a));
    const answers = await Promise.all([relate(a, b), relate(c, d)]);
    expect(answers.filter((x) => x.errors?.length).map((x) => x.errors![0].extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await hasCycle(ids)).toBe(false);
  }
});

it(`deletes and logs an edge once when ${UNRELATERS} unrelate it at the same time (${ROUNDS} rounds)`, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const [from, to] = [`unrel-${round}-from`, `unrel-${round}-to`];
    await services([from, to]);
    ok(await relate(from, to));
    const answers = await Promise.all(
      Array.from({ length: UNRELATERS }, () => api.sdk.Unrelate({ from, type: 'PART_OF', to })),
    );
    // One caller deleted it and says true; the others found nothing to delete.
    expect(answers.map((x) => ok(x).unrelate).filter(Boolean)).toHaveLength(1);
    const [row] = await cypher(
      api.executor,
      `RETURN COUNT { (:CI {id: $from})-[:PART_OF]->(:CI {id: $to}) } AS edges,
              COUNT { (c:Change {ciId: $from, op: 'UNRELATE'}) } AS unrelates`,
      { from, to },
    );
    expect(row).toEqual({ edges: 0, unrelates: 1 });
  }
});
