import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126062740_initial } from './Migration20261126062740_initial.js';
import { Migration20261126064500_operations } from './Migration20261126064500_operations.js';
import { Migration20261126071000_notifications } from './Migration20261126071000_notifications.js';
import { Migration20261126073000_reconciliation } from './Migration20261126073000_reconciliation.js';
import { Migration20261205201000_rate_limits } from './Migration20261205201000_rate_limits.js';
import { Migration20261205202000_golive_pay } from './Migration20261205202000_golive_pay.js';
import { Migration20261205202010_golive_onboarding } from './Migration20261205202010_golive_onboarding.js';
import { Migration20261205203000_list_indexes } from './Migration20261205203000_list_indexes.js';
import { Migration20261205204000_webhooks } from './Migration20261205204000_webhooks.js';
import { Migration20261205205000_schedules } from './Migration20261205205000_schedules.js';
import { Migration20261206001000_retention } from './Migration20261206001000_retention.js';
import { Migration20261206003000_schedule_technical_retries } from './Migration20261206003000_schedule_technical_retries.js';
import { Migration20261206003010_rate_limit_counters_unlogged } from './Migration20261206003010_rate_limit_counters_unlogged.js';

/**
 * Applied in this order on start. Listed explicitly (no folder scan) so that tsx, vitest and compiled code behave
 * alike. `npm run migrate -- create <name>` writes a new file from the entity diff: add it at the end here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126062740_initial', class: Migration20261126062740_initial },
  { name: 'Migration20261126064500_operations', class: Migration20261126064500_operations },
  { name: 'Migration20261126071000_notifications', class: Migration20261126071000_notifications },
  { name: 'Migration20261126073000_reconciliation', class: Migration20261126073000_reconciliation },
  { name: 'Migration20261205201000_rate_limits', class: Migration20261205201000_rate_limits },
  { name: 'Migration20261205202000_golive_pay', class: Migration20261205202000_golive_pay },
  { name: 'Migration20261205202010_golive_onboarding', class: Migration20261205202010_golive_onboarding },
  { name: 'Migration20261205203000_list_indexes', class: Migration20261205203000_list_indexes },
  { name: 'Migration20261205204000_webhooks', class: Migration20261205204000_webhooks },
  { name: 'Migration20261205205000_schedules', class: Migration20261205205000_schedules },
  { name: 'Migration20261206001000_retention', class: Migration20261206001000_retention },
  { name: 'Migration20261206003000_schedule_technical_retries', class: Migration20261206003000_schedule_technical_retries },
  { name: 'Migration20261206003010_rate_limit_counters_unlogged', class: Migration20261206003010_rate_limit_counters_unlogged },
];
