import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126062740_initial } from './Migration20261126062740_initial.js';
import { Migration20261126064500_operations } from './Migration20261126064500_operations.js';
import { Migration20261126071000_notifications } from './Migration20261126071000_notifications.js';
import { Migration20261126073000_reconciliation } from './Migration20261126073000_reconciliation.js';
import { Migration20261205205000_schedules } from './Migration20261205205000_schedules.js';

/**
 * Applied in this order on start. Listed explicitly (no folder scan) so that tsx, vitest and compiled code behave
 * alike. `npm run migrate -- create <name>` writes a new file from the entity diff: add it at the end here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126062740_initial', class: Migration20261126062740_initial },
  { name: 'Migration20261126064500_operations', class: Migration20261126064500_operations },
  { name: 'Migration20261126071000_notifications', class: Migration20261126071000_notifications },
  { name: 'Migration20261126073000_reconciliation', class: Migration20261126073000_reconciliation },
  { name: 'Migration20261205205000_schedules', class: Migration20261205205000_schedules },
];
