/**
 * The one shape every redundancy group shares (network pairs, hypervisor clusters, database pairs,
 * application pools): a Cluster CI that needs minHealthyMembers of its members, OWNED_BY a team, with each
 * member MEMBER_OF it. Impact analysis reads redundancy from exactly this.
 */
import type { EstateDraft } from './estate.draft';

export interface ClusterSpec {
  id: string;
  name: string;
  clusterType: string;
  minHealthyMembers: number;
  description: string;
  tags?: readonly string[];
  owner: string;
  members: readonly string[];
}

export function cluster(draft: EstateDraft, spec: ClusterSpec): void {
  draft.ci(
    'Cluster',
    spec.id,
    spec.name,
    'DEPLOYED',
    { clusterType: spec.clusterType, minHealthyMembers: spec.minHealthyMembers },
    { description: spec.description, tags: spec.tags },
  );
  draft.rel('OWNED_BY', spec.id, spec.owner);
  for (const member of spec.members) draft.rel('MEMBER_OF', member, spec.id);
}
