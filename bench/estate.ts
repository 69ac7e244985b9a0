/**
 * The bench's data: a generated estate of the asked size and seed in the
 * bench's own embedded Neo4j (bench/.data/<size>, git-ignored), seeded once
 * and reused while a marker node says it is still that estate.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Executor } from '../graph/platform/executor';
import { generateEstate } from '../server/demo/estate.generator';
import type { EstateSize } from '../server/demo/estate.generator';
import { clearEstate, seedEstate } from '../server/demo/seed';
import { openDatabase } from '../server/database';
import type { Database } from '../server/database';
import { loadConfig } from '../server/config';
import type { EstateIds } from './context';

export interface BenchEstate {
  ids: EstateIds;
  /** Seconds spent seeding, when the store had to be (re)seeded. */
  seededSeconds?: number;
}

/** Neo4j named by NEO4J_URI, else an embedded one whose store lives in `<root>/bench/.data/<size>`. */
export function openBenchDatabase(root: string, size: EstateSize, logger: Logger): Promise<Database> {
  const config = loadConfig();
  return openDatabase(
    {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      dataDir: join(root, 'bench', '.data', size),
      boltPort: 0,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      txTimeoutMs: 120_000,
    },
    logger,
  );
}

const MARKER = 'MATCH (m:BenchEstate) RETURN m.size AS size, m.seed AS seed';
const COUNTS = `CALL () { MATCH (n:CI) RETURN count(n) AS cis }
  CALL () { MATCH (:CI)-[r]->(:CI) RETURN count(r) AS relationships }
  RETURN cis, relationships`;

/**
 * Makes sure the store holds exactly the estate of `size` and `seed`: reused when the marker says so and
 * the CI and relationship counts still match the generated estate's, else cleared and seeded (with a
 * progress line), then marked.
 */
export async function ensureEstate(
  db: Executor,
  size: EstateSize,
  seed: number,
  log: (line: string) => void,
): Promise<BenchEstate> {
  const estate = generateEstate(size, seed);
  const { nodes: _nodes, relationships: _relationships, ...ids } = estate;
  const marker = (await db.read('bench.marker', MARKER))[0];
  const counts = (await db.read('bench.count', COUNTS))[0] as { cis: number; relationships: number };
  const { cis } = counts;
  const same = cis === estate.counts.nodes && counts.relationships === estate.counts.relationships;
  if (marker?.size === size && marker.seed === seed && same) {
    log(`reusing the ${size} estate (seed ${seed}): ${cis} CIs, ${counts.relationships} relationships`);
    return { ids };
  }
  if (cis > 0) log(`the store holds ${cis} CIs that are not the ${size} estate (seed ${seed}); clearing it`);
  await db.writeTx('bench.marker', (tx) => tx.run('MATCH (m:BenchEstate) DELETE m'));
  await clearEstate(db);
  const started = performance.now();
  let lastPercent = -1;
  const result = await seedEstate(db, estate, {
    onProgress: (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      process.stderr.write(`\rseeding the ${size} estate: ${done}/${total} (${percent}%)`);
    },
  });
  process.stderr.write('\n');
  await db.writeTx('bench.marker', (tx) =>
    tx.run('CREATE (:BenchEstate {size: $size, seed: $seed, seededAt: $at})', {
      size,
      seed,
      at: new Date().toISOString(),
    }),
  );
  const seededSeconds = (performance.now() - started) / 1000;
  log(`seeded ${result.nodes} CIs and ${result.relationships} relationships in ${seededSeconds.toFixed(1)} s`);
  return { ids, seededSeconds };
}
