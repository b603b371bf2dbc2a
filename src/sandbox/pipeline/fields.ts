import { parseAmsDateTime } from '../../shared/time.js';
import { ParamIllegal } from '../results.js';

/** An AMS amount after validation: value normalised to a canonical integer string in minor units. */
export interface Amount {
  currency: string;
  value: string;
}

const MAX_AMOUNT_DIGITS = 18;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Notify/redirect URLs may arrive URL-encoded (ams-spec §3.7): decode once when they start `http%3A`/`https%3A`. */
export function decodeUrlField(value: string): string {
  if (!/^https?%3A/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Reads and validates request fields with AMS's lenient typing (ams-spec §3.1): `null` counts as absent, strings may
 * arrive as numbers and booleans as `"true"`/`"false"`. Every problem throws ParamIllegal with the dotted field path.
 */
export class Fields {
  private constructor(
    private readonly source: Record<string, unknown>,
    private readonly prefix: string,
  ) {}

  static root(body: unknown): Fields {
    if (!isPlainObject(body)) throw new ParamIllegal('body', 'must be a JSON object');
    return new Fields(body, '');
  }

  path(name: string): string {
    return this.prefix + name;
  }

  /** A required string of at most `max` characters. */
  string(name: string, max: number): string {
    const value = this.optString(name, max);
    if (value === undefined) throw new ParamIllegal(this.path(name), 'is required');
    return value;
  }

  optString(name: string, max: number): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    let value: string;
    if (typeof raw === 'string') value = raw;
    else if (typeof raw === 'number' && Number.isFinite(raw)) value = String(raw);
    else throw new ParamIllegal(this.path(name), 'must be a string');
    if (value.trim() === '') throw new ParamIllegal(this.path(name), 'must not be empty');
    if (value.length > max) throw new ParamIllegal(this.path(name), `exceeds ${max} characters`);
    return value;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T {
    const value = this.optOneOf(name, values);
    if (value === undefined) throw new ParamIllegal(this.path(name), 'is required');
    return value;
  }

  optOneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.optString(name, 64);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw new ParamIllegal(this.path(name), `must be one of ${values.join(', ')}`);
    }
    return value as T;
  }

  url(name: string, max: number): string {
    const value = this.optUrl(name, max);
    if (value === undefined) throw new ParamIllegal(this.path(name), 'is required');
    return value;
  }

  optUrl(name: string, max: number): string | undefined {
    const value = this.optString(name, max);
    if (value === undefined) return undefined;
    const decoded = decodeUrlField(value);
    let parsed: URL;
    try {
      parsed = new URL(decoded);
    } catch {
      throw new ParamIllegal(this.path(name), 'is not a valid URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new ParamIllegal(this.path(name), 'must be an http or https URL');
    }
    return decoded;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    if (raw === true || raw === 'true') return true;
    if (raw === false || raw === 'false') return false;
    throw new ParamIllegal(this.path(name), 'must be true or false');
  }

  optDateTime(name: string): Date | undefined {
    const value = this.optString(name, 64);
    if (value === undefined) return undefined;
    const date = parseAmsDateTime(value);
    if (!date) throw new ParamIllegal(this.path(name), 'is not an ISO-8601 date-time with offset');
    return date;
  }

  amount(name: string): Amount {
    const value = this.optAmount(name);
    if (value === undefined) throw new ParamIllegal(this.path(name), 'is required');
    return value;
  }

  /** `{currency, value}`: ISO 4217 alpha-3 and a positive integer in minor units (string or native integer). */
  optAmount(name: string): Amount | undefined {
    const fields = this.optObject(name);
    if (!fields) return undefined;
    const currency = fields.string('currency', 3);
    if (!/^[A-Z]{3}$/.test(currency)) throw new ParamIllegal(fields.path('currency'), 'must be ISO 4217 alpha-3');
    const rawValue = fields.string('value', MAX_AMOUNT_DIGITS + 2);
    if (!/^\d+$/.test(rawValue)) {
      throw new ParamIllegal(fields.path('value'), 'must be a positive integer in the minor unit');
    }
    const value = BigInt(rawValue);
    if (value <= 0n) throw new ParamIllegal(fields.path('value'), 'must be greater than zero');
    if (value.toString().length > MAX_AMOUNT_DIGITS) throw new ParamIllegal(fields.path('value'), 'is too large');
    return { currency, value: value.toString() };
  }

  object(name: string): Fields {
    const value = this.optObject(name);
    if (!value) throw new ParamIllegal(this.path(name), 'is required');
    return value;
  }

  optObject(name: string): Fields | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (!isPlainObject(raw)) throw new ParamIllegal(this.path(name), 'must be an object');
    return new Fields(raw, `${this.path(name)}.`);
  }

  /** A required array of strings; `values` restricts the items to an enum. */
  stringArray(name: string, limits: { min: number; max: number; itemMax: number; values?: readonly string[] }): string[] {
    const raw = this.raw(name);
    if (raw === undefined) throw new ParamIllegal(this.path(name), 'is required');
    if (!Array.isArray(raw)) throw new ParamIllegal(this.path(name), 'must be an array');
    if (raw.length < limits.min) throw new ParamIllegal(this.path(name), `needs at least ${limits.min} item(s)`);
    if (raw.length > limits.max) throw new ParamIllegal(this.path(name), `allows at most ${limits.max} items`);
    return raw.map((item, index) => {
      const at = `${this.path(name)}[${index}]`;
      if (typeof item !== 'string' || item === '') throw new ParamIllegal(at, 'must be a non-empty string');
      if (item.length > limits.itemMax) throw new ParamIllegal(at, `exceeds ${limits.itemMax} characters`);
      if (limits.values && !limits.values.includes(item)) {
        throw new ParamIllegal(at, `must be one of ${limits.values.join(', ')}`);
      }
      return item;
    });
  }

  /** An optional array of objects, each given to `each` as Fields. */
  optObjectArray(name: string, max: number): Fields[] | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) throw new ParamIllegal(this.path(name), 'must be an array');
    if (raw.length > max) throw new ParamIllegal(this.path(name), `allows at most ${max} items`);
    return raw.map((item, index) => {
      if (!isPlainObject(item)) throw new ParamIllegal(`${this.path(name)}[${index}]`, 'must be an object');
      return new Fields(item, `${this.path(name)}[${index}].`);
    });
  }

  /** The raw value (null treated as absent), for echoing objects back unchanged. */
  raw(name: string): unknown {
    const value = this.source[name];
    return value === null ? undefined : value;
  }
}
