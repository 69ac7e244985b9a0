/** API tokens over GraphQL (admin; the access table says so) and the caller's own identity. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createToken, listTokens, revokeToken } from '../../graph/access/tokens';
import type { ApiToken as StoredToken } from '../../graph/access/tokens';
import { ApiToken, Caller, CreateApiTokenInput, CreatedApiToken } from '../../schema/access/token.types';
import type { Context } from '../platform/context';

const view = (t: StoredToken, now = Date.now()): ApiToken => ({
  ...t,
  active: !t.revokedAt && (!t.expiresAt || Date.parse(t.expiresAt) > now),
});

@Resolver(() => ApiToken)
export class TokenResolver {
  @Query(() => [ApiToken], { description: 'API tokens, newest first (admin).' })
  async apiTokens(
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked: boolean,
    @Ctx() ctx: Context,
  ): Promise<ApiToken[]> {
    return (await listTokens(ctx.db, { includeRevoked })).map((t) => view(t));
  }

  @Mutation(() => CreatedApiToken, { description: 'Make an API token; its secret is in this answer only (admin).' })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    const { token, secret } = await createToken(ctx.db, { ...input, createdBy: ctx.writer.actor });
    return { token: view(token), secret };
  }

  @Mutation(() => ApiToken, { description: 'Revoke an API token: it stops working at once (admin).' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return view(await revokeToken(ctx.db, id));
  }

  @Query(() => Caller, { description: 'Who this request runs as, and with which role.' })
  me(@Ctx() ctx: Context): Caller {
    return { name: ctx.writer.actor, role: ctx.role };
  }
}
