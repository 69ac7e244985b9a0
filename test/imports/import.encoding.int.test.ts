/**
 * Encodings, end to end (issue 18), through the CLI command and the HTTP
 * upload: detection from the whole file and what the job says of it, the
 * refusal of a file whose encoding is not clear (and the import once the
 * user names it), Apple's current Mac Roman table with CR-only line ends,
 * UTF-16 with a BOM, the hint for undecodable bytes, and the mojibake check.
 * Fixtures: test/fixtures/encodings/ (how each was made is in its test).
 */
import { readFileSync } from 'node:fs';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer } from '../support/http';
import { fixture, graphCounts, tempDir, testCli } from './import.support';

jest.setTimeout(300_000);

let api: TestApi;
/** Error reports go here, not beside the fixtures. */
const errors = `${tempDir()}/errors.csv`;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
});
afterAll(() => api.stop());

const encodings = (name: string) => fixture(`encodings/${name}`);

async function server(serialNumber: string) {
  const rows = await cypher(api.executor, 'MATCH (n:Server {serialNumber: $serialNumber}) RETURN n {.*} AS n', {
    serialNumber,
  });
  return rows[0]?.n as Record<string, unknown> | undefined;
}

const CONFIRM = 'name the one it is in with --encoding <name> (HTTP: ?encoding=, or "encoding" in the mapping file)';

describe('through the CLI', () => {
  it('refuses a short Mac Roman file as ambiguous, then reads it as named: CR-only line ends, 0xDB as €, curly quotes', async () => {
    // iconv.encode('name,serialNumber,description\rServeur Café,SN-MAC1,Prix 1 299 ¤ HT\r…', 'macintosh'): iconv-lite's
    // old table writes ¤ as 0xDB, which Apple's current table (and Excel for Mac) reads as €.
    const before = await graphCounts(api.executor);
    await expect(testCli(api.executor).import(encodings('mac-roman.csv'), { class: 'Server' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `the file's encoding is not clear: the file is not valid UTF-8 and its encoding is ambiguous: maccenteuro (0.021) is less than 10% ahead of koi8-u (0.019), then macintosh (0.018), macturkish (0.018), windows-1252 (0.017), and they read the file differently; ${CONFIRM}`,
    });
    expect(await graphCounts(api.executor)).toEqual(before);

    const cli = testCli(api.executor);
    const job = await cli.import(encodings('mac-roman.csv'), { class: 'Server', encoding: 'macintosh', errors });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2, encoding: 'macintosh', encodingDetected: false });
    expect(job.encodingConfidence).toBeUndefined();
    expect(cli.out.text).toContain('  encoding: macintosh (named)');
    expect(await server('SN-MAC1')).toMatchObject({ name: 'Serveur Café', description: 'Prix 1 299 € HT' });
    expect(await server('SN-MAC2')).toMatchObject({ name: 'Dell’s spare', description: '“Rack 4” – ‘Müller’' });
    const again = await testCli(api.executor).import(encodings('mac-roman.csv'), {
      class: 'Server',
      encoding: 'x-mac-roman',
      errors,
    });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      unchanged: 2,
      encoding: 'x-mac-roman',
      encodingDetected: false,
    });
  });

  it('detects windows-1252 and says so in a dry run', async () => {
    const cli = testCli(api.executor);
    const job = await cli.import(encodings('windows-1252.csv'), { class: 'Server', dryRun: true, errors });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      created: 10,
      encoding: 'windows-1252',
      encodingDetected: true,
      encodingNote: 'detected from the whole file; next: windows-1250 (0.045)',
    });
    expect(cli.out.text).toContain('  encoding: windows-1252 (detected, confidence 0.059');
    expect(cli.out.text).toMatch(/create .*Serveur Café/);
    expect(await server('SN-W1')).toBeUndefined();
  });

  it('refuses a windows-1252 file whose bytes happen to be valid UTF-8, and reads it as the user names it', async () => {
    // iconv.encode('name,serialNumber,description\r\nCAFÉ’S SERVER,SN-V1,Ã©quipe\r\nRÉ’SEAU,SN-V2,plain\r\n', 'windows-1252'):
    // "É’" is C9 92, the UTF-8 of "ɒ"; "Ã©" is C3 A9, the UTF-8 of "é".
    const before = await graphCounts(api.executor);
    await expect(
      testCli(api.executor).import(encodings('windows-1252-valid-utf8.csv'), { class: 'Server', errors }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `the file's encoding is not clear: the file's bytes are valid UTF-8, but the UTF-8 reading of line 2 holds "ɒ" (U+0252, IPA or spacing modifier letter), which an asset list does not: the bytes are probably single-byte text that happens to be valid UTF-8; read as windows-1252 (0.008) it says "CAFÉ’S SERVER,SN-V1,Ã©quipe"; ${CONFIRM} (--encoding utf-8 if UTF-8 is right)`,
    });
    expect(await graphCounts(api.executor)).toEqual(before);

    // Named windows-1252: the names are right, and the stored mojibake in row 1 is refused by the mojibake check.
    const named = await testCli(api.executor).import(encodings('windows-1252-valid-utf8.csv'), {
      class: 'Server',
      encoding: 'windows-1252',
      mode: 'partial',
      errors,
    });
    expect(named).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 1, errors: 1, encodingDetected: false });
    expect(named.errorSample).toEqual([
      {
        row: 1,
        line: 2,
        column: 'description',
        reason:
          '"Ã©" looks like UTF-8 that was read as windows-1252 (it is how "é" comes out): the text was damaged before it reached this file; correct it at the source or in the file',
      },
    ]);
    expect(await server('SN-V2')).toMatchObject({ name: 'RÉ’SEAU' });
  });

  it('reads UTF-16LE with a BOM (Excel’s "Unicode text", tab-delimited)', async () => {
    const job = await testCli(api.executor).import(encodings('utf-16le-bom.csv'), { class: 'Server', errors });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      created: 2,
      encoding: 'utf-16le',
      encodingDetected: true,
      encodingConfidence: 1,
      encodingNote: 'byte-order mark (utf-16le)',
    });
    expect(await server('SN-U1')).toMatchObject({ name: 'Serveur Café', description: 'Coût 1 299 €' });
    expect(await server('SN-U2')).toMatchObject({ name: '東京サーバー', description: '“quoted”' });
  });

  it('refuses the cells of a UTF-8 file that hold mojibake, naming row and column, and imports the rest', async () => {
    const job = await testCli(api.executor).import(encodings('utf8-mojibake.csv'), {
      class: 'Server',
      mode: 'partial',
      errors,
    });
    expect(job).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 1, errors: 2, encoding: 'utf-8' });
    expect(job.errorSample.map((e) => [e.row, e.column, e.reason.slice(0, 60)])).toEqual([
      [1, 'name', '"Ã©" looks like UTF-8 that was read as windows-1252 (it is h'],
      [2, 'description', '"â€™" looks like UTF-8 that was read as windows-1252 (it is '],
    ]);
    expect(await server('SN-M3')).toMatchObject({ name: 'Zoë', description: 'Café – all right' });
    expect(await server('SN-M1')).toBeUndefined();
  });

  it('calls an all-ASCII file UTF-8 without asking the detector', async () => {
    const job = await testCli(api.executor).import(fixture('netbox-devices.csv'), {
      class: 'NetworkDevice',
      dryRun: true,
      unknownColumns: 'attributes',
      errors,
    });
    expect(job).toMatchObject({ encoding: 'utf-8', encodingDetected: true, encodingConfidence: 1 });
    expect(job.encodingNote).toBe('every byte is ASCII');
  });
});

