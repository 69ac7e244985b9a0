/** The impact rule table agrees with the relationship rule table it refines. */
import { PROPAGATING_TYPES, RELATIONSHIP_RULES } from '../model/relationships.rules';
import { carryingTypes, IMPACT_RULES, impactRule, TYPES_BY_FLOW } from './impact.rules';

describe('impact rules', () => {
  it('has exactly one row for every relationship type that propagates failure, and none for the others', () => {
    expect(IMPACT_RULES.map((r) => r.type).sort()).toEqual([...PROPAGATING_TYPES].sort());
    expect(new Set(IMPACT_RULES.map((r) => r.type)).size).toBe(IMPACT_RULES.length);
  });

  it('gives quorum semantics exactly to the redundancy relationships', () => {
    for (const rel of RELATIONSHIP_RULES.filter((r) => r.propagation !== 'none')) {
      expect([rel.type, impactRule(rel.type).combine === 'quorum']).toEqual([
        rel.type,
        rel.propagation === 'redundancy',
      ]);
    }
  });

  it('says which alternatives count for every all-of rule and for no other', () => {
    for (const rule of IMPACT_RULES)
      expect([rule.type, rule.combine === 'all']).toEqual([rule.type, !!rule.alternatives]);
  });

  it('passes DOWN along every type and DEGRADED only along consumption', () => {
    expect(carryingTypes('DOWN').sort()).toEqual([...PROPAGATING_TYPES].sort());
    expect(carryingTypes('DEGRADED').sort()).toEqual(['DEPENDS_ON', 'PART_OF', 'RUNS_ON']);
    expect(carryingTypes('OK')).toEqual([]);
  });

  it('sends a failure from the part to the whole for MEMBER_OF and PART_OF, to the dependent otherwise', () => {
    expect([...TYPES_BY_FLOW.toTarget].sort()).toEqual(['MEMBER_OF', 'PART_OF']);
    expect([...TYPES_BY_FLOW.toSource].sort()).toEqual(['CONNECTED_TO', 'DEPENDS_ON', 'LOCATED_IN', 'RUNS_ON']);
  });

  it('refuses a type it has no rule for', () => {
    expect(() => impactRule('OWNED_BY')).toThrow(/no impact rule/);
  });
});
