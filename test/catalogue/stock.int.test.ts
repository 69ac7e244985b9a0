/**
 * Quantity items through the API (issue 18): stock per location after a
 * sequence of receipts, checkouts, check-ins and a stocktake, worked out by
 * hand; refusals that name item, place and counts and write nothing;
 * consumables never come back; parts go into assets only; the change log
 * and the movement ledger record every movement; concurrent checkouts of the
 * last units do not oversell.
 *
 *   hq "HQ" (SITE)
 *   ├─ store-a "Store A" (ROOM)
 *   └─ store-b "Store B" (ROOM)
 *   alice, bob (Person); srv-1 (Server)
 *   acc-dock "USB-C dock" (Accessory, minQuantity 2)
 *   con-toner "Toner 26A" (Consumable, minQuantity 3)
 *   part-ram "16 GB DDR4" (Part)
 *
 *   step                                   Store A  Store B  alice  srv-1
 *   receive 10 docks at A                     10
 *   receive 3 docks at B (own minimum 4)      10       3
 *   check out 4 to alice from A                6       3       4
 *   check out 1 to srv-1 from A                5       3       4      1
 *   alice checks 1 in at B                     5       4       3      1
 *   check out 6 to alice from A: refused (5 in stock there)
 *   alice checks 4 in: refused (she holds 3)
 *   alice checks 3 in at A                     8       4       —      1
 *   → 8 + 4 + 1 = 13 = 10 + 3 received; Store B is low (4 ≤ its own minimum 4, short by 1)
 */
import { resetGraph, startTestApi, cypher } from '../support/api';
import type { TestApi } from '../support/api';
import { ok, refused } from '../support/expect';
import type { CiClass } from '../../sdk/generated';

jest.setTimeout(240_000);

let api: TestApi;

const create = async (cls: CiClass, id: string, name: string, fields: Record<string, unknown> = {}) =>
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name, ...fields } }));
const relate = async (from: string, type: string, to: string) =>
  ok(await api.sdk.Relate({ input: { from, type: type as never, to } }));

const receive = async (itemId: string, locationId: string, quantity: number, minQuantity?: number) =>
  ok(await api.sdk.ReceiveStock({ input: { itemId, locationId, quantity, minQuantity } })).receiveStock;
const checkout = async (itemId: string, locationId: string, toId: string, quantity: number) =>
  ok(await api.sdk.CheckoutItem({ input: { itemId, locationId, toId, quantity } })).checkoutItem;
const checkin = async (itemId: string, fromId: string, locationId: string, quantity: number) =>
  ok(await api.sdk.CheckinItem({ input: { itemId, fromId, locationId, quantity } })).checkinItem;

/** Stock of an item as [location, quantity] by location name, and its holdings as [holder, quantity]. */
async function counts(id: string) {
  const item = ok(await api.sdk.QuantityItem({ id, first: 50 })).item!;
  if (!('stock' in item)) throw new Error(`${id} is not a quantity item`);
  return {
    stock: item.stock.map((s) => [s.locationId, s.quantity]),
    held: item.checkedOut.map((h) => [h.holderId, h.quantity]),
    inStock: item.inStock,
    checkedOut: item.checkedOutQuantity,
    movements: item.movements,
  };
}

/** What the graph holds behind the API: every change and movement row, to show a refusal wrote nothing. */
async function footprint() {
  const [row] = await cypher(
    api.executor,
    `RETURN COUNT { (:Change) } AS changes, COUNT { (:StockMovement) } AS movements,
            [(i:CI)-[s:STOCKED_AT]->(l:CI) | [i.id, l.id, s.quantity]] AS stock,
            [(i:CI)-[c:CHECKED_OUT_TO]->(h:CI) | [i.id, h.id, c.quantity]] AS held`,
  );
  return row;
}

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await create('Location', 'hq', 'HQ', { locationKind: 'SITE' });
  await create('Location', 'store-a', 'Store A', { locationKind: 'ROOM' });
  await create('Location', 'store-b', 'Store B', { locationKind: 'ROOM' });
  await relate('store-a', 'LOCATED_IN', 'hq');
  await relate('store-b', 'LOCATED_IN', 'hq');
  await create('Person', 'alice', 'Alice');
  await create('Person', 'bob', 'Bob');
  await create('Server', 'srv-1', 'srv-1');
  await create('Accessory', 'acc-dock', 'USB-C dock', { category: 'Docks', manufacturer: 'Dell', minQuantity: 2 });
  await create('Consumable', 'con-toner', 'Toner 26A', { category: 'Toner', minQuantity: 3 });
  await create('Part', 'part-ram', '16 GB DDR4', { category: 'RAM' });
});
afterAll(() => api.stop());

