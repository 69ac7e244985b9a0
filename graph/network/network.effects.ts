/**
 * What a failure does to the wired network: the devices it unpowers or
 * cuts off (DOWN) and those it leaves short of power or uplink redundancy
 * (DEGRADED), each with an explaining path that names the ports, cables,
 * circuits, PDUs and panels on the way to the failed CI. Pure, over a
 * Topology; impact.ts starts its dependency walk from these devices, so
 * services, clusters and sites follow as they do for any failed CI.
 *
 * A device's state is the worse of its power (power.ts) and its
 * connectivity (connectivity.ts); the path explains the worse one (power
 * first when both say the same).
 */
import type { PathStep } from '../impact/impact.engine';
import { connectivityHits, explainUplinkLoss, Liveness, pathGraph } from './connectivity';
import { failuresOf } from './failure';
import type { Failures, NetworkBaseline } from './failure';
import { PowerExplainer, powerHits, powerNeeds, powerState } from './power';
import type { PowerState } from './power';
import type { Topology } from './topology';

export type NetworkReason = 'UNPOWERED' | 'LOST_POWER_REDUNDANCY' | 'CUT_OFF' | 'LOST_UPLINK_REDUNDANCY';

export interface NetworkHit {
  readonly id: string;
  readonly state: 'DOWN' | 'DEGRADED';
  readonly reason: NetworkReason;
  /** From the device to the failed CI (walked when read). */
  readonly path: readonly PathStep[];
}

/** The devices `failed` brings DOWN or DEGRADED through power and cables, by id. */
export function networkEffects(
  topology: Topology,
  failed: readonly string[],
  baseline: NetworkBaseline = 'REPORTED',
): NetworkHit[] {
  const needs = powerNeeds(topology);
  const graph = pathGraph(topology);
  const { power: powerBefore, liveness: before } = baselineOf(topology, baseline);
  const afterFailures = failuresOf(topology, failed, baseline);
  const powerAfter = powerState(topology, needs, afterFailures);
  const explainer = new PowerExplainer(topology, powerBefore, powerAfter, afterFailures);
  const unpowered = (device: string) => explainer.device(device);

  const byId = new Map<string, NetworkHit>();
  for (const hit of powerHits(needs, powerBefore, powerAfter, afterFailures)) {
    const reason = hit.state === 'DOWN' ? 'UNPOWERED' : 'LOST_POWER_REDUNDANCY';
    byId.set(
      hit.id,
      lazyHit(hit.id, hit.state, reason, () => unpowered(hit.id)),
    );
  }
  const after = new Liveness(graph, afterFailures, usable(needs, afterFailures, powerAfter));
  for (const hit of connectivityHits(graph, before, after)) {
    const known = byId.get(hit.id);
    if (known && (known.state === 'DOWN' || hit.state === 'DEGRADED')) continue;
    const reason = hit.state === 'DOWN' ? 'CUT_OFF' : 'LOST_UPLINK_REDUNDANCY';
    byId.set(
      hit.id,
      lazyHit(hit.id, hit.state, reason, () => explainUplinkLoss(graph, before, after, hit.id, unpowered)),
    );
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The network before any failure: what is dead, powered and connected on the baseline alone. */
interface Before {
  readonly failures: Failures;
  readonly power: PowerState;
  readonly liveness: Liveness;
}

/** Kept per Topology (the cache, wired.cache.ts, replaces a Topology when anything in it changes): the same for every failure asked about. */
const BEFORE = new WeakMap<Topology, Map<NetworkBaseline, Before>>();

function baselineOf(topology: Topology, baseline: NetworkBaseline): Before {
  const kept = BEFORE.get(topology) ?? new Map<NetworkBaseline, Before>();
  BEFORE.set(topology, kept);
  let before = kept.get(baseline);
  if (!before) {
    const needs = powerNeeds(topology);
    const failures = failuresOf(topology, [], baseline);
    const power = powerState(topology, needs, failures);
    const liveness = new Liveness(pathGraph(topology), failures, usable(needs, failures, power));
    kept.set(baseline, (before = { failures, power, liveness }));
  }
  return before;
}

/** A device carries traffic when it is not dead and, if it needs power, is powered. */
const usable =
  (needs: ReadonlyMap<string, unknown>, failures: Failures, power: PowerState) =>
  (device: string): boolean =>
    !failures.dead(device) && (!needs.has(device) || power.powered(device));

function lazyHit(id: string, state: NetworkHit['state'], reason: NetworkReason, explain: () => PathStep[]): NetworkHit {
  let path: PathStep[] | undefined;
  return {
    id,
    state,
    reason,
    get path() {
      return (path ??= explain());
    },
  };
}
