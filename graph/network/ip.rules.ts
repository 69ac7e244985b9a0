/**
 * The write-time scope rules of IP space and VLANs (the single-field rules,
 * a valid CIDR or VLAN id, are in field.rules.ts).
 *
 * Scope rules need the graph: a duplicate prefix or address within a VRF
 * that enforces uniqueness (the global table always does, as NetBox's
 * ENFORCE_GLOBAL_UNIQUE), an address outside every prefix of its VRF, a VLAN
 * id outside its group's range or taken in its group. They are checked after
 * the write, inside its transaction (checkIpSpace), by the write paths that
 * can break them: createItem, updateItem, relate/unrelate IN_VRF and
 * IN_GROUP. Checking the state after the write covers every way of reaching
 * it with one check; a refusal throws, so the transaction writes nothing.
 *
 * An address outside its VRF's prefixes is refused only in a named VRF: an
 * address is created in the global table and then related to its VRF, so the
 * global table's prefixes cannot be asked of it.
 */
import type { Tx } from '../platform/executor';
import { EstateError } from '../platform/errors';
import type { ErrorDetail } from '../platform/errors';
import { VID_MAX, VID_MIN } from './field.rules';
import { containsAddress, parseAddress, parsePrefix } from './ip.space';
import type { Prefix } from './ip.space';

/** Classes whose writes checkIpSpace looks at; any other class costs it nothing. */
const SCOPED_CLASSES = new Set(['Prefix', 'IPAddress', 'VRF', 'VLAN', 'VLANGroup']);

/** One prefix or address as the scope rules see it. */
export interface SpaceEntry {
  id: string;
  name: string;
  class: 'Prefix' | 'IPAddress';
  /** Stored text (normalised by the field rules). */
  value: string;
  vrf: { id: string; name: string; enforceUnique: boolean } | null;
}

export interface Violation {
  id: string;
  /** The class field at fault, or `vrf` when the relationship is. */
  field: string;
  reason: string;
}

const scopeName = (vrf: SpaceEntry['vrf']) => (vrf ? `VRF ${vrf.name} (${vrf.id})` : 'the global table');
const sameScope = (a: SpaceEntry, b: SpaceEntry) => (a.vrf?.id ?? null) === (b.vrf?.id ?? null);
const hostOf = (value: string) => value.split('/')[0];
const LISTED = 10;

/**
 * What is wrong with `checked`, given the other entries of their scopes:
 * duplicates where uniqueness is enforced, addresses outside every prefix of
 * their (named) VRF. Pure, so the rules can be tested without a graph.
 */
export function spaceViolations(checked: readonly SpaceEntry[], others: readonly SpaceEntry[]): Violation[] {
  const violations: Violation[] = [];
  for (const entry of checked) {
    const field = entry.class === 'Prefix' ? 'prefix' : 'ipAddress';
    if (entry.value === '') {
      const example = entry.class === 'Prefix' ? '10.1.0.0/16' : '10.1.0.5/24';
      violations.push({ id: entry.id, field, reason: `a ${entry.class} needs its ${field}, e.g. ${example}` });
      continue;
    }
    if (entry.vrf?.enforceUnique ?? true) {
      const key = entry.class === 'Prefix' ? entry.value : hostOf(entry.value);
      const duplicate = others.find(
        (o) =>
          o.id !== entry.id &&
          o.class === entry.class &&
          sameScope(o, entry) &&
          (entry.class === 'Prefix' ? o.value : hostOf(o.value)) === key,
      );
      if (duplicate) {
        violations.push({
          id: entry.id,
          field,
          reason: `${entry.value} is already in ${scopeName(entry.vrf)} as ${duplicate.name} (${duplicate.id}), ${duplicate.value}; ${entry.vrf ? 'its VRF enforces unique' : 'the global table enforces unique'} ${entry.class === 'Prefix' ? 'prefixes' : 'addresses'}`,
        });
        continue;
      }
    }
    if (entry.class === 'IPAddress' && entry.vrf) {
      const address = parseAddress(entry.value);
      const prefixes = others.filter((o) => o.class === 'Prefix' && sameScope(o, entry));
      const parsed = prefixes.map((p) => parsePrefix(p.value)).flatMap((p) => (p.ok ? [p.value] : []));
      if (address.ok && parsed.length > 0 && !parsed.some((p: Prefix) => containsAddress(p, address.value))) {
        const listed = prefixes.map((p) => p.value).slice(0, LISTED);
        violations.push({
          id: entry.id,
          field,
          reason: `${entry.value} is outside every prefix of ${scopeName(entry.vrf)}: ${listed.join(', ')}${prefixes.length > LISTED ? ` and ${prefixes.length - LISTED} more` : ''}; add a prefix that contains it first`,
        });
      }
    }
  }
  return violations;
}

