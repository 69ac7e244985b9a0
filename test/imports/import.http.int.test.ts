/**
 * Import over HTTP: upload (raw CSV or multipart with a mapping part), the
 * job through GraphQL (`importJob`, `importJobs`), progress through the
 * `importProgress` subscription, the reports, the upload limit, and roles.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ImportJobQuery } from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer } from '../support/http';
import { WsTestClient } from '../support/ws';
import { fixture, graphCounts } from './import.support';

// The machine is shared by several engineers' Neo4j instances: allow slow starts.
jest.setTimeout(300_000);

let api: TestApi;
let base: string;

beforeAll(async () => {
  process.env.ESTATE_MAX_UPLOAD_MB = '0.05';
  api = await startTestApi();
  delete process.env.ESTATE_MAX_UPLOAD_MB;
  await resetGraph(api.executor);
  base = api.app.url.replace(/\/graphql$/, '');
});
afterAll(() => api.stop());

type Job = NonNullable<ImportJobQuery['importJob']>;

async function upload(query: string, body: string | FormData, headers: Record<string, string> = {}, token = api.token) {
  const res = await fetch(`${base}/import${query}`, {
    method: 'POST',
    body,
    headers: { ...bearer(token), ...headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { jobId: string } };
}

/** Poll the job through GraphQL until it has finished. */
async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = ok(await api.sdk.ImportJob({ id })).importJob!;
    if (job.phase === 'DONE' || job.status === 'FAILED') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import job ${id} did not finish`);
}

const csv =
  'Serial,Name,Status,Purchase Cost\nHTTP-1,http-one,Ready to Deploy,€10\nHTTP-2,http-two,In Stock,€20\nHTTP-3,http-three,Sparkly,€30\n';

it('takes a raw text/csv body, runs the job in the background, and answers 202 with the job id', async () => {
  const res = await upload('?class=Server&mode=partial', csv, { 'content-type': 'text/csv' });
  expect(res.status).toBe(202);
  expect(res.body).toMatchObject({
    jobId: expect.any(String),
    statusUrl: `/import/${res.body.jobId}`,
    errorsUrl: `/import/${res.body.jobId}/errors.csv`,
  });
  const job = await finished(res.body.jobId);
  expect(job).toMatchObject({
    status: 'COMPLETED_WITH_ERRORS',
    mode: 'PARTIAL',
    className: 'Server',
    fileName: 'upload.csv',
    created: 2,
    errors: 1,
    actor: 'local',
  });
  expect(job.errorSample).toEqual([
    { row: 3, line: 4, column: 'Status', reason: expect.stringMatching(/"Sparkly" is not a known LifecycleState/) },
  ]);
  const changes = await cypher(
    api.executor,
    'MATCH (c:Change {jobId: $id}) RETURN c.source AS source, c.actor AS actor',
    { id: job.id },
  );
  expect(changes).toEqual([
    { source: 'import', actor: 'local' },
    { source: 'import', actor: 'local' },
  ]);

  const errors = await fetch(`${base}${job.errorsUrl}`, { headers: bearer(api.token) });
  expect(errors.status).toBe(200);
  expect(errors.headers.get('content-type')).toMatch(/^text\/csv/);
  expect(parse(await errors.text(), { columns: true })).toEqual([
    expect.objectContaining({ row: '3', line: '4', column: 'Status', Serial: 'HTTP-3', Status: 'Sparkly' }),
  ]);

  const status = await fetch(`${base}/import/${job.id}`, { headers: bearer(api.token) });
  expect(await status.json()).toMatchObject({ id: job.id, status: 'COMPLETED_WITH_ERRORS', created: 2 });
  expect(ok(await api.sdk.ImportJobs({ first: 5 })).importJobs.map((j) => j.id)).toContain(job.id);
});

it('takes a multipart form with the file and a mapping file, and a dry run leaves a row report and writes nothing', async () => {
  const before = await graphCounts(api.executor);
  const form = new FormData();
  form.append('mapping', readFileSync(fixture('snipeit.mapping.json'), 'utf8'));
  form.append(
    'file',
    new Blob([readFileSync(fixture('snipeit-assets.csv'))], { type: 'text/csv' }),
    'snipeit-assets.csv',
  );
  const res = await upload('?class=Server&mode=partial&dryRun=true', form);
  expect(res.status).toBe(202);
  const job = await finished(res.body.jobId);
  expect(job).toMatchObject({
    dryRun: true,
    fileName: 'snipeit-assets.csv',
    status: 'COMPLETED_WITH_ERRORS',
    // Rows in service, ordered or retired are refused on a first import (no location, owner, order or reason).
    created: 1,
    errors: 10,
    reportUrl: `/import/${job.id}/report.csv`,
  });
  expect(job.columns).toContain('"Location" → attributes.location (mapping file)');
  expect(await graphCounts(api.executor)).toEqual(before);
  const report = parse<Record<string, string>>(
    await (await fetch(`${base}${job.reportUrl}`, { headers: bearer(api.token) })).text(),
    { columns: true },
  );
  expect(report.map((r) => r.action)).toEqual([
    'create',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
  ]);
  expect(JSON.parse(report[0].changes)).toMatchObject({
    serialNumber: [null, 'SN-1001'],
    purchaseCostAmount: [null, 129900],
  });
});

it('publishes progress to importProgress subscribers, ending with the final state', async () => {
  const res = await upload('?class=Server', 'Serial,Name\nHTTP-P1,p1\nHTTP-P2,p2\n', { 'content-type': 'text/csv' });
  await finished(res.body.jobId);
  const client = await WsTestClient.connect(api.app.wsUrl);
  client.subscribe(
    'p',
    'subscription ($jobId: ID!) { importProgress(jobId: $jobId) { jobId status phase rowsRead created errors done } }',
    { jobId: res.body.jobId },
  );
  const message = await client.waitForMessage((m) => m.type === 'next' && m.id === 'p', 10_000);
  expect((message.payload as { data: unknown }).data).toEqual({
    importProgress: {
      jobId: res.body.jobId,
      status: 'SUCCEEDED',
      phase: 'DONE',
      rowsRead: 2,
      created: 2,
      errors: 0,
      done: true,
    },
  });
  client.socket.close();
});

it('refuses an upload over the size limit with 413 and keeps nothing', async () => {
  const big = `Serial,Name\n${Array.from({ length: 5000 }, (_, i) => `BIG-${i},big-${i}`).join('\n')}\n`;
  const res = await upload('?class=Server', big, { 'content-type': 'text/csv' });
  expect(res.status).toBe(413);
  expect(res.body).toMatchObject({
    errors: [
      {
        extensions: {
          code: 'LIMIT_EXCEEDED',
          field: 'file',
          reason: expect.stringMatching(/uploads are limited to 52429 bytes/),
        },
      },
    ],
  });
  const streamed = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  const chunked = await fetch(`${base}/import?class=Server`, {
    method: 'POST',
    body: streamed,
    headers: { ...bearer(api.token), 'content-type': 'text/csv' },
    duplex: 'half',
  });
  expect(chunked.status).toBe(413);
  expect(
    (await cypher(api.executor, "MATCH (n:Server) WHERE n.serialNumber STARTS WITH 'BIG-' RETURN count(n) AS n"))[0].n,
  ).toBe(0);
});

it('refuses bad options before reading the body, and uploads from a viewer', async () => {
  const res = await upload('?class=Spaceship', csv, { 'content-type': 'text/csv' });
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({
    errors: [
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'class',
          reason: expect.stringMatching(/unknown class Spaceship/),
        },
      },
    ],
  });
  const mode = await upload('?class=Server&mode=sometimes', csv, { 'content-type': 'text/csv' });
  expect(mode.body).toMatchObject({ errors: [{ extensions: { field: 'mode' } }] });
  const viewer = await api.as('viewer');
  const refused = await upload('?class=Server', csv, { 'content-type': 'text/csv' }, viewer.token);
  expect(refused.status).toBe(403);
});

it('answers 404 for an unknown job, and 409 when resuming a job that finished', async () => {
  expect((await fetch(`${base}/import/no-such-job`, { headers: bearer(api.token) })).status).toBe(404);
  expect(ok(await api.sdk.ImportJob({ id: 'no-such-job' })).importJob).toBeNull();
  const res = await upload('?class=Server', 'Serial,Name\nHTTP-R1,r1\n', { 'content-type': 'text/csv' });
  await finished(res.body.jobId);
  const resume = await fetch(`${base}/import/${res.body.jobId}/resume`, { method: 'POST', headers: bearer(api.token) });
  expect(resume.status).toBe(409);
  const viaGraphql = await api.sdk.ResumeImportJob({ id: res.body.jobId });
  expect(viaGraphql.errors?.[0].extensions?.code).toBe('CONFLICT');
});
