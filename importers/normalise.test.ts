/** Cells as people write them, turned into API values: dates, money, numbers, booleans, enums, lists. */
import fc from 'fast-check';
import { ENUMS } from '../graph/model/enums';
import { ENUM_SYNONYMS } from './enum.synonyms';
import {
  inferAttribute,
  parseBoolean,
  parseCell,
  parseDate,
  parseDateTime,
  parseEnum,
  parseInteger,
  parseList,
  parseMoney,
  parseNumber,
  squash,
} from './normalise';
import type { Parsed } from './normalise';

const value = <T>(p: Parsed<T>): T => {
  if (!p.ok) throw new Error(`expected a value, got: ${p.reason}`);
  return p.value;
};
const reason = (p: Parsed<unknown>): string => {
  if (p.ok) throw new Error(`expected a refusal, got ${JSON.stringify(p.value)}`);
  return p.reason;
};

describe('squash', () => {
  it.each([
    ['Asset Tag', 'assettag'],
    ['asset_tag', 'assettag'],
    ['ASSET-TAG', 'assettag'],
    ['  Purchase Cost (€) ', 'purchasecost'],
    ['purchaseCost.amount', 'purchasecostamount'],
    ['Größe', 'größe'],
  ])('%s → %s', (header, squashed) => expect(squash(header)).toBe(squashed));
});

describe('parseDate', () => {
  it.each([
    ['2024-03-01', undefined, '2024-03-01'],
    ['2024-3-1', undefined, '2024-03-01'],
    ['2024-03-01T10:15:00Z', undefined, '2024-03-01'],
    ['2024-03-01 10:15:00', undefined, '2024-03-01'],
    ['2024/03/01', undefined, '2024-03-01'],
    ['01/03/2024', 'DMY', '2024-03-01'],
    ['01/03/2024', 'MDY', '2024-01-03'],
    ['1/3/24', 'DMY', '2024-03-01'],
    ['31/12/1999', undefined, '1999-12-31'],
    ['12/31/1999', undefined, '1999-12-31'],
    ['01.03.2024', 'MDY', '2024-03-01'],
    ['01-03-2024', 'DMY', '2024-03-01'],
    ['1 Mar 2024', undefined, '2024-03-01'],
    ['01-Mar-2024', undefined, '2024-03-01'],
    ['1 March 2024', undefined, '2024-03-01'],
    ['Mar 1, 2024', undefined, '2024-03-01'],
    ['September 30 2023', undefined, '2023-09-30'],
    ['45352', undefined, '2024-03-01'],
    ['45352.5', undefined, '2024-03-01'],
    ['29/02/2024', 'DMY', '2024-02-29'],
  ] as const)('%s (%s) → %s', (text, order, iso) => expect(value(parseDate(text, order))).toBe(iso));

  it('refuses an ambiguous numeric date without a date order, and says how to fix it', () => {
    expect(reason(parseDate('03/04/2024'))).toMatch(/ambiguous.*DMY or MDY/);
  });

  it.each([
    ['31/02/2024', 'DMY', /not a real calendar date/],
    ['13/01/2024', 'MDY', /not a valid date in MDY order/],
    ['29/02/2023', 'DMY', /not a real calendar date/],
    ['next tuesday', undefined, /not a date/],
    ['12345', undefined, /outside the Excel date serials/],
    ['2024-13-01', undefined, /not a real calendar date/],
  ] as const)('refuses %s (%s)', (text, order, why) => expect(reason(parseDate(text, order))).toMatch(why));

  it('reads any ISO date it prints back as the same date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(value(parseDate(iso))).toBe(iso);
      }),
    );
  });
});

describe('parseDateTime', () => {
  it('keeps the instant and answers in UTC with milliseconds', () => {
    expect(value(parseDateTime('2024-03-01T10:15:00+02:00'))).toBe('2024-03-01T08:15:00.000Z');
    expect(value(parseDateTime('2024-03-01 10:15'))).toBe('2024-03-01T10:15:00.000Z');
    expect(value(parseDateTime('01/03/2024', 'DMY'))).toBe('2024-03-01T00:00:00.000Z');
  });
});

