/**
 * A first import may not skip the lifecycle, nor date a contract's end
 * before its start, and it finds the CI a row means (issue 18): fixtures
 * under test/fixtures/lifecycle, imported through the CLI command, checked
 * through the SDK and by Cypher.
 */
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { fixture, graphCounts, tempDir, testCli, writeCsv } from './import.support';

jest.setTimeout(300_000);

let api: TestApi;
let dir: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  dir = tempDir();
});
afterAll(() => api.stop());

const idOf = async (serial: string) =>
  (await cypher(api.executor, 'MATCH (n:Server {serialNumber: $serial}) RETURN n.id AS id', { serial }))[0]?.id as
    string | undefined;

const PATH = 'PLANNED → ORDERED → RECEIVED → IN_STOCK';

describe('creating past PLANNED from a CSV', () => {
  it('holds each row to the moves that lead to its state, and records the creations that pass', async () => {
    const before = await graphCounts(api.executor);
    const job = await testCli(api.executor).import(fixture('lifecycle/servers-lifecycle.csv'), {
      class: 'Server',
      mode: 'partial',
      errors: `${dir}/lifecycle.errors.csv`,
    });
    expect(job).toMatchObject({ created: 2, errors: 3 });
    expect(job.errorSample.map((e) => [e.row, e.column, e.reason])).toEqual([
      [
        2,
        'Status',
        `refused by rule details: ${['retirementReason', 'disposalMethod', 'sanitisationMethod', 'disposalCertificate']
          .map((f) => `${f}: required for creating a Server in DISPOSED (${PATH} → RETIRED → DISPOSED)`)
          .join('; ')}`,
      ],
      [
        3,
        'Status',
        'refused by rule sanitisedIfStorageBearing: sanitisationMethod: a Server holds data: dispose of it only after CLEAR, PURGE or DESTROY (NIST SP 800-88), not NONE',
      ],
      [
        5,
        'Status',
        `refused by rule details: creating a Server in DEPLOYED (${PATH} → DEPLOYED) needs locationId (LOCATED_IN), ownerId (OWNED_BY), which the row does not give: give the row a location and an owner column naming a CI that exists, or import it IN_STOCK and make the move with transitionLifecycle`,
      ],
    ]);
    expect((await graphCounts(api.executor)).cis).toBe(before.cis + 2);

    // LOST comes in DOWN, with the event that says it was created so.
    const lost = ok(await api.sdk.Lifecycle({ id: (await idOf('SN-LC-1'))! })).item!;
    expect(lost).toMatchObject({ lifecycleState: 'LOST', operationalStatus: 'DOWN' });
    expect(lost.lifecycle.map((e) => [e.seq, e.from, e.to, e.source, e.details])).toEqual([
      // The serial number is the receipt's detail, read from the field it records.
      [1, null, 'LOST', 'import', { serialNumber: 'SN-LC-1' }],
    ]);

    const gone = ok(await api.sdk.Lifecycle({ id: (await idOf('SN-LC-4'))! })).item!;
    expect(gone).toMatchObject({
      lifecycleState: 'DISPOSED',
      operationalStatus: 'UNKNOWN',
      retirementReason: 'end of life',
      disposalCertificate: 'CERT-4',
    });
    expect(gone).toMatchObject({ retiredDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown });
    expect(gone.lifecycle).toHaveLength(1);
    expect(gone.lifecycle[0]).toMatchObject({ from: null, to: 'DISPOSED', source: 'import' });
    expect(gone.lifecycle[0].details).toMatchObject({
      reason: 'end of life',
      disposalMethod: 'RECYCLED',
      sanitisationMethod: 'PURGE',
      certificateReference: 'CERT-4',
    });
    const [create] = await cypher(api.executor, "MATCH (c:Change {ciId: $id, op: 'CREATE'}) RETURN c.seq AS seq", {
      id: gone.id,
    });
    expect(gone.lifecycle[0].changeSeq).toBe(create.seq);
  });

  it('re-importing the file changes nothing', async () => {
    const before = await graphCounts(api.executor);
    const job = await testCli(api.executor).import(fixture('lifecycle/servers-lifecycle.csv'), {
      class: 'Server',
      mode: 'partial',
      errors: `${dir}/again.errors.csv`,
    });
    expect(job).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: 3 });
    expect(await graphCounts(api.executor)).toEqual(before);
  });
});

describe('contract dates', () => {
  it('refuses a contract ending before it starts, naming the column', async () => {
    const job = await testCli(api.executor).import(fixture('lifecycle/contracts-dates.csv'), {
      class: 'Contract',
      mode: 'partial',
      errors: `${dir}/contracts.errors.csv`,
    });
    expect(job).toMatchObject({ created: 1, errors: 1 });
    expect(job.errorSample.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, 'End Date', 'endDate 2026-05-31 is before startDate 2026-06-01: a contract cannot end before it starts'],
    ]);
    const moved = writeCsv(dir, 'moved.csv', 'Contract Number,Start Date\nC-100,2027-01-01\n');
    const again = await testCli(api.executor).import(moved, {
      class: 'Contract',
      mode: 'partial',
      errors: `${dir}/moved.errors.csv`,
    });
    expect(again.errorSample.map((e) => [e.row, e.column])).toEqual([[1, 'Start Date']]);
  });
});

describe('which CI a row is about', () => {
  it('an explicit id wins over a name that matches another CI', async () => {
    for (const input of [
      { class: 'Location', id: 'ident-a', name: 'Comms room' },
      { class: 'Location', id: 'ident-b', name: 'Store' },
    ]) {
      ok(await api.sdk.CreateItem({ input: input as never }));
    }
    const file = writeCsv(dir, 'ident.csv', 'id,name\nident-b,Comms room\n');
    const job = await testCli(api.executor).import(file, { class: 'Location' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', updated: 1, created: 0 });
    expect(ok(await api.sdk.Item({ id: 'ident-b' })).item).toMatchObject({ name: 'Comms room', version: 2 });
    expect(ok(await api.sdk.Item({ id: 'ident-a' })).item).toMatchObject({ name: 'Comms room', version: 1 });
  });

  it('two sites each with a "Comms room", told apart by id, are two locations', async () => {
    const file = writeCsv(
      dir,
      'rooms.csv',
      'id,name,locationKind\nnorth-comms,Comms room,ROOM\nsouth-comms,Comms room,ROOM\n',
    );
    const job = await testCli(api.executor).import(file, { class: 'Location' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2 });
  });

  it('keys a person by username', async () => {
    const first = await testCli(api.executor).import(fixture('lifecycle/people-usernames.csv'), { class: 'Person' });
    expect(first).toMatchObject({ status: 'SUCCEEDED', created: 2 });
    const renamed = writeCsv(dir, 'people.csv', 'Name,Username\nAna López,alopez\n');
    const job = await testCli(api.executor).import(renamed, { class: 'Person' });
    expect(job).toMatchObject({ status: 'SUCCEEDED', updated: 1, created: 0 });
    const people = await cypher(
      api.executor,
      "MATCH (p:Person {username: 'alopez'}) RETURN p.name AS name, p.version AS version",
    );
    expect(people).toEqual([{ name: 'Ana López', version: 2 }]);
  });
});
