import type { Amount } from '../pipeline/fields.js';
import { BoundedMap } from './bounded-map.js';

export type DeclarationStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL';

export interface Declaration {
  clientId: string;
  declarationRequestId: string;
  paymentId: string;
  amount: Amount;
  customs: { customsCode: string; region: string };
  merchantCustomsInfo: { merchantCustomsCode: string; merchantCustomsName: string };
  splitOrder: boolean;
  subOrderId: string | undefined;
  identityChecked: boolean;
  status: DeclarationStatus;
  customsPaymentId: string;
  customsOrderId: string;
  createdAt: Date;
  lastModifiedAt: Date;
  customsResultCode: string | undefined;
  customsResultDesc: string | undefined;
  customsReturnTime: Date | undefined;
  fingerprint: string;
}

/** Customs declarations per client (ams-spec §5.9), bounded. PROCESSING → SUCCESS | FAIL, once. */
export class DeclarationStore {
  private readonly byRequestId: BoundedMap<string, Declaration>;

  constructor(limit: number) {
    this.byRequestId = new BoundedMap(limit);
  }

  add(declaration: Declaration): void {
    this.byRequestId.set(`${declaration.clientId}\u0000${declaration.declarationRequestId}`, declaration);
  }

  get(clientId: string, declarationRequestId: string): Declaration | undefined {
    return this.byRequestId.get(`${clientId}\u0000${declarationRequestId}`);
  }

  /** Records the customs answer; a declaration that already has one keeps it. */
  finish(declaration: Declaration, status: 'SUCCESS' | 'FAIL', at: Date, code: string, desc: string): boolean {
    if (declaration.status !== 'PROCESSING') return false;
    declaration.status = status;
    declaration.lastModifiedAt = at;
    declaration.customsReturnTime = at;
    declaration.customsResultCode = code;
    declaration.customsResultDesc = desc;
    return true;
  }
}
