import { isIP } from 'node:net';
import type { Address, Buyer, Env, Goods, Merchant, Shipping, Store, UserName } from '../../ams/index.js';
import { formatAmsDateTime } from '../../shared/time.js';
import type { InputChecker } from './input-checks.js';

/**
 * Checks for the AMS objects a caller describes in its own words (order risk data, addresses, device environment):
 * each takes the GraphQL-shaped input, collects every problem with the dotted field path, and returns the object
 * exactly as the official SDKs serialise it (JSON names of the Java SDK's `model/ams/*.java`), absent fields left out.
 */

type Maybe<T> = T | null | undefined;
type Check = InputChecker<string>;

export const TERMINAL_TYPES = ['WEB', 'WAP', 'APP', 'MINI_APP'] as const;
export const OS_TYPES = ['IOS', 'ANDROID'] as const;
export const DELIVERY_METHOD_TYPES = ['PHYSICAL', 'DIGITAL'] as const;
export const MERCHANT_TYPES = ['INDIVIDUAL', 'ENTERPRISE'] as const;
/** Goods lines per order: beyond any real basket, and a bound on the stored and sent JSON. */
export const MAX_GOODS = 100;

/**
 * The free-text fields of each object, with the longest text each takes: the input type's fields and the check's
 * limits come from the same list.
 */
const ADDRESS_TEXT = { state: 64, city: 64, address1: 256, address2: 256, address3: 256, zipCode: 32, label: 64 } as const;
const USER_NAME_TEXT = { firstName: 64, middleName: 64, lastName: 64, fullName: 128 } as const;
const ENV_TEXT = {
  osVersion: 16,
  userAgent: 1024,
  deviceTokenId: 128,
  cookieId: 128,
  deviceId: 128,
  deviceLanguage: 32,
  deviceBrand: 64,
  deviceModel: 64,
  screenHeight: 8,
  screenWidth: 8,
  colorDepth: 8,
} as const;
const STORE_TEXT = { referenceStoreId: 64, storeName: 256, storeDisplayName: 64, storeTerminalId: 64, storeOperatorId: 64 } as const;
const ORDER_MERCHANT_TEXT = { merchantName: 256, merchantDisplayName: 64 } as const;
const GOODS_TEXT = { goodsCategory: 64, goodsBrand: 64, goodsSkuName: 64 } as const;

/** Optional text fields named by a limits list. */
type TextInput<L> = { [K in keyof L]?: Maybe<string> };

export interface AddressInput extends TextInput<typeof ADDRESS_TEXT> {
  region: string;
}

export type UserNameInput = TextInput<typeof USER_NAME_TEXT>;

export interface EnvInput extends TextInput<typeof ENV_TEXT> {
  terminalType?: Maybe<string>;
  osType?: Maybe<string>;
  clientIp?: Maybe<string>;
  timeZoneOffset?: Maybe<number>;
}

export interface StoreInput extends TextInput<typeof STORE_TEXT> {
  storeMCC?: Maybe<string>;
  storeAddress?: Maybe<AddressInput>;
  storePhoneNo?: Maybe<string>;
}

export interface OrderMerchantInput extends TextInput<typeof ORDER_MERCHANT_TEXT> {
  referenceMerchantId?: Maybe<string>;
  merchantMCC?: Maybe<string>;
  merchantAddress?: Maybe<AddressInput>;
  merchantRegisterDate?: Maybe<Date>;
  merchantType?: Maybe<string>;
  store?: Maybe<StoreInput>;
}

export interface MoneyInputShape {
  value: string;
  currency: string;
}

export interface GoodsInput extends TextInput<typeof GOODS_TEXT> {
  referenceGoodsId: string;
  goodsName: string;
  goodsUnitAmount?: Maybe<MoneyInputShape>;
  goodsQuantity?: Maybe<number>;
  goodsUrl?: Maybe<string>;
  deliveryMethodType?: Maybe<string>;
  goodsImageUrl?: Maybe<string>;
}

export interface BuyerInput {
  referenceBuyerId?: Maybe<string>;
  buyerName?: Maybe<UserNameInput>;
  buyerPhoneNo?: Maybe<string>;
  buyerEmail?: Maybe<string>;
  buyerRegistrationTime?: Maybe<Date>;
  successfulOrderCount?: Maybe<number>;
}

