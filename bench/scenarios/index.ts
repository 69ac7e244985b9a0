/** Every scenario `npm run bench` runs, in order (reads first, writes last); `--scenario NAME` picks some. */
import type { Scenario } from '../runner';
import { impactCoreSwitchScenario, impactSiteScenario } from './impact.scenario';
import { assetsScenario, relationshipsScenario } from './import.scenario';
import { itemConcurrentScenario, itemScenario } from './item.scenario';
import { loadScenario } from './load.scenario';
import { pingScenario } from './ping.scenario';
import { searchScenario } from './search.scenario';
import { serviceStackScenario } from './service-stack.scenario';
import { serversPageScenario } from './servers-page.scenario';
import { subscriptionsScenario } from './subscriptions.scenario';

export const SCENARIOS: readonly Scenario[] = [
  pingScenario,
  itemScenario,
  serversPageScenario,
  serviceStackScenario,
  searchScenario,
  impactCoreSwitchScenario,
  impactSiteScenario,
  itemConcurrentScenario,
  subscriptionsScenario,
  loadScenario,
  assetsScenario,
  relationshipsScenario,
];
