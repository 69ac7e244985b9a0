/**
 * GraphQL types of the network questions (graph/network/trace.service.ts):
 * the cable trace with its breaks, the distinct paths between two CIs, and
 * reachability with a shortest path. Every CI an answer names carries its
 * id, class and name as the answer read them; its `item` field
 * (resolvers/network/trace.resolver.ts) loads the whole CI, as of the
 * answer's instant.
 */
import { Field, ID, Int, registerEnumType } from 'type-graphql';
import type { BreakReason } from '../../graph/network/path.liveness';
import { PATH_LIMITS } from '../../graph/network/paths';
import type { PathVia } from '../../graph/network/paths';
import { MAX_TRACE_SEGMENTS } from '../../graph/network/trace';
import { CIClass, ModelEnums } from '../model/enums';
import { ObjectType } from '../platform/object.type';
import { DateTimeScalar } from '../platform/scalars';

/** Each value with its description; a Record so a value added to the union without one fails to compile. */
const BREAK_REASONS: Record<BreakReason, string> = {
  DOWN: 'Reported DOWN (operationalStatus).',
  DECOMMISSIONED: 'Left service: lifecycle RETIRED or DISPOSED, or a cable whose cableStatus is DECOMMISSIONING.',
};

const PATH_VIAS: Record<PathVia, string> = {
  CABLE: 'Across a cable (named in `through`).',
  MAPS_TO: "Through a patch panel: a front port to its rear port's position, or back.",
  CIRCUIT: 'Across a circuit, one termination to the other (A ↔ Z; the circuit named in `through`).',
  COMPONENT_OF: 'Into or out of a device, between it and one of its interfaces.',
};

const enumOf = (table: Record<string, string>) => Object.fromEntries(Object.keys(table).map((v) => [v, v]));
const described = (table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([v, description]) => [v, { description }]));

export const BreakReasonEnum = enumOf(BREAK_REASONS);
registerEnumType(BreakReasonEnum, {
  name: 'BreakReason',
  description: 'Why an element on a wire carries nothing.',
  valuesConfig: described(BREAK_REASONS),
});

export const PathViaEnum = enumOf(PATH_VIAS);
registerEnumType(PathViaEnum, {
  name: 'PathVia',
  description: 'How a step of a network path is reached from the step before it.',
  valuesConfig: described(PATH_VIAS),
});

@ObjectType({ description: 'A CI named by a network answer (`item` loads the whole CI, as of the answer).' })
export class NetworkCI {
  @Field(() => ID)
  id!: string;

  @Field(() => CIClass)
  class!: string;

  @Field(() => String)
  name!: string;

  /** The instant the answer read the graph at (its `item` is read then too); undefined for now. */
  asOf?: string;
}

@ObjectType({ description: 'A CI on a cable trace, with the status the trace read.' })
export class TracedCI extends NetworkCI {
  @Field(() => ModelEnums.OperationalStatus, { nullable: true, description: 'Null when none is reported.' })
  operationalStatus!: string | null;
}

@ObjectType({ description: 'A cable of a trace segment.' })
export class TraceCable {
  @Field(() => TracedCI)
  cable!: TracedCI;

  @Field(() => ModelEnums.CableStatus, { description: 'CONNECTED when none is recorded.' })
  cableStatus!: string;
}

@ObjectType({
  description:
    'One segment of a cable trace: the terminations it starts from, the cable(s), the terminations at the other end.',
})
export class TraceSegment {
  @Field(() => [TracedCI], { description: 'Terminations this segment starts from.' })
  near!: TracedCI[];

  @Field(() => [TraceCable], {
    description: "The cables joining near to far; empty on a circuit's last leg to its provider network or site.",
  })
  cables!: TraceCable[];

  @Field(() => [TracedCI], {
    description: "Terminations at the other end (past a circuit's last end: the provider network or site).",
  })
  far!: TracedCI[];

  @Field(() => TracedCI, { nullable: true, description: 'The circuit crossed (A ↔ Z) to reach `near`, when it was.' })
  circuit!: TracedCI | null;
}

