/** Reference columns: which slot a row's cells fill, and which candidate a value names (worked by hand). */
import { planColumns } from './column.mapping';
import { resolveImportOptions } from './import.options';
import type { RawImportOptions } from './import.options';
import { FileIndex, mayNameRow, resolveRow, rowReferences } from './reference.resolve';
import type { Candidate } from './reference.resolve';
import type { ItemDraft } from './row.values';

const plan = (header: string[], extra: Partial<RawImportOptions> = {}, className = 'Server') =>
  planColumns(header, resolveImportOptions({ className, ...extra }));

const draft = (raw: string[], attributes: Record<string, string> = {}, values = {}): ItemDraft => ({
  row: 4,
  line: 5,
  raw,
  values,
  attributes,
  errors: [],
});

describe('rowReferences', () => {
  const snipe = plan(['Asset Tag', 'Checked Out To', 'Checkout Type', 'Location', 'Default Location'], {
    source: 'snipe-it',
  });

  it('takes the lowest rank with a value: Location before Default Location', () => {
    expect(rowReferences(snipe, draft(['AT-1', 'Ana', '', 'DC1', 'DC2'])).refs).toEqual([
      { slot: 'location', column: 'Location', text: 'DC1', byId: false, names: ['DC1'] },
      { slot: 'owner', column: 'Checked Out To', text: 'Ana', byId: false, names: ['Ana'] },
    ]);
    expect(rowReferences(snipe, draft(['AT-1', '', '', '', 'Site B / DC2'])).refs).toEqual([
      { slot: 'location', column: 'Default Location', text: 'Site B / DC2', byId: false, names: ['Site B', 'DC2'] },
    ]);
  });

  it('reads "Checked Out To" by "Checkout Type": a location places the asset, an asset is refused', () => {
    // A checkout location (rank 2) comes after "Location" (rank 1) and before "Default Location" (rank 3).
    const row = draft(['AT-1', 'Store', 'location', '', 'DC2'], { checkoutType: 'Location' });
    expect(rowReferences(snipe, row).refs).toEqual([
      { slot: 'location', column: 'Checked Out To', text: 'Store', byId: false, names: ['Store'] },
    ]);
    const placed = draft(['AT-1', 'Store', 'location', 'DC1', ''], { checkoutType: 'location' });
    expect(rowReferences(snipe, placed).refs).toMatchObject([{ slot: 'location', text: 'DC1' }]);
    const asset = rowReferences(snipe, draft(['AT-1', 'AT-9', 'asset', '', ''], { checkoutType: 'asset' }));
    expect(asset.errors).toEqual([
      {
        row: 4,
        line: 5,
        column: 'Checked Out To',
        reason:
          'checked out to the asset "AT-9": Estate has no relationship for an asset held by another asset; check it in, or map the column elsewhere',
      },
    ]);
  });

  it("joins NetBox's Site, Location and Rack into one path, outermost first", () => {
    const netbox = plan(['Name', 'Rack', 'Site', 'Location', 'Tenant'], { source: 'netbox' }, 'NetworkDevice');
    expect(netbox.errors).toEqual([]);
    expect(rowReferences(netbox, draft(['sw1', 'R01', 'DC1', 'Hall A', 'Ops'])).refs).toEqual([
      {
        slot: 'location',
        column: 'Site / Location / Rack',
        text: 'DC1 / Hall A / R01',
        byId: false,
        names: ['DC1', 'Hall A', 'R01'],
      },
      { slot: 'owner', column: 'Tenant', text: 'Ops', byId: false, names: ['Ops'] },
    ]);
  });

  it('an id column wins over a name column of the same slot', () => {
    const p = plan(['serialNumber', 'location', 'locationId']);
    expect(rowReferences(p, draft(['SN1', 'DC1', 'loc-7'])).refs).toEqual([
      { slot: 'location', column: 'locationId', text: 'loc-7', byId: true, names: ['loc-7'] },
    ]);
  });

  it('two columns for one slot and rank are refused by the plan', () => {
    expect(plan(['serialNumber', 'location', 'parent']).errors).toEqual([
      expect.objectContaining({ column: 'parent', reason: expect.stringMatching(/both fill ref:location#1\.1/) }),
    ]);
  });
});

describe('resolveRow', () => {
  const loc = (id: string, name: string, ...ancestors: [string, string][]): Candidate => ({
    id,
    className: 'Location',
    name,
    ancestors: ancestors.map(([aid, aname]) => ({ id: aid, name: aname })),
    keys: [],
  });
  const closetA = loc('l-3', 'Comms closet', ['l-1', 'Site A']);
  const closetB = loc('l-4', 'Comms closet', ['l-9', 'Floor 2'], ['l-2', 'Site B']);
  const ref = (text: string) => ({
    slot: 'location' as const,
    column: 'Location',
    text,
    byId: false,
    names: text.split('/').map((s) => s.trim()),
  });
  const graph = (...found: Candidate[]) => new Map([['location' as const, found]]);

  it('a path names the candidate whose ancestors hold its names in order, adjacent or not', () => {
    const got = resolveRow(draft([]), [ref('Site B / Comms closet')], graph(closetA, closetB), undefined);
    expect(got.get('location')).toEqual({ ok: true, target: closetB });
    expect(
      resolveRow(draft([]), [ref('Floor 2 / Site B / Comms closet')], graph(closetB), undefined).get('location'),
    ).toMatchObject({ ok: false });
  });

  it('an ambiguous name lists the candidates with their parent paths; a dangling one says nothing was created', () => {
    expect(resolveRow(draft([]), [ref('Comms closet')], graph(closetB, closetA), undefined).get('location')).toEqual({
      ok: false,
      error: {
        row: 4,
        line: 5,
        column: 'Location',
        reason:
          '"Comms closet" is ambiguous: 2 CIs match (l-3 in Site A; l-4 in Site B / Floor 2); give its parent, "Parent / Child", or its id, nothing was guessed',
      },
    });
    expect(resolveRow(draft([]), [ref('Nowhere')], graph(), undefined).get('location')).toMatchObject({
      ok: false,
      error: {
        reason:
          'no Location is "Nowhere": LOCATED_IN names a CI that must exist; import or create it first (nothing is created on the fly)',
      },
    });
  });

  it('a CI the file wrote above is as the file left it: a new one found, a moved one found by its new parent', () => {
    const index = new FileIndex(new Set(['Location']));
    index.add(2, loc('new-1', 'Comms closet', ['l-1', 'Site A']));
    index.add(3, loc('l-4', 'Comms closet', ['l-1', 'Site A']));
    // l-4 moved to Site A in the file: "Site B / Comms closet" no longer names it.
    expect(resolveRow(draft([]), [ref('Site B / Comms closet')], graph(closetB), index).get('location')).toMatchObject({
      ok: false,
    });
    const both = resolveRow(draft([]), [ref('Site A / Comms closet')], graph(closetA), index).get('location');
    expect(both).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/^"Site A \/ Comms closet" is ambiguous: 3 CIs match/) },
    });
  });

  it('mayNameRow: a reference naming an earlier undecided row of the batch', () => {
    expect(mayNameRow([ref('Site A / Comms closet')], [draft([], {}, { name: 'Comms closet' })])).toBe(true);
    expect(mayNameRow([ref('Site A / Comms closet')], [draft([], {}, { name: 'Site A' })])).toBe(false);
  });
});
