/**
 * Field checks shared by the KEV and end-of-life feeds.
 */
import { z } from 'zod';

import { dayNumber } from '../../graph/security/end.of.life';

/** A calendar date, YYYY-MM-DD, that exists (2023-11-31 does not). */
export const calendarDate = z
  .string()
  .refine((s) => dayNumber(s) !== null, { message: 'must be a calendar date (YYYY-MM-DD)' });

/** A JSON or CSV boolean: true/false (any case) in CSV, a boolean in JSON. */
export const flag = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, 'must be true or false')
    .transform((s) => s.toLowerCase() === 'true'),
]);
