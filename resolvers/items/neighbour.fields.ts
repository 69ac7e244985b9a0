/**
 * The named neighbour fields every CI has, as a table: which relationship
 * type and direction each follows, and whether it is one CI or a list.
 */
import type { RelationshipType } from '../../graph/model/relationships.rules';
import type { Direction } from '../../graph/items/relationships';

export interface NeighbourField {
  readonly name: string;
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly single: boolean;
  readonly description: string;
}

const field = (
  name: string,
  type: RelationshipType,
  direction: Direction,
  description: string,
  single = false,
): NeighbourField => ({
  name,
  type,
  direction,
  single,
  description,
});

export const NEIGHBOUR_FIELDS: readonly NeighbourField[] = [
  field('dependsOn', 'DEPENDS_ON', 'OUT', 'What this CI needs to work (DEPENDS_ON).'),
  field('dependents', 'DEPENDS_ON', 'IN', 'What needs this CI to work (DEPENDS_ON).'),
  field('runsOn', 'RUNS_ON', 'OUT', 'The hosts, VMs or clusters this CI runs on.'),
  field('hosts', 'RUNS_ON', 'IN', 'What runs on this CI.'),
  field('memberOf', 'MEMBER_OF', 'OUT', 'Clusters this CI is a member of.'),
  field('members', 'MEMBER_OF', 'IN', 'Members of this cluster.'),
  field('connectedTo', 'CONNECTED_TO', 'OUT', 'Upstream network devices or networks.'),
  field('connections', 'CONNECTED_TO', 'IN', 'What is cabled to this device or attached to this network.'),
  field('location', 'LOCATED_IN', 'OUT', 'Where this CI is; for a location, its parent.', true),
  field('contents', 'LOCATED_IN', 'IN', 'What is in this location.'),
  field('partOf', 'PART_OF', 'OUT', 'Services this service is part of.'),
  field('parts', 'PART_OF', 'IN', 'Services that are part of this one.'),
  field('owner', 'OWNED_BY', 'OUT', 'The accountable team or person.', true),
  field('owns', 'OWNED_BY', 'IN', 'CIs this team or person owns.'),
  field('supportedBy', 'SUPPORTED_BY', 'OUT', 'Who supports this CI.'),
  field('supports', 'SUPPORTED_BY', 'IN', 'CIs this party supports.'),
  field('vendor', 'SUPPLIED_BY', 'OUT', 'The vendor this CI came from.', true),
  field('supplies', 'SUPPLIED_BY', 'IN', 'What this vendor supplied.'),
  field('contracts', 'COVERED_BY', 'OUT', 'Warranty, support, lease and licence contracts covering this CI.'),
  field('covers', 'COVERED_BY', 'IN', 'What this contract covers.'),
  field('product', 'INSTANCE_OF', 'OUT', 'The software product this installation is a copy of.', true),
  field('installations', 'INSTANCE_OF', 'IN', 'Installations of this software product.'),
];
