/**
 * CSV formula injection: a spreadsheet runs a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, so a CI named
 * `=HYPERLINK("http://evil", "click")` in an export or an error report would
 * act when opened. OWASP's advice is to prefix such a cell with a single
 * quote, which spreadsheets show as text.
 *
 * The escaping must also keep an export → import round trip lossless, so it
 * is a bijection:
 * - escape: a value that matches /^'*[=+\-@\t\r]/ and is not a plain number
 *   gets one more leading `'` (plain numbers such as `-5` or `-0.25` stay
 *   numbers: a negative amount must stay a number, and a spreadsheet reads
 *   them as numbers, not formulas);
 * - unescape: a value that matches /^'+[=+\-@\t\r]/ loses one leading `'`.
 * So `=x` ⇄ `'=x`, `'=x` ⇄ `''=x`, and every other value is left alone both ways.
 */

const RISKY = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The value as it should be written to a CSV a person may open in a spreadsheet. */
export function escapeFormula(value: string): string {
  return RISKY.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The value a CSV cell stands for, undoing escapeFormula. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
