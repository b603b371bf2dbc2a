import { describe, expect, it } from 'vitest';
import { OffsetClock } from '../../../src/shared/clock.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { ANTOM_RETRY_GAPS_SECONDS } from '../../../src/sandbox/config.js';
import { FaultRegistry, FaultRuleError } from '../../../src/sandbox/faults.js';
import { isAcknowledgement } from '../../../src/sandbox/notifications/ack.js';
import { attemptOffsetsMs, gapBeforeAttemptMs } from '../../../src/sandbox/notifications/schedule.js';
import { Fields } from '../../../src/sandbox/pipeline/fields.js';
import { routeApi, signedPathOf } from '../../../src/sandbox/pipeline/routing.js';
import { ParamIllegal } from '../../../src/sandbox/results.js';
import { payScenario, refundScenario } from '../../../src/sandbox/scenarios.js';
import { Scheduler } from '../../../src/sandbox/scheduler.js';

describe('routing', () => {
  it('signs the path part of an absolute-form target (Python SDK)', () => {
    expect(signedPathOf('http://127.0.0.1:8080/ams/api/v1/payments/pay')).toBe('/ams/api/v1/payments/pay');
    expect(signedPathOf('https://h/ams/sandbox/api/v1/payments/pay?a=1')).toBe('/ams/sandbox/api/v1/payments/pay?a=1');
    expect(signedPathOf('http://h')).toBe('/');
    expect(signedPathOf('/ams/api/v1/payments/pay')).toBe('/ams/api/v1/payments/pay');
  });

  it('maps both prefixes of all 13 APIs and nothing else', () => {
    expect(routeApi('/ams/api/v1/payments/pay')).toBe('pay');
    expect(routeApi('/ams/sandbox/api/v1/merchants/inquiryRegistrationInfo')).toBe('inquiryRegistrationInfo');
    expect(routeApi('/ams/api/v1/payments/capture')).toBeUndefined();
    expect(routeApi('/ams/api/v2/payments/pay')).toBeUndefined();
  });
});

describe('notification schedule and acknowledgement', () => {
  it('uses the documented gaps, scaled, and ends after attempt 8', () => {
    expect(ANTOM_RETRY_GAPS_SECONDS).toEqual([0, 120, 600, 600, 3600, 7200, 21600, 54000]);
    expect(gapBeforeAttemptMs(1, ANTOM_RETRY_GAPS_SECONDS, 1)).toBe(0);
    expect(gapBeforeAttemptMs(2, ANTOM_RETRY_GAPS_SECONDS, 0.001)).toBe(120);
    expect(gapBeforeAttemptMs(9, ANTOM_RETRY_GAPS_SECONDS, 1)).toBeUndefined();
    expect(attemptOffsetsMs(ANTOM_RETRY_GAPS_SECONDS, 1).at(-1)).toBe((24 * 3600 + 22 * 60) * 1000);
  });

  it('acknowledges only HTTP 200 with result SUCCESS/S', () => {
    expect(isAcknowledgement(200, '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}')).toBe(true);
    expect(isAcknowledgement(200, '{ "result" : { "resultStatus":"S", "resultCode":"SUCCESS" } }')).toBe(true);
    expect(isAcknowledgement(500, '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}')).toBe(false);
    expect(isAcknowledgement(200, 'OK')).toBe(false);
    expect(isAcknowledgement(200, '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F"}}')).toBe(false);
  });
});

describe('scheduler on the sandbox clock', () => {
  it('fires due tasks in order when the clock jumps, and can cancel', () => {
    const clock = new OffsetClock();
    const scheduler = new Scheduler(clock, silentLogger);
    const fired: string[] = [];
    scheduler.after(60_000, () => fired.push('b'));
    scheduler.after(30_000, () => fired.push('a'));
    const cancel = scheduler.after(45_000, () => fired.push('never'));
    scheduler.after(3_600_000, () => fired.push('later'));
    cancel();
    clock.advance(61_000);
    scheduler.rearm();
    expect(fired).toEqual(['a', 'b']);
    expect(scheduler.pending).toBe(1);
    scheduler.close();
    expect(scheduler.pending).toBe(0);
  });
});

describe('fault registry', () => {
  it('validates rules', () => {
    const faults = new FaultRegistry(1);
    expect(() => faults.add({ kind: 'meteor' as never })).toThrow(FaultRuleError);
    expect(() => faults.add({ kind: 'unknown', api: 'notifyPayment' as never })).toThrow(/api/);
    expect(() => faults.add({ kind: 'duplicateNotification', api: 'pay' as never })).toThrow(/api/);
    expect(() => faults.add({ kind: 'unknown', probability: 2 })).toThrow(/probability/);
    expect(() => faults.add({ kind: 'http5xx', status: 404 })).toThrow(/5xx/);
  });

  it('sums latency, picks one answer fault, honours count and scope', () => {
    const faults = new FaultRegistry(1);
    faults.add({ kind: 'latency', delayMs: 10 });
    faults.add({ kind: 'latency', api: 'pay', delayMs: 5 });
    faults.add({ kind: 'unknown', api: 'pay', count: 1 });
    faults.add({ kind: 'http5xx', clientId: 'OTHER' });
    const first = faults.forRequest('pay', 'ME');
    expect([first.latencyMs, first.fault?.kind]).toEqual([15, 'unknown']);
    const second = faults.forRequest('pay', 'ME');
    expect([second.latencyMs, second.fault]).toEqual([15, undefined]);
    expect(faults.forRequest('refund', 'OTHER').fault?.kind).toBe('http5xx');
  });

  it('replays the same probabilistic pattern for the same seed', () => {
    const run = (seed: number) => {
      const faults = new FaultRegistry(seed);
      faults.add({ kind: 'timeout', probability: 0.3 });
      return Array.from({ length: 40 }, () => (faults.forRequest('pay', 'C').fault ? 'x' : '.')).join('');
    };
    expect(run(5)).toBe(run(5));
    expect(run(5)).not.toBe(run(6));
    expect(run(5)).toMatch(/x/);
  });
});

describe('lenient field reading (ams-spec §3.1)', () => {
  const fields = Fields.root({ s: 12, b: 'true', n: null, e: '', a: { currency: 'PHP', value: 300 }, u: 'https%3A%2F%2Fm.example%2Fn' });
  it('treats numbers as strings, "true" as true, null as absent', () => {
    expect(fields.string('s', 5)).toBe('12');
    expect(fields.bool('b', false)).toBe(true);
    expect(fields.optString('n', 5)).toBeUndefined();
    expect(fields.amount('a')).toEqual({ currency: 'PHP', value: '300' });
    expect(fields.url('u', 100)).toBe('https://m.example/n');
  });
  it('names the field on failure', () => {
    expect(() => fields.string('e', 5)).toThrow(new ParamIllegal('e', 'must not be empty'));
    expect(() => fields.string('missing', 5)).toThrow(/^missing is required$/);
    expect(() => fields.string('s', 1)).toThrow(/^s exceeds 1 characters$/);
  });
});

describe('scenario triggers', () => {
  it('maps amount endings', () => {
    expect(payScenario('10001')).toMatchObject({ kind: 'fail', code: 'USER_BALANCE_NOT_ENOUGH' });
    expect(payScenario('2')).toEqual({ kind: 'async', outcome: 'SUCCESS' });
    expect(payScenario('10010')).toEqual({ kind: 'success' });
    expect(refundScenario('500', true)).toEqual({ kind: 'async', outcome: 'SUCCESS' });
    expect(refundScenario('511', false)).toMatchObject({ kind: 'fail' });
  });
});
