import type { EventFilter } from '../../modules/events/event-hub.js';
import { decodeCursor } from '../../modules/pagination.js';
import type { GraphQLContext } from '../core/context.js';
import { forbidden, gatewayError, unauthenticated } from '../core/error-codes.js';
import { CLOSE_SUBSCRIBER_TOO_SLOW, CLOSE_SUBSCRIBER_TOO_SLOW_REASON } from './close-codes.js';
import { EventIterator } from './event-iterator.js';

const DEFAULT_BUFFER = 1000;

/**
 * The `subscribe` half of every subscription: authenticates (type-graphql's @Authorized guards only the resolve
 * half), scopes to the caller's merchant — an admin may watch one merchant or all —, decodes the resume cursor
 * (refused with CURSOR_EXPIRED when retention removed events after it, rather than resuming across a silent gap) and
 * opens the event stream.
 */
export async function openEventStream(
  context: GraphQLContext,
  args: { after?: string | null; merchantId?: string | null },
  filter: Omit<EventFilter, 'merchantId'>,
): Promise<EventIterator> {
  const actor = context.auth;
  if (!actor) throw unauthenticated('Subscriptions need an API key in connectionParams: { authorization: "Bearer <key>" }');
  let merchantId: string | null;
  if (actor.role === 'PLATFORM_ADMIN') merchantId = args.merchantId ?? null;
  else {
    if (args.merchantId && args.merchantId !== actor.merchantId) throw forbidden('Forbidden: a merchant key can only watch its own merchant');
    merchantId = actor.merchantId;
  }
  let afterId: string | null = null;
  if (args.after) {
    afterId = decodeCursor(args.after);
    if (!/^\d{1,19}$/.test(afterId)) throw gatewayError('BAD_USER_INPUT', 'after: not an event cursor');
    await context.services.events.assertCursorRetained(merchantId, afterId);
  }
  return new EventIterator({
    hub: context.services.eventHub,
    filter: { ...filter, merchantId },
    afterId,
    bufferLimit: context.subscriptionBuffer ?? DEFAULT_BUFFER,
    onOverflow: () => {
      context.logger.warn({ merchantId }, 'subscriber too slow; closing its socket');
      context.connection?.close(CLOSE_SUBSCRIBER_TOO_SLOW, CLOSE_SUBSCRIBER_TOO_SLOW_REASON);
    },
  });
}
