import { Merchant } from '../merchants/merchant.entity.js';
import { fail, problem, succeed, type Outcome, type Problem } from '../outcome.js';
import { requirePlatformAdmin, type RequestScope } from '../request-scope.js';
import { MerchantRateLimit } from './merchant-rate-limit.entity.js';
import type { RateLimitErrorCode } from './rate-limit-errors.js';
import type { EffectiveRateLimits, RateLimits } from './rate-limits.js';

/** Each field: a whole number ≥ 0 (perSecond 0 turns that limit off), or null for the environment's default. */
export interface RateLimitOverrideInput {
  merchantId: string;
  keyPerSecond: number | null;
  keyBurst: number | null;
  merchantPerSecond: number | null;
  merchantBurst: number | null;
  notificationsPerSecond: number | null;
  notificationsBurst: number | null;
}

const MAX = 1_000_000;
const FIELDS = ['keyPerSecond', 'keyBurst', 'merchantPerSecond', 'merchantBurst', 'notificationsPerSecond', 'notificationsBurst'] as const;

/** A platform admin replaces a merchant's override (all six fields at once; null = default). */
export async function setRateLimitOverride(
  scope: RequestScope,
  limits: RateLimits,
  input: RateLimitOverrideInput,
): Promise<Outcome<EffectiveRateLimits, RateLimitErrorCode>> {
  requirePlatformAdmin(scope);
  const problems: Problem<RateLimitErrorCode>[] = [];
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > MAX)) {
      problems.push(problem('INVALID', field, `${field} must be a whole number from 0 to ${MAX}, or null for the default; got ${value}`));
    }
  }
  if (problems.length > 0) return fail(...problems);
  const merchant = await scope.em.findOne(Merchant, { id: input.merchantId });
  if (!merchant) return fail(problem('NOT_FOUND', 'merchantId', `no merchant ${input.merchantId}`));
  const em = scope.em.fork();
  const row = (await em.findOne(MerchantRateLimit, { merchantId: merchant.id })) ?? Object.assign(new MerchantRateLimit(), { merchantId: merchant.id });
  for (const field of FIELDS) row[field] = input[field];
  Object.assign(row, { updatedAt: new Date(), updatedBy: scope.actor.keyId });
  await em.persist(row).flush();
  limits.forget(merchant.id);
  scope.logger.info({ merchantId: merchant.id, ...Object.fromEntries(FIELDS.map((f) => [f, input[f]])) }, 'merchant rate limits set');
  return succeed(await limits.effective(merchant.id));
}
