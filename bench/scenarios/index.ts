/** Every scenario `npm run bench` runs, in order (reads first, writes last); `--scenario NAME` picks some. */
import type { Scenario } from '../runner';
import { impactCoreSwitchScenario, impactSiteScenario } from './impact/impact.scenario';
import { assetsScenario, relationshipsScenario } from './imports/import.scenario';
import { snipeitScenario } from './imports/snipeit.scenario';
import { itemConcurrentScenario, itemScenario } from './items/item.scenario';
import { networkImpactCoreSwitchScenario, networkImpactPduScenario } from './network/impact.scenario';
import { networkReachableScenario, networkTraceScenario } from './network/trace.scenario';
import { loadScenario } from './platform/load.scenario';
import { pingScenario } from './platform/ping.scenario';
import { searchScenario } from './items/search.scenario';
import { serviceStackScenario } from './items/service-stack.scenario';
import { serversPageScenario } from './items/servers-page.scenario';
import { subscriptionsScenario } from './changelog/subscriptions.scenario';

export const SCENARIOS: readonly Scenario[] = [
  pingScenario,
  itemScenario,
  serversPageScenario,
  serviceStackScenario,
  searchScenario,
  impactCoreSwitchScenario,
  impactSiteScenario,
  networkTraceScenario,
  networkReachableScenario,
  networkImpactCoreSwitchScenario,
  networkImpactPduScenario,
  itemConcurrentScenario,
  subscriptionsScenario,
  loadScenario,
  assetsScenario,
  relationshipsScenario,
  snipeitScenario,
];
