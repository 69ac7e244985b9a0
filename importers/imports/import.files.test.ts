/** The private folder for import files and the retention sweep, on a temp folder with back-dated files. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobStatus } from '../../graph/imports/import.jobs';
import { makeJobDir, privateImportDir, retentionDaysFromEnv, sweepImportFiles } from './import.files';

const DAY = 24 * 60 * 60 * 1000;
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'estate-files-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A job folder with an upload whose folder and file were last changed `days` ago. */
function jobFolder(dir: string, id: string, days: number): string {
  const path = makeJobDir(dir, id);
  writeFileSync(join(path, 'upload.csv'), 'Serial,Name\n');
  const when = new Date(Date.now() - days * DAY);
  utimesSync(join(path, 'upload.csv'), when, when);
  utimesSync(path, when, when);
  return path;
}

describe('privateImportDir', () => {
  it('makes the folder 0700, and narrows one that was left wider', () => {
    const dir = join(root, 'imports');
    expect(privateImportDir(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    chmodSync(dir, 0o755);
    privateImportDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(makeJobDir(dir, 'job-1')).mode & 0o777).toBe(0o700);
  });

  it('without a folder, makes a new private one under the OS temp folder', () => {
    const dir = privateImportDir();
    try {
      expect(dir.startsWith(tmpdir())).toBe(true);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sweepImportFiles', () => {
  it('deletes the folders of finished jobs older than the retention, and keeps the rest', async () => {
    const dir = privateImportDir(join(root, 'imports'));
    jobFolder(dir, 'old-succeeded', 31);
    jobFolder(dir, 'old-failed', 45);
    jobFolder(dir, 'old-orphan', 40);
    jobFolder(dir, 'old-running', 60);
    jobFolder(dir, 'young-succeeded', 29);
    // An old folder with a file written today (a report still growing) is not old.
    const touched = jobFolder(dir, 'old-but-touched', 90);
    writeFileSync(join(touched, 'errors.csv'), 'row\n');
    mkdirSync(join(dir, 'stray-file-parent'));
    const statuses = new Map<string, JobStatus>([
      ['old-succeeded', 'SUCCEEDED'],
      ['old-failed', 'FAILED'],
      ['old-running', 'RUNNING'],
      ['young-succeeded', 'SUCCEEDED'],
      ['old-but-touched', 'REJECTED'],
    ]);
    const asked: string[][] = [];
    const swept = await sweepImportFiles({
      dir,
      retentionDays: 30,
      statusOf: async (ids) => {
        asked.push([...ids].sort());
        return new Map([...statuses].filter(([id]) => ids.includes(id)));
      },
    });
    // One lookup, for the old folders only.
    expect(asked).toEqual([['old-failed', 'old-orphan', 'old-running', 'old-succeeded']]);
    expect(swept.map((s) => [s.jobId, s.status, s.ageDays]).sort()).toEqual([
      ['old-failed', 'FAILED', 45],
      ['old-orphan', 'no record', 40],
      ['old-succeeded', 'SUCCEEDED', 31],
    ]);
    expect(swept.every((s) => s.bytes === 'Serial,Name\n'.length)).toBe(true);
    for (const gone of ['old-succeeded', 'old-failed', 'old-orphan']) expect(existsSync(join(dir, gone))).toBe(false);
    for (const kept of ['old-running', 'young-succeeded', 'old-but-touched', 'stray-file-parent'])
      expect(existsSync(join(dir, kept))).toBe(true);
  });

  it('reads ESTATE_IMPORT_RETENTION_DAYS, 30 by default, and refuses nonsense', () => {
    expect(retentionDaysFromEnv(undefined)).toBe(30);
    expect(retentionDaysFromEnv('7')).toBe(7);
    expect(() => retentionDaysFromEnv('0')).toThrow(/ESTATE_IMPORT_RETENTION_DAYS must be a positive number/);
    expect(() => retentionDaysFromEnv('soon')).toThrow(/not "soon"/);
  });
});
