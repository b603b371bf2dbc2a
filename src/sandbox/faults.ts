import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '../ams/wire/index.js';
import { API_NAMES, type ApiName } from './pipeline/routing.js';
import { SeededRandom } from './rng.js';

export const NOTIFICATION_TYPES = [
  'notifyPayment',
  'notifyRefund',
  'notifyAuthorization',
  'notifyRegistrationStatus',
] as const satisfies readonly NotificationKind[];
export type NotificationType = NotificationKind;

/** Faults on API calls (the answer) and on notifications (the delivery). */
export const REQUEST_FAULT_KINDS = ['latency', 'timeout', 'http5xx', 'reset', 'unknown', 'unsigned'] as const;
export const NOTIFICATION_FAULT_KINDS = ['duplicateNotification', 'reorderNotification', 'badNotificationSignature'] as const;
export type RequestFaultKind = (typeof REQUEST_FAULT_KINDS)[number];
export type NotificationFaultKind = (typeof NOTIFICATION_FAULT_KINDS)[number];
export type FaultKind = RequestFaultKind | NotificationFaultKind;

export interface FaultRule {
  kind: FaultKind;
  /** An API name (`pay`), a notification type (`notifyPayment`) or '*' (default). */
  api?: ApiName | NotificationType | '*';
  /** Only this merchant's traffic. */
  clientId?: string;
  /** Chance that a matching call is hit, 0..1 (default 1), drawn from the seeded RNG. */
  probability?: number;
  /** Hit only the next N matching calls, then the rule retires (default: unlimited). */
  count?: number;
  /** latency: added delay; timeout: answer delay (default 16 s, past the SDKs' 15 s); reorder: holding time. */
  delayMs?: number;
  /** http5xx: the status code (default 503). */
  status?: number;
  /** unsigned / unknown: the result status of the gateway-error answer (unsigned default 'U'). */
  resultStatus?: 'F' | 'U';
  /**
   * Whether the business operation runs before the fault shows. Defaults: true for timeout and unknown (the classic
   * "it happened but you did not hear"), false for http5xx, reset and unsigned (the gateway failed first).
   */
  applied?: boolean;
}

export interface ActiveFault extends Required<Pick<FaultRule, 'kind' | 'api' | 'probability'>> {
  id: string;
  clientId: string | undefined;
  remaining: number | undefined;
  delayMs: number;
  status: number;
  resultStatus: 'F' | 'U';
  applied: boolean;
  hits: number;
}

export class FaultRuleError extends Error {
  override readonly name = 'FaultRuleError';
}

const DEFAULT_DELAY: Record<FaultKind, number> = {
  latency: 200,
  timeout: 16_000,
  http5xx: 0,
  reset: 0,
  unknown: 0,
  unsigned: 0,
  duplicateNotification: 0,
  reorderNotification: 500,
  badNotificationSignature: 0,
};

const APPLIED_BY_DEFAULT: ReadonlySet<FaultKind> = new Set(['timeout', 'unknown', 'latency']);

function isRequestKind(kind: FaultKind): kind is RequestFaultKind {
  return (REQUEST_FAULT_KINDS as readonly string[]).includes(kind);
}

/** What a request should suffer: added latency plus at most one answer-changing fault. */
export interface RequestFaults {
  latencyMs: number;
  fault: ActiveFault | undefined;
}

/** Run-time switchable faults with a seedable RNG, so a chaos run replays identically for one seed. */
export class FaultRegistry {
  private readonly rules: ActiveFault[] = [];
  private readonly random: SeededRandom;

  constructor(seed?: number) {
    this.random = new SeededRandom(seed);
  }

  reseed(seed: number): void {
    this.random.reseed(seed);
  }

  add(rule: FaultRule): ActiveFault {
    const kinds: readonly string[] = [...REQUEST_FAULT_KINDS, ...NOTIFICATION_FAULT_KINDS];
    if (!kinds.includes(rule.kind)) throw new FaultRuleError(`kind must be one of ${kinds.join(', ')}`);
    const api = rule.api ?? '*';
    const targets: readonly string[] = isRequestKind(rule.kind) ? API_NAMES : NOTIFICATION_TYPES;
    if (api !== '*' && !targets.includes(api)) {
      throw new FaultRuleError(`api for a ${rule.kind} fault must be '*' or one of ${targets.join(', ')}`);
    }
    const probability = rule.probability ?? 1;
    if (!(probability >= 0 && probability <= 1)) throw new FaultRuleError('probability must be within 0..1');
    if (rule.count !== undefined && !(Number.isInteger(rule.count) && rule.count > 0)) {
      throw new FaultRuleError('count must be a positive integer');
    }
    const delayMs = rule.delayMs ?? DEFAULT_DELAY[rule.kind];
    if (!(delayMs >= 0 && delayMs <= 600_000)) throw new FaultRuleError('delayMs must be within 0..600000');
    const status = rule.status ?? 503;
    if (!(Number.isInteger(status) && status >= 500 && status <= 599)) throw new FaultRuleError('status must be 5xx');
    const active: ActiveFault = {
      id: randomUUID(),
      kind: rule.kind,
      api,
      clientId: rule.clientId,
      probability,
      remaining: rule.count,
      delayMs,
      status,
      resultStatus: rule.resultStatus === 'F' ? 'F' : 'U',
      applied: rule.applied ?? APPLIED_BY_DEFAULT.has(rule.kind),
      hits: 0,
    };
    this.rules.push(active);
    return active;
  }

  remove(id: string): boolean {
    const index = this.rules.findIndex((r) => r.id === id);
    if (index < 0) return false;
    this.rules.splice(index, 1);
    return true;
  }

  clear(): void {
    this.rules.length = 0;
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** Latency rules add up; the first other matching rule that fires decides the answer. */
  forRequest(api: ApiName, clientId: string | undefined): RequestFaults {
    let latencyMs = 0;
    let fault: ActiveFault | undefined;
    for (const rule of [...this.rules]) {
      if (!isRequestKind(rule.kind) || (rule.kind !== 'latency' && fault)) continue;
      if (!this.fires(rule, api, clientId)) continue;
      if (rule.kind === 'latency') latencyMs += rule.delayMs;
      else fault = rule;
    }
    return { latencyMs, fault };
  }

  /** Every matching notification fault that fires for one delivery attempt. */
  forNotification(type: NotificationType, clientId: string): ActiveFault[] {
    return [...this.rules].filter((rule) => !isRequestKind(rule.kind) && this.fires(rule, type, clientId));
  }

  private fires(rule: ActiveFault, target: string, clientId: string | undefined): boolean {
    if (rule.api !== '*' && rule.api !== target) return false;
    if (rule.clientId !== undefined && rule.clientId !== clientId) return false;
    if (rule.probability < 1 && this.random.next() >= rule.probability) return false;
    rule.hits += 1;
    if (rule.remaining !== undefined) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.remove(rule.id);
    }
    return true;
  }
}
