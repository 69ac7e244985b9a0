/**
 * Every GraphQL example in README.md runs against the demo estate (the
 * generator's small estate, as `npm start -- --demo` serves it), so the
 * front door's examples cannot rot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { generateEstate } from '../graph/seed/estate.generator';
import { seedEstate } from '../graph/seed/seed';
import { resetGraph, startTestApi } from './support/api';
import type { TestApi } from './support/api';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const operations = blocks.flatMap((source) =>
  parse(source)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((op) => ({ name: op.name!.value, source: print(op) })),
);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await seedEstate(api.executor, generateEstate('small', 42));
}, 180_000);
afterAll(() => api.stop());

it('has examples', () => {
  expect(operations.length).toBeGreaterThanOrEqual(6);
});

// In README order: later examples may use what earlier ones created.
it.each(operations.map((op) => [op.name, op.source]))(
  'README example %s answers without errors',
  async (name, source) => {
    const answer = await api.client.rawRequest<Record<string, unknown>>(source);
    expect({ name, errors: answer.errors }).toEqual({ name, errors: undefined });
    for (const value of Object.values(answer.data)) expect(value).not.toBeNull();
    // Something real came back, not an empty list.
    expect(JSON.stringify(answer.data)).toMatch(/"(id|name|type)":"/);
  },
);
