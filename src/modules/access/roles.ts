/** Who an API key speaks for. A closed set: adding one means revisiting the auth checker and the scope. */
export const ROLES = ['PLATFORM_ADMIN', 'MERCHANT', 'MERCHANT_READONLY'] as const;
export type Role = (typeof ROLES)[number];

export const MERCHANT_ROLES: readonly Role[] = ['MERCHANT', 'MERCHANT_READONLY'];

export function isMerchantRole(role: Role): role is 'MERCHANT' | 'MERCHANT_READONLY' {
  return role !== 'PLATFORM_ADMIN';
}
