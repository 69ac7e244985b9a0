/** Every resolver class of every domain, in one list for buildSchema (server/graphql/build.ts). */
import { AssetReportsResolver } from '../../resolvers/lifecycle/asset.reports.resolver';
import { AssetValueResolver } from '../../resolvers/lifecycle/asset.value.resolver';
import { CustomFieldResolver } from '../../resolvers/items/custom.field.resolver';
import { ChangeResolver, ItemHistoryResolver } from '../../resolvers/changelog/change.resolver';
import { IpResolver } from '../../resolvers/network/ip.resolver';
import { IMPACT_RESOLVERS } from '../../resolvers/impact/impact.resolver';
import { IncidentFieldResolver, IncidentResolver } from '../../resolvers/incidents/incident.resolver';
import { ImportResolver } from '../../resolvers/imports/import.resolver';
import { ItemResolver } from '../../resolvers/items/item.resolver';
import { NETWORK_CABLE_RESOLVERS } from '../../resolvers/network/cable.resolver';
import { AggregatesResolver } from '../../resolvers/network/aggregates.resolver';
import { CATALOGUE_RESOLVERS } from '../../resolvers/catalogue/catalogue.resolver';
import { STOCK_RESOLVERS } from '../../resolvers/catalogue/stock.resolver';
import { SECURITY_COMPONENT_RESOLVERS } from '../../resolvers/security/component.resolver';
import { NETWORK_TRACE_RESOLVERS } from '../../resolvers/network/trace.resolver';
import { LifecycleResolver } from '../../resolvers/lifecycle/lifecycle.resolver';
import { NeighbourResolver } from '../../resolvers/items/neighbour.resolver';
import { RelationshipResolver } from '../../resolvers/items/relationship.resolver';
import { ServiceHealthResolver, SubscriptionResolver } from '../../resolvers/changelog/subscription.resolver';
import { TokenResolver } from '../../resolvers/access/token.resolver';
import { WebhookResolver } from '../../resolvers/changelog/webhook.resolver';

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
  IncidentResolver,
  IncidentFieldResolver,
  IpResolver,
  ...NETWORK_CABLE_RESOLVERS,
  ...NETWORK_TRACE_RESOLVERS,
  AggregatesResolver,
  CustomFieldResolver,
  ...CATALOGUE_RESOLVERS,
  ...STOCK_RESOLVERS,
  ...SECURITY_COMPONENT_RESOLVERS,
] as const;
