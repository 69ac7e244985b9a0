/**
 * The counts an operator asks for: hardware per role, class, site or rack,
 * and each rack's power draw against the capacity of the feeds serving it.
 * Each answer is one parameterised query; the power arithmetic is in
 * power.capacity.ts.
 *
 * Where a device is: its place is the Location it is LOCATED_IN, whose
 * parent is the Location that one is LOCATED_IN, and so on (at most one
 * each, no cycles: relationships.rules.ts). Its site is the nearest SITE up
 * that chain, its rack the nearest RACK, within PLACE_DEPTH steps. Racks are
 * told apart by id, never by name: two sites may each have a "Comms closet".
 */
import { badInput, notFound } from '../platform/errors';
import type { Executor, Row } from '../platform/executor';
import { itemFromNode } from '../items/items.mapping';
import type { Item } from '../items/items.mapping';
import { rackPowerFigures } from './power.capacity';
import type { FeedFigures, PortFigures } from './power.capacity';

/** Steps up the LOCATED_IN chain searched for a site or rack: the six kinds of place and some slack. */
export const PLACE_DEPTH = 8;

/**
 * The places above `node`, nearest first: the longest LOCATED_IN path up from it (there is one chain, as a
 * CI has at most one place), without the node itself.
 */
const placesAbove = (node: string) =>
  `coalesce(head(COLLECT { MATCH p = (${node})-[:LOCATED_IN*1..${PLACE_DEPTH}]->()
                           RETURN nodes(p)[1..] AS up ORDER BY length(p) DESC LIMIT 1 }), [])`;
/** The first place of `kind` (a parameter) in a list of places, nearest first. */
const firstOf = (places: string, kind: string) => `head([x IN ${places} WHERE x.locationKind = ${kind}])`;
/** A path p whose last place is the nearest of `kind` to its first node: no place of that kind on the way. */
const nearestAlong = (path: string, kind: string) => `none(x IN nodes(${path})[1..-1] WHERE x.locationKind = ${kind})`;

const KINDS = { siteKind: 'SITE', rackKind: 'RACK' } as const;

export const DEVICE_GROUPINGS = ['ROLE', 'SITE', 'RACK', 'CLASS'] as const;
export type DeviceGrouping = (typeof DEVICE_GROUPINGS)[number];

/**
 * Per grouping, the Cypher expressions (over the device d, its site and its rack) of the group's key and
 * name, and of the site the group is in (only where a group lies in one site). By RACK, the devices in no
 * rack are grouped by their site too: "no rack, in London" is a group of its own.
 */
const GROUPINGS: Readonly<Record<DeviceGrouping, { key: string; name: string; siteId: string; siteName: string }>> = {
  ROLE: { key: 'd.role', name: 'd.role', siteId: 'null', siteName: 'null' },
  CLASS: { key: 'd.class', name: 'd.class', siteId: 'null', siteName: 'null' },
  SITE: { key: 'site.id', name: 'site.name', siteId: 'site.id', siteName: 'site.name' },
  RACK: { key: 'rack.id', name: 'rack.name', siteId: 'site.id', siteName: 'site.name' },
};

export interface DeviceCount {
  /** Role, class, site id or rack id; null for the devices with none. */
  key: string | null;
  name: string | null;
  siteId: string | null;
  siteName: string | null;
  count: number;
}

/** The site argument's node (null when absent), read in the same query as the answer. */
const SITE_ARGUMENT = `CALL () { OPTIONAL MATCH (s:CI {id: $site}) RETURN s {.id, .class, .locationKind} AS siteArg }`;

/** Refuses a place argument that is not a Location of the kind wanted, naming what it is. */
function checkPlace(field: string, id: string, found: Row | null | undefined, kind: 'SITE' | 'RACK'): void {
  if (!found) throw notFound('Location', id, field);
  if (found.class === 'Location' && found.locationKind === kind) return;
  const what =
    found.class !== 'Location'
      ? `a ${String(found.class)}`
      : found.locationKind
        ? `a ${String(found.locationKind)}`
        : 'a Location with no locationKind';
  throw badInput(field, `${id} is ${what}, not a ${kind}`);
}

/**
 * Hardware CIs (every lifecycle state) counted by role, class, site or rack, optionally only those at one
 * site; ordered by name then key, the group of those with none last.
 */
export async function deviceCounts(
  db: Executor,
  by: DeviceGrouping,
  filter: { siteId?: string | null } = {},
): Promise<DeviceCount[]> {
  const g = GROUPINGS[by];
  if (!g) throw badInput('by', `one of ${DEVICE_GROUPINGS.join(', ')}, not ${String(by)}`);
  const siteId = filter.siteId ?? null;
  const rack = by === 'RACK' ? `, ${firstOf('up', '$rackKind')} AS rack` : '';
  // Counting by role or class over every site needs no places: the walk up is skipped.
  const placing =
    by === 'SITE' || by === 'RACK' || siteId !== null
      ? `WITH d, ${placesAbove('d')} AS up
         WITH d, up, ${firstOf('up', '$siteKind')} AS site
         WHERE $site IS NULL OR site.id = $site
         WITH d, site${rack}`
      : '';
  const [row] = await db.read(
    `network.deviceCounts.${by}`,
    `${SITE_ARGUMENT}
     CALL () {
       MATCH (d:Hardware)
       ${placing}
       WITH ${g.key} AS key, ${g.name} AS name, ${g.siteId} AS siteId, ${g.siteName} AS siteName, count(d) AS count
       ORDER BY name, key
       RETURN collect({key: key, name: name, siteId: siteId, siteName: siteName, count: count}) AS groups
     }
     RETURN siteArg, groups`,
    { site: siteId, ...KINDS },
  );
  if (siteId !== null) checkPlace('site', siteId, row.siteArg as Row | null, 'SITE');
  return row.groups as DeviceCount[];
}

