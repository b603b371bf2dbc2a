import type { ApiHandler } from '../core.js';
import { failed, respond } from '../results.js';
import { inquiryRefundResponse } from './payment-views.js';
import { recordNamedBy } from './record-ids.js';

/** inquiryRefund (ams-spec §5.8, addendum B.5): refundId wins over refundRequestId. */
export const inquiryRefund: ApiHandler = (core, { client, fields }) => {
  const named = recordNamedBy(fields, ['refundId', 'refundRequestId'], { name: 'merchantAccountId', max: 32 });
  const found = named.by === 'refundId' ? core.payments.refundById(client.clientId, named.id) : core.payments.refundByRequest(client.clientId, named.id);
  if (!found) return respond(failed('ORDER_NOT_EXIST', 'no refund with the given id'));
  return inquiryRefundResponse(found);
};
