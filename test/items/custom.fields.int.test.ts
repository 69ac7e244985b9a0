/**
 * Custom fields through the API (issue 18): admins define typed fields per class, everyone reads
 * them, and createItem/updateItem hold the CI's attributes to them (no coercion: "TRUE" is not a
 * boolean here; imports read text, see test/imports/typed.import.int.test.ts). Refusals name the
 * field and write nothing; defining reports the stored values that do not fit yet.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CustomFieldInput } from '../../sdk/generated';

jest.setTimeout(300_000);

let api: TestApi;

const dropCustomFields = () => api.executor.writeTx('test.reset', (tx) => tx.run('MATCH (f:CustomField) DELETE f'));

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await dropCustomFields();
});
afterAll(async () => {
  // Definitions outlive resetGraph: the next test file on this worker's Neo4j must not meet them.
  await dropCustomFields();
  await api.stop();
});

const HOT_SWAP: CustomFieldInput = { class: 'Server', name: 'hotSwap', label: 'Hot Swap', type: 'BOOLEAN' };
const counts = async () =>
  (await cypher(api.executor, 'RETURN COUNT { (:CI) } AS cis, COUNT { (:Change) } AS changes'))[0];
const server = (id: string, attributes?: Record<string, unknown>) =>
  api.sdk.CreateItem({ input: { class: 'Server', id, name: id, serialNumber: `SN-${id}`, attributes } });

describe('defining', () => {
  it('is for admins; viewers read the definitions', async () => {
    const editor = await api.as('editor');
    const error = await refused(editor.sdk.DefineCustomField({ input: HOT_SWAP }), 'FORBIDDEN');
    expect(error.message).toMatch(/custom fields are defined by admins/);
    expect(await cypher(api.executor, 'MATCH (f:CustomField) RETURN f')).toEqual([]);

    const defined = ok(await api.sdk.DefineCustomField({ input: { ...HOT_SWAP, description: 'Drives swap live' } }));
    expect(defined.defineCustomField).toEqual({
      field: {
        class: 'Server',
        name: 'hotSwap',
        label: 'Hot Swap',
        type: 'BOOLEAN',
        required: false,
        description: 'Drives swap live',
        choices: null,
      },
      nonConformingCount: 0,
      nonConforming: [],
    });
    const viewer = await api.as('viewer');
    const listed = ok(await viewer.sdk.CustomFields({ class: 'Server' })).customFields;
    expect(listed.map((f) => [f.name, f.type, f.updatedBy])).toEqual([['hotSwap', 'BOOLEAN', 'local']]);
    expect(ok(await viewer.sdk.CustomFields({ class: 'Database' })).customFields).toEqual([]);
  });

  it('refuses a bad definition whole, naming each input field', async () => {
    const error = await refused(
      api.sdk.DefineCustomField({
        input: { class: 'Server', name: 'serialNumber', type: 'ENUM', label: 'Support tier' },
      }),
      'BAD_USER_INPUT',
      'input.name',
    );
    expect(error.extensions?.details).toEqual([
      { field: 'input.name', reason: 'serialNumber is already a field of Server' },
      { field: 'input.choices', reason: 'an ENUM field needs its choices' },
    ]);
  });
});

describe('createItem and updateItem', () => {
  it('refuse a value of the wrong type, naming the attribute, and write nothing', async () => {
    const before = await counts();
    const error = await refused(server('cf-api-1', { hotSwap: 'TRUE' }), 'BAD_USER_INPUT', 'input.attributes.hotSwap');
    expect(error.extensions?.reason).toBe('Hot Swap: expected true or false, got "TRUE"');
    expect(await counts()).toEqual(before);

    const made = ok(await server('cf-api-1', { hotSwap: true, note: 'undefined attributes are free' })).createItem;
    expect(made.attributes).toEqual({ hotSwap: true, note: 'undefined attributes are free' });

    const patch = { attributes: { hotSwap: 'sometimes' } };
    const bad = await refused(
      api.sdk.UpdateItem({ id: 'cf-api-1', expectedVersion: 1, patch }),
      'BAD_USER_INPUT',
      'patch.attributes.hotSwap',
    );
    expect(bad.extensions?.reason).toBe('Hot Swap: expected true or false, got "sometimes"');
    const updated = ok(
      await api.sdk.UpdateItem({ id: 'cf-api-1', expectedVersion: 1, patch: { attributes: { hotSwap: false } } }),
    ).updateItem;
    expect(updated).toMatchObject({ version: 2, attributes: { hotSwap: false } });
  });

  it('check every type: integer, decimal, date, enum, URL, list', async () => {
    const more: CustomFieldInput[] = [
      { class: 'Server', name: 'bays', type: 'INTEGER' },
      { class: 'Server', name: 'load', type: 'DECIMAL' },
      { class: 'Server', name: 'audited', type: 'DATE' },
      { class: 'Server', name: 'tier', type: 'ENUM', choices: ['Gold', 'Silver'] },
      { class: 'Server', name: 'runbook', type: 'URL' },
      { class: 'Server', name: 'owners', type: 'LIST' },
    ];
    for (const input of more) ok(await api.sdk.DefineCustomField({ input }));
    const error = await refused(
      server('cf-api-2', {
        bays: 2.5,
        load: '0.7',
        audited: '2023-02-29',
        tier: 'gold',
        runbook: 'wiki/x',
        owners: 'ana',
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.details).toEqual([
      { field: 'input.attributes.audited', reason: 'audited: expected an ISO date YYYY-MM-DD, got "2023-02-29"' },
      { field: 'input.attributes.bays', reason: 'bays: expected a whole number, got 2.5' },
      { field: 'input.attributes.load', reason: 'load: expected a number, got "0.7"' },
      { field: 'input.attributes.owners', reason: 'owners: expected a list of texts, got "ana"' },
      { field: 'input.attributes.runbook', reason: 'runbook: expected an http or https URL, got "wiki/x"' },
      { field: 'input.attributes.tier', reason: 'tier: expected one of Gold, Silver, got "gold"' },
    ]);
    const attributes = {
      bays: 2,
      load: 0.7,
      audited: '2024-02-29',
      tier: 'Gold',
      runbook: 'https://wiki.example.com/x',
      owners: ['ana'],
    };
    expect(ok(await server('cf-api-2', attributes)).createItem.attributes).toEqual(attributes);
    for (const input of more) ok(await api.sdk.RemoveCustomField({ class: 'Server', name: input.name }));
  });
});

describe('a field defined over values stored before it', () => {
  it('reports what does not fit, requires the field on create, and judges an update only on what it changes', async () => {
    ok(await server('cf-old-a', { hotSwap: true }));
    ok(await api.sdk.RemoveCustomField({ class: 'Server', name: 'hotSwap' }));
    // Untyped, as an import without definitions kept them.
    ok(await server('cf-old-b', { hotSwap: 'yes' }));
    ok(await server('cf-old-c'));

    const defined = ok(await api.sdk.DefineCustomField({ input: { ...HOT_SWAP, required: true } })).defineCustomField;
    // cf-api-1 (false), cf-api-2 (none: required), cf-old-a (true), cf-old-b ("yes"), cf-old-c (none).
    expect(defined.nonConformingCount).toBe(3);
    expect(defined.nonConforming).toEqual([
      { id: 'cf-api-2', reason: 'Hot Swap is required' },
      { id: 'cf-old-b', reason: 'Hot Swap: expected true or false, got "yes"' },
      { id: 'cf-old-c', reason: 'Hot Swap is required' },
    ]);
    // Nothing was rewritten.
    const [b] = await cypher(api.executor, "MATCH (n:CI {id: 'cf-old-b'}) RETURN n.attributes AS a, n.version AS v");
    expect(b).toEqual({ a: '{"hotSwap":"yes"}', v: 1 });

    const missing = await refused(server('cf-new'), 'BAD_USER_INPUT', 'input.attributes.hotSwap');
    expect(missing.extensions?.reason).toBe('Hot Swap is required');

    // A write that leaves the stored value alone is not judged on it; one that changes it must fit.
    ok(await api.sdk.UpdateItem({ id: 'cf-old-b', expectedVersion: 1, patch: { name: 'cf-old-b renamed' } }));
    ok(
      await api.sdk.UpdateItem({
        id: 'cf-old-b',
        expectedVersion: 2,
        patch: { attributes: { hotSwap: 'yes', rack: 'R1' } },
      }),
    );
    await refused(
      api.sdk.UpdateItem({ id: 'cf-old-b', expectedVersion: 3, patch: { attributes: { rack: 'R1' } } }),
      'BAD_USER_INPUT',
      'patch.attributes.hotSwap',
    );
    ok(await api.sdk.UpdateItem({ id: 'cf-old-b', expectedVersion: 3, patch: { attributes: { hotSwap: true } } }));
  });

  it('removing a definition keeps the values as plain attributes', async () => {
    expect(ok(await api.sdk.RemoveCustomField({ class: 'Server', name: 'hotSwap' })).removeCustomField).toBe(true);
    expect(ok(await api.sdk.RemoveCustomField({ class: 'Server', name: 'hotSwap' })).removeCustomField).toBe(false);
    const item = ok(await api.sdk.Item({ id: 'cf-api-1' })).item!;
    expect(item.attributes).toEqual({ hotSwap: false });
    ok(await server('cf-free', { hotSwap: 'TRUE' }));
  });
});
