import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AUTHORIZATION_ERROR_CODES } from '../../modules/authorizations/authorization-errors.js';
import { AUTHORIZATION_STATUSES, type AuthorizationStatus } from '../../modules/authorizations/authorization-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { EnvInput, PspCustomerInfoType } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

@ObjectType({ description: 'One code of AMS authCodeForm (Java AuthCodeForm / CodeDetail): for desktop flows, a QR code to show.' })
export class AuthCodeDetail {
  @Field(() => String, { nullable: true, description: 'QRCODE or BARCODE.' })
  codeValueType!: string | null;

  @Field(() => String, { nullable: true, description: 'What the code encodes.' })
  codeValue!: string | null;

  @Field(() => String, { nullable: true })
  displayType!: string | null;
}

@InputType({ description: 'AMS authMetaData (Java AuthMetaData.java). The certificate number is sent, never stored or shown.' })
export class AuthMetaDataInput {
  @Field(() => String, { nullable: true })
  accountHolderName?: string | null;

  @Field(() => String, { nullable: true })
  accountHolderCertNo?: string | null;
}

export const AuthorizationStatusEnum = registerListEnum(AUTHORIZATION_STATUSES, 'AuthorizationStatus', 'Where an Auto Debit authorization stands.');
export const AuthorizationErrorCodeEnum = registerListEnum(AUTHORIZATION_ERROR_CODES, 'AuthorizationErrorCode', 'Authorization mutation problems.');
export const AuthorizationError = createPayloadErrorType('AuthorizationError', AuthorizationErrorCodeEnum);
export type AuthorizationError = InstanceType<typeof AuthorizationError>;

/**
 * A user's agreement with a wallet. The authCode and tokens are never exposed: only their expiry, whether a refresh
 * token exists, and the access token's last characters.
 */
@ObjectType('Authorization')
export class AuthorizationType extends OperationRecordType {
  @Field(() => AuthorizationStatusEnum)
  status!: AuthorizationStatus;

  @Field(() => String, { description: 'Wallet, e.g. GCASH.' })
  customerBelongsTo!: string;

  @Field(() => String, { nullable: true, description: 'Secondary merchant this authorization is for (acquirer/platform case).' })
  authClientId!: string | null;

  @Field(() => String, { description: 'Echoed in the redirect; pass it to applyToken to have it checked.' })
  authState!: string;

  @Field(() => String)
  authRedirectUrl!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => String, { nullable: true, description: 'Wallet authorization page (WEB/WAP).' })
  normalUrl!: string | null;

  @Field(() => String, { nullable: true })
  schemeUrl!: string | null;

  @Field(() => String, { nullable: true })
  applinkUrl!: string | null;

  @Field(() => String, { nullable: true })
  appIdentifier!: string | null;

  @Field(() => [AuthCodeDetail], { description: 'AMS authCodeForm.codeDetails: the QR code (or barcode) to show on desktop; empty when none.' })
  authCodes!: AuthCodeDetail[];

  @Field(() => String, { nullable: true, description: 'merchantRegion sent with consult, applyToken and refresh.' })
  merchantRegion!: string | null;

  @Field(() => String, { nullable: true, description: 'The wallet login id from applyToken, masked (e.g. 0917****123).' })
  userLoginId!: string | null;

  @Field(() => PspCustomerInfoType, { nullable: true, description: 'The wallet’s customer info from applyToken.' })
  pspCustomerInfo!: PspCustomerInfoType | null;

  @Field(() => String, { nullable: true, description: 'Last characters of the access token, e.g. "…a1b2".' })
  accessTokenHint!: string | null;

  @Field(() => Date, { nullable: true })
  accessTokenExpiresAt!: Date | null;

  @Field(() => Boolean)
  hasRefreshToken!: boolean;

  @Field(() => Date, { nullable: true })
  refreshTokenExpiresAt!: Date | null;
}

@ObjectType()
export class AuthorizationConnection extends connectionOf(AuthorizationType) {}

@ObjectType({ description: 'Result of consult, applyToken, refreshToken and revokeAuthorization.' })
export class AuthorizationPayload extends operationPayloadOf('authorization', AuthorizationType, AuthorizationError) {
  declare authorization: AuthorizationType | null;
}

@InputType()
export class ConsultInput {
  @Field(() => String, { description: 'Wallet, e.g. GCASH, ALIPAY_HK.' })
  customerBelongsTo!: string;

  @Field(() => String, { description: 'Where the wallet sends the user back (with authCode and authState).' })
  authRedirectUrl!: string;

  @Field(() => String, { nullable: true, description: 'Your anti-CSRF state; generated when omitted.' })
  authState?: string | null;

  @Field(() => [String], { nullable: true, description: 'Default ["AGREEMENT_PAY"].' })
  scopes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'WEB (default), WAP, APP, MINI_APP.' })
  terminalType?: string | null;

  @Field(() => String, { nullable: true, description: 'IOS or ANDROID; required for APP and WAP.' })
  osType?: string | null;

  @Field(() => String, { nullable: true })
  osVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'referenceMerchantId of a secondary merchant whose registration COMPLETED; pay then names it as the order’s merchant.' })
  authClientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Repeat the request with the same key to get the stored result.' })
  idempotencyKey?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2, sent with consult, applyToken and refresh; AMS requires it on the GAGW contract. Default: the merchant’s merchantRegion.' })
  merchantRegion?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the agreement is for recurring payments; required for PAYPAY.' })
  recurringPayment?: boolean | null;

  @Field(() => EnvInput, { nullable: true, description: 'The user’s device (APP and WAP need osType).' })
  env?: EnvInput | null;

  @Field(() => AuthMetaDataInput, { nullable: true })
  authMetaData?: AuthMetaDataInput | null;
}

@InputType()
export class ApplyTokenInput {
  @Field(() => ID)
  authorizationId!: string;

  @Field(() => String, { description: 'From the redirect (or notifyAuthorization). Write-only.' })
  authCode!: string;

  @Field(() => String, { nullable: true, description: 'From the redirect; checked against the consult’s authState when given.' })
  authState?: string | null;
}

@InputType()
export class AuthorizationFilter extends CreatedRangeFilter {
  @Field(() => AuthorizationStatusEnum, { nullable: true })
  status?: AuthorizationStatus | null;

  @Field(() => String, { nullable: true })
  customerBelongsTo?: string | null;
}

export const AuthorizationLookupArgs = lookupArgsOf('authState');
export type AuthorizationLookupArgs = InstanceType<typeof AuthorizationLookupArgs>;
