/**
 * One CSV record of an item import turned into field values the API takes
 * (money as {amount, currency}, lists as arrays, enums as their values),
 * following the column plan and the empty-cell policy. Pure: what a row
 * means does not depend on the database; reconcile.ts decides what it does.
 */
import type { FieldKind } from '../../graph/model/classes';
import type { ColumnPlan, ColumnTarget } from './column.mapping';
import type { CsvRecord } from './csv.source';
import type { EmptyCellPolicy } from '../../graph/model/imports';
import { findMojibake, mojibakeReason } from './encoding.mojibake';
import { parseCell, parseInteger, squash } from './normalise';
import type { CellOptions } from './normalise';
import { readAttributeCell, readFieldCell } from './typed.cells';
import type { TypedCellContext } from './typed.cells';

export interface RowError {
  /** Data row number (1 is the first row after the header). */
  row: number;
  /** File line where the row starts. */
  line: number;
  /** Header of the offending column, when one column is at fault. */
  column?: string;
  reason: string;
}

export type AttributeValue = string | number | boolean | null | (string | number | boolean)[];

export interface ItemDraft {
  row: number;
  line: number;
  /** The cells as read, for the error report. */
  raw: string[];
  /** Field → API value; null means clear the field. Absent means leave it alone. */
  values: Record<string, unknown>;
  /** Attributes to set (null removes one), merged into those the CI has. */
  attributes: Record<string, AttributeValue>;
  /** The whole attributes object from a JSON column: replaces what the CI has. */
  attributesObject?: Record<string, AttributeValue> | null;
  errors: RowError[];
}

export interface RowContext {
  plan: ColumnPlan;
  cells: CellOptions;
  /** The class's custom fields by name, and the date columns' inferred orders (items.prepare.ts). */
  customFields?: TypedCellContext['customFields'];
  dateOrders?: TypedCellContext['dateOrders'];
  emptyCells: EmptyCellPolicy;
  /** Name of the encoding, for the hint when a cell holds undecodable bytes. */
  encoding: string;
  /** Other encodings the detection found plausible, best first: the hint names these, never `encoding`. */
  encodingAlternatives?: readonly string[];
}

const REPLACEMENT_CHAR = '\uFFFD';

/** Why a cell with undecodable bytes is refused, naming encodings the detection found plausible (never the one used). */
export function undecodableReason(ctx: Pick<RowContext, 'encoding' | 'encodingAlternatives'>): string {
  const used = ctx.encoding.toLowerCase();
  const others = (ctx.encodingAlternatives ?? []).filter((e) => e.toLowerCase() !== used).slice(0, 2);
  const hint = others.length
    ? `the file's detected encodings include ${others.join(' and ')}: give --encoding ${others[0]} if that is what it is in`
    : 'is the file in another encoding? leave out --encoding to have it detected';
  return `holds bytes that are not valid ${ctx.encoding}; ${hint}`;
}

/** Build the draft of one data row. */
export function buildItemDraft(record: CsvRecord, ctx: RowContext): ItemDraft {
  const row = new RowDraft(record, ctx);
  const { plan } = ctx;
  if (record.values.length > plan.columns.length && record.values.slice(plan.columns.length).some((v) => v.trim())) {
    row.fail(
      undefined,
      `the row has ${record.values.length} cells but the header has ${plan.columns.length} columns (an unquoted delimiter in a value?)`,
    );
    return row.draft;
  }
  for (const column of plan.columns) row.apply(column.target, column.header, record.values[column.index] ?? '');
  for (const constant of plan.constants) row.apply(constant.target, `constant ${constant.field}`, constant.text);
  for (const t of plan.transforms) row.apply(t.target, `transform ${t.field}`, t.compute(record.values));
  row.finish();
  return row.draft;
}

/**
 * One row's draft as its cells are applied: most cells set a value at once; list, money and warranty cells
 * are gathered (several columns may feed one field) and turned into values by `finish`.
 */
class RowDraft {
  readonly draft: ItemDraft;
  private readonly money = new Map<string, { amount?: string; currency?: string; column: string }>();
  private readonly lists = new Map<string, { items: string[]; column: string; empty: boolean }>();
  private warrantyMonths: { months: number; column: string } | undefined;

  constructor(
    private readonly record: CsvRecord,
    private readonly ctx: RowContext,
  ) {
    this.draft = { row: record.row, line: record.line, raw: record.values, values: {}, attributes: {}, errors: [] };
  }

  fail(column: string | undefined, reason: string): void {
    this.draft.errors.push({ row: this.record.row, line: this.record.line, column, reason });
  }

  /** Empty cells clear what they map to (policy `clear`) rather than leave it alone. */
  private get clears(): boolean {
    return this.ctx.emptyCells === 'clear';
  }

  /** One cell (or constant) into the draft, by what its column maps to. */
  apply(target: ColumnTarget, column: string, cell: string): void {
    if (cell.includes(REPLACEMENT_CHAR)) return this.fail(column, undecodableReason(this.ctx));
    const mojibake = findMojibake(cell);
    if (mojibake) return this.fail(column, mojibakeReason(mojibake));
    const text = cell.replace(/\r\n?/g, '\n').trim();
    switch (target.kind) {
      case 'ignore':
        return;
      case 'class':
        return this.checkClass(column, text, target.values);
      case 'field':
        if (target.fieldKind === 'strings') return this.gatherList(target.field, column, text);
        return this.setField(target.field, target.fieldKind, column, text);
      case 'moneyPart':
        return this.gatherMoney(target.field, target.part, column, text);
      case 'attribute':
        return this.setAttribute(target.name, column, text);
      case 'attributes':
        return this.setAttributes(column, text);
      case 'warrantyMonths':
        return this.gatherWarranty(column, text);
    }
  }

