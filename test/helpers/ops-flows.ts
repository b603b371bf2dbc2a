import { randomUUID } from 'node:crypto';
import { ApplyTokenDocument, ConsultDocument, PayDocument, type PayMutation } from '../generated/graphql.js';
import type { OpsHarness } from './ops-harness.js';

/** consult → the user approves on the sandbox (control API) → applyToken with the code from the redirect. */
export async function authorize(
  h: OpsHarness,
  key: string,
  wallet = 'GCASH',
  authClientId?: string,
): Promise<{ authorizationId: string; authState: string }> {
  const consulted = await h.gql(
    ConsultDocument,
    { input: { customerBelongsTo: wallet, authRedirectUrl: 'https://merchant.example/return', authState: randomUUID(), ...(authClientId ? { authClientId } : {}) } },
    key,
  );
  const authorization = consulted.consult.authorization;
  if (!authorization?.normalUrl) throw new Error(`consult failed: ${JSON.stringify(consulted.consult)}`);
  const approved = await h.control<{ authCode: string; redirectUrl: string }>('authorizations/approve', { authUrl: authorization.normalUrl });
  const redirect = new URL(approved.redirectUrl);
  const applied = await h.gql(
    ApplyTokenDocument,
    {
      input: {
        authorizationId: authorization.id,
        authCode: redirect.searchParams.get('authCode') ?? '',
        authState: redirect.searchParams.get('authState'),
      },
    },
    key,
  );
  if (applied.applyToken.authorization?.status !== 'ACTIVE') throw new Error(`applyToken failed: ${JSON.stringify(applied.applyToken)}`);
  return { authorizationId: authorization.id, authState: authorization.authState };
}

export async function payOnce(
  h: OpsHarness,
  key: string,
  authorizationId: string,
  value: string,
  extra: { currency?: string; idempotencyKey?: string; paymentRequestId?: string } = {},
): Promise<PayMutation['pay']> {
  const result = await h.gql(
    PayDocument,
    {
      input: {
        authorizationId,
        amount: { value, currency: extra.currency ?? 'USD' },
        // Deterministic when a key is given, so that a repeated call is the same input.
        referenceOrderId: `order-${extra.idempotencyKey ?? extra.paymentRequestId ?? randomUUID().slice(0, 8)}`,
        orderDescription: 'Monthly plan',
        ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
        ...(extra.paymentRequestId ? { paymentRequestId: extra.paymentRequestId } : {}),
      },
    },
    key,
  );
  return result.pay;
}
