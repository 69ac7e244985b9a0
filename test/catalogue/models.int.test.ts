/**
 * Hardware models through the API (issue 18): an asset's model and its end
 * of life (its own, else its model's), a model's assets, models by
 * manufacturer, category and end of life, manufacturers with their Vendor,
 * categories; and models and quantity items made by the CSV import from the
 * class table, re-imported unchanged.
 *
 *   Dell (Vendor)
 *   dt-r650  Dell PowerEdge R650  Servers   EOL 2030-06-30 ← srv-1 (no own EOL), srv-2 (own EOL 2029-12-31)
 *   dt-xps   Dell XPS 13          Laptops   EOL 2028-03-31 ← lap-1
 *   dt-9300  Cisco C9300-48P      Switches  EOL 2032-10-31
 *   srv-3 has no model and no EOL; acc-kb (Accessory, Dell, Keyboards)
 */
import { resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import type { CiClass } from '../../sdk/generated';
import { tempDir, testCli, writeCsv } from '../imports/import.support';

jest.setTimeout(240_000);

let api: TestApi;

const create = async (cls: CiClass, id: string, fields: Record<string, unknown> = {}) =>
  ok(await api.sdk.CreateItem({ input: { class: cls, id, name: id, ...fields } }));
const ofType = async (asset: string, model: string) =>
  ok(await api.sdk.Relate({ input: { from: asset, type: 'OF_TYPE', to: model } }));

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  await create('Vendor', 'v-dell', { name: 'Dell', supportPhone: '+44 800 000 000' });
  const model = (manufacturer: string, model: string, category: string, endOfLife: string) => ({
    manufacturer,
    model,
    category,
    endOfLife,
    name: `${manufacturer} ${model}`,
  });
  await create('DeviceType', 'dt-r650', {
    ...model('Dell', 'PowerEdge R650', 'Servers', '2030-06-30'),
    partNumber: '210-AYJZ',
    formFactor: 'Rack 1U',
    uHeight: 1,
    defaultPowerDrawW: 350,
    powerPortCount: 2,
  });
  await create('DeviceType', 'dt-xps', model('Dell', 'XPS 13', 'Laptops', '2028-03-31'));
  await create('DeviceType', 'dt-9300', model('Cisco', 'C9300-48P', 'Switches', '2032-10-31'));
  await create('Server', 'srv-1');
  await create('Server', 'srv-2', { endOfLife: '2029-12-31' });
  await create('Server', 'srv-3');
  await create('EndUserDevice', 'lap-1');
  await ofType('srv-1', 'dt-r650');
  await ofType('srv-2', 'dt-r650');
  await ofType('lap-1', 'dt-xps');
  await create('Accessory', 'acc-kb', { manufacturer: 'Dell', category: 'Keyboards' });
});
afterAll(() => api.stop());

const assetModel = async (id: string) => {
  const item = ok(await api.sdk.AssetModel({ id })).item!;
  if (!('hardwareModel' in item)) throw new Error(`${id} is not hardware`);
  return item;
};

describe("an asset's model and end of life", () => {
  it("srv-1 has no date of its own: its model's end of life applies", async () => {
    const srv = await assetModel('srv-1');
    expect(srv.hardwareModel).toEqual({
      id: 'dt-r650',
      manufacturer: 'Dell',
      model: 'PowerEdge R650',
      endOfLife: '2030-06-30',
    });
    expect(srv.effectiveEndOfLife).toEqual({ date: '2030-06-30', from: 'MODEL' });
  });

  it('srv-2 has its own date, which wins over its model’s', async () => {
    expect((await assetModel('srv-2')).effectiveEndOfLife).toEqual({ date: '2029-12-31', from: 'ASSET' });
  });

  it('srv-3 has neither: no model, no end of life', async () => {
    const srv = await assetModel('srv-3');
    expect([srv.hardwareModel, srv.effectiveEndOfLife]).toEqual([null, null]);
  });

  it("a model lists its assets by name and counts them, and keeps the model's own fields", async () => {
    const model = ok(await api.sdk.ModelAssets({ id: 'dt-r650' })).item!;
    expect(model).toMatchObject({
      manufacturer: 'Dell',
      partNumber: '210-AYJZ',
      category: 'Servers',
      formFactor: 'Rack 1U',
      defaultPowerDrawW: 350,
      powerPortCount: 2,
      uHeight: 1,
      assetCount: 2,
    });
    expect('assets' in model && model.assets.map((a) => [a.id, a.class])).toEqual([
      ['srv-1', 'Server'],
      ['srv-2', 'Server'],
    ]);
  });
});

