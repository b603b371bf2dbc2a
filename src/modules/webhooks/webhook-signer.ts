import { Webhook } from 'standardwebhooks';
import type { Secret } from '../../shared/secret.js';

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs messages of one endpoint per the Standard Webhooks specification with the `standardwebhooks` package. During
 * a rotation's grace period the previous secret signs too: the header then holds both signatures, space-separated,
 * and a receiver still configured with either one accepts the message.
 */
export class WebhookSigner {
  private readonly signers: Webhook[];

  constructor(current: Secret<string>, previous: Secret<string> | null) {
    this.signers = [new Webhook(current.reveal()), ...(previous ? [new Webhook(previous.reveal())] : [])];
  }

  headers(webhookId: string, sentAt: Date, body: string): WebhookHeaders {
    // The timestamp is whole seconds; sign exactly the second that is sent.
    const timestamp = new Date(Math.floor(sentAt.getTime() / 1000) * 1000);
    return {
      'webhook-id': webhookId,
      'webhook-timestamp': String(timestamp.getTime() / 1000),
      'webhook-signature': this.signers.map((signer) => signer.sign(webhookId, timestamp, body)).join(' '),
    };
  }
}
