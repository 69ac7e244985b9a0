/**
 * The pure rules for what Excel does to a file, custom field cells and date-order evidence, with
 * answers worked by hand: scientific notation in identifiers, dates as serial numbers (read only when
 * the mapping says so), yes/no words as a table, and what one cell says about its column's date order.
 */
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import {
  DEFAULT_CELL_OPTIONS,
  dateOrderEvidence,
  isIdentifierName,
  parseCustomValue,
  parseDate,
  parseIdentifier,
} from './normalise';
import type { Parsed } from './normalise';

const value = <T>(p: Parsed<T>): T => {
  if (!p.ok) throw new Error(p.reason);
  return p.value;
};
const reason = (p: Parsed<unknown>): string => (p.ok ? `accepted ${JSON.stringify(p.value)}` : p.reason);

describe('identifiers in scientific notation', () => {
  it.each(['1.23457E+11', '1,23457E+11', '1E+11', '9.9e+15', '4.5E+012'])('%s is refused as Excel damage', (text) => {
    expect(reason(parseIdentifier(text))).toBe(
      `"${text}" is a number in scientific notation: Excel turned a long number into it and dropped its last digits, which cannot be recovered; export again with the column formatted as text`,
    );
  });

  it.each(['SN-1001', '123456789012', '5E3', '1E5X', 'E+11', '12E+11', '1.2E-05'])('%s is kept as it is', (text) => {
    expect(value(parseIdentifier(` ${text} `))).toBe(text);
  });

  it.each([
    ['id', true],
    ['serialNumber', true],
    ['assetTag', true],
    ['contractNumber', true],
    ['employeeId', true],
    ['deviceID', true],
    ['purchaseOrder', true],
    ['serial', true],
    ['name', false],
    ['model', false],
    ['paid', false],
    ['hostname', false],
    ['memoryGb', false],
  ])('%s holds an identifier: %s', (name, expected) => expect(isIdentifierName(name)).toBe(expected));
});

describe('dates as Excel serial numbers', () => {
  it('refuses 45291 unless the mapping says the file has serials, naming the date it would be', () => {
    // By hand: 1899-12-30 → 1900-01-01 is 2 days; 1900-01-01 → 2024-01-01 is 124 × 365 + 30 leap days
    // (1904…2020) = 45290; so 2024-01-01 is day 45292 and 2023-12-31 is day 45291.
    expect(reason(parseDate('45291'))).toBe(
      '"45291" looks like an Excel date serial number (day 45291 after 1899-12-30 would be 2023-12-31): the column lost its date format; nothing is guessed: format it as dates and export again, or set "dates": "excel-serial" in the mapping file',
    );
    expect(value(parseDate('45291', undefined, true))).toBe('2023-12-31');
    expect(value(parseDate('45352.5', undefined, true))).toBe('2024-03-01');
    expect(value(parseDate('44986', 'DMY', true))).toBe('2023-03-01');
  });

  it('keeps the accepted range when serials are allowed, and calls other numbers not dates', () => {
    expect(reason(parseDate('12345', undefined, true))).toMatch(/outside the Excel date serials accepted/);
    expect(reason(parseDate('12345'))).toMatch(/^"12345" is not a date/);
  });
});

describe('dateOrderEvidence: what one cell says about its column', () => {
  it.each([
    ['6/16/15', 'MDY'],
    ['16/6/15', 'DMY'],
    ['12/31/1999', 'MDY'],
    ['31-12-1999', 'DMY'],
    ['3/4/15', 'ambiguous'],
    ['12/12/2024', 'ambiguous'],
    ['16.6.2015', undefined],
    ['2015-06-16', undefined],
    ['16 Jun 2015', undefined],
    ['13/13/2015', undefined],
    ['0/5/2015', undefined],
    ['45291', undefined],
  ] as const)('%s → %s', (text, expected) => expect(dateOrderEvidence(text)).toBe(expected));
});

const field = (type: CustomFieldDef['type'], extra: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  class: 'Server',
  name: 'x',
  label: 'X',
  type,
  required: false,
  ...extra,
});

describe('parseCustomValue', () => {
  const parse = (def: CustomFieldDef, text: string) => parseCustomValue(def, text, DEFAULT_CELL_OPTIONS);

  it.each([
    ['TRUE', true],
    ['true', true],
    ['yes', true],
    ['Y', true],
    ['1', true],
    ['FALSE', false],
    ['no', false],
    ['N', false],
    ['NO', false],
    ['0', false],
  ])('BOOLEAN %s → %s', (text, expected) => expect(value(parse(field('BOOLEAN'), text))).toBe(expected));

  it('refuses a BOOLEAN that is neither', () => {
    expect(reason(parse(field('BOOLEAN'), 'sometimes'))).toBe(
      '"sometimes" is not a yes/no value; expected true/false, yes/no, y/n or 1/0',
    );
  });

  it('reads the other types from text', () => {
    expect(value(parse(field('INTEGER'), '1,024'))).toBe(1024);
    expect(reason(parse(field('INTEGER'), '2.5'))).toBe('"2.5" is not a whole number');
    expect(value(parse(field('DECIMAL'), '2,5'))).toBe(2.5);
    expect(value(parse(field('DATE'), '16/06/2015'))).toBe('2015-06-16');
    expect(reason(parse(field('DATE'), '45291'))).toMatch(/Excel date serial/);
    const tier = field('ENUM', { choices: ['Gold', 'Silver', 'Bronze'] });
    expect(value(parse(tier, ' gold '))).toBe('Gold');
    expect(reason(parse(tier, 'Platinum'))).toBe('"Platinum" is not one of Gold, Silver, Bronze');
    expect(value(parse(field('URL'), 'https://wiki.example.com/srv-1'))).toBe('https://wiki.example.com/srv-1');
    expect(reason(parse(field('URL'), 'wiki/srv-1'))).toBe('"wiki/srv-1" is not an http or https URL');
    expect(reason(parse(field('URL'), 'ftp://files.example.com'))).toBe(
      '"ftp://files.example.com" is not an http or https URL',
    );
    expect(value(parse(field('LIST'), 'a; b ;;c'))).toEqual(['a', 'b', 'c']);
  });
});
