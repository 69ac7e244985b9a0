/**
 * ReleaseCycle nodes from endoflife.date-style cycles, written in batches and idempotently
 * (MERGE on `product|cycle`, lower case; a re-import of the same cycles changes nothing).
 * An `eol` date goes to `eolDate`, a bare true/false to `eol`; `support` and
 * `extendedSupport` are kept when they are dates (the model has no flag for them).
 */
import type { Executor } from '../platform/executor';

import type { EndMark, ReleaseCycle } from './end.of.life';

export const cycleKey = (product: string, cycle: string): string => `${product}|${cycle}`.toLowerCase();

const dateOf = (mark: EndMark | undefined): string | null => (typeof mark === 'string' ? mark : null);

const toRow = (c: ReleaseCycle): Record<string, unknown> => ({
  key: cycleKey(c.product, c.cycle),
  props: {
    product: c.product,
    cycle: c.cycle,
    releaseDate: c.releaseDate ?? null,
    eolDate: dateOf(c.eol),
    eol: typeof c.eol === 'boolean' ? c.eol : null,
    lts: typeof c.lts === 'boolean' ? c.lts : c.lts === undefined ? null : true,
    supportEnd: dateOf(c.support),
    extendedSupportEnd: dateOf(c.extendedSupport),
    latest: c.latest ?? null,
  },
});

const STORE_CYCLES = `
UNWIND $rows AS r
OPTIONAL MATCH (old:ReleaseCycle {key: r.key})
WITH r, old IS NULL AS isNew,
     old IS NOT NULL AND all(k IN keys(r.props) WHERE coalesce(old[k] = r.props[k], old[k] IS NULL AND r.props[k] IS NULL)) AS same
MERGE (c:ReleaseCycle {key: r.key})
SET c += r.props
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND NOT same THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged`;

/** Writes release cycles (one transaction per call; callers batch). */
export async function storeReleaseCycles(
  executor: Executor,
  cycles: readonly ReleaseCycle[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  if (cycles.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const [row] = await executor.writeTx('security.storeReleaseCycles', (tx) =>
    tx.run(STORE_CYCLES, { rows: cycles.map(toRow) }),
  );
  return { created: Number(row.created), updated: Number(row.updated), unchanged: Number(row.unchanged) };
}
