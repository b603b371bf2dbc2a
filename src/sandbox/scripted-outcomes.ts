import { randomUUID } from 'node:crypto';

/**
 * Scripted pay outcomes per client: "the next N new pays of this client are decided as if their amount ended in
 * `ending`". For tests that need one attempt to fail and the identical retry (same amount) to succeed — dunning — which
 * the amount-ending scenarios alone cannot express. Scripts are used up in the order they were added; a replayed
 * paymentRequestId is answered from its stored payment and uses nothing.
 */
export interface ScriptedOutcome {
  id: string;
  clientId: string;
  /** Two digits, one of the pay scenario endings (README "Scenario triggers"). */
  ending: string;
  remaining: number;
}

export class ScriptedOutcomeError extends Error {
  override readonly name = 'ScriptedOutcomeError';
}

export class ScriptedOutcomes {
  private readonly scripts: ScriptedOutcome[] = [];

  add(input: { clientId?: unknown; ending?: unknown; count?: unknown }): ScriptedOutcome {
    if (typeof input.clientId !== 'string' || input.clientId === '') throw new ScriptedOutcomeError('clientId is required');
    if (typeof input.ending !== 'string' || !/^\d{2}$/.test(input.ending)) throw new ScriptedOutcomeError('ending must be two digits, e.g. "01"');
    const count = input.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new ScriptedOutcomeError('count must be a positive integer');
    const script: ScriptedOutcome = { id: randomUUID(), clientId: input.clientId, ending: input.ending, remaining: count };
    this.scripts.push(script);
    return { ...script };
  }

  /** Uses up one scripted outcome of the client, if any: the ending to decide its next new pay by. */
  take(clientId: string): string | undefined {
    const index = this.scripts.findIndex((s) => s.clientId === clientId);
    if (index < 0) return undefined;
    const script = this.scripts[index]!;
    script.remaining -= 1;
    if (script.remaining === 0) this.scripts.splice(index, 1);
    return script.ending;
  }

  list(): ScriptedOutcome[] {
    return this.scripts.map((s) => ({ ...s }));
  }

  clear(): void {
    this.scripts.length = 0;
  }
}
