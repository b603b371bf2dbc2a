import { GraphQLJSONObject } from 'graphql-scalars';
import { InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { REGISTRATION_ERROR_CODES } from '../../modules/registrations/registration-errors.js';
import { REGISTRATION_STATUSES } from '../../modules/registrations/registration-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { AmsCallResult } from '../operations/operation-types.js';
import { AddressInput } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

export const RegistrationStatusEnum = registerListEnum(REGISTRATION_STATUSES, 'RegistrationStatus', 'PROCESSING: accepted, waiting for the wallets.');
export const RegistrationError = createPayloadErrorType('RegistrationError', REGISTRATION_ERROR_CODES, 'Registration mutation and inquiry problems.');

@ObjectType('Registration')
export class RegistrationType extends objectFields(OperationRecordType, {
  registrationRequestId: field(String),
  referenceMerchantId: field(String, 'Your id of the secondary merchant.'),
  merchantDisplayName: field(String),
  merchantMcc: nullable(String),
  productCodes: field([String]),
  websiteUrl: nullable(String),
  legalName: nullable(String),
  region: nullable(String),
  status: field(RegistrationStatusEnum),
  rejectReasons: nullable(String),
}) {}

@ObjectType()
export class RegistrationConnection extends connectionOf(RegistrationType) {}

@ObjectType()
export class RegistrationPayload extends operationPayloadOf('registration', RegistrationType, RegistrationError) {}

@ObjectType()
export class PspRegistrationStatus extends objectFields({
  pspName: field(String),
  registrationStatus: nullable(String),
  rejectReasons: nullable(String),
}) {}

@ObjectType({ description: 'Result of inquiryRegistrationStatus.' })
export class RegistrationStatusPayload extends objectFields({
  registration: nullable(RegistrationType),
  amsRegistrationStatus: nullable(String, 'AMS registrationStatus as sent.'),
  pspResults: field([PspRegistrationStatus]),
  ams: nullable(AmsCallResult),
  errors: field([RegistrationError]),
}) {}

@ObjectType({ description: 'What AMS has on file for a secondary merchant.' })
export class RegistrationInfo extends objectFields({
  referenceMerchantId: field(String),
  merchantDisplayName: nullable(String),
  merchantMcc: nullable(String),
  websiteUrls: field([String]),
  legalName: nullable(String),
  productCodes: field([String]),
  merchantInfo: field(GraphQLJSONObject, 'merchantInfo exactly as AMS returned it (SDK JSON names: logo, websites, merchantAddress, registrationDetail …).'),
}) {}

@ObjectType({ description: 'Result of inquiryRegistrationInfo.' })
export class RegistrationInfoPayload extends objectFields({
  info: nullable(RegistrationInfo),
  ams: nullable(AmsCallResult),
  errors: field([RegistrationError]),
}) {}

@InputType({ description: 'AMS Logo (Java Logo.java).' })
export class LogoInput extends inputFields({
  logoName: nullable(String),
  logoUrl: field(String),
}) {}

@InputType({ description: 'AMS WebSite (Java WebSite.java).' })
export class WebSiteInput extends inputFields({
  url: field(String),
  name: nullable(String),
  desc: nullable(String),
  type: nullable(String, 'COMPANY_INTRODUCE or TRADING.'),
}) {}

@InputType({ description: 'AMS Attachment (Java Attachment.java): a document for Antom’s review.' })
export class AttachmentInput extends inputFields({
  attachmentType: field(String, 'e.g. ARTICLES_OF_ASSOCIATION, ENTERPRISE_REGISTRATION, ID_CARD (Java AttachmentType).'),
  file: nullable(String, 'The file (URL or content); or give fileKey.'),
  attachmentName: nullable(String),
  fileKey: nullable(String),
}) {}

@InputType({ description: 'AMS ContactInfo (Java ContactInfo.java).' })
export class ContactInfoInput extends inputFields({
  contactNo: field(String),
  contactType: field(String, 'e.g. EMAIL, PHONE_NO, COMMERCIAL_PHONE_NO.'),
}) {}

@InputType({ description: 'AMS RegistrationDetail (Java RegistrationDetail.java).' })
export class RegistrationDetailInput extends inputFields({
  legalName: nullable(String),
  registrationType: nullable(String, 'e.g. ENTERPRISE_REGISTRATION_NO.'),
  registrationNo: nullable(String),
  registrationAddress: nullable(AddressInput),
  businessType: nullable(String, 'e.g. ENTERPRISE, INDIVIDUAL.'),
  attachments: nullable([AttachmentInput]),
  contactInfo: nullable([ContactInfoInput]),
}) {}

@InputType()
export class RegisterMerchantInput extends inputFields({
  referenceMerchantId: field(String, 'Your globally unique id of the secondary merchant (≤ 64).'),
  merchantDisplayName: field(String),
  merchantMcc: nullable(String, '4-digit MCC.'),
  productCodes: nullable([String], 'Default ["AGREEMENT_PAYMENT"].'),
  websiteUrl: nullable(String),
  legalName: nullable(String),
  region: nullable(String, 'ISO 3166 alpha-2 of the merchant address.'),
  registrationRequestId: nullable(String, 'AMS idempotency key; generated when omitted.'),
  idempotencyKey: nullable(String),
  logo: nullable(LogoInput),
  websites: nullable([WebSiteInput], 'The full form of websiteUrl (give one of them).'),
  merchantAddress: nullable(AddressInput, 'The full form of region (give one of them).'),
  registrationDetail: nullable(RegistrationDetailInput, 'Legal entity, registration number, documents and contacts Antom reviews.'),
  passThroughInfo: nullable(String, 'Echoed back by AMS in notifyRegistrationStatus.'),
}) {}

@InputType()
export class RegistrationFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(RegistrationStatusEnum),
  referenceMerchantId: nullable(String),
}) {}

export const RegistrationLookupArgs = lookupArgsOf('registrationRequestId', 'referenceMerchantId');
export type RegistrationLookupArgs = InstanceType<typeof RegistrationLookupArgs>;