  /** A class column must name the class being imported, or be the source tool's name for it (or be empty). */
  private checkClass(column: string, text: string, values?: Readonly<Record<string, string>>): void {
    const className = this.ctx.plan.className;
    if (text === '' || squash(text) === squash(className) || values?.[text.toLowerCase()] === className) return;
    const means = values?.[text.toLowerCase()];
    this.fail(
      column,
      means
        ? `the row is a ${text} (a ${means}), but this import is of ${className}`
        : `the row is a ${text}, but this import is of ${className}`,
    );
  }

  private setField(field: string, kind: FieldKind, column: string, text: string): void {
    if (text === '') {
      if (this.clears && field !== 'id' && field !== 'name') this.draft.values[field] = null;
      return;
    }
    const parsed = readFieldCell(this.ctx, field, kind, column, text);
    if (parsed.ok) this.draft.values[field] = parsed.value;
    else this.fail(column, parsed.reason);
  }

  /** A list field may come from several columns: their items are gathered. */
  private gatherList(field: string, column: string, text: string): void {
    const list = this.lists.get(field) ?? { items: [], column, empty: true };
    this.lists.set(field, list);
    if (text === '') return;
    const parsed = parseCell('strings', text, this.ctx.cells);
    if (parsed.ok) list.items.push(...(parsed.value as string[]));
    list.empty = false;
  }

  /** Amount and currency come from two columns. */
  private gatherMoney(field: string, part: 'amount' | 'currency', column: string, text: string): void {
    const m = this.money.get(field) ?? { column };
    this.money.set(field, m);
    if (text !== '') m[part] = text;
  }

  private setAttribute(name: string, column: string, text: string): void {
    if (text === '') {
      if (this.clears) this.draft.attributes[name] = null;
      return;
    }
    const parsed = readAttributeCell(this.ctx, name, column, text);
    if (parsed.ok) this.draft.attributes[name] = parsed.value;
    else this.fail(column, parsed.reason);
  }

  /** A JSON column holding the whole attributes object. */
  private setAttributes(column: string, text: string): void {
    if (text === '') {
      if (this.clears) this.draft.attributesObject = null;
      return;
    }
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      this.draft.attributesObject = parsed as Record<string, AttributeValue>;
    } catch {
      this.fail(column, `expected a JSON object such as {"rackUnit": 12}, got ${text.slice(0, 60)}`);
    }
  }

  private gatherWarranty(column: string, text: string): void {
    if (text === '') return;
    const months = parseMonths(text);
    if (months === undefined)
      this.fail(column, `"${text}" is not a warranty length; expected months such as 36 or "3 years"`);
    else this.warrantyMonths = { months, column };
  }

  /** The gathered lists, money and warranty length as values, once every cell is applied. */
  finish(): void {
    this.finishLists();
    this.finishMoney();
    this.finishWarranty();
  }

  private finishLists(): void {
    for (const [field, list] of this.lists) {
      if (!list.empty) this.draft.values[field] = list.items;
      else if (this.clears) this.draft.values[field] = null;
    }
  }

  /** Both parts or neither; the amount in minor units. */
  private finishMoney(): void {
    for (const [field, m] of this.money) {
      if (m.amount === undefined && m.currency === undefined) {
        if (this.clears) this.draft.values[field] = null;
      } else if (m.amount === undefined || m.currency === undefined) {
        this.fail(m.column, `${field} needs both an amount and a currency`);
      } else {
        const amount = parseInteger(m.amount);
        if (!amount.ok) this.fail(`${field}.amount`, `${amount.reason} (the amount is in minor units, e.g. cents)`);
        else this.draft.values[field] = { amount: amount.value, currency: m.currency.toUpperCase() };
      }
    }
  }

  /** A warranty length gives the warranty end from the purchase date, unless the row gives the end itself. */
  private finishWarranty(): void {
    const warranty = this.warrantyMonths;
    const { values } = this.draft;
    if (!warranty || values.warrantyEnd !== undefined || this.draft.errors.length > 0) return;
    if (typeof values.purchaseDate !== 'string') {
      this.fail(warranty.column, 'a warranty length needs a purchase date in the same row to give a warranty end');
    } else {
      values.warrantyEnd = addMonths(values.purchaseDate, warranty.months);
    }
  }
}

function parseMonths(text: string): number | undefined {
  const m = /^(\d{1,3})\s*(months?|mo|years?|yrs?|y)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] && /^y/i.test(m[2]) ? n * 12 : n;
}

/** An ISO date plus whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The header of the column a field (or `attributes.<name>`) came from, for naming it in an error. */
export function columnOfField(plan: ColumnPlan, field: string, sub?: string): string | undefined {
  for (const c of plan.columns) {
    const t = c.target;
    if (t.kind === 'field' && t.field === field) return c.header;
    if (t.kind === 'moneyPart' && t.field === field && (sub === undefined || sub === t.part)) return c.header;
    if (field === 'attributes' && t.kind === 'attribute' && t.name === sub) return c.header;
    if (field === 'attributes' && t.kind === 'attributes') return c.header;
    if (field === 'warrantyEnd' && t.kind === 'warrantyMonths') return c.header;
  }
  const constant = plan.constants.find((c) => c.field === field || c.field.startsWith(`${field}.`));
  if (constant) return `constant ${constant.field}`;
  const transform = plan.transforms.find((t) => t.field === field || t.field.startsWith(`${field}.`));
  return transform ? `transform ${transform.field}` : undefined;
}
