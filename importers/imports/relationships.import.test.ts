import { relationshipRule } from '../../graph/model/relationships.rules';
import { batchLookupQuery } from './relationships.import';
import { mayCloseCycle } from './relationships.write';

describe('cycle checks of a relationship import', () => {
  const located = relationshipRule('LOCATED_IN')!;
  const owned = relationshipRule('OWNED_BY')!;
  const connected = relationshipRule('CONNECTED_TO')!;

  it('walks back only from a source that may also be a target of the type', () => {
    // A location may sit in a location, so a location's LOCATED_IN can close a loop; a server's cannot.
    expect(mayCloseCycle(located, 'Location')).toBe(true);
    expect(mayCloseCycle(located, 'Server')).toBe(false);
    // Nothing owned is an owner, and a type that allows cycles is never checked.
    expect(mayCloseCycle(owned, 'Server')).toBe(false);
    expect(mayCloseCycle(connected, 'NetworkDevice')).toBe(false);
  });

  it('guards the lookup walk by the classes the type may point at, from the rule table', () => {
    const query = batchLookupQuery([], [], [located]);
    expect(query).toContain(
      "MATCH (b)-[:LOCATED_IN*1..]->(a) WHERE row.type = 'LOCATED_IN' AND a.class IN ['Location'] RETURN 1 LIMIT 1",
    );
  });
});
