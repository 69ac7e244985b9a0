/**
 * Numbered, idempotent schema migrations, applied at start and recorded in
 * the graph as (:Migration {id, name, appliedAt}). Each statement is safe to
 * run again (IF NOT EXISTS / MERGE), so two instances starting together, or
 * a crash half-way, leave the same schema.
 */
import { CLASSES, storedProperties } from '../model/classes';
import { SECURITY_NODES } from '../model/security.classes';
import type { Executor } from './executor';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Text properties the full-text index covers: name, description and every searchable field. */
export const FULLTEXT_PROPERTIES: readonly string[] = [
  'name',
  'description',
  ...new Set(CLASSES.flatMap((c) => c.fields.filter((f) => f.searchable).flatMap(storedProperties))),
];

export const FULLTEXT_INDEX = 'ci_text';

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'unique CI id',
    statements: ['CREATE CONSTRAINT ci_id IF NOT EXISTS FOR (n:CI) REQUIRE n.id IS UNIQUE'],
  },
  {
    id: 2,
    name: 'unique asset tag and serial number on hardware',
    statements: [
      'CREATE CONSTRAINT hardware_asset_tag IF NOT EXISTS FOR (n:Hardware) REQUIRE n.assetTag IS UNIQUE',
      'CREATE CONSTRAINT hardware_serial_number IF NOT EXISTS FOR (n:Hardware) REQUIRE n.serialNumber IS UNIQUE',
    ],
  },
  {
    id: 3,
    name: 'indexes on name, class, lifecycle state, operational status',
    statements: [
      'CREATE INDEX ci_name IF NOT EXISTS FOR (n:CI) ON (n.name)',
      'CREATE INDEX ci_class IF NOT EXISTS FOR (n:CI) ON (n.class)',
      'CREATE INDEX ci_lifecycle_state IF NOT EXISTS FOR (n:CI) ON (n.lifecycleState)',
      'CREATE INDEX ci_operational_status IF NOT EXISTS FOR (n:CI) ON (n.operationalStatus)',
      'CREATE INDEX ci_updated_at IF NOT EXISTS FOR (n:CI) ON (n.updatedAt)',
      'CREATE INDEX ci_hostname IF NOT EXISTS FOR (n:CI) ON (n.hostname)',
    ],
  },
  {
    id: 4,
    name: 'full-text index over names, descriptions, host names, serial numbers and asset tags',
    statements: [
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:CI) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
    ],
  },
  {
    id: 5,
    name: 'change log: unique gap-free sequence and lookups by CI and time',
    statements: [
      'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE',
      'CREATE INDEX change_ci_id IF NOT EXISTS FOR (c:Change) ON (c.ciId)',
      'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
      'CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE',
      "MERGE (s:Sequence {name: 'change'}) ON CREATE SET s.value = 0",
    ],
  },
  {
    id: 6,
    name: 'change log: lookups by the other end of a relationship change and by operation; unique webhook id',
    statements: [
      'CREATE INDEX change_other_id IF NOT EXISTS FOR (c:Change) ON (c.otherId)',
      'CREATE INDEX change_op IF NOT EXISTS FOR (c:Change) ON (c.op)',
      'CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (w:Webhook) REQUIRE w.id IS UNIQUE',
    ],
  },
  {
    id: 7,
    name: 'lifecycle events: unique id, lookups by CI and target state; contract end dates; warranty ends',
    statements: [
      'CREATE CONSTRAINT lifecycle_event_id IF NOT EXISTS FOR (e:LifecycleEvent) REQUIRE e.id IS UNIQUE',
      'CREATE INDEX lifecycle_event_ci_id IF NOT EXISTS FOR (e:LifecycleEvent) ON (e.ciId)',
      'CREATE INDEX lifecycle_event_to IF NOT EXISTS FOR (e:LifecycleEvent) ON (e.to)',
      'CREATE INDEX contract_end_date IF NOT EXISTS FOR (n:Contract) ON (n.endDate)',
      'CREATE INDEX hardware_warranty_end IF NOT EXISTS FOR (n:Hardware) ON (n.warrantyEnd)',
    ],
  },
  {
    id: 8,
    name: 'incidents: unique id, lookups by status and opening time',
    statements: [
      'CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (i:Incident) REQUIRE i.id IS UNIQUE',
      'CREATE INDEX incident_status IF NOT EXISTS FOR (i:Incident) ON (i.status)',
      'CREATE INDEX incident_opened_at IF NOT EXISTS FOR (i:Incident) ON (i.openedAt)',
    ],
  },
  {
    id: 9,
    name: 'imports: unique import job id, jobs by start time; lookups by the identification keys e-mail, contract number, CIDR',
    statements: [
      'CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE',
      'CREATE INDEX import_job_started_at IF NOT EXISTS FOR (j:ImportJob) ON (j.startedAt)',
      'CREATE INDEX ci_email IF NOT EXISTS FOR (n:CI) ON (n.email)',
      'CREATE INDEX ci_contract_number IF NOT EXISTS FOR (n:CI) ON (n.contractNumber)',
      'CREATE INDEX ci_cidr IF NOT EXISTS FOR (n:CI) ON (n.cidr)',
    ],
  },
  {
    id: 10,
    name: 'API tokens: unique id, lookups by role',
    statements: [
      'CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE',
      'CREATE INDEX api_token_role IF NOT EXISTS FOR (t:ApiToken) ON (t.role)',
    ],
  },
  {
    id: 11,
    name: 'custom field definitions: unique by class and name',
    statements: [
      'CREATE CONSTRAINT custom_field_key IF NOT EXISTS FOR (f:CustomField) REQUIRE (f.class, f.name) IS UNIQUE',
    ],
  },
  {
    id: 12,
    name: 'imports: lookups by the identification key username (people)',
    statements: ['CREATE INDEX ci_username IF NOT EXISTS FOR (n:CI) ON (n.username)'],
  },
  {
    id: 13,
    name: 'security (issue 19): components, SBOMs, vulnerabilities, VEX statements, release cycles unique by their key, with lookup indexes',
    statements: securityStatements(),
  },
];

