/**
 * Stock over GraphQL: the stock lines and low ones, an item's movements, and
 * the four movements (receive, adjust, check out, check in). Thin: arguments
 * to graph/catalogue/, answers shaped by schema/catalogue/. The CIs a line,
 * holding or movement names load through the request's item loader.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { adjustStock, checkinItem, checkoutItem, receiveStock } from '../../graph/catalogue/stock';
import { stockLevels } from '../../graph/catalogue/stock.query';
import type {
  StockLevel as GraphStockLevel,
  StockMovement as GraphStockMovement,
} from '../../graph/catalogue/stock.query';
import type { Item } from '../../graph/items/items.mapping';
import {
  AdjustStockInput,
  CheckinInput,
  CheckoutInput,
  Holding,
  ReceiveStockInput,
  StockLevel,
  StockMovement,
} from '../../schema/catalogue/catalogue.types';
import { ConfigurationItem } from '../../schema/items/item.types';
import type { Context } from '../platform/context';
import { pageSize } from '../platform/limits';
import { catalogueLoaders } from './catalogue.loaders';

@Resolver()
export class StockResolver {
  @Query(() => [StockLevel], {
    description:
      'Stock lines (a quantity item at a location), by item name then location name: of one item, at one location and the places inside it, or both; neither: every line.',
  })
  stockLevels(
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | null,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<GraphStockLevel[]> {
    return stockLevels(ctx.db, { itemId, locationId });
  }

  @Query(() => [StockLevel], {
    description:
      'Stock lines at or below their minimum, largest shortfall first; at one location and the places inside it, or everywhere.',
  })
  lowStock(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<GraphStockLevel[]> {
    return stockLevels(ctx.db, { locationId, lowOnly: true });
  }

  @Query(() => [StockMovement], { description: "A quantity item's stock movements, newest first." })
  stockMovements(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 20, at most 500).' })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<GraphStockMovement[]> {
    return catalogueLoaders(ctx).movements(pageSize(first)).load(itemId);
  }

  @Mutation(() => StockMovement, { description: 'Units arrive at a location (and optionally its own minimum is set).' })
  receiveStock(@Arg('input', () => ReceiveStockInput) input: ReceiveStockInput, @Ctx() ctx: Context) {
    return receiveStock(ctx.db, ctx.writer, input);
  }

  @Mutation(() => StockMovement, {
    description: 'A stocktake: sets the count at a location (and optionally its minimum), with the reason.',
  })
  adjustStock(@Arg('input', () => AdjustStockInput) input: AdjustStockInput, @Ctx() ctx: Context) {
    return adjustStock(ctx.db, ctx.writer, input);
  }

  @Mutation(() => StockMovement, {
    description:
      'Hands units out from a location to a person or an asset; refused, naming item, location and counts, when fewer are in stock. A consumable is used up: it leaves no holding.',
  })
  checkoutItem(@Arg('input', () => CheckoutInput) input: CheckoutInput, @Ctx() ctx: Context) {
    return checkoutItem(ctx.db, ctx.writer, input);
  }

  @Mutation(() => StockMovement, {
    description:
      'Takes units of an accessory or part back from their holder onto a shelf; refused for consumables and for more than the holder holds.',
  })
  checkinItem(@Arg('input', () => CheckinInput) input: CheckinInput, @Ctx() ctx: Context) {
    return checkinItem(ctx.db, ctx.writer, input);
  }
}

const load = (ctx: Context, id: string | null): Promise<Item | undefined> | null =>
  id === null ? null : ctx.loaders.item.load(id);

@Resolver(() => StockLevel)
export class StockLevelFields {
  @FieldResolver(() => ConfigurationItem, { nullable: true, description: 'The Accessory, Consumable or Part.' })
  item(@Root() line: GraphStockLevel, @Ctx() ctx: Context) {
    return load(ctx, line.itemId);
  }

  @FieldResolver(() => ConfigurationItem, { nullable: true })
  location(@Root() line: GraphStockLevel, @Ctx() ctx: Context) {
    return load(ctx, line.locationId);
  }
}

@Resolver(() => Holding)
export class HoldingFields {
  @FieldResolver(() => ConfigurationItem, { nullable: true, description: 'The Accessory or Part.' })
  item(@Root() holding: Holding, @Ctx() ctx: Context) {
    return load(ctx, holding.itemId);
  }

  @FieldResolver(() => ConfigurationItem, { nullable: true, description: 'The Person or asset holding it.' })
  holder(@Root() holding: Holding, @Ctx() ctx: Context) {
    return load(ctx, holding.holderId);
  }
}

@Resolver(() => StockMovement)
export class StockMovementFields {
  @FieldResolver(() => ConfigurationItem, { nullable: true, description: 'The item now; null once deleted.' })
  item(@Root() movement: GraphStockMovement, @Ctx() ctx: Context) {
    return load(ctx, movement.itemId);
  }

  @FieldResolver(() => ConfigurationItem, { nullable: true, description: 'The location now; null once deleted.' })
  location(@Root() movement: GraphStockMovement, @Ctx() ctx: Context) {
    return load(ctx, movement.locationId);
  }

  @FieldResolver(() => ConfigurationItem, {
    nullable: true,
    description: 'The person or asset now; null for a stocktake or receipt, or once deleted.',
  })
  holder(@Root() movement: GraphStockMovement, @Ctx() ctx: Context) {
    return load(ctx, movement.holderId);
  }
}

export const STOCK_RESOLVERS = [StockResolver, StockLevelFields, HoldingFields, StockMovementFields] as const;
