/**
 * The catalogue over GraphQL: hardware models, manufacturers and categories,
 * and the fields the catalogue adds to the class types — a model's assets,
 * an asset's model and end of life, a quantity item's stock, holdings and
 * movements, and what a person or asset holds. The neighbour fields load
 * along OF_TYPE, STOCKED_AT and CHECKED_OUT_TO through the request's loaders
 * (batched, and as of the CI's instant when it was read in the past).
 */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { catalogueNames, hardwareModels } from '../../graph/catalogue/models.query';
import type { CatalogueName } from '../../graph/catalogue/models.query';
import { stockLevel } from '../../graph/catalogue/stock.query';
import type {
  StockLevel as GraphStockLevel,
  StockMovement as GraphStockMovement,
} from '../../graph/catalogue/stock.query';
import { effectiveEndOfLife, QUANTITY_CLASSES } from '../../graph/catalogue/stock.rules';
import type { Item } from '../../graph/items/items.mapping';
import {
  CatalogueGroup,
  classType,
  EndOfLife,
  HardwareModelFilter,
  Holding,
  StockLevel,
  StockMovement,
} from '../../schema/catalogue/catalogue.types';
import { ConfigurationItem, HardwareAsset } from '../../schema/items/item.types';
import type { Context } from '../platform/context';
import { pageSize } from '../platform/limits';
import { loadNeighbours } from '../changelog/history.loaders';
import { catalogueLoaders } from './catalogue.loaders';

const DeviceType = classType('DeviceType');

@Resolver()
export class CatalogueResolver {
  @Query(() => [DeviceType], {
    description: 'Hardware models (DeviceType) by manufacturer then model; all given conditions must hold.',
  })
  hardwareModels(
    @Arg('filter', () => HardwareModelFilter, { nullable: true }) filter: HardwareModelFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 20, at most 500).' })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<Item[]> {
    return hardwareModels(ctx.db, filter ?? {}, pageSize(first));
  }

  @Query(() => [CatalogueGroup], {
    description: 'Manufacturers the hardware models and quantity items name, by name, each with its Vendor if any.',
  })
  manufacturers(@Ctx() ctx: Context): Promise<CatalogueName[]> {
    return catalogueNames(ctx.db, 'manufacturer');
  }

  @Query(() => [CatalogueGroup], { description: 'Categories the hardware models and quantity items name, by name.' })
  categories(@Ctx() ctx: Context): Promise<CatalogueName[]> {
    return catalogueNames(ctx.db, 'category');
  }
}

@Resolver(() => CatalogueGroup)
export class CatalogueGroupFields {
  @FieldResolver(() => ConfigurationItem, {
    nullable: true,
    description: 'For a manufacturer: the Vendor of the same name (its web site and support lines), if any.',
  })
  vendor(@Root() group: CatalogueName, @Ctx() ctx: Context) {
    return group.vendorId === null ? null : ctx.loaders.item.load(group.vendorId);
  }
}

@Resolver(() => DeviceType)
export class HardwareModelFields {
  @FieldResolver(() => [HardwareAsset], { description: 'Hardware of this model (OF_TYPE), by name.' })
  async assets(@Root() model: Item, @Ctx() ctx: Context): Promise<Item[]> {
    return (await loadNeighbours(ctx, model, 'OF_TYPE', 'IN')).map((n) => n.item);
  }

  @FieldResolver(() => Int, { description: 'How many assets are of this model.' })
  async assetCount(@Root() model: Item, @Ctx() ctx: Context): Promise<number> {
    return (await loadNeighbours(ctx, model, 'OF_TYPE', 'IN')).length;
  }
}

@Resolver(() => HardwareAsset)
export class AssetModelFields {
  @FieldResolver(() => DeviceType, { nullable: true, description: 'Its hardware model (OF_TYPE), if recorded.' })
  async hardwareModel(@Root() asset: Item, @Ctx() ctx: Context): Promise<Item | null> {
    return (await loadNeighbours(ctx, asset, 'OF_TYPE', 'OUT'))[0]?.item ?? null;
  }

