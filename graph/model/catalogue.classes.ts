/**
 * The catalogue's classes: hardware models (DeviceType, the one notion of a
 * make and model, which the NetBox import fills and assets point to with
 * OF_TYPE) and the quantity items that are counted rather than tracked one
 * by one, as Snipe-IT keeps them: accessories, consumables and components
 * (here `Part`, so that the name Component stays free for SBOM components).
 *
 * Manufacturers are Vendors (NetBox's manufacturers import as Vendors, and a
 * Snipe-IT manufacturer carries exactly a vendor's fields: web site, support
 * phone and mailbox); a model or item names its manufacturer in the
 * `manufacturer` field. Categories are the `category` field: a name, as
 * Snipe-IT's exports write it. Stock per location and checkouts are the
 * relationships STOCKED_AT and CHECKED_OUT_TO (relationships.rules.ts),
 * written only by graph/catalogue, which records every movement.
 */
import { f } from './class.spec';
import type { ClassSpec, FieldSpec } from './class.spec';

const CATEGORY = f('category', 'string', 'Category name, e.g. Laptops, Keyboards, Toner, RAM.', { searchable: true });
const MANUFACTURER = f('manufacturer', 'string', 'Manufacturer, e.g. Dell, Cisco (a Vendor of that name, if any).');
const MODEL = f('model', 'string', 'Model name or number.');
const PART_NUMBER = f('partNumber', 'string', "The manufacturer's part number.", { searchable: true });

/** What every quantity item carries: what it is, what one costs, and the stock it should not fall below. */
const QUANTITY_FIELDS: readonly FieldSpec[] = [
  CATEGORY,
  MANUFACTURER,
  MODEL,
  PART_NUMBER,
  f('purchaseDate', 'date', 'Date the stock was bought.'),
  f('purchaseOrder', 'string', 'Purchase order number.'),
  f('purchaseCost', 'money', 'Price of one unit.'),
  f(
    'minQuantity',
    'int',
    'Least stock wanted at each location that stocks it (a location may set its own); none: never low.',
  ),
];

const quantity = (name: string, description: string): ClassSpec => ({
  name,
  category: 'quantity',
  description,
  fields: QUANTITY_FIELDS,
  identifiedBy: [['name']],
});

export const CATALOGUE_CLASSES: readonly ClassSpec[] = [
  {
    name: 'DeviceType',
    category: 'logical',
    description:
      'A hardware model (make and model): what every device of the type has in common. Assets point to it with OF_TYPE.',
    fields: [
      MANUFACTURER,
      MODEL,
      PART_NUMBER,
      CATEGORY,
      f('uHeight', 'float', 'Rack units it takes.'),
      f('formFactor', 'string', 'Rack 1U, tower, blade, small form factor, laptop, 2.5-inch…'),
      f('endOfLife', 'date', "The manufacturer's end of life (end of sale or support): its assets' default."),
      f('defaultPowerDrawW', 'int', 'What a device of the type typically draws, in watts.'),
      f('powerPortCount', 'int', 'Power inlets (PSUs) a device of the type has.'),
      f(
        'powerPortsRequired',
        'int',
        'Power ports that must reach a live feed for a device of this type to run (default 1).',
      ),
    ],
    identifiedBy: [['manufacturer', 'model']],
  },
  quantity('Accessory', 'Something handed out and given back, counted not tracked: keyboards, mice, chargers, cables.'),
  quantity('Consumable', 'Something used up once handed out: toner, paper, batteries. Checked out, never checked in.'),
  quantity('Part', "A component fitted into an asset and counted in stock (Snipe-IT's components): RAM, disks, PSUs."),
];
