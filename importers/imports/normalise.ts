/**
 * Turning one CSV cell (text, as people and other tools write it) into the
 * value the API takes for a field of a given kind. Pure functions: no I/O,
 * no clock. Each returns `{ok: true, value}` or `{ok: false, reason}` with a
 * reason that says what was expected and what was found, so the import can
 * name the row and column.
 */
import type { FieldKind } from '../../graph/model/classes';
import type { CustomFieldDef, CustomFieldType } from '../../graph/model/custom.fields';
import { ENUMS } from '../../graph/model/enums';
import type { EnumName } from '../../graph/model/enums';
import { ENUM_SYNONYMS } from './enum.synonyms';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const good = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Order of day and month in numeric dates like 03/04/2024. */
import type { DateOrder } from '../../graph/model/imports';
export type { DateOrder };

export interface CellOptions {
  /** Needed for numeric dates where both day and month are ≤ 12. */
  dateOrder?: DateOrder;
  /** Read 5-digit numbers in date columns as Excel serials (the mapping file's `"dates": "excel-serial"`); else refused. */
  excelSerialDates?: boolean;
  /** Currency for money cells that carry none. */
  defaultCurrency?: string;
  /** Separator between values of list fields (tags, IP addresses). */
  listSeparator: string;
  /** Extra enum synonyms (from a mapping file), by enum, then synonym → value. */
  enumSynonyms?: Partial<Record<EnumName, Record<string, string>>>;
}

export const DEFAULT_CELL_OPTIONS: CellOptions = { listSeparator: ';' };

/** Lower case with everything but letters and digits removed: `Asset Tag`, `asset_tag` and `ASSET-TAG` meet. */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().slice(0, 3)];

