/**
 * Property-based fuzzing (fast-check) of the write paths through the real
 * server: random and hostile inputs (wrong types, unicode, huge strings,
 * Cypher fragments) thrown at createItem, updateItem, relate, search, the
 * items filter and the CSV importer (POST /import). (The cell normaliser's
 * properties are unit tests beside it, importers/normalise.test.ts.)
 * Never a 5xx or INTERNAL_SERVER_ERROR, never a crash, and a refused
 * request writes nothing: the graph moves by exactly what was accepted.
 */
import fc from 'fast-check';
import { CLASS_NAMES, CLASSES } from '../../graph/model/classes';
import type { FieldKind } from '../../graph/model/classes';
import { RELATIONSHIP_TYPES } from '../../graph/model/relationships.rules';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer, postGraphql } from '../support/http';
import type { RawAnswer } from '../support/http';
import { HOSTILE } from '../support/hostile';

jest.setTimeout(600_000);

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const IMPORT_RUNS = Number(process.env.FUZZ_IMPORT_RUNS ?? 12);

let api: TestApi;
const POOL = ['fz-a', 'fz-b', 'fz-c', 'fz-srv', 'fz-vm'];

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  ok(await api.sdk.CreateItem({ input: { class: 'Team', id: 'fz-a', name: 'A' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'Application', id: 'fz-b', name: 'B' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'BusinessService', id: 'fz-c', name: 'C' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'Server', id: 'fz-srv', name: 'S' } }));
  ok(await api.sdk.CreateItem({ input: { class: 'VirtualMachine', id: 'fz-vm', name: 'V' } }));
});
afterAll(() => api.stop());

// ---------------------------------------------------------------- inputs

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 5000))) },
  { weight: 1, arbitrary: fc.string({ minLength: 5000, maxLength: 20_000, unit: 'grapheme-ascii' }) },
);
/** Anything JSON can carry, for fields of the wrong type. */
const junk = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const fieldValue = (kind: FieldKind): fc.Arbitrary<unknown> => {
  if (typeof kind === 'object')
    return fc.oneof(fc.constantFrom('OPERATIONAL', 'SWITCH', 'LICENCE', 'HIGH'), text, junk);
  switch (kind) {
    case 'int':
      return fc.oneof(fc.integer(), fc.double(), junk);
    case 'float':
      return fc.oneof(fc.double(), junk);
    case 'date':
    case 'datetime':
      return fc.oneof(fc.constantFrom('2025-02-30', '2025-01-01', '0000-00-00', '2025-01-01T00:00:00Z'), text);
    case 'money':
      return fc.oneof(
        fc.record({
          amount: fc.oneof(fc.integer(), fc.double()),
          currency: fc.oneof(fc.constantFrom('EUR', 'usd', 'XXX'), text),
        }),
        junk,
      );
    case 'strings':
      return fc.oneof(fc.array(text, { maxLength: 4 }), junk);
    default:
      return fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: junk });
  }
};

/** A createItem input: a real class (mostly) with some of its fields, each maybe of the wrong type. */
const createInput = fc.constantFrom(...CLASSES).chain((spec) =>
  fc.record(
    {
      class: fc.oneof({ weight: 9, arbitrary: fc.constant(spec.name) }, { weight: 1, arbitrary: text }),
      id: maybe(fc.oneof(fc.uuid(), text)),
      name: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: junk }),
      description: maybe(text),
      tags: maybe(fc.array(text, { maxLength: 4 })),
      attributes: maybe(fc.oneof(fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), junk)),
      lifecycleState: maybe(fc.oneof(fc.constantFrom('PLANNED', 'DEPLOYED', 'DISPOSED'), text)),
      ...Object.fromEntries(spec.fields.slice(0, 8).map((f) => [f.name, maybe(fieldValue(f.kind))])),
    },
    { requiredKeys: ['class', 'name'] },
  ),
);

