/**
 * The AMS client library: wire types for the 13 Auto Debit APIs and the notifications, request signing, a client
 * with S/F/U results, typed transport errors and safe retries, and notification verification.
 * Imports nothing outside `src/ams` and `src/shared`.
 */
export * from './wire/index.js';
export * from './signing/index.js';
export * from './client/index.js';
export * from './notifications/index.js';
