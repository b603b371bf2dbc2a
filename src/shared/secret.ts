import { inspect } from 'node:util';

/**
 * Wraps a secret so that it cannot leak by accident: JSON.stringify, String(), template literals and util.inspect
 * all print `[secret]`. Only `reveal()` gives the value, which makes every use greppable.
 */
export class Secret<T = string> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
  }

  reveal(): T {
    return this.#value;
  }

  toString(): string {
    return '[secret]';
  }

  toJSON(): string {
    return '[secret]';
  }

  [inspect.custom](): string {
    return 'Secret([secret])';
  }
}
