import { describe, expect, it } from 'vitest';
import { checkResponseSignature } from '../../../src/ams/client/index.js';
import { AmsResponseError, AmsSignatureError } from '../../../src/ams/client/errors.js';
import type { HttpReply } from '../../../src/ams/client/transport.js';
import { interpretResponse, type SignaturePolicy } from '../../../src/ams/client/response.js';
import { formatSignatureHeader, signMessage } from '../../../src/ams/signing/index.js';
import { amsTestKeys } from '../../helpers/ams-test-keys.js';

const keys = amsTestKeys();
const sent = { path: '/ams/sandbox/api/v1/payments/pay', clientId: 'SANDBOX_1' };
const strict: SignaturePolicy = { allowUnsignedSuccess: false, allowUnsignedFailure: true };

function reply(body: string, options: { status?: number; sign?: boolean; path?: string; headers?: Record<string, string> } = {}): HttpReply {
  const headers: Record<string, string> = { 'response-time': '2024-01-01T12:00:00+08:00', 'client-id': sent.clientId };
  if (options.sign ?? true) {
    const signature = signMessage(
      { method: 'POST', path: options.path ?? sent.path, clientId: sent.clientId, time: headers['response-time']!, body },
      keys.alipay.privateKey,
    );
    headers['signature'] = formatSignatureHeader(signature);
  }
  return { status: options.status ?? 200, headers: { ...headers, ...options.headers }, body: Buffer.from(body, 'utf8') };
}

const interpret = (r: HttpReply, policy = strict) => interpretResponse(r, sent, keys.alipay.publicKey, policy);

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('interpretResponse: result mapping', () => {
  it('maps S, F and U with code, message and typed body', () => {
    for (const status of ['S', 'F', 'U'] as const) {
      const body = JSON.stringify({ result: { resultCode: 'C', resultStatus: status, resultMessage: 'm' }, extra: 1 });
      expect(interpret(reply(body))).toEqual({
        status,
        code: 'C',
        message: 'm',
        body: JSON.parse(body),
        signatureVerified: true,
      });
    }
  });

  it('verifies against the requested (sandbox) path, not the logical one', () => {
    const body = '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}';
    const error = errorOf(() => interpret(reply(body, { path: '/ams/api/v1/payments/pay' })));
    expect(error).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('verifies the raw bytes, whitespace included', () => {
    const body = '{\n   "result": {"resultCode":"SUCCESS","resultStatus":"S"}\n}';
    expect(interpret(reply(body)).signatureVerified).toBe(true);
  });
});

describe('interpretResponse: errors', () => {
  it('non-200 is a response error with the status', () => {
    const error = errorOf(() => interpret(reply('{}', { status: 500 })));
    expect(error).toBeInstanceOf(AmsResponseError);
    expect(error).toMatchObject({ code: 'HTTP_STATUS', httpStatus: 500, outcome: 'UNKNOWN' });
  });

  it('unsigned S is rejected; unsigned F/U accepted and flagged', () => {
    const s = '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}';
    expect(errorOf(() => interpret(reply(s, { sign: false })))).toBeInstanceOf(AmsSignatureError);
    expect(interpret(reply(s, { sign: false }), { allowUnsignedSuccess: true, allowUnsignedFailure: true }).signatureVerified).toBe(false);
    const f = '{"result":{"resultCode":"ACCESS_DENIED","resultStatus":"F"}}';
    expect(interpret(reply(f, { sign: false }))).toMatchObject({ status: 'F', signatureVerified: false });
    const u = '{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultStatus":"U"}}';
    expect(interpret(reply(u, { sign: false }))).toMatchObject({ status: 'U', signatureVerified: false });
  });

  it('malformed or result-less bodies are typed errors', () => {
    expect(errorOf(() => interpret(reply('{')))).toMatchObject({ code: 'MALFORMED_RESPONSE' });
    expect(errorOf(() => interpret(reply('"text"')))).toMatchObject({ code: 'MALFORMED_RESPONSE' });
    expect(errorOf(() => interpret(reply('null')))).toMatchObject({ code: 'MALFORMED_RESPONSE' });
    expect(errorOf(() => interpret(reply('{}')))).toMatchObject({ code: 'MISSING_RESULT' });
    expect(errorOf(() => interpret(reply('{"result":"S"}')))).toMatchObject({ code: 'MISSING_RESULT' });
    expect(errorOf(() => interpret(reply('{"result":{"resultCode":"","resultStatus":"S"}}')))).toMatchObject({
      code: 'MISSING_RESULT',
    });
  });

  it('error messages never echo the body', () => {
    const secretBody = '{"accessToken":"TOP-SECRET"';
    const error = errorOf(() => interpret(reply(secretBody))) as Error;
    expect(error.message).not.toContain('TOP-SECRET');
  });
});

describe('checkResponseSignature', () => {
  it('distinguishes missing from invalid', () => {
    const body = '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}';
    expect(checkResponseSignature(reply(body, { sign: false }), sent, keys.alipay.publicKey)).toEqual({ state: 'MISSING' });
    expect(checkResponseSignature(reply(body), sent, keys.alipay.publicKey)).toEqual({ state: 'VERIFIED', keyVersion: '1' });
    expect(checkResponseSignature(reply(body), sent, keys.stranger.publicKey)).toMatchObject({ state: 'INVALID' });
    expect(checkResponseSignature(reply(body, { headers: { signature: '' } }), sent, keys.alipay.publicKey)).toMatchObject({
      state: 'INVALID',
    });
  });

  it('uses the request client id when the response omits client-id', () => {
    const body = '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}';
    const withoutClientId = reply(body);
    delete withoutClientId.headers['client-id'];
    expect(checkResponseSignature(withoutClientId, sent, keys.alipay.publicKey)).toMatchObject({ state: 'VERIFIED' });
  });
});
