import { classesIn } from '../model/classes';
import { checkRelationship, relationshipRule } from '../model/relationships.rules';
import {
  afterCheckin,
  afterCheckout,
  checkCount,
  checkHolder,
  checkNote,
  effectiveEndOfLife,
  effectiveMinimum,
  isLow,
  QUANTITY_CLASSES,
  QUANTITY_RULES,
  quantityRule,
  shortfall,
} from './stock.rules';
import { stockLevel } from './stock.query';

const dock = { id: 'acc-1', class: 'Accessory', name: 'USB-C dock' };
const toner = { id: 'con-1', class: 'Consumable', name: 'Toner 26A' };
const ram = { id: 'part-1', class: 'Part', name: '16 GB DDR4' };
const store = { id: 'loc-1', class: 'Location', name: 'Store A' };
const alice = { id: 'p-1', class: 'Person', name: 'Alice' };
const srv = { id: 'srv-1', class: 'Server', name: 'db01' };

describe('the quantity rule table', () => {
  it('has a row for every quantity class of the class table, and no other', () => {
    expect([...QUANTITY_CLASSES].sort()).toEqual(classesIn('quantity').sort());
  });

  it('lets CHECKED_OUT_TO hold exactly the classes that return, to the targets the table allows', () => {
    const rule = relationshipRule('CHECKED_OUT_TO')!;
    const returning = QUANTITY_CLASSES.filter((c) => QUANTITY_RULES[c].returns);
    expect([...rule.from].sort()).toEqual([...returning].sort());
    for (const cls of returning) {
      expect([...(rule.toByFrom?.[cls] ?? rule.to)].sort()).toEqual([...QUANTITY_RULES[cls].checkoutTo].sort());
    }
  });

  it('keeps the counts to the catalogue: the generic paths are refused, the catalogue is not', () => {
    for (const type of ['STOCKED_AT', 'CHECKED_OUT_TO']) {
      expect(checkRelationship(type, 'Accessory', type === 'STOCKED_AT' ? 'Location' : 'Person', false)).toEqual({
        field: 'type',
        reason: `${type} is kept by the catalogue: use receiveStock, adjustStock, checkoutItem or checkinItem, which record the movement`,
      });
    }
    expect(checkRelationship('STOCKED_AT', 'Part', 'Location', false, 'catalogue')).toBeUndefined();
    expect(checkRelationship('CHECKED_OUT_TO', 'Part', 'Person', false, 'catalogue')?.field).toBe('to');
  });

  it('refuses anything but a quantity item, naming it', () => {
    expect(() => quantityRule(srv, 'itemId')).toThrow(
      "itemId: Server 'db01' (srv-1) is not a quantity item; expected one of Accessory, Consumable, Part",
    );
    expect(quantityRule(toner, 'itemId').returns).toBe(false);
  });

  it('fits parts into assets only', () => {
    expect(() => checkHolder(ram, QUANTITY_RULES.Part, alice, 'toId')).toThrow(
      "toId: a Part is checked out to an asset (a part is fitted into one), not to Person 'Alice' (p-1)",
    );
    expect(() => checkHolder(ram, QUANTITY_RULES.Part, srv, 'toId')).not.toThrow();
    expect(() => checkHolder(dock, QUANTITY_RULES.Accessory, alice, 'toId')).not.toThrow();
    expect(() => checkHolder(dock, QUANTITY_RULES.Accessory, store, 'toId')).toThrow(
      "toId: an Accessory is checked out to a person or an asset, not to Location 'Store A' (loc-1)",
    );
  });
});

