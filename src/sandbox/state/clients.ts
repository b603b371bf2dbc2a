import type { KeyObject } from 'node:crypto';
import { parsePublicKey } from '../../ams/signing/index.js';

export interface ClientRegistration {
  clientId: string;
  /** The merchant's public key: X.509 SubjectPublicKeyInfo base64 (as uploaded to Antom Dashboard) or PEM. */
  publicKey?: string | KeyObject;
  /** The key version the merchant signs with; a request naming another version gets KEY_NOT_FOUND. Default '1'. */
  keyVersion?: string;
  /** The "Dashboard" notification URL, used when a request names none. */
  notifyUrl?: string;
  /**
   * The contract's settlement currencies (ISO 4217). With more than one, a pay must name one in
   * `settlementStrategy.settlementCurrency`, else SETTLE_CONTRACT_NOT_MATCH; a named currency outside the list is
   * SETTLE_CONTRACT_NOT_MATCH too. Default: none configured (any or none accepted).
   */
  settlementCurrencies?: string[];
  /** On the GAGW (Global Alipay+ gateway) contract: consult, applyToken and pay must carry `merchantRegion`. */
  gagw?: boolean;
}

export interface Client {
  clientId: string;
  publicKey: KeyObject | undefined;
  keyVersion: string;
  notifyUrl: string | undefined;
  settlementCurrencies: string[];
  gagw: boolean;
}

/** Enough for any test fleet; keeps a runaway registration loop from growing the map without end. */
export const MAX_CLIENTS = 10_000;

/** Registered merchants. Registration replaces an earlier one with the same client id (key rotation). */
export class ClientRegistry {
  private readonly clients = new Map<string, Client>();

  register(registration: ClientRegistration): Client {
    if (typeof registration.clientId !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(registration.clientId)) {
      throw new TypeError('clientId must be 1-64 characters of letters, digits, _ . -');
    }
    if (registration.notifyUrl !== undefined) new URL(registration.notifyUrl);
    const settlementCurrencies = registration.settlementCurrencies ?? [];
    if (!Array.isArray(settlementCurrencies) || settlementCurrencies.some((c) => typeof c !== 'string' || !/^[A-Z]{3}$/.test(c))) {
      throw new TypeError('settlementCurrencies must be an array of ISO 4217 alpha-3 codes');
    }
    if (registration.gagw !== undefined && typeof registration.gagw !== 'boolean') throw new TypeError('gagw must be true or false');
    if (!this.clients.has(registration.clientId) && this.clients.size >= MAX_CLIENTS) {
      throw new RangeError(`at most ${MAX_CLIENTS} clients can be registered`);
    }
    const client: Client = {
      clientId: registration.clientId,
      publicKey:
        registration.publicKey === undefined ? undefined : parsePublicKey(registration.publicKey, 'client public key'),
      keyVersion: registration.keyVersion ?? '1',
      notifyUrl: registration.notifyUrl,
      settlementCurrencies: [...settlementCurrencies],
      gagw: registration.gagw ?? false,
    };
    this.clients.set(client.clientId, client);
    return client;
  }

  get(clientId: string): Client | undefined {
    return this.clients.get(clientId);
  }

  list(): Client[] {
    return [...this.clients.values()];
  }
}