/** Migration 13, from the security node table: a uniqueness constraint on each key and an index on each lookup. */
function securityStatements(): string[] {
  return Object.values(SECURITY_NODES).flatMap((node) => {
    const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '');
    const label = snake(node.label);
    return [
      `CREATE CONSTRAINT ${label}_${snake(node.key)} IF NOT EXISTS FOR (n:${node.label}) REQUIRE n.${node.key} IS UNIQUE`,
      ...node.indexed.map((index) => {
        const props = typeof index === 'string' ? [index] : index;
        return `CREATE INDEX ${label}_${props.map(snake).join('_')} IF NOT EXISTS FOR (n:${node.label}) ON (${props.map((p) => `n.${p}`).join(', ')})`;
      }),
    ];
  });
}

const RECORDED = 'MATCH (m:Migration) RETURN m.id AS id';

/** Apply every migration not yet recorded, then wait for indexes to come online. */
export async function migrate(db: Executor, log: (line: string) => void = () => {}): Promise<number[]> {
  await db.writeTx('migrate', (tx) =>
    tx.run('CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE'),
  );
  const done = new Set((await db.read('migrate', RECORDED)).map((r) => r.id as number));
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.id)) continue;
    // Schema statements cannot share a transaction with data writes: one each.
    for (const statement of migration.statements) {
      await db.writeTx('migrate', (tx) => tx.run(statement));
    }
    await db.writeTx('migrate', (tx) =>
      tx.run('MERGE (m:Migration {id: $id}) ON CREATE SET m.name = $name, m.appliedAt = $at', {
        id: migration.id,
        name: migration.name,
        at: new Date().toISOString(),
      }),
    );
    log(`applied migration ${migration.id}: ${migration.name}`);
    applied.push(migration.id);
  }
  await db.read('migrate', 'CALL db.awaitIndexes(120)');
  return applied;
}

/** True when every known migration is recorded (readiness). */
export async function migrationsApplied(db: Executor): Promise<boolean> {
  const done = new Set((await db.read('readyz', RECORDED)).map((r) => r.id as number));
  return MIGRATIONS.every((m) => done.has(m.id));
}
