/**
 * Where `estate import` writes an error report when `--errors` names no
 * file: `import-errors/` in the data folder of the database the command
 * uses, or the current folder when NEO4J_URI names the database (there is
 * no data folder then). Never beside the input, which may be read-only or
 * shared with people who should not see another import's rows.
 */
import { basename, extname, join, resolve } from 'node:path';
import { chooseDatabase } from '../data.folder';
import type { FolderFlags } from '../data.folder';

export const ERRORS_SUBFOLDER = 'import-errors';

/** The folder error reports go to for a command run with these global flags. */
export function importErrorsDir(flags: FolderFlags, env: NodeJS.ProcessEnv = process.env): string {
  const target = chooseDatabase(flags, { uri: env.NEO4J_URI, database: env.NEO4J_DATABASE }, env);
  return target.kind === 'uri' ? process.cwd() : join(target.dataDir, ERRORS_SUBFOLDER);
}

/** `…/servers.csv` → `<dir>/servers.errors.csv`. */
export function errorsFileFor(input: string, dir: string): string {
  const ext = extname(input);
  return resolve(dir, `${basename(input, ext)}.errors${ext || '.csv'}`);
}
