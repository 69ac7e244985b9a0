/** Every resolver class, in one list for buildSchema. */
import { AssetReportsResolver } from './asset.reports.resolver';
import { AssetValueResolver } from './asset.value.resolver';
import { ChangeResolver, ItemHistoryResolver } from './change.resolver';
import { IMPACT_RESOLVERS } from './impact.resolver';
import { ImportResolver } from './import.resolver';
import { ItemResolver } from './item.resolver';
import { LifecycleResolver } from './lifecycle.resolver';
import { NeighbourResolver } from './neighbour.resolver';
import { RelationshipResolver } from './relationship.resolver';
import { ServiceHealthResolver, SubscriptionResolver } from './subscription.resolver';
import { TokenResolver } from './token.resolver';
import { WebhookResolver } from './webhook.resolver';

export const RESOLVERS = [
  ItemResolver,
  NeighbourResolver,
  RelationshipResolver,
  ChangeResolver,
  ItemHistoryResolver,
  SubscriptionResolver,
  ServiceHealthResolver,
  WebhookResolver,
  LifecycleResolver,
  AssetValueResolver,
  AssetReportsResolver,
  ImportResolver,
  TokenResolver,
  ...IMPACT_RESOLVERS,
] as const;
