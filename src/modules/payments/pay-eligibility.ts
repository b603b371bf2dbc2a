import type { Authorization } from '../authorizations/authorization.entity.js';
import { problem, type Problem } from '../outcome.js';
import type { PaymentErrorCode } from './payment-errors.js';

/** What pay reads of an authorization to decide whether it can pay now. */
export type PayingFacts = Pick<Authorization, 'status' | 'accessTokenEncrypted' | 'accessTokenExpiresAt'>;

/** One test on one column: a small language both the TypeScript check and the SQL predicate are made from. */
type Test = { is: 'equal'; value: string } | { is: 'present' } | { is: 'absentOrAfterNow' };

interface Condition {
  property: keyof PayingFacts;
  test: Test;
  refusal: (id: string, facts: PayingFacts) => Problem<PaymentErrorCode>;
}

/**
 * When an authorization can pay now, in the order the refusals are named. The general path (pay.ts) evaluates this
 * list on the loaded authorization; the one-statement intent (pay-intent.ts) inserts only where the SQL made from
 * the same list holds. So both take the same authorizations, and a drift between them cannot be written.
 */
const PAY_CONDITIONS: readonly Condition[] = [
  {
    property: 'status',
    test: { is: 'equal', value: 'ACTIVE' },
    refusal: (id, facts) =>
      facts.status === 'REAUTHORIZATION_REQUIRED'
        ? problem('REAUTHORIZATION_REQUIRED', 'authorizationId', `authorization ${id} is dead (its access token was refused and could not be refreshed); consult again so the user authorizes anew`)
        : problem('AUTHORIZATION_NOT_ACTIVE', 'authorizationId', `authorization ${id} is ${facts.status}; pay needs an ACTIVE one`),
  },
  {
    property: 'accessTokenEncrypted',
    test: { is: 'present' },
    refusal: (id) => problem('AUTHORIZATION_NOT_ACTIVE', 'authorizationId', `authorization ${id} holds no access token; pay needs one (applyToken first)`),
  },
  {
    property: 'accessTokenExpiresAt',
    test: { is: 'absentOrAfterNow' },
    refusal: (id, facts) =>
      problem('TOKEN_EXPIRED', 'authorizationId', `the access token of authorization ${id} expired at ${facts.accessTokenExpiresAt!.toISOString()}; refresh it first`),
  },
];

function holds(test: Test, value: unknown, now: Date): boolean {
  switch (test.is) {
    case 'equal':
      return value === test.value;
    case 'present':
      return value !== null && value !== undefined;
    case 'absentOrAfterNow':
      return value === null || value === undefined || (value as Date).getTime() > now.getTime();
  }
}

/** Why the authorization cannot pay now, or null when it can. */
export function payRefusal(authorization: PayingFacts | null, id: string, now: Date): Problem<PaymentErrorCode> | null {
  if (!authorization) return problem('NOT_FOUND', 'authorizationId', `no authorization ${id}`);
  const failed = PAY_CONDITIONS.find((condition) => !holds(condition.test, authorization[condition.property], now));
  return failed ? failed.refusal(id, authorization) : null;
}

/**
 * The same conditions as an SQL predicate over the authorization's row: `column(property)` names a column,
 * `now` is the parameter holding the time of the request.
 */
export function payEligibleSql(column: (property: string) => string, now: string): string {
  return PAY_CONDITIONS.map(({ property, test }) => {
    const c = column(property);
    switch (test.is) {
      case 'equal':
        return `${c} = '${test.value.replace(/'/g, "''")}'`;
      case 'present':
        return `${c} is not null`;
      case 'absentOrAfterNow':
        return `(${c} is null or ${c} > ${now})`;
    }
  }).join(' and ');
}
