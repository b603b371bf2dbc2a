/**
 * Antom stops resending once the merchant answers HTTP 200 with the fixed body
 * `{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}` (ams-spec §6.1). Whitespace and
 * key order are not compared (JSON equality of the result); any other answer counts as "not acknowledged".
 */
export function isAcknowledgement(httpStatus: number, body: string): boolean {
  if (httpStatus !== 200) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const result = (parsed as { result?: unknown }).result;
  if (typeof result !== 'object' || result === null) return false;
  const { resultCode, resultStatus } = result as { resultCode?: unknown; resultStatus?: unknown };
  return resultCode === 'SUCCESS' && resultStatus === 'S';
}
