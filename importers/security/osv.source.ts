/**
 * Reads OSV records from one JSON file, a folder of them (walked recursively, as the
 * advisory databases lay them out) or a zip of them (osv.dev's `all.zip` per ecosystem),
 * one file at a time: memory holds one record, never the whole set, so a folder of 10k
 * advisories costs what its largest file costs. Zip entries are streamed with yauzl (the
 * most used zip reader on npm, ~125 million downloads a month, which checks entry sizes
 * against the central directory). A file is one record, or a JSON array of records.
 *
 * Problems (not JSON, too big, not an OSV record) go to the caller's ProblemLog with the
 * file and JSON pointer; the records that are fine are yielded, so one pass can check a
 * whole feed and a second can write it.
 */
import { open as openFile, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

import type { ProblemLog } from './feed.errors';
import { type FeedProblem, zodProblems } from './feed.errors';
import { osvRecordSchema, type OsvRecord } from './osv.record';

export interface OsvEntry {
  /** The file, and inside a zip the entry: `all.zip!/GHSA-jfh8-c2jq-xv3f.json`. */
  readonly file: string;
  /** JSON pointer of the record in its file: `""`, or `/3` in an array file. */
  readonly at: string;
  readonly record: OsvRecord;
}

/** The biggest single OSV file read (the largest real records are a few hundred KB). */
export const MAX_OSV_FILE_BYTES = 8 * 1024 * 1024;

const isJsonName = (name: string): boolean => name.toLowerCase().endsWith('.json') && !basename(name).startsWith('.');

/** Checks one file's text and yields its records; problems go to the log. */
function* recordsOf(file: string, text: string, problems: ProblemLog): Generator<OsvEntry> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.add({ file, at: '', reason: `not JSON: ${(error as Error).message}` });
    return;
  }
  const items: { value: unknown; base: number[] }[] = Array.isArray(json)
    ? (json as unknown[]).map((value, i) => ({ value, base: [i] }))
    : [{ value: json, base: [] }];
  for (const { value, base } of items) {
    const parsed = osvRecordSchema.safeParse(value);
    if (parsed.success) yield { file, at: base.length === 0 ? '' : `/${base[0]}`, record: parsed.data };
    else problems.add(...zodProblems(file, parsed.error, base));
  }
}

const tooBig = (file: string, bytes: number): FeedProblem => ({
  file,
  at: '',
  reason: `${bytes} bytes is more than the ${MAX_OSV_FILE_BYTES} an OSV file may have`,
});

async function* fromFile(path: string, shownAs: string, problems: ProblemLog): AsyncGenerator<OsvEntry> {
  const { size } = await stat(path);
  if (size > MAX_OSV_FILE_BYTES) return problems.add(tooBig(shownAs, size));
  yield* recordsOf(shownAs, await readFile(path, 'utf8'), problems);
}

/** JSON files under a folder, depth first, in name order so runs are repeatable. */
async function* jsonFilesUnder(folder: string): AsyncGenerator<string> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) yield* jsonFilesUnder(path);
    else if (entry.isFile() && isJsonName(entry.name)) yield path;
  }
}

const readAll = async (stream: Readable): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** Yields each entry of a zip in turn, reading the next only when asked (yauzl's lazyEntries). */
async function* zipEntries(path: string): AsyncGenerator<{ entry: yauzl.Entry; open: () => Promise<Readable> }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        const onEntry = (e: yauzl.Entry): void => settle(() => resolve(e));
        const onEnd = (): void => settle(() => resolve(null));
        const onError = (error: Error): void => settle(() => reject(error));
        const settle = (then: () => void): void => {
          zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
          then();
        };
        zip.once('entry', onEntry).once('end', onEnd).once('error', onError);
        zip.readEntry();
      });
      if (entry === null) return;
      const open = (): Promise<Readable> =>
        new Promise((resolve, reject) =>
          zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
        );
      yield { entry, open };
    }
  } finally {
    zip.close();
  }
}

async function* fromZip(path: string, problems: ProblemLog, seen: { files: number }): AsyncGenerator<OsvEntry> {
  const name = basename(path);
  try {
    for await (const { entry, open } of zipEntries(path)) {
      if (entry.fileName.endsWith('/') || !isJsonName(entry.fileName)) continue;
      seen.files++;
      const shownAs = `${name}!/${entry.fileName}`;
      if (entry.uncompressedSize > MAX_OSV_FILE_BYTES) {
        problems.add(tooBig(shownAs, entry.uncompressedSize));
        continue;
      }
      yield* recordsOf(shownAs, await readAll(await open()), problems);
    }
  } catch (error) {
    problems.add({ file: name, at: '', reason: `not a readable zip: ${(error as Error).message}` });
  }
}

/** A zip by its name or its first four bytes (PK\3\4). */
const isZip = async (path: string): Promise<boolean> => {
  if (path.toLowerCase().endsWith('.zip')) return true;
  const handle = await openFile(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
};

/**
 * The OSV records of a file, folder or zip, one at a time. Problems go to `problems`;
 * a path that does not exist or is empty of JSON is a problem too.
 */
export async function* readOsv(path: string, problems: ProblemLog): AsyncGenerator<OsvEntry> {
  const info = await stat(path).catch(() => null);
  if (info === null) return problems.add({ file: path, at: '', reason: 'no such file or folder' });
  const seen = { files: 0 };
  if (info.isDirectory()) {
    for await (const file of jsonFilesUnder(path)) {
      seen.files++;
      yield* fromFile(file, relative(path, file), problems);
    }
  } else if (await isZip(path)) {
    yield* fromZip(path, problems, seen);
  } else {
    seen.files++;
    yield* fromFile(path, basename(path), problems);
  }
  if (seen.files === 0) problems.add({ file: basename(path), at: '', reason: 'holds no .json OSV file' });
}
