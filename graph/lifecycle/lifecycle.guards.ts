/**
 * The guards the transition table names. Each checks every plan that needs
 * it at once (one query for all, never one per CI) inside the transition's
 * transaction, and refuses the first plan that breaks it, naming the rule,
 * the CIs in the way and why.
 */
import type { Tx } from '../platform/executor';
import { RELATIONSHIP_RULES } from '../model/relationships.rules';
import type { Plan } from './lifecycle.plan';
import { IN_SERVICE_STATES, STORAGE_BEARING_CLASSES } from './lifecycle.rules';
import type { GuardName } from './lifecycle.rules';
import type { Details } from './lifecycle.details';
import { refuse } from './refusals';
import type { Problem } from './refusals';

type Guard = (tx: Tx, plans: readonly Plan[]) => Promise<void>;

/** Relationship types by which one CI needs another: those that keep their target from being deleted. */
const NEEDS_TYPES = RELATIONSHIP_RULES.filter((r) => r.protectsTarget).map((r) => r.type);

const BLOCKERS = `
UNWIND $ids AS id
MATCH (n:CI {id: id})<-[r]-(m:CI)
WHERE type(r) IN $types AND m.lifecycleState IN $states
WITH id, m, type(r) AS type ORDER BY m.id, type
RETURN id, collect({id: m.id, class: m.class, type: type, state: m.lifecycleState}) AS blockers`;

interface Blocker {
  id: string;
  class: string;
  type: string;
  state: string;
}

const SHOWN = 10;

function describe(blockers: readonly Blocker[]): string {
  const shown = blockers.slice(0, SHOWN).map((b) => `${b.id} (${b.class}, ${b.state}, ${b.type})`);
  const more = blockers.length > SHOWN ? ` and ${blockers.length - SHOWN} more` : '';
  return `${shown.join(', ')}${more}`;
}

/** Why a storage-bearing asset may not be disposed of with these details, if it may not: needs nothing but the details. */
export function unsanitised(className: string, details: Details): Problem | undefined {
  if (!STORAGE_BEARING_CLASSES.includes(className) || details.sanitisationMethod !== 'NONE') return undefined;
  const reason = `a ${className} holds data: dispose of it only after CLEAR, PURGE or DESTROY (NIST SP 800-88), not NONE`;
  return { field: 'details.sanitisationMethod', reason };
}

export const GUARDS: Readonly<Record<GuardName, Guard>> = {
  async noInServiceDependents(tx, plans) {
    const rows = await tx.run(BLOCKERS, {
      ids: plans.map((p) => p.id),
      types: NEEDS_TYPES,
      states: IN_SERVICE_STATES,
    });
    const byId = new Map(rows.map((r) => [r.id as string, r.blockers as Blocker[]]));
    for (const plan of plans) {
      const blockers = byId.get(plan.id);
      if (!blockers?.length) continue;
      const reason =
        `${plan.id} cannot go to ${plan.transition.to} while ${blockers.length} CI(s) in service need it: ` +
        `${describe(blockers)}; retire them or remove those relationships first`;
      throw refuse(plan.where, 'noInServiceDependents', [{ field: 'id', reason }], 'BAD_USER_INPUT', {
        blockers: blockers.map((b) => b.id),
      });
    }
  },

  async sanitisedIfStorageBearing(_tx, plans) {
    for (const plan of plans) {
      const problem = unsanitised(plan.className, plan.details);
      if (problem) throw refuse(plan.where, 'sanitisedIfStorageBearing', [problem]);
    }
  },
};

/** Run every guard the plans' rows name, each once over the plans that need it, in the table's guard order. */
export async function runGuards(tx: Tx, plans: readonly Plan[]): Promise<void> {
  for (const name of Object.keys(GUARDS) as GuardName[]) {
    const needing = plans.filter((p) => p.transition.guards.includes(name));
    if (needing.length > 0) await GUARDS[name](tx, needing);
  }
}