describe('an accessory through receipts, checkouts and check-ins', () => {
  it('receives 10 at Store A and 3 at Store B with its own minimum of 4', async () => {
    const first = await receive('acc-dock', 'store-a', 10);
    expect(first).toMatchObject({ kind: 'RECEIVE', quantity: 10, stockBefore: 0, stockAfter: 10, holderId: null });
    expect(first.actor).toBe('local');
    await receive('acc-dock', 'store-b', 3, 4);
    expect(await counts('acc-dock')).toMatchObject({
      stock: [
        ['store-a', 10],
        ['store-b', 3],
      ],
      inStock: 13,
    });
  });

  it('checks out 4 to alice and 1 to srv-1 from Store A, and takes 1 back from alice at Store B', async () => {
    expect(await checkout('acc-dock', 'store-a', 'alice', 4)).toMatchObject({
      kind: 'CHECKOUT',
      quantity: 4,
      locationName: 'Store A',
      stockBefore: 10,
      stockAfter: 6,
      holderId: 'alice',
      holderName: 'Alice',
      heldBefore: 0,
      heldAfter: 4,
    });
    await checkout('acc-dock', 'store-a', 'srv-1', 1);
    expect(await checkin('acc-dock', 'alice', 'store-b', 1)).toMatchObject({
      kind: 'CHECKIN',
      stockBefore: 3,
      stockAfter: 4,
      heldBefore: 4,
      heldAfter: 3,
    });
    expect(await counts('acc-dock')).toMatchObject({
      stock: [
        ['store-a', 5],
        ['store-b', 4],
      ],
      held: [
        ['alice', 3],
        ['srv-1', 1],
      ],
      inStock: 9,
      checkedOut: 4,
    });
  });

  it('refuses to check out more than Store A holds, naming item, place and counts, and writes nothing', async () => {
    const before = await footprint();
    const error = await refused(
      api.sdk.CheckoutItem({ input: { itemId: 'acc-dock', locationId: 'store-a', toId: 'alice', quantity: 6 } }),
      'BAD_USER_INPUT',
      'quantity',
    );
    expect(error.message).toBe(
      "quantity: cannot check out 6 of Accessory 'USB-C dock' (acc-dock) from Location 'Store A' (store-a): 5 in stock there",
    );
    expect(error.extensions).toMatchObject({ requested: 6, inStock: 5 });
    expect(await footprint()).toEqual(before);
  });

  it('refuses to take back more than alice holds', async () => {
    const before = await footprint();
    const error = await refused(
      api.sdk.CheckinItem({ input: { itemId: 'acc-dock', fromId: 'alice', locationId: 'store-a', quantity: 4 } }),
      'BAD_USER_INPUT',
      'quantity',
    );
    expect(error.message).toBe(
      "quantity: cannot check in 4 of Accessory 'USB-C dock' (acc-dock) from Person 'Alice' (alice), which holds 3",
    );
    expect(await footprint()).toEqual(before);
  });

  it('takes alice’s last 3 back at Store A: her holding goes, the units add up to what was received', async () => {
    expect(await checkin('acc-dock', 'alice', 'store-a', 3)).toMatchObject({
      heldBefore: 3,
      heldAfter: 0,
      stockAfter: 8,
    });
    const c = await counts('acc-dock');
    expect(c).toMatchObject({
      stock: [
        ['store-a', 8],
        ['store-b', 4],
      ],
      held: [['srv-1', 1]],
      inStock: 12,
      checkedOut: 1,
    });
    expect(c.inStock + c.checkedOut).toBe(10 + 3);
    const srv = ok(await api.sdk.AssetModel({ id: 'srv-1' })).item!;
    expect('holdings' in srv && srv.holdings.map((h) => [h.itemId, h.quantity])).toEqual([['acc-dock', 1]]);
  });

  it('recorded every movement, newest first, with who, where and to whom', async () => {
    const { movements } = await counts('acc-dock');
    expect(movements.map((m) => [m.kind, m.quantity, m.locationId, m.holderId, m.stockAfter, m.heldAfter])).toEqual([
      ['CHECKIN', 3, 'store-a', 'alice', 8, 0],
      ['CHECKIN', 1, 'store-b', 'alice', 4, 3],
      ['CHECKOUT', 1, 'store-a', 'srv-1', 5, 1],
      ['CHECKOUT', 4, 'store-a', 'alice', 6, 4],
      ['RECEIVE', 3, 'store-b', null, 3, null],
      ['RECEIVE', 10, 'store-a', null, 10, null],
    ]);
    expect(new Set(movements.map((m) => m.actor))).toEqual(new Set(['local']));
    const same = ok(await api.sdk.StockMovements({ itemId: 'acc-dock', first: 2 })).stockMovements;
    expect(same.map((m) => m.id)).toEqual(movements.slice(0, 2).map((m) => m.id));
  });

  it('reads stock as it stood after any movement (asOf), from the change log', async () => {
    const { movements } = await counts('acc-dock');
    const afterAliceTookFour = movements.find((m) => m.kind === 'CHECKOUT' && m.holderId === 'alice')!;
    const then = ok(await api.sdk.QuantityItemAsOf({ id: 'acc-dock', asOf: afterAliceTookFour.at })).item!;
    expect('stock' in then && [then.stock.map((s) => [s.locationId, s.quantity]), then.checkedOut]).toEqual([
      [
        ['store-a', 6],
        ['store-b', 3],
      ],
      [{ holderId: 'alice', quantity: 4 }],
    ]);
  });

  it('went through the change log: a RELATE per count changed, an UNRELATE when a holding ends', async () => {
    const rows = await cypher(
      api.executor,
      `MATCH (c:Change {ciId: 'acc-dock'}) WHERE c.relType IS NOT NULL
       RETURN c.op AS op, c.relType AS type, c.otherId AS other, c.after AS after ORDER BY c.seq`,
    );
    expect(
      rows.map((r) => [r.op, r.type, r.other, r.after === null ? null : JSON.parse(r.after as string).properties]),
    ).toEqual([
      ['RELATE', 'STOCKED_AT', 'store-a', { quantity: 10 }],
      ['RELATE', 'STOCKED_AT', 'store-b', { quantity: 3, minQuantity: 4 }],
      ['RELATE', 'STOCKED_AT', 'store-a', { quantity: 6 }],
      ['RELATE', 'CHECKED_OUT_TO', 'alice', { quantity: 4 }],
      ['RELATE', 'STOCKED_AT', 'store-a', { quantity: 5 }],
      ['RELATE', 'CHECKED_OUT_TO', 'srv-1', { quantity: 1 }],
      ['RELATE', 'STOCKED_AT', 'store-b', { quantity: 4, minQuantity: 4 }],
      ['RELATE', 'CHECKED_OUT_TO', 'alice', { quantity: 3 }],
      ['RELATE', 'STOCKED_AT', 'store-a', { quantity: 8 }],
      ['UNRELATE', 'CHECKED_OUT_TO', 'alice', null],
    ]);
    // Each movement points at its first change, and the two share an instant.
    const [link] = await cypher(
      api.executor,
      `MATCH (m:StockMovement)-[:MOVED]->(:CI {id: 'acc-dock'}), (c:Change {seq: m.changeSeq})
       RETURN count(*) AS n, all(x IN collect(c.at = m.at AND c.relType = 'STOCKED_AT') WHERE x) AS same`,
    );
    expect(link).toEqual({ n: 6, same: true });
  });

  it('refuses the generic relate on the counts: only a movement may change them', async () => {
    const error = await refused(
      api.sdk.Relate({
        input: { from: 'acc-dock', type: 'STOCKED_AT', to: 'store-a', properties: { quantity: 1000 } },
      }),
      'BAD_USER_INPUT',
      'type',
    );
    expect(error.message).toMatch(
      /STOCKED_AT is kept by the catalogue: use receiveStock, adjustStock, checkoutItem or checkinItem/,
    );
  });
});

