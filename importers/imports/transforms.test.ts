/** Transforms of a mapping file: their shapes, and the value each makes of a row. */
import { bindTransform, checkTransform, headerLookup } from './transforms';
import type { BoundTransform } from './transforms';

const HEADER = ['ID', 'First Name', 'Last Name', 'FQDN', 'Status', '', 'Serial', 'Serial'];
const ROW = ['42', ' Ana ', 'Lopez', 'web-01.corp.example', 'Ready to Deploy', 'B-7', 'SN-1', 'SN-2'];

function bind(spec: unknown): BoundTransform {
  const checked = checkTransform(spec);
  if (!checked.ok) throw new Error(checked.reason);
  const bound = bindTransform(checked.spec, headerLookup(HEADER));
  if ('reason' in bound) throw new Error(bound.reason);
  return bound;
}

describe('transforms', () => {
  it.each([
    [{ join: ['First Name', 'Last Name'] }, 'Ana Lopez'],
    [{ join: ['Last Name', 'First Name'], separator: ', ' }, 'Lopez, Ana'],
    [{ split: 'FQDN', separator: '.', part: 1 }, 'web-01'],
    [{ split: 'FQDN', separator: '.', part: -1 }, 'example'],
    [{ split: 'FQDN', separator: '.', part: 9 }, ''],
    [{ template: '{First Name} {Last Name} ({#6})' }, 'Ana Lopez (B-7)'],
    [{ constant: 36 }, '36'],
    [{ column: 'ID', prefix: 'snipe-' }, 'snipe-42'],
    [{ column: '#8' }, 'SN-2'],
    [{ column: 'Status', map: { 'ready to deploy': 'IN_STOCK' } }, 'IN_STOCK'],
    [{ column: 'First Name', map: { Bob: 'Robert' }, suffix: '!' }, 'Ana!'],
  ])('%j → %j', (spec, value) => expect(bind(spec).compute(ROW)).toBe(value));

  it('gives an empty value, not its bare text, when every cell it reads is empty', () => {
    const empty = ['', '', '', '', '', '', '', ''];
    expect(bind({ template: 'Room {#6}' }).compute(empty)).toBe('');
    expect(bind({ column: 'ID', prefix: 'snipe-' }).compute(empty)).toBe('');
    expect(bind({ join: ['First Name', 'Last Name'] }).compute(empty)).toBe('');
  });

  it('says what it does, for the column plan', () => {
    expect(bind({ join: ['First Name', 'Last Name'] }).describe).toBe('join("First Name", "Last Name") with " "');
    expect(bind({ column: 'ID', prefix: 'snipe-', map: { a: 'b' } }).describe).toBe(
      'column "ID", mapped by 1 value(s), prefixed "snipe-"',
    );
  });

  it.each([
    [{}, [], 'give one of join, split, template, constant, column (it has nothing)'],
    [{ join: ['A', 'B'], column: 'C' }, [], 'give one of join, split, template, constant, column, not join and column'],
    [{ join: ['A'] }, ['join'], 'join needs at least two columns'],
    [
      { split: 'FQDN', separator: '.', part: 0 },
      ['part'],
      'part counts from 1 (or from the end: -1 is the last piece)',
    ],
    [{ split: 'FQDN', part: 1 }, ['separator'], expect.stringMatching(/expected string/i)],
    [{ template: 'no columns' }, ['template'], 'a template names at least one column in braces, e.g. "{Building}"'],
    [{ column: 'ID', prefx: 'x' }, ['prefx'], 'prefx does not belong to a column transform'],
    ['LICENCE', [], 'expected an object with one of join, split, template, constant, column'],
  ])('refuses %j naming what is wrong', (spec, path, reason) => {
    expect(checkTransform(spec)).toEqual({ ok: false, path, reason });
  });

  it('refuses a column the header lacks, and a repeated header named by name', () => {
    const lookup = headerLookup(HEADER);
    expect(bindTransform({ join: ['First Name', 'Surname'] }, lookup)).toEqual({
      reason: 'names column "Surname", which the file does not have',
    });
    expect(bindTransform({ column: 'Serial' }, lookup)).toEqual({
      reason: 'names column "Serial", which the file has 2 times (columns 7, 8); name one by position, e.g. "#8"',
    });
    expect(bindTransform({ column: '#9' }, lookup)).toEqual({ reason: 'names column #9, but the file has 8 columns' });
  });
});
