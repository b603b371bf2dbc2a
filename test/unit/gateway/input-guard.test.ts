import { describe, expect, it } from 'vitest';
import type { GraphQLError} from 'graphql';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { DEFAULT_MAX_STRING_LENGTH, guardOperationInputs } from '../../../src/graphql/core/input-guard.js';
import { redactInputValues } from '../../../src/graphql/core/redact-input-values.js';
import { buildGatewaySchema } from '../../../src/graphql/schema.js';
import { MAX_REPORT_BYTES } from '../../../src/modules/reconciliation/import-input.js';

let schema: GraphQLSchema | undefined;
async function guard(query: string, variables: Record<string, unknown>): Promise<GraphQLError | undefined> {
  schema ??= await buildGatewaySchema();
  const document = parse(query);
  try {
    guardOperationInputs(schema, document, getOperationAST(document)!, variables);
    return undefined;
  } catch (error) {
    return error as GraphQLError;
  }
}

const IMPORT = 'mutation ($input: ImportSettlementReportInput!) { importSettlementReport(input: $input) { errors { code } } }';

describe('guardOperationInputs', () => {
  it('gives a field its own limit when it declares one (a report file) and the default otherwise', async () => {
    expect(await guard(IMPORT, { input: { merchantId: 'm', kind: 'TRANSACTION_DETAILS', content: 'x'.repeat(100_000) } })).toBeUndefined();
    const tooLarge = await guard(IMPORT, { input: { merchantId: 'm', kind: 'TRANSACTION_DETAILS', content: 'x'.repeat(MAX_REPORT_BYTES + 1) } });
    expect(tooLarge?.message).toBe(`importSettlementReport: input.content is ${MAX_REPORT_BYTES + 1} characters long; at most ${MAX_REPORT_BYTES} are allowed.`);
    expect(tooLarge?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    const fileName = await guard(IMPORT, { input: { merchantId: 'm', kind: 'TRANSACTION_DETAILS', fileName: 'x'.repeat(DEFAULT_MAX_STRING_LENGTH + 1) } });
    expect(fileName?.message).toContain('input.fileName');
  });

  it('reports every problem at once, in list items and in literals', async () => {
    const error = await guard('query ($ids: [String!]!) { inquiryDeclarationRequests(declarationRequestIds: $ids) { __typename } payment(id: "a\\u0000") { id } }', {
      ids: ['ok', 'b\u0000'],
    });
    expect(error?.message).toContain('inquiryDeclarationRequests: declarationRequestIds[1] must not contain the null character (U+0000).');
    expect(error?.message).toContain('payment: id must not contain the null character (U+0000).');
  });

  it('words variable problems without the value', async () => {
    const error = await guard('mutation ($input: ApplyTokenInput!) { applyToken(input: $input) { __typename } }', {
      input: { authorizationId: 'aut_1', authCode: 'SECRET-CODE', extra: 1 },
    });
    expect(error?.message).toBe('Variable "$input" at "input": Field "extra" is not defined by type "ApplyTokenInput". (the value is not repeated)');
    const wrongType = await guard('mutation ($input: ApplyTokenInput!) { applyToken(input: $input) { __typename } }', {
      input: { authorizationId: 'aut_1', authCode: 12345 },
    });
    expect(wrongType?.message).toBe('Variable "$input" at "input.authCode": Expected a value of type "String!". (the value is not repeated)');
  });
});

describe('redactInputValues', () => {
  it.each([
    ['Variable "$input" got invalid value { key: "S" }; Field "x" is not defined', 'Variable "$input" got an invalid value (the value is not repeated).'],
    ['Expected value of type "String!", found {a: "S"}.', 'Expected value of type "String!" (the value given is not repeated).'],
    ['Enum "Role" cannot represent non-enum value: "S". Did you mean the enum value "MERCHANT"?', 'Enum "Role" cannot represent the value given.'],
    ['Value "S" does not exist in "Role" enum.', 'The value given does not exist in the "Role" enum.'],
    ['String cannot represent a non string value: {a: "S"}', 'String cannot represent the value given.'],
    ['Field "x" of required type "String!" was not provided.', 'Field "x" of required type "String!" was not provided.'],
  ])('%s', (message, expected) => {
    expect(redactInputValues(message)).toBe(expected);
  });
});
