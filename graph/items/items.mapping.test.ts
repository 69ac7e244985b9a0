import { itemFromNode } from './items.mapping';

const stored = { id: 'srv-1', class: 'Server', name: 'db-01', version: 3 };

describe('itemFromNode', () => {
  it('rebuilds money fields from their amount and currency and drops the stored pair', () => {
    const item = itemFromNode({ ...stored, purchaseCostAmount: 1200.5, purchaseCostCurrency: 'EUR' });
    expect(item.purchaseCost).toEqual({ amount: 1200.5, currency: 'EUR' });
    expect(item).not.toHaveProperty('purchaseCostAmount');
    expect(item).not.toHaveProperty('purchaseCostCurrency');
  });

  it('leaves a cleared money field out, with its currency', () => {
    const item = itemFromNode({ ...stored, salvageValueAmount: null, salvageValueCurrency: 'USD' });
    expect(item).not.toHaveProperty('salvageValue');
    expect(item).not.toHaveProperty('salvageValueCurrency');
  });

  it('keeps every other property as stored, parses attributes and defaults tags', () => {
    const item = itemFromNode({ ...stored, hostname: 'db-01.example', attributes: '{"rack":"R4"}' });
    expect(item).toEqual({ ...stored, hostname: 'db-01.example', attributes: { rack: 'R4' }, tags: [] });
  });

  it('gives an empty attributes object when none are stored and keeps stored tags', () => {
    const item = itemFromNode({ ...stored, tags: ['pci'] });
    expect(item.attributes).toEqual({});
    expect(item.tags).toEqual(['pci']);
  });

  it('does not change the record it maps', () => {
    const props = { ...stored, costAmount: 10, costCurrency: 'GBP' };
    itemFromNode(props);
    expect(props).toEqual({ ...stored, costAmount: 10, costCurrency: 'GBP' });
  });
});
