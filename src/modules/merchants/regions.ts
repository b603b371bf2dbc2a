/** AMS endpoints per region (ams-spec: "recommended" domains; the domain is not part of the signed content). */
export const AMS_REGION_BASE_URLS = {
  ASIA: 'https://open-sea-global.alipay.com',
  NORTH_AMERICA: 'https://open-na-global.alipay.com',
  EUROPE: 'https://open-de-global.alipay.com',
} as const;
export type AmsRegion = keyof typeof AMS_REGION_BASE_URLS;
