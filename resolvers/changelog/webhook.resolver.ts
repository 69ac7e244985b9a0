/** Registering, listing and deleting webhooks; delivery is graph/webhooks.dispatcher.ts. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { deleteWebhook, listWebhooks, registerWebhook } from '../../graph/changelog/webhooks';
import type { Webhook as GraphWebhook } from '../../graph/changelog/webhooks';
import { Webhook, WebhookInput, WebhookRegistration } from '../../schema/changelog/change.types';
import type { Context } from '../platform/context';

const view = (w: GraphWebhook) => ({ ...w, cursor: String(w.cursor), filter: { ...w.filter } });

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: 'Registered webhooks and how their deliveries are going.' })
  async webhooks(@Ctx() ctx: Context) {
    return (await listWebhooks(ctx.db)).map(view);
  }

  @Mutation(() => WebhookRegistration, {
    description:
      'Register a URL to receive the changes matching a filter, as signed POSTs of batches in sequence order (admin).',
  })
  async registerWebhook(@Arg('input', () => WebhookInput) input: WebhookInput, @Ctx() ctx: Context) {
    const { webhook, secret } = await registerWebhook(
      ctx.db,
      ctx.writer.actor,
      ctx.role === 'admin',
      { url: input.url, filter: input.filter ? { ...input.filter } : undefined, after: input.after },
      ctx.services.webhooks.targets,
    );
    ctx.services.webhooks.refresh();
    return { webhook: view(webhook), secret };
  }

  @Mutation(() => Boolean, { description: 'Stop and remove a webhook (admin).' })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const deleted = await deleteWebhook(ctx.db, ctx.role === 'admin', id);
    ctx.services.webhooks.refresh();
    return deleted;
  }
}
