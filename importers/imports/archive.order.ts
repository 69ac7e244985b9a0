/**
 * The order a whole-estate archive writes and imports its class files in:
 * parents and targets first, derived from the relationship rule table.
 *
 * A class comes after every class it points to with a capped relationship
 * (one location, one owner, one vendor, one host, one device, one type:
 * `maxTargetsPerSource`), so that when an item row names its parent (a
 * reference column, or a lifecycle state that needs a location and an
 * owner) the parent's file has been imported already. A class pointing to
 * itself (a location inside a location) is no constraint between files.
 * Among the classes that are ready, the class table's order decides, so the
 * order is the same every time; a cycle (none in the tables today) is
 * broken at the first class in table order rather than refused.
 */
import { CLASSES } from '../../graph/model/classes';
import { RELATIONSHIP_RULES } from '../../graph/model/relationships.rules';

/** For each class, the classes that must come before it. */
export function parentClasses(): Map<string, Set<string>> {
  const before = new Map<string, Set<string>>(CLASSES.map((c) => [c.name, new Set<string>()]));
  for (const rule of RELATIONSHIP_RULES) {
    if (rule.maxTargetsPerSource === undefined) continue;
    for (const from of rule.from) {
      const capped = typeof rule.maxTargetsPerSource === 'number' || rule.maxTargetsPerSource[from] !== undefined;
      if (!capped) continue;
      for (const to of rule.toByFrom?.[from] ?? rule.to) if (to !== from) before.get(from)!.add(to);
    }
  }
  return before;
}

/** Every class, each after the classes it points to with a capped relationship. */
export function archiveClassOrder(): string[] {
  const before = parentClasses();
  const order: string[] = [];
  const placed = new Set<string>();
  const remaining = CLASSES.map((c) => c.name);
  while (remaining.length) {
    const ready = remaining.find((c) => [...before.get(c)!].every((p) => placed.has(p))) ?? remaining[0];
    order.push(ready);
    placed.add(ready);
    remaining.splice(remaining.indexOf(ready), 1);
  }
  return order;
}