describe('the catalogue', () => {
  const models = async (filter: Record<string, string>) =>
    ok(await api.sdk.HardwareModels({ filter })).hardwareModels.map((m) => m.id);

  it('finds models by end of life (on or before), manufacturer and category, by manufacturer then model', async () => {
    expect(await models({})).toEqual(['dt-9300', 'dt-r650', 'dt-xps']);
    expect(await models({ endOfLifeBefore: '2030-06-30' })).toEqual(['dt-r650', 'dt-xps']);
    expect(await models({ endOfLifeBefore: '2030-06-29' })).toEqual(['dt-xps']);
    expect(await models({ manufacturer: 'Dell', category: 'Laptops' })).toEqual(['dt-xps']);
    expect(await models({ manufacturer: 'HPE' })).toEqual([]);
  });

  it('lists manufacturers with their Vendor, and categories, counting models and quantity items', async () => {
    const makers = ok(await api.sdk.Manufacturers()).manufacturers;
    expect(makers).toEqual([
      { name: 'Cisco', modelCount: 1, quantityItemCount: 0, vendor: null },
      { name: 'Dell', modelCount: 2, quantityItemCount: 1, vendor: { id: 'v-dell', name: 'Dell' } },
    ]);
    expect(ok(await api.sdk.Categories()).categories.map((c) => [c.name, c.modelCount, c.quantityItemCount])).toEqual([
      ['Keyboards', 0, 1],
      ['Laptops', 1, 0],
      ['Servers', 1, 0],
      ['Switches', 1, 0],
    ]);
  });
});

describe('the CSV import makes models and quantity items from the class table', () => {
  const dir = tempDir('estate-catalogue-');
  const MODELS = writeCsv(
    dir,
    'models.csv',
    [
      'name,manufacturer,model,partNumber,category,formFactor,endOfLife,defaultPowerDrawW,powerPortCount',
      'HPE DL380 Gen10,HPE,ProLiant DL380 Gen10,868703-B21,Servers,Rack 2U,2029-01-31,500,2',
      'Dell XPS 13,Dell,XPS 13,,Laptops,Laptop,2028-06-30,45,1',
    ].join('\n') + '\n',
  );
  const ACCESSORIES = writeCsv(
    dir,
    'accessories.csv',
    ['name,category,manufacturer,model,minQuantity', 'USB-C charger,Chargers,Dell,DA65NM190,5'].join('\n') + '\n',
  );

  it('creates one model and updates the other, identified by manufacturer and model', async () => {
    const job = await testCli(api.executor).import(MODELS, { class: 'DeviceType' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 1, errors: 0 });
    const hpe = ok(await api.sdk.HardwareModels({ filter: { manufacturer: 'HPE' } })).hardwareModels;
    expect(hpe).toMatchObject([
      {
        model: 'ProLiant DL380 Gen10',
        partNumber: '868703-B21',
        formFactor: 'Rack 2U',
        endOfLife: '2029-01-31',
        defaultPowerDrawW: 500,
        powerPortCount: 2,
      },
    ]);
    // The existing XPS 13 (made through the API) got the file's end of life and form factor.
    const xps = ok(await api.sdk.ModelAssets({ id: 'dt-xps' })).item!;
    expect(xps).toMatchObject({ endOfLife: '2028-06-30', formFactor: 'Laptop', assetCount: 1 });
    expect((await assetModel('lap-1')).effectiveEndOfLife).toEqual({ date: '2028-06-30', from: 'MODEL' });
  });

  it('creates accessories, and a second run of both files changes nothing', async () => {
    const job = await testCli(api.executor).import(ACCESSORIES, { class: 'Accessory' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1, errors: 0 });
    const accessories = ok(await api.sdk.Items({ filter: { classes: ['Accessory'] } })).items.edges;
    expect(accessories.map((e) => e.node.name)).toEqual(['USB-C charger', 'acc-kb']);
    expect(await testCli(api.executor).import(ACCESSORIES, { class: 'Accessory' })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await testCli(api.executor).import(MODELS, { class: 'DeviceType' })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });
});
