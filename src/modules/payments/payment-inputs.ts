import type { Buyer, Env, Goods, Merchant, Shipping } from '../../ams/index.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker } from '../shared/input-checks.js';
import { type MoneyValue } from '../shared/input-checks.js';
import {
  checkBuyer,
  checkEnv,
  checkGoods,
  checkOrderMerchant,
  checkShipping,
  type BuyerInput,
  type EnvInput,
  type GoodsInput,
  type OrderMerchantInput,
  type ShippingInput,
} from '../shared/wire-inputs.js';
import type { PaymentErrorCode } from './payment-errors.js';

/** Auto Debit payments expire at most 1 minute after the request (ams-spec §7.6); later is refused by AMS. */
export const MAX_PAYMENT_EXPIRY_MS = 60_000;

export interface PayOrderInput {
  goods?: GoodsInput[] | null;
  buyer?: BuyerInput | null;
  shipping?: ShippingInput | null;
  env?: EnvInput | null;
  merchant?: OrderMerchantInput | null;
}

export interface PayInput {
  authorizationId: string;
  amount: { value: string; currency: string };
  referenceOrderId: string;
  orderDescription: string;
  paymentRequestId?: string | null;
  idempotencyKey?: string | null;
  merchantRegion?: string | null;
  userRegion?: string | null;
  settlementStrategy?: { settlementCurrency?: string | null } | null;
  paymentExpiryTime?: Date | null;
  order?: PayOrderInput | null;
}

/** The order's risk data as sent on the wire (`order.goods/buyer/shipping/env/merchant`), stored with the payment. */
export interface PayOrderDetails {
  goods?: Goods[];
  buyer?: Buyer;
  shipping?: Shipping;
  env?: Env;
  merchant?: Merchant;
}

/** What a pay sends beyond the amount and the order id; persisted so that every resend is identical. */
export interface PayDetails {
  merchantRegion: string | null;
  userRegion: string | null;
  settlementCurrency: string | null;
  paymentExpiryTime: Date | null;
  orderDetails: PayOrderDetails | null;
}

export interface NormalisedPay extends PayDetails {
  authorizationId: string;
  amount: MoneyValue;
  referenceOrderId: string;
  orderDescription: string;
  paymentRequestId: string | null;
  idempotencyKey: string | null;
}

function checkOrder(check: InputChecker<PaymentErrorCode>, input: PayOrderInput | null | undefined): PayOrderDetails | null {
  if (!input) return null;
  const details: PayOrderDetails = {};
  const goods = checkGoods(check, 'order.goods', input.goods);
  const buyer = checkBuyer(check, 'order.buyer', input.buyer);
  const shipping = checkShipping(check, 'order.shipping', input.shipping);
  const env = checkEnv(check, 'order.env', input.env);
  const merchant = checkOrderMerchant(check, 'order.merchant', input.merchant);
  if (goods) details.goods = goods;
  if (buyer) details.buyer = buyer;
  if (shipping) details.shipping = shipping;
  if (env) details.env = env;
  if (merchant) details.merchant = merchant;
  return Object.keys(details).length > 0 ? details : null;
}

export function checkPayInput(input: PayInput, check: InputChecker<PaymentErrorCode>, now: Date): NormalisedPay | null {
  const authorizationId = check.required('authorizationId', input.authorizationId, 64);
  const amount = check.money('amount', input.amount);
  const referenceOrderId = check.required('referenceOrderId', input.referenceOrderId, 64);
  const orderDescription = check.required('orderDescription', input.orderDescription, 256);
  const paymentRequestId = check.requestId('paymentRequestId', input.paymentRequestId, 64);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  const merchantRegion = check.region('merchantRegion', input.merchantRegion);
  const userRegion = check.region('userRegion', input.userRegion);
  const settlementCurrency = input.settlementStrategy ? check.currency('settlementStrategy.settlementCurrency', input.settlementStrategy.settlementCurrency) : null;
  if (input.settlementStrategy && !input.settlementStrategy.settlementCurrency) {
    check.add('REQUIRED', 'settlementStrategy.settlementCurrency', 'settlementStrategy.settlementCurrency is required when settlementStrategy is given');
  }
  const paymentExpiryTime = input.paymentExpiryTime ?? null;
  if (paymentExpiryTime !== null) {
    const ahead = paymentExpiryTime.getTime() - now.getTime();
    if (ahead <= 0 || ahead > MAX_PAYMENT_EXPIRY_MS) {
      check.add('INVALID', 'paymentExpiryTime', `paymentExpiryTime must be in the future and at most ${MAX_PAYMENT_EXPIRY_MS / 1000} s from now (Auto Debit)`);
    }
  }
  const orderDetails = checkOrder(check, input.order);
  if (!check.ok || !authorizationId || !amount || !referenceOrderId || !orderDescription) return null;
  return {
    authorizationId,
    amount,
    referenceOrderId,
    orderDescription,
    paymentRequestId,
    idempotencyKey,
    merchantRegion,
    userRegion,
    settlementCurrency,
    paymentExpiryTime,
    orderDetails,
  };
}