/**
 * Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). A date column that
 * lost its format comes out as these numbers; they are read only when the mapping says so, 1954 to 2119.
 */
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, 'i');
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[-, ]+(\d{4}|\d{2})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`);

function fullYear(year: string): number {
  const y = Number(year);
  if (year.length === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function isoDate(y: number, m: number, d: number, original: string): Parsed<string> {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return bad(`"${original}" is not a real calendar date`);
  }
  return good(iso);
}

const excelDate = (days: number): string => new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
const inExcelRange = (days: number): boolean => days >= 20000 && days <= 80000;

/**
 * A calendar date as YYYY-MM-DD from: ISO (with or without a time), Y/M/D,
 * D/M/Y or M/D/Y (by `order`, or when unambiguous), D.M.Y (always day
 * first), month names (`12 Mar 2024`, `Mar 12, 2024`), and Excel serials
 * when `excelSerial` says the file has them (never guessed: `45291` could be
 * anything, and Excel wrote it only because the column lost its format).
 */
export function parseDate(text: string, order?: DateOrder, excelSerial = false): Parsed<string> {
  const t = text.trim();
  let m = ISO_LIKE.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = EXCEL_SERIAL.exec(t);
  if (m && excelSerial) {
    const days = Number(m[1]);
    if (!inExcelRange(days)) return bad(`"${t}" is outside the Excel date serials accepted (20000-80000)`);
    return good(excelDate(days));
  }
  if (m && inExcelRange(Number(m[1]))) {
    return bad(
      `"${t}" looks like an Excel date serial number (day ${m[1]} after 1899-12-30 would be ${excelDate(Number(m[1]))}): the column lost its date format; nothing is guessed: format it as dates and export again, or set "dates": "excel-serial" in the mapping file`,
    );
  }
  m = NUMERIC.exec(t);
  if (m) {
    const [a, sep, b, year] = [Number(m[1]), m[2], Number(m[3]), fullYear(m[4])];
    let dayFirst: boolean;
    if (sep === '.') dayFirst = true;
    else if (order) dayFirst = order === 'DMY';
    else if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else return bad(`"${t}" is ambiguous (day/month or month/day?); give the date order (DMY or MDY)`);
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    const parsed = isoDate(year, mo, d, t);
    if (!parsed.ok && order && sep !== '.' && mo > 12) return bad(`"${t}" is not a valid date in ${order} order`);
    return parsed;
  }
  m = DAY_MONTH_NAME.exec(t);
  if (m && monthOf(m[2])) return isoDate(fullYear(m[3]), monthOf(m[2])!, Number(m[1]), t);
  m = MONTH_NAME_DAY.exec(t);
  if (m && monthOf(m[1])) return isoDate(Number(m[3]), monthOf(m[1])!, Number(m[2]), t);
  return bad(`"${t}" is not a date; expected e.g. 2024-03-01, 01/03/2024 with a date order, or 1 Mar 2024`);
}

/**
 * What one cell says about its column's day/month order: `16/6/15` can only be day-first (DMY),
 * `6/16/15` only month-first (MDY), `3/4/15` either (`ambiguous`); anything else (ISO, `1.3.2024`, which
 * is always day-first, month names) says nothing.
 */
export function dateOrderEvidence(text: string): DateOrder | 'ambiguous' | undefined {
  const m = NUMERIC.exec(text.trim());
  if (!m || m[2] === '.') return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  if (a > 12 && b >= 1 && b <= 12) return 'DMY';
  if (b > 12 && a >= 1 && a <= 12) return 'MDY';
  if (a >= 1 && a <= 12 && b >= 1 && b <= 12) return 'ambiguous';
  return undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** An instant as ISO-8601 UTC with milliseconds; times without a zone are taken as UTC, dates as midnight UTC. */
export function parseDateTime(text: string, order?: DateOrder, excelSerial = false): Parsed<string> {
  const t = text.trim();
  if (ISO_INSTANT.test(t)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(t) ? t : `${t}Z`;
    const date = new Date(zoned.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? bad(`"${t}" is not a valid instant`) : good(date.toISOString());
  }
  const day = parseDate(t, order, excelSerial);
  return day.ok ? good(`${day.value}T00:00:00.000Z`) : day;
}

// ---------------------------------------------------------------- money

const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  Fr: 'CHF',
  R$: 'BRL',
  zł: 'PLN',
};
/** Longest symbols first, so `US$` wins over `$`. */
const SYMBOLS_BY_LENGTH = Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length);

/** Minor units per major unit where it is not 100. */
const CURRENCY_DECIMALS: Record<string, number> = {
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  HUF: 2,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};
export const currencyDecimals = (currency: string): number => CURRENCY_DECIMALS[currency] ?? 2;

export interface MoneyValue {
  amount: number;
  currency: string;
}

/**
 * Money as people write it: `€1.299,00`, `$1,299.00`, `1 299,00 EUR`,
 * `USD 1299`, `1'299.50 CHF`, `1299`. The decimal separator is the last of
 * `.`/`,` when both appear; alone, it is a decimal separator when 1-2 digits
 * follow it once, else a thousands separator. The amount comes back in minor
 * units (cents).
 */
export function parseMoney(text: string, defaultCurrency?: string): Parsed<MoneyValue> {
  let t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let negative = t.startsWith('-') || (t.startsWith('(') && t.endsWith(')'));
  if (negative) t = t.replace(/^-|^\(|\)$/g, '');
  let currency: string | undefined;
  const code = /^([A-Za-z]{3})(?=[-\d.,(])|(?<=[\d.,)])([A-Za-z]{3})$/.exec(t);
  if (code) {
    currency = (code[1] ?? code[2]).toUpperCase();
    t = t.replace(code[0], '');
  } else {
    for (const symbol of SYMBOLS_BY_LENGTH) {
      if (t.startsWith(symbol) || t.endsWith(symbol)) {
        currency = CURRENCY_SYMBOLS[symbol];
        t = t.startsWith(symbol) ? t.slice(symbol.length) : t.slice(0, -symbol.length);
        break;
      }
    }
  }
  if (t.startsWith('-')) {
    negative = true;
    t = t.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) {
    return bad(`"${text.trim()}" is not an amount of money; expected e.g. 1299.00 EUR, €1.299,00 or $1,299.00`);
  }
  currency ??= defaultCurrency;
  if (!currency) {
    return bad(`"${text.trim()}" has no currency; write one (€, $, EUR…) or give a default currency`);
  }
  const split = splitDecimal(t);
  if (!split.ok) return bad(`"${text.trim()}": ${split.reason}`);
  const decimals = currencyDecimals(currency);
  const [whole, fraction] = split.value;
  if (fraction.length > decimals) {
    return bad(`"${text.trim()}" has more than ${decimals} decimals for ${currency}`);
  }
  const amount = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  if (!Number.isSafeInteger(amount)) return bad(`"${text.trim()}" is too large`);
  return good({ amount: negative ? -amount : amount, currency });
}

