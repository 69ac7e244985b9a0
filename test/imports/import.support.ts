/**
 * Helpers for the import and export integration tests: run the CLI commands'
 * bodies against the test Neo4j with captured output, write CSV files to a
 * temporary folder, and read import jobs back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Executor } from '../../graph/platform/executor';
import type { CliContext } from '../../server/cli/cli.database';
import { runExportCommand } from '../../server/cli/export.command';
import type { ExportFlags } from '../../server/cli/export.command';
import { runImportCommand } from '../../server/cli/import.command';
import type { ImportFlags } from '../../server/cli/import.command';
import type { ImportKind } from '../../graph/model/imports';
import { cypher } from '../support/api';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** A CLI context on the test database; the command's output is kept in `out` and `err`. */
export function testCli(executor: Executor) {
  const out = new Capture();
  const err = new Capture();
  const context: CliContext = {
    openDatabase: async () => ({ executor, close: async () => {} }),
    stdout: out,
    stderr: err,
  };
  return {
    out,
    err,
    // Error reports go to a temporary folder unless the test names one: never into the repository.
    import: (file: string | undefined, flags: ImportFlags, kind: ImportKind = 'items') =>
      runImportCommand(kind, file, { progress: false, errorsDir: testErrorsDir(), ...flags }, context),
    export: (flags: ExportFlags) => runExportCommand(flags, context),
  };
}

export function tempDir(prefix = 'estate-import-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let errorsDir: string | undefined;

/** One temporary folder per test file for the error reports its imports write when it names none. */
export function testErrorsDir(): string {
  errorsDir ??= tempDir('estate-import-errors-');
  return errorsDir;
}

export function writeCsv(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export async function graphCounts(executor: Executor, label = 'CI') {
  const [row] = await cypher(
    executor,
    `RETURN COUNT { (n:${label}) } AS cis, COUNT { (c:Change) } AS changes, COUNT { (:CI)-[r]->(:CI) } AS relationships`,
  );
  return row as { cis: number; changes: number; relationships: number };
}
