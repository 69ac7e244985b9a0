/**
 * How a row finds the CI it is about: the class's ordered identification
 * rules from the class table, preceded by the CI id itself (what an export
 * carries, so a round trip always finds its CIs).
 *
 * A rule applies to a row when the row gives its first field; further
 * fields of the rule the row leaves empty must be empty on the CI too (a
 * host with no domain is identified by its host name among hosts with no
 * domain). Ids and the hardware fields that are unique across hardware
 * (serial number, asset tag) are looked up across classes, so a row that
 * names another class's serial number is caught instead of duplicated;
 * every other rule looks within the class.
 *
 * A Location is identified within its parent (IDENTIFIED_WITHIN): two sites
 * may each have a "Comms closet". A row that names its parent (a parent or
 * location column, reference.columns.ts) is keyed by name within that
 * parent; a row that names none is keyed by name alone, and two CIs of that
 * name are a conflict, never a guess.
 */
import { classSpec } from '../../graph/model/classes';
import type { RelationshipType } from '../../graph/model/relationships.rules';

/** Classes whose names are unique only within the target of a relationship, for imports. */
export const IDENTIFIED_WITHIN: Readonly<Record<string, RelationshipType>> = { Location: 'LOCATED_IN' };

export interface IdentityRule {
  /** Position in the ordered list (0 is the id). */
  index: number;
  fields: readonly string[];
  /** Label the lookup starts from: one with an index or uniqueness constraint on the first field. */
  label: string;
  /** 'global': matches CIs of any class (and a match of another class is an error); 'class': within the class. */
  scope: 'global' | 'class';
  /** The relationship whose target scopes the rule, when the row names that target. */
  within?: RelationshipType;
}

export interface IdentityKey {
  rule: IdentityRule;
  values: (string | null)[];
  /** `serialNumber=SN-1`, `hostname=web01 domain=corp.example`: for messages and the seen-key set. */
  text: string;
  /** The id of the CI the key is scoped within (a Location's parent), if the row names one. */
  within?: string;
}

const cache = new Map<string, IdentityRule[]>();

export function identityRules(className: string): IdentityRule[] {
  let rules = cache.get(className);
  if (rules) return rules;
  const spec = classSpec(className);
  if (!spec) throw new Error(`not a class in the table: ${className}`);
  const uniqueHardware = new Set(
    spec.category === 'hardware' ? spec.fields.filter((f) => f.unique).map((f) => f.name) : [],
  );
  rules = [
    { index: 0, fields: ['id'], label: 'CI', scope: 'global' },
    ...spec.identifiedBy.map((fields, i) => {
      const global = fields.every((f) => uniqueHardware.has(f));
      const within = global ? undefined : IDENTIFIED_WITHIN[className];
      return {
        index: i + 1,
        fields,
        label: global ? 'Hardware' : 'CI',
        scope: global ? 'global' : 'class',
        ...(within && { within }),
      } as const;
    }),
  ];
  cache.set(className, rules);
  return rules;
}

const present = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The keys a row's values give, in rule order; `within`: the id of the parent the row names, if any. */
export function identityKeys(className: string, values: Record<string, unknown>, within?: string): IdentityKey[] {
  const keys: IdentityKey[] = [];
  for (const rule of identityRules(className)) {
    if (!present(values[rule.fields[0]])) continue;
    const vals = rule.fields.map((f) => (present(values[f]) ? values[f] : null));
    const text = rule.fields.map((f, i) => `${f}=${vals[i] ?? ''}`).join(' ');
    if (rule.within && within !== undefined) keys.push({ rule, values: vals, text: `${text} in=${within}`, within });
    else keys.push({ rule, values: vals, text });
  }
  return keys;
}

/** What a row of this class must give to be identified, for the error when it gives none. */
export function identificationHint(className: string): string {
  return identityRules(className)
    .map((r) => r.fields.join(' and '))
    .join(', or ');
}
