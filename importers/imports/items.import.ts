/** The item import handler: column plan, row drafts, reconciliation and writes for CIs of one class. */
import { describePlan, planColumns } from './column.mapping';
import type { ColumnPlan } from './column.mapping';
import { identityKeys } from './identity';
import type { ImportHandler } from './import.handler';
import { cellOptions } from './import.options';
import type { ImportOptions } from '../../graph/model/imports';
import { writeItemOutcomes } from './import.write';
import { reconcileItems } from './reconcile';
import type { ItemOutcome } from './reconcile';
import { buildItemDraft } from './row.values';
import type { ItemDraft, RowContext } from './row.values';
import { describeInferred } from './date.orders';
import type { ItemImportSetup } from './items.prepare';

/** `setup` (items.prepare.ts) brings the class's custom fields and the date columns' inferred orders. */
export function itemsHandler(
  options: ImportOptions,
  setup: ItemImportSetup = { customFields: [] },
): ImportHandler<ItemDraft, ItemOutcome> {
  const className = options.className!;
  const { customFields, dateOrders } = setup;
  let plan: ColumnPlan | undefined;
  let rowContext: RowContext | undefined;
  const planned = () => {
    if (!plan || !rowContext) throw new Error('planHeader must run before the rows');
    return { plan, rowContext };
  };
  return {
    planHeader(header) {
      plan = planColumns(header, options, customFields);
      rowContext = {
        plan,
        cells: cellOptions(options),
        emptyCells: options.emptyCells,
        customFields: new Map(customFields.map((f) => [f.name, f])),
        dateOrders,
        encoding: options.encoding,
        encodingAlternatives: options.encodingAlternatives,
      };
      const inferred = [...(dateOrders ?? [])].map(([column, order]) => describeInferred(column, order));
      return { warnings: [...plan.warnings, ...inferred], errors: plan.errors, columns: describePlan(plan) };
    },
    draft: (record) => buildItemDraft(record, planned().rowContext),
    decidesAhead: true,
    resumeKeys: (draft) => identityKeys(className, draft.values).map((k) => k.text),
    reconcile: (tx, drafts, seen, now) => reconcileItems(tx, drafts, { plan: planned().plan, seen, now, customFields }),
    write: (tx, outcomes, writer, now) => writeItemOutcomes(tx, className, outcomes, writer, now),
    describe(o) {
      switch (o.action) {
        case 'create':
          return { row: o.row, line: o.line, action: o.action, target: o.ciId, after: o.props };
        case 'update':
          return {
            row: o.row,
            line: o.line,
            action: o.action,
            target: o.ciId,
            matchedBy: o.matchedBy,
            before: o.before,
            after: o.after,
          };
        case 'unchanged':
          return { row: o.row, line: o.line, action: o.action, target: o.ciId, matchedBy: o.matchedBy };
        case 'error':
          return { row: o.row, line: o.line, action: o.action, errors: o.errors, raw: o.raw };
      }
    },
  };
}
