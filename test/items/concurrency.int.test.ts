/**
 * Optimistic concurrency through the API: 50 parallel writers with the
 * same expectedVersion, exactly one wins and no update is lost; writers
 * that re-read and retry on CONFLICT all land, one version each.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';

jest.setTimeout(180_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const WRITERS = 50;
/** Writers in the retry test: every conflict costs a re-read and a retry, so fewer keep it quick. */
const RETRIERS = 20;

async function createTeam(id: string) {
  return ok(await api.sdk.CreateItem({ input: { class: 'Team', id, name: id, tags: [] } })).createItem;
}

it(`lets exactly one of ${WRITERS} parallel writers with the same expectedVersion win; the rest get CONFLICT`, async () => {
  const id = 'conc-race-50';
  await createTeam(id);
  const answers = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) =>
      api.sdk.UpdateItem({ id, expectedVersion: 1, patch: { description: `writer-${i}` } }),
    ),
  );
  const winners = answers.filter((a) => !a.errors?.length);
  const losers = answers.filter((a) => a.errors?.length);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(WRITERS - 1);
  for (const loser of losers) {
    expect(loser.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
      currentVersion: 2,
    });
  }
  // The stored CI is the winner's write, at version 2, with exactly one UPDATE change recorded.
  const winner = winners[0].data.updateItem;
  const [row] = await cypher(
    api.executor,
    "MATCH (n:CI {id: $id}) RETURN n.version AS version, n.description AS description, COUNT { (c:Change {ciId: $id, op: 'UPDATE'}) } AS updates",
    { id },
  );
  expect(row).toEqual({ version: 2, description: winner.description, updates: 1 });
});

it(`loses no update when ${RETRIERS} writers each re-read and retry on CONFLICT`, async () => {
  const id = 'conc-retry-50';
  await createTeam(id);
  let conflicts = 0;
  const writer = async (i: number) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const current = ok(await api.sdk.Item({ id })).item!;
      const answer = await api.sdk.UpdateItem({
        id,
        expectedVersion: current.version,
        patch: { tags: [...current.tags, `w${i}`] },
      });
      if (!answer.errors?.length) return attempt;
      expect(answer.errors[0].extensions?.code).toBe('CONFLICT');
      conflicts++;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt + 1)));
    }
    throw new Error(`writer ${i} never landed`);
  };
  await Promise.all(Array.from({ length: RETRIERS }, (_, i) => writer(i)));
  const item = ok(await api.sdk.Item({ id })).item!;
  // Every writer's tag is there: each read-modify-write saw the one before it.
  expect([...item.tags].sort()).toEqual(Array.from({ length: RETRIERS }, (_, i) => `w${i}`).sort());
  expect(item.version).toBe(RETRIERS + 1);
  const [row] = await cypher(api.executor, "RETURN COUNT { (c:Change {ciId: $id, op: 'UPDATE'}) } AS updates", { id });
  expect(row.updates).toBe(RETRIERS);
  expect(conflicts).toBeGreaterThan(0);
});