export interface ShippingInput {
  shippingName?: Maybe<UserNameInput>;
  shippingAddress?: Maybe<AddressInput>;
  shippingCarrier?: Maybe<string>;
  shippingPhoneNo?: Maybe<string>;
  shipToEmail?: Maybe<string>;
  shippingNumber?: Maybe<string>;
  shippingFee?: Maybe<MoneyInputShape>;
}

/** Present, non-blank strings of `input` within their limits, keyed as given. */
function strings<K extends string>(check: Check, path: string, input: { readonly [P in NoInfer<K>]?: Maybe<string> }, limits: Record<K, number>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(limits) as K[]) {
    const value = check.optional(`${path}.${key}`, input[key], limits[key]);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Drops undefined/null members so the JSON carries only what was given. */
function compact<T extends object>(value: T): { [P in keyof T]?: Exclude<T[P], null | undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as { [P in keyof T]?: Exclude<T[P], null | undefined> };
}

function email(check: Check, field: string, value: Maybe<string>): string | null {
  const text = check.optional(field, value, 64);
  if (text !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
    check.add('INVALID', field, `${field} "${text}" is not an e-mail address`);
    return null;
  }
  return text;
}

function phone(check: Check, field: string, value: Maybe<string>): string | null {
  const text = check.optional(field, value, 24);
  if (text !== null && !/^\+?[0-9 ()-]{4,24}$/.test(text)) {
    check.add('INVALID', field, `${field} "${text}" is not a phone number (digits, optionally a leading + and spaces, dashes, parentheses)`);
    return null;
  }
  return text;
}

function amount(check: Check, field: string, value: Maybe<MoneyInputShape>) {
  return value ? (check.money(field, value) ?? null) : null;
}

export function checkAddress(check: Check, path: string, input: Maybe<AddressInput>): Address | null {
  if (!input) return null;
  const region = check.region(`${path}.region`, input.region);
  if (region === null && (input.region ?? '').trim() === '') check.add('REQUIRED', `${path}.region`, `${path}.region is required`);
  const rest = strings(check, path, input, ADDRESS_TEXT);
  return region === null ? null : { region, ...rest };
}

export function checkUserName(check: Check, path: string, input: Maybe<UserNameInput>): UserName | null {
  if (!input) return null;
  const name = strings(check, path, input, USER_NAME_TEXT);
  return Object.keys(name).length > 0 ? name : null;
}

/** `env` of consult and of a pay's order. APP and WAP terminals need `osType` (AMS answers PARAM_ILLEGAL otherwise). */
export function checkEnv(check: Check, path: string, input: Maybe<EnvInput>): Env | null {
  if (!input) return null;
  const terminalType = check.optionalOneOf(`${path}.terminalType`, input.terminalType, TERMINAL_TYPES);
  const osType = check.optionalOneOf(`${path}.osType`, input.osType, OS_TYPES);
  if ((terminalType === 'APP' || terminalType === 'WAP') && osType === null && !input.osType) {
    check.add('REQUIRED', `${path}.osType`, `${path}.osType is required when terminalType is ${terminalType}`);
  }
  const clientIp = check.optional(`${path}.clientIp`, input.clientIp, 64);
  if (clientIp !== null && isIP(clientIp) === 0) check.add('INVALID', `${path}.clientIp`, `${path}.clientIp "${clientIp}" is not an IPv4 or IPv6 address`);
  const rest = strings(check, path, input, ENV_TEXT);
  for (const key of ['screenHeight', 'screenWidth', 'colorDepth'] as const) {
    const value = rest[key];
    if (value !== undefined && !/^\d+$/.test(value)) check.add('INVALID', `${path}.${key}`, `${path}.${key} "${value}" is not a whole number of pixels/bits`);
  }
  const timeZoneOffset = check.intRange(`${path}.timeZoneOffset`, input.timeZoneOffset, -720, 720);
  const env = compact({ terminalType, osType, ...rest, clientIp, timeZoneOffset });
  return Object.keys(env).length > 0 ? env : null;
}

export function checkStore(check: Check, path: string, input: Maybe<StoreInput>): Store | null {
  if (!input) return null;
  const store = compact({
    ...strings(check, path, input, STORE_TEXT),
    storeMCC: check.mcc(`${path}.storeMCC`, input.storeMCC),
    storeAddress: checkAddress(check, `${path}.storeAddress`, input.storeAddress),
    storePhoneNo: phone(check, `${path}.storePhoneNo`, input.storePhoneNo),
  });
  return Object.keys(store).length > 0 ? store : null;
}

/** `order.merchant`: the secondary merchant the goods are sold by (Java `Merchant.java`). */
export function checkOrderMerchant(check: Check, path: string, input: Maybe<OrderMerchantInput>): Merchant | null {
  if (!input) return null;
  const merchant = compact({
    referenceMerchantId: check.requestId(`${path}.referenceMerchantId`, input.referenceMerchantId, 64),
    merchantMCC: check.mcc(`${path}.merchantMCC`, input.merchantMCC),
    ...strings(check, path, input, ORDER_MERCHANT_TEXT),
    merchantAddress: checkAddress(check, `${path}.merchantAddress`, input.merchantAddress),
    merchantRegisterDate: input.merchantRegisterDate ? formatAmsDateTime(input.merchantRegisterDate) : null,
    merchantType: check.optionalOneOf(`${path}.merchantType`, input.merchantType, MERCHANT_TYPES),
    store: checkStore(check, `${path}.store`, input.store),
  });
  return Object.keys(merchant).length > 0 ? merchant : null;
}

export function checkGoods(check: Check, path: string, input: Maybe<readonly GoodsInput[]>): Goods[] | null {
  if (!input || input.length === 0) return null;
  if (input.length > MAX_GOODS) {
    check.add('INVALID', path, `${path} has ${input.length} lines; at most ${MAX_GOODS} are allowed`);
    return null;
  }
  return input.map((goods, index) => {
    const at = `${path}[${index}]`;
    const referenceGoodsId = check.required(`${at}.referenceGoodsId`, goods.referenceGoodsId, 64);
    const goodsName = check.required(`${at}.goodsName`, goods.goodsName, 256);
    const quantity = check.intRange(`${at}.goodsQuantity`, goods.goodsQuantity, 1, 1_000_000);
    return compact({
      referenceGoodsId,
      goodsName,
      ...strings(check, at, goods, GOODS_TEXT),
      goodsUnitAmount: amount(check, `${at}.goodsUnitAmount`, goods.goodsUnitAmount),
      // The SDKs send the quantity as a string.
      goodsQuantity: quantity === null ? null : String(quantity),
      goodsUrl: check.url(`${at}.goodsUrl`, goods.goodsUrl, 2048, false),
      deliveryMethodType: check.optionalOneOf(`${at}.deliveryMethodType`, goods.deliveryMethodType, DELIVERY_METHOD_TYPES),
      goodsImageUrl: check.url(`${at}.goodsImageUrl`, goods.goodsImageUrl, 2048, false),
    });
  });
}

export function checkBuyer(check: Check, path: string, input: Maybe<BuyerInput>): Buyer | null {
  if (!input) return null;
  const buyer = compact({
    referenceBuyerId: check.optional(`${path}.referenceBuyerId`, input.referenceBuyerId, 64),
    buyerName: checkUserName(check, `${path}.buyerName`, input.buyerName),
    buyerPhoneNo: phone(check, `${path}.buyerPhoneNo`, input.buyerPhoneNo),
    buyerEmail: email(check, `${path}.buyerEmail`, input.buyerEmail),
    buyerRegistrationTime: input.buyerRegistrationTime ? formatAmsDateTime(input.buyerRegistrationTime) : null,
    // A JSON number, as the Java SDK's Integer serialises.
    successfulOrderCount: check.intRange(`${path}.successfulOrderCount`, input.successfulOrderCount, 0, 1_000_000_000),
  });
  return Object.keys(buyer).length > 0 ? buyer : null;
}

export function checkShipping(check: Check, path: string, input: Maybe<ShippingInput>): Shipping | null {
  if (!input) return null;
  const shipping = compact({
    shippingName: checkUserName(check, `${path}.shippingName`, input.shippingName),
    shippingAddress: checkAddress(check, `${path}.shippingAddress`, input.shippingAddress),
    shippingCarrier: check.optional(`${path}.shippingCarrier`, input.shippingCarrier, 128),
    shippingPhoneNo: phone(check, `${path}.shippingPhoneNo`, input.shippingPhoneNo),
    shipToEmail: email(check, `${path}.shipToEmail`, input.shipToEmail),
    shippingNumber: check.optional(`${path}.shippingNumber`, input.shippingNumber, 64),
    shippingFee: amount(check, `${path}.shippingFee`, input.shippingFee),
  });
  return Object.keys(shipping).length > 0 ? shipping : null;
}
