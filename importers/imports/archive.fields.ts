/**
 * Custom field definitions in a whole-estate archive (custom-fields.csv):
 * one row per definition, by class then name; `required` is true or false,
 * `choices` a JSON list. They are imported before any class file, so each
 * CI's attributes are checked against them as they come in. A definition
 * the instance already has, the same, is left alone; every definition is
 * checked (graph/items/custom.fields.rules.ts) before any is written.
 */
import type { Executor } from '../../graph/platform/executor';
import { badInput } from '../../graph/platform/errors';
import { defineCustomField, listCustomFields } from '../../graph/items/custom.fields';
import { checkDefinition } from '../../graph/items/custom.fields.rules';
import type { CustomFieldDef } from '../../graph/model/custom.fields';
import { readCsvFile, writeCsvFile } from './archive.csv';

/** Write every definition; returns how many. */
export async function exportCustomFields(db: Executor, path: string): Promise<number> {
  const fields = await listCustomFields(db);
  if (fields.length === 0) return 0;
  const header = ['class', 'name', 'label', 'type', 'required', 'description', 'choices'];
  await writeCsvFile(
    path,
    header,
    fields.map((f) => [
      f.class,
      f.name,
      f.label,
      f.type,
      String(f.required),
      f.description ?? '',
      f.choices ? JSON.stringify(f.choices) : '',
    ]),
  );
  return fields.length;
}

/** The definitions of the file, each checked; a bad one refuses the file, naming its row. */
export function readCustomFields(path: string, file: string): CustomFieldDef[] {
  return readCsvFile(path).map(({ row, cells }) => {
    const where = `${file} row ${row}`;
    if (!['true', 'false'].includes(cells.required)) throw badInput(`${where}.required`, 'expected true or false');
    let choices: unknown;
    try {
      choices = cells.choices ? JSON.parse(cells.choices) : undefined;
    } catch {
      throw badInput(`${where}.choices`, 'expected a JSON list such as ["Gold","Silver"]');
    }
    return checkDefinition(
      {
        class: cells.class,
        name: cells.name,
        label: cells.label,
        type: cells.type,
        required: cells.required === 'true',
        description: cells.description || undefined,
        choices,
      },
      where,
    );
  });
}

const same = (a: CustomFieldDef, b: CustomFieldDef) =>
  a.label === b.label &&
  a.type === b.type &&
  a.required === b.required &&
  (a.description ?? '') === (b.description ?? '') &&
  JSON.stringify(a.choices ?? null) === JSON.stringify(b.choices ?? null);

/** Define the fields the instance lacks or has otherwise; returns how many were written. */
export async function importCustomFields(
  db: Executor,
  actor: string,
  defs: readonly CustomFieldDef[],
): Promise<number> {
  const existing = await listCustomFields(db);
  const changed = defs.filter((d) => {
    const had = existing.find((e) => e.class === d.class && e.name === d.name);
    return !had || !same(had, d);
  });
  // One transaction per definition (defineCustomField's own); an estate has a handful.
  for (const def of changed) await defineCustomField(db, actor, { ...def });
  return changed.length;
}