export interface RackFeed {
  feed: Item;
  panel: Item | null;
  /** NetBox's available power, in W; null without voltage or amperage. */
  capacityW: number | null;
  /** Counted toward the rack's capacity (a primary feed). */
  counted: boolean;
}

export interface RackPower {
  rack: Item;
  site: Item | null;
  feeds: RackFeed[];
  capacityW: number | null;
  allocatedDrawW: number;
  maximumDrawW: number;
  utilisationPercent: number | null;
  overloaded: boolean;
}

/** Which racks: by id (in the order asked; a missing id gives a null r), at a site (its nearest), or every rack. */
const RACK_SELECTION = {
  racks: `UNWIND range(0, size($racks) - 1) AS i OPTIONAL MATCH (r:CI {id: $racks[i]}) WITH i, r ORDER BY i`,
  site: `MATCH p = (r:Location {locationKind: $rackKind})-[:LOCATED_IN*1..${PLACE_DEPTH}]->(:Location {id: $site})
         WHERE ${nearestAlong('p', '$siteKind')}
         WITH r ORDER BY r.name, r.id`,
  all: `MATCH (r:Location {locationKind: $rackKind}) WITH r ORDER BY r.name, r.id`,
} as const;

/** Per rack: its site, the feeds serving it, and the power ports of the devices in it that are not PDUs. */
const RACK_FIGURES = `
  WITH r, ${firstOf(placesAbove('r'), '$siteKind')} AS site
  CALL (r) {
    MATCH (f:PowerFeed)-[:SERVES]->(r)
    OPTIONAL MATCH (f)-[:FED_BY]->(panel:PowerPanel)
    WITH f, panel ORDER BY f.name, f.id
    RETURN collect({feed: f {.*}, panel: panel {.*}}) AS feeds
  }
  CALL (r) {
    MATCH p = (d:Hardware)-[:LOCATED_IN*1..${PLACE_DEPTH}]->(r)
    WHERE ${nearestAlong('p', '$rackKind')} AND NOT EXISTS { (:PowerOutlet)-[:COMPONENT_OF]->(d) }
    MATCH (port:PowerPort)-[:COMPONENT_OF]->(d)
    RETURN collect(port {.allocatedDrawW, .maximumDrawW}) AS ports
  }
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE
    {rack: r {.*}, site: site {.*}, feeds: feeds, ports: ports} END) AS racks`;

/**
 * Each rack's feeds with their capacity, the allocated and maximum draw of the power ports of the devices
 * in it, its utilisation and whether it is overloaded (the rules in power.capacity.ts). Give the racks, or
 * a site (its racks), or neither (every rack); not both.
 */
export async function rackPower(
  db: Executor,
  select: { rackIds?: readonly string[] | null; siteId?: string | null } = {},
): Promise<RackPower[]> {
  const siteId = select.siteId ?? null;
  const rackIds = select.rackIds ? [...new Set(select.rackIds)] : null;
  if (siteId !== null && rackIds !== null) throw badInput('racks', 'give racks or a site, not both');
  const mode = rackIds !== null ? 'racks' : siteId !== null ? 'site' : 'all';
  const [row] = await db.read(
    `network.rackPower.${mode}`,
    `${SITE_ARGUMENT}
     CALL () { ${RACK_SELECTION[mode]} ${RACK_FIGURES} }
     RETURN siteArg, racks`,
    { site: siteId, racks: rackIds ?? [], ...KINDS },
  );
  if (siteId !== null) checkPlace('site', siteId, row.siteArg as Row | null, 'SITE');
  const found = row.racks as {
    rack: Row;
    site: Row | null;
    feeds: { feed: Row; panel: Row | null }[];
    ports: PortFigures[];
  }[];
  if (rackIds !== null) {
    const byId = new Map(found.map((f) => [f.rack.id as string, f.rack]));
    select.rackIds!.forEach((id, i) => checkPlace(`racks[${i}]`, id, byId.get(id), 'RACK'));
  }
  return found.map(({ rack, site, feeds, ports }) => {
    const figures = rackPowerFigures(
      feeds.map((f) => f.feed as FeedFigures),
      ports,
    );
    return {
      rack: itemFromNode(rack),
      site: site ? itemFromNode(site) : null,
      feeds: feeds.map((f, i) => ({
        feed: itemFromNode(f.feed),
        panel: f.panel ? itemFromNode(f.panel) : null,
        capacityW: figures.feedCapacityW[i],
        counted: figures.feedCounted[i],
      })),
      capacityW: figures.capacityW,
      allocatedDrawW: figures.allocatedDrawW,
      maximumDrawW: figures.maximumDrawW,
      utilisationPercent: figures.utilisationPercent,
      overloaded: figures.overloaded,
    };
  });
}
