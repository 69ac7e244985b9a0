/**
 * Impact analysis over GraphQL: read the arguments, call graph/impact,
 * shape the answer. Every `item`-like field loads through the request's
 * item DataLoader, so a page of 500 hits with their paths costs one query.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Item } from '../../graph/items/items.mapping';
import { analyseImpact, dependencies } from '../../graph/impact/impact';
import type { Baseline } from '../../graph/impact/impact.engine';
import { reportStatuses, servicesTouchedBy } from '../../graph/impact/impact.health';
import type { StatusReport as StatusInput } from '../../graph/impact/impact.health';
import { pageOf } from '../../graph/impact/impact.paging';
import type { Paged } from '../../graph/impact/impact.paging';
import { rootCauseCandidates, singlePointsOfFailure } from '../../graph/impact/impact.spof';
import type { HitCI } from '../../graph/impact/impact.traversal';
import { ConfigurationItem } from '../../schema/items/item.types';
import { ModelEnums } from '../../schema/model/enums';
import {
  Dependency,
  DependencyTree,
  Health,
  ImpactBaselineEnum,
  ImpactConnection,
  ImpactedItem,
  ImpactedService,
  ImpactReport,
  ImpactStep,
  RootCauseCandidate,
  RootCauseReport,
  SinglePointOfFailure,
  SinglePointsOfFailureReport,
  StatusReport,
  StatusReportInput,
} from '../../schema/impact/impact.types';
import { DateTimeScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { loadItemAsOf } from '../changelog/history.loaders';
import { impactLoaders } from './impact.loaders';
import { pageSize } from '../platform/limits';

const DEPTH = { nullable: true, defaultValue: 10, description: 'Hops to follow (server limit 25).' } as const;

@ArgsType()
class ImpactArgs {
  @Field(() => [ID], { description: 'The CIs that go DOWN.' })
  failed!: string[];

  @Field(() => Int, DEPTH)
  maxDepth?: number;

  @Field(() => ImpactBaselineEnum, { nullable: true, defaultValue: 'REPORTED' })
  baseline?: Baseline;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Play the failure out on the graph as it was at this instant (CIs, relationships and reported statuses rebuilt from the change log); the `item` fields of the answer are read as of then too.',
  })
  asOf?: string;
}

function pageInfo<T>(page: Paged<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: false,
    startCursor: page.items[0]?.cursor,
    endCursor: page.items.at(-1)?.cursor,
  };
}

const service = (h: HitCI, asOf: string | undefined): ImpactedService => ({
  id: h.id,
  name: h.name,
  state: h.state,
  criticality: h.criticality,
  distance: h.distance,
  asOf,
});

/** CIs by id as they are now, or as they were at `asOf`; missing ones left out. */
async function items(ctx: Context, ids: readonly string[], asOf?: string): Promise<Item[]> {
  const loaded = await Promise.all(ids.map((id) => loadItem(ctx, id, asOf)));
  return loaded.filter((i): i is Item => i !== undefined);
}

function loadItem(ctx: Context, id: string, asOf: string | undefined): Promise<Item | undefined> {
  return asOf ? loadItemAsOf(ctx, id, asOf) : ctx.loaders.item.load(id);
}

@Resolver(() => ImpactReport)
export class ImpactResolver {
  @Query(() => ImpactReport, {
    description:
      'Every CI that fails or degrades when the given CIs go DOWN, following the impact rules (redundancy included), nearest first, with an explaining path each.',
  })
  async impact(@Args(() => ImpactArgs) args: ImpactArgs, @Ctx() ctx: Context): Promise<ImpactReport> {
    const { maxDepth, baseline, asOf } = args;
    const analysis = await analyseImpact(ctx.db, args.failed, { maxDepth, baseline, asOf });
    return {
      failedIds: analysis.failed,
      unknownIds: analysis.unknownIds,
      duplicateIds: analysis.duplicateIds,
      maxDepth: analysis.maxDepth,
      asOf: analysis.asOf,
      truncated: analysis.truncated,
      summary: {
        ...analysis.summary,
        businessServices: analysis.summary.businessServices.map((h) => service(h, asOf)),
      },
      hit: analysis.hit,
    };
  }

