/**
 * Components over GraphQL: `softwareComponent(purl)`, `softwareComponents(filter)`
 * — where a component is used, the CIs and the business services above
 * them — and `sbom(ciId)`, a CI's components. Thin: arguments to
 * graph/security, answers back.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { componentByPurl, findComponents, sbomOf, servicesAbove } from '../../graph/security/components.query';
import type { Component, ComponentUse as Use, SbomView, ServiceExposure } from '../../graph/security/components.query';
import {
  ComponentFilter,
  ComponentService,
  ComponentUse,
  Sbom,
  SoftwareComponent,
} from '../../schema/security/component.types';
import type { Context } from '../platform/context';
import { securityLoaders } from './security.loaders';

/** type-graphql hands inputs over as class instances; graph/ takes plain objects. */
const plain = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Lists Neo4j left unset read as empty. */
const shaped = (c: Component | undefined) =>
  c && { ...c, licences: (c.licences as string[]) ?? [], hashes: (c.hashes as string[]) ?? [] };

@Resolver(() => SoftwareComponent)
export class SoftwareComponentResolver {
  @Query(() => SoftwareComponent, {
    nullable: true,
    description:
      'The component with this exact purl (normalised as on import: qualifiers sorted, no subpath); null when no SBOM lists it.',
  })
  async softwareComponent(@Arg('purl', () => String) purl: string, @Ctx() ctx: Context) {
    return shaped(await componentByPurl(ctx.db, purl));
  }

  @Query(() => [SoftwareComponent], {
    description:
      'Components matching the filter, by key: "where is log4j-core 2.14.1?" is {name: "log4j-core", version: "2.14.1"} or a purl; usedBy and services say where.',
  })
  async softwareComponents(
    @Arg('filter', () => ComponentFilter) filter: ComponentFilter,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (500 at most).' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return (await findComponents(ctx.db, plain(filter), first)).map(shaped);
  }

  @FieldResolver(() => [ComponentUse], { description: 'The CIs whose SBOM lists it, with its place there.' })
  usedBy(@Root() component: Component, @Ctx() ctx: Context): Promise<Use[]> {
    return securityLoaders(ctx).uses.load(component.key);
  }

  @FieldResolver(() => [ComponentService], {
    description:
      'The business services above the CIs that have it, by the impact rules, most critical first, each with the path down to such a CI.',
  })
  async services(@Root() component: Component, @Ctx() ctx: Context): Promise<ServiceExposure[]> {
    const uses = await securityLoaders(ctx).uses.load(component.key);
    return servicesAbove(
      ctx.db,
      uses.map((u) => u.ci.id),
    );
  }
}

@Resolver(() => ComponentUse)
export class ComponentUseResolver {
  @FieldResolver(() => SoftwareComponent)
  component(@Root() use: Use) {
    return shaped(use.component);
  }
}

@Resolver(() => Sbom)
export class SbomResolver {
  @Query(() => Sbom, {
    description:
      "A CI's SBOM: the record of the one last imported (null when none was) and its components by key. NOT_FOUND for an unknown CI.",
  })
  sbom(@Arg('ciId', () => ID) ciId: string, @Ctx() ctx: Context): Promise<SbomView> {
    return sbomOf(ctx.db, ciId);
  }
}

export const SECURITY_COMPONENT_RESOLVERS = [SoftwareComponentResolver, ComponentUseResolver, SbomResolver] as const;