/** One VLAN as the scope rules see it. */
export interface VlanEntry {
  id: string;
  name: string;
  vid: number | null;
  group: { id: string; name: string; minVid: number | null; maxVid: number | null } | null;
}

/** A VLAN id outside its group's range or already taken in its group, and a group whose range is upside down. */
export function vlanViolations(checked: readonly VlanEntry[], others: readonly VlanEntry[]): Violation[] {
  const violations: Violation[] = [];
  for (const vlan of checked) {
    const group = vlan.group;
    if (!group || vlan.vid === null) continue;
    const min = group.minVid ?? VID_MIN;
    const max = group.maxVid ?? VID_MAX;
    if (vlan.vid < min || vlan.vid > max) {
      violations.push({
        id: vlan.id,
        field: 'vid',
        reason: `VLAN id ${vlan.vid} is outside its group ${group.name} (${group.id}), which allows ${min}–${max}`,
      });
      continue;
    }
    const taken = others.find((o) => o.id !== vlan.id && o.group?.id === group.id && o.vid === vlan.vid);
    if (taken) {
      violations.push({
        id: vlan.id,
        field: 'vid',
        reason: `VLAN id ${vlan.vid} is already ${taken.name} (${taken.id}) in group ${group.name} (${group.id})`,
      });
    }
  }
  return violations;
}

export interface Touched {
  id: string;
  class: string;
}

/**
 * Refuses a write that broke a scope rule, after it was made and before its
 * transaction commits. `path` names where the fault is reported: `input` or
 * `patch` (the field inside it) for createItem/updateItem, `to` for
 * relate/unrelate.
 *
 * It takes the change sequence's lock first (every write takes it to number
 * its change record), so two writes that each add the same prefix run one
 * after the other and the second sees the first.
 */
