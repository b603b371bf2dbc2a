import { problem, type Problem } from '../outcome.js';
import { isIsoCurrency } from '../../shared/currencies.js';
import { isIsoRegion } from './regions.js';

/** Codes shared by every operation module's payload errors (each module's enum includes them). */
export type InputErrorCode = 'REQUIRED' | 'INVALID' | 'TOO_LONG';

/**
 * Largest amount we accept, in minor units: 15 digits keeps every sum of refunds far inside Postgres bigint and
 * JavaScript's exact integer range, and is beyond any wallet's per-transaction limit.
 */
export const MAX_AMOUNT_DIGITS = 15;

export interface MoneyValue {
  /** Minor units, canonical decimal string without leading zeros. */
  value: string;
  currency: string;
}

/** Collects problems instead of stopping at the first, so a caller sees everything wrong at once. */
export class InputChecker<C extends string> {
  readonly problems: Problem<C | InputErrorCode>[] = [];

  get ok(): boolean {
    return this.problems.length === 0;
  }

  add(code: C | InputErrorCode, field: string | null, message: string): void {
    this.problems.push(problem(code, field, message));
  }

  /** A required string: trimmed, non-empty, at most `max` characters. */
  required(field: string, value: string | null | undefined, max: number): string | undefined {
    if (value === undefined || value === null || value.trim() === '') {
      this.add('REQUIRED', field, `${field} is required`);
      return undefined;
    }
    return this.optional(field, value, max) ?? undefined;
  }

  /** An optional string: null when absent; blank counts as absent. */
  optional(field: string, value: string | null | undefined, max: number): string | null {
    if (value === undefined || value === null || value.trim() === '') return null;
    const trimmed = value.trim();
    if (trimmed.length > max) {
      this.add('TOO_LONG', field, `${field} is ${trimmed.length} characters long; at most ${max} are allowed`);
      return null;
    }
    return trimmed;
  }

  /** An AMS request id supplied by the caller: letters, digits and _ - . : only (AMS rejects special characters). */
  requestId(field: string, value: string | null | undefined, max: number): string | null {
    const id = this.optional(field, value, max);
    if (id !== null && !/^[A-Za-z0-9_.:-]+$/.test(id)) {
      this.add('INVALID', field, `${field} "${id}" may contain only letters, digits, and _ . : -`);
      return null;
    }
    return id;
  }

  url(field: string, value: string | null | undefined, max: number, required: boolean): string | null {
    const text = required ? (this.required(field, value, max) ?? null) : this.optional(field, value, max);
    if (text === null) return null;
    try {
      const url = new URL(text);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      return text;
    } catch {
      this.add('INVALID', field, `${field} "${text}" is not an absolute http(s) URL`);
      return null;
    }
  }

  oneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[] | ReadonlySet<string>): T | undefined {
    const text = this.required(field, value, 64);
    if (text === undefined) return undefined;
    const ok = Array.isArray(allowed) ? allowed.includes(text as T) : (allowed as ReadonlySet<string>).has(text);
    if (!ok) {
      const list = Array.isArray(allowed) ? allowed.join(', ') : 'the documented values';
      this.add('INVALID', field, `${field} "${text}" is not one of ${list}`);
      return undefined;
    }
    return text as T;
  }

  /**
   * An amount in minor units (AMS sends them as strings): a positive integer of at most MAX_AMOUNT_DIGITS digits
   * and nothing else (no sign, no whitespace), in an ISO 4217 currency. Names the field, the value and what was
   * expected.
   */
  money(field: string, input: { value: string; currency: string } | null | undefined): MoneyValue | undefined {
    if (!input) {
      this.add('REQUIRED', field, `${field} is required`);
      return undefined;
    }
    const before = this.problems.length;
    // Exactly digits: surrounding whitespace is as malformed as any other stray character (never trimmed away).
    const raw = input.value;
    if (!/^\d+$/.test(raw)) {
      this.add(
        'INVALID',
        `${field}.value`,
        `${field}.value "${input.value}" is not a whole number of minor units (e.g. "1050" for 10.50)`,
      );
    } else {
      const value = raw.replace(/^0+(?=\d)/, '');
      if (value.length > MAX_AMOUNT_DIGITS) {
        this.add('INVALID', `${field}.value`, `${field}.value "${input.value}" has more than ${MAX_AMOUNT_DIGITS} digits`);
      } else if (value === '0') {
        this.add('INVALID', `${field}.value`, `${field}.value must be greater than 0, got "${input.value}"`);
      }
    }
    const currency = input.currency;
    if (!/^[A-Z]{3}$/.test(currency) || !isIsoCurrency(currency)) {
      this.add('INVALID', `${field}.currency`, `${field}.currency "${input.currency}" is not an ISO 4217 alpha-3 code (e.g. USD)`);
    }
    if (this.problems.length > before) return undefined;
    return { value: raw.replace(/^0+(?=\d)/, ''), currency };
  }
  /** An optional ISO 3166-1 alpha-2 region (merchantRegion, userRegion, address.region). */
  region(field: string, value: string | null | undefined): string | null {
    const text = this.optional(field, value, 2 + 8);
    if (text === null) return null;
    if (!/^[A-Z]{2}$/.test(text) || !isIsoRegion(text)) {
      this.add('INVALID', field, `${field} "${text}" is not an ISO 3166-1 alpha-2 region code (e.g. US)`);
      return null;
    }
    return text;
  }

  /** An optional ISO 4217 alpha-3 currency code on its own (settlement or customs currency). */
  currency(field: string, value: string | null | undefined): string | null {
    const text = this.optional(field, value, 3 + 8);
    if (text === null) return null;
    if (!/^[A-Z]{3}$/.test(text) || !isIsoCurrency(text)) {
      this.add('INVALID', field, `${field} "${text}" is not an ISO 4217 alpha-3 code (e.g. USD)`);
      return null;
    }
    return text;
  }

  /** An optional merchant category code: the 4 digits of ISO 18245 (AMS merchantMCC, storeMCC). */
  mcc(field: string, value: string | null | undefined): string | null {
    const text = this.optional(field, value, 4 + 8);
    if (text === null) return null;
    if (!/^\d{4}$/.test(text)) {
      this.add('INVALID', field, `${field} "${text}" is not a 4-digit merchant category code (ISO 18245, e.g. 5732)`);
      return null;
    }
    return text;
  }

  /** An optional enum value. */
  optionalOneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[]): T | null {
    if (value === undefined || value === null || value.trim() === '') return null;
    return this.oneOf(field, value, allowed) ?? null;
  }

  /** An optional whole number within [min, max]. */
  intRange(field: string, value: number | null | undefined, min: number, max: number): number | null {
    if (value === undefined || value === null) return null;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add('INVALID', field, `${field} must be a whole number from ${min} to ${max}, got ${value}`);
      return null;
    }
    return value;
  }
}
