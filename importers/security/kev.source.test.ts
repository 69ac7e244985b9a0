/**
 * CISA KEV entries from the JSON feed and the CSV export, and a bad date refused at its row.
 */
import { join } from 'node:path';

import { ProblemLog } from './feed.errors';
import { readKev, type KevRecord } from './kev.source';

const FIXTURES = join(__dirname, '../../test/fixtures/security');

const readAll = async (file: string): Promise<{ records: KevRecord[]; problems: ProblemLog }> => {
  const problems = new ProblemLog();
  const records: KevRecord[] = [];
  for await (const record of readKev(join(FIXTURES, file), problems)) records.push(record);
  return { records, problems };
};

const LOG4SHELL = {
  cveID: 'CVE-2021-44228',
  dateAdded: '2021-12-10',
  dueDate: '2021-12-24',
  knownRansomwareCampaignUse: 'Known',
  cwes: ['CWE-20', 'CWE-400', 'CWE-502'],
};

it('reads the JSON feed entry by entry, each at its JSON pointer', async () => {
  const { records, problems } = await readAll('kev-excerpt.json');
  expect(problems.count).toBe(0);
  expect(records.map((r) => [r.at, r.entry.cveID, r.entry.knownRansomwareCampaignUse])).toEqual([
    ['/vulnerabilities/0', 'CVE-2021-44228', 'Known'],
    ['/vulnerabilities/1', 'CVE-2021-45046', 'Unknown'],
    ['/vulnerabilities/2', 'CVE-2023-4966', 'Known'],
  ]);
  expect(records[0].entry).toMatchObject(LOG4SHELL);
});

it('reads the CSV export to the same entries, its CWE list split', async () => {
  const csv = await readAll('kev-excerpt.csv');
  const json = await readAll('kev-excerpt.json');
  expect(csv.problems.count).toBe(0);
  expect(csv.records.map((r) => r.entry)).toEqual(json.records.map((r) => r.entry));
  expect(csv.records[0].at).toBe('row 1');
});

it('refuses a date that does not exist at its row and column', async () => {
  const { problems } = await readAll('kev-bad.csv');
  expect(problems.problems).toEqual([
    { file: 'kev-bad.csv', at: 'row 2, column dueDate', reason: 'must be a calendar date (YYYY-MM-DD)' },
  ]);
});

it('says so when the file is missing or holds no entries', async () => {
  expect((await readAll('kev-missing.json')).problems.problems[0].reason).toBe('no such file');
  expect((await readAll('osv-GHSA-p6mc-m468-83gw.json')).problems.problems[0]).toMatchObject({
    at: '/vulnerabilities',
    reason: 'no KEV entries: expected a vulnerabilities list',
  });
});