@ObjectType({ description: 'An element on a trace that carries nothing.' })
export class TraceBreak {
  @Field(() => TracedCI, { description: 'A cable, termination, circuit or pass-through device (a patch panel).' })
  ci!: TracedCI;

  @Field(() => BreakReasonEnum)
  reason!: BreakReason;

  @Field(() => Int, { description: 'Index (from 0) of the segment it is on.' })
  segment!: number;
}

@ObjectType({
  description: `A cable trace with NetBox's semantics (front → rear with positions, rear → front, circuits A → Z), and where the wire is broken. At most ${MAX_TRACE_SEGMENTS} segments.`,
})
export class CableTrace {
  @Field(() => TracedCI)
  origin!: TracedCI;

  @Field(() => [TraceSegment])
  segments!: TraceSegment[];

  @Field(() => Boolean, {
    description: 'The path ends on an endpoint (interface, console/power port, feed) or a provider network.',
  })
  isComplete!: boolean;

  @Field(() => Boolean, { description: 'Every cable is CONNECTED and nothing on the way is broken.' })
  isActive!: boolean;

  @Field(() => Boolean, {
    description:
      'The path fans out where no single way on is known (a multi-position rear port with no position, mixed far ends) and stops there.',
  })
  isSplit!: boolean;

  @Field(() => Boolean, { description: 'The path came back to terminations it had already left and was stopped.' })
  loop!: boolean;

  @Field(() => [TraceBreak], {
    description: 'Everything on the way that is DOWN or decommissioned, in path order; the trace goes on past them.',
  })
  breaks!: TraceBreak[];

  @Field(() => TraceBreak, { nullable: true, description: 'The first break; null when the wire is whole.' })
  brokenAt!: TraceBreak | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant the trace was read at; null for now.' })
  asOf!: string | null;
}

@ObjectType({ description: 'One step of a network path.' })
export class PathStep {
  @Field(() => NetworkCI)
  ci!: NetworkCI;

  @Field(() => Int, {
    nullable: true,
    description: 'The position used on a rear port of several positions (a trunk strand); else null.',
  })
  position!: number | null;

  @Field(() => PathViaEnum, { nullable: true, description: 'How this step is reached; null on the first.' })
  via!: PathVia | null;

  @Field(() => NetworkCI, {
    nullable: true,
    description: 'The cable (CABLE) or circuit (CIRCUIT) crossed to reach this step.',
  })
  through!: NetworkCI | null;

  @Field(() => Int, {
    description:
      'Hops from the start to this step: a cable, a pass-through, a circuit or a crossing of a device (entering one is free).',
  })
  hops!: number;
}

@ObjectType({ description: 'A path between two CIs of the wired network.' })
export class NetworkPath {
  @Field(() => Int)
  hops!: number;

  @Field(() => [PathStep])
  steps!: PathStep[];
}

@ObjectType({ description: 'The distinct simple paths between two CIs within a hop budget.' })
export class NetworkPaths {
  @Field(() => Int, { description: 'Paths found: all of them unless truncated.' })
  count!: number;

  @Field(() => Boolean, {
    description: `The search stopped at a server cap (${PATH_LIMITS.maxPaths} paths or ${PATH_LIMITS.maxWork} search steps): there may be more.`,
  })
  truncated!: boolean;

  @Field(() => Int, { description: 'The hop budget the paths were found within.' })
  maxHops!: number;

  /** Every path found, shortest first; the `paths` field resolver hands out the first of them. */
  found!: NetworkPath[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant the paths were found at; null for now.' })
  asOf!: string | null;
}

@ObjectType({ description: 'Whether one CI of the wired network reaches another over what carries.' })
export class Reachability {
  @Field(() => Boolean)
  reachable!: boolean;

  @Field(() => Int, { nullable: true, description: 'Hops of a shortest path; null when unreachable.' })
  hops!: number | null;

  @Field(() => [PathStep], { description: 'A shortest path (fewest hops) when reachable; else empty.' })
  path!: PathStep[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant the answer was read at; null for now.' })
  asOf!: string | null;
}
