/** Counting an impact: by class and state, and the business services hit, most critical first. */
import { CRITICALITIES } from '../model/enums';
import type { HitCI } from './impact.traversal';

export interface ClassImpact {
  class: string;
  down: number;
  degraded: number;
}

export interface ImpactSummary {
  total: number;
  down: number;
  degraded: number;
  byClass: ClassImpact[];
  /** BusinessService CIs hit, by criticality (CRITICAL first, unset last), then name and id. */
  businessServices: HitCI[];
}

const criticalityRank = (c: string | null): number => {
  const i = c === null ? -1 : (CRITICALITIES as readonly string[]).indexOf(c);
  return i === -1 ? CRITICALITIES.length : i;
};

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Services first by criticality, then name, then id. */
export function byCriticality(a: HitCI, b: HitCI): number {
  return criticalityRank(a.criticality) - criticalityRank(b.criticality) || cmp(a.name, b.name) || cmp(a.id, b.id);
}

export function summarise(hit: readonly HitCI[]): ImpactSummary {
  const classes = new Map<string, ClassImpact>();
  let down = 0;
  for (const h of hit) {
    let entry = classes.get(h.class);
    if (!entry) classes.set(h.class, (entry = { class: h.class, down: 0, degraded: 0 }));
    if (h.state === 'DOWN') {
      entry.down += 1;
      down += 1;
    } else {
      entry.degraded += 1;
    }
  }
  return {
    total: hit.length,
    down,
    degraded: hit.length - down,
    byClass: [...classes.values()].sort((a, b) => cmp(a.class, b.class)),
    businessServices: hit.filter((h) => h.class === 'BusinessService').sort(byCriticality),
  };
}