// ---------------------------------------------------------------- checks

interface Counts {
  cis: number;
  changes: number;
  rels: number;
}

const counts = async (): Promise<Counts> =>
  (
    await cypher(
      api.executor,
      'RETURN COUNT { (n:CI) } AS cis, COUNT { (c:Change) } AS changes, COUNT { (:CI)-[]->(:CI) } AS rels',
    )
  )[0] as unknown as Counts;

const post = (query: string, variables: Record<string, unknown>) =>
  postGraphql(api.app.url, { query, variables }, bearer(api.token));

function sane(answer: RawAnswer, what: unknown): void {
  const internal = answer.body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (answer.status >= 500 || internal) {
    throw new Error(`${answer.status} for ${JSON.stringify(what).slice(0, 400)}: ${answer.text.slice(0, 600)}`);
  }
}

const failed = (answer: RawAnswer) => (answer.body.errors?.length ?? 0) > 0;

// ---------------------------------------------------------------- properties

it('createItem: never a 500; a refusal writes nothing, an acceptance writes one CI and one change', async () => {
  await fc.assert(
    fc.asyncProperty(createInput, async (input) => {
      const before = await counts();
      const answer = await post('mutation ($input: CreateItemInput!) { createItem(input: $input) { id version } }', {
        input,
      });
      sane(answer, input);
      const after = await counts();
      if (failed(answer)) expect(after).toEqual(before);
      else expect(after).toEqual({ ...before, cis: before.cis + 1, changes: before.changes + 1 });
    }),
    { numRuns: RUNS },
  );
});

it('updateItem: never a 500; a refusal changes nothing, an acceptance bumps the version by one', async () => {
  const patch = fc.constantFrom(...CLASSES).chain((spec) =>
    fc.record(
      Object.fromEntries([
        ['name', maybe(junk)],
        ['description', maybe(text)],
        ['tags', maybe(fc.array(text))],
        ...spec.fields.slice(0, 6).map((f) => [f.name, maybe(fieldValue(f.kind))]),
      ]),
      {
        requiredKeys: [],
      },
    ),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...POOL, ...HOSTILE.slice(0, 5)),
      fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constant(1)),
      patch,
      async (id, v, p) => {
        const before = await counts();
        const [row] = await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN n.version AS version, n {.*} AS n', {
          id,
        });
        const answer = await post(
          'mutation ($id: ID!, $v: Int!, $p: ItemPatch!) { updateItem(id: $id, expectedVersion: $v, patch: $p) { version } }',
          {
            id,
            v: row && v === 1 ? row.version : v,
            p,
          },
        );
        sane(answer, { id, v, p });
        const after = await counts();
        const [again] = await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN n.version AS version, n {.*} AS n', {
          id,
        });
        if (failed(answer)) {
          expect(after).toEqual(before);
          expect(again).toEqual(row);
        } else {
          expect(after.cis).toBe(before.cis);
          expect(after.changes - before.changes).toBeLessThanOrEqual(1);
          expect((again.version as number) - (row.version as number)).toBe(after.changes - before.changes);
        }
      },
    ),
    { numRuns: RUNS },
  );
});

it('relate: never a 500; a refusal adds no relationship and no change', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...POOL, ...HOSTILE.slice(0, 4)),
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...RELATIONSHIP_TYPES) }, { weight: 1, arbitrary: text }),
      fc.constantFrom(...POOL, ...HOSTILE.slice(0, 4)),
      maybe(
        fc.oneof(
          fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })), {
            maxKeys: 3,
          }),
          junk,
        ),
      ),
      async (from, type, to, properties) => {
        const before = await counts();
        const answer = await post('mutation ($input: RelateInput!) { relate(input: $input) { type } }', {
          input: { from, type, to, properties },
        });
        sane(answer, { from, type, to, properties });
        const after = await counts();
        if (failed(answer)) expect(after).toEqual(before);
        else expect(after.cis).toBe(before.cis);
      },
    ),
    { numRuns: RUNS },
  );
});

