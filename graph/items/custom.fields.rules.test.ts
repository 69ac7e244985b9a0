/** Custom field rules by hand: what a definition may say, and which JSON values fit each type. */
import type { CustomFieldDef } from '../model/custom.fields';
import { EstateError } from '../platform/errors';
import { checkDefinition, customValueIssues } from './custom.fields.rules';

const details = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof EstateError) return error.details;
    throw error;
  }
  throw new Error('accepted');
};

describe('checkDefinition', () => {
  it('fills the label from the name and keeps choices only for ENUM', () => {
    expect(checkDefinition({ class: 'Server', name: 'hotSwap', type: 'BOOLEAN' })).toEqual({
      class: 'Server',
      name: 'hotSwap',
      label: 'hotSwap',
      type: 'BOOLEAN',
      required: false,
    });
    expect(
      checkDefinition({
        class: 'Server',
        name: 'tier',
        label: 'Support tier',
        type: 'ENUM',
        choices: ['Gold', 'Silver'],
      }),
    ).toMatchObject({ label: 'Support tier', choices: ['Gold', 'Silver'] });
  });

  it('refuses every problem at once, naming the input field', () => {
    expect(details(() => checkDefinition({ class: 'Toaster', name: '1st', type: 'COLOUR' }))).toEqual([
      { field: 'input.name', reason: 'letters, digits and _, at most 64, not starting with a digit' },
      { field: 'input.type', reason: expect.stringMatching(/BOOLEAN/) },
      { field: 'input.class', reason: 'unknown class Toaster' },
    ]);
    expect(
      details(() =>
        checkDefinition({
          class: 'Server',
          name: 'serial_number',
          label: 'OS',
          type: 'ENUM',
          choices: ['A', 'a', 'B'],
        }),
      ),
    ).toEqual([
      { field: 'input.name', reason: 'serial_number is already a field of Server' },
      { field: 'input.label', reason: 'a column "OS" would fill the Server field of that name' },
      { field: 'input.choices', reason: '"a" and "A" read as the same choice' },
    ]);
    expect(details(() => checkDefinition({ class: 'Server', name: 'tier', type: 'ENUM' }))).toEqual([
      { field: 'input.choices', reason: 'an ENUM field needs its choices' },
    ]);
    expect(details(() => checkDefinition({ class: 'Server', name: 'n', type: 'INTEGER', choices: ['1'] }))).toEqual([
      { field: 'input.choices', reason: 'only ENUM fields have choices, not INTEGER' },
    ]);
  });
});

const def = (name: string, type: CustomFieldDef['type'], extra: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  class: 'Server',
  name,
  label: name,
  type,
  required: false,
  ...extra,
});

describe('customValueIssues', () => {
  const defs = [
    def('hotSwap', 'BOOLEAN', { label: 'Hot swap', required: true }),
    def('bays', 'INTEGER'),
    def('load', 'DECIMAL'),
    def('audited', 'DATE'),
    def('tier', 'ENUM', { choices: ['Gold', 'Silver'] }),
    def('runbook', 'URL'),
    def('owners', 'LIST'),
  ];

  it('accepts values of the right JSON type, and absent optional fields', () => {
    expect(customValueIssues(defs, { hotSwap: false })).toEqual([]);
    expect(
      customValueIssues(defs, {
        hotSwap: true,
        bays: 8,
        load: 0.5,
        audited: '2024-02-29',
        tier: 'Gold',
        runbook: 'https://wiki.example.com/x',
        owners: ['ana', 'bo'],
        other: 'not defined, not judged',
      }),
    ).toEqual([]);
  });

  it('refuses text posing as typed values, naming the attribute and the label', () => {
    expect(
      customValueIssues(defs, {
        hotSwap: 'TRUE',
        bays: 8.5,
        load: '0.5',
        audited: '2023-02-29',
        tier: 'gold',
        runbook: 'javascript:alert(1)',
        owners: 'ana',
      }),
    ).toEqual([
      { field: 'attributes.hotSwap', reason: 'Hot swap: expected true or false, got "TRUE"' },
      { field: 'attributes.bays', reason: 'bays: expected a whole number, got 8.5' },
      { field: 'attributes.load', reason: 'load: expected a number, got "0.5"' },
      { field: 'attributes.audited', reason: 'audited: expected an ISO date YYYY-MM-DD, got "2023-02-29"' },
      { field: 'attributes.tier', reason: 'tier: expected one of Gold, Silver, got "gold"' },
      { field: 'attributes.runbook', reason: 'runbook: expected an http or https URL, got "javascript:alert(1)"' },
      { field: 'attributes.owners', reason: 'owners: expected a list of texts, got "ana"' },
    ]);
  });

  it('requires a required field, and on an update judges only what changes', () => {
    expect(customValueIssues(defs, undefined)).toEqual([
      { field: 'attributes.hotSwap', reason: 'Hot swap is required' },
    ]);
    const stored = { hotSwap: 'TRUE', bays: 8 };
    expect(customValueIssues(defs, { hotSwap: 'TRUE', bays: 9 }, stored)).toEqual([]);
    expect(customValueIssues(defs, { bays: 9 }, stored)).toEqual([
      { field: 'attributes.hotSwap', reason: 'Hot swap is required' },
    ]);
    expect(customValueIssues(defs, { bays: 'nine' }, {})).toEqual([
      { field: 'attributes.bays', reason: 'bays: expected a whole number, got "nine"' },
    ]);
  });
});