  @FieldResolver(() => ImpactConnection, {
    description: 'The CIs hit (failed ones included), nearest first, then by class, name and id; a page at a time.',
  })
  impacted(
    @Root() report: ImpactReport,
    @Arg('first', () => Int, { nullable: true, defaultValue: 500, description: 'Page size (at most 500).' })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | undefined,
  ): ImpactConnection {
    const page = pageOf('impact', report.hit, pageSize(first), after);
    const asOf = report.asOf ?? undefined;
    return {
      edges: page.items.map(({ node, cursor }) => ({
        cursor,
        id: node.id,
        name: node.name,
        class: node.class,
        state: node.state,
        distance: node.distance,
        path: node.path.map((s) => ({ id: s.id, via: s.via, asOf })),
        asOf,
      })),
      pageInfo: pageInfo(page),
      totalCount: page.totalCount,
    };
  }

  @FieldResolver(() => [ConfigurationItem], { description: 'The failed CIs that exist.' })
  failed(@Root() report: ImpactReport, @Ctx() ctx: Context) {
    return items(ctx, report.failedIds, report.asOf ?? undefined);
  }

  @Query(() => DependencyTree, {
    description: 'What a CI stands on: everything whose failure could reach it, under the same rules, as a tree.',
  })
  async dependencies(
    @Arg('id', () => ID) id: string,
    @Arg('maxDepth', () => Int, DEPTH) maxDepth: number | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 500 }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<DependencyTree> {
    const size = pageSize(first);
    const tree = await dependencies(ctx.db, id, maxDepth);
    const page = pageOf('dependencies', tree.dependencies, size, after);
    return {
      rootId: tree.rootId,
      truncated: tree.truncated,
      edges: page.items.map(({ node, cursor }) => ({ cursor, ...node })),
      pageInfo: pageInfo(page),
      totalCount: page.totalCount,
    };
  }

  @Query(() => SinglePointsOfFailureReport, {
    description: 'The CIs whose loss alone takes the service (or any CI) DOWN, not merely DEGRADED.',
  })
  async singlePointsOfFailure(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('maxDepth', () => Int, DEPTH) maxDepth: number | undefined,
    @Arg('baseline', () => ImpactBaselineEnum, { nullable: true, defaultValue: 'HEALTHY' }) baseline: Baseline,
    @Ctx() ctx: Context,
  ): Promise<SinglePointsOfFailureReport> {
    const report = await singlePointsOfFailure(ctx.db, serviceId, { maxDepth, baseline });
    const state = { OK: 'OPERATIONAL', DEGRADED: 'DEGRADED', DOWN: 'DOWN' }[report.state];
    return { ...report, state, items: report.items.map((i) => ({ id: i.id, depth: i.depth })) };
  }

  @Query(() => RootCauseReport, {
    description:
      'Upstream CIs whose failure alone would explain the failing ones (everything else assumed healthy), ranked by how many they explain, then by distance.',
  })
  async rootCauseCandidates(
    @Arg('failing', () => [ID]) failing: string[],
    @Arg('maxDepth', () => Int, DEPTH) maxDepth: number | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<RootCauseReport> {
    const report = await rootCauseCandidates(ctx.db, failing, { maxDepth, first: pageSize(first) });
    return {
      unknownIds: report.unknownIds,
      duplicateIds: report.duplicateIds,
      candidates: report.candidates.map((c) => ({
        id: c.id,
        explains: c.explained.length,
        explained: c.explained,
        degraded: c.degraded,
        distance: c.distance,
      })),
    };
  }

  @Mutation(() => StatusReport, { description: "Set one CI's operationalStatus, as monitoring sees it." })
  async reportStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ModelEnums.OperationalStatus) status: string,
    @Ctx() ctx: Context,
  ): Promise<StatusReport> {
    return statusReport(await reportStatuses(ctx.db, ctx.writer, [{ id, status }]));
  }

  @Mutation(() => StatusReport, {
    description: 'Set the operationalStatus of many CIs in one transaction: all or nothing (a monitoring feed).',
  })
  async reportStatuses(
    @Arg('reports', () => [StatusReportInput]) reports: StatusReportInput[],
    @Ctx() ctx: Context,
  ): Promise<StatusReport> {
    return statusReport(
      await reportStatuses(
        ctx.db,
        ctx.writer,
        reports.map((r): StatusInput => ({ id: r.id, status: r.status })),
      ),
    );
  }
}

