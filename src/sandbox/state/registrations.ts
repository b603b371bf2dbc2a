import { BoundedMap } from './bounded-map.js';

/**
 * Overall registration status (ams-spec §5.12): accepted as PROCESSING, then PENDING on the wallet side, then COMPLETED
 * (wallet APPROVED) or REJECTED. COMPLETED and APPROVED are confirmed spellings; PROCESSING/PENDING/REJECTED are not.
 */
export type RegistrationStatus = 'PROCESSING' | 'PENDING' | 'COMPLETED' | 'REJECTED';

const NEXT: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  PROCESSING: ['PENDING', 'REJECTED'],
  PENDING: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};

export function canAdvanceRegistration(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return NEXT[from].includes(to);
}

export interface Registration {
  clientId: string;
  registrationRequestId: string;
  referenceMerchantId: string;
  referenceStoreId: string | undefined;
  /** Echoed back by inquiryRegistrationInfo once COMPLETED, as sent. */
  merchantInfo: unknown;
  productCodes: string[];
  passThroughInfo: string | undefined;
  notifyUrl: string | undefined;
  status: RegistrationStatus;
  pspName: string;
  rejectReasons: string | undefined;
  createdAt: Date;
  fingerprint: string;
}

/** Per-wallet status as inquiryRegistrationStatus reports it. */
export function pspStatusOf(registration: Registration): string | undefined {
  switch (registration.status) {
    case 'PROCESSING':
      return undefined;
    case 'PENDING':
      return 'PENDING';
    case 'COMPLETED':
      return 'APPROVED';
    case 'REJECTED':
      return 'REJECTED';
  }
}

/** Secondary-merchant registrations per client, bounded, indexed by request id and by merchant (latest wins). */
export class RegistrationStore {
  private readonly byRequestId: BoundedMap<string, Registration>;
  private readonly latestByMerchant: BoundedMap<string, Registration>;

  constructor(limit: number) {
    this.byRequestId = new BoundedMap(limit);
    this.latestByMerchant = new BoundedMap(limit);
  }

  add(registration: Registration): void {
    this.byRequestId.set(`${registration.clientId}\u0000${registration.registrationRequestId}`, registration);
    this.latestByMerchant.set(`${registration.clientId}\u0000${registration.referenceMerchantId}`, registration);
  }

  byRequest(clientId: string, registrationRequestId: string): Registration | undefined {
    return this.byRequestId.get(`${clientId}\u0000${registrationRequestId}`);
  }

  latestFor(clientId: string, referenceMerchantId: string): Registration | undefined {
    return this.latestByMerchant.get(`${clientId}\u0000${referenceMerchantId}`);
  }

  advance(registration: Registration, to: RegistrationStatus, rejectReasons?: string): boolean {
    if (!canAdvanceRegistration(registration.status, to)) return false;
    registration.status = to;
    if (rejectReasons !== undefined) registration.rejectReasons = rejectReasons;
    return true;
  }
}