/** Whole and fraction digits of a number written with `.`/`,` as decimal and thousands separators. */
function splitDecimal(t: string): Parsed<[string, string]> {
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  let decimalSep: string | undefined;
  if (dots > 0 && commas > 0) decimalSep = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    decimalSep = t.length - t.indexOf(sep) - 1 === 3 && !/^0[.,]/.test(t) ? undefined : sep;
  }
  const thousandsSep = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : dots ? '.' : ',';
  const [whole, fraction = ''] = decimalSep ? t.split(decimalSep) : [t];
  if (decimalSep && t.split(decimalSep).length > 2) return bad('has two decimal separators');
  if (whole.includes(thousandsSep) && !new RegExp(`^\\d{1,3}(\\${thousandsSep}\\d{3})+$`).test(whole)) {
    return bad('thousands separators are not in groups of three');
  }
  return good([whole.split(thousandsSep).join(''), fraction]);
}

// ---------------------------------------------------------------- numbers, booleans, lists

const INTEGER = /^[-+]?\d{1,3}(?:[,\u00a0 ]\d{3})+$|^[-+]?\d+(?:\.0+)?$/;

export function parseInteger(text: string): Parsed<number> {
  const t = text.trim();
  if (!INTEGER.test(t)) return bad(`"${t}" is not a whole number`);
  const n = Number(t.replace(/[,\u00a0 ]/g, ''));
  return Number.isSafeInteger(n) ? good(n) : bad(`"${t}" is too large`);
}

export function parseNumber(text: string): Parsed<number> {
  let t = text.trim().replace(/%$/, '').trim();
  if (/^[-+]?\d+,\d+$/.test(t) && !/^[-+]?\d{1,3},\d{3}$/.test(t)) t = t.replace(',', '.');
  else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return bad(`"${text.trim()}" is not a number`);
  const n = Number(t);
  return Number.isFinite(n) ? good(n) : bad(`"${text.trim()}" is not a finite number`);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'x', '✓', 'ja', 'oui']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', 'nein', 'non']);

export function parseBoolean(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return good(true);
  if (FALSE_WORDS.has(t)) return good(false);
  return bad(`"${text.trim()}" is not a yes/no value; expected true/false, yes/no, y/n or 1/0`);
}

export function parseList(text: string, separator: string): Parsed<string[]> {
  return good(
    text
      .split(/\r?\n|\r/)
      .flatMap((line) => line.split(separator))
      .map((v) => v.trim())
      .filter((v) => v.length > 0),
  );
}

// ---------------------------------------------------------------- enums

const lookupCache = new Map<string, Map<string, string>>();

function enumLookup(name: EnumName, extra: Record<string, string> | undefined): Map<string, string> {
  const cacheKey = extra ? undefined : name;
  const cached = cacheKey && lookupCache.get(cacheKey);
  if (cached) return cached;
  const values: readonly string[] = ENUMS[name];
  const lookup = new Map<string, string>(values.map((v) => [squash(v), v]));
  for (const [synonym, value] of [...Object.entries(ENUM_SYNONYMS[name] ?? {}), ...Object.entries(extra ?? {})]) {
    lookup.set(squash(synonym), value);
  }
  if (cacheKey) lookupCache.set(cacheKey, lookup);
  return lookup;
}

/** An enum value, matched case- and punctuation-insensitively against the values and their synonyms. */
export function parseEnum(name: EnumName, text: string, extra?: Record<string, string>): Parsed<string> {
  const value = enumLookup(name, extra).get(squash(text));
  if (value && (ENUMS[name] as readonly string[]).includes(value)) return good(value);
  const examples = Object.keys(ENUM_SYNONYMS[name] ?? {}).slice(0, 2);
  return bad(
    `"${text.trim()}" is not a known ${name}; expected one of ${ENUMS[name].join(', ')}` +
      (examples.length ? ` or a synonym such as "${examples.join('", "')}"` : ''),
  );
}

// ---------------------------------------------------------------- attributes

const CANONICAL_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d*[1-9])?$/;

