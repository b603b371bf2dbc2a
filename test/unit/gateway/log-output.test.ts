import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { defaultLogFormat } from '../../../src/observability/log-output.js';

describe('log format', () => {
  it('is pretty on a terminal or in development, JSON otherwise', () => {
    expect(defaultLogFormat({ NODE_ENV: undefined, isTty: true })).toBe('pretty');
    expect(defaultLogFormat({ NODE_ENV: 'development', isTty: false })).toBe('pretty');
    expect(defaultLogFormat({ NODE_ENV: 'production', isTty: false })).toBe('json');
    expect(defaultLogFormat({ NODE_ENV: undefined, isTty: false })).toBe('json');
  });

  it('LOG_FORMAT overrides, and a bad value names the variable', () => {
    const base = { MASTER_KEY: Buffer.alloc(32, 1).toString('base64'), DATA_DIR: '/tmp/agw-unused' };
    expect(loadConfig({ ...base, LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig(base).logFormat).toBeUndefined();
    expect(() => loadConfig({ ...base, LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('METRICS_TOKEN is a secret: never echoed in a configuration error', () => {
    const base = { MASTER_KEY: Buffer.alloc(32, 1).toString('base64'), DATA_DIR: '/tmp/agw-unused' };
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short-secret' })).toThrow(/METRICS_TOKEN: expected at least 16 characters \(got set \(value hidden\)\)/);
  });
});
