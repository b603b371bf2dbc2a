import { EntitySchema } from '@mikro-orm/core';
import { column } from '../../persistence/columns.js';
import { newId } from '../../shared/ids.js';

export const MERCHANT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type MerchantStatus = (typeof MERCHANT_STATUSES)[number];

/** A tenant: one AMS client id with its endpoint. Its keys live in MerchantCredential, one row per key version. */
export class Merchant {
  id: string = newId('mer_');
  name!: string;
  /** The AMS client id (`Client-Id` header). */
  clientId!: string;
  /** The AMS endpoint origin, e.g. https://open-sea-global.alipay.com, or a sandbox URL. */
  baseUrl!: string;
  status: MerchantStatus = 'ACTIVE';
  /** The key version in use for signing; older versions are kept to verify during rotation. */
  keyVersion: number = 1;
  /** Sent as `merchantRegion` (consult, applyToken, pay) when a call names none: GAGW contracts need it. */
  defaultMerchantRegion: string | null = null;
  /** Sent as pay's `settlementStrategy.settlementCurrency` when a pay names none: contracts with several need one. */
  defaultSettlementCurrency: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

// EntitySchema instead of decorators: tsx emits no decorator metadata, and explicit column types keep the
// migration diff stable.
export const MerchantSchema = new EntitySchema<Merchant>({
  class: Merchant,
  tableName: 'merchants',
  properties: {
    id: column.id,
    name: column.text,
    clientId: { ...column.text, unique: 'merchants_client_id_unique' },
    baseUrl: column.text,
    status: { ...column.text, default: 'ACTIVE' },
    keyVersion: { ...column.int, default: 1 },
    defaultMerchantRegion: column.optionalText,
    defaultSettlementCurrency: column.optionalText,
    createdAt: column.timestamp,
    updatedAt: { ...column.timestamp, onUpdate: () => new Date() },
  },
});