describe('consumables, parts and refusals by class', () => {
  it('uses consumables up: a checkout leaves no holding, a check-in is refused', async () => {
    await receive('con-toner', 'store-a', 5);
    expect(await checkout('con-toner', 'store-a', 'bob', 3)).toMatchObject({
      stockAfter: 2,
      holderId: 'bob',
      heldBefore: null,
      heldAfter: null,
    });
    expect(await counts('con-toner')).toMatchObject({ stock: [['store-a', 2]], held: [], checkedOut: 0 });
    const error = await refused(
      api.sdk.CheckinItem({ input: { itemId: 'con-toner', fromId: 'bob', locationId: 'store-a', quantity: 1 } }),
      'BAD_USER_INPUT',
      'itemId',
    );
    expect(error.message).toBe(
      "itemId: a Consumable is used up when checked out; Consumable 'Toner 26A' (con-toner) cannot be checked in",
    );
  });

  it('fits parts into assets, never into people', async () => {
    await receive('part-ram', 'store-b', 4);
    const error = await refused(
      api.sdk.CheckoutItem({ input: { itemId: 'part-ram', locationId: 'store-b', toId: 'alice', quantity: 1 } }),
      'BAD_USER_INPUT',
      'toId',
    );
    expect(error.message).toBe(
      "toId: a Part is checked out to an asset (a part is fitted into one), not to Person 'Alice' (alice)",
    );
    await checkout('part-ram', 'store-b', 'srv-1', 2);
    const srv = ok(await api.sdk.AssetModel({ id: 'srv-1' })).item!;
    expect('holdings' in srv && srv.holdings.map((h) => [h.itemId, h.quantity])).toEqual([
      ['part-ram', 2],
      ['acc-dock', 1],
    ]);
  });

  it.each([
    [
      { itemId: 'srv-1', locationId: 'store-a', toId: 'alice', quantity: 1 },
      'itemId',
      "itemId: Server 'srv-1' (srv-1) is not a quantity item; expected one of Accessory, Consumable, Part",
    ],
    [
      { itemId: 'acc-dock', locationId: 'alice', toId: 'bob', quantity: 1 },
      'locationId',
      "locationId: Person 'Alice' (alice) is not a Location",
    ],
    [
      { itemId: 'acc-dock', locationId: 'store-a', toId: 'store-b', quantity: 1 },
      'toId',
      "toId: an Accessory is checked out to a person or an asset, not to Location 'Store B' (store-b)",
    ],
    [{ itemId: 'acc-dock', locationId: 'store-a', toId: 'nobody', quantity: 1 }, 'toId', 'CI nobody does not exist'],
    [
      { itemId: 'acc-dock', locationId: 'store-a', toId: 'bob', quantity: 0 },
      'quantity',
      'quantity: expected a whole number of at least 1, got 0',
    ],
  ])('refuses checkout %j on %s', async (input, field, message) => {
    const error = await refused(
      api.sdk.CheckoutItem({ input }),
      field === 'toId' && message.startsWith('CI') ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      field,
    );
    expect(error.message).toBe(message);
  });
});

