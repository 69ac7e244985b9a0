/**
 * What an item import needs to know before its first row, once per run:
 * the class's custom fields (their columns are typed) and, when no date
 * order was given, each date column's order inferred from the file
 * (date.orders.ts says why that is a first pass). Every pass of the run
 * (validation, writing, a resume) then reads the rows the same way.
 */
import type { Readable } from 'node:stream';
import type { Executor } from '../../graph/platform/executor';
import { customFieldsOf } from '../../graph/items/custom.fields';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import type { ImportOptions } from '../../graph/model/imports';
import { planColumns } from './column.mapping';
import { readCsv } from './csv.source';
import { dateColumns, scanDateOrders } from './date.orders';
import type { InferredDateOrder } from './date.orders';

export interface ItemImportSetup {
  customFields: readonly CustomFieldDef[];
  /** Date column header → the order its cells proved; absent when the options give the order. */
  dateOrders?: ReadonlyMap<string, InferredDateOrder>;
}

export async function prepareItemImport(
  db: Executor,
  options: ImportOptions,
  open: () => Readable,
): Promise<ItemImportSetup> {
  const customFields = await db.readTx('import.customFields', (tx) => customFieldsOf(tx, options.className!));
  if (options.dateOrder) return { customFields };
  const input = open();
  try {
    const records = readCsv(input, { encoding: options.encoding, delimiter: options.delimiter }).records[
      Symbol.asyncIterator
    ]();
    const header = await records.next();
    if (header.done) return { customFields };
    const plan = planColumns(header.value.values, options, customFields);
    return { customFields, dateOrders: await scanDateOrders(records, dateColumns(plan, customFields)) };
  } finally {
    input.destroy();
  }
}
