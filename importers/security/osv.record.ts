/**
 * One OSV record (OSV schema 1.x, as osv.dev, GitHub, PyPA, Go and the distributions publish
 * it), checked with zod. The fields Estate keeps are typed; others (references, credits,
 * ecosystem_specific…) are allowed and dropped. The schema's own rules are enforced, so a
 * broken record is refused rather than half understood: `id` and `modified` are required,
 * each range event has exactly one of introduced/fixed/last_affected/limit, a range has an
 * `introduced` event and not both `fixed` and `last_affected`, and a GIT range names its repo.
 */
import { z } from 'zod';

import { OSV_RANGE_TYPES } from '../../graph/security/osv.ranges';
import type { OsvAffected, OsvEvent } from '../../graph/security/osv.ranges';

/** RFC 3339 with a zone, e.g. 2021-12-10T00:40:56Z or 2021-12-10T00:40:56.123+00:00. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
export const timestamp = z
  .string()
  .refine((s) => TIMESTAMP.test(s) && Number.isFinite(Date.parse(s)), 'must be an RFC 3339 timestamp with a zone');

const text = z.string().min(1, 'must not be empty');

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

const event = z
  .object({
    introduced: text.optional(),
    fixed: text.optional(),
    last_affected: text.optional(),
    limit: text.optional(),
  })
  .refine(
    (e) => EVENT_KEYS.filter((k) => e[k] !== undefined).length === 1,
    'an event must have exactly one of introduced, fixed, last_affected, limit',
  );

const range = z
  .object({
    type: z.enum(OSV_RANGE_TYPES, { message: `must be one of ${OSV_RANGE_TYPES.join(', ')}` }),
    repo: text.optional(),
    events: z.array(event).min(1, 'a range needs at least one event'),
  })
  .superRefine((r, ctx) => {
    const has = (k: keyof OsvEvent): boolean => r.events.some((e) => e[k] !== undefined);
    if (!has('introduced'))
      ctx.addIssue({ code: 'custom', path: ['events'], message: 'a range needs an introduced event' });
    if (has('fixed') && has('last_affected')) {
      ctx.addIssue({
        code: 'custom',
        path: ['events'],
        message: 'a range may have fixed or last_affected events, not both',
      });
    }
    if (r.type === 'GIT' && r.repo === undefined) {
      ctx.addIssue({ code: 'custom', path: ['repo'], message: 'a GIT range needs its repo' });
    }
  });

const severity = z.object({ type: text, score: text });

const affected = z.object({
  package: z.object({ ecosystem: text, name: text, purl: text.optional() }),
  severity: z.array(severity).optional(),
  ranges: z.array(range).optional(),
  versions: z.array(z.string()).optional(),
});

export const osvRecordSchema = z.object({
  schema_version: z.string().optional(),
  id: text,
  modified: timestamp,
  published: timestamp.optional(),
  withdrawn: timestamp.optional(),
  aliases: z.array(text).optional(),
  related: z.array(text).optional(),
  upstream: z.array(text).optional(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(severity).optional(),
  affected: z.array(affected).optional(),
  database_specific: z
    .object({ cwe_ids: z.array(z.string()).optional(), severity: z.string().optional() })
    .loose()
    .optional(),
});

export type OsvRecord = z.infer<typeof osvRecordSchema>;

/** The record's `affected` entries in the shape the range rules read. */
export const affectedOf = (record: OsvRecord): OsvAffected[] => record.affected ?? [];