function statusReport(outcome: Awaited<ReturnType<typeof reportStatuses>>): StatusReport {
  return { changedIds: outcome.changed.map((i) => i.id), unchanged: outcome.unchanged };
}

/** An `item` field for each result type that carries a CI id. */
function itemField(type: Function, name: string, description: string) {
  @Resolver(() => type)
  class ItemField {
    @FieldResolver(() => ConfigurationItem, { description })
    async item(@Root() root: { id: string; asOf?: string }, @Ctx() ctx: Context): Promise<Item> {
      const item = await loadItem(ctx, root.id, root.asOf);
      if (!item) throw new Error(`CI ${root.id} vanished while the answer was being built`);
      return item;
    }
  }
  Object.defineProperty(ItemField, 'name', { value: name });
  return ItemField;
}

@Resolver(() => DependencyTree)
export class DependencyTreeResolver {
  @FieldResolver(() => ConfigurationItem)
  async root(@Root() tree: DependencyTree, @Ctx() ctx: Context) {
    return ctx.loaders.item.load(tree.rootId);
  }
}

@Resolver(() => SinglePointsOfFailureReport)
export class SpofReportResolver {
  @FieldResolver(() => ConfigurationItem)
  async service(@Root() report: SinglePointsOfFailureReport, @Ctx() ctx: Context) {
    return ctx.loaders.item.load(report.serviceId);
  }
}

@Resolver(() => Health)
export class HealthCausesResolver {
  @FieldResolver(() => [ConfigurationItem], {
    description: 'CIs reported DOWN or DEGRADED whose state reaches this CI (itself included), nearest first.',
  })
  causes(@Root() health: Health, @Ctx() ctx: Context) {
    return items(ctx, health.causeIds);
  }
}

@Resolver(() => StatusReport)
export class StatusReportResolver {
  @FieldResolver(() => [ConfigurationItem], { description: 'CIs whose status changed, as they are now.' })
  changed(@Root() report: StatusReport, @Ctx() ctx: Context) {
    return items(ctx, report.changedIds);
  }

  @FieldResolver(() => [ConfigurationItem], {
    description:
      'Business services whose health the changed CIs touch (those their failure would hit), most critical first; ask each for its `health`.',
  })
  async services(@Root() report: StatusReport, @Ctx() ctx: Context) {
    return items(ctx, await servicesTouchedBy(ctx.db, report.changedIds));
  }
}

@Resolver(() => ConfigurationItem)
export class HealthResolver {
  @FieldResolver(() => Health, {
    description:
      'State derived from the reported operationalStatus of this CI and everything it stands on, with the CIs that cause it. Batched across a list.',
  })
  async health(@Root() item: Item, @Ctx() ctx: Context): Promise<Health> {
    const health = await impactLoaders(ctx).health.load(item.id);
    return { state: health.state, causeIds: health.causes };
  }
}

/** Every resolver class of impact analysis, for RESOLVERS in server/graphql/resolvers.ts. */
export const IMPACT_RESOLVERS = [
  ImpactResolver,
  DependencyTreeResolver,
  SpofReportResolver,
  HealthCausesResolver,
  StatusReportResolver,
  HealthResolver,
  itemField(ImpactedItem, 'ImpactedItemItem', 'The CI hit.'),
  itemField(ImpactStep, 'ImpactStepItem', 'The CI at this step.'),
  itemField(ImpactedService, 'ImpactedServiceItem', 'The business service.'),
  itemField(Dependency, 'DependencyItem', 'The CI depended on.'),
  itemField(SinglePointOfFailure, 'SinglePointOfFailureItem', 'The CI whose loss takes the service down.'),
  itemField(RootCauseCandidate, 'RootCauseCandidateItem', 'The candidate CI.'),
] as const;