describe('counts', () => {
  it('checks out what is there: 5 in stock, take 3 → 2 left; take 5 → 0 left', () => {
    expect(afterCheckout(dock, store, 5, 3)).toBe(2);
    expect(afterCheckout(dock, store, 5, 5)).toBe(0);
  });

  it('refuses to check out more than is in stock, naming item, place and both counts', () => {
    expect(() => afterCheckout(dock, store, 2, 3)).toThrow(
      "quantity: cannot check out 3 of Accessory 'USB-C dock' (acc-1) from Location 'Store A' (loc-1): 2 in stock there",
    );
    try {
      afterCheckout(dock, store, 2, 3);
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extra: { requested: 3, inStock: 2 } });
    }
  });

  it('checks in what is held: holds 4, give back 1 → 3 held', () => {
    expect(afterCheckin(dock, QUANTITY_RULES.Accessory, alice, 4, 1)).toBe(3);
    expect(() => afterCheckin(dock, QUANTITY_RULES.Accessory, alice, 1, 2)).toThrow(
      "quantity: cannot check in 2 of Accessory 'USB-C dock' (acc-1) from Person 'Alice' (p-1), which holds 1",
    );
  });

  it('never checks a consumable in', () => {
    expect(() => afterCheckin(toner, QUANTITY_RULES.Consumable, alice, 0, 1)).toThrow(
      "itemId: a Consumable is used up when checked out; Consumable 'Toner 26A' (con-1) cannot be checked in",
    );
  });

  it.each([
    [0, 1, 'expected a whole number of at least 1, got 0'],
    [-2, 0, 'expected a whole number of at least 0, got -2'],
    [1.5, 1, 'expected a whole number of at least 1, got 1.5'],
  ] as const)('refuses a count of %s (least %s)', (value, least, reason) => {
    expect(() => checkCount('quantity', value, least)).toThrow(`quantity: ${reason}`);
  });

  it('accepts a stocktake of 0, and wants a reason for it', () => {
    expect(() => checkCount('quantity', 0, 0)).not.toThrow();
    expect(() => checkNote('note', '  ', true)).toThrow('note: say why the count changed');
    expect(() => checkNote('note', 'x'.repeat(501), false)).toThrow('note: at most 500 characters, got 501');
  });
});

describe('low stock', () => {
  it("holds a line to the location's minimum, else the item's, else none", () => {
    expect(effectiveMinimum(3, 5)).toBe(3);
    expect(effectiveMinimum(0, 5)).toBe(0);
    expect(effectiveMinimum(null, 5)).toBe(5);
    expect(effectiveMinimum(undefined, undefined)).toBeNull();
  });

  it.each([
    // quantity, minimum, low, shortfall (units to receive to be above the minimum again)
    [2, 3, true, 2],
    [3, 3, true, 1],
    [4, 3, false, 0],
    [0, 0, true, 1],
    [0, null, false, 0],
  ] as const)('%s in stock against a minimum of %s: low %s, short by %s', (quantity, minimum, low, short) => {
    expect(isLow(quantity, minimum)).toBe(low);
    expect(shortfall(quantity, minimum)).toBe(short);
  });

  it('reads a line from the STOCKED_AT properties and the item minimum', () => {
    expect(stockLevel('acc-1', 4, 'loc-1', { quantity: 4 })).toEqual({
      itemId: 'acc-1',
      locationId: 'loc-1',
      quantity: 4,
      ownMinimum: null,
      minimum: 4,
      low: true,
      shortfall: 1,
    });
    expect(stockLevel('acc-1', 4, 'loc-1', { quantity: 4, minQuantity: 1 })).toMatchObject({
      ownMinimum: 1,
      minimum: 1,
      low: false,
    });
  });
});

describe('end of life', () => {
  it("takes the asset's own date first, then its model's", () => {
    expect(effectiveEndOfLife({ endOfLife: '2027-01-31' }, { endOfLife: '2026-06-30' })).toEqual({
      date: '2027-01-31',
      from: 'ASSET',
    });
    expect(effectiveEndOfLife({}, { endOfLife: '2026-06-30' })).toEqual({ date: '2026-06-30', from: 'MODEL' });
    expect(effectiveEndOfLife({}, undefined)).toBeNull();
    expect(effectiveEndOfLife({}, {})).toBeNull();
  });
});