  @FieldResolver(() => EndOfLife, {
    nullable: true,
    description: "Its own endOfLife when set, else its hardware model's; null when neither says.",
  })
  async effectiveEndOfLife(@Root() asset: Item, @Ctx() ctx: Context) {
    if (typeof asset.endOfLife === 'string') return effectiveEndOfLife(asset, undefined);
    const model = (await loadNeighbours(ctx, asset, 'OF_TYPE', 'OUT'))[0]?.item;
    return effectiveEndOfLife(asset, model);
  }
}

/** `holdings` on the classes that can hold accessories and parts: what is checked out to them. */
function holdingsOf(type: Function, name: string) {
  @Resolver(() => type)
  class HoldingsField {
    @FieldResolver(() => [Holding], {
      description: 'Accessories and parts checked out to it (CHECKED_OUT_TO), by item name.',
    })
    async holdings(@Root() holder: Item, @Ctx() ctx: Context): Promise<Holding[]> {
      const found = await loadNeighbours(ctx, holder, 'CHECKED_OUT_TO', 'IN');
      return found.map((n) => ({ itemId: n.item.id, holderId: holder.id, quantity: n.properties.quantity as number }));
    }
  }
  Object.defineProperty(HoldingsField, 'name', { value: name });
  return HoldingsField;
}

/** The stock fields of a quantity class (Accessory, Consumable, Part). */
function stockFieldsOf(type: Function, name: string) {
  const lines = async (item: Item, ctx: Context): Promise<GraphStockLevel[]> =>
    (await loadNeighbours(ctx, item, 'STOCKED_AT', 'OUT')).map((n) =>
      stockLevel(item.id, item.minQuantity, n.item.id, n.properties),
    );
  const held = async (item: Item, ctx: Context): Promise<Holding[]> =>
    (await loadNeighbours(ctx, item, 'CHECKED_OUT_TO', 'OUT')).map((n) => ({
      itemId: item.id,
      holderId: n.item.id,
      quantity: n.properties.quantity as number,
    }));
  const sum = (counts: { quantity: number }[]) => counts.reduce((n, c) => n + c.quantity, 0);

  @Resolver(() => type)
  class StockFields {
    @FieldResolver(() => [StockLevel], { description: 'Its stock at each location that stocks it, by location name.' })
    stock(@Root() item: Item, @Ctx() ctx: Context) {
      return lines(item, ctx);
    }

    @FieldResolver(() => Int, { description: 'Units on the shelves, all locations together.' })
    async inStock(@Root() item: Item, @Ctx() ctx: Context) {
      return sum(await lines(item, ctx));
    }

    @FieldResolver(() => [Holding], {
      description: 'Who or what holds its units, by holder name (empty for consumables: they are used up).',
    })
    checkedOut(@Root() item: Item, @Ctx() ctx: Context) {
      return held(item, ctx);
    }

    @FieldResolver(() => Int, { description: 'Units checked out and not yet back.' })
    async checkedOutQuantity(@Root() item: Item, @Ctx() ctx: Context) {
      return sum(await held(item, ctx));
    }

    @FieldResolver(() => [StockMovement], { description: 'Its stock movements, newest first.' })
    movements(
      @Root() item: Item,
      @Arg('first', () => Int, { nullable: true, description: 'How many (default 20, at most 500).' })
      first: number | null,
      @Ctx() ctx: Context,
    ): Promise<GraphStockMovement[]> {
      return catalogueLoaders(ctx).movements(pageSize(first)).load(item.id);
    }
  }
  Object.defineProperty(StockFields, 'name', { value: name });
  return StockFields;
}

export const CATALOGUE_RESOLVERS = [
  CatalogueResolver,
  CatalogueGroupFields,
  HardwareModelFields,
  AssetModelFields,
  holdingsOf(HardwareAsset, 'AssetHoldingsField'),
  holdingsOf(classType('Person'), 'PersonHoldingsField'),
  ...QUANTITY_CLASSES.map((cls) => stockFieldsOf(classType(cls), `${cls}StockFields`)),
] as const;
