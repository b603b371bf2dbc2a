import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { REGISTRATION_ERROR_CODES } from '../../modules/registrations/registration-errors.js';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../modules/registrations/registration-status.js';
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
export const RegistrationErrorCodeEnum = registerListEnum(REGISTRATION_ERROR_CODES, 'RegistrationErrorCode', 'Registration mutation and inquiry problems.');
export const RegistrationError = createPayloadErrorType('RegistrationError', RegistrationErrorCodeEnum);
export type RegistrationError = InstanceType<typeof RegistrationError>;

@ObjectType('Registration')
export class RegistrationType extends OperationRecordType {
  @Field(() => String)
  registrationRequestId!: string;

  @Field(() => String, { description: 'Your id of the secondary merchant.' })
  referenceMerchantId!: string;

  @Field(() => String)
  merchantDisplayName!: string;

  @Field(() => String, { nullable: true })
  merchantMcc!: string | null;

  @Field(() => [String])
  productCodes!: string[];

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field(() => String, { nullable: true })
  legalName!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => RegistrationStatusEnum)
  status!: RegistrationStatus;

  @Field(() => String, { nullable: true })
  rejectReasons!: string | null;
}

@ObjectType()
export class RegistrationConnection extends connectionOf(RegistrationType) {}

@ObjectType()
export class RegistrationPayload extends operationPayloadOf('registration', RegistrationType, RegistrationError) {
  declare registration: RegistrationType | null;
}

@ObjectType()
export class PspRegistrationStatus {
  @Field(() => String)
  pspName!: string;

  @Field(() => String, { nullable: true })
  registrationStatus!: string | null;

  @Field(() => String, { nullable: true })
  rejectReasons!: string | null;
}

@ObjectType({ description: 'Result of inquiryRegistrationStatus.' })
export class RegistrationStatusPayload {
  @Field(() => RegistrationType, { nullable: true })
  registration!: RegistrationType | null;

  @Field(() => String, { nullable: true, description: 'AMS registrationStatus as sent.' })
  amsRegistrationStatus!: string | null;

  @Field(() => [PspRegistrationStatus])
  pspResults!: PspRegistrationStatus[];

  @Field(() => AmsCallResult, { nullable: true })
  ams!: AmsCallResult | null;

  @Field(() => [RegistrationError])
  errors!: RegistrationError[];
}

@ObjectType({ description: 'What AMS has on file for a secondary merchant.' })
export class RegistrationInfo {
  @Field(() => String)
  referenceMerchantId!: string;

  @Field(() => String, { nullable: true })
  merchantDisplayName!: string | null;

  @Field(() => String, { nullable: true })
  merchantMcc!: string | null;

  @Field(() => [String])
  websiteUrls!: string[];

  @Field(() => String, { nullable: true })
  legalName!: string | null;

  @Field(() => [String])
  productCodes!: string[];

  @Field(() => GraphQLJSONObject, { description: 'merchantInfo exactly as AMS returned it (SDK JSON names: logo, websites, merchantAddress, registrationDetail …).' })
  merchantInfo!: Record<string, unknown>;
}

@ObjectType({ description: 'Result of inquiryRegistrationInfo.' })
export class RegistrationInfoPayload {
  @Field(() => RegistrationInfo, { nullable: true })
  info!: RegistrationInfo | null;

  @Field(() => AmsCallResult, { nullable: true })
  ams!: AmsCallResult | null;

  @Field(() => [RegistrationError])
  errors!: RegistrationError[];
}

@InputType({ description: 'AMS Logo (Java Logo.java).' })
export class LogoInput {
  @Field(() => String, { nullable: true })
  logoName?: string | null;

  @Field(() => String)
  logoUrl!: string;
}

@InputType({ description: 'AMS WebSite (Java WebSite.java).' })
export class WebSiteInput {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  desc?: string | null;

  @Field(() => String, { nullable: true, description: 'COMPANY_INTRODUCE or TRADING.' })
  type?: string | null;
}

@InputType({ description: 'AMS Attachment (Java Attachment.java): a document for Antom’s review.' })
export class AttachmentInput {
  @Field(() => String, { description: 'e.g. ARTICLES_OF_ASSOCIATION, ENTERPRISE_REGISTRATION, ID_CARD (Java AttachmentType).' })
  attachmentType!: string;

  @Field(() => String, { nullable: true, description: 'The file (URL or content); or give fileKey.' })
  file?: string | null;

  @Field(() => String, { nullable: true })
  attachmentName?: string | null;

  @Field(() => String, { nullable: true })
  fileKey?: string | null;
}

@InputType({ description: 'AMS ContactInfo (Java ContactInfo.java).' })
export class ContactInfoInput {
  @Field(() => String)
  contactNo!: string;

  @Field(() => String, { description: 'e.g. EMAIL, PHONE_NO, COMMERCIAL_PHONE_NO.' })
  contactType!: string;
}

@InputType({ description: 'AMS RegistrationDetail (Java RegistrationDetail.java).' })
export class RegistrationDetailInput {
  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. ENTERPRISE_REGISTRATION_NO.' })
  registrationType?: string | null;

  @Field(() => String, { nullable: true })
  registrationNo?: string | null;

  @Field(() => AddressInput, { nullable: true })
  registrationAddress?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'e.g. ENTERPRISE, INDIVIDUAL.' })
  businessType?: string | null;

  @Field(() => [AttachmentInput], { nullable: true })
  attachments?: AttachmentInput[] | null;

  @Field(() => [ContactInfoInput], { nullable: true })
  contactInfo?: ContactInfoInput[] | null;
}

@InputType()
export class RegisterMerchantInput {
  @Field(() => String, { description: 'Your globally unique id of the secondary merchant (≤ 64).' })
  referenceMerchantId!: string;

  @Field(() => String)
  merchantDisplayName!: string;

  @Field(() => String, { nullable: true, description: '4-digit MCC.' })
  merchantMcc?: string | null;

  @Field(() => [String], { nullable: true, description: 'Default ["AGREEMENT_PAYMENT"].' })
  productCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2 of the merchant address.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'AMS idempotency key; generated when omitted.' })
  registrationRequestId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => LogoInput, { nullable: true })
  logo?: LogoInput | null;

  @Field(() => [WebSiteInput], { nullable: true, description: 'The full form of websiteUrl (give one of them).' })
  websites?: WebSiteInput[] | null;

  @Field(() => AddressInput, { nullable: true, description: 'The full form of region (give one of them).' })
  merchantAddress?: AddressInput | null;

  @Field(() => RegistrationDetailInput, { nullable: true, description: 'Legal entity, registration number, documents and contacts Antom reviews.' })
  registrationDetail?: RegistrationDetailInput | null;

  @Field(() => String, { nullable: true, description: 'Echoed back by AMS in notifyRegistrationStatus.' })
  passThroughInfo?: string | null;
}

@InputType()
export class RegistrationFilter extends CreatedRangeFilter {
  @Field(() => RegistrationStatusEnum, { nullable: true })
  status?: RegistrationStatus | null;

  @Field(() => String, { nullable: true })
  referenceMerchantId?: string | null;
}

export const RegistrationLookupArgs = lookupArgsOf('registrationRequestId', 'referenceMerchantId');
export type RegistrationLookupArgs = InstanceType<typeof RegistrationLookupArgs>;
