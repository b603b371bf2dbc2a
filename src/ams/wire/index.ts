export * from './common.js';
export * from './authorization.js';
export * from './payment.js';
export * from './refund.js';
export * from './customs.js';
export * from './registration.js';
export * from './notifications.js';
export * from './endpoints.js';
