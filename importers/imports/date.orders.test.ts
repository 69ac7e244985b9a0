/** Date order per column, by hand: the first cell only one order can read sets it; the reads that follow. */
import { DateOrderScan } from './date.orders';
import { readAttributeCell, readFieldCell } from './typed.cells';
import type { TypedCellContext } from './typed.cells';
import { DEFAULT_CELL_OPTIONS } from './normalise';

describe('DateOrderScan', () => {
  const columns = [
    { index: 1, header: 'Bought' },
    { index: 2, header: 'Ends' },
  ];

  it('keeps the first proving cell per column and says when every column has one', () => {
    const scan = new DateOrderScan(columns);
    expect(scan.add(1, ['a', '3/4/15', '2015-01-01'])).toBe(false);
    expect(scan.add(2, ['b', '6/16/15', '1/2/18'])).toBe(false);
    expect(scan.add(3, ['c', '16/6/15', '31/1/18'])).toBe(true);
    expect([...scan.orders]).toEqual([
      ['Bought', { order: 'MDY', row: 2, text: '6/16/15' }],
      ['Ends', { order: 'DMY', row: 3, text: '31/1/18' }],
    ]);
  });

  it('learns nothing from ambiguous, ISO, dotted or missing cells', () => {
    const scan = new DateOrderScan(columns);
    for (const [row, cells] of [
      [1, ['a', '3/4/15', '2015-06-16']],
      [2, ['b', '16.6.2015', '']],
      [3, ['c']],
    ] as const) {
      expect(scan.add(row, cells)).toBe(false);
    }
    expect(scan.orders.size).toBe(0);
  });
});

describe('reading a cell with what the run knows', () => {
  const scanned: TypedCellContext = {
    cells: DEFAULT_CELL_OPTIONS,
    dateOrders: new Map([['Bought', { order: 'MDY', row: 2, text: '6/16/15' }]]),
  };

  it('reads a date column in its inferred order, and refuses a cell against it naming the proving row', () => {
    expect(readFieldCell(scanned, 'purchaseDate', 'date', 'Bought', '3/4/15')).toEqual({
      ok: true,
      value: '2015-03-04',
    });
    expect(readFieldCell(scanned, 'purchaseDate', 'date', 'Bought', '16/6/15')).toEqual({
      ok: false,
      reason:
        '"16/6/15" is not a valid date in MDY order; "Bought" is read month-first (MDY) because row 2 has 6/16/15 (a column that mixes orders is refused, never guessed)',
    });
  });

  it('asks for the order when the scanned column never told it; a given order wins over any inference', () => {
    expect(readFieldCell(scanned, 'warrantyEnd', 'date', 'Ends', '3/4/18')).toEqual({
      ok: false,
      reason:
        '"3/4/18" is ambiguous (day/month or month/day?) and no date in "Ends" has a day above 12 to tell; give the date order in the mapping file ("dateOrder": "DMY" or "MDY") or with --date-order',
    });
    const given = { ...scanned, cells: { ...DEFAULT_CELL_OPTIONS, dateOrder: 'DMY' as const } };
    expect(readFieldCell(given, 'purchaseDate', 'date', 'Bought', '3/4/15')).toEqual({ ok: true, value: '2015-04-03' });
  });

  it('refuses scientific notation in identifier fields and attributes only', () => {
    expect(readFieldCell(scanned, 'serialNumber', 'string', 'Serial', '1.23457E+11').ok).toBe(false);
    expect(readFieldCell(scanned, 'model', 'string', 'Model', '1.23457E+11')).toEqual({
      ok: true,
      value: '1.23457E+11',
    });
    expect(readAttributeCell(scanned, 'badgeId', 'Badge ID', '4.5E+12').ok).toBe(false);
    expect(readAttributeCell(scanned, 'note', 'Note', '4.5E+12')).toEqual({ ok: true, value: '4.5E+12' });
  });

  it('types an attribute by its custom field, and guesses the others as before', () => {
    const ctx: TypedCellContext = {
      cells: DEFAULT_CELL_OPTIONS,
      customFields: new Map([
        ['hotSwap', { class: 'Server', name: 'hotSwap', label: 'Hot Swap', type: 'BOOLEAN', required: false }],
      ]),
    };
    expect(readAttributeCell(ctx, 'hotSwap', 'Hot Swap', 'TRUE')).toEqual({ ok: true, value: true });
    expect(readAttributeCell(ctx, 'other', 'Other', 'TRUE')).toEqual({ ok: true, value: 'TRUE' });
    expect(readAttributeCell(ctx, 'other', 'Other', 'true')).toEqual({ ok: true, value: true });
  });
});
