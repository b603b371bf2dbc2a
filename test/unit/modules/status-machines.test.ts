import { describe, expect, it } from 'vitest';
import { authorizationMachine } from '../../../src/modules/authorizations/authorization-status.js';
import { declarationMachine, declarationStatusFromAms } from '../../../src/modules/declarations/declaration-status.js';
import { paymentMachine, paymentStatusFromAms } from '../../../src/modules/payments/payment-status.js';
import { refundMachine, refundStatusFromAms } from '../../../src/modules/refunds/refund-status.js';
import { registrationMachine, registrationStatusFromAms } from '../../../src/modules/registrations/registration-status.js';
import {
  decideTransition,
  defineStatusMachine,
  isFinal,
  type StatusMachine,
} from '../../../src/modules/shared/status-machine.js';

const machines: Array<StatusMachine<string>> = [
  paymentMachine,
  refundMachine,
  authorizationMachine,
  declarationMachine,
  registrationMachine,
];

describe.each(machines.map((m) => [m.name, m] as const))('%s status machine', (_, machine) => {
  it('never leaves a final status', () => {
    for (const from of machine.final) {
      for (const to of machine.statuses) {
        const decision = decideTransition(machine, from, to);
        expect(decision.kind).toBe(from === to ? 'noop' : 'reject');
      }
    }
  });

  it('treats a repeat of the current status as a no-op', () => {
    for (const s of machine.statuses) expect(decideTransition(machine, s, s)).toEqual({ kind: 'noop', status: s });
  });

  it('reaches every final status from the first status', () => {
    const reached = new Set<string>([machine.statuses[0]!]);
    const queue = [machine.statuses[0]!];
    while (queue.length) {
      for (const to of machine.transitions[queue.shift()!]!) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    for (const f of machine.final) expect(reached.has(f)).toBe(true);
  });
});

describe('payment transitions', () => {
  it('lets a success be cancelled (reversal inside the window) but never failed', () => {
    expect(decideTransition(paymentMachine, 'SUCCEEDED', 'CANCELLED').kind).toBe('apply');
    const late = decideTransition(paymentMachine, 'SUCCEEDED', 'FAILED');
    expect(late.kind).toBe('reject');
  });

  it('keeps a cancelled payment cancelled when a late success arrives (AMS refunds it)', () => {
    const decision = decideTransition(paymentMachine, 'CANCELLED', 'SUCCEEDED');
    expect(decision).toMatchObject({ kind: 'reject' });
    if (decision.kind === 'reject') expect(decision.reason).toMatch(/final status/);
  });

  it('maps AMS statuses without guessing', () => {
    expect(paymentStatusFromAms('SUCCESS')).toBe('SUCCEEDED');
    expect(paymentStatusFromAms('FAIL')).toBe('FAILED');
    expect(paymentStatusFromAms('CANCELLED')).toBe('CANCELLED');
    expect(paymentStatusFromAms('PENDING')).toBe('PROCESSING');
    expect(paymentStatusFromAms('PROCESSING')).toBe('PROCESSING');
    expect(paymentStatusFromAms('SOMETHING_NEW')).toBeNull();
    expect(isFinal(paymentMachine, 'SUCCEEDED')).toBe(false);
  });
});

describe('other AMS status mappings', () => {
  it.each([
    [refundStatusFromAms, 'SUCCESS', 'SUCCEEDED'],
    [refundStatusFromAms, 'FAIL', 'FAILED'],
    [refundStatusFromAms, 'PROCESSING', 'PROCESSING'],
    [refundStatusFromAms, '???', null],
    [declarationStatusFromAms, 'SUCCESS', 'SUCCEEDED'],
    [declarationStatusFromAms, 'FAIL', 'FAILED'],
    [declarationStatusFromAms, '', null],
    [registrationStatusFromAms, 'COMPLETED', 'COMPLETED'],
    [registrationStatusFromAms, 'REJECTED', 'REJECTED'],
    [registrationStatusFromAms, 'PENDING', 'PROCESSING'],
    [registrationStatusFromAms, 'nope', null],
  ] as const)('%o(%s) → %s', (map, input, expected) => {
    expect((map as (s: string) => string | null)(input)).toBe(expected);
  });
});

describe('defineStatusMachine', () => {
  it('rejects a table whose final status has exits', () => {
    expect(() =>
      defineStatusMachine<'A' | 'B'>({ name: 'x', statuses: ['A', 'B'], final: ['B'], transitions: { A: ['B'], B: ['A'] } }),
    ).toThrow(/final status B/);
  });
  it('rejects a table naming an unknown status', () => {
    expect(() =>
      defineStatusMachine<'A'>({ name: 'x', statuses: ['A'], final: [], transitions: { A: ['Z' as 'A'] } }),
    ).toThrow(/unknown status Z/);
  });
});
