/**
 * The import benchmark's data: N servers as a CSV file people would have
 * (Snipe-IT-like headers, day-first dates, euro amounts, status words) and,
 * for the raw baseline, the very nodes that file becomes, already in stored
 * form; 2N relationship rows (each server LOCATED_IN a rack and OWNED_BY a
 * team of the scenario's own). Files are streamed to disk, never whole in
 * memory, and the baseline's rows are made one batch at a time.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Executor } from '../../../graph/platform/executor';
import { labelsFor } from '../../../graph/items/items';

export const RACKS = 200;
export const TEAMS = 20;
/**
 * States a first import may create in without details (issue 18: deployed, ordered, retired or in
 * maintenance need a location, an owner, an order or a reason, which these rows do not carry).
 */
const STATES = [
  ['Ready to Deploy', 'IN_STOCK'],
  ['Planned', 'PLANNED'],
  ['In Stock', 'IN_STOCK'],
  ['planned', 'PLANNED'],
  ['Ready to Deploy', 'IN_STOCK'],
] as const;

export const SERVERS_HEADER =
  'Asset Tag,Asset Name,Serial,Model Name,Manufacturer,Purchase Date,Purchase Cost,Warranty Expires,Status,Host,Domain,IP,Tags,Cores\n';

export interface ImportBenchData {
  prefix: string;
  rows: number;
  serversFile: string;
  relationshipsFile: string;
  rackId(i: number): string;
  teamId(i: number): string;
}

function facts(prefix: string, i: number) {
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  const year = 2016 + (i % 9);
  const euros = 1000 + (i % 9000);
  const cents = i % 100;
  const [word, state] = STATES[i % STATES.length];
  return {
    tag: `AT-${prefix}-${i}`,
    name: `${prefix}-${i}`,
    serial: `SN-${prefix}-${i}`,
    day,
    month,
    year,
    euros,
    cents,
    word,
    state,
    domain: `dc${i % 4}.example`,
    ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    rack: i % RACKS,
    cores: 16 << (i % 3),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

async function writeLines(path: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let chunk = header;
  for (let i = 1; i <= rows; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
}

/** Write the servers and relationships files for `rows` servers under `dir`. */
export async function writeImportFiles(dir: string, prefix: string, rows: number): Promise<ImportBenchData> {
  mkdirSync(dir, { recursive: true });
  const data: ImportBenchData = {
    prefix,
    rows,
    serversFile: join(dir, `${prefix}-servers.csv`),
    relationshipsFile: join(dir, `${prefix}-relationships.csv`),
    rackId: (i) => `${prefix}-rack-${i}`,
    teamId: (i) => `${prefix}-team-${i}`,
  };
  await writeLines(data.serversFile, SERVERS_HEADER, rows, (i) => {
    const f = facts(prefix, i);
    return (
      `${f.tag},${f.name},${f.serial},PowerEdge R650,Dell,${pad(f.day)}/${pad(f.month)}/${f.year},` +
      `"€${Math.floor(f.euros / 1000)}.${String(f.euros % 1000).padStart(3, '0')},${pad(f.cents)}",` +
      `${f.year + 3}-${pad(f.month)}-${pad(f.day)},${f.word},${f.name},${f.domain},${f.ip},env:prod;rack:${f.rack},${f.cores}\n`
    );
  });
  await writeLines(data.relationshipsFile, 'source,type,target,rackUnit\n', rows * 2, (j) => {
    const i = Math.ceil(j / 2);
    return j % 2 === 1
      ? `serialNumber=SN-${prefix}-${i},LOCATED_IN,${data.rackId(i % RACKS)},${(i % 42) + 1}\n`
      : `serialNumber=SN-${prefix}-${i},OWNED_BY,${data.teamId(i % TEAMS)},\n`;
  });
  return data;
}

/** The stored properties the import writes for server `i` (what the raw baseline writes instead). */
export function storedServer(prefix: string, i: number, now: string): Record<string, unknown> {
  const f = facts(prefix, i);
  return {
    id: `${prefix}-raw-${i}`,
    class: 'Server',
    name: f.name,
    assetTag: f.tag,
    serialNumber: f.serial,
    model: 'PowerEdge R650',
    manufacturer: 'Dell',
    purchaseDate: `${f.year}-${pad(f.month)}-${pad(f.day)}`,
    purchaseCostAmount: f.euros * 100 + f.cents,
    purchaseCostCurrency: 'EUR',
    warrantyEnd: `${f.year + 3}-${pad(f.month)}-${pad(f.day)}`,
    lifecycleState: f.state,
    operationalStatus: 'UNKNOWN',
    hostname: f.name,
    domain: f.domain,
    ipAddresses: [f.ip],
    tags: ['env:prod', `rack:${f.rack}`],
    cpuCores: f.cores,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The racks and teams the relationships point at. */
export async function createTargets(db: Executor, data: ImportBenchData): Promise<void> {
  const now = new Date().toISOString();
  const node = (id: string, cls: string) => ({
    id,
    class: cls,
    name: id,
    lifecycleState: 'DEPLOYED',
    operationalStatus: 'OPERATIONAL',
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await db.writeTx('bench.import.targets', async (tx) => {
    const create = (cls: string) => `UNWIND $rows AS row CREATE (n${labelsFor(cls)}) SET n = row`;
    await tx.run(create('Location'), {
      rows: Array.from({ length: RACKS }, (_, i) => node(data.rackId(i), 'Location')),
    });
    await tx.run(create('Team'), { rows: Array.from({ length: TEAMS }, (_, i) => node(data.teamId(i), 'Team')) });
  });
}

/**
 * Delete everything a run made: CIs whose id starts with the prefix (or servers whose serial number does),
 * the run's import jobs, and the Change records those jobs wrote. The change sequence is left alone: it only
 * goes forward (a server tailing the log would see it go back and rewind its feed), so the run leaves a
 * hole in the numbering above `sequence`, which the seeded estate's history never reaches.
 */
export async function cleanUp(db: Executor, prefix: string, sequence: { value: number }): Promise<void> {
  const jobs = (
    await db.read('bench.import.jobs', 'MATCH (j:ImportJob) WHERE j.fileName STARTS WITH $prefix RETURN j.id AS id', {
      prefix,
    })
  ).map((r) => r.id as string);
  const batch = async (query: string) => {
    for (;;) {
      const [row] = await db.writeTx('bench.import.cleanup', (tx) =>
        tx.run(query, { prefix: `${prefix}-`, serial: `SN-${prefix}-`, seq: sequence.value, jobs }),
      );
      if ((row?.deleted as number) === 0) return;
    }
  };
  await batch(
    'MATCH (n:Server) WHERE n.serialNumber STARTS WITH $serial WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
  );
  await batch(
    'MATCH (n:CI) WHERE n.id STARTS WITH $prefix WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
  );
  // Only the run's own jobs' changes: anything else written meanwhile (the bench server's own writes) stays.
  await batch(
    'MATCH (c:Change) WHERE c.seq > $seq AND c.jobId IN $jobs WITH c LIMIT 10000 DETACH DELETE c RETURN count(*) AS deleted',
  );
  await db.writeTx('bench.import.cleanup', (tx) =>
    tx.run('MATCH (j:ImportJob) WHERE j.id IN $jobs DELETE j', { jobs }),
  );
}

/** The change sequence before a run: its Change records are the ones above it. */
export async function changeSequence(db: Executor): Promise<{ value: number }> {
  const [row] = await db.read('bench.import.sequence', "MATCH (s:Sequence {name: 'change'}) RETURN s.value AS value");
  return { value: row.value as number };
}
