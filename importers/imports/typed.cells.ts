/**
 * How a row reads one cell once the run knows more than its options: the
 * class's custom fields (an attribute cell of a defined field is read by its
 * type, not guessed), each date column's inferred order (date.orders.ts),
 * and identifier fields, where Excel's scientific notation is damage.
 * Pure; row.values.ts calls these for field and attribute cells.
 */
import type { FieldKind } from '../../graph/model/classes';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import { ambiguousColumn, againstInferred } from './date.orders';
import type { InferredDateOrder } from './date.orders';
import {
  dateOrderEvidence,
  inferAttribute,
  isIdentifierName,
  parseCell,
  parseCustomValue,
  parseIdentifier,
} from './normalise';
import type { CellOptions, Parsed } from './normalise';

export interface TypedCellContext {
  cells: CellOptions;
  /** The class's custom fields by name. */
  customFields?: ReadonlyMap<string, CustomFieldDef>;
  /** Date column header → its inferred order; present (maybe empty) when the file was scanned for them. */
  dateOrders?: ReadonlyMap<string, InferredDateOrder>;
}

type Attribute = string | number | boolean | (string | number | boolean)[];

/** A non-empty cell of a field's column. */
export function readFieldCell(ctx: TypedCellContext, field: string, kind: FieldKind, column: string, text: string) {
  if (kind === 'string' && isIdentifierName(field)) return parseIdentifier(text);
  if (kind === 'date' || kind === 'datetime')
    return readDate(ctx, column, text, (cells) => parseCell(kind, text, cells));
  return parseCell(kind, text, ctx.cells);
}

/** A non-empty cell of an attribute's column: typed by its custom field, else guessed as before (and never a mangled id). */
export function readAttributeCell(
  ctx: TypedCellContext,
  name: string,
  column: string,
  text: string,
): Parsed<Attribute> {
  const def = ctx.customFields?.get(name);
  if (def) {
    const read = (cells: CellOptions) => parseCustomValue(def, text, cells) as Parsed<Attribute>;
    return def.type === 'DATE' ? readDate(ctx, column, text, read) : read(ctx.cells);
  }
  if (isIdentifierName(name)) {
    const id = parseIdentifier(text);
    if (!id.ok) return id;
  }
  return { ok: true, value: inferAttribute(text) };
}

/** A date cell in its column's inferred order, if it has one; refusals say where that order came from. */
function readDate<T>(ctx: TypedCellContext, column: string, text: string, parse: (cells: CellOptions) => Parsed<T>) {
  if (ctx.cells.dateOrder || !ctx.dateOrders) return parse(ctx.cells);
  const inferred = ctx.dateOrders.get(column);
  if (!inferred) {
    return dateOrderEvidence(text) === 'ambiguous'
      ? ({ ok: false, reason: ambiguousColumn(text.trim(), column) } as const)
      : parse(ctx.cells);
  }
  const parsed = parse({ ...ctx.cells, dateOrder: inferred.order });
  return parsed.ok ? parsed : ({ ok: false, reason: againstInferred(parsed.reason, column, inferred) } as const);
}
