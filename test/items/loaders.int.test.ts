/**
 * The request's neighbour loaders: a list a root field read ahead is
 * answered from memory, both to the field resolvers (`primed`, no promise)
 * and through the DataLoader, which queries Neo4j only for the other CIs.
 */
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../graph/platform/executor';
import type { Item } from '../../graph/items/items.mapping';
import type { Neighbour } from '../../graph/items/relationships';
import { createLoaders } from '../../resolvers/platform/loaders';
import { resetGraph, testDriver, testExecutor } from '../support/api';

let driver: Driver;
let executor: Executor;

beforeAll(async () => {
  driver = testDriver();
  executor = testExecutor(driver);
  await resetGraph(executor);
  await executor.writeTx('test.fixture', (tx) =>
    tx.run(`CREATE (a:CI:Application {id: 'ld-a', class: 'Application', name: 'ld-a'}),
                   (b:CI:Application {id: 'ld-b', class: 'Application', name: 'ld-b'}),
                   (d:CI:Database {id: 'ld-db', class: 'Database', name: 'ld-db'}),
                   (a)-[:DEPENDS_ON]->(d), (b)-[:DEPENDS_ON]->(d)`),
  );
});

afterAll(async () => {
  await driver.close();
});

/** A list as a read-ahead would have found it (deliberately not what the graph holds, to tell them apart). */
const readAhead = (): Neighbour[] => [
  { item: { id: 'ld-elsewhere', class: 'Database', name: 'read ahead' } as Item, properties: {} },
];

it('answers a list read ahead from memory and queries only the CIs not read ahead', async () => {
  const db = executor.forRequest();
  const reads = jest.spyOn(db, 'read');
  const loaders = createLoaders(db);
  const list = readAhead();
  loaders.prime([{ type: 'DEPENDS_ON', direction: 'OUT', id: 'ld-a', neighbours: list }]);

  expect(loaders.primed('DEPENDS_ON', 'OUT', 'ld-a')).toBe(list);
  expect(loaders.primed('DEPENDS_ON', 'IN', 'ld-a')).toBeUndefined();
  expect(loaders.primed('DEPENDS_ON', 'OUT', 'ld-b')).toBeUndefined();

  const [a, b] = (await loaders.neighbours('DEPENDS_ON', 'OUT').loadMany(['ld-a', 'ld-b'])) as Neighbour[][];
  expect(a).toBe(list);
  expect(b.map((n) => n.item.id)).toEqual(['ld-db']);
  expect(reads).toHaveBeenCalledTimes(1);
  expect(reads.mock.calls[0][2]).toEqual({ ids: ['ld-b'] });
});

it('keeps the first list read ahead for a CI, and runs no query when every list asked for was read ahead', async () => {
  const db = executor.forRequest();
  const reads = jest.spyOn(db, 'read');
  const loaders = createLoaders(db);
  const first = readAhead();
  loaders.prime([{ type: 'DEPENDS_ON', direction: 'IN', id: 'ld-db', neighbours: first }]);
  loaders.prime([{ type: 'DEPENDS_ON', direction: 'IN', id: 'ld-db', neighbours: [] }]);

  expect(await loaders.neighbours('DEPENDS_ON', 'IN').load('ld-db')).toBe(first);
  expect(reads).not.toHaveBeenCalled();
  // Without a read-ahead the same loader asks Neo4j.
  const fresh = createLoaders(db);
  expect((await fresh.neighbours('DEPENDS_ON', 'IN').load('ld-db')).map((n) => n.item.id)).toEqual(['ld-a', 'ld-b']);
  expect(reads).toHaveBeenCalledTimes(1);
});
