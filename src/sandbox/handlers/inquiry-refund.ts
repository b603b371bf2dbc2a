import type { ApiHandler } from '../core.js';
import { failed, ParamIllegal, respond } from '../results.js';
import { inquiryRefundResponse } from './payment-views.js';

/** inquiryRefund (ams-spec §5.8, addendum B.5): refundId wins over refundRequestId. */
export const inquiryRefund: ApiHandler = (core, { client, fields }) => {
  const refundId = fields.optString('refundId', 64);
  const refundRequestId = fields.optString('refundRequestId', 64);
  fields.optString('merchantAccountId', 32);
  if (refundId === undefined && refundRequestId === undefined) {
    throw new ParamIllegal('refundId', 'or refundRequestId is required');
  }
  const found =
    refundId !== undefined
      ? core.payments.refundById(client.clientId, refundId)
      : core.payments.refundByRequest(client.clientId, refundRequestId as string);
  if (!found) return respond(failed('ORDER_NOT_EXIST', 'no refund with the given id'));
  return inquiryRefundResponse(found);
};
