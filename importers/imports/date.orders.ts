/**
 * The day/month order of each date column, inferred from the column itself:
 * `6/16/15` can only be month-first, so a column holding it is read
 * month-first throughout, and a `3/4/15` in it is 4 March.
 * A column whose numeric dates are all ambiguous (day and month both ≤ 12)
 * tells nothing, and its ambiguous cells stay refused until the mapping file
 * gives the order. An order given (mapping `dateOrder`, `--date-order`) is
 * never overridden: the scan does not run.
 *
 * Why a first pass, not the rows as they come: a partial import writes its
 * first batch before it reads the rest, so a cell's meaning must be settled
 * before the first row is drafted, and the same in every pass (validation,
 * writing, a resume). The scan reads only the date columns' cells, needs no
 * database, and stops as soon as every date column has a cell only one order
 * can read (most files: within the first rows); it reads to the end only for
 * a column that never says. The first such cell wins: a later cell only the
 * other order can read is refused, naming the row that set the order (a
 * column that mixes orders is damaged, and nothing is guessed).
 */
import type { DateOrder } from '../../graph/model/imports';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import type { ColumnPlan } from './column.mapping';
import type { CsvRecord } from './csv.source';
import { dateOrderEvidence } from './normalise';

export interface InferredDateOrder {
  order: DateOrder;
  /** The first data row whose cell only this order can read, and that cell. */
  row: number;
  text: string;
}

export interface DateColumn {
  index: number;
  header: string;
}

const ORDER_WORDS: Record<DateOrder, string> = { DMY: 'day-first (DMY)', MDY: 'month-first (MDY)' };

/** The columns of a plan that hold dates: date and datetime fields, and DATE custom fields. */
export function dateColumns(plan: ColumnPlan, customFields: readonly CustomFieldDef[]): DateColumn[] {
  const customDates = new Set(customFields.filter((f) => f.type === 'DATE').map((f) => f.name));
  return plan.columns
    .filter(({ target: t }) =>
      t.kind === 'field'
        ? t.fieldKind === 'date' || t.fieldKind === 'datetime'
        : t.kind === 'attribute' && customDates.has(t.name),
    )
    .map((c) => ({ index: c.index, header: c.header }));
}

/** Cells fed row by row; each column keeps the first order one of its cells proves. */
export class DateOrderScan {
  private readonly found = new Map<string, InferredDateOrder>();

  constructor(private readonly columns: readonly DateColumn[]) {}

  /** One data row; true once every column has its order (nothing later can change it). */
  add(row: number, values: readonly string[]): boolean {
    for (const c of this.columns) {
      if (this.found.has(c.header)) continue;
      const text = (values[c.index] ?? '').trim();
      const evidence = dateOrderEvidence(text);
      if (evidence === 'DMY' || evidence === 'MDY') this.found.set(c.header, { order: evidence, row, text });
    }
    return this.found.size === this.columns.length;
  }

  /** Column header → the order its cells proved; columns that proved none are absent. */
  get orders(): ReadonlyMap<string, InferredDateOrder> {
    return this.found;
  }
}

/** Reads the data records until every date column has its order, or the file ends. */
export async function scanDateOrders(
  records: AsyncIterator<CsvRecord>,
  columns: readonly DateColumn[],
): Promise<ReadonlyMap<string, InferredDateOrder>> {
  const scan = new DateOrderScan(columns);
  if (columns.length === 0) return scan.orders;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    if (scan.add(next.value.row, next.value.values)) break;
  }
  return scan.orders;
}

/** One line for the plan: `"Purchased" is read month-first (MDY): row 3 has 6/16/15`. */
export function describeInferred(header: string, inferred: InferredDateOrder): string {
  return `dates in "${header}" are read ${ORDER_WORDS[inferred.order]}: row ${inferred.row} has ${inferred.text}, which only that order can read`;
}

/** Why a cell the column's inferred order cannot read is refused. */
export function againstInferred(reason: string, header: string, inferred: InferredDateOrder): string {
  return `${reason}; "${header}" is read ${ORDER_WORDS[inferred.order]} because row ${inferred.row} has ${inferred.text} (a column that mixes orders is refused, never guessed)`;
}

/** Why an ambiguous cell is refused when the whole column was scanned and nothing told its order. */
export function ambiguousColumn(text: string, header: string): string {
  return `"${text}" is ambiguous (day/month or month/day?) and no date in "${header}" has a day above 12 to tell; give the date order in the mapping file ("dateOrder": "DMY" or "MDY") or with --date-order`;
}
