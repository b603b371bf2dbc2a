import type { TransitionResult } from '../shared/transition.js';
import type { InboxOutcome } from './inbox.entity.js';

/** What applying one notification did, for the inbox row (and, for AUTHCODE_CREATED, what to do after commit). */
export interface ApplyResult {
  outcome: InboxOutcome;
  aggregateId: string | null;
  detail: string | null;
  /** Work to run after the commit and after the acknowledgement, outside the receiver's transaction. */
  afterCommit?: () => Promise<void>;
}

/** The inbox detail of an applied transition (the batched fast path stores the same text, computed here). */
export function appliedDetail(from: string, to: string): string {
  return `${from} → ${to}`;
}

/** The inbox detail of a repeat: the aggregate already has the notified status (both paths store this text). */
export function noopDetail(status: string): string {
  return `already ${status}`;
}

export function fromTransition(aggregateId: string, result: TransitionResult<string>): ApplyResult {
  switch (result.kind) {
    case 'applied':
      return { outcome: 'APPLIED', aggregateId, detail: appliedDetail(result.from, result.to) };
    case 'noop':
      return { outcome: 'NOOP', aggregateId, detail: noopDetail(result.status) };
    case 'rejected':
      return { outcome: 'ANOMALY', aggregateId, detail: result.reason };
  }
}

export const unmatched = (detail: string): ApplyResult => ({ outcome: 'UNMATCHED', aggregateId: null, detail });
export const ignored = (detail: string): ApplyResult => ({ outcome: 'IGNORED', aggregateId: null, detail });
