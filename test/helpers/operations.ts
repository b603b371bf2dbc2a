/** GraphQL documents the gateway tests share. */
export const CREATE_MERCHANT = /* GraphQL */ `
  mutation CreateMerchant($input: CreateMerchantInput!) {
    createMerchant(input: $input) {
      merchant { id name clientId baseUrl status keyVersion }
      credential { keyVersion current merchantPublicKey merchantKeyFingerprint alipayPublicKey alipayKeyFingerprint }
      errors { code field message }
    }
  }
`;

export const ISSUE_API_KEY = /* GraphQL */ `
  mutation IssueApiKey($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      apiKey { id name role merchantId displayPrefix revokedAt }
      secret
      errors { code field message }
    }
  }
`;

export const REVOKE_API_KEY = /* GraphQL */ `
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { apiKey { id revokedAt } errors { code field message } }
  }
`;

export const VIEWER = /* GraphQL */ `
  query { viewer { role apiKeyId merchant { id name } } }
`;

export const MERCHANTS = /* GraphQL */ `
  query Merchants($first: Int!, $after: String) {
    merchants(first: $first, after: $after) {
      nodes { id name clientId status }
      pageInfo { endCursor hasNextPage }
    }
  }
`;
