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
import { FileIndex } from './reference.resolve';
import type { RelateChange } from './reconcile';

/** A row's relationships for the dry run and report: `LOCATED_IN → loc-2 (Site B / Comms closet)`, and what they replace. */
function relationLines(relate: readonly RelateChange[] = []) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const r of relate) {
    before[r.type] = r.replaces.length ? r.replaces.join(', ') : null;
    after[r.type] = `${r.toId} (${r.label})`;
  }
  return { before, after };
}

/** `setup` (items.prepare.ts) brings the class's custom fields and the date columns' inferred orders. */
export function itemsHandler(
  options: ImportOptions,
  setup: ItemImportSetup = { customFields: [] },
): ImportHandler<ItemDraft, ItemOutcome> {
  const className = options.className!;
  const { customFields, dateOrders } = setup;
  let plan: ColumnPlan | undefined;
  let rowContext: RowContext | undefined;
  // Per pass (a handler serves one pass): the CIs this file wrote so far, for later rows' references.
  let fileIndex: FileIndex | undefined;
  const planned = () => {
    if (!plan || !rowContext) throw new Error('planHeader must run before the rows');
    return { plan, rowContext };
  };
  return {
    planHeader(header) {
      plan = planColumns(header, options, customFields);
      fileIndex = FileIndex.forPlan(plan);
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
    reconcile: (tx, drafts, seen, now) =>
      reconcileItems(tx, drafts, { plan: planned().plan, seen, now, customFields, fileIndex }),
    write: (tx, outcomes, writer, now) => writeItemOutcomes(tx, className, outcomes, writer, now),
    describe(o) {
      switch (o.action) {
        case 'create':
          return {
            row: o.row,
            line: o.line,
            action: o.action,
            target: o.ciId,
            after: { ...o.props, ...relationLines(o.relate).after },
          };
        case 'update': {
          const related = relationLines(o.relate);
          return {
            row: o.row,
            line: o.line,
            action: o.action,
            target: o.ciId,
            matchedBy: o.matchedBy,
            before: { ...o.before, ...related.before },
            after: { ...o.after, ...related.after },
          };
        }
        case 'unchanged':
          return { row: o.row, line: o.line, action: o.action, target: o.ciId, matchedBy: o.matchedBy };
        case 'error':
          return { row: o.row, line: o.line, action: o.action, errors: o.errors, raw: o.raw };
      }
    },
  };
}
