import type { Role } from './roles.js';

/** The authenticated caller: who the API key speaks for. */
export interface Actor {
  role: Role;
  /** null for platform admins. */
  merchantId: string | null;
  /** The API key id (or `env:ADMIN_API_KEY`), for audit and logs. */
  keyId: string;
}