describe('stock lines and low stock', () => {
  it('lists the lines of one location by item name, and the low ones largest shortfall first', async () => {
    const atB = ok(await api.sdk.StockLevels({ locationId: 'store-b' })).stockLevels;
    expect(atB.map((l) => [l.item?.name, l.quantity, l.ownMinimum, l.minimum, l.low])).toEqual([
      ['16 GB DDR4', 2, null, null, false],
      ['USB-C dock', 4, 4, 4, true],
    ]);
    // Toner 2 at Store A against its item minimum 3: short by 2; docks 4 at Store B against Store B's own 4: short by 1.
    const low = ok(await api.sdk.LowStock({ locationId: 'hq' })).lowStock;
    expect(low.map((l) => [l.itemId, l.locationId, l.quantity, l.minimum, l.shortfall])).toEqual([
      ['con-toner', 'store-a', 2, 3, 2],
      ['acc-dock', 'store-b', 4, 4, 1],
    ]);
    expect(ok(await api.sdk.LowStock({ locationId: 'store-b' })).lowStock.map((l) => l.itemId)).toEqual(['acc-dock']);
  });

  it('takes a stocktake with its reason: Store B counted 3 docks, its own minimum removed (the item’s 2 applies)', async () => {
    await refused(
      api.sdk.AdjustStock({ input: { itemId: 'acc-dock', locationId: 'store-b', quantity: 3, note: ' ' } }),
      'BAD_USER_INPUT',
      'note',
    );
    const m = ok(
      await api.sdk.AdjustStock({
        input: { itemId: 'acc-dock', locationId: 'store-b', quantity: 3, minQuantity: null, note: 'one broken' },
      }),
    ).adjustStock;
    expect(m).toMatchObject({ kind: 'ADJUST', quantity: 1, stockBefore: 4, stockAfter: 3, note: 'one broken' });
    const line = ok(await api.sdk.StockLevels({ itemId: 'acc-dock', locationId: 'store-b' })).stockLevels;
    expect(line.map((l) => [l.quantity, l.ownMinimum, l.minimum, l.low])).toEqual([[3, null, 2, false]]);
    expect(ok(await api.sdk.LowStock({})).lowStock.map((l) => l.itemId)).toEqual(['con-toner']);
  });
});

