import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/ids.js';

describe('newId', () => {
  it('is the prefix, 10 time characters and 16 random ones, in Crockford base32', () => {
    expect(newId('pay_')).toMatch(/^pay_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts by creation time across milliseconds', () => {
    const earlier = newId('', 1_700_000_000_000);
    const later = newId('', 1_700_000_000_001);
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it('never repeats, across many refills of the random pool', () => {
    const now = Date.now();
    const ids = Array.from({ length: 20_000 }, () => newId('', now)); // same millisecond: only the random part differs
    expect(new Set(ids).size).toBe(ids.length);
    // Every random character position takes many values (no stuck bytes after a refill).
    for (let position = 10; position < 26; position++) expect(new Set(ids.map((id) => id[position])).size).toBe(32);
  });
});
