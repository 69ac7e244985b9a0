/** Source profiles: their tables, how a header tells one, and what each makes of its tool's columns. */
import { classSpec, CLASS_NAMES } from '../../../graph/model/classes';
import { IMPORT_SOURCES } from '../../../graph/model/imports';
import { WARRANTY_MONTHS } from '../column.aliases';
import { describePlan, namedTarget, planColumns } from '../column.mapping';
import type { ColumnPlan } from '../column.mapping';
import { resolveImportOptions } from '../import.options';
import type { RawImportOptions } from '../import.options';
import { squash } from '../normalise';
import { chooseSource, SOURCE_PROFILES } from './profiles';

const plan = (header: string[], className = 'Server', extra: Partial<RawImportOptions> = {}): ColumnPlan =>
  planColumns(header, resolveImportOptions({ className, ...extra }));
const targets = (p: ColumnPlan) => Object.fromEntries(p.columns.map((c) => [c.header, c.target]));

describe('the profile tables', () => {
  it.each(IMPORT_SOURCES)('%s: each header once, each target one some class has', (name) => {
    const profile = SOURCE_PROFILES[name];
    const headers = profile.columns.map((c) => squash(c.header));
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
    for (const column of profile.columns) {
      const [first, fallback] = column.targets ?? [];
      // keep(): the field of that name where a class has one, else the attribute.
      const kept = column.targets?.length === 2 && fallback === `attr.${first}`;
      for (const target of kept ? [] : (column.targets ?? [])) {
        const reachable =
          [WARRANTY_MONTHS, 'class'].includes(target) || CLASS_NAMES.some((c) => namedTarget(c, target));
        expect([column.header, target, reachable]).toEqual([column.header, target, true]);
      }
    }
  });

  it.each(IMPORT_SOURCES)('%s: never turns a header away from the field of the same name', (name) => {
    // Deliberate: another tool's "ID" is its own record number, never an Estate id; NetBox's
    // "Device Type" is the make and model, not an end-user device's kind (laptop, phone).
    const deliberate = new Set(['id', 'devicetype']);
    for (const column of SOURCE_PROFILES[name].columns) {
      for (const className of CLASS_NAMES) {
        const own = classSpec(className)!.fields.find((f) => squash(f.name) === squash(column.header));
        if (!own || deliberate.has(squash(column.header))) continue;
        // No target for the class: the header falls through to the field name, as it should.
        const chosen = column.targets?.find((t) => namedTarget(className, t)) ?? own.name;
        expect([column.header, className, chosen]).toEqual([column.header, className, own.name]);
      }
    }
  });

  it('names the classes of every object it maps, and says why for every one it refuses', () => {
    for (const profile of Object.values(SOURCE_PROFILES)) {
      for (const object of profile.objects) {
        for (const c of object.classes) expect(CLASS_NAMES).toContain(c);
        if (object.classes.length === 0) expect(object.refusal).toEqual(expect.any(String));
      }
    }
  });
});

