/**
 * Every column that holds a value sealed by the Encryptor (`agw1.<master key id>.…`), with the key of its table. A
 * module that stores a new sealed column lists it here, so that a master-key rotation re-wraps it too.
 */
export interface SealedColumn {
  table: string;
  id: string;
  column: string;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: 'merchant_credentials', id: 'id', column: 'merchant_private_key_encrypted' },
  { table: 'authorizations', id: 'id', column: 'auth_code_encrypted' },
  { table: 'authorizations', id: 'id', column: 'access_token_encrypted' },
  { table: 'authorizations', id: 'id', column: 'refresh_token_encrypted' },
];

/** The master key id inside a sealed value (its second dot-separated part), in SQL. */
export const keyIdOf = (column: string) => `split_part(${column}, '.', 2)`;
