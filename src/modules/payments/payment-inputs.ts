import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency.js';
import type { InputChecker} from '../shared/input-checks.js';
import { type MoneyValue } from '../shared/input-checks.js';
import type { PaymentErrorCode } from './payment-errors.js';

export interface PayInput {
  authorizationId: string;
  amount: { value: string; currency: string };
  referenceOrderId: string;
  orderDescription: string;
  paymentRequestId?: string | null;
  idempotencyKey?: string | null;
}

export interface NormalisedPay {
  authorizationId: string;
  amount: MoneyValue;
  referenceOrderId: string;
  orderDescription: string;
  paymentRequestId: string | null;
  idempotencyKey: string | null;
}

export function checkPayInput(input: PayInput, check: InputChecker<PaymentErrorCode>): NormalisedPay | null {
  const authorizationId = check.required('authorizationId', input.authorizationId, 64);
  const amount = check.money('amount', input.amount);
  const referenceOrderId = check.required('referenceOrderId', input.referenceOrderId, 64);
  const orderDescription = check.required('orderDescription', input.orderDescription, 256);
  const paymentRequestId = check.requestId('paymentRequestId', input.paymentRequestId, 64);
  const idempotencyKey = check.optional('idempotencyKey', input.idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
  if (!check.ok || !authorizationId || !amount || !referenceOrderId || !orderDescription) return null;
  return { authorizationId, amount, referenceOrderId, orderDescription, paymentRequestId, idempotencyKey };
}
