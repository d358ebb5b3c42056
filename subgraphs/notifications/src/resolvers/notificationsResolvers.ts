import { GraphQLError } from 'graphql';
import type { Caller } from '@lib/auth/caller';
import { eventTypesAllowedBy } from '@lib/events/eventCatalogue';
import { badUserInput } from '@lib/graphql/errors';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import { disclose } from '@lib/subgraph/disclosure';
import type { NotificationsContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import { allowedTypes, filterFor, readCount, readCursor } from '../services/eventAccess';
import { eventResolvers } from './eventResolvers';
import { webhookResolvers } from './webhookResolvers';

function callerOf(context: NotificationsContext): Caller {
  if (!context.caller)
    throw new GraphQLError('Sign in to read events', { extensions: { code: 'UNAUTHENTICATED' } });
  return context.caller;
}

/** The person asked about: a PNC ID, a prison number, or both, each in its proper form. */
function person(pncId: string | null | undefined, prisonNumber: string | null | undefined) {
  return {
    pncId: pncId ? requirePncId(pncId, 'pncId') : null,
    prisonNumber: prisonNumber ? requireIdentifier('prisonNumber', prisonNumber, 'prisonNumber') : null,
  };
}

/** Resolvers of the notifications subgraph: the feed, and the webhooks of the caller's agency. */
export const notificationsResolvers: Resolvers = {
  ...sharedScalarResolvers,
  Query: {
    events: async (_parent, args, context) => {
      const caller = callerOf(context);
      const after = readCursor(args.after, 'after');
      const first = readCount(args.first, 100, 500, 'first');
      const filter = {
        ...filterFor(caller, allowedTypes(caller, args.types)),
        ...person(args.pncId, args.prisonNumber),
      };
      const rows = await context.notifications.eventLog.after(after, filter, first + 1);
      const events = rows.slice(0, first);
      const last = events.at(-1);
      return {
        events,
        endCursor: last ? String(last.seq) : (args.after ?? null),
        hasMore: rows.length > first,
      };
    },
    recentEvents: async (_parent, args, context) => {
      const caller = callerOf(context);
      const asked = person(args.pncId, args.prisonNumber);
      if (!asked.pncId && !asked.prisonNumber) throw badUserInput('Give a pncId or a prisonNumber', 'pncId');
      const last = readCount(args.last, 10, 50, 'last');
      const events = await context.notifications.eventLog.latest(
        { ...filterFor(caller, allowedTypes(caller, null)), ...asked },
        last,
      );
      if (events.length > 0) disclose(context, asked.pncId ?? asked.prisonNumber);
      return events;
    },
    webhooks: (_parent, _args, context) => context.notifications.webhooks.list(callerOf(context)),
    subscribableEventTypes: (_parent, _args, context) => eventTypesAllowedBy(callerOf(context).scopes),
  },
  Mutation: {
    registerWebhook: async (_parent, { input }, context) => {
      const webhook = await context.notifications.webhooks.register(callerOf(context), input);
      return { webhook, secret: webhook.secret };
    },
    pauseWebhook: (_parent, { id }, context) => context.notifications.webhooks.pause(callerOf(context), id),
    resumeWebhook: (_parent, { id, from }, context) =>
      context.notifications.webhooks.resume(callerOf(context), id, from),
    deleteWebhook: (_parent, { id }, context) => context.notifications.webhooks.remove(callerOf(context), id),
  },
  Event: eventResolvers,
  Webhook: webhookResolvers,
};
