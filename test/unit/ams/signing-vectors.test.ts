import { createHash, createVerify, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentToSign,
  formatSignatureHeader,
  keyFingerprint,
  KeyFormatError,
  parsePrivateKey,
  parsePublicKey,
  parseSignatureHeader,
  publicKeyToBase64,
  signMessage,
  signMessageAsync,
  verifyMessage,
  verifySignatureHeader,
  type SignedMessageParts,
} from '../../../src/ams/signing/index.js';

interface VectorCase {
  httpMethod: string;
  path: string;
  clientId: string;
  time: string;
  body: string;
  contentToSign: string;
  signature: string;
  signatureHeader: string;
  expectValid?: boolean;
}
interface VectorFile {
  privateKeyPkcs8Base64: string;
  privateKeyPkcs1Base64: string;
  publicKeyX509Base64: string;
  cases: VectorCase[];
  negativeCases: VectorCase[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/ams-signature-vectors.json', import.meta.url), 'utf8'),
) as VectorFile;

const partsOf = (c: VectorCase): SignedMessageParts => ({
  method: c.httpMethod,
  path: c.path,
  clientId: c.clientId,
  time: c.time,
  body: c.body,
});

describe('official SDK vectors (test/fixtures/ams-signature-vectors.json)', () => {
  it.each(vectors.cases.map((c) => [`${c.path} @ ${c.time}`, c] as const))('reproduces %s byte for byte', (_, c) => {
    expect(contentToSign(partsOf(c)).toString('utf8')).toBe(c.contentToSign);
    const b64 = signMessage(partsOf(c), vectors.privateKeyPkcs8Base64);
    expect(encodeURIComponent(b64)).toBe(c.signature);
    expect(formatSignatureHeader(b64, 1)).toBe(c.signatureHeader);
    expect(verifySignatureHeader(partsOf(c), c.signatureHeader, vectors.publicKeyX509Base64)).toEqual({
      ok: true,
      keyVersion: '1',
    });
  });

  it('signs identically with the PKCS#1 form of the same key', () => {
    const c = vectors.cases[0]!;
    expect(encodeURIComponent(signMessage(partsOf(c), vectors.privateKeyPkcs1Base64))).toBe(c.signature);
  });

  it.each(vectors.negativeCases.map((c, i) => [i, c] as const))('rejects negative case %i', (_, c) => {
    expect(c.expectValid).toBe(false);
    const check = verifySignatureHeader(partsOf(c), c.signatureHeader, vectors.publicKeyX509Base64);
    expect(check).toMatchObject({ ok: false, reason: 'MISMATCH' });
  });

  it('signs asynchronously to the same bytes', async () => {
    const c = vectors.cases[1]!;
    expect(encodeURIComponent(await signMessageAsync(partsOf(c), vectors.privateKeyPkcs8Base64))).toBe(c.signature);
  });
});

// ams-spec §2.8: a second throw-away key and three vectors (request, response, notification).
const SPEC_PRIVATE_KEY =
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDaWtTXAvTusEXsRd1qwIKQGaGJyuUqnbcSnzz+i47YagRqy1N6iVmg57IcP5JxcgNADSKWxGOF6Y7xjbt+lHlsRlVnDuUBB7ZZ00SiP9FKT8dA9v12Ed/MLke8kbm6n1HrHLUJxmSLsw8/gmVioLEIWPb9eobNlSEscb2ih9TSpO1/X9j0rmJUArcHLAIewxP5PnY7f1xcYgOAGsDDtggJshUtckopcQadGmTqGxRMpHYSUcMmqunqiUzwU3Mk9f7GJQch8OLijJSJS/RQRIyMzRfQZQcacBvY4LKpDaO+xkkCCEy03WkSaUGuUHuHlPXnUkK91CK6QEJuu66djCvpAgMBAAECggEAGbnw8MJC7GptWpiirUSwPV0fuLXkiUBaxQFo9M6pjlrzWUfKdpn/KuORix18WgxmUKIbjKrn1Ou/MTuTNyc0JSsmPcW1+oiXlf67y+f79ybuIXvYQhR6Czr6rb93pALIaoyP0e6DgygeKEvrORMYuJSOyS+p+UfUSEHAZ4lcbFLVbi4x9ikNivFJ/lekXr048JQv87Us/Kh4Ngj777BmtXq0Q+P9P/C5Nz1oDD5RtIzfm0Ov8rMPm8v3THSWgk7WGPtA/gScgDaCCI9gV1U8A+aMseoHPxMt+3zuhY5NGOzmyOI5obI3+xenYWmDcXzkL30Ng5GMIie394hwcR6ygQKBgQD7JGxtLXGV1a779ov1i7qm598iWumpxSEiuXIIrvASEx15qs4KVkB0wVqmkLWU8d/MyCClOjgGyTpAtWKcGG2wyAFSS4kgZq/Fs7TygcY47nDfyL8OwFWzha+yAh9O22+Xteo/NVeeFSwZa3tZ7q1r7Ye4yAGc4kM7xJLvbN8s4QKBgQDelA4FxIS0F5Z9IOp9YqhsFG9XEEXW3fTG5iYoqsBpLY2SF2VeJZQo5LrPhKJJkPTDRzLAQBA1zgXj0WGysue9+h29UOPWrjkzUojNw6IJ6ZF+lUrKclMh5mHa21IJp1igB/f5gj8JOdLdqXb+pxmUVyU7afnag0SNWF70as6YCQKBgQCKrrxpNbUJhqxQWv9Cotx5moVvVUC/DSqVIE7GWMQdVwzpyNZqguKpFrTWUgbTrxVk4gaU9ydFKA3Q+djwVdUM0AVaynd4uvvJcskzOVKa0aDnEtXecXth3Sr+Y4miZC6lWkF2kiBGHW7ywpWlPdXqSYqvEVNCrPdvo8d4C2jaQQKBgB8OGUbEvJ9EC0M6LH2CHm22DDLhmlz4awa1Ze2WpXIHYRFZIlOYequZ/lal8t7A0uXMMVCRn7FiJYA73p3ISH1BQJUBjEiP1ntKsLvE5/7qD9rRibXlbaP1OQIIR9IA/2SUuAygF5t57envkyLEvdTss80uZCYQ2qe+BMGlhV3BAoGAWPay/z8F/Y/2bt+MbCBCQmfzWgE+mj6TccZ44a1fNKZ+zMQriRj9L6Uu1gi9h5cvl1rJpxPpvyVs+AFoTtqMXmyQCMnNvJZFqg3HWUAwd93J5cy+1GOS9za4CTyb1VFf0GjSjCpiGi0688K/fmkzlsgyHmJA7xqzf7lW+1Lwz+A=';
const SPEC_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2lrU1wL07rBF7EXdasCCkBmhicrlKp23Ep88/ouO2GoEastTeolZoOeyHD+ScXIDQA0ilsRjhemO8Y27fpR5bEZVZw7lAQe2WdNEoj/RSk/HQPb9dhHfzC5HvJG5up9R6xy1CcZki7MPP4JlYqCxCFj2/XqGzZUhLHG9oofU0qTtf1/Y9K5iVAK3BywCHsMT+T52O39cXGIDgBrAw7YICbIVLXJKKXEGnRpk6hsUTKR2ElHDJqrp6olM8FNzJPX+xiUHIfDi4oyUiUv0UESMjM0X0GUHGnAb2OCyqQ2jvsZJAghMtN1pEmlBrlB7h5T151JCvdQiukBCbruunYwr6QIDAQAB';

const specVectors = [
  {
    name: 'A (request, epoch-ms time)',
    parts: {
      method: 'POST',
      path: '/ams/api/v1/payments/pay',
      clientId: 'SANDBOX_5YBZ1Z2ZAB3C04123',
      time: '1685599933871',
      body: '{"productCode":"AGREEMENT_PAYMENT","paymentRequestId":"PAY_20240101_0001","paymentAmount":{"currency":"PHP","value":"30000"},"paymentMethod":{"paymentMethodType":"GCASH","paymentMethodId":"28100103_20240101abcdef"}}',
    },
    sha256: '9a8bffdbe572aa02b68d31ee7c1d54e5f64f045b5f6fe01de279105476969434',
    signature:
      'InQVx6eLfbezyTJGcnA9Cvx42GAbrJlbOYj9aekgLv2NoMPUdpSqlUQqGqCq0EE0skIpkqaowIwKwFOsGW4hJT4suApED5Y4957pSB5Cu9Fafvc4iC9iKN5Dm0YCVXfOFtXR+J4npgvilCSooETiByqfboOCfo1sKwhtJN0dOd7vtNuyhmu30Pkl7YdTd7QYG5W38tKZ7h+DgF1rP+DGPFfruPksumXqcX37jIQa5Oc9hDaR1URQD4TacvvO478YHHdNnhIO6wLmbH4v2c4sPQyEo4oVUeRlSq7Sh/XnidGjLbHXaZhinLyW7XH+OEvhte9C0Jss+Ezq4Pzf/eQB0Q==',
    header:
      'algorithm=RSA256,keyVersion=1,signature=InQVx6eLfbezyTJGcnA9Cvx42GAbrJlbOYj9aekgLv2NoMPUdpSqlUQqGqCq0EE0skIpkqaowIwKwFOsGW4hJT4suApED5Y4957pSB5Cu9Fafvc4iC9iKN5Dm0YCVXfOFtXR%2BJ4npgvilCSooETiByqfboOCfo1sKwhtJN0dOd7vtNuyhmu30Pkl7YdTd7QYG5W38tKZ7h%2BDgF1rP%2BDGPFfruPksumXqcX37jIQa5Oc9hDaR1URQD4TacvvO478YHHdNnhIO6wLmbH4v2c4sPQyEo4oVUeRlSq7Sh%2FXnidGjLbHXaZhinLyW7XH%2BOEvhte9C0Jss%2BEzq4Pzf%2FeQB0Q%3D%3D',
  },
  {
    name: 'B (response, ISO-8601 time)',
    parts: {
      method: 'POST',
      path: '/ams/api/v1/payments/pay',
      clientId: 'SANDBOX_5YBZ1Z2ZAB3C04123',
      time: '2024-01-01T12:00:00+08:00',
      body: '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"},"paymentRequestId":"PAY_20240101_0001","paymentId":"20240101190741010007000000001"}',
    },
    sha256: '6c0400c3fa53af885aa4c05c5883cf82ebc5d81942b0456e636219697a1338dc',
    signature:
      'FgIDQD7IShvSEMOxkd6QzFJSuaKbRogdNlo/VqhjbqcklDft7/JHGxP0gfj5QEI0dDqTa5+ySbClr3kOr9GHvqKGytyKZ/59sODmjrUgwPVNny+7/i04NzNj8NWOdczr9VzYj90vMvYf0o4DOfRpBkPYPIlnCTyVTaNXLk8fr9UlijFPErfLatGJIpSYJN9/ufBFIrnfiX3KrAQBRwOIdrWamgX7ib6fs/D0gQtCDBo2UNh4lbHmrT4ONRD7L5V/zJAcbGhkH4RsyiXLP8+8OJTKIGkru/63nAkySh595TZKGmNKO+S/04nvcTg4rQ0TxV2YphIu8P4dmB7kDKo11A==',
    header: undefined,
  },
  {
    name: 'C (notification to /notify/payment)',
    parts: {
      method: 'POST',
      path: '/notify/payment',
      clientId: 'SANDBOX_5YBZ1Z2ZAB3C04123',
      time: '2024-01-01T12:00:05+08:00',
      body: '{"notifyType":"PAYMENT_RESULT","result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"},"paymentRequestId":"PAY_20240101_0001","paymentId":"20240101190741010007000000001","paymentAmount":{"currency":"PHP","value":"30000"},"paymentCreateTime":"2024-01-01T12:00:00+08:00","paymentTime":"2024-01-01T12:00:01+08:00"}',
    },
    sha256: 'e57054c7bce0f968b95b4f2a54071772dd787662d0e45496ed8b498eaa07b82f',
    signature:
      'vs7Scsy6qqgp8Kz6crtqAItH3rZFbESgn7ZjnMwCGb1rT6yFoH47yM7ehRUPWuiZmRvLtu+quKLEqH6r34AJgvyUWyMEsjoz7grdO09kpZH7V/gJkmXhnEzMSjM85yzH1qtii3AQMvNOXhdpR+jbMXVX+Hr10OQ6Rx35vmFQ760l3sXsPZTx0+r13L3fimIu40xF9nJin8iGkhBP11F8d+qE0EMdrpn1u4o9DCwIoydI5qxmHNdQpv4RwADYsjxXF7C9yP0RVdtb/Ge+JXM5Nu5gx3uiso+CUuoOiLjq7DqIGHE83XfjQAIz0BQ/RW4iScLCzVu/80Ms2OAx5chYuQ==',
    header: undefined,
  },
];

describe('ams-spec §2.8 vectors', () => {
  it.each(specVectors.map((v) => [v.name, v] as const))('vector %s', (_, v) => {
    expect(createHash('sha256').update(contentToSign(v.parts)).digest('hex')).toBe(v.sha256);
    const b64 = signMessage(v.parts, SPEC_PRIVATE_KEY);
    expect(b64).toBe(v.signature);
    if (v.header) expect(formatSignatureHeader(b64)).toBe(v.header);
    expect(verifyMessage(v.parts, v.signature, SPEC_PUBLIC_KEY)).toBe(true);
  });

  const base = specVectors[0]!;
  const negatives: Array<[string, SignedMessageParts]> = [
    ['one body byte changed', { ...base.parts, body: base.parts.body.replace('30000', '30001') }],
    ['time changed', { ...base.parts, time: '1685599933872' }],
    ['client id changed', { ...base.parts, clientId: 'SANDBOX_5YBZ1Z2ZAB3C04124' }],
    ['sandbox path instead of production', { ...base.parts, path: '/ams/sandbox/api/v1/payments/pay' }],
    ['method changed', { ...base.parts, method: 'PUT' }],
    ['body re-serialised with spaces', { ...base.parts, body: JSON.stringify(JSON.parse(base.parts.body), null, 1) }],
  ];
  it.each(negatives)('fails when %s', (_, parts) => {
    expect(verifyMessage(parts, base.signature, SPEC_PUBLIC_KEY)).toBe(false);
  });

  it('fails when CRLF replaces the LF of the content to sign', () => {
    const crlf = Buffer.from(
      `POST ${base.parts.path}\r\n${base.parts.clientId}.${base.parts.time}.${base.parts.body}`,
      'utf8',
    );
    const verifier = createVerify('RSA-SHA256');
    verifier.update(crlf);
    expect(verifier.verify(parsePublicKey(SPEC_PUBLIC_KEY), Buffer.from(base.signature, 'base64'))).toBe(false);
  });

  it('fails with the other vector set’s public key', () => {
    expect(verifyMessage(base.parts, base.signature, vectors.publicKeyX509Base64)).toBe(false);
  });
});

describe('Signature header parsing', () => {
  const b64 = specVectors[0]!.signature;
  const enc = encodeURIComponent(b64);
  it.each([
    ['SDK form', `algorithm=RSA256,keyVersion=1,signature=${enc}`],
    ['spaces after commas (docs form)', `algorithm=RSA256, keyVersion=1, signature=${enc}`],
    ['any order', `signature=${enc},keyVersion=1,algorithm=RSA256`],
    ['lower-case hex (.NET)', `algorithm=RSA256,keyVersion=1,signature=${enc.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`],
    ['not URL-encoded (PHP leniency)', `algorithm=RSA256,keyVersion=1,signature=${b64}`],
    ['upper-case keys', `ALGORITHM=RSA256,KEYVERSION=1,SIGNATURE=${enc}`],
  ])('accepts %s', (_, header) => {
    expect(parseSignatureHeader(header)).toEqual({ algorithm: 'RSA256', keyVersion: '1', signature: b64 });
    expect(verifySignatureHeader(specVectors[0]!.parts, header, SPEC_PUBLIC_KEY).ok).toBe(true);
  });

  it.each([
    ['missing', undefined, 'MISSING'],
    ['empty', '  ', 'MISSING'],
    ['no signature part', 'algorithm=RSA256,keyVersion=1', 'MALFORMED'],
    ['garbage', 'hello', 'MALFORMED'],
    ['bad percent escape', 'algorithm=RSA256,signature=%E0%A4%A', 'MALFORMED'],
    ['non-base64 value', 'algorithm=RSA256,signature=not*base64', 'MALFORMED'],
    ['other algorithm', `algorithm=ECC224,keyVersion=1,signature=${enc}`, 'UNSUPPORTED_ALGORITHM'],
  ])('rejects %s with a reason', (_, header, reason) => {
    expect(verifySignatureHeader(specVectors[0]!.parts, header, SPEC_PUBLIC_KEY)).toMatchObject({ ok: false, reason });
  });
});

describe('key parsing', () => {
  it('accepts PKCS#8 base64, PKCS#1 base64 and both PEM forms, and derives the same public key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs8Pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const pkcs1Pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
    const forms = [
      vectors.privateKeyPkcs8Base64,
      vectors.privateKeyPkcs1Base64,
    ].map((k) => publicKeyToBase64(parsePrivateKey(k)));
    expect(forms).toEqual([vectors.publicKeyX509Base64, vectors.publicKeyX509Base64]);
    expect(publicKeyToBase64(parsePrivateKey(pkcs8Pem))).toBe(publicKeyToBase64(parsePrivateKey(pkcs1Pem)));
    const spkiPem = parsePublicKey(vectors.publicKeyX509Base64).export({ format: 'pem', type: 'spki' }).toString();
    expect(publicKeyToBase64(parsePublicKey(spkiPem))).toBe(vectors.publicKeyX509Base64);
    expect(keyFingerprint(parsePrivateKey(vectors.privateKeyPkcs8Base64))).toBe(
      keyFingerprint(parsePublicKey(vectors.publicKeyX509Base64)),
    );
  });

  it.each([
    ['empty', '', /empty/],
    ['not base64', 'this is not a key!', /neither PEM nor base64/],
    ['random base64', Buffer.from('hello world').toString('base64'), /could not be parsed/],
    ['a public key given as private', vectors.publicKeyX509Base64, /could not be parsed/],
    ['a certificate PEM', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', /CERTIFICATE/],
  ])('rejects a private key that is %s, naming the problem', (_, input, message) => {
    expect(() => parsePrivateKey(input)).toThrow(KeyFormatError);
    expect(() => parsePrivateKey(input)).toThrow(message);
  });

  it('rejects a base64 private key where a public key is expected', () => {
    expect(() => parsePublicKey(vectors.privateKeyPkcs8Base64)).toThrow(/is a private key/);
    expect(() => parsePublicKey(vectors.privateKeyPkcs1Base64)).toThrow(/is a private key/);
  });

  it('rejects a private key where a public key is expected', () => {
    const pem = parsePrivateKey(vectors.privateKeyPkcs8Base64).export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parsePublicKey(pem)).toThrow(/is a private key/);
  });

  it('rejects non-RSA keys', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const b64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(() => parsePublicKey(b64)).toThrow(/ec key/);
  });

  it('never echoes key material in errors', () => {
    const bogus = vectors.privateKeyPkcs8Base64.slice(0, 200);
    try {
      parsePrivateKey(bogus);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(bogus.slice(20, 60));
    }
  });
});
