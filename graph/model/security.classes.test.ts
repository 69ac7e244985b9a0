import { CLASS_NAMES } from './classes';
import { RELATIONSHIP_TYPES } from './relationships.rules';
import { SECURITY_EDGES, SECURITY_LABELS, SECURITY_NODES } from './security.classes';

describe('the security model table', () => {
  it('names only CI classes or security nodes at the ends of its edges', () => {
    const known = new Set([...CLASS_NAMES, ...SECURITY_LABELS]);
    const unknown = SECURITY_EDGES.flatMap((e) => [...e.from, ...e.to].filter((n) => !known.has(n)));
    expect(unknown).toEqual([]);
  });

  it('uses no relationship type or label the CI model already has', () => {
    const ciTypes: readonly string[] = RELATIONSHIP_TYPES;
    expect(SECURITY_EDGES.map((e) => e.type).filter((t) => ciTypes.includes(t))).toEqual([]);
    expect(SECURITY_LABELS.filter((l) => CLASS_NAMES.includes(l))).toEqual([]);
  });

  it('gives every node kind a key that is one of its fields', () => {
    for (const node of Object.values(SECURITY_NODES)) {
      expect(node.fields.map((f) => f.name)).toContain(node.key);
    }
  });
});
