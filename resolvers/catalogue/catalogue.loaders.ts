/**
 * DataLoaders for the catalogue's fields, made on first use in the
 * request's loader registry (`Loaders.of`): the movements of every item in
 * an answer in one query per page size.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../../graph/platform/executor';
import { stockMovements } from '../../graph/catalogue/stock.query';
import type { StockMovement } from '../../graph/catalogue/stock.query';
import type { Context } from '../platform/context';
import { memo } from '../platform/loaders';

export interface CatalogueLoaders {
  /** An item's movements, newest first, at most `first`. */
  movements(first: number): DataLoader<string, StockMovement[]>;
}

function makeCatalogueLoaders(db: Executor): CatalogueLoaders {
  const byFirst = memo((first) => new DataLoader((ids: readonly string[]) => stockMovements(db, ids, Number(first))));
  return { movements: (first) => byFirst(String(first)) };
}

export function catalogueLoaders(ctx: Context): CatalogueLoaders {
  return ctx.loaders.of(makeCatalogueLoaders);
}