export async function checkIpSpace(tx: Tx, touched: readonly Touched[], path: 'input' | 'patch' | 'to'): Promise<void> {
  const ids = touched.filter((t) => SCOPED_CLASSES.has(t.class)).map((t) => t.id);
  if (ids.length === 0) return;
  await tx.run("MATCH (s:Sequence {name: 'change'}) SET s._lock = true REMOVE s._lock");
  const rows = await tx.run(SCOPE_STATE, { ids });
  const space = (rows[0]?.space ?? { checked: [], others: [] }) as { checked: SpaceRow[]; others: SpaceRow[] };
  const vlans = (rows[0]?.vlans ?? { checked: [], others: [] }) as { checked: VlanEntry[]; others: VlanEntry[] };
  const violations = [
    ...spaceViolations(space.checked.map(spaceEntry), space.others.map(spaceEntry)),
    ...vlanViolations(vlans.checked, vlans.others),
  ];
  if (violations.length === 0) return;
  const details: ErrorDetail[] = violations.map((v) => ({
    field: path === 'to' ? 'to' : `${path}.${v.field}`,
    reason: v.reason,
  }));
  throw new EstateError('BAD_USER_INPUT', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
}

interface SpaceRow {
  id: string;
  name: string;
  class: 'Prefix' | 'IPAddress';
  prefix: string | null;
  ipAddress: string | null;
  vrf: { id: string; name: string; enforceUnique: boolean | null } | null;
}

const spaceEntry = (row: SpaceRow): SpaceEntry => ({
  id: row.id,
  name: row.name,
  class: row.class,
  value: (row.class === 'Prefix' ? row.prefix : row.ipAddress) ?? '',
  vrf: row.vrf ? { ...row.vrf, enforceUnique: row.vrf.enforceUnique ?? true } : null,
});

/**
 * The state the scope rules read, in one query. Checked: the touched
 * prefixes and addresses, those of a touched VRF (its enforceUnique may have
 * changed), the touched VLANs and those of a touched group. Others: what
 * they could clash with — entries of the same value in the same scope, and
 * for an address in a named VRF that VRF's prefixes (reached through the VRF,
 * so the cost is the VRF's prefixes, not the estate's).
 */
const SCOPE_STATE = `
CALL () {
  UNWIND $ids AS id
  MATCH (t:CI {id: id})
  OPTIONAL MATCH (t:VRF)<-[:IN_VRF]-(member:CI)
  WITH collect(DISTINCT t) + collect(DISTINCT member) AS found
  UNWIND found AS x
  WITH DISTINCT x AS n WHERE n:Prefix OR n:IPAddress
  OPTIONAL MATCH (n)-[:IN_VRF]->(v:VRF)
  RETURN collect({node: n, vrf: v}) AS checked
}
CALL (checked) {
  UNWIND checked AS c
  WITH c.node AS n, c.vrf AS v
  CALL (n, v) {
    WITH n, v WHERE v IS NULL
    MATCH (m:CI) WHERE m.class = n.class AND m.id <> n.id
      AND ((n:Prefix AND m.prefix = n.prefix) OR (n:IPAddress AND split(m.ipAddress, '/')[0] = split(n.ipAddress, '/')[0]))
      AND NOT (m)-[:IN_VRF]->(:VRF)
    RETURN m, null AS mv
    UNION
    WITH n, v WHERE v IS NOT NULL
    MATCH (v)<-[:IN_VRF]-(m:CI)
    WHERE m.id <> n.id AND (m:Prefix OR (n:IPAddress AND split(m.ipAddress, '/')[0] = split(n.ipAddress, '/')[0]))
    RETURN m, v AS mv
  }
  WITH DISTINCT m, mv
  RETURN collect({node: m, vrf: mv}) AS others
}
CALL () {
  UNWIND $ids AS id
  MATCH (t:CI {id: id})
  OPTIONAL MATCH (t:VLANGroup)<-[:IN_GROUP]-(member:VLAN)
  WITH collect(DISTINCT t) + collect(DISTINCT member) AS found
  UNWIND found AS x
  WITH DISTINCT x AS n WHERE n:VLAN
  OPTIONAL MATCH (n)-[:IN_GROUP]->(g:VLANGroup)
  OPTIONAL MATCH (g)<-[:IN_GROUP]-(o:VLAN) WHERE o.vid = n.vid AND o.id <> n.id
  RETURN collect(DISTINCT {id: n.id, name: n.name, vid: n.vid, group: CASE WHEN g IS NULL THEN null ELSE g {.id, .name, .minVid, .maxVid} END}) AS vlans,
         collect(DISTINCT CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name, vid: o.vid, group: g {.id, .name, .minVid, .maxVid}} END) AS vlanOthers
}
RETURN {
  checked: [c IN checked | {id: c.node.id, name: c.node.name, class: c.node.class, prefix: c.node.prefix, ipAddress: c.node.ipAddress, vrf: CASE WHEN c.vrf IS NULL THEN null ELSE {id: c.vrf.id, name: c.vrf.name, enforceUnique: c.vrf.enforceUnique} END}],
  others: [o IN others | {id: o.node.id, name: o.node.name, class: o.node.class, prefix: o.node.prefix, ipAddress: o.node.ipAddress, vrf: CASE WHEN o.vrf IS NULL THEN null ELSE {id: o.vrf.id, name: o.vrf.name, enforceUnique: o.vrf.enforceUnique} END}]
} AS space,
{checked: vlans, others: vlanOthers} AS vlans`;