describe('places that hold stock', () => {
  it('cannot be deleted while they stock something (STOCKED_AT protects its target)', async () => {
    const error = await refused(api.sdk.DeleteItem({ id: 'store-b' }), 'CONFLICT', 'id');
    expect(error.message).toMatch(/^CI store-b is still needed by 2 relationship\(s\): 2 STOCKED_AT/);
  });
});

describe('concurrent checkouts', () => {
  it('of the last 3 units by 10 requests at once: exactly 3 succeed, the rest are refused, nothing oversold', async () => {
    await create('Accessory', 'acc-cable', 'HDMI cable');
    await receive('acc-cable', 'store-a', 3);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.sdk.CheckoutItem({
          input: { itemId: 'acc-cable', locationId: 'store-a', toId: i % 2 ? 'alice' : 'bob', quantity: 1 },
        }),
      ),
    );
    const succeeded = answers.filter((a) => !a.errors?.length);
    const refusals = answers.filter((a) => a.errors?.length).map((a) => a.errors![0].message);
    expect(succeeded).toHaveLength(3);
    expect(refusals).toEqual(
      Array(7).fill(
        "quantity: cannot check out 1 of Accessory 'HDMI cable' (acc-cable) from Location 'Store A' (store-a): 0 in stock there",
      ),
    );
    // Each success saw the stock the one before it left: 3 → 2 → 1 → 0, never the same count twice.
    expect(succeeded.map((a) => a.data.checkoutItem.stockBefore).sort()).toEqual([1, 2, 3]);
    const c = await counts('acc-cable');
    expect(c.inStock).toBe(0);
    expect(c.checkedOut).toBe(3);
    expect(c.movements).toHaveLength(4);
  });
});

describe('cost', () => {
  it('reads the stock, holdings and movements of every quantity item in a page in a fixed number of queries', async () => {
    const one = await api.sdk.QuantityItems({ classes: ['Part'] });
    const all = await api.sdk.QuantityItems({ classes: ['Accessory', 'Consumable', 'Part'] });
    expect(
      ok(all)
        .items.edges.map((e) => e.node.id)
        .sort(),
    ).toEqual(['acc-cable', 'acc-dock', 'con-toner', 'part-ram']);
    expect(all.extensions.estate.queries).toBe(one.extensions.estate.queries);
    // The page; the STOCKED_AT and CHECKED_OUT_TO lists; the movements; the lines' items and places, then the holders.
    expect(all.extensions.estate.queries).toBe(6);
  });
});
