import { ID, InputType, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { AUTHORIZATION_ERROR_CODES } from '../../modules/authorizations/authorization-errors.js';
import { AUTHORIZATION_STATUSES } from '../../modules/authorizations/authorization-status.js';
import { registerListEnum } from '../core/enums.js';
import { createPayloadErrorType } from '../core/payload-error.js';
import { EnvInput, PspCustomerInfoType } from '../operations/wire-inputs.types.js';
import { connectionOf } from '../core/connection.js';
import { OperationRecordType } from '../operations/operation-record.types.js';
import { CreatedRangeFilter } from '../operations/list-args.js';
import { lookupArgsOf } from '../operations/lookup-args.js';
import { operationPayloadOf } from '../operations/operation-payload.js';

@ObjectType({ description: 'One code of AMS authCodeForm (Java AuthCodeForm / CodeDetail): for desktop flows, a QR code to show.' })
export class AuthCodeDetail extends objectFields({
  codeValueType: nullable(String, 'QRCODE or BARCODE.'),
  codeValue: nullable(String, 'What the code encodes.'),
  displayType: nullable(String),
}) {}

@InputType({ description: 'AMS authMetaData (Java AuthMetaData.java). The certificate number is sent, never stored or shown.' })
export class AuthMetaDataInput extends inputFields({
  accountHolderName: nullable(String),
  accountHolderCertNo: nullable(String),
}) {}

export const AuthorizationStatusEnum = registerListEnum(AUTHORIZATION_STATUSES, 'AuthorizationStatus', 'Where an Auto Debit authorization stands.');
export const AuthorizationError = createPayloadErrorType('AuthorizationError', AUTHORIZATION_ERROR_CODES, 'Authorization mutation problems.');

/**
 * A user's agreement with a wallet. The authCode and tokens are never exposed: only their expiry, whether a refresh
 * token exists, and the access token's last characters.
 */
@ObjectType('Authorization')
export class AuthorizationType extends objectFields(OperationRecordType, {
  status: field(AuthorizationStatusEnum),
  customerBelongsTo: field(String, 'Wallet, e.g. GCASH.'),
  authClientId: nullable(String, 'Secondary merchant this authorization is for (acquirer/platform case).'),
  authState: field(String, 'Echoed in the redirect; pass it to applyToken to have it checked.'),
  authRedirectUrl: field(String),
  scopes: field([String]),
  normalUrl: nullable(String, 'Wallet authorization page (WEB/WAP).'),
  schemeUrl: nullable(String),
  applinkUrl: nullable(String),
  appIdentifier: nullable(String),
  authCodes: field([AuthCodeDetail], 'AMS authCodeForm.codeDetails: the QR code (or barcode) to show on desktop; empty when none.'),
  merchantRegion: nullable(String, 'merchantRegion sent with consult, applyToken and refresh.'),
  userLoginId: nullable(String, 'The wallet login id from applyToken, masked (e.g. 0917****123).'),
  pspCustomerInfo: nullable(PspCustomerInfoType, 'The wallet’s customer info from applyToken.'),
  accessTokenHint: nullable(String, 'Last characters of the access token, e.g. "…a1b2".'),
  accessTokenExpiresAt: nullable(Date),
  hasRefreshToken: field(Boolean),
  refreshTokenExpiresAt: nullable(Date),
}) {}

@ObjectType()
export class AuthorizationConnection extends connectionOf(AuthorizationType) {}

@ObjectType({ description: 'Result of consult, applyToken, refreshToken and revokeAuthorization.' })
export class AuthorizationPayload extends operationPayloadOf('authorization', AuthorizationType, AuthorizationError) {}

@InputType()
export class ConsultInput extends inputFields({
  customerBelongsTo: field(String, 'Wallet, e.g. GCASH, ALIPAY_HK.'),
  authRedirectUrl: field(String, 'Where the wallet sends the user back (with authCode and authState).'),
  authState: nullable(String, 'Your anti-CSRF state; generated when omitted.'),
  scopes: nullable([String], 'Default ["AGREEMENT_PAY"].'),
  terminalType: nullable(String, 'WEB (default), WAP, APP, MINI_APP.'),
  osType: nullable(String, 'IOS or ANDROID; required for APP and WAP.'),
  osVersion: nullable(String),
  authClientId: nullable(String, 'referenceMerchantId of a secondary merchant whose registration COMPLETED; pay then names it as the order’s merchant.'),
  idempotencyKey: nullable(String, 'Repeat the request with the same key to get the stored result.'),
  merchantRegion: nullable(String, 'ISO 3166 alpha-2, sent with consult, applyToken and refresh; AMS requires it on the GAGW contract. Default: the merchant’s merchantRegion.'),
  recurringPayment: nullable(Boolean, 'Whether the agreement is for recurring payments; required for PAYPAY.'),
  env: nullable(EnvInput, 'The user’s device (APP and WAP need osType).'),
  authMetaData: nullable(AuthMetaDataInput),
}) {}

@InputType()
export class ApplyTokenInput extends inputFields({
  authorizationId: field(ID),
  authCode: field(String, 'From the redirect (or notifyAuthorization). Write-only.'),
  authState: nullable(String, 'From the redirect; checked against the consult’s authState when given.'),
}) {}

@InputType()
export class AuthorizationFilter extends inputFields(CreatedRangeFilter, {
  status: nullable(AuthorizationStatusEnum),
  customerBelongsTo: nullable(String),
}) {}

export const AuthorizationLookupArgs = lookupArgsOf('authState');
export type AuthorizationLookupArgs = InstanceType<typeof AuthorizationLookupArgs>;
