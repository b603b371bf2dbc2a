/**
 * Close codes this gateway uses on graphql-ws sockets besides graphql-ws's own (4400, 4401, 4403, 4408, 4409, 4429,
 * 4499). 4008 is in the application range and unused by graphql-ws; a client that sees it reconnects and subscribes
 * again with the cursor of the last event it processed.
 */
export const CLOSE_SUBSCRIBER_TOO_SLOW = 4008;
export const CLOSE_SUBSCRIBER_TOO_SLOW_REASON = 'Subscriber too slow: resume from your last cursor';
