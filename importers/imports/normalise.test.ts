/**
 * Cells as people write them, turned into API values: dates, money, numbers,
 * booleans, enums, lists. Examples by hand, then properties over random,
 * hostile and plausible cells of every field kind: a value or a reason,
 * never a throw; padding changes nothing; a value printed back reads as
 * itself; each kind produces what its field takes and keeps what it was given.
 */
import fc from 'fast-check';
import type { FieldKind, ScalarKind } from '../../graph/model/classes';
import { ENUMS } from '../../graph/model/enums';
import type { EnumName } from '../../graph/model/enums';
import { HOSTILE } from '../../test/support/hostile';
import { ENUM_SYNONYMS } from './enum.synonyms';
import {
  currencyDecimals,
  DEFAULT_CELL_OPTIONS,
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
import type { CellOptions, MoneyValue, Parsed } from './normalise';

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
    ['12345', undefined, /is not a date/],
    ['45352', undefined, /looks like an Excel date serial number .* would be 2024-03-01/],
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

// ---------------------------------------------------------------- properties over every field kind

const pad = (n: number) => (v: number) => String(v).padStart(n, '0');
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Dates written the ways spreadsheets write them, real ones and some that are not (31 February). */
const dateCell = fc
  .tuple(
    fc.integer({ min: 1950, max: 2150 }),
    fc.integer({ min: 1, max: 13 }),
    fc.integer({ min: 1, max: 31 }),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
    fc.constantFrom('', 'Z', '+02:00', '-0530'),
    fc.nat(8),
  )
  .map(([y, m, day, [hh, mm], zone, style]) => {
    const excel = Math.round((Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const iso = `${y}-${pad(2)(m)}-${pad(2)(day)}`;
    return [
      iso,
      `${iso}T${pad(2)(hh)}:${pad(2)(mm)}:00${zone}`,
      `${iso} ${pad(2)(hh)}:${pad(2)(mm)}${zone}`,
      `${day}/${m}/${y}`,
      `${m}/${day}/${String(y).slice(2)}`,
      `${pad(2)(day)}.${pad(2)(m)}.${y}`,
      `${day} ${MONTH_NAMES[(m - 1) % 12]} ${y}`,
      `${MONTH_NAMES[(m - 1) % 12]} ${day}, ${y}`,
      String(excel),
    ][style];
  });
/** Whole numbers up to 22 digits, past what a double holds exactly. */
const bigWhole = fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map(String);
const moneyCell = fc.oneof(
  fc.stringMatching(/^-?[€$£¥]?\d{1,3}([.,'\s]?\d{3}){0,3}([.,]\d{1,4})?( ?(EUR|USD|JPY|BHD|chf|€))?$/),
  fc.tuple(bigWhole, fc.constantFrom('EUR', 'JPY', '')).map(([n, currency]) => `${n} ${currency}`),
);
const numberCell = fc.oneof(
  fc.stringMatching(/^[-+]?\d{1,7}([.,]\d{1,5})?(e[-+]?\d{1,3})?%?$/),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map(String),
  bigWhole,
);
const wordCell = fc.constantFrom('yes', 'No', 'TRUE', 'off', 'x', '✓', 'maybe', ...Object.values(ENUMS).flat());
const listCell = fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }).map((parts) => parts.join('; '));

/** Any cell: random, hostile, or one that looks like a value of some kind. */
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 2000))) },
  { weight: 2, arbitrary: dateCell },
  { weight: 2, arbitrary: moneyCell },
  { weight: 2, arbitrary: numberCell },
  { weight: 1, arbitrary: wordCell },
  { weight: 1, arbitrary: listCell },
);
/** Cells that look like a value of each scalar kind (a Record, so a new kind fails to compile until it has some). */
const PLAUSIBLE: Record<ScalarKind, fc.Arbitrary<string>> = {
  string: fc.string({ maxLength: 20 }),
  int: numberCell,
  float: numberCell,
  boolean: wordCell,
  date: dateCell,
  datetime: dateCell,
  strings: listCell,
  money: moneyCell,
};

/** Every field kind: each scalar kind and every enum. */
const KINDS: FieldKind[] = [
  ...(Object.keys(PLAUSIBLE) as ScalarKind[]),
  ...(Object.keys(ENUMS) as EnumName[]).map((name) => ({ enum: name })),
];
const ENUM_KINDS = KINDS.filter((k): k is { enum: EnumName } => typeof k === 'object');

/** Cells that look like a value of this kind. */
function plausible(kind: FieldKind): fc.Arbitrary<string> {
  if (typeof kind === 'object') {
    return fc.constantFrom(...ENUMS[kind.enum], ...Object.keys(ENUM_SYNONYMS[kind.enum] ?? {}));
  }
  return PLAUSIBLE[kind];
}

/** A field kind (scalar or enum, evenly) and a cell for it: half the time one that looks like its values, so the properties meet values. */
const kindAndCell = fc
  .oneof(fc.constantFrom(...KINDS.filter((k) => typeof k === 'string')), fc.constantFrom(...ENUM_KINDS))
  .chain((kind) => fc.tuple(fc.constant(kind), fc.oneof(cell, plausible(kind))));

const options: fc.Arbitrary<CellOptions> = fc.record({
  listSeparator: fc.constantFrom(';', '|', ','),
  dateOrder: fc.constantFrom('DMY' as const, 'MDY' as const, undefined),
  defaultCurrency: fc.constantFrom('EUR', 'JPY', 'BHD', undefined),
  excelSerialDates: fc.boolean(),
});

