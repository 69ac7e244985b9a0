/** The formula escaping of CSV cells: hand-worked cases, and the round trip as a property. */
import fc from 'fast-check';
import { escapeFormula, unescapeFormula } from './formula.escape';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['-', `'-`],
    ['+44 20 7946 0000', `'+44 20 7946 0000`],
    ["'=x", `''=x`],
    ["''-x", `'''-x`],
    ["'-5", `''-5`],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(value);
  });

  it.each([
    '-5',
    '-0.25',
    '+7',
    '1e5',
    '-1.5E-3',
    '.5',
    '-.5',
    '42',
    'web01',
    "it's",
    "'quoted'",
    '',
    "'",
    "''x",
    'a=b',
  ])('leaves %j alone, both ways', (value) => {
    expect(escapeFormula(value)).toBe(value);
    expect(unescapeFormula(value)).toBe(value);
  });

  it('is undone by unescapeFormula for any string', () => {
    const risky = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '0', '.', 'e', 'x', ' ');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(risky).map((cs) => cs.join('')),
        ),
        (value) => {
          expect(unescapeFormula(escapeFormula(value))).toBe(value);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never leaves a cell that a spreadsheet would run, unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const out = escapeFormula(value);
        if (/^[=+\-@\t\r]/.test(out)) expect(Number.isFinite(Number(out))).toBe(true);
      }),
    );
  });
});
