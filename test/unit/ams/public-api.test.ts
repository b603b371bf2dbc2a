import { describe, expect, it } from 'vitest';
import * as ams from '../../../src/ams/index.js';

describe('src/ams public API', () => {
  it('exports the client, errors, helpers, wire tables and signing from one entry point', () => {
    for (const name of [
      'AmsClient',
      'AmsError',
      'AmsNotSentError',
      'AmsOutcomeUnknownError',
      'AmsResponseError',
      'AmsSignatureError',
      'isOutcomeUnknown',
      'isNeverSent',
      'AMS_ENDPOINTS',
      'AMS_API_NAMES',
      'RESULT_CODES_BY_API',
      'apiForPath',
      'resolveRequestPath',
      'toSandboxPath',
      'verifyNotification',
      'verifyNotificationAs',
      'buildNotificationAck',
      'NOTIFICATION_ACK_BODY',
      'signMessage',
      'verifySignatureHeader',
      'redactSecrets',
      'shouldRetryError',
      'shouldRetryResult',
      'backoffDelayMs',
    ]) {
      expect(ams, name).toHaveProperty(name);
    }
  });
});
