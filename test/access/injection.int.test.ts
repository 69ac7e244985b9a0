/**
 * Cypher injection is impossible: hostile strings go into every string
 * argument of createItem (every string field of every class), updateItem,
 * relate (ids and property keys), unrelate, item, search and the items
 * filter. Nothing answers INTERNAL_SERVER_ERROR, a refused write leaves the
 * graph exactly as it was, an accepted one stores the string verbatim, and
 * at the end the graph holds exactly what the test made.
 */
import { CLASSES } from '../../graph/model/classes';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer, postGraphql } from '../support/http';
import { HOSTILE } from '../support/hostile';
import type { RawAnswer } from '../support/http';

jest.setTimeout(300_000);

let api: TestApi;

/** The change sequence after the reset: it never goes back, so the log of this file starts past it. */
let seqAtStart: number;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  seqAtStart = (await snapshot()).seq;
});
afterAll(() => api.stop());

interface Snapshot {
  cis: number;
  changes: number;
  rels: number;
  seq: number;
  tokens: number;
  migrations: number;
  pwned: number;
}

const snapshot = async (): Promise<Snapshot> =>
  (
    await cypher(
      api.executor,
      `MATCH (s:Sequence {name: 'change'})
       RETURN COUNT { (n:CI) } AS cis, COUNT { (c:Change) } AS changes, COUNT { (:CI)-[]->(:CI) } AS rels,
              COUNT { (t:ApiToken) } AS tokens, COUNT { (m:Migration) } AS migrations,
              COUNT { (n) WHERE n.pwned IS NOT NULL } AS pwned, s.value AS seq`,
    )
  )[0] as unknown as Snapshot;

const post = (query: string, variables: Record<string, unknown>) =>
  postGraphql(api.app.url, { query, variables }, bearer(api.token));

/** No 5xx and no internal error, whatever the answer. */
function sane(answer: RawAnswer, what: string): void {
  if (answer.status >= 500 || answer.body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
    throw new Error(`${what}: ${answer.status} ${answer.text.slice(0, 500)}`);
  }
}

/** A refused request must leave the graph as it was. */
async function refusedCleanly(answer: RawAnswer, before: Snapshot, what: string): Promise<void> {
  sane(answer, what);
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  expect(await snapshot()).toEqual(before);
}

const CREATE = 'mutation ($input: CreateItemInput!) { createItem(input: $input) { id version } }';
const UPDATE =
  'mutation ($id: ID!, $v: Int!, $patch: ItemPatch!) { updateItem(id: $id, expectedVersion: $v, patch: $patch) { id version } }';
const hostile = (i: number) => HOSTILE[i % HOSTILE.length];
let made = 0;
let formatted = 0;

/** Fields a class cannot do without whose format a hostile string breaks: a valid value, unique per CI, instead. */
const REQUIRED_FORMATS: Record<string, (made: number) => string> = {
  prefix: (k) => `10.${k % 250}.${Math.floor(k / 250)}.0/24`,
  ipAddress: (k) => `172.16.${k % 250}.${1 + Math.floor(k / 250)}/16`,
};

/**
 * Create `input`; fields refused as BAD_USER_INPUT (a format the hostile string breaks) are dropped, or given a
 * valid value when the class needs them, and it is tried again.
 */
async function createWithout(
  input: Record<string, unknown>,
  what: string,
): Promise<{ input: Record<string, unknown>; dropped: string[] }> {
  const dropped: string[] = [];
  for (;;) {
    const before = await snapshot();
    const answer = await post(CREATE, { input });
    sane(answer, what);
    if (!answer.body.errors?.length) {
      made++;
      return { input, dropped };
    }
    await refusedCleanly(answer, before, what);
    const field = String(answer.body.errors[0].extensions?.field ?? '')
      .replace(/^input\./, '')
      .split('.')[0];
    if (field === 'name' && String(input.name).length > 200) {
      // A name has a length limit; keep it hostile, but within it.
      input = { ...input, name: String(input.name).slice(0, 200) };
      continue;
    }
    const required = REQUIRED_FORMATS[field];
    if (required && !dropped.includes(field)) {
      dropped.push(field);
      input = { ...input, [field]: required(++formatted) };
      continue;
    }
    if (!field || !(field in input) || field === 'class' || field === 'name') {
      throw new Error(`${what}: refused without a droppable field: ${answer.text.slice(0, 300)}`);
    }
    dropped.push(field);
    const { [field]: _gone, ...rest } = input;
    input = rest;
  }
}

