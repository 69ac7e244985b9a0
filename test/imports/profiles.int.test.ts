/**
 * Other tools' exports imported as they are (issue 18): source profiles told
 * from the header or given with --from / from=, objects Estate has no class
 * for refused by name, repeated and blank headers mapped by position, and
 * transforms in the mapping file, previewed by the dry run. Through the CLI
 * command and the HTTP import, checked through the SDK and by Cypher.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobQuery } from '../../sdk/generated';
import { cypher, resetGraph, startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { ok } from '../support/expect';
import { bearer } from '../support/http';
import { fixture, graphCounts, tempDir, testCli, writeCsv } from './import.support';

// The machine is shared by several engineers' Neo4j instances: allow slow starts.
jest.setTimeout(300_000);

let api: TestApi;
let base: string;
let dir: string;
const profile = (name: string) => fixture(`profiles/${name}`);

beforeAll(async () => {
  api = await startTestApi();
  await resetGraph(api.executor);
  base = api.app.url.replace(/\/graphql$/, '');
  dir = tempDir();
});
afterAll(() => api.stop());

const node = async (label: string, field: string, value: string): Promise<Record<string, unknown> | undefined> => {
  const [row] = await cypher(api.executor, `MATCH (n:${label}) WHERE n[$field] = $value RETURN n {.*} AS n`, {
    field,
    value,
  });
  const n = row?.n as Record<string, unknown> | undefined;
  return n && { ...n, attributes: JSON.parse((n.attributes as string | undefined) ?? '{}') as unknown };
};

type Job = NonNullable<ImportJobQuery['importJob']>;

async function upload(query: string, file: string, mapping?: string) {
  const form = new FormData();
  if (mapping) form.append('mapping', mapping);
  form.append('file', new Blob([readFileSync(file)], { type: 'text/csv' }), 'export.csv');
  const res = await fetch(`${base}/import${query}`, { method: 'POST', body: form, headers: bearer(api.token) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { jobId: string } };
}

async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = ok(await api.sdk.ImportJob({ id })).importJob!;
    if (job.phase === 'DONE' || job.status === 'FAILED') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import job ${id} did not finish`);
}

describe('Snipe-IT', () => {
  it('imports an asset export with both "Model" and "Model Number" unchanged (ServiceNow\'s model_number alias no longer collides)', async () => {
    const cli = testCli(api.executor);
    // "Location" and "Checked Out To" name CIs (docs/imports.md, "Columns that name another CI"): they exist first.
    for (const input of [
      { class: 'Location', id: 'prof-dc1', name: 'DC1' },
      { class: 'Location', id: 'prof-dc2', name: 'DC2' },
      { class: 'Person', id: 'prof-ana', name: 'Ana Lopez' },
    ]) {
      ok(await api.sdk.CreateItem({ input: input as never }));
    }
    const job = await cli.import(profile('snipeit-assets-models.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
      currency: 'EUR',
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3, errors: 0 });
    expect(job.columns.slice(0, 8)).toEqual([
      'source profile: Snipe-IT, told from the header: "Asset Name", "Checked Out To", "Warranty Expires"; assets export ("Asset Tag", "Model Number", "Checked Out To")',
      '"ID" → attributes.snipeitId (Snipe-IT column name)',
      '"Company" → attributes.company (Snipe-IT column name)',
      '"Asset Name" → name (Snipe-IT column name)',
      '"Asset Tag" → assetTag (field name)',
      '"Serial" → serialNumber (Snipe-IT column name)',
      '"Model" → model (Snipe-IT column name)',
      '"Model Number" → attributes.modelNumber (Snipe-IT column name)',
    ]);
    expect(job.warnings).toEqual([]);
    expect(await node('Server', 'serialNumber', 'SN-2002')).toMatchObject({
      name: 'web-02',
      assetTag: 'AT-2002',
      model: 'PowerEdge R650',
      manufacturer: 'Dell',
      lifecycleState: 'IN_STOCK',
      purchaseCostAmount: 129900,
      purchaseCostCurrency: 'EUR',
      purchaseOrder: 'PO-77',
      warrantyEnd: '2026-02-15',
      attributes: {
        snipeitId: 1042,
        company: 'Acme',
        modelNumber: 'R650-8SFF',
        category: 'Servers',
      },
    });
    const [related] = await cypher(
      api.executor,
      "MATCH (s:Server {serialNumber: 'SN-2002'})-[:LOCATED_IN]->(l), (s)-[:OWNED_BY]->(o) RETURN l.id AS l, o.id AS o",
    );
    expect(related).toEqual({ l: 'prof-dc1', o: 'prof-ana' });
    // Snipe-IT's "ID" is never an Estate id.
    expect((await node('Server', 'serialNumber', 'SN-2001'))!.id).not.toBe('1041');
  });

  it('imports a users export as people, the name joined from first and last name', async () => {
    const job = await testCli(api.executor).import(profile('snipeit-users.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Person',
    });
    // Ana Lopez, made above for the assets she holds, is found by name and filled in.
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2, updated: 1 });
    expect(job.columns).toContain('transform name ← join("First Name", "Last Name") with " " (Snipe-IT users)');
    expect(job.columns).toContain(
      '"2FA Enrolled" → not imported (Snipe-IT\'s own counter or derived value) (Snipe-IT column name)',
    );
    expect(await node('Person', 'email', 'ben.okafor@example.org')).toMatchObject({
      name: 'Ben Okafor',
      employeeId: 'E-1002',
      description: 'On call in March',
      username: 'bokafor',
      attributes: expect.objectContaining({
        firstName: 'Ben',
        lastName: 'Okafor',
        jobTitle: 'Head of infrastructure',
        department: 'Infrastructure',
      }),
    });
  });

  it('imports a licences export as licence contracts over HTTP, the licence keys left in Snipe-IT', async () => {
    const res = await upload('?class=Contract&currency=USD&from=snipe-it', profile('snipeit-licenses.csv'));
    expect(res.status).toBe(202);
    const job = await finished(res.body.jobId);
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2, errors: 0 });
    expect(job.columns[0]).toBe(
      'source profile: Snipe-IT, given (--from snipe-it); licences export ("Product Key", "Licensed to Email", "Licensed to Name", "Seats", "Reassignable", "Maintained")',
    );
    expect(job.columns).toContain(
      '"Product Key" → not imported (a licence key is a secret; it stays in Snipe-IT) (Snipe-IT column name)',
    );
    const m365 = await node('Contract', 'name', 'Microsoft 365 E3');
    expect(m365).toMatchObject({
      contractKind: 'LICENCE',
      licensedUnits: 250,
      endDate: '2026-06-30',
      costAmount: 9000000,
      costCurrency: 'USD',
    });
    expect(JSON.stringify(m365)).not.toContain('XXXXX-YYYYY-ZZZZZ');
  });

  it('refuses a status labels export by name, writing nothing', async () => {
    const file = writeCsv(
      dir,
      'status-labels.csv',
      'Name,Type,Chart Color,Show in Nav,Default Label\nBroken,undeployable,#ff0000,1,0\n',
    );
    const before = await graphCounts(api.executor);
    const job = await testCli(api.executor).import(file, { class: 'Server' });
    expect(job.status).toBe('REJECTED');
    expect(job.errorSample).toEqual([
      {
        row: 0,
        line: 1,
        column: 'header',
        reason:
          'this is a Snipe-IT status labels export ("Chart Color", "Show in Nav", "Default Label"): status labels are not CIs: map each to a lifecycle state in the mapping file\'s enumSynonyms, e.g. {"LifecycleState": {"Out for Repair": "IN_MAINTENANCE"}}',
      },
    ]);
    expect(await graphCounts(api.executor)).toEqual(before);
  });
});

describe('ServiceNow', () => {
  it('imports a cmdb_ci_server export: sys_class_name checked, a switch among the servers refused by name', async () => {
    const job = await testCli(api.executor).import(profile('servicenow-cmdb-ci-server.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
      currency: 'USD',
      mode: 'partial',
    });
    expect(job).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 2, errors: 1 });
    expect(job.errorSample).toEqual([
      {
        row: 3,
        line: 4,
        column: 'sys_class_name',
        reason: 'the row is a cmdb_ci_ip_switch (a NetworkDevice), but this import is of Server',
      },
    ]);
    expect(job.warnings).toEqual([]);
    expect(await node('Server', 'hostname', 'lnx-db-01')).toMatchObject({
      name: 'lnx-db-01',
      domain: 'corp.example',
      ipAddresses: ['10.30.0.11'],
      os: 'Red Hat Enterprise Linux 9',
      cpuCores: 48,
      model: 'ProLiant DL380 Gen10',
      lifecycleState: 'IN_STOCK',
      purchaseCostAmount: 1890000,
      attributes: { sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', ramMb: 262144, modelNumber: 'P20174-B21' },
    });
  });

  it("refuses a header with two tools' own column names until --from says which", async () => {
    const file = writeCsv(dir, 'mixed.csv', 'sys_id,Name,serial_number,Checked Out To\nabc,mixed-01,MX-1,Ana\n');
    const cli = testCli(api.executor);
    const refused = await cli.import(file, { class: 'Server' });
    expect(refused.status).toBe('REJECTED');
    expect(refused.errorSample[0].reason).toBe(
      'the header has column names that only Snipe-IT ("Checked Out To") and ServiceNow ("sys_id") write; say which tool wrote the file with --from (snipe-it, netbox, servicenow, generic)',
    );
    const given = await cli.import(file, { class: 'Server', from: 'servicenow', unknownColumns: 'attributes' });
    expect(given.errorSample).toEqual([]);
    expect(given).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    expect((await node('Server', 'name', 'mixed-01'))!.attributes).toEqual({ sysId: 'abc', checkedOutTo: 'Ana' });
  });
});

describe('ServiceNow relationships', () => {
  it('imports a cmdb_rel_ci export: ends by name, each type mapped with its direction, an unmapped type refused by name', async () => {
    const cli = testCli(api.executor);
    for (const [className, name] of [
      ['Application', 'sn-erp'],
      ['Database', 'sn-erp-db'],
      ['Cluster', 'sn-db-cluster'],
    ]) {
      const file = writeCsv(dir, `${name}.csv`, `name\n${name}\n`);
      expect(await cli.import(file, { class: className })).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    }
    // lnx-db-01 comes from the cmdb_ci_server import above.
    const job = await cli.import(
      profile('servicenow-cmdb-rel-ci.csv'),
      { errors: join(dir, 'errors.csv'), mode: 'partial' },
      'relationships',
    );
    expect(job).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', created: 3, errors: 1 });
    expect(job.columns).toEqual([
      'source profile: ServiceNow cmdb_rel_ci (parent, child, type)',
      '"parent" → source',
      '"type" → type',
      '"child" → target',
      '"connection_strength" → property connection_strength',
    ]);
    expect(job.warnings).toEqual([
      'column "sys_id" is ServiceNow\'s own bookkeeping; not imported',
      'column "sys_created_on" is ServiceNow\'s own bookkeeping; not imported',
    ]);
    expect(job.errorSample).toEqual([
      {
        row: 4,
        line: 5,
        column: 'type',
        reason:
          '"Contains::Contained by" is a ServiceNow relationship type Estate does not map; the types read are Depends on, Uses, Runs on, Hosted on, Virtualized by, Members, Cluster of, Member of, Owned by, Supported by, Located in, Connected by',
      },
    ]);
    const related = await cypher(
      api.executor,
      `MATCH (a:CI)-[r]->(b:CI) WHERE a.name STARTS WITH 'sn-' OR b.name STARTS WITH 'sn-'
       RETURN a.name + ' ' + type(r) + ' ' + b.name AS r ORDER BY r`,
    );
    expect(related.map((x) => x.r)).toEqual([
      'lnx-db-01 MEMBER_OF sn-db-cluster',
      'sn-erp DEPENDS_ON sn-erp-db',
      'sn-erp-db RUNS_ON lnx-db-01',
    ]);
  });
});

describe('NetBox, one file', () => {
  it('reads a device export with --from netbox as a file (the folder import stays for folders)', async () => {
    const file = writeCsv(
      dir,
      'nb-devices.csv',
      'ID,Name,Status,Site,Rack,Device Role,Manufacturer,Type,Platform,Serial number\n301,sw-nb-01,planned,DC1,R01,Core Switch,Cisco,Catalyst 9500,IOS-XE,NB-SN-1\n',
    );
    // Site and Rack name the rack the device stands in: "DC1 / R01".
    ok(await api.sdk.CreateItem({ input: { class: 'Location', id: 'nb-dc1', name: 'DC1' } as never }));
    ok(await api.sdk.CreateItem({ input: { class: 'Location', id: 'nb-r01', name: 'R01' } as never }));
    ok(await api.sdk.Relate({ input: { from: 'nb-r01', type: 'LOCATED_IN', to: 'nb-dc1' } }));
    const job = await testCli(api.executor).import(file, { class: 'NetworkDevice', from: 'netbox' });
    expect(job.errorSample).toEqual([]);
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    expect(await node('NetworkDevice', 'serialNumber', 'NB-SN-1')).toMatchObject({
      name: 'sw-nb-01',
      lifecycleState: 'PLANNED',
      role: 'CORE_SWITCH',
      model: 'Catalyst 9500',
      attributes: { netboxId: 301, platform: 'IOS-XE' },
    });
    const [rack] = await cypher(
      api.executor,
      "MATCH (:NetworkDevice {serialNumber: 'NB-SN-1'})-[:LOCATED_IN]->(r) RETURN r.id AS id",
    );
    expect(rack).toEqual({ id: 'nb-r01' });
  });
});

describe('repeated and blank headers', () => {
  it('refuses them with a hint at mapping by position, and imports them with a mapping file that does', async () => {
    const cli = testCli(api.executor);
    const before = await graphCounts(api.executor);
    const refused = await cli.import(profile('repeated-blank-headers.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
    });
    expect(refused.status).toBe('REJECTED');
    expect(refused.errorSample).toEqual([
      {
        row: 0,
        line: 1,
        column: 'Serial',
        reason:
          'header "Serial" (column 4) repeats "Serial" (column 2); rename one, or map it by position in a mapping file: "columns": {"#4": "<field>"} (null leaves it out)',
      },
    ]);
    expect(refused.warnings).toContain(
      'column 3 has no header name; its values are not imported (map it by position, "#3", in a mapping file)',
    );
    expect(await graphCounts(api.executor)).toEqual(before);
    const job = await cli.import(profile('repeated-blank-headers.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
      map: profile('repeated-blank-headers.mapping.json'),
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 2, warnings: [] });
    expect(job.columns).toEqual([
      "source profile: generic, no tool's own column names in the header (--from names one)",
      '"Name" → name (field name)',
      '"Serial" → serialNumber (generic column name)',
      '"column 3" → assetTag (mapping file (#3))',
      '"Serial" → attributes.previousSerial (mapping file (#4))',
      '"Notes" → description (generic column name)',
    ]);
    expect(await node('Server', 'serialNumber', 'SN-3001')).toMatchObject({
      assetTag: 'AT-3001',
      description: 'replaced board',
      attributes: { previousSerial: 'OLD-3001' },
    });
  });
});

describe('transforms in the mapping file', () => {
  it('previews the transformed values in the dry run, then writes them', async () => {
    const map = profile('inventory-transforms.mapping.json');
    const cli = testCli(api.executor);
    const dry = await cli.import(profile('inventory-transforms.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
      map,
      dryRun: true,
    });
    expect(dry).toMatchObject({ status: 'SUCCEEDED', created: 3, warnings: [] });
    expect(dry.columns).toEqual([
      "source profile: generic, no tool's own column names in the header (--from names one)",
      '"Asset" → not imported (read by transform id)',
      '"FQDN" → not imported (read by transform name)',
      '"Given" → not imported (read by transform attr.owner)',
      '"Family" → not imported (read by transform attr.owner)',
      '"State" → not imported (read by transform operationalStatus)',
      '"Rack" → not imported (read by transform description)',
      '"Room" → not imported (read by transform description)',
      'transform id ← column "Asset", prefixed "inv-" (mapping file)',
      'transform name ← part 1 of "FQDN" split at "." (mapping file)',
      'transform hostname ← part 1 of "FQDN" split at "." (mapping file)',
      'transform attr.owner ← join("Given", "Family") with " " (mapping file)',
      'transform description ← template "Rack {Rack}, room {Room}" (mapping file)',
      'transform operationalStatus ← column "State", mapped by 3 value(s) (mapping file)',
      'transform attr.source ← constant "inventory-2024" (mapping file)',
    ]);
    const listing = cli.out.text.split('\n').filter((l) => l.startsWith('row '));
    expect(listing).toEqual([
      'row 1 (line 2) create "app-01": operationalStatus "OPERATIONAL", description "Rack R04, room B2.14", attributes "{\\"owner\\":\\"Ana Lopez\\",\\"source\\":\\"inventory-2024\\"}", hostname "app-01", lifecycleState "PLANNED"',
      'row 2 (line 3) create "app-02": operationalStatus "DOWN", description "Rack R05, room", attributes "{\\"owner\\":\\"Ben Okafor\\",\\"source\\":\\"inventory-2024\\"}", hostname "app-02", lifecycleState "PLANNED"',
      'row 3 (line 4) create "app-03": operationalStatus "DEGRADED", attributes "{\\"source\\":\\"inventory-2024\\"}", hostname "app-03", lifecycleState "PLANNED"',
    ]);
    const job = await cli.import(profile('inventory-transforms.csv'), {
      errors: join(dir, 'errors.csv'),
      class: 'Server',
      map,
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3 });
    expect(ok(await api.sdk.Item({ id: 'inv-1002' })).item).toMatchObject({
      name: 'app-02',
      operationalStatus: 'DOWN',
    });
  });

  it('refuses a bad transform naming it, over the CLI and HTTP, before reading the file', async () => {
    const map = writeCsv(dir, 'bad.json', JSON.stringify({ transforms: { name: { join: ['Given'] } } }));
    await expect(
      testCli(api.executor).import(profile('inventory-transforms.csv'), {
        errors: join(dir, 'errors.csv'),
        class: 'Server',
        map,
      }),
    ).rejects.toMatchObject({ message: 'mapping.transforms.name.join: join needs at least two columns' });
    const res = await upload(
      '?class=Server',
      profile('inventory-transforms.csv'),
      JSON.stringify({ transforms: { id: { column: 'Asset', prefx: 'inv-' } } }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errors: [
        {
          message: 'mapping.transforms.id.prefx: prefx does not belong to a column transform',
          extensions: { code: 'BAD_USER_INPUT', field: 'mapping.transforms.id.prefx' },
        },
      ],
    });
  });
});
