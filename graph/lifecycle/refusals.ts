/**
 * How a refused transition is reported: the rule that refused it (in the
 * message and as `extensions.rule`), the offending fields and why. In a
 * bulk request every field path and message also names the request's index
 * and CI id.
 */
import { EstateError } from '../platform/errors';
import type { ErrorCode } from '../platform/errors';
import type { RefusalRule } from './lifecycle.rules';

/** Where a request sits: alone, or at an index of a bulk request. */
export interface Where {
  readonly fieldPrefix: string;
  readonly label: string;
  /** What was refused, for the message: a transition unless said. */
  readonly action?: 'transition' | 'creation';
  /** The input field the details sit in, when it is not `details` (createItem's `lifecycleDetails`). */
  readonly detailsAs?: string;
}

/** A createItem input: details are its lifecycleDetails. */
export const CREATE_INPUT: Where = {
  fieldPrefix: 'input.',
  label: '',
  action: 'creation',
  detailsAs: 'lifecycleDetails',
};

export const SINGLE: Where = { fieldPrefix: '', label: '' };

export function inBulk(index: number, id: string): Where {
  return { fieldPrefix: `requests.${index}.`, label: `request ${index} (${id}): ` };
}

export interface Problem {
  readonly field: string;
  readonly reason: string;
}

export function refuse(
  where: Where,
  rule: RefusalRule,
  problems: readonly Problem[],
  code: ErrorCode = 'BAD_USER_INPUT',
  extra: Record<string, unknown> = {},
): EstateError {
  const rename = (field: string) => (where.detailsAs ? field.replace(/^details\b/, where.detailsAs) : field);
  const details = problems.map((p) => ({ field: `${where.fieldPrefix}${rename(p.field)}`, reason: p.reason }));
  const said = details.map((x) => `${x.field}: ${x.reason}`).join('; ');
  return new EstateError(
    code,
    `${where.label}${where.action ?? 'transition'} refused by rule ${rule}: ${said}`,
    details,
    {
      rule,
      ...extra,
    },
  );
}
