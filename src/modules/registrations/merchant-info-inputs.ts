import type { Address, Attachment, ContactInfo, Logo, RegistrationDetail, WebSite } from '../../ams/index.js';
import type { InputChecker } from '../shared/input-checks.js';
import { checkAddress, type AddressInput } from '../shared/wire-inputs.js';

/**
 * The parts of a registration's `merchantInfo` that Antom's reviewers read (Java `MerchantRegistrationInfo.java`,
 * `RegistrationDetail.java`, `Logo.java`, `WebSite.java`, `Attachment.java`, `ContactInfo.java`; filled as in
 * `RegistrationDemoCode.java`). Enumerations the SDK leaves open (registrationType, businessType, attachmentType,
 * contactType) are checked for shape only: upper-case tokens such as ENTERPRISE_REGISTRATION_NO.
 */

type Maybe<T> = T | null | undefined;
type Check = InputChecker<string>;

export const WEBSITE_TYPES = ['COMPANY_INTRODUCE', 'TRADING'] as const;

export interface LogoInput {
  logoName?: Maybe<string>;
  logoUrl: string;
}

export interface WebSiteInput {
  url: string;
  name?: Maybe<string>;
  desc?: Maybe<string>;
  type?: Maybe<string>;
}

export interface AttachmentInput {
  attachmentType: string;
  file?: Maybe<string>;
  attachmentName?: Maybe<string>;
  fileKey?: Maybe<string>;
}

export interface ContactInfoInput {
  contactNo: string;
  contactType: string;
}

export interface RegistrationDetailInput {
  legalName?: Maybe<string>;
  registrationType?: Maybe<string>;
  registrationNo?: Maybe<string>;
  registrationAddress?: Maybe<AddressInput>;
  businessType?: Maybe<string>;
  attachments?: Maybe<AttachmentInput[]>;
  contactInfo?: Maybe<ContactInfoInput[]>;
}

function token(check: Check, field: string, value: Maybe<string>, required: boolean): string | null {
  const text = required ? (check.required(field, value, 64) ?? null) : check.optional(field, value, 64);
  if (text !== null && !/^[A-Z][A-Z0-9_]*$/.test(text)) {
    check.add('INVALID', field, `${field} "${text}" is not an upper-case code such as ENTERPRISE_REGISTRATION_NO`);
    return null;
  }
  return text;
}

function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value !== null && value !== undefined) target[key] = value;
}

export function checkLogo(check: Check, input: Maybe<LogoInput>): Logo | null {
  if (!input) return null;
  const logo: Logo = {};
  put(logo, 'logoName', check.optional('logo.logoName', input.logoName, 64));
  put(logo, 'logoUrl', check.url('logo.logoUrl', input.logoUrl, 2048, true));
  return logo;
}

export function checkWebsites(check: Check, input: Maybe<WebSiteInput[]>): WebSite[] | null {
  if (!input || input.length === 0) return null;
  if (input.length > 20) check.add('INVALID', 'websites', `websites has ${input.length} entries; at most 20 are allowed`);
  return input.slice(0, 20).map((site, i) => {
    const url = check.url(`websites[${i}].url`, site.url, 2048, true) ?? '';
    const website: WebSite = { url };
    put(website, 'name', check.optional(`websites[${i}].name`, site.name, 128));
    put(website, 'desc', check.optional(`websites[${i}].desc`, site.desc, 512));
    put(website, 'type', check.optionalOneOf(`websites[${i}].type`, site.type, WEBSITE_TYPES));
    return website;
  });
}

export function checkMerchantAddress(check: Check, input: Maybe<AddressInput>): Address | null {
  return checkAddress(check, 'merchantAddress', input);
}

export function checkRegistrationDetail(check: Check, input: Maybe<RegistrationDetailInput>): RegistrationDetail | null {
  if (!input) return null;
  const detail: RegistrationDetail = {};
  put(detail, 'legalName', check.optional('registrationDetail.legalName', input.legalName, 256));
  put(detail, 'registrationType', token(check, 'registrationDetail.registrationType', input.registrationType, false));
  put(detail, 'registrationNo', check.optional('registrationDetail.registrationNo', input.registrationNo, 64));
  put(detail, 'registrationAddress', checkAddress(check, 'registrationDetail.registrationAddress', input.registrationAddress));
  put(detail, 'businessType', token(check, 'registrationDetail.businessType', input.businessType, false));
  const attachments = (input.attachments ?? []).map((a, i): Attachment => {
    const at = `registrationDetail.attachments[${i}]`;
    const attachment: Attachment = { attachmentType: token(check, `${at}.attachmentType`, a.attachmentType, true) ?? '' };
    put(attachment, 'file', check.optional(`${at}.file`, a.file, 2048));
    put(attachment, 'attachmentName', check.optional(`${at}.attachmentName`, a.attachmentName, 128));
    put(attachment, 'fileKey', check.optional(`${at}.fileKey`, a.fileKey, 256));
    if (!attachment.file && !attachment.fileKey) check.add('REQUIRED', `${at}.file`, `${at} needs file (a URL or content) or fileKey`);
    return attachment;
  });
  if (attachments.length > 0) detail.attachments = attachments;
  const contacts = (input.contactInfo ?? []).map((c, i): ContactInfo => ({
    contactNo: check.required(`registrationDetail.contactInfo[${i}].contactNo`, c.contactNo, 64) ?? '',
    contactType: token(check, `registrationDetail.contactInfo[${i}].contactType`, c.contactType, true) ?? '',
  }));
  if (contacts.length > 0) detail.contactInfo = contacts;
  return Object.keys(detail).length > 0 ? detail : null;
}