describe('telling the source from the header', () => {
  it('reads a Snipe-IT asset export with both "Model" and "Model Number" (ServiceNow\'s model_number no longer bends it)', () => {
    const p = plan(['Asset Tag', 'Asset Name', 'Serial', 'Model', 'Model Number', 'Status', 'Checked Out To']);
    expect(p.errors).toEqual([]);
    expect(targets(p)).toMatchObject({
      Model: { kind: 'field', field: 'model' },
      'Model Number': { kind: 'attribute', name: 'modelNumber' },
      'Checked Out To': { kind: 'reference', name: 'checkedOutTo' },
      Serial: { kind: 'field', field: 'serialNumber' },
    });
    expect(describePlan(p)[0]).toBe(
      'source profile: Snipe-IT, told from the header: "Asset Name", "Checked Out To"; assets export ("Asset Tag", "Model Number", "Checked Out To")',
    );
  });

  it("reads ServiceNow's model_number as its own, beside model_id", () => {
    const p = plan(['sys_id', 'name', 'model_id', 'model_number', 'sys_class_name']);
    expect(p.errors).toEqual([]);
    expect(targets(p)).toMatchObject({
      model_id: { field: 'model' },
      model_number: { kind: 'attribute', name: 'modelNumber' },
      sys_class_name: { kind: 'class', values: expect.objectContaining({ cmdb_ci_linux_server: 'Server' }) },
    });
  });

  it("refuses a header with two tools' own column names, and asks for --from", () => {
    const decision = chooseSource(['Name', 'Checked Out To', 'sys_id'], 'Server');
    expect(decision).toEqual({
      ok: false,
      reason:
        'the header has column names that only Snipe-IT ("Checked Out To") and ServiceNow ("sys_id") write; say which tool wrote the file with --from (snipe-it, netbox, servicenow, generic)',
    });
    const p = plan(['Name', 'Checked Out To', 'sys_id']);
    expect(p.errors).toEqual([{ column: 'header', reason: (decision as { reason: string }).reason }]);
    expect(plan(['Name', 'Checked Out To', 'sys_id'], 'Server', { source: 'snipe-it' }).errors).toEqual([]);
  });

  it("takes a header without any tool's own names as generic, and a given source over the header", () => {
    expect(describePlan(plan(['Name', 'Serial', 'Notes']))[0]).toBe(
      "source profile: generic, no tool's own column names in the header (--from names one)",
    );
    const given = plan(['Name', 'Status', 'Type'], 'NetworkDevice', { source: 'netbox' });
    expect(describePlan(given)[0]).toBe('source profile: NetBox, given (--from netbox)');
    expect(targets(given).Type).toMatchObject({ field: 'model' });
    // Generic does not know NetBox's "Type".
    expect(targets(plan(['Name', 'Type'], 'NetworkDevice')).Type).toEqual({ kind: 'ignore', reason: 'unknown' });
  });

  it.each([
    [
      ['Name', 'Type', 'Chart Color', 'Show in Nav', 'Default Label', 'Notes'],
      'this is a Snipe-IT status labels export ("Chart Color", "Show in Nav", "Default Label"): status labels are not CIs: map each to a lifecycle state in the mapping file\'s enumSynonyms, e.g. {"LifecycleState": {"Out for Repair": "IN_MAINTENANCE"}}',
    ],
    [
      ['ID', 'Label', 'Side A', 'Termination A', 'Side B', 'Termination B', 'Type'],
      'this is a NetBox cables export ("Side A", "Termination A", "Side B", "Termination B"): cables join the ports of devices read from the same export: import the whole NetBox folder with estate import --from netbox FOLDER',
    ],
    [
      ['sys_id', 'parent', 'child', 'type'],
      'this is a ServiceNow cmdb_rel_ci export ("parent", "child", "type"): it holds relationships (parent, child, type): import it with estate import-relationships',
    ],
  ])('refuses an object Estate has no class for, naming it: %j', (header, reason) => {
    expect(plan(header).errors).toEqual([{ column: 'header', reason }]);
  });

  it("derives a Snipe-IT user's name from first and last name, and a licence contract's kind", () => {
    const users = plan(['Username', 'First Name', 'Last Name', 'Email', 'Employee No.'], 'Person');
    expect(users.errors).toEqual([]);
    expect(describePlan(users)).toContain('transform name ← join("First Name", "Last Name") with " " (Snipe-IT users)');
    expect(targets(users)['Employee No.']).toMatchObject({ field: 'employeeId' });
    // A file that has the field itself keeps it.
    expect(plan(['Name', 'Username', 'First Name', 'Last Name', 'Employee No.'], 'Person').transforms).toEqual([]);
    const licences = plan(['Name', 'Seats', 'Expiration Date', 'Purchase Cost', 'Product Key'], 'Contract');
    expect(licences.errors).toEqual([]);
    expect(targets(licences)).toMatchObject({
      Seats: { field: 'licensedUnits' },
      'Expiration Date': { field: 'endDate' },
      'Purchase Cost': { field: 'cost' },
      'Product Key': { kind: 'ignore', reason: 'a licence key is a secret; it stays in Snipe-IT' },
    });
    expect(licences.transforms.map((t) => t.describe)).toEqual([
      'contractKind ← constant "LICENCE" (Snipe-IT licences)',
    ]);
  });

  it("reads Snipe-IT models and quantity items as the catalogue's classes", () => {
    const models = plan(['ID', 'Name', 'Manufacturer', 'Model No.', 'Category', 'Fieldset', 'EOL'], 'DeviceType');
    expect(models.errors).toEqual([]);
    expect(targets(models)).toMatchObject({
      Name: { field: 'name' },
      'Model No.': { field: 'partNumber' },
      Category: { field: 'category' },
      Fieldset: { kind: 'attribute', name: 'fieldset' },
    });
    expect(models.transforms.map((t) => t.describe)).toEqual(['model ← column "Name" (Snipe-IT models)']);
    const consumables = plan(['Item Name', 'Category', 'Item No.', 'QTY', 'Min Amt', 'Order Number'], 'Consumable');
    expect(consumables.errors).toEqual([]);
    expect(targets(consumables)).toMatchObject({
      'Item Name': { field: 'name' },
      'Item No.': { field: 'partNumber' },
      QTY: { kind: 'attribute', name: 'quantity' },
      'Min Amt': { field: 'minQuantity' },
      'Order Number': { field: 'purchaseOrder' },
    });
    expect(describePlan(consumables)[0]).toMatch(/consumables export \("Item No\."\)$/);
    expect(plan(['Name', 'Category', 'QTY', 'Min Amt'], 'Accessory').warnings).toEqual([]);
    // On an asset, the model number has no field: kept as an attribute.
    expect(targets(plan(['Asset Tag', 'Model Number'], 'Server', { source: 'snipe-it' }))['Model Number']).toEqual({
      kind: 'attribute',
      name: 'modelNumber',
    });
  });

  it('warns when a file of one object is imported as a class that object does not become', () => {
    expect(plan(['Username', 'First Name', 'Last Name', 'Email', 'Employee No.'], 'Server').warnings).toContain(
      'a Snipe-IT users export is imported as Person; this import is of Server',
    );
  });
});
