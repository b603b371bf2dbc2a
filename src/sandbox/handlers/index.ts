import type { ApiHandler } from '../core.js';
import type { ApiName } from '../pipeline/routing.js';
import { applyToken } from './apply-token.js';
import { cancel } from './cancel.js';
import { consult } from './consult.js';
import { declare } from './declare.js';
import { inquiryDeclarationRequests } from './inquiry-declarations.js';
import { inquiryPayment } from './inquiry-payment.js';
import { inquiryRefund } from './inquiry-refund.js';
import { inquiryRegistrationInfo, inquiryRegistrationStatus } from './inquiry-registration.js';
import { pay } from './pay.js';
import { refund } from './refund.js';
import { registration } from './registration.js';
import { revoke } from './revoke.js';

/** One handler per API; the Record type makes a missing one a compile error. */
export const HANDLERS: Record<ApiName, ApiHandler> = {
  consult,
  applyToken,
  revoke,
  pay,
  inquiryPayment,
  cancel,
  refund,
  inquiryRefund,
  declare,
  inquiryDeclarationRequests,
  registration,
  inquiryRegistrationStatus,
  inquiryRegistrationInfo,
};