/** -0 prints as "0"; keep its sign so that reading it back gives -0 again. */
const printNumber = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

/** Money printed unambiguously: grouped whole part (so a lone separator is never read as thousands), then decimals. */
function printMoney({ amount, currency }: MoneyValue): string {
  const decimals = currencyDecimals(currency);
  const sign = amount < 0 || Object.is(amount, -0) ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 10 ** decimals);
  if (decimals === 0) return `${sign}${whole} ${currency}`;
  const grouped = whole < 1000 ? `0,${pad(3)(whole)}` : whole.toLocaleString('en-US');
  return `${sign}${grouped}.${pad(decimals)(abs % 10 ** decimals)} ${currency}`;
}

/** A value of a field kind, written back as text in the plainest way. */
function print(kind: FieldKind, value: unknown, opts: CellOptions): string {
  if (typeof kind === 'object') return value as string;
  switch (kind) {
    case 'int':
    case 'float':
      return printNumber(value as number);
    case 'boolean':
      return String(value);
    case 'strings':
      return (value as string[]).join(opts.listSeparator);
    case 'money':
      return printMoney(value as MoneyValue);
    default:
      return value as string;
  }
}

/** What a value of each kind must look like, and what of the cell it must keep. */
function checkProduced(kind: FieldKind, text: string, v: unknown, opts: CellOptions): void {
  if (typeof kind === 'object') {
    expect(ENUMS[kind.enum]).toContain(v);
    return;
  }
  switch (kind) {
    case 'string':
      expect(v).toBe(text.trim());
      break;
    case 'int':
      expect(Number.isSafeInteger(v)).toBe(true);
      break;
    case 'float':
      expect(Number.isFinite(v)).toBe(true);
      break;
    case 'boolean':
      expect(typeof v).toBe('boolean');
      break;
    case 'date':
      expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${v as string}T00:00:00Z`).toISOString().slice(0, 10)).toBe(v);
      break;
    case 'datetime':
      expect(new Date(v as string).toISOString()).toBe(v);
      break;
    case 'strings': {
      const list = v as string[];
      for (const item of list) {
        expect(item).not.toBe('');
        expect(item).toBe(item.trim());
        expect(item.includes(opts.listSeparator) || /[\r\n]/.test(item)).toBe(false);
      }
      // Nothing but separators and blanks is dropped.
      const kept = (s: string) => s.replace(/\s/g, '');
      expect(kept(list.join(''))).toBe(kept(text).split(opts.listSeparator).join(''));
      break;
    }
    case 'money': {
      const { amount, currency } = v as MoneyValue;
      expect(Number.isSafeInteger(amount)).toBe(true);
      expect(currency).toMatch(/^[A-Z]{3}$/);
      break;
    }
  }
}

describe('parseCell, over every field kind', () => {
  const RUNS = { numRuns: 3000 };

  it('answers every cell with a value or a reason (never blank), never a throw', () => {
    fc.assert(
      fc.property(kindAndCell, options, ([kind, text], opts) => {
        const parsed = parseCell(kind, text, opts);
        if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
      }),
      RUNS,
    );
  });

  it('gives the same answer whatever blanks surround the cell', () => {
    fc.assert(
      fc.property(kindAndCell, fc.constantFrom(' ', '  ', '\t', ' \t '), options, ([kind, text], blank, opts) => {
        expect(parseCell(kind, `${blank}${text}${blank}`, opts)).toEqual(parseCell(kind, text, opts));
      }),
      RUNS,
    );
  });

  it('produces what the field takes and keeps what the cell said', () => {
    fc.assert(
      fc.property(kindAndCell, options, ([kind, text], opts) => {
        const parsed = parseCell(kind, text, opts);
        if (parsed.ok) checkProduced(kind, text, parsed.value, opts);
      }),
      RUNS,
    );
  });

  it('is idempotent: a value it produced, written back plainly, reads as the same value', () => {
    let values = 0;
    fc.assert(
      fc.property(kindAndCell, options, ([kind, text], opts) => {
        const parsed = parseCell(kind, text, opts);
        if (!parsed.ok) return;
        values++;
        expect(parseCell(kind, print(kind, parsed.value, opts), opts)).toEqual(parsed);
      }),
      RUNS,
    );
    // The plausible cells make sure the property is about values, not only refusals.
    expect(values).toBeGreaterThan(RUNS.numRuns / 3);
  });

  it('reads every enum value and synonym whatever its case and punctuation', () => {
    const spellings = fc
      .constantFrom(...ENUM_KINDS)
      .chain(({ enum: name }) =>
        fc.tuple(
          fc.constant(name),
          fc.constantFrom(...ENUMS[name], ...Object.keys(ENUM_SYNONYMS[name] ?? {})),
          fc.array(fc.constantFrom(' ', '-', '_', '.', '/'), { minLength: 1, maxLength: 4 }),
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(spellings, ([name, written, noise, upper]) => {
        const expected = (ENUMS[name] as readonly string[]).includes(written) ? written : ENUM_SYNONYMS[name]![written];
        const chars = [...(upper ? written.toUpperCase() : written.toLowerCase())];
        const noisy = chars.map((c, i) => c + (noise[i % noise.length] ?? '')).join('');
        expect(value(parseCell({ enum: name }, noisy, DEFAULT_CELL_OPTIONS))).toBe(expected);
      }),
      RUNS,
    );
  });
});
