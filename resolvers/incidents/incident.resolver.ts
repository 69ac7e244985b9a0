/** Incidents over GraphQL: open, update, resolve, read and list them; their impacted services come from the impact engine. */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Item } from '../../graph/items/items.mapping';
import { analyseImpact } from '../../graph/impact/impact';
import {
  countIncidents,
  listIncidents,
  openIncident,
  resolveIncident,
  updateIncident,
} from '../../graph/incidents/incidents';
import type { IncidentPatch as GraphPatch, OpenIncidentInput as GraphOpenInput } from '../../graph/incidents/incidents';
import { ConfigurationItem } from '../../schema/items/item.types';
import { ImpactedService } from '../../schema/impact/impact.types';
import {
  Incident,
  IncidentConnection,
  IncidentFilter,
  IncidentPatch,
  OpenIncidentInput,
} from '../../schema/incidents/incident.types';
import { DateTimeScalar } from '../../schema/platform/scalars';
import type { Context } from '../platform/context';
import { impactLoaders } from '../impact/impact.loaders';
import { pageSize } from '../platform/limits';

/** type-graphql hands inputs over as class instances; graph/ takes plain objects. */
const plain = <T extends object>(value: T): T => ({ ...value });

@Resolver(() => IncidentConnection)
export class IncidentResolver {
  @Query(() => Incident, { nullable: true, description: 'One incident by id, or null.' })
  incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return impactLoaders(ctx).incident.load(id);
  }

  @Query(() => IncidentConnection, { description: 'Incidents matching a filter, newest opened first.' })
  async incidents(
    @Arg('filter', () => IncidentFilter, { nullable: true }) filter: IncidentFilter | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 500).' })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<IncidentConnection> {
    const where = plain(filter ?? {});
    const page = await listIncidents(ctx.db, where, pageSize(first), after);
    for (const { incident } of page.items) impactLoaders(ctx).incident.prime(incident.id, incident);
    return {
      edges: page.items.map(({ incident, cursor }) => ({ cursor, node: incident })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: false,
        startCursor: page.items[0]?.cursor,
        endCursor: page.items.at(-1)?.cursor,
      },
      filter: where,
    };
  }

  @FieldResolver(() => Int, { description: 'How many incidents match the filter (costs one count query).' })
  totalCount(@Root() connection: IncidentConnection, @Ctx() ctx: Context) {
    return countIncidents(ctx.db, connection.filter);
  }

  @Mutation(() => Incident, { description: 'Record an outage affecting some CIs; it starts OPEN.' })
  openIncident(@Arg('input', () => OpenIncidentInput) input: OpenIncidentInput, @Ctx() ctx: Context) {
    return openIncident(ctx.db, ctx.writer, plain(input) as GraphOpenInput);
  }

  @Mutation(() => Incident, {
    description: 'Change an incident: fields, status (by the transition table), affected CIs.',
  })
  updateIncident(
    @Arg('id', () => ID) id: string,
    @Arg('patch', () => IncidentPatch) patch: IncidentPatch,
    @Ctx() ctx: Context,
  ) {
    return updateIncident(ctx.db, ctx.writer, id, plain(patch) as GraphPatch);
  }

  @Mutation(() => Incident, { description: 'Mark an incident RESOLVED, now or at the given instant.' })
  resolveIncident(
    @Arg('id', () => ID) id: string,
    @Arg('resolvedAt', () => DateTimeScalar, { nullable: true }) resolvedAt: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return resolveIncident(ctx.db, ctx.writer, id, resolvedAt ?? undefined);
  }
}

@Resolver(() => Incident)
export class IncidentFieldResolver {
  @FieldResolver(() => [ConfigurationItem], { description: 'The CIs it affects, by id.' })
  async affects(@Root() incident: Incident, @Ctx() ctx: Context): Promise<Item[]> {
    const ids = await impactLoaders(ctx).affects.load(incident.id);
    const items = await ctx.loaders.item.loadMany(ids);
    return items.filter((i): i is Item => i !== undefined && !(i instanceof Error));
  }

  @FieldResolver(() => [ImpactedService], {
    description:
      'Business services its affected CIs hit (impact analysis from them, given what else is reported down), most critical first.',
  })
  async impactedServices(@Root() incident: Incident, @Ctx() ctx: Context): Promise<ImpactedService[]> {
    const ids = await impactLoaders(ctx).affects.load(incident.id);
    if (ids.length === 0) return [];
    const analysis = await analyseImpact(ctx.db, ids);
    return analysis.summary.businessServices.map((h) => ({
      id: h.id,
      name: h.name,
      state: h.state,
      criticality: h.criticality,
      distance: h.distance,
    }));
  }
}
