export { AmsClient } from './ams-client.js';
export {
  AMS_REGION_DOMAINS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TIMEOUTS_MS,
  type AmsClientOptions,
  type AmsCredentials,
  type CallOptions,
} from './config.js';
export {
  AmsError,
  AmsNotSentError,
  AmsOutcomeUnknownError,
  AmsResponseError,
  AmsSignatureError,
  isAmsError,
  isNeverSent,
  isOutcomeUnknown,
  type AmsErrorCode,
  type AmsErrorOutcome,
  type AmsNotSentCode,
  type AmsUnknownOutcomeCode,
} from './errors.js';
export {
  combineHooks,
  loggerHooks,
  type AmsClientHooks,
  type AmsErrorEvent,
  type AmsRequestEvent,
  type AmsResponseEvent,
  type AmsRetryEvent,
} from './hooks.js';
export { createKeepAliveAgent } from './agents.js';
export { AxiosTransport, type AxiosTransportOptions } from './axios-transport.js';
export { MAX_RESPONSE_BYTES, type HttpPost, type HttpReply, type Transport } from './transport.js';
export { REDACTED, redactHeaders, redactSecrets } from './redaction.js';
export { checkResponseSignature, type ResponseSignatureState } from './response.js';
export type { AmsFailure, AmsResult, AmsSuccess, AmsUnknown } from './result.js';
export {
  DEFAULT_RETRY_OPTIONS,
  IN_PROCESS_CODES,
  backoffDelayMs,
  shouldRetryError,
  shouldRetryResult,
  type RetryOptions,
} from './retry-policy.js';
export { SANDBOX_CLIENT_ID_PREFIX, isSandboxClientId, resolveRequestPath, toSandboxPath } from '../wire/sandbox-path.js';