describe('parseMoney', () => {
  it.each([
    ['€1.299,00', undefined, { amount: 129900, currency: 'EUR' }],
    ['$1,299.00', undefined, { amount: 129900, currency: 'USD' }],
    ['1 299,00 EUR', undefined, { amount: 129900, currency: 'EUR' }],
    ['1\u00a0299,50\u00a0€', undefined, { amount: 129950, currency: 'EUR' }],
    ['USD 1299', undefined, { amount: 129900, currency: 'USD' }],
    ['1299.5 chf', undefined, { amount: 129950, currency: 'CHF' }],
    ["CHF 1'299.95", undefined, { amount: 129995, currency: 'CHF' }],
    ['£12.50', undefined, { amount: 1250, currency: 'GBP' }],
    ['US$3,000', undefined, { amount: 300000, currency: 'USD' }],
    ['¥150000', undefined, { amount: 150000, currency: 'JPY' }],
    ['1,299', 'EUR', { amount: 129900, currency: 'EUR' }],
    ['1.299', 'EUR', { amount: 129900, currency: 'EUR' }],
    ['1,5', 'EUR', { amount: 150, currency: 'EUR' }],
    ['0.125', 'BHD', { amount: 125, currency: 'BHD' }],
    ['1.234.567,89 €', undefined, { amount: 123456789, currency: 'EUR' }],
    ['1299', 'EUR', { amount: 129900, currency: 'EUR' }],
    ['-€5.00', undefined, { amount: -500, currency: 'EUR' }],
  ] as const)('%s (default %s) → %o', (text, currency, money) =>
    expect(value(parseMoney(text, currency))).toEqual(money),
  );

  it.each([
    ['1299', undefined, /has no currency/],
    ['12.3456 EUR', undefined, /more than 2 decimals/],
    ['1,2,3 EUR', undefined, /groups of three/],
    ['about 12 EUR', undefined, /not an amount/],
    ['¥12.50', undefined, /more than 0 decimals for JPY/],
  ] as const)('refuses %s', (text, currency, why) => expect(reason(parseMoney(text, currency))).toMatch(why));

  it('reads back any amount written as major units with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom('EUR', 'USD', 'GBP'), (cents, currency) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')} ${currency}`;
        expect(value(parseMoney(text))).toEqual({ amount: cents, currency });
      }),
    );
  });
});

describe('numbers and booleans', () => {
  it.each([
    ['32', 32],
    ['1,024', 1024],
    ['32.0', 32],
    ['-4', -4],
  ])('integer %s → %d', (text, n) => expect(value(parseInteger(text))).toBe(n));

  it.each(['3.5', 'four', '1,02'])('refuses %s as an integer', (text) =>
    expect(reason(parseInteger(text))).toMatch(/whole number/),
  );

  it.each([
    ['99.9', 99.9],
    ['99,9', 99.9],
    ['99.95%', 99.95],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('number %s → %d', (text, n) => expect(value(parseNumber(text))).toBe(n));

  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['no', false],
    ['False', false],
    ['0', false],
    ['off', false],
  ])('boolean %s → %s', (text, b) => expect(value(parseBoolean(text))).toBe(b));

  it('refuses a word that is not yes or no', () => expect(reason(parseBoolean('maybe'))).toMatch(/yes\/no/));
});

describe('parseEnum', () => {
  it.each([
    ['LifecycleState', 'in stock', 'IN_STOCK'],
    ['LifecycleState', 'In-Stock', 'IN_STOCK'],
    ['LifecycleState', 'Ready to Deploy', 'IN_STOCK'],
    ['LifecycleState', 'READY TO DEPLOY', 'IN_STOCK'],
    ['LifecycleState', 'Lost/Stolen', 'LOST'],
    ['LifecycleState', 'active', 'DEPLOYED'],
    ['LifecycleState', 'Installed', 'DEPLOYED'],
    ['LifecycleState', 'Archived', 'RETIRED'],
    ['NetworkDeviceRole', 'Load Balancer', 'LOAD_BALANCER'],
    ['NetworkDeviceRole', 'wap', 'ACCESS_POINT'],
    ['ContractKind', 'License', 'LICENCE'],
    ['Criticality', '1 - most critical', 'CRITICAL'],
  ] as const)('%s %s → %s', (name, text, v) => expect(value(parseEnum(name, text))).toBe(v));

  it('refuses an unknown value, listing the values', () => {
    expect(reason(parseEnum('LifecycleState', 'Sparkly'))).toMatch(
      /"Sparkly" is not a known LifecycleState; expected one of PLANNED, ORDERED/,
    );
  });

  it('takes extra synonyms from a mapping file', () => {
    expect(value(parseEnum('LifecycleState', 'Spare shelf', { 'Spare Shelf': 'IN_STOCK' }))).toBe('IN_STOCK');
  });

  it('has a synonyms table whose every value is a value of its enum', () => {
    for (const [name, synonyms] of Object.entries(ENUM_SYNONYMS)) {
      for (const v of Object.values(synonyms ?? {})) expect(ENUMS[name as keyof typeof ENUMS]).toContain(v);
    }
  });
});

describe('lists and attributes', () => {
  it('splits lists on the separator and on newlines, dropping blanks', () => {
    expect(value(parseList('10.0.0.1; 10.0.0.2;;\n10.0.0.3', ';'))).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
    expect(value(parseList('a|b', '|'))).toEqual(['a', 'b']);
  });

  it.each([
    ['12', 12],
    ['-3.5', -3.5],
    ['007', '007'],
    ['1.50', '1.50'],
    ['true', true],
    ['True', 'True'],
    ['["a",1]', ['a', 1]],
    ['"12"', '12'],
    ['[oops', '[oops'],
    ['rack 12', 'rack 12'],
  ])('attribute %s → %o', (text, v) => expect(inferAttribute(text)).toEqual(v));
});

describe('parseCell', () => {
  it('dispatches on the field kind', () => {
    const options = { listSeparator: ';', dateOrder: 'DMY' as const, defaultCurrency: 'EUR' };
    expect(value(parseCell('date', '01/03/2024', options))).toBe('2024-03-01');
    expect(value(parseCell('money', '1.299,00', options))).toEqual({ amount: 129900, currency: 'EUR' });
    expect(value(parseCell({ enum: 'OperationalStatus' }, 'up', options))).toBe('OPERATIONAL');
    expect(value(parseCell('strings', 'a;b', options))).toEqual(['a', 'b']);
    expect(value(parseCell('string', '  padded  ', options))).toBe('padded');
  });
});
