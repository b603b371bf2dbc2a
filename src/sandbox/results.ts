/** The AMS `result` object (ams-spec §3.4). */
export interface AmsResult {
  resultCode: string;
  resultStatus: 'S' | 'F' | 'U';
  resultMessage: string;
}

/** Every AMS response body: a result plus API-specific fields. */
export type ResponseBody = { result: AmsResult } & Record<string, unknown>;

export const success = (message = 'success'): AmsResult => ({
  resultCode: 'SUCCESS',
  resultStatus: 'S',
  resultMessage: message,
});

export const failed = (resultCode: string, resultMessage: string): AmsResult => ({
  resultCode,
  resultStatus: 'F',
  resultMessage,
});

export const unknown = (resultCode: string, resultMessage: string): AmsResult => ({
  resultCode,
  resultStatus: 'U',
  resultMessage,
});

export const respond = (result: AmsResult, fields: Record<string, unknown> = {}): ResponseBody => ({ result, ...fields });

/** Thrown by validation; the pipeline turns it into `PARAM_ILLEGAL` naming the field. */
export class ParamIllegal extends Error {
  override readonly name = 'ParamIllegal';

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}
