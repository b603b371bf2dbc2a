import type { TransitionTarget } from '../shared/record-transition.js';
import { authorizationMachine, type AuthorizationStatus } from './authorization-status.js';
import { Authorization } from './authorization.entity.js';

/** Where an authorization's status changes are recorded: its table, its events' aggregate, its machine. */
export const AUTHORIZATION_TARGET: Omit<TransitionTarget<Authorization, AuthorizationStatus>, 'id' | 'source'> = {
  entityName: Authorization,
  aggregateType: 'AUTHORIZATION',
  machine: authorizationMachine,
};
