import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MoneyInput } from './operation-types.js';

/**
 * GraphQL inputs for the AMS objects a merchant describes (order risk data, addresses, device environment). Field
 * names are the official SDKs' JSON names, so the AMS documentation reads directly onto them; the module's checks
 * (modules/shared/wire-inputs.ts) validate and turn them into the wire objects.
 */

@InputType({ description: 'AMS Address (Java Address.java).' })
export class AddressInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. US.' })
  region!: string;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  address1?: string | null;

  @Field(() => String, { nullable: true })
  address2?: string | null;

  @Field(() => String, { nullable: true })
  address3?: string | null;

  @Field(() => String, { nullable: true })
  zipCode?: string | null;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType({ description: 'AMS UserName (Java UserName.java).' })
export class UserNameInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  middleName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  fullName?: string | null;
}

@InputType({ description: 'AMS Env (Java Env.java): the user’s device. APP and WAP terminals need osType.' })
export class EnvInput {
  @Field(() => String, { nullable: true, description: 'WEB, WAP, APP or MINI_APP.' })
  terminalType?: string | null;

  @Field(() => String, { nullable: true, description: 'IOS or ANDROID.' })
  osType?: string | null;

  @Field(() => String, { nullable: true })
  osVersion?: string | null;

  @Field(() => String, { nullable: true })
  userAgent?: string | null;

  @Field(() => String, { nullable: true })
  deviceTokenId?: string | null;

  @Field(() => String, { nullable: true, description: 'IPv4 or IPv6.' })
  clientIp?: string | null;

  @Field(() => String, { nullable: true })
  cookieId?: string | null;

  @Field(() => String, { nullable: true })
  deviceId?: string | null;

  @Field(() => String, { nullable: true })
  deviceLanguage?: string | null;

  @Field(() => String, { nullable: true })
  deviceBrand?: string | null;

  @Field(() => String, { nullable: true })
  deviceModel?: string | null;

  @Field(() => String, { nullable: true, description: 'Pixels, as a string (the SDK’s type).' })
  screenHeight?: string | null;

  @Field(() => String, { nullable: true, description: 'Pixels, as a string (the SDK’s type).' })
  screenWidth?: string | null;

  @Field(() => String, { nullable: true })
  colorDepth?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes from UTC, -720…720.' })
  timeZoneOffset?: number | null;
}

@InputType({ description: 'AMS Store (Java Store.java).' })
export class StoreInput {
  @Field(() => String, { nullable: true })
  referenceStoreId?: string | null;

  @Field(() => String, { nullable: true })
  storeName?: string | null;

  @Field(() => String, { nullable: true, description: '4-digit MCC.' })
  storeMCC?: string | null;

  @Field(() => String, { nullable: true })
  storeDisplayName?: string | null;

  @Field(() => String, { nullable: true })
  storeTerminalId?: string | null;

  @Field(() => String, { nullable: true })
  storeOperatorId?: string | null;

  @Field(() => AddressInput, { nullable: true })
  storeAddress?: AddressInput | null;

  @Field(() => String, { nullable: true })
  storePhoneNo?: string | null;
}

@InputType({ description: 'AMS order.merchant (Java Merchant.java): the secondary merchant selling this order.' })
export class OrderMerchantInput {
  @Field(() => String, { nullable: true, description: 'Defaults to the authorization’s authClientId; AMS refuses any other.' })
  referenceMerchantId?: string | null;

  @Field(() => String, { nullable: true, description: '4-digit merchant category code (ISO 18245).' })
  merchantMCC?: string | null;

  @Field(() => String, { nullable: true })
  merchantName?: string | null;

  @Field(() => String, { nullable: true })
  merchantDisplayName?: string | null;

  @Field(() => AddressInput, { nullable: true })
  merchantAddress?: AddressInput | null;

  @Field(() => Date, { nullable: true })
  merchantRegisterDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'INDIVIDUAL or ENTERPRISE.' })
  merchantType?: string | null;

  @Field(() => StoreInput, { nullable: true })
  store?: StoreInput | null;
}

@InputType({ description: 'AMS Goods (Java Goods.java): one line of the order. Goods data raises success rates.' })
export class GoodsInput {
  @Field(() => String)
  referenceGoodsId!: string;

  @Field(() => String)
  goodsName!: string;

  @Field(() => String, { nullable: true })
  goodsCategory?: string | null;

  @Field(() => String, { nullable: true })
  goodsBrand?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  goodsUnitAmount?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: 'Sent as a string, as the SDKs do.' })
  goodsQuantity?: number | null;

  @Field(() => String, { nullable: true })
  goodsSkuName?: string | null;

  @Field(() => String, { nullable: true })
  goodsUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'PHYSICAL or DIGITAL.' })
  deliveryMethodType?: string | null;

  @Field(() => String, { nullable: true })
  goodsImageUrl?: string | null;
}

@InputType({ description: 'AMS Buyer (Java Buyer.java).' })
export class BuyerInput {
  @Field(() => String, { nullable: true })
  referenceBuyerId?: string | null;

  @Field(() => UserNameInput, { nullable: true })
  buyerName?: UserNameInput | null;

  @Field(() => String, { nullable: true })
  buyerPhoneNo?: string | null;

  @Field(() => String, { nullable: true })
  buyerEmail?: string | null;

  @Field(() => Date, { nullable: true })
  buyerRegistrationTime?: Date | null;

  @Field(() => Int, { nullable: true })
  successfulOrderCount?: number | null;
}

@InputType({ description: 'AMS Shipping (Java Shipping.java).' })
export class ShippingInput {
  @Field(() => UserNameInput, { nullable: true })
  shippingName?: UserNameInput | null;

  @Field(() => AddressInput, { nullable: true })
  shippingAddress?: AddressInput | null;

  @Field(() => String, { nullable: true })
  shippingCarrier?: string | null;

  @Field(() => String, { nullable: true })
  shippingPhoneNo?: string | null;

  @Field(() => String, { nullable: true })
  shipToEmail?: string | null;

  @Field(() => String, { nullable: true })
  shippingNumber?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  shippingFee?: MoneyInput | null;
}

@ObjectType({ description: 'AMS PspCustomerInfo (Java PspCustomerInfo.java): the wallet’s view of the user.' })
export class PspCustomerInfoType {
  @Field(() => String, { nullable: true })
  pspName!: string | null;

  @Field(() => String, { nullable: true })
  pspCustomerId!: string | null;

  @Field(() => String, { nullable: true })
  displayCustomerId!: string | null;

  @Field(() => String, { nullable: true })
  displayCustomerName!: string | null;
}

export function toPspCustomerInfo(info: { pspName?: string; pspCustomerId?: string; displayCustomerId?: string; displayCustomerName?: string } | null): PspCustomerInfoType | null {
  if (!info) return null;
  return Object.assign(new PspCustomerInfoType(), {
    pspName: info.pspName ?? null,
    pspCustomerId: info.pspCustomerId ?? null,
    displayCustomerId: info.displayCustomerId ?? null,
    displayCustomerName: info.displayCustomerName ?? null,
  });
}
