/** Every resolver class, in one list for buildSchema. */
import { ItemResolver } from './item.resolver';
import { NeighbourResolver } from './neighbour.resolver';
import { RelationshipResolver } from './relationship.resolver';

export const RESOLVERS = [ItemResolver, NeighbourResolver, RelationshipResolver] as const;
