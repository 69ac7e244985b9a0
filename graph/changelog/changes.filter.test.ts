/** The change filter: what it accepts, what it refuses, and that every rule has both forms. */
import { FILTER_RULES, filterCypher, matchesFilter, parseChangeFilter } from './changes.filter';
import type { ChangeRecord } from './change.record';
import { EstateError } from '../platform/errors';

const relate: ChangeRecord = {
  seq: 7,
  at: '2026-01-02T03:04:05.000Z',
  actor: 'ops',
  source: 'import',
  requestId: 'r',
  jobId: 'j',
  op: 'RELATE',
  ciId: 'app-1',
  ciClass: 'Application',
  before: null,
  after: { type: 'RUNS_ON', properties: {} },
  relationship: { type: 'RUNS_ON', toId: 'srv-1', toClass: 'Server' },
  ciVersion: 1,
  ciUpdatedAt: null,
};

describe('change filter', () => {
  it('has a Cypher predicate naming its own parameter for every key', () => {
    for (const rule of FILTER_RULES) expect(rule.cypher).toContain(`$${rule.key}`);
  });

  it.each([
    [{}, true],
    [{ ciIds: ['srv-1'] }, true],
    [{ ciIds: ['app-1'] }, true],
    [{ ciIds: ['other'] }, false],
    [{ classes: ['Server'] }, true],
    [{ classes: ['Team'] }, false],
    [{ ops: ['RELATE', 'UNRELATE'] }, true],
    [{ ops: ['UPDATE'] }, false],
    [{ actor: 'ops' }, true],
    [{ actor: 'someone' }, false],
    [{ source: 'import' }, true],
    [{ source: 'api' }, false],
    [{ since: '2026-01-02T03:04:05.000Z', until: '2026-01-02T03:04:05.000Z' }, true],
    [{ since: '2026-01-02T03:04:05.001Z' }, false],
    [{ until: '2026-01-02T03:04:04.999Z' }, false],
    [{ ciIds: ['srv-1'], ops: ['UPDATE'] }, false],
  ])('%j matches a relationship change: %s', (filter, expected) => {
    expect(matchesFilter(parseChangeFilter(filter), relate)).toBe(expected);
  });

  it('turns a filter into ANDed Cypher conditions with parameters', () => {
    expect(filterCypher(parseChangeFilter({ ops: ['CREATE'], actor: 'me', ciIds: null }))).toEqual({
      conditions: ['c.op IN $ops', 'c.actor = $actor'],
      params: { ops: ['CREATE'], actor: 'me' },
    });
  });

  it('normalises instants to UTC with milliseconds, as the log stores them', () => {
    expect(parseChangeFilter({ since: '2026-01-02T04:04:05+01:00' }).since).toBe('2026-01-02T03:04:05.000Z');
  });

  it.each([
    [{ classes: ['Spaceship'] }, 'filter.classes.0'],
    [{ ops: ['EXPLODE'] }, 'filter.ops.0'],
    [{ since: 'yesterday' }, 'filter.since'],
    [{ since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' }, 'filter.since'],
    [{ ciIds: Array.from({ length: 1001 }, (_, i) => `c${i}`) }, 'filter.ciIds'],
  ])('refuses %j naming %s', (filter, field) => {
    try {
      parseChangeFilter(filter);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(EstateError);
      expect((error as EstateError).code).toBe('BAD_USER_INPUT');
      expect((error as EstateError).details[0].field).toBe(field);
    }
  });
});
