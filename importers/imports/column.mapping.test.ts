/** Headers to fields: field names, other tools' column names, mapping files, and the problems that stop an import. */
import { attributeName, describePlan, planColumns } from './column.mapping';
import type { ColumnPlan } from './column.mapping';
import { resolveImportOptions } from './import.options';
import type { RawImportOptions } from './import.options';

const plan = (header: string[], extra: Partial<RawImportOptions> = {}, className = 'Server'): ColumnPlan =>
  planColumns(header, resolveImportOptions({ className, ...extra }));

const targets = (p: ColumnPlan) => Object.fromEntries(p.columns.map((c) => [c.header, c.target]));

describe('planColumns', () => {
  it('matches field names case- and punctuation-insensitively', () => {
    const p = plan(['ID', 'Name', 'serial_number', 'ASSET-TAG', 'Purchase Date', 'cpu cores', 'lifecycle state']);
    expect(p.errors).toEqual([]);
    expect(targets(p)).toMatchObject({
      ID: { kind: 'field', field: 'id' },
      Name: { kind: 'field', field: 'name' },
      serial_number: { kind: 'field', field: 'serialNumber' },
      'ASSET-TAG': { kind: 'field', field: 'assetTag' },
      'Purchase Date': { kind: 'field', field: 'purchaseDate', fieldKind: 'date' },
      'cpu cores': { kind: 'field', field: 'cpuCores', fieldKind: 'int' },
      'lifecycle state': { kind: 'field', field: 'lifecycleState' },
    });
  });

  it("reads Snipe-IT's asset export columns", () => {
    const p = plan(
      [
        'Asset Tag',
        'Asset Name',
        'Serial',
        'Model Name',
        'Manufacturer',
        'Purchase Date',
        'Purchase Cost',
        'Warranty',
        'Status',
        'Location',
        'Checked Out To',
        'Notes',
      ],
      { unknownColumns: 'attributes' },
    );
    expect(p.errors).toEqual([]);
    expect(targets(p)).toMatchObject({
      'Asset Tag': { field: 'assetTag' },
      'Asset Name': { field: 'name' },
      Serial: { field: 'serialNumber' },
      'Model Name': { field: 'model' },
      Manufacturer: { field: 'manufacturer' },
      'Purchase Date': { field: 'purchaseDate' },
      'Purchase Cost': { field: 'purchaseCost', fieldKind: 'money' },
      Warranty: { kind: 'warrantyMonths' },
      Status: { field: 'lifecycleState' },
      Location: { kind: 'reference', name: 'location' },
      'Checked Out To': { kind: 'reference', name: 'checkedOutTo' },
      Notes: { field: 'description' },
    });
    expect(describePlan(p)).toContain('"Serial" → serialNumber (Snipe-IT column name)');
  });

  it("reads NetBox's device export columns, role a field where the class has one, else an attribute", () => {
    const header = [
      'Name',
      'Status',
      'Site',
      'Rack',
      'Device Role',
      'Manufacturer',
      'Type',
      'Platform',
      'Serial number',
      'Asset tag',
      'Primary IPv4',
      'Primary IPv6',
      'Comments',
      'Tags',
    ];
    const device = plan(header, {}, 'NetworkDevice');
    expect(device.errors).toEqual([]);
    expect(targets(device)).toMatchObject({
      Status: { field: 'lifecycleState' },
      'Device Role': { field: 'role' },
      Type: { field: 'model' },
      Platform: { kind: 'attribute', name: 'platform' },
      'Serial number': { field: 'serialNumber' },
      'Primary IPv4': { field: 'ipAddresses' },
      'Primary IPv6': { field: 'ipAddresses' },
      Tags: { field: 'tags' },
    });
    expect(device.warnings).toContain('ipAddresses takes the values of "Primary IPv4" and "Primary IPv6" together');
    const server = plan(header);
    expect(targets(server)['Device Role']).toEqual({ kind: 'attribute', name: 'role' });
    expect(targets(server).Platform).toMatchObject({ field: 'os' });
  });

  it("reads ServiceNow's cmdb_ci export columns", () => {
    const p = plan([
      'name',
      'serial_number',
      'asset_tag',
      'host_name',
      'dns_domain',
      'ip_address',
      'cpu_core_count',
      'install_status',
      'operational_status',
      'short_description',
      'cost',
      'warranty_expiration',
      'po_number',
      'sys_id',
    ]);
    expect(targets(p)).toMatchObject({
      host_name: { field: 'hostname' },
      dns_domain: { field: 'domain' },
      ip_address: { field: 'ipAddresses' },
      cpu_core_count: { field: 'cpuCores' },
      install_status: { field: 'lifecycleState' },
      operational_status: { field: 'operationalStatus' },
      short_description: { field: 'description' },
      cost: { field: 'purchaseCost' },
      warranty_expiration: { field: 'warrantyEnd' },
      po_number: { field: 'purchaseOrder' },
      sys_id: { kind: 'attribute', name: 'sysId' },
    });
    expect(p.warnings).toEqual([]);
    expect(describePlan(p)[0]).toBe(
      'source profile: ServiceNow, told from the header: "dns_domain", "cpu_core_count", "install_status", "short_description", "sys_id"; cmdb_ci export ("serial_number", "ip_address", "install_status", "operational_status")',
    );
  });

  it('reads the columns export writes, money in two columns, attributes as JSON, read-only ones skipped', () => {
    const p = plan([
      'id',
      'purchaseCost.amount',
      'purchaseCost.currency',
      'attributes',
      'version',
      'updatedAt',
      'class',
      'attr.rackUnit',
    ]);
    expect(p.errors).toEqual([]);
    expect(targets(p)).toEqual({
      id: { kind: 'field', field: 'id', fieldKind: 'string' },
      'purchaseCost.amount': { kind: 'moneyPart', field: 'purchaseCost', part: 'amount' },
      'purchaseCost.currency': { kind: 'moneyPart', field: 'purchaseCost', part: 'currency' },
      attributes: { kind: 'attributes' },
      version: { kind: 'ignore', reason: 'read-only' },
      updatedAt: { kind: 'ignore', reason: 'read-only' },
      class: { kind: 'class' },
      'attr.rackUnit': { kind: 'attribute', name: 'rackUnit' },
    });
  });

  it('refuses a repeated header instead of merging the two columns', () => {
    const p = plan(['Serial', 'Name', 'serial']);
    expect(p.errors).toEqual([
      expect.objectContaining({
        column: 'serial',
        reason: expect.stringMatching(/header "serial" \(column 3\) repeats "Serial" \(column 1\)/),
      }),
    ]);
  });

  it('refuses two differently named columns for one single-valued field', () => {
    const p = plan(['Serial', 'Serial Number']);
    expect(p.errors[0].reason).toMatch(/"Serial" and "Serial Number" both fill serialNumber/);
  });

  it('reports a blank header and skips its column', () => {
    const p = plan(['Name', '', 'Serial']);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toContain(
      'column 2 has no header name; its values are not imported (map it by position, "#2", in a mapping file)',
    );
    expect(p.columns[1].target).toEqual({ kind: 'ignore', reason: 'no header' });
  });

  it('keeps unknown columns as attributes or reports them, as asked', () => {
    expect(targets(plan(['Name', 'Cost Centre'], { unknownColumns: 'attributes' }))['Cost Centre']).toEqual({
      kind: 'attribute',
      name: 'costCentre',
    });
    const reported = plan(['Name', 'Cost Centre']);
    expect(targets(reported)['Cost Centre']).toEqual({ kind: 'ignore', reason: 'unknown' });
    expect(reported.warnings[0]).toMatch(/"Cost Centre" matches no field/);
  });

  it('lets a mapping file override, add, drop columns and set constants', () => {
    const p = plan(['Serial', 'Kostenstelle', 'Old Serial', 'Box'], {
      mapping: {
        columns: { Kostenstelle: 'attr.costCentre', 'old serial': null, Box: 'assetTag', Missing: 'name' },
        constants: { manufacturer: 'Dell', tags: 'imported' },
      },
    });
    expect(p.errors).toEqual([]);
    expect(targets(p)).toMatchObject({
      Kostenstelle: { kind: 'attribute', name: 'costCentre' },
      'Old Serial': { kind: 'ignore', reason: 'mapping file' },
      Box: { field: 'assetTag' },
    });
    expect(p.constants).toEqual([
      { field: 'manufacturer', target: { kind: 'field', field: 'manufacturer', fieldKind: 'string' }, text: 'Dell' },
      { field: 'tags', target: { kind: 'field', field: 'tags', fieldKind: 'strings' }, text: 'imported' },
    ]);
    expect(p.warnings).toContain('the mapping file names a column "Missing" that the file does not have');
  });

  it('refuses a mapping to a field the class does not have, and a constant that a column also fills', () => {
    const p = plan(['Name', 'Vendor'], { mapping: { columns: { Vendor: 'engine' }, constants: { name: 'x' } } });
    expect(p.errors.map((e) => e.reason)).toEqual([
      'the mapping file maps it to engine, which is not a field of Server',
      '"Name" and constant name both fill name; keep one (or map the other elsewhere in a mapping file)',
    ]);
  });

  it('resolves repeated and blank headers by position in the mapping file', () => {
    const header = ['Name', 'Serial', '', 'Serial', 'Notes'];
    const refused = plan(header);
    expect(refused.errors).toEqual([
      {
        column: 'Serial',
        reason:
          'header "Serial" (column 4) repeats "Serial" (column 2); rename one, or map it by position in a mapping file: "columns": {"#4": "<field>"} (null leaves it out)',
      },
    ]);
    const p = plan(header, { mapping: { columns: { '#3': 'assetTag', '#4': 'attr.oldSerial', '#9': 'name' } } });
    expect(p.errors).toEqual([]);
    expect(p.columns[1]).toMatchObject({ target: { field: 'serialNumber' }, via: 'generic column name' });
    expect(p.columns[2]).toMatchObject({ header: 'column 3', target: { field: 'assetTag' } });
    expect(p.columns[3]).toMatchObject({ target: { kind: 'attribute', name: 'oldSerial' }, via: 'mapping file (#4)' });
    expect(p.warnings).toEqual(['the mapping file names column #9, but the file has 5 columns']);
    // Both repeats by position, neither by name.
    const both = plan(header, { mapping: { columns: { '#2': 'serialNumber', '#4': null } } });
    expect(both.errors).toEqual([]);
    expect(both.columns[3].target).toEqual({ kind: 'ignore', reason: 'mapping file' });
  });

  it('plans the transforms of a mapping file, refusing a missing column or a field filled twice by name', () => {
    const header = ['First Name', 'Last Name', 'ID', 'Name'];
    // A file without any tool's own names: its "ID" would fill id itself, so the mapping leaves it out.
    const p = plan(
      header,
      { mapping: { columns: { ID: null }, transforms: { id: { column: 'ID', prefix: 'snipe-' } } } },
      'Person',
    );
    expect(p.errors).toEqual([]);
    expect(describePlan(p)).toContain('transform id ← column "ID", prefixed "snipe-" (mapping file)');
    const bad = plan(
      header,
      {
        mapping: {
          transforms: { name: { join: ['First Name', 'Last Name'] }, email: { template: '{Login}@example.org' } },
        },
      },
      'Person',
    );
    expect(bad.errors).toEqual([
      { column: 'transform email', reason: 'the transform names column "Login", which the file does not have' },
      {
        column: 'transform name',
        reason: '"Name" and transform name both fill name; keep one (or map the other elsewhere in a mapping file)',
      },
    ]);
  });

  it('needs both halves of a money field', () => {
    expect(plan(['purchaseCost.amount']).errors[0].reason).toMatch(
      /purchaseCost.amount and purchaseCost.currency go together/,
    );
  });
});

describe('attributeName', () => {
  it.each([
    ['Cost Centre', 'costCentre'],
    ['Model No.', 'modelNo'],
    ['Größe (cm)', 'groECm'],
    ['2nd NIC', '_2ndNIC'],
    ['***', undefined],
  ])('%s → %s', (header, name) => expect(attributeName(header)).toBe(name));
});