/**
 * An attribute value from text: a number or boolean when the text is exactly
 * how that value prints, a JSON array or quoted string when it starts like
 * one, else the text itself. Export writes attributes as one JSON column, so
 * a round trip never depends on this guess.
 */
export function inferAttribute(text: string): string | number | boolean | (string | number | boolean)[] {
  const t = text.trim();
  if (CANONICAL_NUMBER.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t.startsWith('[') || t.startsWith('"')) {
    try {
      const parsed = JSON.parse(t) as unknown;
      if (typeof parsed === 'string') return parsed;
      if (Array.isArray(parsed) && parsed.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
        return parsed as (string | number | boolean)[];
      }
    } catch {
      // not JSON: keep the text
    }
  }
  return t;
}

// ---------------------------------------------------------------- by field kind

/** A non-empty cell as the API value for a field of this kind. */
export function parseCell(kind: FieldKind, text: string, options: CellOptions): Parsed<unknown> {
  if (typeof kind === 'object') return parseEnum(kind.enum, text, options.enumSynonyms?.[kind.enum]);
  switch (kind) {
    case 'string':
      return good(text.trim());
    case 'int':
      return parseInteger(text);
    case 'float':
      return parseNumber(text);
    case 'boolean':
      return parseBoolean(text);
    case 'date':
      return parseDate(text, options.dateOrder, options.excelSerialDates);
    case 'datetime':
      return parseDateTime(text, options.dateOrder, options.excelSerialDates);
    case 'strings':
      return parseList(text, options.listSeparator);
    case 'money':
      return parseMoney(text, options.defaultCurrency);
  }
}

// ---------------------------------------------------------------- identifiers

/**
 * Excel shows a number of 12 digits or more as `1.23457E+11` and saves it so: the digits past the
 * sixth are gone. Its form: one digit, maybe decimals, `E+`, two or more digits (`5E3`, a real serial
 * of some makers, does not match).
 */
const EXCEL_SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d{2,}$/i;

/** Field names that hold identifiers, beyond those the rule below finds. */
const IDENTIFIER_FIELDS = new Set(['id', 'serial', 'tag', 'sku', 'imei', 'purchaseOrder']);
/** camelCase names ending in one of these words are identifiers: serialNumber, assetTag, employeeId, deviceID. */
const IDENTIFIER_SUFFIX = /(?:Id|ID|Number|No|Tag|Serial|Code|Ref|Reference|Sku|SKU)$/;

/** Whether a field (or attribute) name holds an identifier, where scientific notation can only be damage. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_FIELDS.has(name) || IDENTIFIER_SUFFIX.test(name);
}

/** An identifier cell: its text, unless Excel turned a long number into scientific notation. */
export function parseIdentifier(text: string): Parsed<string> {
  const t = text.trim();
  if (EXCEL_SCIENTIFIC.test(t)) {
    return bad(
      `"${t}" is a number in scientific notation: Excel turned a long number into it and dropped its last digits, which cannot be recovered; export again with the column formatted as text`,
    );
  }
  return good(t);
}

// ---------------------------------------------------------------- custom fields

/** Per custom field type: a cell as its JSON value (graph/items/custom.fields.rules.ts checks the same values from the API). */
const CUSTOM_PARSERS: Record<
  CustomFieldType,
  (text: string, def: CustomFieldDef, options: CellOptions) => Parsed<unknown>
> = {
  BOOLEAN: (t) => parseBoolean(t),
  INTEGER: (t) => parseInteger(t),
  DECIMAL: (t) => parseNumber(t),
  DATE: (t, _def, o) => parseDate(t, o.dateOrder, o.excelSerialDates),
  ENUM: (t, def) => {
    const choice = def.choices?.find((c) => squash(c) === squash(t));
    return choice !== undefined ? good(choice) : bad(`"${t.trim()}" is not one of ${(def.choices ?? []).join(', ')}`);
  },
  URL: (t) => {
    const url = t.trim();
    return /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url)
      ? good(url)
      : bad(`"${url}" is not an http or https URL`);
  },
  LIST: (t, _def, o) => parseList(t, o.listSeparator),
};

/** A non-empty cell of a custom field's column as the value stored in attributes. */
export function parseCustomValue(def: CustomFieldDef, text: string, options: CellOptions): Parsed<unknown> {
  return CUSTOM_PARSERS[def.type](text, def, options);
}
