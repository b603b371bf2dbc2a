import { ID, InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { DECLARATION_ERROR_CODES } from '../../modules/declarations/declaration-errors.js';
import { DECLARATION_STATUSES } from '../../modules/declarations/declaration-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { AmsCallResult, Money, MoneyInput } from '../operations/operation-types.js';
import { UserNameInput } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const DeclarationStatusEnum = registerListEnum(DECLARATION_STATUSES, 'DeclarationStatus', 'PROCESSING: accepted by AMS, waiting for customs.');
export const DeclarationError = createPayloadErrorType('DeclarationError', DECLARATION_ERROR_CODES, 'Declaration mutation and inquiry problems.');

@ObjectType('Declaration')
export class DeclarationType extends objectFields(OperationRecordType, {
  paymentId: field(ID, 'The declared payment (Payment.id).'),
  declarationRequestId: field(String),
  amount: field(Money),
  customsCode: field(String),
  customsRegion: field(String),
  merchantCustomsCode: field(String),
  merchantCustomsName: field(String),
  splitOrder: field(Boolean),
  subOrderId: nullable(String),
  buyerCertificateType: nullable(String, 'Only the type; the certificate number is not stored.'),
  status: field(DeclarationStatusEnum),
  customsPaymentId: nullable(String),
  customsOrderId: nullable(String),
  identityCheckResult: nullable(String),
  customsResultCode: nullable(String),
  customsResultDescription: nullable(String),
}) {}

@ObjectType()
export class DeclarationConnection extends connectionOf(DeclarationType) {}

@ObjectType()
export class DeclarationPayload extends operationPayloadOf('declaration', DeclarationType, DeclarationError) {}

@ObjectType({ description: 'Result of inquiryDeclarationRequests.' })
export class DeclarationInquiryPayload extends objectFields({
  declarations: field([DeclarationType]),
  notFound: field([String], 'Request ids that are not ours or that AMS does not know.'),
  ams: nullable(AmsCallResult),
  errors: field([DeclarationError]),
}) {}

@InputType()
export class BuyerCertificateInput extends inputFields({
  certificateType: field(String, 'ID_CARD, PASSPORT, …'),
  certificateNo: field(String, 'Sent to AMS, never stored. Write-only.'),
  holderName: nullable(UserNameInput, 'AMS holderName (Java UserName.java): firstName, middleName, lastName, fullName. Sent, never stored.'),
}) {}

@InputType()
export class DeclareInput extends inputFields({
  paymentId: field(ID, 'A SUCCEEDED payment of yours (Payment.id).'),
  amount: field(MoneyInput, 'At most the paid amount, same currency.'),
  customsCode: field(String, 'e.g. ZONGSHU, SHANGHAI_CBT.'),
  customsRegion: nullable(String, 'ISO 3166 alpha-2; default CN.'),
  merchantCustomsCode: field(String),
  merchantCustomsName: field(String),
  splitOrder: nullable(Boolean),
  subOrderId: nullable(String, 'Required when splitOrder is true.'),
  buyerCertificate: nullable(BuyerCertificateInput),
  declarationRequestId: nullable(String, 'AMS idempotency key (≤ 32); generated when omitted.'),
  idempotencyKey: nullable(String),
}) {}

@InputType()
export class DeclarationFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(DeclarationStatusEnum),
  paymentId: nullable(ID),
}) {}

export const DeclarationLookupArgs = lookupArgsOf('declarationRequestId');
export type DeclarationLookupArgs = InstanceType<typeof DeclarationLookupArgs>;