it('search and the items filter: never a 500, never a write', async () => {
  const filter = fc.record(
    {
      text: maybe(text),
      tags: maybe(fc.array(text, { maxLength: 3 })),
      locationId: maybe(text),
      ownerId: maybe(text),
      classes: maybe(fc.array(fc.oneof(fc.constantFrom(...CLASS_NAMES), text), { maxLength: 2 })),
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(
      text,
      filter,
      fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constant(undefined)),
      async (t, f, first) => {
        const before = await counts();
        sane(await post('query ($t: String!, $n: Int) { search(text: $t, first: $n) { score } }', { t, n: first }), {
          t,
          first,
        });
        sane(
          await post(
            'query ($f: ItemFilter, $n: Int) { items(filter: $f, first: $n) { totalCount edges { node { id } } } }',
            { f, n: first },
          ),
          { f, first },
        );
        expect(await counts()).toEqual(before);
      },
    ),
    { numRuns: RUNS },
  );
});

// ---------------------------------------------------------------- CSV import

const csvCell = fc.oneof(
  { weight: 4, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '""', '"unterminated', 'a"b', '=1+2', '@SUM(A1)', '\uFEFF', '1,2;3\t4', '\r\n'),
  },
);
const HEADERS = [
  'name',
  'Name',
  'id',
  'description',
  'tags',
  'serialNumber',
  'Serial',
  'assetTag',
  'Asset Tag',
  'hostname',
  'purchaseCost',
  'purchase date',
  'lifecycleState',
  'cpuCores',
  'memoryGb',
  'unknown column',
];
const csvFile = fc
  .tuple(
    fc.uniqueArray(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: text }), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.integer({ min: 0, max: 6 }),
  )
  .chain(([header, rows]) =>
    fc.tuple(
      fc.constant(header),
      fc.array(fc.array(csvCell, { minLength: header.length, maxLength: header.length }), {
        minLength: rows,
        maxLength: rows,
      }),
      fc.constantFrom(',', ';', '\t'),
      fc.boolean(),
    ),
  )
  .map(([header, rows, delimiter, quoteAll]) => {
    const cell = (c: string) => (quoteAll || /[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return [header, ...rows].map((r) => r.map(cell).join(delimiter)).join('\r\n');
  });

async function waitForJob(jobId: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = ok(await api.sdk.ImportJob({ id: jobId })).importJob!;
    if (!['PENDING', 'RUNNING'].includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`import ${jobId} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('the CSV importer: never a 500 nor a failed job; atomic imports write all or nothing, partial ones exactly what they report', async () => {
  await fc.assert(
    fc.asyncProperty(
      csvFile,
      fc.constantFrom('Server', 'Team', 'Application'),
      fc.constantFrom('atomic', 'partial'),
      async (csv, cls, mode) => {
        const before = await counts();
        const response = await fetch(`${api.app.url.replace(/\/graphql$/, '')}/import?class=${cls}&mode=${mode}`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', ...bearer(api.token) },
          body: csv,
        });
        const body = (await response.json()) as { jobId?: string; error?: { code: string } };
        if (response.status >= 500)
          throw new Error(`${response.status} for ${JSON.stringify(csv)}: ${JSON.stringify(body)}`);
        if (response.status !== 202) {
          expect(await counts()).toEqual(before);
          return;
        }
        const job = await waitForJob(body.jobId!);
        if (job.status === 'FAILED') throw new Error(`import failed for ${JSON.stringify(csv)}: ${job.message}`);
        const after = await counts();
        expect(after.cis - before.cis).toBe(job.created);
        if (mode === 'atomic' && job.status !== 'SUCCEEDED') expect(after).toEqual(before);
        if (job.status === 'REJECTED') expect(after).toEqual(before);
      },
    ),
    { numRuns: IMPORT_RUNS },
  );
});
