import type { ApiHandler } from '../core.js';
import { failed, respond } from '../results.js';
import { lookupPayment } from './payment-lookup.js';
import { inquiryPaymentResponse } from './payment-views.js';

/** inquiryPayment (ams-spec §5.5, addendum B.2). */
export const inquiryPayment: ApiHandler = (core, call) => {
  const payment = lookupPayment(core, call);
  if (!payment) return respond(failed('ORDER_NOT_EXIST', 'no payment with the given id'));
  return inquiryPaymentResponse(payment);
};
