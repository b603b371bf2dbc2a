import type { AmsResponseBody } from '../wire/common.js';

interface AmsResultBase<Body> {
  /** `result.resultCode`. */
  code: string;
  /** `result.resultMessage` (empty when absent). */
  message: string;
  /** The whole response body, typed; unknown extra fields are kept. */
  body: Body;
  /**
   * False only for F/U answers that came without a signature (gateway-generated errors may be unsigned). Such an
   * answer is not proof of anything: a caller acting on an F with real consequences may prefer to inquire first.
   */
  signatureVerified: boolean;
  /** Attempts it took, including the first. */
  attempts: number;
}

export interface AmsSuccess<Body> extends AmsResultBase<Body> {
  status: 'S';
}
export interface AmsFailure<Body> extends AmsResultBase<Body> {
  status: 'F';
}
export interface AmsUnknown<Body> extends AmsResultBase<Body> {
  status: 'U';
}

/** The business outcome of one AMS call. Transport problems are thrown as `AmsError` instead. */
export type AmsResult<Body extends AmsResponseBody = AmsResponseBody> = AmsSuccess<Body> | AmsFailure<Body> | AmsUnknown<Body>;
