/**
 * A device's components are identified within their device (NetBox's
 * `device + name`): `sw1` may have an Interface `Gi1/0/1` and so may `sw2`,
 * but `sw1` may not have two. The keys are the class table's own
 * (`identifiedBy` of a class `identifiedWithin: 'COMPONENT_OF'`), per class,
 * as NetBox keeps them per model: a patch panel's FrontPort `1` and RearPort
 * `1` are two components, while a circuit has one termination per side.
 *
 * Called by relate (a component joining its device) and updateItem (a
 * component renamed) with the device already locked, so two writers cannot
 * both find the name free.
 */
import type { Tx } from '../platform/executor';
import { badInput } from '../platform/errors';
import { classSpec } from '../model/classes';

/** The relationship that owns components. */
export const COMPONENT_OF = 'COMPONENT_OF';

/** The field lists that identify a component of this class within its device; none for other classes. */
export function componentKeys(className: string): readonly (readonly string[])[] {
  const spec = classSpec(className);
  return spec?.identifiedWithin === COMPONENT_OF ? spec.identifiedBy : [];
}

/** Fields of `className` that, when changed, must stay unique within the device. */
export function componentKeyFields(className: string): ReadonlySet<string> {
  return new Set(componentKeys(className).flat());
}

/**
 * Refuses when the device `ownerId` already has another component of the same class with the same key
 * (`item`'s values; a key with an empty field is not checked), naming the one that holds it. One query
 * per key of the class table (one for every class but none in a loop over data).
 */
export async function checkUniqueWithinDevice(
  tx: Tx,
  ownerId: string,
  item: Readonly<Record<string, unknown>>,
  field: string,
): Promise<void> {
  const className = item.class as string;
  for (const key of componentKeys(className)) {
    const values = key.map((f) => item[f]);
    if (values.some((v) => v === undefined || v === null || v === '')) continue;
    // Field names come from the class table, never from the request.
    const where = key.map((f, i) => `o.${f} = $values[${i}]`).join(' AND ');
    const rows = await tx.run(
      `MATCH (:CI {id: $ownerId})<-[:${COMPONENT_OF}]-(o:CI {class: $className})
       WHERE o.id <> $id AND ${where}
       RETURN o.id AS id LIMIT 1`,
      { ownerId, className, id: item.id, values },
    );
    if (rows.length > 0) {
      const named = key.map((f, i) => `${f} ${JSON.stringify(values[i])}`).join(', ');
      throw badInput(
        field,
        `${ownerId} already has a ${className} with ${named} (${String(rows[0].id)}); component names are unique within their device`,
      );
    }
  }
}