describe('hostile strings in every string field of every class', () => {
  const stringFields = (spec: (typeof CLASSES)[number]) =>
    spec.fields.filter((f) => f.kind === 'string' || f.kind === 'strings');

  it('are stored verbatim or refused cleanly by createItem and updateItem', async () => {
    let n = 0;
    for (const spec of CLASSES) {
      for (let round = 0; round < 2; round++) {
        const id = `inj-${spec.name}-${round}`;
        const input: Record<string, unknown> = {
          class: spec.name,
          id,
          name: hostile(n++),
          description: hostile(n++),
          tags: [hostile(n++), hostile(n++)],
        };
        // Unique fields (asset tag, serial) get a suffix so two CIs never share one.
        for (const field of stringFields(spec)) {
          input[field.name] = field.kind === 'strings' ? [hostile(n++)] : `${hostile(n++)}#${id}`;
        }
        const { input: stored } = await createWithout(input, `create ${spec.name}`);
        const [row] = await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN n {.*} AS n', { id });
        for (const [key, value] of Object.entries(stored)) {
          if (key !== 'class') expect([key, (row.n as Record<string, unknown>)[key]]).toEqual([key, value]);
        }
        // And through updateItem: every string field again, another hostile value.
        const patch: Record<string, unknown> = { name: hostile(n++).slice(0, 200), description: hostile(n++) };
        for (const field of stringFields(spec)) {
          if (field.name in stored)
            patch[field.name] = field.kind === 'strings' ? [hostile(n++)] : `${hostile(n++)}#u-${id}`;
        }
        const answer = await post(UPDATE, { id, v: 1, patch });
        sane(answer, `update ${spec.name}`);
        if (!answer.body.errors?.length) {
          const [after] = await cypher(api.executor, 'MATCH (n:CI {id: $id}) RETURN n {.*} AS n', { id });
          for (const [key, value] of Object.entries(patch))
            expect([key, (after.n as Record<string, unknown>)[key]]).toEqual([key, value]);
        }
      }
    }
    const end = await snapshot();
    expect(end.cis).toBe(made);
    expect(end.pwned).toBe(0);
  });
});

describe('hostile ids, filters, search text, relationship properties and attribute keys', () => {
  it('never break a query or the graph', async () => {
    ok(await api.sdk.CreateItem({ input: { class: 'Server', id: 'inj-host', name: 'inj-host' } }));
    made++;
    for (const [i, text] of HOSTILE.entries()) {
      const id = `${text.slice(0, 200)}`;
      // Hostile ids: stored as given, or refused with nothing written.
      const before = await snapshot();
      const created = await post(CREATE, { input: { class: 'VirtualMachine', id, name: `vm ${i}` } });
      sane(created, `create id ${i}`);
      if (created.body.errors?.length) await refusedCleanly(created, before, `create id ${i}`);
      else made++;

      for (const [query, variables] of [
        ['query ($id: ID!) { item(id: $id) { id } }', { id }],
        ['query ($t: String!) { search(text: $t) { score item { id } } }', { t: text }],
        [
          'query ($f: ItemFilter) { items(filter: $f, first: 5) { totalCount edges { node { id } } } }',
          { f: { text, tags: [text], locationId: text, ownerId: text } },
        ],
        ['query ($t: String!) { items(filter: {tags: [$t]}) { totalCount } }', { t: text }],
      ] as const) {
        const state = await snapshot();
        const answer = await post(query, variables);
        sane(answer, `${query} with hostile ${i}`);
        expect(await snapshot()).toEqual(state);
      }

      // Relationship ends, property keys and values, attribute keys.
      const relateBefore = await snapshot();
      const related = await post('mutation ($input: RelateInput!) { relate(input: $input) { type } }', {
        input: {
          from: id,
          type: 'RUNS_ON',
          to: 'inj-host',
          properties: { [text.slice(0, 100) || 'k']: text.slice(0, 1000) },
        },
      });
      sane(related, `relate ${i}`);
      if (related.body.errors?.length) await refusedCleanly(related, relateBefore, `relate ${i}`);

      const badType = await post('mutation ($input: RelateInput!) { relate(input: $input) { type } }', {
        input: { from: id, type: text, to: 'inj-host' },
      });
      sane(badType, `relate type ${i}`);
      expect(badType.body.errors?.length).toBeGreaterThan(0);

      const key = text.slice(0, 100) || 'k';
      const attrBefore = await snapshot();
      const [{ v }] = await cypher(api.executor, "MATCH (n:CI {id: 'inj-host'}) RETURN n.version AS v");
      const attrs = await post(UPDATE, { id: 'inj-host', v, patch: { attributes: { [key]: text } } });
      sane(attrs, `attributes ${i}`);
      if (attrs.body.errors?.length) await refusedCleanly(attrs, attrBefore, `attributes ${i}`);
      else {
        const read = await post('{ item(id: "inj-host") { attributes } }', {});
        expect((read.body.data?.item as { attributes: Record<string, unknown> }).attributes[key]).toBe(text);
      }

      const unrelated = await post('mutation ($f: ID!, $t: ID!) { unrelate(from: $f, type: RUNS_ON, to: $t) }', {
        f: id,
        t: text,
      });
      sane(unrelated, `unrelate ${i}`);
    }
    const end = await snapshot();
    expect(end.cis).toBe(made);
    expect(end.pwned).toBe(0);
    // Gap-free: every number taken since the reset is one change record.
    expect(end.seq - seqAtStart).toBe(end.changes);
    // The labels are still only the model's.
    const labels = await cypher(
      api.executor,
      'MATCH (n:CI) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels',
    );
    const known = new Set(['CI', 'Hardware', ...CLASSES.map((c) => c.name)]);
    expect((labels[0].labels as string[]).filter((l) => !known.has(l))).toEqual([]);
  });
});
