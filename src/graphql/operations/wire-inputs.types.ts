import { InputType, Int, ObjectType } from 'type-graphql';
import { field, inputFields, nullable, objectFields } from '../core/fields.js';
import { MoneyInput } from './operation-types.js';

/**
 * GraphQL inputs for the AMS objects a merchant describes (order risk data, addresses, device environment). Field
 * names are the official SDKs' JSON names, so the AMS documentation reads directly onto them; the module's checks
 * (modules/shared/wire-inputs.ts) validate and turn them into the wire objects.
 */

@InputType({ description: 'AMS Address (Java Address.java).' })
export class AddressInput extends inputFields({
  region: field(String, 'ISO 3166-1 alpha-2, e.g. US.'),
  state: nullable(String),
  city: nullable(String),
  address1: nullable(String),
  address2: nullable(String),
  address3: nullable(String),
  zipCode: nullable(String),
  label: nullable(String),
}) {}

@InputType({ description: 'AMS UserName (Java UserName.java).' })
export class UserNameInput extends inputFields({
  firstName: nullable(String),
  middleName: nullable(String),
  lastName: nullable(String),
  fullName: nullable(String),
}) {}

@InputType({ description: 'AMS Env (Java Env.java): the user’s device. APP and WAP terminals need osType.' })
export class EnvInput extends inputFields({
  terminalType: nullable(String, 'WEB, WAP, APP or MINI_APP.'),
  osType: nullable(String, 'IOS or ANDROID.'),
  osVersion: nullable(String),
  userAgent: nullable(String),
  deviceTokenId: nullable(String),
  clientIp: nullable(String, 'IPv4 or IPv6.'),
  cookieId: nullable(String),
  deviceId: nullable(String),
  deviceLanguage: nullable(String),
  deviceBrand: nullable(String),
  deviceModel: nullable(String),
  screenHeight: nullable(String, 'Pixels, as a string (the SDK’s type).'),
  screenWidth: nullable(String, 'Pixels, as a string (the SDK’s type).'),
  colorDepth: nullable(String),
  timeZoneOffset: nullable(Int, 'Minutes from UTC, -720…720.'),
}) {}

@InputType({ description: 'AMS Store (Java Store.java).' })
export class StoreInput extends inputFields({
  referenceStoreId: nullable(String),
  storeName: nullable(String),
  storeMCC: nullable(String, '4-digit MCC.'),
  storeDisplayName: nullable(String),
  storeTerminalId: nullable(String),
  storeOperatorId: nullable(String),
  storeAddress: nullable(AddressInput),
  storePhoneNo: nullable(String),
}) {}

@InputType({ description: 'AMS order.merchant (Java Merchant.java): the secondary merchant selling this order.' })
export class OrderMerchantInput extends inputFields({
  referenceMerchantId: nullable(String, 'Defaults to the authorization’s authClientId; AMS refuses any other.'),
  merchantMCC: nullable(String, '4-digit merchant category code (ISO 18245).'),
  merchantName: nullable(String),
  merchantDisplayName: nullable(String),
  merchantAddress: nullable(AddressInput),
  merchantRegisterDate: nullable(Date),
  merchantType: nullable(String, 'INDIVIDUAL or ENTERPRISE.'),
  store: nullable(StoreInput),
}) {}

@InputType({ description: 'AMS Goods (Java Goods.java): one line of the order. Goods data raises success rates.' })
export class GoodsInput extends inputFields({
  referenceGoodsId: field(String),
  goodsName: field(String),
  goodsCategory: nullable(String),
  goodsBrand: nullable(String),
  goodsUnitAmount: nullable(MoneyInput),
  goodsQuantity: nullable(Int, 'Sent as a string, as the SDKs do.'),
  goodsSkuName: nullable(String),
  goodsUrl: nullable(String),
  deliveryMethodType: nullable(String, 'PHYSICAL or DIGITAL.'),
  goodsImageUrl: nullable(String),
}) {}

@InputType({ description: 'AMS Buyer (Java Buyer.java).' })
export class BuyerInput extends inputFields({
  referenceBuyerId: nullable(String),
  buyerName: nullable(UserNameInput),
  buyerPhoneNo: nullable(String),
  buyerEmail: nullable(String),
  buyerRegistrationTime: nullable(Date),
  successfulOrderCount: nullable(Int),
}) {}

@InputType({ description: 'AMS Shipping (Java Shipping.java).' })
export class ShippingInput extends inputFields({
  shippingName: nullable(UserNameInput),
  shippingAddress: nullable(AddressInput),
  shippingCarrier: nullable(String),
  shippingPhoneNo: nullable(String),
  shipToEmail: nullable(String),
  shippingNumber: nullable(String),
  shippingFee: nullable(MoneyInput),
}) {}

@ObjectType({ description: 'AMS PspCustomerInfo (Java PspCustomerInfo.java): the wallet’s view of the user.' })
export class PspCustomerInfoType extends objectFields({
  pspName: nullable(String),
  pspCustomerId: nullable(String),
  displayCustomerId: nullable(String),
  displayCustomerName: nullable(String),
}) {}

export function toPspCustomerInfo(info: { pspName?: string; pspCustomerId?: string; displayCustomerId?: string; displayCustomerName?: string } | null): PspCustomerInfoType | null {
  if (!info) return null;
  return Object.assign(new PspCustomerInfoType(), {
    pspName: info.pspName ?? null,
    pspCustomerId: info.pspCustomerId ?? null,
    displayCustomerId: info.displayCustomerId ?? null,
    displayCustomerName: info.displayCustomerName ?? null,
  });
}
