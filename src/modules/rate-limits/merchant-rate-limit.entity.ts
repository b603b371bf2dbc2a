import { EntitySchema } from '@mikro-orm/core';

/**
 * An admin's override of the environment's rate limits for one merchant (null = the default). Read across tenants
 * by the limiter and written only by platform admins, so it is not tenant-scoped.
 */
export class MerchantRateLimit {
  merchantId!: string;
  keyPerSecond: number | null = null;
  keyBurst: number | null = null;
  merchantPerSecond: number | null = null;
  merchantBurst: number | null = null;
  notificationsPerSecond: number | null = null;
  notificationsBurst: number | null = null;
  updatedAt: Date = new Date();
  /** The admin key id that set it. */
  updatedBy!: string;
}

const limit = { type: 'integer', columnType: 'int', nullable: true } as const;

export const MerchantRateLimitSchema = new EntitySchema<MerchantRateLimit>({
  class: MerchantRateLimit,
  tableName: 'merchant_rate_limits',
  properties: {
    merchantId: { type: 'string', columnType: 'text', primary: true },
    keyPerSecond: limit,
    keyBurst: limit,
    merchantPerSecond: limit,
    merchantBurst: limit,
    notificationsPerSecond: limit,
    notificationsBurst: limit,
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
  },
});
