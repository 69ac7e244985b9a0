/**
 * Columns that name another CI: an item row's location, owner or hardware
 * model becomes a relationship (LOCATED_IN, OWNED_BY, OF_TYPE), not a text.
 *
 * Each reference column fills one slot of the row (REFERENCE_COLUMNS); a
 * slot is one relationship type, capped at one target (REFERENCE_SLOTS).
 * Within a slot, columns rank: the lowest rank with a value wins (an explicit
 * `locationId` over a `location` name, Snipe-IT's "Location" over its
 * "Default Location"), and the parts of one rank (NetBox's Site, Location,
 * Rack) make one path, `Site / Location / Rack`.
 *
 * A value is keyed by
 * - an id (the `…Id` columns): the CI with that id;
 * - a name, within the slot's classes; a Person also by username or e-mail,
 *   a DeviceType also by model;
 * - a path `Parent / Child` for a Location: a Location named `Child` with a
 *   `Parent` among its ancestors, in that order (two sites may each have a
 *   "Comms closet"; "Site B / Comms closet" names one).
 *
 * How a value is found (one query per batch, exactly one match or the row
 * is refused) is reference.resolve.ts.
 */
import { relationshipRule } from '../../graph/model/relationships.rules';
import type { RelationshipType } from '../../graph/model/relationships.rules';

export type ReferenceSlot = 'location' | 'owner' | 'deviceType';

interface SlotSpec {
  readonly type: RelationshipType;
  /** Classes a name is looked up in (an id may name any class; the rule table then checks it). */
  readonly to: readonly string[];
  /** The lifecycle detail the slot gives a move that needs it (DEPLOYED needs locationId and ownerId). */
  readonly detail?: string;
}

export const REFERENCE_SLOTS: Readonly<Record<ReferenceSlot, SlotSpec>> = {
  location: { type: 'LOCATED_IN', to: ['Location'], detail: 'locationId' },
  owner: { type: 'OWNED_BY', to: ['Person', 'Team'], detail: 'ownerId' },
  deviceType: { type: 'OF_TYPE', to: ['DeviceType'] },
};

interface ReferenceColumn {
  readonly slot: ReferenceSlot;
  /** Lower ranks win within a slot. */
  readonly rank: number;
  /** Position in the path the rank's columns make (site 0, location 1, rack 2). */
  readonly part?: number;
  readonly byId?: boolean;
  /** Snipe-IT's "Checked Out To": a user (owner) or a location, as the row's "Checkout Type" says. */
  readonly checkout?: boolean;
  /** A header of this name is read so in any file; the others only where a profile or mapping file says. */
  readonly header?: boolean;
}

/** Reference column names (a profile's `keep('location', …)`, a generic header, a mapping file's value) → slot. */
export const REFERENCE_COLUMNS: Readonly<Record<string, ReferenceColumn>> = {
  locationId: { slot: 'location', rank: 0, byId: true, header: true },
  site: { slot: 'location', rank: 1, part: 0 },
  location: { slot: 'location', rank: 1, part: 1, header: true },
  parent: { slot: 'location', rank: 1, part: 1, header: true },
  rack: { slot: 'location', rank: 1, part: 2 },
  checkedOutTo: { slot: 'owner', rank: 2, checkout: true },
  defaultLocation: { slot: 'location', rank: 3 },
  ownerId: { slot: 'owner', rank: 0, byId: true, header: true },
  owner: { slot: 'owner', rank: 1, header: true },
  assignedTo: { slot: 'owner', rank: 2 },
  tenant: { slot: 'owner', rank: 3 },
  deviceTypeId: { slot: 'deviceType', rank: 0, byId: true, header: true },
  deviceType: { slot: 'deviceType', rank: 1, header: true },
};

/** Snipe-IT's "Checkout Type" values → the slot "Checked Out To" fills; an asset has no relationship here. */
export const CHECKOUT_TYPES: Readonly<Record<string, ReferenceSlot | null>> = {
  user: 'owner',
  location: 'location',
  asset: null,
};

const squashed = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_SQUASHED = new Map(Object.keys(REFERENCE_COLUMNS).map((name) => [squashed(name), name]));

/** Reference names a header matches by itself (`location`, `ownerId`…); site, rack, tenant need a profile. */
export const HEADER_REFERENCES = Object.keys(REFERENCE_COLUMNS).filter((name) => REFERENCE_COLUMNS[name].header);

/**
 * The reference a name (any case and punctuation) stands for in an import of this class, if the class may
 * hold that relationship.
 */
export function referenceTarget(className: string, given: string): { kind: 'reference'; name: string } | undefined {
  const name = BY_SQUASHED.get(squashed(given));
  if (!name) return undefined;
  const column = REFERENCE_COLUMNS[name];
  const type = REFERENCE_SLOTS[column.slot].type;
  if (!relationshipRule(type)!.from.includes(className)) return undefined;
  return { kind: 'reference', name };
}

/** Plan key of a reference target: two columns for the same slot, rank and part would fill one thing twice. */
export function referenceKey(name: string): string {
  const c = REFERENCE_COLUMNS[name];
  return `${c.slot}${c.rank > 0 ? `#${c.rank}` : ''}${c.part !== undefined ? `.${c.part}` : ''}`;
}

/** `location (LOCATED_IN, by name or "Parent / Child" path)`, for the plan. */
export function describeReference(name: string): string {
  const c = REFERENCE_COLUMNS[name];
  const { type } = REFERENCE_SLOTS[c.slot];
  if (c.byId) return `${type} (by id)`;
  if (c.checkout) return `OWNED_BY or LOCATED_IN, as "Checkout Type" says (user: by name or username)`;
  const by = c.slot === 'location' ? 'by name or "Parent / Child" path' : 'by name';
  return `${type} (${by}${c.slot === 'owner' ? ', username or e-mail' : ''}${c.slot === 'deviceType' ? ' or model' : ''})`;
}
