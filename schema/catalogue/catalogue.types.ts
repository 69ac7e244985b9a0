/**
 * GraphQL types of the catalogue (graph/catalogue/): stock lines, holdings,
 * stock movements and their inputs, manufacturers and categories, an
 * asset's end of life. Hardware models and quantity items themselves are
 * the class types of the class table (DeviceType, Accessory, Consumable,
 * Part); the fields the catalogue adds to them are its field resolvers.
 */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { CLASS_TYPES } from '../items/item.types';
import { DateScalar, DateTimeScalar } from '../platform/scalars';
import { STOCK_MOVEMENT_KINDS } from '../../graph/catalogue/stock.rules';

/** The object type the class table declares for a class (DeviceType, Person…). */
export function classType(name: string): Function {
  const type = CLASS_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`no class type ${name}`);
  return type;
}

export const StockMovementKindEnum = Object.fromEntries(STOCK_MOVEMENT_KINDS.map((k) => [k, k]));
registerEnumType(StockMovementKindEnum, {
  name: 'StockMovementKind',
  description:
    'RECEIVE (units arrive at a location), ADJUST (a stocktake sets the count), CHECKOUT (units go to a person or asset), CHECKIN (they come back).',
});

export const EndOfLifeSourceEnum = { ASSET: 'ASSET', MODEL: 'MODEL' } as const;
registerEnumType(EndOfLifeSourceEnum, {
  name: 'EndOfLifeSource',
  description: "Where an asset's end of life comes from: its own endOfLife, or its hardware model's.",
});

@ObjectType({ description: 'A quantity item at one location: the count on the shelf and the minimum it is held to.' })
export class StockLevel {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => Int, { description: 'Units on the shelf there (checked-out units are not counted).' })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: "The location's own minimum for this item, when it sets one." })
  ownMinimum!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The minimum the line is held to: the location's own, else the item's minQuantity; null: none.",
  })
  minimum!: number | null;

  @Field(() => Boolean, { description: 'At or below its minimum (as Snipe-IT alerts); never without a minimum.' })
  low!: boolean;

  @Field(() => Int, { description: 'Units to receive to be above the minimum again (0 when not low).' })
  shortfall!: number;
}

@ObjectType({ description: 'Units of an accessory or part held by a person or an asset (CHECKED_OUT_TO).' })
export class Holding {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  holderId!: string;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType({ description: 'One recorded stock movement; never changed once written.' })
export class StockMovement {
  @Field(() => ID)
  id!: string;

  @Field(() => StockMovementKindEnum)
  kind!: string;

  @Field(() => DateTimeScalar, { description: 'When it was written: the time of its change records.' })
  at!: string;

  @Field(() => Int, { description: 'Sequence number of its first change record (the STOCKED_AT change).' })
  changeSeq!: number;

  @Field(() => String, { description: 'Who moved the stock.' })
  actor!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { description: 'Name of the item when moved.' })
  itemName!: string;

  @Field(() => Int, {
    description: 'Units moved; for ADJUST, how far the count moved (see stockBefore and stockAfter).',
  })
  quantity!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { description: 'The location whose stock moved.' })
  locationId!: string;

  @Field(() => String, { description: 'Name of the location when moved.' })
  locationName!: string;

  @Field(() => Int)
  stockBefore!: number;

  @Field(() => Int)
  stockAfter!: number;

  @Field(() => ID, { nullable: true, description: 'The person or asset checked out to or in from.' })
  holderId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the holder when moved.' })
  holderName!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Units the holder held before (null: no holding, as for consumables).',
  })
  heldBefore!: number | null;

  @Field(() => Int, { nullable: true })
  heldAfter!: number | null;
}

@ObjectType({ description: 'A manufacturer or category named by hardware models and quantity items.' })
export class CatalogueGroup {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Hardware models (DeviceType) with this name.' })
  modelCount!: number;

  @Field(() => Int, { description: 'Accessories, consumables and parts with this name.' })
  quantityItemCount!: number;

  vendorId!: string | null;
}

@ObjectType({ description: "An asset's end of life and where it comes from." })
export class EndOfLife {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => EndOfLifeSourceEnum)
  from!: string;
}

@InputType({ description: 'All given conditions must hold.' })
export class HardwareModelFilter {
  @Field(() => String, { nullable: true })
  manufacturer?: string;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => DateScalar, { nullable: true, description: 'End of life on or before this date.' })
  endOfLifeBefore?: string;
}

@InputType({ description: 'Units arriving at a location.' })
export class ReceiveStockInput {
  @Field(() => ID, { description: 'An Accessory, Consumable or Part.' })
  itemId!: string;

  @Field(() => ID, { description: 'A Location.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units received, at least 1.' })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: "Sets the location's own minimum for the item." })
  minQuantity?: number;

  @Field(() => String, { nullable: true, description: 'E.g. the purchase order or delivery note.' })
  note?: string;
}

@InputType({ description: 'A stocktake: the count found at a location, and why it differs.' })
export class AdjustStockInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => Int, { description: 'The count found (0 or more): the stock there from now on.' })
  quantity!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The location's own minimum; absent: left as it is; null: removed (the item's minimum applies).",
  })
  minQuantity?: number | null;

  @Field(() => String, { description: 'Why the count changed (stocktake, breakage, loss…); required.' })
  note!: string;
}

@InputType({ description: 'Units handed out from a location to a person or an asset.' })
export class CheckoutInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { description: 'The Location the units are taken from.' })
  locationId!: string;

  @Field(() => ID, { description: 'A Person or a hardware asset (a Part: hardware only).' })
  toId!: string;

  @Field(() => Int, { description: 'Units handed out, at least 1 and at most the stock there.' })
  quantity!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'Units of an accessory or part given back and put on a shelf.' })
export class CheckinInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { description: 'The Person or asset giving them back.' })
  fromId!: string;

  @Field(() => ID, { description: 'The Location they go back to.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units given back, at least 1 and at most what the holder holds.' })
  quantity!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}
