/**
 * Which changes a reader wants: one table of rules, each with its Cypher
 * predicate (for reading the log) and the same test in JS (for the live
 * stream), side by side so the two cannot drift apart. A relationship
 * change matches a CI or class filter at either of its ends.
 */
import { z } from 'zod';
import { badInput } from '../platform/errors';
import { CHANGE_OPS, CHANGE_SOURCES } from '../platform/changelog.writer';
import type { ChangeOp, ChangeSource } from '../platform/changelog.writer';
import type { ChangeRecord } from './change.record';
import { CLASS_NAMES } from '../model/classes';

export interface ChangeFilter {
  /** Changes to these CIs, including relationships that end at them. */
  ciIds?: readonly string[];
  /** Changes to CIs of these classes, including relationships that end at one. */
  classes?: readonly string[];
  ops?: readonly ChangeOp[];
  actor?: string;
  source?: ChangeSource;
  /** ISO instants, inclusive. */
  since?: string;
  until?: string;
}

interface FilterRule<K extends keyof ChangeFilter> {
  key: K;
  cypher: string;
  test(value: NonNullable<ChangeFilter[K]>, change: ChangeRecord): boolean;
}

const rule = <K extends keyof ChangeFilter>(r: FilterRule<K>) => r as unknown as FilterRule<keyof ChangeFilter>;

/** `$<key>` in each predicate is the filter's value; `c` is the Change node. */
export const FILTER_RULES: readonly FilterRule<keyof ChangeFilter>[] = [
  rule({
    key: 'ciIds',
    cypher: '(c.ciId IN $ciIds OR c.otherId IN $ciIds)',
    test: (ids, c) => ids.includes(c.ciId) || (c.relationship !== null && ids.includes(c.relationship.toId)),
  }),
  rule({
    key: 'classes',
    cypher: '(c.ciClass IN $classes OR c.otherClass IN $classes)',
    test: (classes, c) =>
      classes.includes(c.ciClass) || (c.relationship !== null && classes.includes(c.relationship.toClass)),
  }),
  rule({ key: 'ops', cypher: 'c.op IN $ops', test: (ops, c) => ops.includes(c.op) }),
  rule({ key: 'actor', cypher: 'c.actor = $actor', test: (actor, c) => c.actor === actor }),
  rule({ key: 'source', cypher: 'c.source = $source', test: (source, c) => c.source === source }),
  rule({ key: 'since', cypher: 'c.at >= $since', test: (since, c) => c.at >= since }),
  rule({ key: 'until', cypher: 'c.at <= $until', test: (until, c) => c.at <= until }),
];

const activeRules = (filter: ChangeFilter) =>
  FILTER_RULES.filter((r) => filter[r.key] !== undefined && filter[r.key] !== null);

/** The Cypher conditions (ANDed) and parameters for a filter. */
export function filterCypher(filter: ChangeFilter): { conditions: string[]; params: Record<string, unknown> } {
  const rules = activeRules(filter);
  return {
    conditions: rules.map((r) => r.cypher),
    params: Object.fromEntries(rules.map((r) => [r.key, filter[r.key]])),
  };
}

/** The filter's test, with its active rules picked once (a live stream tests every change it is offered). */
export function compileFilter(filter: ChangeFilter): (change: ChangeRecord) => boolean {
  const tests = activeRules(filter).map((r) => {
    const value = filter[r.key] as never;
    return (change: ChangeRecord) => r.test(value, change);
  });
  return (change) => tests.every((test) => test(change));
}

export function matchesFilter(filter: ChangeFilter, change: ChangeRecord): boolean {
  return compileFilter(filter)(change);
}

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 instant');

const filterSchema = z
  .object({
    ciIds: z.array(z.string().min(1).max(200)).max(1000, 'at most 1000 CI ids').optional(),
    classes: z.array(z.enum(CLASS_NAMES as unknown as [string, ...string[]])).optional(),
    ops: z.array(z.enum(CHANGE_OPS)).optional(),
    actor: z.string().min(1).max(200).optional(),
    source: z.enum(CHANGE_SOURCES).optional(),
    since: iso.optional(),
    until: iso.optional(),
  })
  .refine((f) => !f.since || !f.until || f.since <= f.until, { message: 'since is after until', path: ['since'] });

/** A filter from the API, checked; absent keys and nulls dropped. Throws BAD_USER_INPUT naming the field. */
export function parseChangeFilter(input: unknown, path = 'filter'): ChangeFilter {
  const raw = Object.fromEntries(
    Object.entries((input ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined),
  );
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput([path, ...issue.path].join('.'), issue.message);
  }
  const filter: ChangeFilter = parsed.data;
  return {
    ...filter,
    since: filter.since && new Date(filter.since).toISOString(),
    until: filter.until && new Date(filter.until).toISOString(),
  };
}
