/**
 * Custom field definitions in the graph: (:CustomField {class, name, label,
 * type, required, description, choices, createdAt, updatedAt, updatedBy}),
 * unique by class and name (migration 11). Values are not here: they are the
 * CIs' attributes under the field's name, checked against these definitions
 * on every write (items.validation.ts, and imports through it).
 *
 * Defining (or redefining) a field never rewrites CIs. Values stored before
 * it existed may not fit it (the `"TRUE"` strings an untyped import kept);
 * the answer counts them and names a sample, and the next write of each
 * (an import of the column, an update) must give a value that fits.
 */
import type { Executor, Tx } from '../platform/executor';
import type { CustomFieldDef } from '../model/custom.fields';
import { classSpec } from '../model/classes';
import { checkDefinition, customValueIssues } from './custom.fields.rules';

export interface StoredCustomField extends CustomFieldDef {
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface NonConforming {
  id: string;
  reason: string;
}

export interface DefinedCustomField {
  field: StoredCustomField;
  /** CIs of the class whose stored value (or its absence, for a required field) does not fit. */
  nonConformingCount: number;
  /** The first of them, in id order. */
  nonConforming: NonConforming[];
}

const SAMPLE = 20;

const RETURN_FIELD = 'f {.*} AS f';

function fromNode(node: Record<string, unknown>): StoredCustomField {
  return {
    class: node.class as string,
    name: node.name as string,
    label: node.label as string,
    type: node.type as StoredCustomField['type'],
    required: node.required === true,
    ...(node.description ? { description: node.description as string } : {}),
    ...(node.choices ? { choices: node.choices as string[] } : {}),
    createdAt: node.createdAt as string,
    updatedAt: node.updatedAt as string,
    updatedBy: node.updatedBy as string,
  };
}

/** The definitions of one class, by name, read in the caller's transaction so a write checks what it commits against. */
export async function customFieldsOf(tx: Tx, className: string): Promise<CustomFieldDef[]> {
  const rows = await tx.run(`MATCH (f:CustomField {class: $className}) RETURN ${RETURN_FIELD} ORDER BY f.name`, {
    className,
  });
  return rows.map((r) => fromNode(r.f as Record<string, unknown>));
}

/** Every definition, or those of one class, by class then name. */
export async function listCustomFields(db: Executor, className?: string): Promise<StoredCustomField[]> {
  const rows = await db.read(
    'customFields',
    `MATCH (f:CustomField) WHERE $className IS NULL OR f.class = $className
     RETURN ${RETURN_FIELD} ORDER BY f.class, f.name`,
    { className: className ?? null },
  );
  return rows.map((r) => fromNode(r.f as Record<string, unknown>));
}

/** Create or replace the definition of one field, and say which stored values do not fit it. */
export async function defineCustomField(
  db: Executor,
  actor: string,
  input: Record<string, unknown>,
): Promise<DefinedCustomField> {
  const def = checkDefinition(input);
  return db.writeTx('defineCustomField', async (tx) => {
    const [row] = await tx.run(
      `MERGE (f:CustomField {class: $def.class, name: $def.name})
       ON CREATE SET f.createdAt = $now
       SET f.label = $def.label, f.type = $def.type, f.required = $def.required,
           f.description = $def.description, f.choices = $def.choices, f.updatedAt = $now, f.updatedBy = $actor
       RETURN ${RETURN_FIELD}`,
      {
        def: { description: null, choices: null, ...def },
        now: new Date().toISOString(),
        actor,
      },
    );
    return { field: fromNode(row.f as Record<string, unknown>), ...(await nonConforming(tx, def)) };
  });
}

/**
 * The class's CIs whose value does not fit: those whose attributes mention the name (a text search, then
 * checked properly) and, for a required field, those that lack it. Both lists are capped; the count is not.
 */
async function nonConforming(tx: Tx, def: CustomFieldDef): Promise<Omit<DefinedCustomField, 'field'>> {
  const label = classSpec(def.class)!.name;
  const needle = `${JSON.stringify(def.name)}:`;
  const [answer] = await tx.run(
    `CALL (*) {
       MATCH (n:${label}) WHERE n.attributes CONTAINS $needle
       RETURN collect([n.id, n.attributes]) AS mentioned
     }
     CALL (*) {
       MATCH (n:${label}) WHERE $required AND (n.attributes IS NULL OR NOT n.attributes CONTAINS $needle)
       WITH n ORDER BY n.id
       RETURN count(n) AS missing, collect(n.id)[0..$sample] AS missingIds
     }
     RETURN mentioned, missing, missingIds`,
    { needle, required: def.required, sample: SAMPLE },
  );
  const issues: NonConforming[] = (answer.missingIds as string[]).map((id) => ({
    id,
    reason: `${def.label} is required`,
  }));
  let count = answer.missing as number;
  for (const [id, attributes] of answer.mentioned as [string, string][]) {
    for (const issue of customValueIssues([def], JSON.parse(attributes) as Record<string, unknown>)) {
      count++;
      issues.push({ id, reason: issue.reason });
    }
  }
  issues.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nonConformingCount: count, nonConforming: issues.slice(0, SAMPLE) };
}

/** Remove a definition; the values stay, as plain attributes. False when there was none. */
export async function removeCustomField(db: Executor, className: string, name: string): Promise<boolean> {
  const rows = await db.writeTx('removeCustomField', (tx) =>
    tx.run('MATCH (f:CustomField {class: $className, name: $name}) DELETE f RETURN count(*) AS n', {
      className,
      name,
    }),
  );
  return (rows[0]?.n as number) > 0;
}
