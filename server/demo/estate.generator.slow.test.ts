/** The large generated estate (about 3.2M CIs, over a million interfaces): in the slow project, since building it takes minutes. */
import { generateEstate } from './estate.generator';

// Speed is measured by `npm run bench`, not asserted here.
it('large has about 3.2M CIs, each counted once, and over a million interfaces', () => {
  const estate = generateEstate('large');
  expect(estate.counts.nodes).toBeGreaterThanOrEqual(2_800_000);
  expect(estate.counts.nodes).toBeLessThanOrEqual(3_600_000);
  expect(estate.counts.nodes).toBe([...estate.nodes.values()].reduce((n, list) => n + list.length, 0));
  expect(estate.counts.network.interfaces).toBeGreaterThanOrEqual(1_000_000);
}, 600_000);
