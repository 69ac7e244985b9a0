/**
 * One CSV record of an item import turned into field values the API takes
 * (money as {amount, currency}, lists as arrays, enums as their values),
 * following the column plan and the empty-cell policy. Pure: what a row
 * means does not depend on the database; reconcile.ts decides what it does.
 */
import type { ColumnPlan, ColumnTarget } from './column.mapping';
import type { CsvRecord } from './csv.source';
import type { EmptyCellPolicy } from './import.options';
import { inferAttribute, parseCell, parseInteger, squash } from './normalise';
import type { CellOptions } from './normalise';

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
  emptyCells: EmptyCellPolicy;
  /** Name of the encoding, for the hint when a cell holds undecodable bytes. */
  encoding: string;
}

const REPLACEMENT_CHAR = '\uFFFD';

/** Build the draft of one data row. */
export function buildItemDraft(record: CsvRecord, ctx: RowContext): ItemDraft {
  const { plan } = ctx;
  const draft: ItemDraft = {
    row: record.row,
    line: record.line,
    raw: record.values,
    values: {},
    attributes: {},
    errors: [],
  };
  const fail = (column: string | undefined, reason: string) =>
    draft.errors.push({ row: record.row, line: record.line, column, reason });

  if (record.values.length > plan.columns.length && record.values.slice(plan.columns.length).some((v) => v.trim())) {
    fail(
      undefined,
      `the row has ${record.values.length} cells but the header has ${plan.columns.length} columns (an unquoted delimiter in a value?)`,
    );
    return draft;
  }

  const money = new Map<string, { amount?: string; currency?: string; column: string }>();
  const lists = new Map<string, { items: string[]; column: string; empty: boolean }>();
  let warrantyMonths: { months: number; column: string } | undefined;

  const apply = (target: ColumnTarget, column: string, cell: string) => {
    if (cell.includes(REPLACEMENT_CHAR)) {
      fail(
        column,
        `holds bytes that are not valid ${ctx.encoding}; is the file in another encoding (e.g. windows-1252)?`,
      );
      return;
    }
    const text = cell.replace(/\r\n?/g, '\n').trim();
    const empty = text === '';
    switch (target.kind) {
      case 'ignore':
        return;
      case 'class':
        if (!empty && squash(text) !== squash(plan.className))
          fail(column, `the row is a ${text}, but this import is of ${plan.className}`);
        return;
      case 'field': {
        if (target.fieldKind === 'strings') {
          const list = lists.get(target.field) ?? { items: [], column, empty: true };
          lists.set(target.field, list);
          if (!empty) {
            const parsed = parseCell('strings', text, ctx.cells);
            if (parsed.ok) list.items.push(...(parsed.value as string[]));
            list.empty = false;
          }
          return;
        }
        if (empty) {
          if (ctx.emptyCells === 'clear' && target.field !== 'id' && target.field !== 'name')
            draft.values[target.field] = null;
          return;
        }
        const parsed = parseCell(target.fieldKind, text, ctx.cells);
        if (parsed.ok) draft.values[target.field] = parsed.value;
        else fail(column, parsed.reason);
        return;
      }
      case 'moneyPart': {
        const m = money.get(target.field) ?? { column };
        money.set(target.field, m);
        if (!empty) m[target.part] = text;
        return;
      }
      case 'attribute':
        if (empty) {
          if (ctx.emptyCells === 'clear') draft.attributes[target.name] = null;
        } else {
          draft.attributes[target.name] = inferAttribute(text);
        }
        return;
      case 'attributes':
        if (empty) {
          if (ctx.emptyCells === 'clear') draft.attributesObject = null;
          return;
        }
        try {
          const parsed = JSON.parse(text) as unknown;
          if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
          draft.attributesObject = parsed as Record<string, AttributeValue>;
        } catch {
          fail(column, `expected a JSON object such as {"rackUnit": 12}, got ${text.slice(0, 60)}`);
        }
        return;
      case 'warrantyMonths': {
        if (empty) return;
        const months = parseMonths(text);
        if (months === undefined)
          fail(column, `"${text}" is not a warranty length; expected months such as 36 or "3 years"`);
        else warrantyMonths = { months, column };
        return;
      }
    }
  };

  for (const column of plan.columns) apply(column.target, column.header, record.values[column.index] ?? '');
  for (const constant of plan.constants) apply(constant.target, `constant ${constant.field}`, constant.text);

  for (const [field, list] of lists) {
    if (!list.empty) draft.values[field] = list.items;
    else if (ctx.emptyCells === 'clear') draft.values[field] = null;
  }
  for (const [field, m] of money) {
    if (m.amount === undefined && m.currency === undefined) {
      if (ctx.emptyCells === 'clear') draft.values[field] = null;
    } else if (m.amount === undefined || m.currency === undefined) {
      fail(m.column, `${field} needs both an amount and a currency`);
    } else {
      const amount = parseInteger(m.amount);
      if (!amount.ok) fail(`${field}.amount`, `${amount.reason} (the amount is in minor units, e.g. cents)`);
      else draft.values[field] = { amount: amount.value, currency: m.currency.toUpperCase() };
    }
  }
  if (warrantyMonths && draft.values.warrantyEnd === undefined && draft.errors.length === 0) {
    const start = draft.values.purchaseDate;
    if (typeof start !== 'string') {
      fail(warrantyMonths.column, 'a warranty length needs a purchase date in the same row to give a warranty end');
    } else {
      draft.values.warrantyEnd = addMonths(start, warrantyMonths.months);
    }
  }
  return draft;
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
  return constant ? `constant ${constant.field}` : undefined;
}
