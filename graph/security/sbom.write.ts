/**
 * Replace a CI's components with those of a new SBOM, in one write
 * transaction with one SBOM change record on the CI listing the components
 * added, removed and changed. The same SBOM again (same digest, serial
 * number and version) writes nothing. Components are shared nodes
 * (MERGEd by key); one that no CI uses any more, and that no VEX statement
 * is about, is deleted with its matches.
 */
import type { Executor } from '../platform/executor';
import { appendChanges } from '../platform/changelog.writer';
import type { WriteContext } from '../platform/changelog.writer';
import { lockItem } from '../items/item.lock';
import { notFound } from '../platform/errors';
import { COMPONENT_NODE_FIELDS, nodeFieldsOf, usageOf, USAGE_FIELDS } from './sbom.content';
import type { SbomContent } from './sbom.content';
import { diffComponents, diffRecord } from './sbom.diff';
import type { StoredComponent } from './sbom.diff';
import type { SubjectCI } from './sbom.subject';

export interface SbomWriteResult {
  readonly ciId: string;
  readonly ciClass: string;
  /** CREATED: the CI's first SBOM; REPLACED: a newer one; UNCHANGED: the same again, nothing written. */
  readonly status: 'CREATED' | 'REPLACED' | 'UNCHANGED';
  readonly components: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** The change record's sequence number; null when nothing was written. */
  readonly changeSeq: number | null;
}

const CURRENT = `MATCH (ci:CI {id: $id})
OPTIONAL MATCH (ci)-[:DESCRIBED_BY]->(s:Sbom)
RETURN s {.*} AS sbom,
  COLLECT { MATCH (ci)-[h:HAS_COMPONENT]->(c:Component) RETURN c {.*, usage: properties(h)} } AS components`;

const UPSERT_COMPONENTS = `UNWIND $rows AS row
MERGE (c:Component {key: row.node.key})
SET c += row.node`;

const DROP_USAGE = `MATCH (ci:CI {id: $id})-[h:HAS_COMPONENT]->(c:Component) WHERE c.key IN $removed DELETE h`;

/** New uses are created outright: a MERGE would scan the CI's other uses for each one. */
const ADD_USAGE = `MATCH (ci:CI {id: $id})
UNWIND $rows AS row
MATCH (c:Component {key: row.node.key})
CREATE (ci)-[h:HAS_COMPONENT]->(c)
SET h = row.usage`;

const UPDATE_USAGE = `UNWIND $rows AS row
MATCH (:CI {id: $id})-[h:HAS_COMPONENT]->(:Component {key: row.node.key})
SET h = row.usage`;

const DROP_ORPHANS = `UNWIND $removed AS key
MATCH (c:Component {key: key})
WHERE NOT EXISTS { (c)<-[:HAS_COMPONENT]-() } AND NOT EXISTS { (c)<-[:ABOUT_COMPONENT]-() }
DETACH DELETE c`;

const SET_SBOM = `MATCH (ci:CI {id: $id})
MERGE (s:Sbom {ciId: $id})
SET s += $sbom
MERGE (ci)-[:DESCRIBED_BY]->(s)`;

/** A stored component with its usage, flattened like a row so both diff alike. */
const storedRow = (c: Record<string, unknown>): StoredComponent => {
  const { usage, ...node } = c as { usage: Record<string, unknown> } & StoredComponent;
  return { ...node, ...usage };
};

const DIFF_FIELDS = [...COMPONENT_NODE_FIELDS.filter((f) => f !== 'key'), ...USAGE_FIELDS];

export async function writeSbom(
  db: Executor,
  ctx: WriteContext,
  ci: SubjectCI,
  content: SbomContent,
  file: string,
): Promise<SbomWriteResult> {
  return db.writeTx('security.writeSbom', async (tx) => {
    if (!(await lockItem(tx, ci.id))) throw notFound('CI', ci.id, 'for');
    const [current] = await tx.run(CURRENT, { id: ci.id });
    const before = current.sbom as Record<string, unknown> | null;
    const result = { ciId: ci.id, ciClass: ci.class, components: content.components.length };
    if (
      before &&
      before.digest === content.digest &&
      (before.serialNumber ?? null) === content.serialNumber &&
      (before.bomVersion ?? null) === content.bomVersion
    ) {
      return { ...result, status: 'UNCHANGED', added: 0, removed: 0, changed: 0, changeSeq: null };
    }
    const diff = diffComponents(
      (current.components as Record<string, unknown>[]).map(storedRow),
      content.components as unknown as StoredComponent[],
      DIFF_FIELDS,
    );
    // Only what the diff says is new or changed is written.
    const added = new Set(diff.added);
    const changed = new Set(diff.changed.map((c) => c.key));
    const rowsOf = (keys: ReadonlySet<string>) =>
      content.components
        .filter((row) => keys.has(row.key))
        .map((row) => ({ node: nodeFieldsOf(row), usage: usageOf(row) }));
    const at = new Date().toISOString();
    await tx.run(UPSERT_COMPONENTS, { rows: [...rowsOf(added), ...rowsOf(changed)] });
    await tx.run(DROP_USAGE, { id: ci.id, removed: diff.removed });
    await tx.run(ADD_USAGE, { id: ci.id, rows: rowsOf(added) });
    await tx.run(UPDATE_USAGE, { id: ci.id, rows: rowsOf(changed) });
    await tx.run(DROP_ORPHANS, { removed: diff.removed });
    const sbom = {
      format: content.format,
      specVersion: content.specVersion,
      serialNumber: content.serialNumber,
      bomVersion: content.bomVersion,
      digest: content.digest,
      componentCount: content.components.length,
      importedAt: at,
      file,
    };
    await tx.run(SET_SBOM, { id: ci.id, sbom });
    const [seq] = await appendChanges(
      tx,
      ctx,
      [
        {
          op: 'SBOM',
          ciId: ci.id,
          ciClass: ci.class,
          before: null,
          after: {
            sbom,
            previous: before
              ? {
                  serialNumber: before.serialNumber ?? null,
                  bomVersion: before.bomVersion ?? null,
                  digest: before.digest,
                }
              : null,
            ...diffRecord(diff),
          },
        },
      ],
      at,
    );
    return {
      ...result,
      status: before ? 'REPLACED' : 'CREATED',
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      changeSeq: seq,
    };
  });
}
