/** The large generated estate (about 200k CIs): in the slow project, since building it takes ~15 s. */
import { generateEstate } from './estate.generator';

// Speed is measured by `npm run bench`, not asserted here.
it('large has about 200k CIs, each counted once', () => {
  const estate = generateEstate('large');
  expect(estate.counts.nodes).toBeGreaterThanOrEqual(170_000);
  expect(estate.counts.nodes).toBeLessThanOrEqual(240_000);
  expect(estate.counts.nodes).toBe([...estate.nodes.values()].reduce((n, list) => n + list.length, 0));
}, 120_000);