describe('over HTTP', () => {
  let base: string;
  beforeAll(() => {
    base = api.app.url.replace(/\/graphql$/, '');
  });

  const upload = async (query: string, body: Buffer) => {
    const res = await fetch(`${base}/import${query}`, {
      method: 'POST',
      body,
      headers: { ...bearer(api.token), 'content-type': 'text/csv' },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { jobId: string } };
  };

  async function finished(id: string) {
    for (let i = 0; i < 600; i++) {
      const job = ok(await api.sdk.ImportJob({ id })).importJob!;
      if (job.phase === 'DONE' || job.status === 'FAILED') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`import job ${id} did not finish`);
  }

  it('detects the encoding of an upload and reports it on the job', async () => {
    const res = await upload('?class=Server&dryRun=true', readFileSync(encodings('windows-1252.csv')));
    expect(res.status).toBe(202);
    const job = await finished(res.body.jobId);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      created: 10,
      encoding: 'windows-1252',
      encodingDetected: true,
      encodingNote: 'detected from the whole file; next: windows-1250 (0.045)',
    });
    expect(job.encodingConfidence).toBeCloseTo(0.0593, 4);
  });

  it('refuses an upload whose encoding is ambiguous with 400 naming the candidates; ?encoding= confirms it', async () => {
    const bytes = readFileSync(fixture('excel-windows-1252.csv'));
    const refused = await upload('?class=Server', bytes);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: [
        {
          message: `the file's encoding is not clear: the file is not valid UTF-8 and its encoding is ambiguous: windows-1252 (0.016) is less than 10% ahead of macintosh (0.014), then windows-1250 (0.013), windows-1257 (0.010), maccenteuro (0.010), and they read the file differently; ${CONFIRM}`,
          extensions: { code: 'BAD_USER_INPUT', field: 'encoding' },
        },
      ],
    });
    const confirmed = await upload('?class=Server&encoding=windows-1252&dryRun=true', bytes);
    expect(confirmed.status).toBe(202);
    const job = await finished(confirmed.body.jobId);
    expect(job).toMatchObject({
      rowsRead: 2,
      encoding: 'windows-1252',
      encodingDetected: false,
      encodingConfidence: null,
    });
    // Read as windows-1252, no cell is undecodable or damaged (the rows may still meet the lifecycle rules).
    expect(job.errorSample.filter((e) => /not valid|looks like UTF-8/.test(e.reason))).toEqual([]);
  });

  it('names a plausible other encoding for undecodable bytes, never the one that was used', async () => {
    const res = await upload(
      '?class=Server&encoding=utf-8&mode=partial',
      readFileSync(fixture('excel-windows-1252.csv')),
    );
    expect(res.status).toBe(202);
    const job = await finished(res.body.jobId);
    expect(job.errorSample[0]).toMatchObject({
      row: 1,
      column: 'Name',
      reason:
        "holds bytes that are not valid utf-8; the file's detected encodings include windows-1252 and macintosh: give --encoding windows-1252 if that is what it is in",
    });
  });
});
